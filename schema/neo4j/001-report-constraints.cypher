// Reports: one node per distinct text (content hash); ids are derived from the hash.
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (r:Report) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT report_content_hash IF NOT EXISTS FOR (r:Report) REQUIRE r.contentHash IS UNIQUE;
CREATE INDEX report_published_at IF NOT EXISTS FOR (r:Report) ON (r.publishedAt);
