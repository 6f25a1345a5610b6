/**
 * Turns any error into a GraphQL error with a code from the closed set and a safe message — no
 * stack, no Cypher. Parse and validation failures (armor's limits included) are BAD_USER_INPUT.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isEventGraphError } from '../domain/errors.js';
import { translateNeo4jError } from '../graph/errors.js';

const CLIENT_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
};

export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = translateNeo4jError(unwrapResolverError(error), 'the database');
  if (isEventGraphError(original)) {
    const code = original.code === 'BAD_CONFIG' || original.code === 'DEPENDENCY_MISSING' ? 'SERVICE_UNAVAILABLE' : original.code;
    const message = code === 'INTERNAL' ? 'Internal server error.' : original.message;
    if (code === 'INTERNAL') console.error('eventgraph: internal error:', original);
    return { message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES[code] !== undefined) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: CLIENT_CODES[code] } };
  }
  // The client sees no internals; the operator sees the cause in the server's log.
  console.error(`eventgraph: internal error at ${formatted.path?.join('.') ?? 'request'}:`, original);
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL' } };
}
