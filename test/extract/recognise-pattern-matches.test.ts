import { describe, expect, it } from 'vitest';
import { matchesIn } from '../../graph/extract/recognise/pattern-matches.js';

/** Matches as repeated exec of the global pattern finds them, empty ones skipped. */
function byExec(pattern: RegExp, text: string): [number, string[]][] {
  const out: [number, string[]][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else out.push([m.index, [...m].map((g) => g ?? '')]);
  }
  return out;
}

function byScan(pattern: RegExp, text: string, offset = 0): [number, string[]][] {
  return matchesIn(pattern, text, offset).map((m) => [m.start - offset, [...m.groups].map((g) => g ?? '')]);
}

// Patterns of the shapes the recognisers use: long alternations of Chinese words (which
// the scan filters; WIDE gives each enough start characters), an optional prefix,
// look-arounds at the start and inside, classes with ranges and escapes, captures, and
// shapes left to the engine (few start characters, ., negated classes, flags).
const WIDE = '寒来|暑往|秋收|冬藏|闰余|成岁|律吕|调阳|云腾|致雨|露结|为霜';
const PATTERNS = [
  new RegExp(`[甲乙丙]?(?:子丑寅|子丑|卯辰|巳午未|申酉|戌亥|天地|玄黄|宇宙洪荒|${WIDE})(?:局|委员会|委(?![员托]))`, 'g'),
  new RegExp(`(?<=[甲乙丙丁]{2})(?:子丑|寅|卯辰巳|午|未申|酉戌|亥|天|地|玄|${WIDE})`, 'g'),
  new RegExp(`(?=[子寅卯寒暑秋冬闰成律调云致露为])(?:子|寅卯|卯辰|天|地|玄|黄|宇|宙|洪|${WIDE})+`, 'g'),
  new RegExp(`(?:天地|玄黄)?[0-9０-９一二三四五六七八九十]+号(?![子])|宇宙|洪荒|日月|盈昃|辰宿|列张|${WIDE}`, 'g'),
  new RegExp(`(子丑|寅卯|辰巳|午未|申酉|戌亥|天地|玄黄|\\u5b87\\u5b99|${WIDE})(\\d*)`, 'g'),
  new RegExp(`(?:子|丑|寅|卯|辰|巳|午|未|申|${WIDE})*?(?:酉|戌|亥)?`, 'g'),
  /集团股份有限公司|有限公司|集团(?![军化])|公司/g,
  /《([^《》\n]{2,60})》/g,
  /.子|[^子丑]丑/g,
  /\b(?:Zone|Park|Area|Base|Temple|Site|Plaza|District|City|Town)\b/gi,
  /\b(?:railway|expressway|line|base|Park|Group|Energy|Food|Steel|Coal)\b/g,
];
const ALPHABET = [...'寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜甲乙丙丁子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月局委员会托号0１一十集团股份有限公司军《》 \nlineParkbase'];

function randomText(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += ALPHABET[state % ALPHABET.length];
  }
  return text;
}

describe('matchesIn', () => {
  it('finds what repeated exec of the global pattern finds, on random texts', () => {
    for (const pattern of PATTERNS) {
      for (let seed = 1; seed <= 300; seed++) {
        const text = randomText(seed * 7919, 1 + (seed % 60));
        expect(byScan(pattern, text), `${pattern} on ${text}`).toEqual(byExec(pattern, text));
      }
    }
  });

  it('shifts offsets and keeps groups', () => {
    const [m] = matchesIn(PATTERNS[4], '他说天地12好', 100);
    expect([m.start, m.end, m.groups[1], m.groups[2]]).toEqual([102, 106, '天地', '12']);
  });

  it('returns nothing for a text without a start character', () => {
    expect(matchesIn(PATTERNS[0], '没有任何匹配的句子。', 0)).toHaveLength(0);
  });
});
