/** The `eventgraph` command: parses arguments and dispatches to one module per command. */
import 'reflect-metadata';
import { Command } from 'commander';
import { deleteReportCommand } from './delete-report-command.js';
import { ingestCommand } from './ingest-command.js';
import { evalCommand } from './eval-command.js';
import { extractCommand } from './extract-command.js';
import { neo4jStartCommand, neo4jStatusCommand, neo4jStopCommand } from './neo4j-command.js';
import { guarded } from './run-command.js';
import { serveCommand } from './serve-command.js';

const program = new Command('eventgraph')
  .description('Arabic conflict reports → an event knowledge graph in Neo4j, served over GraphQL.')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the GraphQL API (starts the local Neo4j when NEO4J_URI is unset)')
  .action(guarded(serveCommand));

program
  .command('ingest')
  .description('extract reports (files, or folders of .txt files) and write them into the graph; skips texts already there')
  .argument('<paths...>', 'report files and folders')
  .option('--source <name>', 'the outlet the reports come from')
  .option('--published <YYYY-MM-DD>', 'the publication date, which anchors relative dates')
  .option('--language <code>', 'the reports\' language (default: detected)')
  .option('--batch-size <n>', 'reports per write transaction (a failed batch is retried report by report)')
  .action(guarded(ingestCommand));

program
  .command('delete-report')
  .description('retract a report: removes what only it supported and recounts what others share')
  .argument('<id>', 'the report id, e.g. report:0123456789abcdef')
  .action(guarded(deleteReportCommand));

const neo4j = program.command('neo4j').description('the local embedded Neo4j (fetched through Maven on first use)');
neo4j.command('start').description('start it in the background; prints its bolt:// URI').action(guarded(neo4jStartCommand));
neo4j.command('stop').description('stop it').action(guarded(neo4jStopCommand));
neo4j.command('status').description('print whether it runs (exit 3 when stopped)').action(guarded(neo4jStatusCommand));

program
  .command('extract')
  .description('print the extraction of each report file as JSON (one document per line for several files)')
  .argument('<files...>', 'report text files (UTF-8)')
  .option('--published <date>', 'publication date YYYY-MM-DD, anchors relative dates')
  .option('--source <name>', 'the outlet, e.g. SY24')
  .option('--pretty', 'indent the JSON (one file only)')
  .action(guarded(extractCommand));

program
  .command('eval')
  .description('score extraction against gold files (precision, recall, F1)')
  .argument('<goldDir>', 'folder of gold JSON files; the reports sit in its parent folder')
  .option('--verbose', 'list every miss and false positive')
  .action(guarded(evalCommand));

await program.parseAsync(process.argv);
