/**
 * When a table cell is of: a table beside an article's text mostly repeats the text's figures, so a cell whose own
 * labels name no date takes the period the text gives the same figure. Pure functions, read by the table reader in
 * extractClaims.ts.
 */
import type { Value } from '../schemas.ts';

/** What a figure stated once says, as far as telling it from another goes. */
interface Stated {
  subject: string | null;
  metric: string | null;
  counterparty: string | null;
  value: Value | null;
  modality: string;
  period: string | null;
}

/**
 * The period the article's text gives `cell`'s figure, when the cell's labels date it by nothing of their own ("| AWS |
 * 營收年增率 | 28% |" beside "AWS's revenue grew 28% in the first quarter"): the one period of the text's statements of
 * the same subject, measure, counterparty, modality and value, else undefined — where the text gives that figure of
 * two periods, or of none, the cell says no more than it did.
 */
export function periodOfTextFigure(cell: Stated, text: readonly Stated[]): string | undefined {
  const value = cell.value;
  if (!value) return undefined;
  const periods = new Set(
    text
      .filter((t) => t.period !== null && t.value !== null && t.value.amount === value.amount && t.value.unit === value.unit)
      .filter((t) => t.subject === cell.subject && t.metric === cell.metric && t.counterparty === cell.counterparty && t.modality === cell.modality)
      .map((t) => t.period!),
  );
  return periods.size === 1 ? [...periods][0] : undefined;
}
