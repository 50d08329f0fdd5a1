// English names of institutions, as machine translations of Chinese reports write
// them: People's Government of X, X Municipal Party Committee, 17th People's
// Congress, CPPCC, X University, X Hospital, China News Service.
import type { Sentence } from '../types.js';
import { capitalisedRunBefore, hasLatinWords, withWordsBeforeAnd } from './english-names.js';
import { matches, type Span } from './span-tools.js';

const ORDINAL = '(?:\\d+(?:st|nd|rd|th) )?';
// The level words of a body's name (Municipal Party Committee), either case.
const LEVEL_WORD = '(?:[Mm]unicipal|[Pp]rovincial|[Cc]ounty|[Cc]ity|[Dd]istrict|[Tt]ownship) ';
const LEVEL = `(?:${LEVEL_WORD})?`;

// Bodies with a fixed English name; an ordinal and a level word may precede them.
const FIXED = new RegExp(
  [
    `People's Congress(?: and its)? Standing Committee`,
    `People's Government of [A-Z][a-z]+(?: (?:City|County|Province|District))?`,
    `${ORDINAL}${LEVEL}(?:Party Committee|People's Congress(?: Standing Committee)?|People's Government|Party Congress|CPPCC|Commission for Discipline Inspection)`,
    `${ORDINAL}CPC (?:Central Committee|National Congress)`,
    `${ORDINAL}National (?:People's )?Congress`,
    'Communist Party of China|Communist Youth League|State Council|Central Committee|Red Cross(?: Society)?',
    'New Third Board|GEM|STAR Market|Growth Enterprise Market|SME Board|[Cc]ivili[sz]ation [Pp]ractice [Cc]ent(?:er|re)s?(?: in the [Nn]ew [Ee]ra)?',
    "[Ww]omen's [Ff]ederations?|[Tt]rade [Uu]nions?|[Dd]isabled [Pp]ersons' [Ff]ederations?|[Ff]ederation of [Tt]rade [Uu]nions",
    '(?:[Mm]unicipal|[Pp]rovincial|[Cc]ounty) (?:[Pp]arty [Cc]ommittee|[Pp]eople\'s [Gg]overnment|[Gg]overnment|[Cc]ommittee|[Pp]eople\'s [Cc]ongress)',
  ].join('|'),
  'g',
);

const LEVEL_FIRST = new RegExp(`^${LEVEL_WORD}`);

// Type words closing a capitalised name (Shanxi University, Xinhua News Agency).
const CLOSING = /\b(?:University|College|Hospital|Federations?|Association|Institute|Academy|Bureau|Commission|Department|Daily|Evening News|News Service|News Agency|Television|TV Station|Chamber of Commerce|Trading Cent(?:er|re)|Exchange|Court|Procuratorate|School|Party Committee|Government)\b/g;

// Type words opening a name (University of X, Bureau of Industry and Information Technology), capitalised words and "and" after them.
const OPENING = /\b(?:University|Bureau|Department|Ministry|Academy|Institute|Federation|Association|Administration|Commission) of(?: the)? [A-Z][a-z]+(?:(?: and)? [A-Z][a-z]+){0,4}/g;

// Capitalised words that make a run a heading rather than a name.
const NOT_NAME_WORDS = new Set(['Report', 'Work', 'Review', 'Plan', 'Middle', 'Primary', 'High', 'Junior', 'Senior', 'Vocational', 'New']);

/** Organisation spans in English text of the sentence, absolute offsets. */
export function englishOrganizationSpans(sentence: Sentence, text: string): Span[] {
  if (!hasLatinWords(sentence.text)) return [];
  const spans: Span[] = [];
  // A place before a level word belongs to the body (Hefei municipal government).
  for (const m of matches(FIXED, sentence)) {
    const place = LEVEL_FIRST.test(m.groups[0]) ? capitalisedRunBefore(text, sentence.start, m.start, 2) : [];
    spans.push({ start: place[0]?.start ?? m.start, end: m.end });
  }
  // The place and level words before the type word belong to the name (Henan University of …, X Municipal Bureau of …).
  for (const m of matches(OPENING, sentence)) {
    const run = capitalisedRunBefore(text, sentence.start, m.start, 4);
    const first = run[run.findLastIndex((w) => NOT_NAME_WORDS.has(w.word)) + 1];
    spans.push({ start: first?.start ?? m.start, end: m.end });
  }
  for (const m of matches(CLOSING, sentence)) {
    const run = withWordsBeforeAnd(text, sentence.start, capitalisedRunBefore(text, sentence.start, m.start, 6));
    if (run.length === 0 || run.some((w) => NOT_NAME_WORDS.has(w.word))) continue;
    spans.push({ start: run[0].start, end: m.end });
  }
  return spans;
}
