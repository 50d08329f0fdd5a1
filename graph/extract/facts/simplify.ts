// Traditional → simplified Chinese for the strings a fact carries (indicator,
// unit), so facts from traditional-script reports compare with the rest.
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

export function simplified(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const toSimplified = (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return toSimplified(text);
}
