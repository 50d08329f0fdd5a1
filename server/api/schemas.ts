// The zod schemas of every request and answer. Requests are validated with
// them once at the edge; answers are documented with them in OpenAPI; the
// client may import the derived types.
import { z } from 'zod';
import type { ExportFormat } from '../../graph/export/index.js';
import { ENTITY_KIND_NAMES, RELATION_TYPE_NAMES, parseEntityId } from '../../graph/schema.js';

/**
 * The formats of graph/export, restated because the browser client imports
 * this module and graph/export reaches the file system; the type check keeps
 * the two lists the same.
 */
export const EXPORT_FORMATS = ['json', 'graphml', 'csv', 'cypher'] as const satisfies readonly ExportFormat[];
type MissingFormat = Exclude<ExportFormat, (typeof EXPORT_FORMATS)[number]>;
const everyFormat: MissingFormat extends never ? true : false = true;
void everyFormat;

/** A list given as `a,b` or as a repeated parameter, each item checked against `item`. */
function listParam<T extends z.ZodType<unknown, string>>(item: T, description: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item))
    .optional()
    .meta({ description });
}

export const entityIdSchema = z
  .string()
  .min(3)
  .max(300)
  .refine((id) => parseEntityId(id) !== null, {
    message: `not an entity id; expected Kind:name with Kind one of ${ENTITY_KIND_NAMES.join(', ')}`,
  })
  .meta({ description: 'Entity id `Kind:canonical name`', example: 'City:某市' });

const kindSchema = z.enum(ENTITY_KIND_NAMES);
const relationTypeSchema = z.enum(RELATION_TYPE_NAMES);
const kindsParam = listParam(kindSchema, `Entity kinds, comma-separated: ${ENTITY_KIND_NAMES.join(', ')}`);
const typesParam = listParam(relationTypeSchema, `Relation types, comma-separated: ${RELATION_TYPE_NAMES.join(', ')}`);
const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

// ---- shared answer shapes ----

export const evidenceSchema = z.object({
  document: z.string(),
  sentence: z.string(),
  start: z.number().nullable(),
  end: z.number().nullable(),
});

export const apiNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  kind: z.string().nullable().meta({ description: 'Entity kind, or null for documents and facts' }),
  name: z.string(),
  aliases: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});

export const apiEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  evidence: z.array(evidenceSchema),
  evidenceTotal: z.number().meta({ description: 'Evidence sentences the edge has; more than `evidence` holds when the request limited them' }),
  properties: z.record(z.string(), z.unknown()).meta({ description: 'Other properties; the evidence arrays travel unpacked in evidence' }),
});

export const subgraphSchema = z.object({ nodes: z.array(apiNodeSchema), edges: z.array(apiEdgeSchema) });

export const factSchema = z.object({
  subject: z.string(),
  subjectName: z.string(),
  indicator: z.string(),
  value: z.number(),
  unit: z.string(),
  measure: z.string(),
  /** The text states the change as a fall (下降2.1%): `value` is as written, 2.1. */
  fall: z.boolean(),
  year: z.number().nullable(),
  document: z.string().nullable(),
  sentence: z.string().nullable(),
});

export const documentSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  language: z.string(),
  chars: z.number(),
  sha256: z.string(),
  ingestedAt: z.string(),
});

// ---- requests and answers, route by route ----

export const healthAnswer = z.object({
  status: z.literal('ok'),
  store: z.enum(['embedded', 'neo4j']),
  nodes: z.number(),
  relationships: z.number(),
});

export const schemaAnswer = z.object({
  kinds: z.array(z.object({ name: z.string(), zh: z.string(), en: z.string(), color: z.string(), shape: z.string(), place: z.boolean(), count: z.number() })),
  relationTypes: z.array(z.object({ name: z.string(), zh: z.string(), en: z.string(), color: z.string(), symmetric: z.boolean(), count: z.number() })),
});

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200).meta({ description: 'Simplified, traditional, pinyin or English text' }),
  kinds: kindsParam,
  limit: limit(20, 100),
});

