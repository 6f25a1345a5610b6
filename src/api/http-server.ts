/**
 * The HTTP server: GraphQL on POST/GET /graphql, liveness on /healthz (the process is up) and
 * readiness on /readyz (Neo4j answers; 503 otherwise, and the server keeps running).
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import { once } from 'node:events';
import { EventGraphError } from '../domain/errors.js';
import { isGraphReachable, type GraphConnection } from '../graph/driver.js';
import type { ApiContext } from './context.js';
import { formatApiError } from './format-error.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startHttpServer(options: {
  schema: GraphQLSchema;
  graph: GraphConnection;
  port: number;
  host: string;
}): Promise<RunningServer> {
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    formatError: formatApiError,
    includeStacktraceInErrorResponses: false,
    // The CLI owns shutdown (HTTP, driver, then the local Neo4j); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const reachable = await isGraphReachable(options.graph);
    response.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'neo4j unreachable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '6mb' }),
    expressMiddleware(apollo, { context: async () => ({ graph: options.graph }) }),
  );

  const server: Server = app.listen(options.port, options.host);
  try {
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => {
        throw error;
      }),
    ]);
  } catch (error) {
    await apollo.stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new EventGraphError('BAD_CONFIG', `Port ${options.port} is already in use: set PORT to a free port.`);
    }
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    close: async () => {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
