#!/usr/bin/env node
// The installed `eventgraph` command: runs the compiled CLI (npm install builds it through `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('eventgraph: the build is missing: run `npm run build` (npm install runs it too).\n');
  process.exit(1);
}
await import(entry.href);
