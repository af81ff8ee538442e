/**
 * Every table of the site, laid out by its width so that no word in it is ever cut
 * in two: the browser cannot shrink a table below its longest words (nothing in a
 * cell may break mid-word), so a table that cannot fit a phone's column is either
 * read as stacked rows or scrolled in its own box.
 *
 * The rule, chosen per table when its page is built (there is no script to measure it
 * in the browser): the table's narrowest width is estimated from its longest word in
 * each column.
 * - It fits a 320 px phone: a plain table at every width.
 * - It does not: below 48rem (768 px) its rows are stacked, each cell under its
 *   column's label; from 48rem up it is a table in a box of its own that scrolls
 *   sideways where the column is still too narrow, focusable and named, with a
 *   shadow at the edge where more is hidden.
 */
import { html, type SafeHtml } from '../../src/render/html.ts';
import { memoByText } from '../../src/memoByText.ts';

/** One cell: its plain text (what the width is estimated from) and, when it carries markup, its HTML. */
export interface Cell {
  text: string;
  html?: SafeHtml;
  className?: string;
  /** A fragment id, for links to the row or cell. */
  id?: string;
}

export interface DataTable {
  /** The scroll box's accessible name; unique on its page (each box is a landmark). */
  label: string;
  /** Column labels as plain text: the header row, and each stacked cell's label. */
  header: string[];
  rows: { cells: Cell[]; className?: string }[];
  /** The first cell of each row is the row's header (the title of its stacked card). */
  rowHeaders: boolean;
  className?: string;
  caption?: string;
}

/** Average glyph width in em, rounded up for capitals and digits, and a cell's padding and border. */
const GLYPH_EM = 0.6;
const CELL_EM = 1.3;
/** A 320 px phone's column in em of the table's .95rem text: 320 px less 2rem of page margin. */
const PHONE_COLUMN_EM = (320 - 32) / (16 * 0.95);

/**
 * The longest run a line cannot break: words split at spaces, and after a hyphen, dash
 * or slash. Memoised: the same competitor table comes back article after article.
 */
const longestWord = memoByText((text: string): number => {
  let longest = 0;
  for (const word of text.split(/\s+|(?<=[-/–—])/)) longest = Math.max(longest, [...word].length);
  return longest;
}, 20_000);

/** The narrowest the table can be without breaking a word, in em: each column as wide as its longest word. */
export function narrowestWidthEm(table: Pick<DataTable, 'header' | 'rows'>): number {
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length));
  let width = 0;
  for (let c = 0; c < columns; c++) {
    let longest = longestWord(table.header[c] ?? '');
    for (const row of table.rows) longest = Math.max(longest, longestWord(row.cells[c]?.text ?? ''));
    width += longest * GLYPH_EM + CELL_EM;
  }
  return width;
}

/** The table as HTML: plain when it fits a phone, else stacking on phones and scrolling in its box above. */
export function dataTable(table: DataTable): SafeHtml {
  const fits = narrowestWidthEm(table) <= PHONE_COLUMN_EM;
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length));
  const label = (i: number) => table.header[i] ?? '';
  const classes = [table.className, fits ? '' : 'stack'].filter(Boolean).join(' ');
  const markup = html`<table${classes ? html` class="${classes}"` : ''}>
${table.caption ? html`<caption>${table.caption}</caption>\n` : ''}<thead><tr>${Array.from({ length: columns }, (_, i) => html`<th scope="col">${label(i)}</th>`)}</tr></thead>
<tbody>
${table.rows.map((row) => html`<tr${row.className ? html` class="${row.className}"` : ''}>${Array.from({ length: columns }, (_, i) => {
    const cell = row.cells[i] ?? { text: '' };
    const content = cell.html ?? cell.text;
    const cls = html`${cell.id ? html` id="${cell.id}"` : ''}${cell.className ? html` class="${cell.className}"` : ''}`;
    return table.rowHeaders && i === 0 ? html`<th scope="row"${cls}>${content}</th>` : html`<td${cls} data-label="${label(i)}">${content}</td>`;
  })}</tr>\n`)}</tbody>
</table>`;
  return fits ? markup : html`<section class="table-scroll" tabindex="0" aria-label="${table.label}">${markup}</section>`;
}
