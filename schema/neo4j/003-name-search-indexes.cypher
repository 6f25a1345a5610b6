// Full-text search over actor and place names and aliases (Lucene query syntax: escape user input).
// Two analyzers per label: 'arabic' (stems and folds Arabic) and 'english' (stems English names).
// Query with: CALL db.index.fulltext.queryNodes('actor_names_ar', $query) YIELD node, score
CREATE FULLTEXT INDEX actor_names_ar IF NOT EXISTS FOR (a:Actor) ON EACH [a.nameAr, a.name, a.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX actor_names_en IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX location_names_ar IF NOT EXISTS FOR (l:Location) ON EACH [l.nameAr, l.name, l.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX location_names_en IF NOT EXISTS FOR (l:Location) ON EACH [l.name, l.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