export const searchHit = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  score: z.number().meta({ description: 'Higher is better: exact > prefix > alias > fuzzy' }),
  match: z.enum(['exact', 'prefix', 'alias', 'fuzzy']),
});
export const searchAnswer = z.object({ results: z.array(searchHit) });

export const idParams = z.object({ id: entityIdSchema });

export const nodeAnswer = z.object({
  node: apiNodeSchema,
  documents: z.array(z.object({ id: z.string(), file: z.string(), title: z.string(), mentions: z.number() })),
  facts: z.array(factSchema),
  degree: z.record(z.string(), z.number()),
});

export const neighborsQuery = z.object({
  types: typesParam,
  kinds: kindsParam,
  limit: limit(50, 500),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  evidence: z.coerce.number().int().min(0).max(100_000).optional()
    .meta({ description: 'At most this many evidence sentences per edge (all when absent); evidenceTotal tells how many there are' }),
});
export const neighborsAnswer = subgraphSchema.extend({
  total: z.number().meta({ description: 'Neighbouring edges matching the filters, over all pages' }),
});

export const pathsQuery = z.object({
  from: entityIdSchema,
  to: entityIdSchema,
  maxHops: limit(4, 6),
  limit: limit(10, 50),
});
export const pathsAnswer = z.object({ paths: z.array(subgraphSchema) });

export const relationQuery = z.object({
  from: entityIdSchema,
  to: entityIdSchema,
  type: relationTypeSchema.meta({ description: `Relation type: ${RELATION_TYPE_NAMES.join(', ')}` }),
});
export const relationAnswer = z.object({ edge: apiEdgeSchema });

export const factsQuery = z.object({
  indicator: z.string().trim().min(1).max(100).optional().meta({ description: 'Part of the indicator name' }),
  place: z.string().trim().min(1).max(300).optional().meta({ description: 'Entity id or name of the place' }),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  limit: limit(500, 5000),
});
export const factsAnswer = z.object({ facts: z.array(factSchema) });

export const queryBody = z.object({
  cypher: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export const queryAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: subgraphSchema,
});

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('json'),
  ids: listParam(entityIdSchema, 'Entity ids whose neighbourhood is exported; none exports the whole graph'),
  depth: z.coerce.number().int().min(0).max(5).default(1),
});
export const exportBody = z.object({
  format: z.enum(EXPORT_FORMATS).default('json'),
  ids: z.array(entityIdSchema).max(10_000).default([]),
  depth: z.number().int().min(0).max(5).default(1),
});

export const documentIdParams = z.object({
  id: z.string().regex(/^[0-9a-f]{8,64}$/, 'not a document id; expected hexadecimal digits'),
});
export const documentsAnswer = z.object({ documents: z.array(documentSchema) });
export const documentAnswer = z.object({
  document: documentSchema,
  text: z.string(),
  spans: z.array(z.object({ start: z.number(), end: z.number(), entity: z.string(), kind: z.string() })),
});
export const uploadAnswer = z.object({
  results: z.array(
    z.object({
      file: z.string(),
      status: z.enum(['ingested', 'unchanged', 'error']),
      error: z.string().optional(),
      entities: z.number(),
      relations: z.number(),
    }),
  ),
});
export const removeAnswer = z.object({ removed: z.string() });

export type ApiNode = z.infer<typeof apiNodeSchema>;
export type ApiEdge = z.infer<typeof apiEdgeSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Subgraph = z.infer<typeof subgraphSchema>;
export type ApiFact = z.infer<typeof factSchema>;
export type SearchHit = z.infer<typeof searchHit>;
export type SearchQuery = z.infer<typeof searchQuery>;
export type NeighborsQuery = z.infer<typeof neighborsQuery>;
export type NeighborsAnswer = z.infer<typeof neighborsAnswer>;
export type PathsQuery = z.infer<typeof pathsQuery>;
export type RelationQuery = z.infer<typeof relationQuery>;
export type FactsQuery = z.infer<typeof factsQuery>;
export type ExportRequest = z.infer<typeof exportBody>;
export type UploadResult = z.infer<typeof uploadAnswer>['results'][number];
