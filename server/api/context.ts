import type { GraphStore } from '../../graph/store/types.js';
import type { ApiConfig } from './config.js';
import type { AnswerCache } from './answer-cache.js';
import type { NeighborsAnswer } from './schemas.js';
import type { EntitySearch } from './usecases/search.js';

/** What every route group may use. */
export interface ApiContext {
  store: GraphStore;
  config: ApiConfig;
  search: EntitySearch;
  /** Neighbour pages of hubs. */
  neighbours: AnswerCache<NeighborsAnswer>;
  /** Drops what was derived from the graph: this server has just written to it. */
  graphChanged(): void;
}
