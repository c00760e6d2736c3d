import type { Command } from './state/actions.js';

/** Where a binding applies. */
export type Context = 'feeds' | 'headlines' | 'article' | 'overlay';

export interface Binding {
  readonly command: Command;
  readonly keys: readonly string[];
  readonly help: string;
  readonly contexts: readonly Context[];
  /** Shown in the status bar of these contexts (the hints that matter there). */
  readonly hint?: readonly Context[];
  /** The status-bar label, when shorter than `help`. */
  readonly short?: string;
}

const LIST: readonly Context[] = ['feeds', 'headlines'];
const ALL: readonly Context[] = ['feeds', 'headlines', 'article', 'overlay'];
const READING: readonly Context[] = ['feeds', 'headlines', 'article'];

/**
 * The key table: one source for input handling, the `?` overlay, the status-bar hints and the
 * README. Key names: single characters as typed, plus up, down, pageup, pagedown, home, end, enter,
 * escape, tab, backspace, space and ctrl+<letter>.
 */
export const DEFAULT_BINDINGS: readonly Binding[] = [
  { command: 'down', keys: ['j', 'down'], help: 'move down / scroll', contexts: ALL },
  { command: 'up', keys: ['k', 'up'], help: 'move up / scroll', contexts: ALL },
  { command: 'pageDown', keys: ['pagedown', 'space'], help: 'page down', contexts: ALL },
  { command: 'pageUp', keys: ['pageup', 'b'], help: 'page up', contexts: ALL },
  { command: 'top', keys: ['g', 'home'], help: 'first row / top', contexts: ALL },
  { command: 'bottom', keys: ['G', 'end'], help: 'last row / bottom', contexts: ALL },
  { command: 'nextPane', keys: ['tab'], help: 'switch pane', contexts: LIST },
  { command: 'focusFeeds', keys: ['h', 'left'], help: 'feeds pane', contexts: LIST },
  { command: 'focusHeadlines', keys: ['l', 'right'], help: 'headlines pane', contexts: LIST },
  { command: 'open', keys: ['enter'], help: 'open', short: 'open', contexts: LIST, hint: LIST },
  {
    command: 'back',
    keys: ['escape', 'q', 'backspace'],
    help: 'back (to the list, the previous story, or out of an overlay)',
    short: 'back',
    contexts: ['article', 'overlay'],
    hint: ['article', 'overlay'],
  },
  { command: 'back', keys: ['escape'], help: 'clear the search / back', short: 'back', contexts: LIST },
  { command: 'quit', keys: ['q'], help: 'quit', contexts: LIST, hint: LIST },
  { command: 'forceQuit', keys: ['ctrl+c'], help: 'quit from anywhere', contexts: ALL },
  {
    command: 'toggleRead',
    keys: ['r'],
    help: 'toggle read',
    short: 'read',
    contexts: READING,
    hint: ['headlines'],
  },
  { command: 'markAllRead', keys: ['A'], help: 'mark the stories shown read', contexts: LIST },
  {
    command: 'toggleStar',
    keys: ['s'],
    help: 'toggle star',
    short: 'star',
    contexts: READING,
    hint: ['headlines', 'article'],
  },
  {
    command: 'nextUnread',
    keys: ['n'],
    help: 'next unread',
    short: 'next unread',
    contexts: LIST,
    hint: ['headlines'],
  },
  { command: 'prevUnread', keys: ['N'], help: 'previous unread', contexts: LIST },
  {
    command: 'nextArticle',
    keys: ['n'],
    help: 'next article',
    short: 'next',
    contexts: ['article'],
    hint: ['article'],
  },
  {
    command: 'toggleBody',
    keys: ['f'],
    help: 'full text / feed content',
    short: 'full/feed',
    contexts: ['article'],
    hint: ['article'],
  },
  { command: 'prevArticle', keys: ['p'], help: 'previous article', contexts: ['article'] },
  {
    command: 'openInBrowser',
    keys: ['o'],
    help: 'open in browser',
    short: 'browser',
    contexts: READING,
    hint: ['article'],
  },
  {
    command: 'copyUrl',
    keys: ['c', 'y'],
    help: 'copy the link',
    short: 'copy',
    contexts: READING,
    hint: ['article'],
  },
  {
    command: 'search',
    keys: ['/'],
    help: 'search titles and summaries',
    short: 'search',
    contexts: LIST,
    hint: LIST,
  },
  {
    command: 'refresh',
    keys: ['R'],
    help: 'refresh all feeds',
    short: 'refresh',
    contexts: READING,
    hint: LIST,
  },
  { command: 'errors', keys: ['e'], help: 'feeds that failed', contexts: READING },
  {
    command: 'nextRelated',
    keys: ['tab', ']'],
    help: 'select the next related story (or version)',
    short: 'related',
    contexts: ['article'],
    hint: ['article'],
  },
  { command: 'prevRelated', keys: ['['], help: 'select the previous related story', contexts: ['article'] },
  { command: 'openRelated', keys: ['enter'], help: 'open the selected related story', contexts: ['article'] },
  {
    command: 'digit',
    keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    help: 'link number: 3o opens link 3, 3c copies it',
    contexts: ['article'],
  },
  { command: 'help', keys: ['?'], help: 'help', contexts: ALL, hint: ALL },
];

