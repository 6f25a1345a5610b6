/** Runs the built `eventgraph` command as a user would, and collects its exit code and output. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/eventgraph.js', import.meta.url));

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], environment: Record<string, string | undefined> = {}, timeoutMs = 120_000): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NEO4J_URI: undefined, ...environment } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`eventgraph ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Exactly one `eventgraph:` error line on stderr and no stack frames: what an operator should see
 * for a bad setting (progress lines such as "Fetching…" may precede it).
 */
export function expectOneClearLine(stderr: string): string {
  const errors = stderr.split('\n').filter((line) => line.startsWith('eventgraph:'));
  if (errors.length !== 1 || /^\s+at\s/m.test(stderr)) throw new Error(`expected one error line without a stack, got:\n${stderr}`);
  return errors[0] as string;
}
