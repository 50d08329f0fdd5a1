// The answers the client accepts are the API's own zod schemas (plain TS over
// zod and graph/schema.ts), so client and server cannot drift apart.
export {
  EXPORT_FORMATS, documentsAnswer, healthAnswer, nodeAnswer, neighborsAnswer, pathsAnswer, queryAnswer, relationAnswer, searchAnswer,
  uploadAnswer,
} from '../../../server/api/schemas.js';
export type {
  ApiEdge, ApiFact, ApiNode, Evidence, SearchHit, Subgraph, UploadResult,
} from '../../../server/api/schemas.js';
import type { z } from 'zod';
import type { healthAnswer, neighborsAnswer, nodeAnswer, queryAnswer } from '../../../server/api/schemas.js';

export type Health = z.infer<typeof healthAnswer>;
export type NodeDetails = z.infer<typeof nodeAnswer>;
export type Neighbors = z.infer<typeof neighborsAnswer>;
export type QueryResponse = z.infer<typeof queryAnswer>;
