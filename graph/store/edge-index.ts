// Which entity-to-entity edges exist, and how many edges of each type every
// entity has: kept in memory by the store that is the graph's only writer
// (Grafeo behind the folder lock), so a write creates new edges without a
// MERGE and finds an existing edge from its less busy end. A MERGE walks all
// edges of one endpoint; on busy places, industries and policies that grows
// with the graph. Changes are staged per transaction and kept only on commit.
import { appendEvidence, createRelations } from '../cypher/write.js';
import type { RelationRow } from './rows.js';
import { runBatched, type WriteRelations } from './write-document.js';

const edgeKey = (type: string, from: string, to: string) => `${type}\u0000${from}\u0000${to}`;
const degreeKey = (type: string, id: string) => `${type}\u0000${id}`;

export class EdgeIndex {
  private readonly edges = new Set<string>();
  private readonly degrees = new Map<string, number>();

  /** From the rows of `entityEdgeList` (graph/cypher/read.ts). */
  static fromRows(rows: Iterable<Record<string, unknown>>): EdgeIndex {
    const index = new EdgeIndex();
    for (const r of rows) index.add(String(r.type), String(r.source), String(r.target));
    return index;
  }

  private add(type: string, from: string, to: string): void {
    this.edges.add(edgeKey(type, from, to));
    for (const id of [from, to]) this.degrees.set(degreeKey(type, id), this.degree(type, id) + 1);
  }

  private degree(type: string, id: string): number {
    return this.degrees.get(degreeKey(type, id)) ?? 0;
  }

  /**
   * A relation writer for one transaction, and `commit` to keep what it
   * created once the transaction has committed. It knows nothing of edges a
   * removal deletes: a batch that removes documents must merge instead.
   */
  stage(): { write: WriteRelations; commit: () => void } {
    const created: Array<[string, string, string]> = [];
    const staged = new Set<string>();
    const write: WriteRelations = async (run, type, rows) => {
      const fresh: RelationRow[] = [];
      const fromSource: RelationRow[] = [];
      const fromTarget: RelationRow[] = [];
      for (const row of rows) {
        const key = edgeKey(type, row.from, row.to);
        if (!this.edges.has(key) && !staged.has(key)) {
          fresh.push(row);
          staged.add(key);
          created.push([type, row.from, row.to]);
        } else if (this.degree(type, row.from) <= this.degree(type, row.to)) fromSource.push(row);
        else fromTarget.push(row);
      }
      await runBatched(run, fresh, (b) => createRelations(type, b));
      await runBatched(run, fromSource, (b) => appendEvidence(type, b, 'source'));
      await runBatched(run, fromTarget, (b) => appendEvidence(type, b, 'target'));
    };
    return { write, commit: () => created.forEach(([type, from, to]) => this.add(type, from, to)) };
  }
}
