// A character trie for scanning text for many names at once: from each start
// position it walks at most the longest name's length, so a scan is linear in
// the text.

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  values: T[] | null;
}

export interface TrieMatch<T> {
  /** End offset (exclusive) of the matched name. */
  end: number;
  values: readonly T[];
}

const NONE: readonly never[] = [];

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null };
  /** Which UTF-16 code units start some name: a typed-array test is far cheaper than a map lookup. */
  private readonly starts = new Uint8Array(0x10000);

  add(key: string, value: T): void {
    this.slot(key).push(value);
  }

  /** The values stored under `key`, as a live array to add to (created empty when new). */
  slot(key: string): T[] {
    let node = this.root;
    this.starts[key.charCodeAt(0)] = 1;
    for (let i = 0; i < key.length; i++) {
      node.next ??= new Map();
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(code, child);
      }
      node = child;
    }
    node.values ??= [];
    return node.values;
  }

  /** The longest name starting at `start` in `text`, or null; allocates nothing when there is none. */
  longestAt(text: string, start: number): TrieMatch<T> | null {
    if (this.starts[text.charCodeAt(start)] === 0) return null;
    let node: TrieNode<T> | undefined = this.root;
    let end = -1;
    let values: T[] | null = null;
    for (let i = start; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        end = i + 1;
        values = node.values;
      }
    }
    return values === null ? null : { end, values };
  }

  /** Every name starting at `start` in `text`, longest first. */
  matchesAt(text: string, start: number): readonly TrieMatch<T>[] {
    // Most offsets start no name: answer them without allocating.
    if (this.starts[text.charCodeAt(start)] === 0) return NONE;
    const found: TrieMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) found.push({ end: i + 1, values: node.values });
    }
    return found.length > 1 ? found.reverse() : found;
  }
}
