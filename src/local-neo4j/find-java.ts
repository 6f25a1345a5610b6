/** Finds a Java 17 or 21 runtime for Neo4j 5.26, or fails with what to install. */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EventGraphError } from '../domain/errors.js';

const run = promisify(execFile);
/** Neo4j 5.26 runs on exactly these Java feature releases; it refuses 22+ (Temurin 25 is common here). */
const SUPPORTED_MAJORS = [17, 21];

export interface JavaRuntime {
  executable: string;
  major: number;
}

async function readJavaMajor(executable: string): Promise<number | null> {
  try {
    const { stderr, stdout } = await run(executable, ['-version'], { timeout: 15_000 });
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    if (!match) return null;
    const first = Number(match[1]);
    return first === 1 ? Number(match[2]) : first;
  } catch {
    return null;
  }
}

/**
 * With `explicitJava` (LOCAL_NEO4J_JAVA) tries only that; otherwise JAVA_HOME, then `java` on the
 * PATH, then the JDKs under /usr/lib/jvm. Returns the first of a supported version; throws
 * DEPENDENCY_MISSING naming what was found.
 */
export async function findJava(explicitJava: string | undefined, environment: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const candidates: string[] = [];
  if (explicitJava) candidates.push(explicitJava);
  else {
    if (environment.JAVA_HOME) candidates.push(join(environment.JAVA_HOME, 'bin', 'java'));
    candidates.push('java');
    try {
      for (const entry of (await readdir('/usr/lib/jvm')).sort()) candidates.push(join('/usr/lib/jvm', entry, 'bin', 'java'));
    } catch {
      // No /usr/lib/jvm on this system: the PATH is all we have.
    }
  }
  const seen: string[] = [];
  for (const executable of candidates) {
    const major = await readJavaMajor(executable);
    if (major === null) continue;
    if (SUPPORTED_MAJORS.includes(major)) return { executable, major };
    seen.push(`${executable} is Java ${major}`);
  }
  const where = explicitJava ? `LOCAL_NEO4J_JAVA=${explicitJava}` : 'JAVA_HOME, the PATH or /usr/lib/jvm';
  const found = seen.length > 0 ? `found only: ${seen.join('; ')}` : `no java found in ${where}`;
  throw new EventGraphError(
    'DEPENDENCY_MISSING',
    `The local Neo4j needs Java 17 or 21 (${found}). Install one (e.g. apt-get install openjdk-17-jre-headless) and set JAVA_HOME or LOCAL_NEO4J_JAVA, or set NEO4J_URI to an existing Neo4j 5.`,
  );
}
