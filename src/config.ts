/**
 * Environment → typed, validated configuration, read once at start. A bad setting becomes one
 * {@link EventGraphError} naming the variable and the fix; nothing else reads process.env.
 */
import { z } from 'zod';
import { EventGraphError } from './domain/errors.js';

const portSchema = z.coerce.number().int().min(1).max(65535);

const environmentSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/, 'must look like bolt://host:7687 or neo4j://host:7687')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name').default('neo4j'),
  // 0 asks the OS for a free port (tests do).
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).optional(),
  LOCAL_NEO4J_BOLT_PORT: portSchema.default(7687),
  LOCAL_NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  LOCAL_NEO4J_HEAP: z.string().regex(/^\d+[mMgG]$/, 'must be like 512m or 1g').default('1g'),
  LOCAL_NEO4J_PAGECACHE: z.string().regex(/^\d+[mMgG]$/, 'must be like 256m or 1g').default('256m'),
  LOCAL_NEO4J_JAVA: z.string().min(1).optional(),
  EVENTGRAPH_CACHE_DIR: z.string().min(1).optional(),
  // "key1:editor,key2:reader": API keys and their roles; unset means an open server bound to localhost.
  EVENTGRAPH_API_KEYS: z
    .string()
    .regex(/^\s*[^\s,:]{16,}:(reader|editor)\s*(,\s*[^\s,:]{16,}:(reader|editor)\s*)*$/, 'must be key:role pairs like k3y…:editor,r3ad…:reader (keys of 16+ characters, roles reader or editor)')
    .optional(),
});

export interface Neo4jConnection {
  /** Unset means: start (or reuse) the project's local embedded Neo4j. */
  uri: string | undefined;
  user: string;
  password: string | undefined;
  database: string;
}

export interface LocalNeo4jSettings {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  cacheDir: string | undefined;
  /** A java executable to use instead of searching JAVA_HOME, the PATH and /usr/lib/jvm. */
  java?: string | undefined;
}

export interface Config {
  neo4j: Neo4jConnection;
  localNeo4j: LocalNeo4jSettings;
  http: { port: number; host: string | undefined };
  /** API keys with their roles; empty: the server is open and binds to localhost only. */
  apiKeys: Array<{ key: string; role: 'reader' | 'editor' }>;
}

/** Reads and validates the environment; throws a BAD_CONFIG error naming the first bad variable. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blankless);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const given = environment[variable];
    throw new EventGraphError(
      'BAD_CONFIG',
      `${variable}=${JSON.stringify(given)} is not valid: ${issue?.message ?? 'invalid'}. Fix or unset ${variable} (see README, Configuration).`,
    );
  }
  const value = parsed.data;
  return {
    neo4j: {
      uri: value.NEO4J_URI,
      user: value.NEO4J_USER,
      password: value.NEO4J_PASSWORD,
      database: value.NEO4J_DATABASE,
    },
    localNeo4j: {
      boltPort: value.LOCAL_NEO4J_BOLT_PORT,
      dataDir: value.LOCAL_NEO4J_DATA_DIR,
      heap: value.LOCAL_NEO4J_HEAP,
      pageCache: value.LOCAL_NEO4J_PAGECACHE,
      cacheDir: value.EVENTGRAPH_CACHE_DIR,
      java: value.LOCAL_NEO4J_JAVA,
    },
    http: { port: value.PORT, host: value.HOST },
    apiKeys: (value.EVENTGRAPH_API_KEYS ?? '')
      .split(',')
      .map((pair) => pair.trim())
      .filter((pair) => pair.length > 0)
      .map((pair) => {
        const [key, role] = pair.split(':') as [string, 'reader' | 'editor'];
        return { key, role };
      }),
  };
}
