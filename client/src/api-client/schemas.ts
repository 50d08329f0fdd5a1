// The shapes the client accepts from the API, checked once where responses
// arrive. Unknown extra fields are ignored so the server can grow.
import { z } from 'zod';

const properties = z.record(z.string(), z.unknown());

export const graphNodeSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  labels: z.array(z.string()).default([]),
  properties: properties.default({}),
});

export const graphEdgeSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  type: z.string(),
  source: z.union([z.string(), z.number()]).transform(String),
  target: z.union([z.string(), z.number()]).transform(String),
  properties: properties.default({}),
});

export const subgraphSchema = z.object({
  nodes: z.array(graphNodeSchema).default([]),
  edges: z.array(graphEdgeSchema).default([]),
});

export const healthSchema = z.object({
  status: z.string(),
  store: z.string(),
  nodes: z.number(),
  relationships: z.number(),
});

export const searchSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      score: z.number().optional(),
    }),
  ),
});

export const neighborsSchema = subgraphSchema.extend({ total: z.number() });

export const pathsSchema = z.object({ paths: z.array(subgraphSchema) });

export const querySchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: subgraphSchema.default({ nodes: [], edges: [] }),
});

const documentRefSchema = z.looseObject({
  id: z.string(),
  file: z.string().optional(),
  title: z.string().optional(),
});

const factSchema = z.record(z.string(), z.unknown());

/** `GET /api/nodes/:id`: the entity may come as `node` or `entity`, flat or as a graph node. */
export const nodeDetailsSchema = z
  .looseObject({
    node: z.unknown().optional(),
    entity: z.unknown().optional(),
    documents: z.array(documentRefSchema).default([]),
    facts: z.array(factSchema).default([]),
    degree: z.record(z.string(), z.number()).default({}),
  })
  .transform((raw) => {
    const inner = raw.node ?? raw.entity;
    const parsed = graphNodeSchema.safeParse(inner);
    const node = parsed.success
      ? parsed.data
      : graphNodeSchema.parse({ id: String((inner as { id?: unknown } | undefined)?.id ?? ''), labels: [], properties: inner ?? {} });
    return { node, documents: raw.documents, facts: raw.facts, degree: raw.degree };
  });

export const uploadResultSchema = z.object({
  results: z.array(
    z.object({
      file: z.string(),
      status: z.enum(['ingested', 'unchanged', 'replaced', 'error']),
      error: z.string().optional(),
      entities: z.number().optional(),
      relations: z.number().optional(),
    }),
  ),
});

export type GraphNodeDto = z.infer<typeof graphNodeSchema>;
export type GraphEdgeDto = z.infer<typeof graphEdgeSchema>;
export type Subgraph = z.infer<typeof subgraphSchema>;
export type Health = z.infer<typeof healthSchema>;
export type SearchResult = z.infer<typeof searchSchema>['results'][number];
export type Neighbors = z.infer<typeof neighborsSchema>;
export type QueryResponse = z.infer<typeof querySchema>;
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;
export type UploadResult = z.infer<typeof uploadResultSchema>['results'][number];
