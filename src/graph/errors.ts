/** Maps neo4j-driver errors to {@link EventGraphError} codes with a message that says what to do. */
import { Neo4jError } from 'neo4j-driver';
import { EventGraphError } from '../domain/errors.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED']);

/** Translates one driver error; unknown errors pass through unchanged. */
export function translateNeo4jError(error: unknown, uri: string): unknown {
  if (error instanceof EventGraphError) return error;
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new EventGraphError(
      'BAD_CONFIG',
      `Neo4j at ${uri} refused the credentials of NEO4J_USER: check NEO4J_USER and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new EventGraphError('BAD_CONFIG', `Neo4j at ${uri} has no such database: check NEO4J_DATABASE.`, { cause: error });
  }
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Could not perform discovery/.test(error.message)) {
    return new EventGraphError(
      'SERVICE_UNAVAILABLE',
      `Neo4j at ${uri} cannot be reached (${firstLine(error.message)}): start one with \`eventgraph neo4j start\`, or fix NEO4J_URI.`,
      { cause: error },
    );
  }
  return error;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).slice(0, 160);
}
