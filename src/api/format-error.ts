/** Turns any resolver error into a GraphQL error with a code and a safe message — no stack, no Cypher. */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isEventGraphError } from '../domain/errors.js';
import { translateNeo4jError } from '../graph/errors.js';

export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = translateNeo4jError(unwrapResolverError(error), 'the database');
  if (isEventGraphError(original)) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Apollo's own client errors (parse, validation, bad request) are safe to show as they are.
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  // The client sees no internals; the operator sees the cause in the server's log.
  console.error(`eventgraph: internal error at ${formatted.path?.join('.') ?? 'request'}:`, original);
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL' } };
}
