// Inline pinyin readings some converters leave after characters:
// "會(huì )議" -> "會議". Only lowercase syllables right after a Han character.
import { replaceTraced, type Traced } from './traced.js';

const LETTER = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ';
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';

/** One or two syllables with a tone mark, or a single toneless syllable padded with a space as these converters write it. */
const READING = new RegExp(
  `[(（](?<=\\p{sc=Han}[(（])(?:(?=[^)）\\n]{0,16}[${TONED}])(?:[${LETTER}]{1,7} ?){1,2}|[a-zü]{1,6} )[)）]`,
  'gu',
);

export function stripPinyinReadings(input: Traced): Traced {
  return replaceTraced(input, READING, '');
}
