import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/parse/parseTable.ts';

const lines = (texts: string[], first = 10) => texts.map((text, i) => ({ line: first + i, text }));

describe('parseTable', () => {
  it('should read a long table whole, every row in order, with ragged rows reported at their own line', () => {
    const rows = Array.from({ length: 1203 }, (_, i) => (i === 1100 ? `| Provider ${i} | $${i}B |` : `| Provider ${i} | $${i}B | ${i}% |`));
    const parsed = parseTable(lines(['| Provider | Revenue | Growth |', '| --- | --- | --- |', ...rows]))!;
    expect(parsed.table.header).toEqual(['Provider', 'Revenue', 'Growth']);
    expect(parsed.table.rows).toHaveLength(1203);
    expect(parsed.table.rows[0]).toEqual(['Provider 0', '$0B', '0%']);
    expect(parsed.table.rows[700]).toEqual(['Provider 700', '$700B', '700%']);
    expect(parsed.table.rows[1202]).toEqual(['Provider 1202', '$1202B', '1202%']);
    expect(parsed.table.rows[1100]).toEqual(['Provider 1100', '$1100B']);
    // Row 1100 is line 3 + 1100 of the table, which starts at line 10 of the file.
    expect(parsed.problems).toEqual([{ line: 10 + 2 + 1100, message: expect.stringMatching(/2 cell\(s\) but its header has 3/) }]);
  });

  it('should not read lines without a delimiter row as a table', () => {
    expect(parseTable(lines(['| a | b |', '| c | d |']))).toBeNull();
  });

  it('should keep a hostile row of nested markup as the text it is, escaped pipes and all', () => {
    const bomb = `${'*_'.repeat(20_000)}x${'_*'.repeat(20_000)}`;
    const parsed = parseTable(lines(['| Provider | Note | Other |', '| --- | --- | --- |', `| AWS | ${bomb} | a \\| b ${'[*'.repeat(200)} |`, '| Azure | *up* 39% | c |']))!;
    expect(parsed.table.rows[0]).toEqual(['AWS', bomb, `a | b ${'[*'.repeat(200)}`]);
    // A row of a table's usual markup is read as markdown, as before: emphasis becomes its text.
    expect(parsed.table.rows[1]).toEqual(['Azure', 'up 39%', 'c']);
    expect(parsed.problems).toEqual([]);
  });
});
