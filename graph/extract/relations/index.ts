// Relation extraction: every rule reads one sentence at a time; statements of
// the same relation are merged, each keeping its evidence sentence.
import { RELATION_TYPES, relationAllows, type EntityKind, type RelationType } from '../../schema.js';
import type { Entity, Mention, Relation, Sentence } from '../types.js';
import { adjacencyRule } from './adjacency.js';
import { clauseBreaks, clauseOf, topLevel, type Candidate, type Located, type RelationRule } from './context.js';
import { cooperationRule } from './cooperation.js';
import { administrativeHierarchy } from './hierarchy.js';
import { leadershipRule } from './leadership.js';
import { localBodyRule, placesOfLocalBodies } from './local-bodies.js';
import { nestingRule } from './nesting.js';
import { subjectRule } from './subjects.js';

const RULES: RelationRule[] = [nestingRule, adjacencyRule, subjectRule, cooperationRule, leadershipRule, localBodyRule];

export interface RelationInput {
  documentId: string;
  text: string;
  sentences: readonly Sentence[];
  /** Mentions sorted by start, with the entity id of each at the same index. */
  mentions: readonly Mention[];
  entityOf: readonly string[];
  entities: readonly Entity[];
  documentPlace?: string;
}

/** One sentence's mentions with their ids and clauses, and where its clauses break. */
interface SentenceMentions {
  mentions: Located[];
  breaks: number[];
}

/** Mentions of each sentence with their ids and clauses; sentences without mentions have none. */
function bySentence(input: RelationInput): (SentenceMentions | undefined)[] {
  const groups: (SentenceMentions | undefined)[] = new Array(input.sentences.length);
  input.mentions.forEach((mention, i) => {
    const s = mention.sentence;
    const sentence = input.sentences[s];
    if (!sentence) return;
    const group = (groups[s] ??= { mentions: [], breaks: clauseBreaks(sentence) });
    group.mentions.push({ mention, id: input.entityOf[i], clause: clauseOf(group.breaks, mention.start) });
  });
  return groups;
}

function canonical(c: Candidate): Candidate {
  return RELATION_TYPES[c.type].symmetric && c.from > c.to ? { ...c, from: c.to, to: c.from } : c;
}

/**
 * The document's relations in the order first stated, found by from and to id: ids are
 * strings made once, where a key joined from type and ids would be built for every statement.
 */
class RelationSet {
  readonly list: Relation[] = [];
  private readonly byEnds = new Map<string, Map<string, Relation[]>>();

  get(type: RelationType, from: string, to: string): Relation | undefined {
    return this.byEnds.get(from)?.get(to)?.find((r) => r.type === type);
  }

  add(r: Relation): void {
    let byTo = this.byEnds.get(r.from);
    if (!byTo) this.byEnds.set(r.from, (byTo = new Map()));
    const same = byTo.get(r.to);
    if (same) same.push(r);
    else byTo.set(r.to, [r]);
    this.list.push(r);
  }
}

export function extractRelations(input: RelationInput): Relation[] {
  const kindOf = new Map<string, EntityKind>(input.entities.map((e) => [e.id, e.kind]));
  const relations = new RelationSet();
  const localBodies = placesOfLocalBodies(input.entities);
  bySentence(input).forEach((group, index) => {
    // Every rule relates mentions of the sentence: one without any states nothing.
    if (group === undefined) return;
    const sentence = input.sentences[index];
    const { mentions, breaks } = group;
    const ctx = { sentence, mentions, top: topLevel(mentions), breaks, documentPlace: input.documentPlace, text: input.text, localBodies };
    for (const rule of RULES) {
      for (const raw of rule(ctx)) {
        const c = canonical(raw);
        const from = kindOf.get(c.from);
        const to = kindOf.get(c.to);
        if (!from || !to || c.from === c.to || !relationAllows(c.type, from, to)) continue;
        let r = relations.get(c.type, c.from, c.to);
        if (!r) {
          r = { type: c.type, from: c.from, to: c.to, evidence: [] };
          relations.add(r);
        }
        // Sentences come in order, so a statement already made in this sentence is the last evidence.
        if (r.evidence[r.evidence.length - 1]?.start !== sentence.start) {
          r.evidence.push({ document: input.documentId, start: sentence.start, end: sentence.end, text: sentence.text });
        }
      }
    }
  });
  for (const r of administrativeHierarchy(input)) {
    if (!relations.get(r.type, r.from, r.to)) relations.add(r);
  }
  return relations.list;
}
