/** What every resolver receives: the graph connection for this server. */
import type { GraphConnection } from '../graph/driver.js';

export interface ApiContext {
  graph: GraphConnection;
}
