// Bundles the CLI and the refresh worker into dist/ with esbuild.
// One minified bundle with production React starts about 2.5x faster than loading
// node_modules file by file (measured in issue 3: 272 ms vs 680 ms to the first frame).
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stubDir = path.join(root, 'dist', '.stubs');
// Chunk names carry content hashes: start clean so stale chunks do not pile up in the package.
await rm(path.join(root, 'dist'), { recursive: true, force: true });
await mkdir(stubDir, { recursive: true });
// Ink imports react-devtools-core only when DEV is set; marking it external fails at start-up,
// so it is aliased to an empty module instead.
const devtoolsStub = path.join(stubDir, 'react-devtools-core.js');
await writeFile(devtoolsStub, 'export default { initialize() {}, connectToDevTools() {} };\n');

// conf loads ajv, ajv-formats and semver (~150 KB, ~50 ms of every start-up) for JSON-schema validation
// and version migrations, options newsink never passes (src/core/store/conf-file.ts). For conf alone they
// are replaced by stubs that fail loudly if one is ever used, so that adding a schema cannot go unnoticed.
const confStub = path.join(stubDir, 'conf-unused.js');
await writeFile(
  confStub,
  [
    "const unused = () => { throw new Error('conf schema/migration support is not bundled (scripts/build.mjs)'); };",
    'export class Ajv2020 { constructor() { unused(); } }',
    'export default new Proxy({}, { get: () => unused });',
    '',
  ].join('\n'),
);
const confOptionals = {
  name: 'conf-optionals',
  setup(b) {
    b.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats|semver)$/ }, (args) =>
      /[\\/]node_modules[\\/]conf[\\/]/.test(args.importer) ? { path: confStub } : undefined,
    );
  },
};

// Ink composes each frame with build/output.js; src/ui/ink/output.ts is a drop-in that makes the same
// frames several times faster (see that file and test/ui/ink-output.test.ts).
const inkOutput = {
  name: 'ink-output',
  setup(b) {
    b.onResolve({ filter: /^\.\/output\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)
        ? { path: path.join(root, 'src', 'ui', 'ink', 'output.ts') }
        : undefined,
    );
  },
};

// Ink measures every text node with string-width on each layout; src/ui/text/string-width-fast.ts
// measures simple text (nearly every headline) by character code and hands the rest to string-width.
// Only imports that resolve to the top-level string-width (the version Ink uses) are redirected.
const fastStringWidth = path.join(root, 'src', 'ui', 'text', 'string-width-fast.ts');
const topStringWidth = path.join(root, 'node_modules', 'string-width', 'index.js');
const stringWidthPlugin = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.importer === fastStringWidth || args.pluginData?.real) return undefined;
      const real = await b.resolve('string-width', {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { real: true },
      });
      return real.path === topStringWidth ? { path: fastStringWidth } : undefined;
    });
  },
};

// string-width, slice-ansi and ansi-tokenize each create an Intl.Segmenter when they load; the first
// one loads ICU's break data (~15 ms) before the first frame, which mostly needs none (simple text is
// measured without one). string-width also builds its RGI_Emoji regular expression (a property of
// strings: ~30 ms to construct) when it loads. Here both are made on first use instead: same objects,
// same results.
const RGI_EMOJI = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
const lazyUnicodeData = {
  name: 'lazy-unicode-data',
  setup(b) {
    b.onLoad(
      { filter: /[\\/]node_modules[\\/](string-width|slice-ansi|@alcalzone[\\/]ansi-tokenize)[\\/].*\.js$/ },
      async (args) => {
        let source = await readFile(args.path, 'utf8');
        const warnings = [];
        if (source.includes('rgiEmojiRegex')) {
          if (source.includes(RGI_EMOJI)) {
            source = source.replace(
              RGI_EMOJI,
              () =>
                "let __rgi; const rgiEmojiRegex = { test: (s) => (__rgi ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(s) };",
            );
          } else warnings.push({ text: 'string-width changed: its RGI_Emoji regex is built at load again' });
        }
        if (!source.includes('new Intl.Segmenter(') && warnings.length === 0 && !source.includes('__rgi'))
          return undefined;
        return {
          contents: source.replaceAll('new Intl.Segmenter(', '__nsLazySegmenter('),
          loader: 'js',
          warnings,
        };
      },
    );
  },
};

