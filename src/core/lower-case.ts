/** String.prototype.toLowerCase without its cost for the usual case: ASCII text with no capital letter comes back as is. */

/** True when the text is ASCII without capital letters (toLowerCase would return it unchanged). */
export function isLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/** `text.toLowerCase()`, skipping the call (an ICU case mapping in V8) when nothing would change. */
export function lowerCase(text: string): string {
  return isLowerAscii(text) ? text : text.toLowerCase();
}
