/**
 * Statements whose relationship type varies, one per type from a closed list. Why not a
 * parameter: Neo4j 5.26 plans `MERGE (a)-[:$(type)]->(b)` as a scan of every relationship in the
 * database, while a literal type expands only the two bound nodes. The type is checked against
 * the list and the identifier syntax before it is placed in the text, so no input reaches Cypher.
 */
export function statementPerType<Type extends string>(
  allowed: readonly Type[],
  build: (type: Type) => string,
): (type: string) => string {
  const statements = new Map<string, string>();
  for (const type of allowed) {
    if (!/^[A-Z][A-Z_]*$/u.test(type)) throw new Error(`not a relationship type: ${type}`);
    statements.set(type, build(type));
  }
  return (type) => {
    const statement = statements.get(type);
    if (statement === undefined) throw new Error(`relationship type ${type} is not one of ${allowed.join(', ')}`);
    return statement;
  };
}

/** Groups rows by their relationship type, in first-seen order. */
export function groupByType<Row extends { type: string }>(rows: Row[]): Array<[string, Row[]]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.type);
    if (group) group.push(row);
    else groups.set(row.type, [row]);
  }
  return [...groups.entries()];
}
