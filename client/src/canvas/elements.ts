// API graph values → Cytoscape element data. Only entities and the relation
// types of the schema are drawn; documents and facts stay in the details panel.
import type { ElementDefinition } from 'cytoscape';
import { isEntityKind, isRelationType, type EntityKind, type RelationType } from '../../../graph/schema.js';
import type { ApiEdge, ApiNode, Evidence, Subgraph } from '../api-client/schemas.js';
import { relationLabel, type Lang } from './labels.js';

export type { Lang } from './labels.js';

export interface EntityData {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn?: string;
  aliases: string[];
  divisionCode?: string;
  label: string;
}

export interface RelationData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  /** The first evidence sentences; all of them once the details panel has fetched the rest. */
  evidence: Evidence[];
  evidenceTotal: number;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

export function nodeLabel(data: { name: string; nameEn?: string }, lang: Lang): string {
  return lang === 'en' && data.nameEn ? data.nameEn : data.name;
}

/** The canvas id of a relationship. */
export function relationIdOf(edge: ApiEdge): string {
  return `rel:${edge.id}`;
}

/** The entity a graph node stands for, or null for documents and facts. */
export function toEntity(node: ApiNode, lang: Lang): EntityData | null {
  if (!node.kind || !isEntityKind(node.kind)) return null;
  const entity: EntityData = {
    id: node.id,
    kind: node.kind,
    name: node.name,
    nameEn: text(node.properties.nameEn),
    aliases: node.aliases,
    divisionCode: text(node.properties.divisionCode),
    label: '',
  };
  entity.label = nodeLabel(entity, lang);
  return entity;
}

export function toRelation(edge: ApiEdge, lang: Lang): RelationData | null {
  if (!isRelationType(edge.type)) return null;
  return {
    id: relationIdOf(edge),
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: relationLabel(edge.type, lang),
    evidence: edge.evidence,
    evidenceTotal: edge.evidenceTotal,
  };
}

export function toElements(graph: Subgraph, lang: Lang): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    const entity = toEntity(node, lang);
    if (entity) nodes.push({ group: 'nodes', data: entity, classes: 'entity' });
  }
  const edges: ElementDefinition[] = [];
  for (const edge of graph.edges) {
    const relation = toRelation(edge, lang);
    if (relation) edges.push({ group: 'edges', data: relation, classes: 'relation' });
  }
  return [...nodes, ...edges];
}
