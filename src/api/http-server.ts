/**
 * The HTTP server: GraphQL on POST/GET /graphql (GraphiQL for browsers), liveness on /healthz and
 * readiness on /readyz (Neo4j answers; 503 otherwise, and the server keeps running).
 *
 * Safety: graphql-armor limits depth, cost, aliases and tokens; query-complexity.ts limits how many
 * items a request may read (list sizes included); bodies are capped; each request
 * has a deadline; API keys gate access (see api-keys.ts). Without keys the server is open and
 * listens on 127.0.0.1 only, whatever HOST says.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import { once } from 'node:events';
import { EventGraphError } from '../domain/errors.js';
import { isGraphReachable, type GraphConnection } from '../graph/driver.js';
import type { Extractor } from '../ingest/index.js';
import { callerFor, presentedKey, type ApiKey } from './api-keys.js';
import type { ApiContext } from './context.js';
import { formatApiError } from './format-error.js';
import { complexityLimitPlugin } from './query-complexity.js';
import { graphiqlRouter } from './graphiql-page.js';
import { createLoaders } from './loaders.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Limits every request meets; exported so tests and the README quote the same numbers. */
export const API_LIMITS = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2_000,
  bodyBytes: '4mb',
  requestTimeoutMs: 30_000,
} as const;

export async function startHttpServer(options: {
  schema: GraphQLSchema;
  graph: GraphConnection;
  port: number;
  host: string;
  apiKeys?: readonly ApiKey[];
  extract: Extractor;
  log?: (line: string) => void;
}): Promise<RunningServer> {
  const apiKeys = options.apiKeys ?? [];
  let host = options.host;
  if (apiKeys.length === 0) {
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
      options.log?.(`No EVENTGRAPH_API_KEYS: listening on 127.0.0.1 only, not ${host} (set keys to serve other hosts).`);
    }
    host = '127.0.0.1';
    options.log?.('No EVENTGRAPH_API_KEYS set: the API is open to anyone on this machine (localhost only), mutations included.');
  }
  const armor = new ApolloArmor({
    maxDepth: { n: API_LIMITS.maxDepth },
    costLimit: { maxCost: API_LIMITS.maxCost },
    maxAliases: { n: API_LIMITS.maxAliases },
    maxTokens: { n: API_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<ApiContext>({
    schema: options.schema,
    formatError: formatApiError,
    includeStacktraceInErrorResponses: false,
    // The CLI owns shutdown (HTTP, driver, then the local Neo4j); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // graphql-armor types its plugins against Apollo's CommonJS build; they are the same objects.
    plugins: [
      ...(armor.plugins as unknown as Array<ApolloServerPlugin<ApiContext>>),
      complexityLimitPlugin<ApiContext>(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: [...armor.validationRules],
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
  app.use(graphiqlRouter());
  app.use(
    '/graphql',
    express.json({ limit: API_LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        graph: options.graph,
        loaders: createLoaders(options.graph),
        caller: callerFor(apiKeys, presentedKey(req.headers)),
        extract: options.extract,
      }),
    }),
  );
  app.use((error: Error & { type?: string; status?: number }, _request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (error.type === 'entity.too.large') {
      response.status(413).json({ errors: [{ message: `The request body is larger than ${API_LIMITS.bodyBytes}.`, extensions: { code: 'BAD_USER_INPUT' } }] });
    } else if (error.type === 'entity.parse.failed') {
      response.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
    } else next(error);
  });

  const server: Server = app.listen(options.port, host);
  server.requestTimeout = API_LIMITS.requestTimeoutMs;
  server.headersTimeout = Math.min(API_LIMITS.requestTimeoutMs, 20_000);
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
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
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
