// Which scripts a sentence holds, tested once before the patterns of a script are
// run over it: a character loop answers at the first Chinese character, where a
// pattern over a whole English sentence would try every position.

/** Whether the text holds a character of the basic CJK block (U+4E00–U+9FA5), which every Chinese pattern needs. */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) return true;
  }
  return false;
}
