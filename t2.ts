import { readFileSync } from 'node:fs';
import { extractReport } from '/work/main/src/extract/index.js';
const file = process.argv[2]!;
const idx = JSON.parse(readFileSync('/work/shared/corpus/dev/index.json','utf8')).find((r: any) => r.file.startsWith(file));
const text = readFileSync(`/work/shared/corpus/dev/${idx.file}`, 'utf8');
const x = extractReport(text, { publishedAt: idx.published ?? undefined });
for (const e of x.events) console.log(e.type, 'A=', e.agents.join(','), 'T=', e.targets.join(','), 'L=', e.locations.join(','), '|', e.evidence.text.slice(0, 90), '| time', e.time?.text, e.time?.from);
for (const c of x.claims) console.log('CLAIM', c.claimant.role, c.status, '|', c.evidence.text.slice(0, 80));
