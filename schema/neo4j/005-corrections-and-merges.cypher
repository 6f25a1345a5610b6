// Analysts' corrections (src/graph/correction-log.ts): one node per change, found by id and by
// the node it corrected (which may since have been retracted, so by property, not only by edge).
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE INDEX correction_target IF NOT EXISTS FOR (c:Correction) ON (c.targetId);
// Actors merged away by an analyst (src/graph/merge-actors.ts): `(:MergedActor {id})-[:MERGED_INTO]->(:Actor)`
// so ingestion sends a later report's mention of the old id to the actor that absorbed it.
CREATE CONSTRAINT merged_actor_id IF NOT EXISTS FOR (m:MergedActor) REQUIRE m.id IS UNIQUE;
