import type { GraphStore } from '../../graph/store/types.js';
import type { ApiConfig } from './config.js';
import type { EntitySearch } from './usecases/search.js';

/** What every route group may use. */
export interface ApiContext {
  store: GraphStore;
  config: ApiConfig;
  search: EntitySearch;
}
