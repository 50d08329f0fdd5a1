// Undo for canvas changes: each change records how to reverse itself.
export interface UndoEntry {
  label: string;
  undo: () => void;
}

export class UndoStack {
  private readonly entries: UndoEntry[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly limit = 50) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
    this.notify();
  }

  /** Reverses the latest change; returns its label, or null when there is nothing to undo. */
  undo(): string | null {
    const entry = this.entries.pop();
    if (!entry) return null;
    entry.undo();
    this.notify();
    return entry.label;
  }

  peek(): UndoEntry | undefined {
    return this.entries[this.entries.length - 1];
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
