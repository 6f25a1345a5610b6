/**
 * Writing a relationship whose type comes with the row. Why not a parameter: Neo4j 5.26 plans
 * `MERGE (a)-[:$(type)]->(b)` as a scan of every relationship in the database, while a literal
 * type expands only the two bound nodes. So one statement carries a UNION branch per type of a
 * closed list, each with its literal type; a row takes the branch of its `row.type`. The types are
 * checked against the identifier syntax before they are placed in the text: no input reaches Cypher.
 */
export function relationshipOfRowType(
  allowed: readonly string[],
  clause: 'MERGE' | 'MATCH',
  subject: string,
  object: string,
  variable = 'relation',
): string {
  const branches = allowed.map((type) => {
    if (!/^[A-Z][A-Z_]*$/u.test(type)) throw new Error(`not a relationship type: ${type}`);
    return `  WITH * WHERE row.type = '${type}' ${clause} (${subject})-[${variable}:${type}]->(${object}) RETURN ${variable}`;
  });
  return `CALL (${subject}, ${object}, row) {\n${branches.join('\n  UNION ALL\n')}\n}`;
}

/** An actor or a place by the id in `row.<field>`, as `variable` (ids of the two never collide). */
export function entityById(field: string, variable: string): string {
  return `CALL (row) {
  MATCH (node:Actor {id: row.${field}}) RETURN node AS ${variable}
  UNION ALL
  MATCH (node:Location {id: row.${field}}) RETURN node AS ${variable}
}`;
}
