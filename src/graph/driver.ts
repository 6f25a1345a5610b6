/** Opens the neo4j-driver connection from config and checks it once, with a clear error if it fails. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';
import { translateNeo4jError } from './errors.js';

export interface GraphConnection {
  driver: Driver;
  database: string;
  uri: string;
  close(): Promise<void>;
}

/**
 * Creates a driver for `uri` (bolt:// or neo4j:// routing) and verifies it can reach the database.
 * Rejects with BAD_CONFIG (credentials, database) or SERVICE_UNAVAILABLE (unreachable).
 */
export async function connectGraph(connection: Neo4jConnection & { uri: string }): Promise<GraphConnection> {
  const auth =
    connection.password === undefined ? undefined : neo4j.auth.basic(connection.user, connection.password);
  const driver = neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 15_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'eventgraph/0.1',
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity({ database: connection.database });
    await driver.executeQuery('RETURN 1', {}, { database: connection.database });
  } catch (error) {
    await driver.close().catch(() => {});
    throw translateNeo4jError(error, connection.uri);
  }
  return {
    driver,
    database: connection.database,
    uri: connection.uri,
    close: () => driver.close(),
  };
}

/**
 * True when the database answers a trivial query within `timeoutMs`; used by /readyz. Never throws.
 * A plain session (no managed retries), so an outage is reported at once instead of after retrying.
 */
export async function isGraphReachable(graph: GraphConnection, timeoutMs = 3000): Promise<boolean> {
  const session = graph.driver.session({ database: graph.database });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probe = session.run('RETURN 1').then(() => true, () => false);
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
    await session.close().catch(() => {});
  }
}
