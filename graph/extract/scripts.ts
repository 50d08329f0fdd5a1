// Script tests by character code, shared by every stage: a code-range test per
// character costs far less than a Unicode-property regex per character or token.

/** Whether a UTF-16 code unit is a Han character of the BMP blocks (CJK, extension A, compatibility ideographs). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Whether the text holds a character of the basic CJK block (U+4E00–U+9FA5), which every Chinese
 * pattern needs: tested once before the patterns of a script are run over a sentence, a character
 * loop answers at the first Chinese character, where a pattern over a whole English sentence
 * would try every position.
 */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) return true;
  }
  return false;
}
