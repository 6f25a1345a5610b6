/** The CLI's error boundary: one clear line on stderr and a non-zero exit, never a stack trace. */
import { isEventGraphError } from '../domain/errors.js';

export function reportFailure(error: unknown): never {
  if (isEventGraphError(error)) {
    process.stderr.write(`eventgraph: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`eventgraph: unexpected error: ${message.split('\n')[0]} (set EVENTGRAPH_DEBUG=1 for details)\n`);
    if (process.env.EVENTGRAPH_DEBUG) console.error(error);
  }
  process.exit(1);
}

/** Wraps a command action so that any failure goes through {@link reportFailure}. */
export function guarded<Arguments extends unknown[]>(action: (...args: Arguments) => Promise<void>) {
  return async (...args: Arguments): Promise<void> => {
    try {
      await action(...args);
    } catch (error) {
      reportFailure(error);
    }
  };
}
