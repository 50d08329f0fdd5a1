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
const PAIR_BITS = 1 << 19;

function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 13;
}

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null };
  /** Which UTF-16 code units start some name: a typed-array test is far cheaper than a map lookup. */
  private readonly starts = new Uint8Array(0x10000);
  /** Which code units are a name by themselves: a start that is one needs no look at the next character. */
  private readonly singles = new Uint8Array(0x10000);
  /**
   * Hashed bits of the first two code units of every longer name. Most offsets whose character
   * starts some name are not followed by a fitting second one; this small table (64 KB, which
   * stays in the processor's cache) answers them where the trie's maps would miss the cache.
   */
  private readonly pairs = new Uint8Array(PAIR_BITS >> 3);

  add(key: string, value: T): void {
    this.slot(key).push(value);
  }

  /** The values stored under `key`, as a live array to add to (created empty when new). */
  slot(key: string): T[] {
    let node = this.root;
    this.starts[key.charCodeAt(0)] = 1;
    if (key.length === 1) this.singles[key.charCodeAt(0)] = 1;
    else {
      const bit = pairBit(key.charCodeAt(0), key.charCodeAt(1));
      this.pairs[bit >> 3] |= 1 << (bit & 7);
    }
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

  /** False when no name can start at `start`; true when one may. */
  private mayStart(text: string, start: number): boolean {
    const first = text.charCodeAt(start);
    if (this.starts[first] === 0) return false;
    if (this.singles[first] === 1 || start + 1 >= text.length) return this.singles[first] === 1;
    const bit = pairBit(first, text.charCodeAt(start + 1));
    return (this.pairs[bit >> 3] & (1 << (bit & 7))) !== 0;
  }

  /** The longest name starting at `start` in `text`, or null; allocates nothing when there is none. */
  longestAt(text: string, start: number): TrieMatch<T> | null {
    if (!this.mayStart(text, start)) return null;
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
    if (!this.mayStart(text, start)) return NONE;
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
