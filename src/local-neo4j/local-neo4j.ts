/**
 * Starts, stops and reports on the project's embedded Neo4j (EmbeddedNeo4j.java). Two ways to run
 * it: attached to this process (dies with it: stdin is the watchdog) for `npm start` and the tests,
 * or detached with a pid file for `eventgraph neo4j start|stop|status`. Either way a second start
 * on the same data folder reuses the instance that is already running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jSettings } from '../config.js';
import { EventGraphError } from '../domain/errors.js';
import { ensureNeo4jJars } from './fetch-neo4j.js';
import { findJava } from './find-java.js';
import { launcherSource, resolveDataDir } from './paths.js';

/** Neo4j 5 on Java 17 needs these module opens (its own embedded tests pass them). */
const JAVA_MODULE_OPENS = [
  'java.base/java.nio',
  'java.base/sun.nio.ch',
  'java.base/java.io',
  'java.base/java.lang',
  'java.base/java.util',
  'java.base/java.util.concurrent',
].map((module) => `--add-opens=${module}=ALL-UNNAMED`);

const START_TIMEOUT_MS = 4 * 60_000;
const STOP_TIMEOUT_MS = 60_000;

export interface RunningNeo4j {
  uri: string;
  pid: number;
  /** True when this call started it; false when an instance was already running. */
  started: boolean;
  /** Stops it if this process owns it (attached start); a no-op for a reused instance. */
  stop(): Promise<void>;
}

interface PidFile {
  pid: number;
  port: number;
  uri: string;
}

const pidFilePath = (dataDir: string) => join(dataDir, 'eventgraph-neo4j.pid.json');
const logFilePath = (dataDir: string) => join(dataDir, 'eventgraph-neo4j.out');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function readRunning(dataDir: string): Promise<PidFile | null> {
  try {
    const content = JSON.parse(await readFile(pidFilePath(dataDir), 'utf8')) as PidFile;
    if (isAlive(content.pid) && (await isPortOpen(content.port))) return content;
  } catch {
    // No pid file, or a stale one: nothing is running.
  }
  return null;
}

async function prepareLaunch(settings: LocalNeo4jSettings, log: (line: string) => void, detached: boolean) {
  const java = await findJava(settings.java);
  const jars = await ensureNeo4jJars(settings.cacheDir, log);
  if (await isPortOpen(settings.boltPort)) {
    throw new EventGraphError(
      'BAD_CONFIG',
      `Port ${settings.boltPort} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot listen there. Set LOCAL_NEO4J_BOLT_PORT to a free port, or point NEO4J_URI at the Neo4j that is listening.`,
    );
  }
  const args = [
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    ...JAVA_MODULE_OPENS,
    '-cp',
    `${jars.libDir}/*`,
    launcherSource,
    resolveDataDir(settings.dataDir),
    String(settings.boltPort),
    settings.pageCache,
    jars.pluginDir,
    ...(detached ? ['--detached'] : []),
  ];
  return { java: java.executable, args };
}

/** Resolves with the READY uri, or rejects with the launcher's FAILED reason or an exit. */
function waitForReady(child: ChildProcess, readOutput: () => string, dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    const timer = setInterval(() => {
      const output = readOutput();
      const ready = /^READY (\S+)/m.exec(output);
      const failed = /^FAILED (.*)$/m.exec(output);
      if (ready?.[1]) finish(() => resolve(ready[1] as string));
      else if (failed) finish(() => reject(launchError(failed[1] ?? 'unknown reason', dataDir)));
      else if (child.exitCode !== null || child.signalCode !== null)
        finish(() => reject(launchError(`the Java process exited (${child.exitCode ?? child.signalCode})`, dataDir)));
      else if (Date.now() > deadline)
        finish(() => reject(launchError(`not ready after ${START_TIMEOUT_MS / 1000} s`, dataDir)));
    }, 100);
    const finish = (settle: () => void) => {
      clearInterval(timer);
      settle();
    };
  });
}