// rss-parser requires http and https at load for parseURL, which newsink never calls (it fetches
// itself and hands rss-parser the text): in the parse worker, which starts with each cold refresh and
// must be ready when the first bodies arrive, compiling them (with tls) cost ~15 ms. They are stubs
// for rss-parser alone, failing loudly if it ever fetches.
const rssParserNetStub = path.join(stubDir, 'rss-parser-net.cjs');
await writeFile(
  rssParserNetStub,
  "module.exports = new Proxy({}, { get: () => () => { throw new Error('rss-parser may not fetch (scripts/build.mjs)'); } });\n",
);
const rssParserNet = {
  name: 'rss-parser-net',
  setup(b) {
    b.onResolve({ filter: /^(http|https)$/ }, (args) =>
      /[\\/]node_modules[\\/]rss-parser[\\/]/.test(args.importer) ? { path: rssParserNetStub } : undefined,
    );
  },
};

// Node built-ins imported as ES modules get a facade that reads every export, which runs the lazy
// getters of some (node:crypto loads all of WebCrypto that way): 15 built-ins cost ~21 ms to import
// against ~11 ms to require. Imports of built-ins from our code and ESM dependencies become requires
// (through the banner's createRequire), with the data exports as named exports. A named import of an
// accessor export (fs.promises, crypto.webcrypto, util.parseArgs…) fails the build; reach those through
// the default import. (A namespace import would see them undefined: none is used but Ink's, of fs data.)
//
// Some built-ins are needed only by features newsink never uses, and cost start-up time to load: conf
// requires node:crypto (~6 ms, for its encryptionKey option). For those importers it loads on first
// use instead. conf's node:assert (~4 ms to load, for one deepEqual of JSON data per file it opens)
// is scripts/shims/json-deep-equal.js, which loads the real one only for values that are not JSON.
const CONF = /[\\/]node_modules[\\/]conf[\\/]/;
const LAZY_BUILTINS = [[CONF, ['crypto']]];
const confAssert = {
  name: 'conf-assert',
  setup(b) {
    b.onResolve({ filter: /^(node:)?assert$/ }, (args) =>
      CONF.test(args.importer)
        ? { path: path.join(root, 'scripts', 'shims', 'json-deep-equal.js') }
        : undefined,
    );
  },
};
const nodeRequire = createRequire(import.meta.url);
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    const names = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    b.onResolve({ filter: /^[a-z0-9_:/]+$/ }, (args) => {
      if (args.kind !== 'import-statement' || !names.has(args.path)) return undefined;
      const name = args.path.replace(/^node:/, '');
      const lazy = LAZY_BUILTINS.some(
        ([importer, builtins]) => importer.test(args.importer) && builtins.includes(name),
      );
      return { path: `${name}|${args.importer}`, namespace: lazy ? 'builtin-lazy' : 'builtin-require' };
    });
    // Required on first use: a callable proxy stands for the module (default import only).
    b.onLoad({ filter: /.*/, namespace: 'builtin-lazy' }, (args) => {
      const name = args.path.slice(0, args.path.indexOf('|'));
      return {
        contents: [
          `let m; const load = () => (m ??= require('node:${name}'));`,
          'export default new Proxy(function () {}, {',
          '  get: (_, key) => load()[key],',
          '  apply: (_, self, args) => Reflect.apply(load(), self, args),',
          '});',
        ].join('\n'),
        loader: 'js',
      };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => {
      const name = args.path.slice(0, args.path.indexOf('|'));
      const mod = nodeRequire(`node:${name}`);
      const plain = Object.keys(mod).filter(
        (key) =>
          /^[A-Za-z_$][\w$]*$/.test(key) &&
          key !== 'default' &&
          'value' in Object.getOwnPropertyDescriptor(mod, key),
      );
      return {
        contents: [
          `const m = require('node:${name}');`,
          'export default m;',
          // One pure read per export, so that the bundle keeps only those its importer uses.
          ...plain.map((key) => `export const ${key} = /* @__PURE__ */ (() => m.${key})();`),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

// Two kinds of output. The headless commands are CommonJS (dist/cli.cjs and dist/cmd-<name>.cjs, one
// file each, and the dist/lazy-<name>.cjs files below): with bin/newsink.js CommonJS too (bin/package.json), a command never starts Node's ES module
// loader, whose set-up and per-file asynchronous loads cost ~15-20 ms of every `newsink refresh` (bench/
// refresh.mjs: first request at the server 170 → 151 ms after spawn). The reader (Ink is ESM-only) and
// the workers stay ES modules with shared chunks; the reader is loaded with import() only when it opens.
const commandNames = readdirSync(path.join(root, 'src', 'commands'))
  .map((file) => file.replace(/\.tsx?$/, ''))
  .filter((name) => !['basics', 'common', 'marks', 'reader'].includes(name));

// A module a command loads with import() only on some runs (meow for --help, the fallback parser…)
// stays out of the command's file, or every run would compile it: it is a CommonJS file of its own,
// `dist/lazy-<name>.cjs`, required when the import() runs (an import() of a file would start the ES
// module loader, ~20-40 ms of a cold refresh's main thread). Built-in modules and external packages are
// left as they are.
const lazyEntries = new Map();
function lazyName(resolved) {
  const rel = path.relative(root, resolved).replaceAll(path.sep, '/');
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel)?.[1];
  const base = pkg ?? rel.replace(/^src\//, '').replace(/\.[cm]?[jt]sx?$/, '');
  return `lazy-${base.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
const EXTERNAL = ['clipboardy', 'open', 'iconv-lite'];
const commandRouting = {
  name: 'command-routing',
  setup(b) {
    // cli.tsx: each command is its own CommonJS file, required when used; the reader is an ES module.
    b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => {
      if (!args.importer.endsWith(`${path.sep}cli.tsx`)) return undefined;
      const name = args.path.slice('./commands/'.length, -'.js'.length);
      if (name === 'reader') return { path: './reader.js', external: true };
      return commandNames.includes(name) ? { path: `cmd-${name}.cjs`, namespace: 'required' } : undefined;
    });
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.lazy) return undefined;
      if (EXTERNAL.includes(args.path) || args.path.startsWith('node:')) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { lazy: true },
      });
      if (resolved.errors.length > 0 || resolved.external) return undefined;
      const name = lazyName(resolved.path);
      lazyEntries.set(name, resolved.path);
      return { path: `${name}.cjs`, namespace: 'required' };
    });
    // The import() becomes a require of the other file, made when the import() runs.
    b.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./${args.path}`)});`,
      loader: 'js',
    }));
    b.onResolve({ filter: /.*/, namespace: 'required' }, (args) => ({ path: args.path, external: true }));
  },
};

const common = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { 'react-devtools-core': devtoolsStub },
  // Provides __nsLazySegmenter to the files lazyUnicodeData rewrites.
  inject: [path.join(root, 'scripts', 'shims', 'lazy-segmenter.js')],
  // clipboardy and open locate helper binaries and scripts next to their own files.
  // iconv-lite is required on first use from node_modules (src/core/feeds/iconv.ts).
  external: EXTERNAL,
  logLevel: 'warning',
};

// The CommonJS files: cli, the commands, then what they import lazily (and what that imports lazily).
const commonJs = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // import.meta of the ES sources: the files sit in dist/ next to the ES modules, so URLs made relative
  // to it (workers, createRequire, meow's package.json lookup) resolve the same.
  define: { ...common.define, 'import.meta': '__nsImportMeta' },
  banner: { js: 'const __nsImportMeta = { url: require("node:url").pathToFileURL(__filename).href };' },
  plugins: [
    commandRouting,
    confAssert,
    builtinsViaRequire,
    confOptionals,
    rssParserNet,
    stringWidthPlugin,
    lazyUnicodeData,
  ],
};
await build({
  ...commonJs,
  entryPoints: {
    cli: 'src/cli.tsx',
    ...Object.fromEntries(
      commandNames.map((name) => [`cmd-${name}`, path.join('src', 'commands', `${name}.ts`)]),
    ),
  },
});
const builtLazy = new Set();
while (lazyEntries.size > builtLazy.size) {
  const batch = [...lazyEntries].filter(([name]) => !builtLazy.has(name));
  for (const [name] of batch) builtLazy.add(name);
  await build({ ...commonJs, entryPoints: Object.fromEntries(batch) });
}

const esmEntries = {
  reader: 'src/commands/reader.ts',
  'refresh-worker': 'src/core/refresh/worker.ts',
  'parse-worker': 'src/core/refresh/parse-worker.ts',
  'group-worker': 'src/core/related/group-worker.ts',
};
await build({
  ...common,
  entryPoints: Object.fromEntries(
    Object.entries(esmEntries).filter(([, file]) => existsSync(path.join(root, file))),
  ),
  splitting: true,
  format: 'esm',
  plugins: [
    confAssert,
    builtinsViaRequire,
    confOptionals,
    rssParserNet,
    inkOutput,
    stringWidthPlugin,
    lazyUnicodeData,
  ],
  // Bundled CommonJS modules (rss-parser, xml2js, conf's deps) call require().
  banner: {
    js: `import { createRequire as __nsCreateRequire } from 'node:module'; const require = __nsCreateRequire(import.meta.url);`,
  },
});
