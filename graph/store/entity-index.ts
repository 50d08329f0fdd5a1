// Which entities exist, with their aliases and which optional properties they
// hold: kept in memory by the store that is the graph's only writer (Grafeo
// behind the folder lock), so a write creates new entities without a MERGE
// and leaves out known ones its rows add nothing to. Changes are staged per
// transaction and kept only on commit, as in edge-index.ts.
import { createEntities, mergeEntities } from '../cypher/write.js';
import type { EntityRow } from './rows.js';
import { runBatched, type WriteEntities } from './write-document.js';

const OPTIONAL = ['nameEn', 'divisionCode', 'level'] as const;

interface Known {
  aliases: readonly string[];
  /** Which of OPTIONAL the entity holds, one bit each. */
  set: number;
}

function optionalBits(has: (field: (typeof OPTIONAL)[number]) => boolean): number {
  return OPTIONAL.reduce((bits, field, i) => (has(field) ? bits | (1 << i) : bits), 0);
}

const knownOf = (row: EntityRow): Known => ({ aliases: row.aliases, set: optionalBits((f) => row[f] !== null) });

/** What the entity would hold after `row` is merged into it, or null when that adds nothing. */
function merged(known: Known, row: EntityRow): Known | null {
  const aliases = row.aliases.filter((a) => !known.aliases.includes(a));
  const set = known.set | knownOf(row).set;
  return aliases.length === 0 && set === known.set ? null : { aliases: [...known.aliases, ...aliases], set };
}

export class EntityIndex {
  private readonly known = new Map<string, Known>();

  /** From the rows of `entityFacetList` (graph/cypher/read.ts). */
  static fromRows(rows: Iterable<Record<string, unknown>>): EntityIndex {
    const index = new EntityIndex();
    for (const r of rows) {
      const aliases = Array.isArray(r.aliases) ? r.aliases.map(String) : [];
      index.known.set(String(r.id), { aliases, set: optionalBits((f) => r[f] === true) });
    }
    return index;
  }

  /**
   * An entity writer for one transaction, and `commit` to keep what it wrote
   * once the transaction has committed. It knows nothing of entities a
   * removal deletes: a batch that removes documents must merge instead.
   */
  stage(): { write: WriteEntities; commit: () => void } {
    const staged = new Map<string, Known>();
    const write: WriteEntities = async (run, kind, rows) => {
      const fresh: EntityRow[] = [];
      const changed: EntityRow[] = [];
      for (const row of rows) {
        const known = staged.get(row.id) ?? this.known.get(row.id);
        const next = known ? merged(known, row) : knownOf(row);
        if (!next) continue;
        (known ? changed : fresh).push(row);
        staged.set(row.id, next);
      }
      await runBatched(run, fresh, (b) => createEntities(kind, b));
      await runBatched(run, changed, (b) => mergeEntities(kind, b));
    };
    return { write, commit: () => staged.forEach((known, id) => this.known.set(id, known)) };
  }
}
