import { markCommand } from './marks.js';

export const run = markCommand('unstar', {
  kind: 'starred',
  value: false,
  verb: 'Unstars',
  past: 'Unstarred',
});
