/**
 * What a table's cells measure when no label says: a table beside an article's text mostly repeats the text's figures
 * ("| Amazon | $131 billion (2025) | ~$200 billion |" under "| Company | Last full year (actual) | 2026 plan |" beside
 * "plans roughly $200 billion of capital expenditures in 2026, up from the $131 billion it spent last year"), so a
 * reader takes a cell as the measure the text gives the same company's same figure, and a column as the one measure
 * its cells so take. Pure functions, read by the table reader in extractClaims.ts.
 */
import type { Value } from '../schemas.ts';
import { findEntities } from './entities.ts';
import { findValues } from './parseValue.ts';
import { companyGroup } from './vocabulary.ts';

/** What the text states of a figure, as far as naming its measure goes. */
interface Stated {
  subject: string | null;
  metric: string | null;
  value: Value | null;
}

/** The measure, by name, of each cell of a table's rows (`[row][column]`), or null where the text gives none. */
export type CellMetrics = (string | null)[][];

/** The one element of `names`, or null where there are none or several. */
const oneOf = (names: Iterable<string>): string | null => {
  const distinct = new Set(names);
  return distinct.size === 1 ? [...distinct][0]! : null;
};

/**
 * The measure the article's `text` gives each cell's figure: for a cell whose row's first cell names a company, the one
 * measure of the text's statements of that company's group with the same amount in the same unit; else the one measure
 * the column's other cells take so ("| Alphabet | $91.4 billion (2025) |" in the column of Amazon's $131 billion of
 * capex is Alphabet's capex). A column whose cells the text gives two measures of is left unmeasured.
 */
export function cellMetricsFromText(rows: readonly (readonly string[])[], text: readonly Stated[]): CellMetrics {
  const own = rows.map((row) => {
    const groups = new Set(findEntities(row[0] ?? '').map((e) => companyGroup(e.name)));
    // The text's measured statements of the row's company, read once for all its cells.
    const ofRow = groups.size === 0 ? [] : text.filter((t) => t.metric !== null && t.subject !== null && t.value !== null && groups.has(companyGroup(t.subject)));
    return row.map((cell, column) => {
      if (column === 0 || groups.size === 0) return null;
      const values = findValues(cell);
      return oneOf(ofRow.filter((t) => values.some((v) => v.value.unit === t.value!.unit && v.value.amount === t.value!.amount)).map((t) => t.metric!));
    });
  });
  const width = Math.max(0, ...rows.map((row) => row.length));
  const ofColumn = Array.from({ length: width }, (_, column) => oneOf(own.flatMap((row) => (row[column] ? [row[column]] : []))));
  return own.map((row) => row.map((metric, column) => metric ?? ofColumn[column] ?? null));
}
