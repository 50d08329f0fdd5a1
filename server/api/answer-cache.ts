// Answers kept in memory for the requests that are costly to answer: the
// neighbours of a hub (thousands of edges to order) are what everyone
// expands. Emptied whenever the graph changes: at once after this server's
// own writes, and, for Neo4j, which other processes may write to, by age.
// Requests for the same key while its answer is being computed share it.

export interface AnswerCacheOptions<T> {
  /** Answers kept at most; the least recently used goes first. */
  entries: number;
  /** Milliseconds an answer is kept; Infinity when only this process writes. */
  maxAgeMs: number;
  /** Whether an answer is worth keeping: the cheap ones are computed again. */
  keep: (answer: T) => boolean;
}

interface Kept<T> {
  answer: Promise<T>;
  at: number;
}

export class AnswerCache<T> {
  private readonly kept = new Map<string, Kept<T>>();

  constructor(private readonly options: AnswerCacheOptions<T>) {}

  answer(key: string, compute: () => Promise<T>): Promise<T> {
    const found = this.kept.get(key);
    if (found && Date.now() - found.at < this.options.maxAgeMs) {
      this.kept.delete(key);
      this.kept.set(key, found);
      return found.answer;
    }
    const entry = { answer: compute(), at: Date.now() };
    this.kept.set(key, entry);
    if (this.kept.size > this.options.entries) this.kept.delete(this.kept.keys().next().value!);
    const forget = () => {
      if (this.kept.get(key) === entry) this.kept.delete(key);
    };
    entry.answer.then((answer) => (this.options.keep(answer) ? undefined : forget()), forget);
    return entry.answer;
  }

  clear(): void {
    this.kept.clear();
  }
}
