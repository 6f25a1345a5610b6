import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../setup/run-cli.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  return !isAlive(pid);
}

describe('eventgraph neo4j start|stop|status', () => {
  it('starts a detached Neo4j, reuses it on a second start, and stop leaves no Java process', async () => {
    const environment = { LOCAL_NEO4J_BOLT_PORT: '7695', LOCAL_NEO4J_DATA_DIR: await mkdtemp(join(tmpdir(), 'eventgraph-lifecycle-')) };
    const first = await runCli(['neo4j', 'start'], environment, 240_000);
    expect(first.stdout.trim()).toBe('bolt://127.0.0.1:7695');
    const status = await runCli(['neo4j', 'status'], environment);
    const pid = Number(/pid (\d+)/.exec(status.stdout)?.[1]);
    expect(status.stdout).toMatch(/^running bolt:\/\/127\.0\.0\.1:7695 \(pid \d+\)/);

    const second = await runCli(['neo4j', 'start'], environment);
    expect([second.code, second.stdout.trim(), second.stderr.trim()]).toEqual([0, 'bolt://127.0.0.1:7695', `Neo4j is already running (pid ${pid}).`]);

    const stop = await runCli(['neo4j', 'stop'], environment);
    expect(stop.stdout.trim()).toBe('Neo4j stopped.');
    expect(isAlive(pid)).toBe(false);
    const after = await runCli(['neo4j', 'status'], environment);
    expect([after.code, after.stdout.trim()]).toEqual([3, 'stopped']);
  }, 300_000);

  it('shuts the Neo4j down when the process that started it is killed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'eventgraph-orphan-'));
    const script = `
      const { startAttachedNeo4j } = await import(${JSON.stringify(new URL('../../dist/local-neo4j/index.js', import.meta.url).href)});
      const neo4j = await startAttachedNeo4j({ boltPort: 7694, dataDir: ${JSON.stringify(dataDir)}, heap: '512m', pageCache: '64m', cacheDir: undefined });
      console.log('PID ' + neo4j.pid);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const javaPid = await new Promise<number>((resolve, reject) => {
      let output = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /PID (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    expect(isAlive(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntilGone(javaPid, 90_000)).toBe(true);
  }, 300_000);
});
