import { describe, expect, it } from 'vitest';
import { beforeBrackets } from '../../graph/extract/recognise/span-tools.js';

/** beforeBrackets over the whole of `text`, anchored where `suffix` starts. */
function startBefore(text: string, suffix: string, floor = 0): string {
  const anchor = text.indexOf(suffix);
  return text.slice(beforeBrackets(text, floor, anchor), anchor);
}

describe('beforeBrackets', () => {
  it('takes in a quoted part and a bracketed part right before the anchor', () => {
    expect(startBefore('建设精品材料“低耗”产业园', '产业园')).toBe('“低耗”');
    expect(startBefore('原料(某果)基地', '基地')).toBe('(某果)');
    // A part a few characters back is taken in with what follows it (原料(某果)标准化生产基地).
    expect(startBefore('原料(某果)标准化基地', '基地')).toBe('(某果)标准化');
    expect(startBefore('甲（乙）“丙”园区', '园区')).toBe('（乙）“丙”');
  });

  it('stops at long parts, clause marks after the part, the floor and unmatched closers', () => {
    expect(startBefore('甲（一二三四五六七八九十一）园区', '园区')).toBe('');
    expect(startBefore('甲“乙”，园区', '园区')).toBe('');
    expect(startBefore('甲“乙”、丙园区', '园区')).toBe('');
    expect(startBefore('甲“乙”园区', '园区', 2)).toBe('');
    expect(startBefore('甲乙”园区', '园区')).toBe('');
  });

  it('counts a character outside the basic plane as one character', () => {
    // The closer stands one character (two code units) before the anchor: nothing is taken in.
    expect(startBefore('甲“乙”𠮷园区', '园区')).toBe('');
    expect(startBefore('甲“𠮷”园区', '园区')).toBe('“𠮷”');
  });
});