function launchError(reason: string, dataDir: string): EventGraphError {
  const hint = /address already in use|bind/i.test(reason)
    ? 'Set LOCAL_NEO4J_BOLT_PORT to a free port.'
    : /lock/i.test(reason)
      ? 'Another Neo4j uses this data folder: stop it with `eventgraph neo4j stop`, or set LOCAL_NEO4J_DATA_DIR.'
      : `See ${join(dataDir, 'logs/debug.log')}.`;
  return new EventGraphError('SERVICE_UNAVAILABLE', `The local Neo4j did not start: ${reason.slice(0, 300)}. ${hint}`);
}

/**
 * Starts Neo4j as a child of this process, or reuses the instance already running on the same data
 * folder. The child shuts down when this process exits, however it exits (stdin EOF).
 */
export async function startAttachedNeo4j(
  settings: LocalNeo4jSettings,
  log: (line: string) => void = () => {},
): Promise<RunningNeo4j> {
  const dataDir = resolveDataDir(settings.dataDir);
  const running = await readRunning(dataDir);
  if (running) return { uri: running.uri, pid: running.pid, started: false, stop: async () => {} };

  await mkdir(dataDir, { recursive: true });
  const { java, args } = await prepareLaunch(settings, log, false);
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.resume(); // javac notes and JVM warnings; Neo4j logs to its own files
  // The pipe must stay referenced by the child but must not keep our event loop alive.
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();
  const uri = await waitForReady(child, () => output, dataDir).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  await writeFile(pidFilePath(dataDir), JSON.stringify({ pid: child.pid, port: settings.boltPort, uri }));
  return {
    uri,
    pid: child.pid ?? -1,
    started: true,
    stop: () => stopProcess(child.pid ?? -1, dataDir, child),
  };
}

/** `eventgraph neo4j start`: a Neo4j that outlives this command, until `eventgraph neo4j stop`. */
export async function startDetachedNeo4j(
  settings: LocalNeo4jSettings,
  log: (line: string) => void = () => {},
): Promise<RunningNeo4j> {
  const dataDir = resolveDataDir(settings.dataDir);
  const running = await readRunning(dataDir);
  if (running) return { uri: running.uri, pid: running.pid, started: false, stop: () => stopProcess(running.pid, dataDir) };

  await mkdir(dataDir, { recursive: true });
  const { java, args } = await prepareLaunch(settings, log, true);
  const logFile = logFilePath(dataDir);
  const out = openSync(logFile, 'w');
  const child = spawn(java, args, { stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  child.unref();
  const uri = await waitForReady(child, () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''), dataDir).catch(
    (error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    },
  );
  await writeFile(pidFilePath(dataDir), JSON.stringify({ pid: child.pid, port: settings.boltPort, uri }));
  return { uri, pid: child.pid ?? -1, started: true, stop: () => stopProcess(child.pid ?? -1, dataDir) };
}

/**
 * SIGTERM, then SIGKILL after {@link STOP_TIMEOUT_MS}. For our own child we wait for its exit event:
 * polling its pid would see the unreaped zombie as alive.
 */
async function stopProcess(pid: number, dataDir: string, child?: ChildProcess): Promise<void> {
  if (child) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
  } else if (pid > 0 && isAlive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  await rm(pidFilePath(dataDir), { force: true });
}

/** Stops the Neo4j running on this data folder; returns false when none was running. */
export async function stopLocalNeo4j(settings: LocalNeo4jSettings): Promise<boolean> {
  const dataDir = resolveDataDir(settings.dataDir);
  const running = await readRunning(dataDir);
  if (!running) {
    await rm(pidFilePath(dataDir), { force: true });
    return false;
  }
  await stopProcess(running.pid, dataDir);
  return true;
}

export async function readLocalNeo4jStatus(settings: LocalNeo4jSettings): Promise<{ uri: string; pid: number } | null> {
  const running = await readRunning(resolveDataDir(settings.dataDir));
  return running ? { uri: running.uri, pid: running.pid } : null;
}
