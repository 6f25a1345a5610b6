/** One-to-one matching of gold items to system items: most pairs first, then the best pairs. */

export interface MatchedIndexes {
  gold: number;
  system: number;
}

/**
 * Finds a maximum-cardinality one-to-one matching between `goldCount` gold items and
 * `systemCount` system items; among all matchings of that size it returns one of highest total
 * quality. `qualityOf(gold, system)` is null when the two may not be paired, otherwise a
 * non-negative integer (higher is a better pair). Deterministic: the same inputs in the same
 * order always give the same pairs, sorted by gold index.
 *
 * Why not greedy: containment matching makes broad names («درعا») match narrow ones («ريف درعا
 * الغربي»), and a greedy pass can hand the narrow system entity to the broad gold one, leaving the
 * narrow gold entity unmatched even though a perfect pairing exists. The Hungarian algorithm on
 * weight `base + quality`, with `base` larger than any total quality, maximizes the pair count first.
 */
export function findMaximumMatching(
  goldCount: number,
  systemCount: number,
  qualityOf: (gold: number, system: number) => number | null,
): MatchedIndexes[] {
  if (goldCount === 0 || systemCount === 0) return [];
  const qualities: Array<Array<number | null>> = [];
  let highestQuality = 0;
  for (let gold = 0; gold < goldCount; gold += 1) {
    const row: Array<number | null> = [];
    for (let system = 0; system < systemCount; system += 1) {
      const quality = qualityOf(gold, system);
      if (quality !== null && (!Number.isInteger(quality) || quality < 0)) {
        throw new RangeError(`match quality must be a non-negative integer, got ${quality}`);
      }
      row.push(quality);
      if (quality !== null) highestQuality = Math.max(highestQuality, quality);
    }
    qualities.push(row);
  }
  const base = highestQuality * Math.min(goldCount, systemCount) + 1;
  const weightOf = (gold: number, system: number): number => {
    const quality = qualities[gold]?.[system] ?? null;
    return quality === null ? 0 : base + quality;
  };

  // The assignment routine wants no more rows than columns.
  const transposed = goldCount > systemCount;
  const rows = transposed ? systemCount : goldCount;
  const columns = transposed ? goldCount : systemCount;
  const weight = (row: number, column: number): number =>
    transposed ? weightOf(column, row) : weightOf(row, column);
  const columnOfRow = assignMaximumWeight(rows, columns, weight);

  const pairs: MatchedIndexes[] = [];
  columnOfRow.forEach((column, row) => {
    if (weight(row, column) === 0) return; // assigned only to fill the square: not a pair
    pairs.push(transposed ? { gold: column, system: row } : { gold: row, system: column });
  });
  return pairs.sort((a, b) => a.gold - b.gold);
}

/**
 * Hungarian algorithm (potentials form, O(rows² · columns)) for rows ≤ columns. Returns, for each
 * row, the column assigned to it so that the total weight is maximal.
 */
function assignMaximumWeight(rows: number, columns: number, weight: (row: number, column: number) => number): number[] {
  let highest = 0;
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) highest = Math.max(highest, weight(row, column));
  }
  // Minimizing highest − weight maximizes weight; indexes below are 1-based, 0 is the sentinel.
  const cost = (row: number, column: number): number => highest - weight(row - 1, column - 1);
  const rowPotential = new Array<number>(rows + 1).fill(0);
  const columnPotential = new Array<number>(columns + 1).fill(0);
  const rowOfColumn = new Array<number>(columns + 1).fill(0);
  const previousColumn = new Array<number>(columns + 1).fill(0);
  const read = (values: number[], index: number): number => values[index] ?? 0;

  for (let row = 1; row <= rows; row += 1) {
    rowOfColumn[0] = row;
    let column = 0;
    const slack = new Array<number>(columns + 1).fill(Number.POSITIVE_INFINITY);
    const visited = new Array<boolean>(columns + 1).fill(false);
    do {
      visited[column] = true;
      const currentRow = read(rowOfColumn, column);
      let delta = Number.POSITIVE_INFINITY;
      let nextColumn = 0;
      for (let candidate = 1; candidate <= columns; candidate += 1) {
        if (visited[candidate]) continue;
        const reduced = cost(currentRow, candidate) - read(rowPotential, currentRow) - read(columnPotential, candidate);
        if (reduced < read(slack, candidate)) {
          slack[candidate] = reduced;
          previousColumn[candidate] = column;
        }
        if (read(slack, candidate) < delta) {
          delta = read(slack, candidate);
          nextColumn = candidate;
        }
      }
      for (let candidate = 0; candidate <= columns; candidate += 1) {
        if (visited[candidate]) {
          const assignedRow = read(rowOfColumn, candidate);
          rowPotential[assignedRow] = read(rowPotential, assignedRow) + delta;
          columnPotential[candidate] = read(columnPotential, candidate) - delta;
        } else {
          slack[candidate] = read(slack, candidate) - delta;
        }
      }
      column = nextColumn;
    } while (read(rowOfColumn, column) !== 0);
    do {
      const before = read(previousColumn, column);
      rowOfColumn[column] = read(rowOfColumn, before);
      column = before;
    } while (column !== 0);
  }

  const columnOfRow = new Array<number>(rows).fill(0);
  for (let column = 1; column <= columns; column += 1) {
    const row = read(rowOfColumn, column);
    if (row !== 0) columnOfRow[row - 1] = column - 1;
  }
  return columnOfRow;
}
