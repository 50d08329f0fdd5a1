// Traditional → simplified Chinese for the strings a fact carries (indicator,
// unit). The normalizer has already converted most text; this only catches
// what reaches the extractor unconverted, through the normalizer's converter.
import { isConvertible, toSimplified } from '../normalize/script.js';

export function simplified(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (isConvertible(text.charCodeAt(i))) return toSimplified(text);
  }
  return text;
}
