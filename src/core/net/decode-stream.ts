import { Transform, type TransformCallback } from 'node:stream';
import type zlib from 'node:zlib';
import { lazyBuiltin } from '../builtins.js';

/**
 * "deflate" is meant to be zlib-wrapped (RFC 9110) but some servers send raw deflate; like browsers,
 * look at the first bytes: a zlib header has compression method 8 and a check value divisible by 31.
 */
class AutoInflate extends Transform {
  #inner?: zlib.Inflate | zlib.InflateRaw;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.#inner) {
      const zlibWrapped =
        chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 && ((chunk[0]! << 8) | chunk[1]!) % 31 === 0;
      this.#inner = zlibWrapped ? lazyBuiltin.zlib().createInflate() : lazyBuiltin.zlib().createInflateRaw();
      this.#inner.on('data', (data: Buffer) => this.push(data));
      this.#inner.on('error', (error) => this.destroy(error));
    }
    this.#inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.#inner) {
      done();
      return;
    }
    this.#inner.once('end', () => done());
    this.#inner.end();
  }
}

/**
 * Decoders that undo a Content-Encoding header ("gzip", "br", "deflate", or a list applied in order),
 * in the order to pipe them. Unknown codings are left as they are, as undici's fetch does.
 */
export function decodersFor(contentEncoding: string | undefined): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding && coding !== 'identity');
  const decoders: Transform[] = [];
  const zlib = lazyBuiltin.zlib;
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') {
      // Servers often end gzip streams early; take what decoded rather than failing.
      decoders.push(
        zlib().createGunzip({
          flush: zlib().constants.Z_SYNC_FLUSH,
          finishFlush: zlib().constants.Z_SYNC_FLUSH,
        }),
      );
    } else if (coding === 'deflate') decoders.push(new AutoInflate());
    else if (coding === 'br') decoders.push(zlib().createBrotliDecompress());
    else return [];
  }
  return decoders;
}