export type Keymap = readonly Binding[];

/**
 * The bindings with the user's overrides from settings (`keys: { command: [keys] }`): an override
 * replaces the keys of every binding of that command; unknown commands are ignored.
 */
export function buildKeymap(overrides?: Readonly<Record<string, readonly string[]>>): Keymap {
  if (!overrides) return DEFAULT_BINDINGS;
  return DEFAULT_BINDINGS.map((b) => {
    const keys = overrides[b.command];
    return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? { ...b, keys } : b;
  });
}

/** The command a key means in a context, if any. */
export function commandFor(keymap: Keymap, context: Context, key: string): Command | undefined {
  for (const b of keymap) if (b.contexts.includes(context) && b.keys.includes(key)) return b.command;
  return undefined;
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  down: '↓',
  up: '↑',
  left: '←',
  right: '→',
  pagedown: 'PgDn',
  pageup: 'PgUp',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  backspace: 'Backspace',
  space: 'Space',
  'ctrl+c': 'Ctrl-C',
};

export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? key;
}

/** Status-bar hints for a context: "q quit  / search  ? help". */
export function hintsFor(keymap: Keymap, context: Context): string {
  return keymap
    .filter((b) => b.hint?.includes(context) && b.keys.length > 0)
    .map((b) => `${keyLabel(b.keys[0]!)} ${b.short ?? b.help}`)
    .join('  ');
}

function whereLabel(contexts: readonly Context[]): string {
  if (contexts.length === ALL.length) return 'everywhere';
  const lists = contexts.includes('feeds') && contexts.includes('headlines');
  const rest = contexts.filter((c) => !lists || (c !== 'feeds' && c !== 'headlines'));
  return [...(lists ? ['lists'] : []), ...rest.map((c) => (c === 'overlay' ? 'help/errors' : c))].join(', ');
}

/** Help rows: keys (joined) and what they do, one per binding, in table order. */
export function helpRows(keymap: Keymap): { keys: string; help: string; where: string }[] {
  return keymap.map((b) => ({
    keys: b.keys.map(keyLabel).join(' '),
    help: b.help,
    where: whereLabel(b.contexts),
  }));
}

/** The key table as Markdown (for the README). */
export function keyTableMarkdown(keymap: Keymap = DEFAULT_BINDINGS): string {
  const rows = helpRows(keymap).map((r) => `| ${r.keys.replace(/\|/g, '\\|')} | ${r.help} | ${r.where} |`);
  return ['| Keys | Action | Where |', '|---|---|---|', ...rows].join('\n');
}
