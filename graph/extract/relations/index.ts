// Relation extraction: every rule reads one sentence at a time; statements of
// the same relation are merged, each keeping its evidence sentence.
import { RELATION_TYPES, relationAllows, type EntityKind } from '../../schema.js';
import type { Entity, Mention, Relation, Sentence } from '../types.js';
import { adjacencyRule } from './adjacency.js';
import { clauseBreaks, clauseOf, type Candidate, type Located, type RelationRule } from './context.js';
import { cooperationRule } from './cooperation.js';
import { administrativeHierarchy } from './hierarchy.js';
import { leadershipRule } from './leadership.js';
import { nestingRule } from './nesting.js';
import { subjectRule } from './subjects.js';

const RULES: RelationRule[] = [nestingRule, adjacencyRule, subjectRule, cooperationRule, leadershipRule];

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

/** Mentions of each sentence with their ids and clauses; sentences without mentions stay empty. */
function bySentence(input: RelationInput): Located[][] {
  const groups: Located[][] = input.sentences.map(() => []);
  const breaks: (number[] | undefined)[] = [];
  input.mentions.forEach((mention, i) => {
    const s = mention.sentence;
    const sentence = input.sentences[s];
    if (!sentence) return;
    const clauses = (breaks[s] ??= clauseBreaks(sentence));
    groups[s].push({ mention, id: input.entityOf[i], clause: clauseOf(clauses, mention.start) });
  });
  return groups;
}

function canonical(c: Candidate): Candidate {
  return RELATION_TYPES[c.type].symmetric && c.from > c.to ? { ...c, from: c.to, to: c.from } : c;
}

export function extractRelations(input: RelationInput): Relation[] {
  const kindOf = new Map<string, EntityKind>(input.entities.map((e) => [e.id, e.kind]));
  const relations = new Map<string, Relation>();
  bySentence(input).forEach((mentions, index) => {
    // Every rule relates mentions of the sentence: one without any states nothing.
    if (mentions.length === 0) return;
    const sentence = input.sentences[index];
    const ctx = { sentence, mentions, documentPlace: input.documentPlace, text: input.text };
    for (const rule of RULES) {
      for (const raw of rule(ctx)) {
        const c = canonical(raw);
        const from = kindOf.get(c.from);
        const to = kindOf.get(c.to);
        if (!from || !to || c.from === c.to || !relationAllows(c.type, from, to)) continue;
        const key = `${c.type}|${c.from}|${c.to}`;
        let r = relations.get(key);
        if (!r) {
          r = { type: c.type, from: c.from, to: c.to, evidence: [] };
          relations.set(key, r);
        }
        // Sentences come in order, so a statement already made in this sentence is the last evidence.
        if (r.evidence[r.evidence.length - 1]?.start !== sentence.start) {
          r.evidence.push({ document: input.documentId, start: sentence.start, end: sentence.end, text: sentence.text });
        }
      }
    }
  });
  for (const r of administrativeHierarchy(input)) {
    const key = `${r.type}|${r.from}|${r.to}`;
    if (!relations.has(key)) relations.set(key, r);
  }
  return [...relations.values()];
}
