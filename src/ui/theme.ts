/** Semantic colours: components name a role, never a colour. */
export const theme = {
  accent: 'cyan',
  unread: 'white',
  read: 'gray',
  star: 'yellow',
  error: 'red',
  muted: 'gray',
  status: 'cyan',
} as const;
