import { describe, expect, it } from 'vitest';
import { loadHistory, remember } from '../../client/src/console/history.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('When queries are remembered', () => {
  it('then the newest comes first and a repeat moves to the top', () => {
    const storage = memoryStorage();
    remember('A', storage);
    remember('B', storage);
    expect(remember('A', storage)).toEqual(['A', 'B']);
    expect(loadHistory(storage)).toEqual(['A', 'B']);
  });

  it('then a corrupted store reads as empty', () => {
    const storage = memoryStorage();
    storage.setItem('kg-explorer:cypher-history', '{not json');
    expect(loadHistory(storage)).toEqual([]);
  });
});
