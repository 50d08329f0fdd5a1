// How many edits a query is from the beginning of a key: the typo test of the
// name search, run for thousands of candidate keys per query.

// Two rows of the edit-distance table, grown as needed and reused: typo search runs this for thousands of keys.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/**
 * Levenshtein distance from q to the closest head of `key` whose length is
 * within `max` of q's (the whole key among them), or max + 1 when there is
 * none that close: a typo in the beginning of a longer name counts too. One
 * table serves every head length: its last row holds q's distance to each.
 */
export function headDistance(q: string, key: string, max: number): number {
  const width = Math.min(key.length, q.length + max);
  const shortest = Math.max(1, q.length - max);
  if (width < shortest) return max + 1;
  if (rowA.length <= width) {
    rowA = new Int32Array(width + 1);
    rowB = new Int32Array(width + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= width; j++) previous[j] = j;
  for (let i = 1; i <= q.length; i++) {
    const c = q.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= width; j++) {
      const d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (c === key.charCodeAt(j - 1) ? 0 : 1));
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  let best = max + 1;
  for (let n = shortest; n <= width; n++) best = Math.min(best, previous[n]);
  return best;
}
