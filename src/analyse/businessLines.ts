/**
 * A line of a company's business that its revenue is told by: advertising, games, fintech, subscriptions, AI chips, HBM, DRAM, NAND,
 * a chipmaker's networking and compute. A line's
 * revenue is not the company's: "Tencent's marketing services revenue rose 21%" beside "Tencent's revenue rose 15%" in
 * one quarter are two facts, not a dispute, as a segment's sub-line is not the segment. The line is named in the metric
 * ("revenue growth (advertising)"), as a measure is (`measures.ts`), so that two outlets that name one line in other words
 * ("marketing services revenue", 广告收入, 広告収入) still make one claim.
 */
import { OWN_LINE, type MetricEntry } from './vocabulary.ts';
import { asMeasure } from './measures.ts';

/** High-bandwidth memory in Chinese and Japanese, alone or before "(HBM)": 広帯域メモリー（HBM）, 高带宽内存. */
const HBM_CJK = String.raw`広帯域メモリー?|高带宽(?:内存|存储器)|高頻寬記憶體`;

/** Each line, by the name its metric gives it, and the words that name it right before a word of revenue. */
const LINES: { name: string; words: string }[] = [
  { name: 'advertising', words: String.raw`advertising(?: services)?|ads?|(?:online )?marketing(?: services)?|营销服务|營銷服務|廣告|广告|広告` },
  { name: 'games', words: String.raw`gaming|games|video[- ]games|游戏|遊戲|ゲーム` },
  { name: 'fintech', words: String.raw`fintech(?: and business services)?|financial technology(?: and business services)?|金融科技(?:及企业服务|及企業服務)?` },
  { name: 'value-added services', words: String.raw`value-added services|VAS|增值服务|增值服務` },
  { name: 'subscriptions', words: String.raw`subscriptions?|订阅|訂閱|サブスクリプション` },
  { name: 'hardware', words: String.raw`hardware|硬件|硬體|ハードウェア` },
  { name: 'software', words: String.raw`software|软件|軟體|ソフトウェア` },
  { name: 'licensing', words: String.raw`licen[cs]ing|licen[cs]e|授权|授權|ライセンス` },
  { name: 'e-commerce', words: String.raw`e-?commerce|online stores?|电商|電商` },
  { name: 'devices', words: String.raw`devices|终端|終端` },
  // A chipmaker's data-centre lines: "networking revenue rose 70%", 网络业务收入 (not 网络 alone, any network), "compute revenue
  // was $79.9 billion".
  { name: 'networking', words: String.raw`networking|(?:网络|網路|網絡)(?:业务|業務|部门|部門)|ネットワーキング` },
  { name: 'compute', words: String.raw`(?:data[- ]cent(?:er|re) )?compute|计算|計算|コンピュート` },
  { name: 'HBM', words: String.raw`high[- ]bandwidth memory(?: \(HBM\d?E?\))?|(?:${HBM_CJK})?\s?[（(]?HBM\d?E?[）)]?|${HBM_CJK}` },
  // A memory maker's other lines: "DRAM revenue was $19.4 billion", "DRAM as a whole brought in …", "NAND sales", 闪存收入.
  { name: 'DRAM', words: String.raw`(?:conventional |commodity )?DRAM(?: as a whole)?|(?:DRAM|动态随机存储器|動態隨機存取記憶體)(?:业务|業務|事業)?` },
  { name: 'NAND', words: String.raw`NAND(?: flash)?|(?:NAND\s?)?(?:闪存|閃存)|NAND型?フラッシュ(?:メモリー?)?` },
  // A software company's customers as it reports them: "U.S. commercial revenue rose 105%", 美国商业收入, 米国商業部門の売上高.
  { name: 'US commercial', words: String.raw`U\.?S\.? commercial|American commercial|美国商业|美國商業|米国?商業` },
  { name: 'US government', words: String.raw`U\.?S\.? government|American government|美国政府|美國政府|米国?政府` },
  { name: 'AI', words: String.raw`AI(?:[- ](?:semiconductors?|chips?|accelerators?|processors?|networking))?|artificial[- ]intelligence(?:[- ](?:semiconductors?|chips?|accelerators?))?|AI\s?(?:半导体|半導體|半導体|芯片|晶片|チップ)|AI向け(?:の)?半導体` },
];

/**
 * A word of revenue a line may stand right before: "advertising revenue", "games sales", 广告收入, 游戏业务收入, 広告事業の売上高;
 * "subscription guidance", the guidance of a line's revenue.
 */
const REVENUE_WORD = String.raw`(?:revenues?|sales|turnover|(?<=\bsubscriptions?\s)(?:guid(?:e|ance)|outlook)|收入|营收|營收|销售额|銷售額|売上高?|売り上げ|収入|収益)`;
/** A line's word for itself: "the advertising business", "the AI segment". */
const SEGMENT = String.raw`(?:\s+(?:business|segment|unit|division))?`;
/** Between a line and its revenue word: "business", "segment", 业务, 事業の. */
const BETWEEN = String.raw`${SEGMENT}\s*(?:业务|業務|板块|板塊|事業|部門)?の?\s*`;

