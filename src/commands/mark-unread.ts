import { markCommand } from './marks.js';

export const run = markCommand('mark-unread', {
  kind: 'read',
  value: false,
  verb: 'Marks as unread',
  past: 'Marked as unread',
});
