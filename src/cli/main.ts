/** The `eventgraph` command: parses arguments and dispatches to one module per command. */
import 'reflect-metadata';
import { Command } from 'commander';
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

const neo4j = program.command('neo4j').description('the local embedded Neo4j (fetched through Maven on first use)');
neo4j.command('start').description('start it in the background; prints its bolt:// URI').action(guarded(neo4jStartCommand));
neo4j.command('stop').description('stop it').action(guarded(neo4jStopCommand));
neo4j.command('status').description('print whether it runs (exit 3 when stopped)').action(guarded(neo4jStatusCommand));

await program.parseAsync(process.argv);
