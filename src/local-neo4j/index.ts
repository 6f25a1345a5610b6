/** The project's own embedded Neo4j, fetched through Maven: what the CLI, main and tests use. */
export { startAttachedNeo4j, startDetachedNeo4j, stopLocalNeo4j, readLocalNeo4jStatus } from './local-neo4j.js';
export type { RunningNeo4j } from './local-neo4j.js';
export { NEO4J_VERSION } from './paths.js';
