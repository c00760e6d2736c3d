import { markCommand } from './marks.js';

export const run = markCommand('star', { kind: 'starred', value: true, verb: 'Stars', past: 'Starred' });
