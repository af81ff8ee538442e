/**
 * What a table's labels say of its cells beyond a metric's name: a column that holds each row's measure
 * ("| Company | Metric | Value |"), a label that puts a company's figure in its cloud unit ("Cloud growth"),
 * a column of a chip's gain over the one before it ("Generational gain"), and a movement word that only
 * qualifies the measure named after it in a cell ("40% lower training cost"). Pure functions, read by
 * the table reader in extractClaims.ts.
 */
import type { Value } from '../schemas.ts';
import { findEntities, unitOf, type FoundMetric } from './entities.ts';
import { ACQUISITION, BOND_SALE, companyGroup, METRICS, PRICE_PER_SHARE, type MetricEntry } from './vocabulary.ts';

/** A column label that says its cells name each row's measure: "Metric", "Measure", "KPI", "What it is", "Description", 指標, 项目, 指标（第三季度）. */
const MEASURE_COLUMN_LABEL = /^\s*(?:(?:key\s+)?(?:metrics?|measures?|kpis?|indicators?)|line items?|items?|what it is|what(?:['’]s| is) measured|descriptions?|指标|指標|项目|項目|科目|指標名|内容|內容)\s*(?:[（(][^）)]{0,20}[）)]\s*)?$/i;

/**
 * The column of `header` whose cells name their row's measure ("| 業者 | 指標 | 數字 |"), or -1: a reader takes
 * "| Oracle | RPO | $523B |" as Oracle's RPO of $523B, the measure's cell labelling the row as its first cell does.
 */
export function measureColumnOf(header: readonly string[]): number {
  return header.findIndex((label, i) => i > 0 && MEASURE_COLUMN_LABEL.test(label));
}

/** "Cloud growth", "Cloud revenue ($bn)", 云业务增速, クラウド売上: a label of a company's cloud business. */
const CLOUD_WORD = /\bcloud\b|云|雲|クラウド/i;

/**
 * `subject`'s cloud unit where `label` speaks of the cloud without naming a company or unit ("| AMZN | 28% |" under
 * "Cloud growth" is AWS's growth, as "Amazon's cloud business grew 28%" is), else `subject`: a label that names one
 * ("Google Cloud") has already given its cells their subject. A figure a company reports only as a whole (its capex)
 * stays the company's: the caller does not ask for those.
 */
export function cloudUnitOfLabel(subject: string, label: string): string {
  const unit = unitOf(subject, 'cloud');
  if (!unit || unit === subject || companyGroup(subject) !== subject) return subject;
  const unnamed = findEntities(label).reduceRight((text, e) => text.slice(0, e.start) + text.slice(e.end), label);
  return CLOUD_WORD.test(unnamed) ? unit : subject;
}

/** Words before a company that make it where a deal's money goes: "Investment in Anthropic", "Stake into X", 对Anthropic出资, 向X投资. */
const RECEIVER_BEFORE = /(?:\b(?:in|into)\s+|[对對向]\s?)$/i;
/** The same after it in Japanese: アンソロピックへの出資, Xに投資. */
const RECEIVER_AFTER = /^\s?(?:への|に)(?:出資|投資)/u;

/**
 * The company a deal column's label names as the one its cells' money goes to ("| Investor | Investment in Anthropic |",
 * "| 投资方 | 对Anthropic出资 |"), or null: the row names who pays, so that company is each cell's counterparty, not its
 * subject, as "Amazon's $8 billion in Anthropic" is Amazon's investment.
 */
export function receiverOfLabel(label: string): string | null {
  return findEntities(label).find((e) => e.kind === 'company' && (RECEIVER_BEFORE.test(label.slice(0, e.start)) || RECEIVER_AFTER.test(label.slice(e.end))))?.name ?? null;
}

const PERFORMANCE = METRICS.find((m) => m.name === 'performance')!;

/** A label of a chip's gain over its predecessor: "Generational gain", "Speed-up vs previous chip", "Uplift", 性能提升 vs 前代. */
const GAIN_OVER_PREDECESSOR = /\b(?:generational|gen[- ]on[- ]gen|(?:vs\.?|versus|over)\s+(?:the\s+)?(?:previous|prior|last|predecessor|earlier)(?:\s+(?:chip|gen(?:eration)?|part))?|speed-?up|uplift)\b|前代|上一代|前世代|世代間/i;

/**
 * "4.4x" under "Generational gain" in a chip's row: a multiple under a column of gains over the chip before is the
 * row's chip's performance, as "4.4x its predecessor" says in a sentence; undefined for any other cell. A column
 * that names another measure ("Memory gain") is read by its name before this is asked.
 */
export function gainOverPredecessor(columnLabel: string, value: { start: number; end: number; value: Value }, rowNamesChip: boolean): FoundMetric | undefined {
  return value.value.unit === 'x' && rowNamesChip && GAIN_OVER_PREDECESSOR.test(columnLabel) ? { metric: PERFORMANCE, start: value.start, end: value.end } : undefined;
}

/**
 * The measure a cell's movement word qualifies: "up to 40% lower training cost" is the training cost, 40% lower, not
 * a growth of 40%. `metrics` are the cell's metrics that fit its figure, nearest first; the first is kept unless it is
 * only a movement and the cell names a measure right after it.
 */
export function measureAfterMovement(cell: string, metrics: FoundMetric[]): FoundMetric[] {
  const [first] = metrics;
  if (!first?.metric.movement) return metrics;
  const named = metrics.find((m) => !m.metric.movement && m.start >= first.end && /^\s*$/.test(cell.slice(first.end, m.start)));
  return named ? [named, ...metrics.filter((m) => m !== named)] : metrics;
}

/** A column label that says how far each row's deal has got: "Status", "Stage", "Deal status", 状态, 進捗. */
const STATUS_COLUMN_LABEL = /^\s*(?:(?:deal|round|project)\s+)?(?:status|stage|state|outcome|result)\s*$|^\s*(?:状态|狀態|状況|進捗|ステータス|结果|結果)\s*$/i;

/**
 * The cell of `row` under a status column of `header`, or '': "| Anthropic | New round | up to $30B | In talks (reported) |"
 * says of every figure of its row that it is only reported, as "Closed" says of another row that it happened.
 */
export function statusOfRow(header: readonly string[], row: readonly string[]): string {
  const column = header.findIndex((label, i) => i > 0 && STATUS_COLUMN_LABEL.test(label));
  return column > 0 ? (row[column] ?? '') : '';
}

/** Labels of a table of deals' parties: who is bought and who buys ("| Target | Buyer |", 标的, 买方, 対象企業, 買い手). */
const DEAL_PARTY_LABEL = /^\s*(?:targets?|acquir(?:er|or)s?|buyers?|bidders?|purchasers?)\s*$|^\s*(?:标的|標的|目标公司|目標公司|买方|買方|收购方|收購方|対象企業|買収対象|買い手|買収側)\s*$/iu;
/** A price a share in a table of deals: "| Price |", "| Offer price |", 每股价格, 1株当たり価格. */
const DEAL_PRICE_LABEL = /^\s*(?:(?:offer|deal|bid|takeover|purchase)\s+)?price(?:\s+(?:per|a)\s+share|\s*\/\s*share)?\s*$|^\s*(?:per[- ]share(?:\s+price)?|每股(?:价格|價格|作价|作價)|1株(?:当たり|あたり)(?:の)?(?:価格|買収価格|買付価格))\s*$/iu;
/** What a deal is worth in a table of deals: "| Value |", "| Deal value |", 交易金额, 買収総額. */
const DEAL_VALUE_LABEL = /^\s*(?:(?:deal|equity|transaction|takeover|offer)\s+)?value\s*$|^\s*(?:交易(?:金额|金額|价值|價值)|收购(?:金额|总额)|收購(?:金額|總額)|買収(?:額|総額|金額))\s*$/iu;

/** Who borrows, in a table of bonds and loans: "| Issuer |", "| Borrower |", 发行人, 発行体. */
const ISSUER_LABEL = /^\s*(?:issuers?|borrowers?|obligors?)\s*$|^\s*(?:发行人|發行人|发行方|發行方|发行主体|發行主體|借款人|借款方|発行体|発行会社|借り手)\s*$/iu;
/** How much is borrowed, in a table of bonds and loans: "| Size |", "| Deal size |", "| Amount |", 发行规模, 発行額. */
const DEBT_SIZE_LABEL = /^\s*(?:(?:deal|issue|offering|bond|loan|tranche|final)\s+)?(?:size|amount|principal)\s*$|^\s*(?:规模|規模|金额|金額|(?:发行|發行)(?:规模|規模|金额|金額|额|額)|発行(?:額|規模|総額)|調達額)\s*$/iu;

/**
 * The metric of column `column` of a table of deals, whose labels name its parties (`DEAL_PARTY_LABEL`): a price a share
 * under "Price", the deal's value under "Value" — labels that name no metric of their own anywhere else; or of a table of
 * bonds and loans, whose labels name who borrows (`ISSUER_LABEL`): the sum borrowed under "Size" or "Amount". Undefined elsewhere.
 */
export function dealColumnMetric(header: readonly string[], column: number): MetricEntry | undefined {
  const label = header[column] ?? '';
  const labelled = (pattern: RegExp) => header.some((other, i) => i !== column && pattern.test(other));
  if (labelled(ISSUER_LABEL) && DEBT_SIZE_LABEL.test(label)) return BOND_SALE;
  if (!labelled(DEAL_PARTY_LABEL)) return undefined;
  return DEAL_PRICE_LABEL.test(label) ? PRICE_PER_SHARE : DEAL_VALUE_LABEL.test(label) ? ACQUISITION : undefined;
}
