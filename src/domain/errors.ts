/**
 * The one error type of EventGraph, with a closed set of codes. Each layer translates what it
 * catches into this (graph/ maps Neo4j errors, config maps bad settings), and each boundary (the
 * CLI, the HTTP API) prints the message — which always says what to do next — never a stack.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'BAD_CONFIG',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'DEPENDENCY_MISSING',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class EventGraphError extends Error {
  override readonly name = 'EventGraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isEventGraphError(error: unknown): error is EventGraphError {
  return error instanceof EventGraphError;
}