const LINE_WORDS = LINES.map((l) => `(?:${l.words})`).join('|');
/** The last word of revenue, with the line before it or after "from" or "of" ("revenue from artificial-intelligence semiconductors"). */
const LAST_LINE = new RegExp(String.raw`(?:(?<![\w-])(?<line>${LINE_WORDS})${BETWEEN})?${REVENUE_WORD}(?:\s+(?:from|of)\s+(?:its\s+|the\s+)?(?<from>${LINE_WORDS})(?![\w-]))?(?![\s\S]*${REVENUE_WORD})`, 'iu');

/** A line and its revenue word right after a figure: "$15.3 billion of AI semiconductor sales", "$15.3B AI revenue". */
const LINE_AFTER = new RegExp(String.raw`^\s*(?:(?:worth )?of\s+)?(?:its |the )?(?<line>${LINE_WORDS})${BETWEEN}${REVENUE_WORD}(?![\w-])`, 'iu');

/**
 * A line that brings in the figure right after, or moves by it: "and HBM brought in $6.3 billion of it", "AI chips generated
 * $15.3 billion", "Palantir's U.S. commercial business grew 105%" (and "… grew 105% in the September quarter to $814M").
 */
const LINE_EARNED = new RegExp(String.raw`(?<![\w-])(?<line>${LINE_WORDS})${SEGMENT}\s+(?:alone\s+|also\s+)?(?:brought in|generated|contributed|accounted for|took in|grew|rose|jumped|climbed|increased|surged|soared|fell|declined)(?:\s+(?:by\s+)?[\d.,]+\s?%[^,;]{0,40}?\s+to)?\s*(?:by\s+)?$`, 'iu');

/**
 * The line of business the revenue named last in `before` (a figure's clause up to the figure) is of, or null where that
 * revenue names no line: "Tencent's marketing services revenue rose 21%" → advertising; 腾讯第三季度游戏收入 → games;
 * "Tencent's revenue rose 15%" → null (not "advertising revenue rose 21% and total revenue 15%": its last revenue is the total);
 * "revenue from artificial-intelligence semiconductors climbed to $15.3 billion" → AI. Where the clause names no revenue before the figure, the revenue right after it may name the line: "Broadcom booked
 * $15.3 billion of AI semiconductor sales" (`after`, the sentence from the figure's end).
 */
export function businessLineOf(before: string, after: string): string | null {
  const last = LAST_LINE.exec(before)?.groups;
  const line = last ? (last.line ?? last.from) : (LINE_EARNED.exec(before) ?? LINE_AFTER.exec(after))?.groups!.line;
  if (!line) return null;
  return WHOLE_WORDS.find((l) => l.pattern.test(line))?.name ?? null;
}

/**
 * The line of business a table cell's revenue is of: the cell's own words ("$15.3B AI revenue, fiscal Q4"), else the first
 * of `labels` (its column's, its row's, the row's cells of words: "| Broadcom | $15.3B | AI semiconductor revenue |") that
 * names a revenue at all, which says whether that revenue is a line's or the company's, else the first label that is a
 * line's name ("| YouTube ads | $11.5B |" under "Revenue").
 */
export function businessLineOfCell(cell: string, value: { start: number; end: number }, labels: string[]): string | null {
  const own = businessLineOf(cell.slice(0, value.start), cell.slice(value.end));
  if (own || NAMES_REVENUE.test(cell)) return own;
  const label = labels.find((text) => NAMES_REVENUE.test(text));
  const named = label === undefined ? null : businessLineOf(label, '');
  if (named) return named;
  // "| YouTube ads | $11.5B | 12% |" under "Revenue, Q3 2026" and "Year-on-year growth": a label that ends in a line's name
  // alone names the line of the revenue (or its growth) read in its row.
  const alone = labels.map((text) => LINE_ALONE.exec(text)?.groups!.line).find((line) => line !== undefined);
  return alone === undefined ? null : (WHOLE_WORDS.find((l) => l.pattern.test(alone))?.name ?? null);
}

/** A label that ends in a line's name and holds no revenue word of its own: "YouTube ads", "Networking". */
const LINE_ALONE = new RegExp(String.raw`(?:^|\s)(?<line>${LINE_WORDS})\s*$`, 'iu');

/** Any word of revenue: a cell or label that names one says there which revenue its figure is. */
const NAMES_REVENUE = new RegExp(REVENUE_WORD, 'iu');

/**
 * `measure` as of the line `lineOf` finds, where the measure is one a line tells (revenue, its growth): "revenue
 * (advertising)"; any other measure, a revenue of no line, or of the line that is `subject`'s whole business ("YouTube's ad
 * sales" are YouTube's revenue), as it is. `lineOf` is asked only of a revenue.
 */
export function withLine(measure: MetricEntry, subject: string | null, lineOf: () => string | null): MetricEntry {
  const line = measure.name === 'revenue' || measure.name === 'revenue growth' ? lineOf() : null;
  return line && line !== OWN_LINE.get(subject ?? '') ? asMeasure(measure, line) : measure;
}

/** Each line's words matching a whole text, compiled once (`businessLineOf` is asked of every revenue figure). */
const WHOLE_WORDS = LINES.map((l) => ({ name: l.name, pattern: new RegExp(`^(?:${l.words})$`, 'iu') }));
