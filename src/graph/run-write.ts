/**
 * The one way an analyst's change reaches Neo4j: {@link runWrite} runs a unit of work in one
 * managed write transaction (the driver retries transient failures), taking the graph's write
 * lock first so it never interleaves with an ingestion, and translates driver errors.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from './driver.js';
import { translateNeo4jError } from './errors.js';
import { PLANNED_ONCE } from './planned-once.js';
import { TAKE_WRITE_LOCK } from './write-statements.js';

export async function runWrite<T>(graph: GraphConnection, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(
      async (tx) => {
        await tx.run(`${PLANNED_ONCE}\n${TAKE_WRITE_LOCK}`, { now: new Date().toISOString() });
        return work(tx);
      },
      { metadata: { app: 'eventgraph', op } },
    );
  } catch (error) {
    throw translateNeo4jError(error, graph.uri);
  } finally {
    await session.close();
  }
}
