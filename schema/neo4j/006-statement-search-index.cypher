// Full-text search over what reports state: the evidence span on every (:Event|:Claim)-[:REPORTED_IN]->(:Report),
// so search(text) finds events and claims by their words through an index instead of scanning
// every statement (src/graph/read-search.ts). Arabic analyzer: folds and stems Arabic words, and
// still tokenizes and lower-cases Latin text.
CREATE FULLTEXT INDEX statement_text_ar IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON EACH [r.evidence]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
