/**
 * Markdown pipe tables → `Table` records, parsed by remark's own parser (never by
 * hand), with a warning for every row whose cell count differs from the header's.
 * Cells keep their text; markup inside a cell becomes plain text (it is escaped when
 * rendered). We call remark-parse's engine (mdast-util-from-markdown) with only
 * remark-gfm's table extension: the other GFM extensions (autolinks, footnotes…)
 * cost 40% of the time and change nothing in a table's cells.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import type { Table } from '../schemas.ts';
import type { SourceLine } from './sourceLines.ts';
import { memoByText } from '../memoByText.ts';

const options = { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] };

type Parsed = { table: Table; problems: { line: number; message: string }[] } | null;

/**
 * Tables already parsed in this process, by their text (line numbers relative to the
 * table). Scraped pages about one story repeat the same competitor table, and
 * remark's parser is the costliest step of the parse stage.
 */
const parsedTable = memoByText(parseTableText, 50_000);

/** Parses consecutive table lines; returns null when remark does not read them as a table. */
export function parseTable(lines: SourceLine[]): Parsed {
  const first = lines[0]?.line ?? 1;
  const text = lines.map((l) => l.text).join('\n');
  const parsed = parsedTable(text);
  if (!parsed) return null;
  return {
    table: { header: [...parsed.table.header], rows: parsed.table.rows.map((row) => [...row]) },
    problems: parsed.problems.map((p) => ({ line: p.line + first - 1, message: p.message })),
  };
}

/**
 * Body rows per parser call. A table's rows are independent lines, so a long table
 * is parsed in slices (each with the header and delimiter row): the parser holds a
 * whole tree of tokens per call, and one call over a 20,000-row table took 3 s and
 * 800 MB where slices take a fraction of either.
 */
const ROWS_PER_PARSE = 500;

/**
 * A row with more inline syntax than a table of figures has (hundreds of `*`, `_`, `[`,
 * `\\`…, as a hostile file writes them) is read as the text it is: the parser's time grows
 * with the cube of nested emphasis (a 40,000-character row: minutes) and escapes cost it
 * almost as much, so each such character is swapped for a private-use one before parsing
 * and swapped back in the cells after. A cell's escaped pipe (`\\|`) stays as written.
 */
const SYNTAX_CHARACTERS = '*_`[]<>!~\\';
const INLINE_SYNTAX = /[*_`[\]<>!~\\]/g;
const PRIVATE_USE = /[\ue000-\ue009]/;
const swapOut = (row: string): string =>
  (row.match(INLINE_SYNTAX)?.length ?? 0) <= 256 || PRIVATE_USE.test(row)
    ? row
    : row.replace(INLINE_SYNTAX, (c, at: number) => (c === '\\' && row[at + 1] === '|' ? c : String.fromCharCode(0xe000 + SYNTAX_CHARACTERS.indexOf(c))));
const swapBack = (cell: string): string => cell.replace(/[\ue000-\ue009]/g, (c) => SYNTAX_CHARACTERS[c.charCodeAt(0) - 0xe000]!);

/** Parses one table's text; problem lines are 1-based within the table. */
function parseTableText(text: string): Parsed {
  const original = text.split('\n');
  const lines = original.map(swapOut);
  const swapped = lines.some((line, i) => line !== original[i]);
  const first = parseSlice(lines.slice(0, 2 + ROWS_PER_PARSE).join('\n'), swapped);
  if (!first) return null;
  for (let start = 2 + ROWS_PER_PARSE; start < lines.length; start += ROWS_PER_PARSE) {
    const slice = parseSlice([...lines.slice(0, 2), ...lines.slice(start, start + ROWS_PER_PARSE)].join('\n'), swapped);
    if (!slice) break;
    first.table.rows.push(...slice.table.rows);
    // Line 3 of a slice is line `start + 1` of the table.
    first.problems.push(...slice.problems.map((p) => ({ line: p.line + start - 2, message: p.message })));
  }
  return first;
}

function parseSlice(text: string, swapped: boolean): Parsed {
  const tree = fromMarkdown(text, options);
  const node = tree.children.find((child) => child.type === 'table');
  if (!node || node.type !== 'table') return null;
  const [head, ...body] = node.children.map((row) => ({
    cells: row.children.map((cell) => (swapped ? swapBack(toString(cell)) : toString(cell)).trim()),
    line: row.position?.start.line ?? 1,
  }));
  if (!head) return null;
  const problems = body
    .filter((row) => row.cells.length !== head.cells.length)
    .map((row) => ({
      line: row.line,
      message: `table row has ${row.cells.length} cell(s) but its header has ${head.cells.length}; the row is kept as written`,
    }));
  return { table: { header: head.cells, rows: body.map((row) => row.cells) }, problems };
}
