import { markCommand } from './marks.js';

export const run = markCommand('mark-read', {
  kind: 'read',
  value: true,
  verb: 'Marks as read',
  past: 'Marked as read',
});
