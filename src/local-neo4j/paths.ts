/** Where the local Neo4j's pieces live: the project root, the jar cache, the launcher and the pom. */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The same depth from src/local-neo4j/ and from dist/local-neo4j/ after a build. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Kept in src/ (not copied by tsc), so both the source and the built code read it from here. */
export const launcherSource = join(projectRoot, 'src/local-neo4j/EmbeddedNeo4j.java');
export const pomFile = join(projectRoot, 'src/local-neo4j/pom.xml');

/** The Neo4j version the pom pins; the cache folder is keyed by it so an upgrade refetches. */
export const NEO4J_VERSION = '5.26.19';

/** Jars live outside the project (shared by every clone on the machine), one folder per version. */
export function jarCacheDir(cacheDir: string | undefined): string {
  const base = cacheDir ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'eventgraph');
  return join(base, `neo4j-${NEO4J_VERSION}`);
}

export function resolveDataDir(dataDir: string): string {
  return isAbsolute(dataDir) ? dataDir : resolve(projectRoot, dataDir);
}
