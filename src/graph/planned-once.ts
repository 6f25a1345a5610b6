/**
 * Prefix of the write statements: `CYPHER replan=skip` keeps a cached plan even when the graph's
 * statistics have changed since it was made. Every write statement starts from unique-id index
 * seeks (or, for incident linking, a hinted index), so its plan is the same on an empty graph and
 * a large one — while replanning some forty statements each time the graph grows or is emptied
 * costs seconds on a small machine, stalling ingestion.
 */
export const PLANNED_ONCE = 'CYPHER replan=skip';
