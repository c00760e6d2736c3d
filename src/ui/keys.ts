import type { Key } from 'ink';

/**
 * The key names in one `useInput` event. A fast burst arrives as one string ("jjjj"): every character
 * is a key, so none is lost (issue 3 measured handlers that compare with 'j' dropping keys).
 */
export function keyNames(input: string, key: Key): string[] {
  if (key.ctrl && /^[a-z]$/i.test(input)) return [`ctrl+${input.toLowerCase()}`];
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.pageDown) return ['pagedown'];
  if (key.pageUp) return ['pageup'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.return) return ['enter'];
  if (key.escape) return ['escape'];
  if (key.tab) return ['tab'];
  // Ink reports the Backspace key (DEL, 0x7f) as `delete` on most terminals.
  if (key.backspace || key.delete) return ['backspace'];
  const names: string[] = [];
  for (const ch of input) {
    if (ch === ' ') names.push('space');
    else if (ch === '\r' || ch === '\n') names.push('enter');
    else if (ch === '\t') names.push('tab');
    else if (ch === '\u007f' || ch === '\b') names.push('backspace');
    else if (ch === '\u0003') names.push('ctrl+c');
    else if (ch >= ' ') names.push(ch);
  }
  return names;
}
