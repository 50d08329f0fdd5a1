// Query history kept in localStorage, newest first, without repeats.
const KEY = 'kg-explorer:cypher-history';
const LIMIT = 30;

export function loadHistory(storage: Pick<Storage, 'getItem'> = localStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

export function remember(query: string, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): string[] {
  const next = [query, ...loadHistory(storage).filter((q) => q !== query)].slice(0, LIMIT);
  storage.setItem(KEY, JSON.stringify(next));
  return next;
}
