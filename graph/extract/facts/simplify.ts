// Traditional → simplified Chinese for the strings a fact carries (indicator,
// unit). The normalizer has already converted most text; this only catches
// what reaches the extractor unconverted, through the normalizer's converter.
import { hasConvertible, toSimplified } from '../normalize/script.js';

export function simplified(text: string): string {
  return hasConvertible(text) ? toSimplified(text) : text;
}
