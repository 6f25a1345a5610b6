/**
 * API keys and roles. With keys configured, every request needs one (`authorization: Bearer <key>`
 * or `x-api-key: <key>`): none or an unknown one is UNAUTHENTICATED; mutations need `editor`, a
 * `reader` gets FORBIDDEN. Without keys the server is open (every caller an editor) and binds to
 * localhost only (see http-server.ts).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { EventGraphError } from '../domain/errors.js';

export type Role = 'reader' | 'editor';

export interface ApiKey {
  key: string;
  role: Role;
}

export interface Caller {
  role: Role;
  /** Recorded on corrections: `key:<first 8 hex of the key's sha256>`, or `open-localhost`. */
  who: string;
}

export function callerFor(keys: readonly ApiKey[], presented: string | undefined): Caller {
  if (keys.length === 0) return { role: 'editor', who: 'open-localhost' };
  const match = presented === undefined ? undefined : keys.find((candidate) => sameKey(candidate.key, presented));
  if (match === undefined) {
    throw new GraphQLError(
      presented === undefined
        ? 'This server needs an API key: send `authorization: Bearer <key>` (keys are set in EVENTGRAPH_API_KEYS).'
        : 'The API key is not known to this server: check it against EVENTGRAPH_API_KEYS.',
      { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
    );
  }
  return { role: match.role, who: `key:${createHash('sha256').update(match.key).digest('hex').slice(0, 8)}` };
}

/** The key a request presents, from `authorization: Bearer …` or `x-api-key`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === 'string' && /^Bearer\s+\S+$/i.test(authorization.trim())) return authorization.trim().split(/\s+/)[1];
  const header = headers['x-api-key'];
  return typeof header === 'string' && header.length > 0 ? header : undefined;
}

export function requireEditor(caller: Caller): void {
  if (caller.role !== 'editor') {
    throw new EventGraphError('FORBIDDEN', 'Changing the graph needs an editor key; this key is a reader.');
  }
}

function sameKey(known: string, presented: string): boolean {
  const left = createHash('sha256').update(known).digest();
  const right = createHash('sha256').update(presented).digest();
  return timingSafeEqual(left, right);
}
