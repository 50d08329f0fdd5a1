// General industry vocabulary, kept in ./industries.txt: sectors, product
// categories and technologies from the national industry classification
// (GB/T 4754) and the common language of development plans. One line per
// industry: the canonical Chinese name, then its English forms after "|"
// (singular; plurals are matched by the scanner). Chinese forms after a "="
// are short or variant Chinese names. A leading "~" marks a broad sector word
// (农业, 物流, 金融) that reports use in passing: it counts only with a sector
// suffix, in a compound or beside other industries. A leading "^" marks a term
// that can modify a following one (甲醇 + 重卡).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IndustryTerm {
  /** Canonical Chinese name. */
  name: string;
  /** Other Chinese forms that name the same industry. */
  zh: string[];
  /** English forms, lower case, singular. */
  en: string[];
  /** A broad sector word that needs support from its context. */
  weak: boolean;
  /** Can stand before another term to form a compound. */
  modifier: boolean;
}

function parse(block: string): IndustryTerm[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const flags = /^[~^]*/.exec(line)![0];
      const [chinese, ...english] = line.slice(flags.length).split('|');
      const [name, ...zh] = chinese.split('=');
      return { name, zh, en: english.map((e) => e.toLowerCase()), weak: flags.includes('~'), modifier: flags.includes('^') };
    });
}

/** The industry vocabulary, parsed once at load. */
export const INDUSTRY_TERMS: readonly IndustryTerm[] = parse(readFileSync(join(import.meta.dirname, 'industries.txt'), 'utf8'));
