/** What every resolver receives: the graph, the per-request loaders, who is calling and the extractor. */
import type { GraphConnection } from '../graph/driver.js';
import type { Extractor } from '../ingest/index.js';
import type { Caller } from './api-keys.js';
import type { Loaders } from './loaders.js';

export interface ApiContext {
  graph: GraphConnection;
  loaders: Loaders;
  caller: Caller;
  extract: Extractor;
}
