/** Fetches the Neo4j Community + APOC jar closure through Maven, once, into the jar cache. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EventGraphError } from '../domain/errors.js';
import { NEO4J_VERSION, jarCacheDir, pomFile } from './paths.js';

const run = promisify(execFile);
const COMPLETE_MARKER = '.complete';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export interface Neo4jJars {
  /** Folder of every jar Neo4j needs, for the classpath. */
  libDir: string;
  /** Folder holding only the APOC jars, for Neo4j's plugin directory. */
  pluginDir: string;
}

/**
 * Returns the cached jars, fetching them first when absent. The fetch writes into a temporary
 * folder and renames it into place, so an interrupted fetch never leaves a half cache behind.
 * Throws DEPENDENCY_MISSING when Maven is absent or cannot reach its repository.
 */
export async function ensureNeo4jJars(
  cacheDir: string | undefined,
  log: (line: string) => void = () => {},
): Promise<Neo4jJars> {
  const root = jarCacheDir(cacheDir);
  const jars = { libDir: join(root, 'lib'), pluginDir: join(root, 'plugins') };
  if (existsSync(join(root, COMPLETE_MARKER))) return jars;

  log(`Fetching Neo4j Community ${NEO4J_VERSION} and APOC through Maven into ${root} (once, ~120 MB)…`);
  const staging = `${root}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await run(
      'mvn',
      // The plugin is named in full so that an offline Maven fails on the download, with that reason.
      ['-q', '-B', '-f', pomFile, `${DEPENDENCY_PLUGIN}:copy-dependencies`, `-DoutputDirectory=${join(staging, 'lib')}`],
      { timeout: 20 * 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new EventGraphError('DEPENDENCY_MISSING', describeMavenFailure(error), { cause: error });
  }
  await mkdir(join(staging, 'plugins'), { recursive: true });
  for (const jar of await readdir(join(staging, 'lib'))) {
    if (jar.startsWith('apoc-')) await copyFile(join(staging, 'lib', jar), join(staging, 'plugins', jar));
  }
  await writeFile(join(staging, COMPLETE_MARKER), `${NEO4J_VERSION}\n`);
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, '..'), { recursive: true });
  await rename(staging, root);
  return jars;
}

function describeMavenFailure(error: unknown): string {
  const failure = error as { code?: string; stdout?: string; stderr?: string };
  if (failure.code === 'ENOENT') {
    return 'Maven (mvn) is not installed: the local Neo4j is fetched through Maven. Install it (apt-get install maven), or set NEO4J_URI to an existing Neo4j 5.';
  }
  const output = `${failure.stdout ?? ''}\n${failure.stderr ?? ''}`;
  const reason =
    output
      .split('\n')
      // eslint-disable-next-line no-control-regex -- strips ANSI colour codes from Maven's output
      .map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim())
      .find((line) => line.startsWith('[ERROR]') && line.length > 10)
      ?.replace(/^\[ERROR\]\s*/, '') ?? 'mvn exited with an error';
  return `Fetching Neo4j through Maven failed: ${reason.slice(0, 400)}. Check that Maven Central is reachable (or ~/.m2 holds the jars), or set NEO4J_URI to an existing Neo4j 5.`;
}
