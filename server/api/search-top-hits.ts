// The best hits of a name search, kept in rank order as candidates arrive.

/** What a hit is ranked by besides its score. */
export interface RankedEntry {
  id: string;
  name: string;
}

export interface RankedHit<E extends RankedEntry, T extends string> {
  entry: E;
  tier: T;
  score: number;
}

/** Whether hit a ranks before hit b: score, then the shorter name, then the id in code-unit order. */
function ranksBefore<E extends RankedEntry>(a: RankedHit<E, string>, b: RankedHit<E, string>): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.name.length !== b.entry.name.length) return a.entry.name.length < b.entry.name.length;
  return a.entry.id < b.entry.id;
}

/** Keeps the best `limit` hits in order; most hits lose to the current last and cost one comparison. */
export class TopHits<E extends RankedEntry, T extends string> {
  readonly hits: Array<RankedHit<E, T>> = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.hits.length >= this.limit;
  }

  get last(): RankedHit<E, T> {
    return this.hits[this.hits.length - 1];
  }

  /** Whether a hit of this score may still enter. */
  admits(score: number): boolean {
    return !this.full || score >= this.hits[this.hits.length - 1].score;
  }

  add(hit: RankedHit<E, T>): void {
    const hits = this.hits;
    if (this.full && !ranksBefore(hit, hits[hits.length - 1])) return;
    let i = hits.length;
    while (i > 0 && ranksBefore(hit, hits[i - 1])) i--;
    hits.splice(i, 0, hit);
    if (hits.length > this.limit) hits.pop();
  }
}
