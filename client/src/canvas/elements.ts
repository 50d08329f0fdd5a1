// API graph values → Cytoscape element data. Only entities and the relation
// types of the schema are drawn; documents and facts stay in the details panel.
import type { ElementDefinition } from 'cytoscape';
import { isEntityKind, isRelationType, ENTITY_KIND_NAMES, type EntityKind, type RelationType } from '../../../graph/schema.js';
import type { GraphEdgeDto, GraphNodeDto, Subgraph } from '../api-client/schemas.js';
import { relationLabel, type Lang } from './labels.js';

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
  documents: string[];
  sentences: string[];
}

export type { Lang } from './labels.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function nodeLabel(data: { name: string; nameEn?: string }, lang: Lang): string {
  return lang === 'en' && data.nameEn ? data.nameEn : data.name;
}

/** The canvas id of a graph node: its entity id when it has one. */
export function entityIdOf(node: GraphNodeDto): string {
  return text(node.properties.id) ?? node.id;
}

/** The canvas id of a relationship. */
export function relationIdOf(edge: GraphEdgeDto): string {
  return `rel:${edge.id}`;
}

/** The entity a graph node stands for, or null for documents, facts and unknown labels. */
export function toEntity(node: GraphNodeDto, lang: Lang): EntityData | null {
  const p = node.properties;
  const kindProp = text(p.kind);
  const kind = kindProp && isEntityKind(kindProp) ? kindProp : ENTITY_KIND_NAMES.find((k) => node.labels.includes(k));
  const name = text(p.name);
  if (!kind || !name) return null;
  const entity: EntityData = {
    id: entityIdOf(node),
    kind,
    name,
    nameEn: text(p.nameEn),
    aliases: texts(p.aliases),
    divisionCode: text(p.divisionCode),
    label: '',
  };
  entity.label = nodeLabel(entity, lang);
  return entity;
}

export function toRelation(edge: GraphEdgeDto, endpoint: (rawId: string) => string, lang: Lang): RelationData | null {
  if (!isRelationType(edge.type)) return null;
  return {
    id: relationIdOf(edge),
    source: endpoint(edge.source),
    target: endpoint(edge.target),
    type: edge.type,
    label: relationLabel(edge.type, lang),
    documents: texts(edge.properties.documents),
    sentences: texts(edge.properties.sentences),
  };
}

/**
 * Elements for a subgraph. `knownIds` maps store ids to entity ids across calls,
 * so an edge whose endpoint arrived in an earlier answer still connects.
 */
export function toElements(graph: Subgraph, knownIds: Map<string, string>, lang: Lang): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    const entity = toEntity(node, lang);
    if (!entity) continue;
    knownIds.set(node.id, entity.id);
    nodes.push({ group: 'nodes', data: entity, classes: 'entity' });
  }
  const endpoint = (rawId: string) => knownIds.get(rawId) ?? rawId;
  const edges: ElementDefinition[] = [];
  for (const edge of graph.edges) {
    const relation = toRelation(edge, endpoint, lang);
    if (relation) edges.push({ group: 'edges', data: relation, classes: 'relation' });
  }
  return [...nodes, ...edges];
}
