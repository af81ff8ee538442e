/**
 * Another measure of the same metric: revenue over the trailing twelve months beside a quarter's,
 * growth in constant currency beside reported growth, an adjusted figure beside the reported one, a
 * company's commitments to all its suppliers beside one deal, the first nine months (or the year to
 * date) beside one quarter, a sum over several years beside one year's. Each is its own claim: the metric
 * names the measure ("revenue (trailing twelve months)"), so that it never merges with nor
 * contradicts the plain figure, and its statement says which measure it is.
 */
import type { MetricEntry } from './vocabulary.ts';
import { CJK_TEXT, MONEY_UNITS } from './parseValue.ts';
import { isMonth } from './quarters.ts';

/** A measure and the words that name it (English, Chinese, Japanese). */
interface Measure {
  name: string;
  words: RegExp;
  /** Only a flow over a period (revenue, capex) is summed over another span; a stake or a backlog is not. */
  flowOnly: boolean;
  /** The measure's name from the words that named it, where they say more than `name`. */
  named?: (words: string) => string;
  /**
   * Only a deal's sum (a metric with a counterparty), whose words may run on past its clause to the end of the sentence:
   * "a sliver of the $1.4 trillion in commitments its chief executive, Sam Altman, has said it has made across suppliers".
   */
  dealOnly?: boolean;
  /** Only a sum: "grew 28% over the past year" is plain growth year on year, "$137 billion over the past year" twelve months' revenue. */
  moneyOnly?: boolean;
  /** Only growth, a percentage of a sum's change: "rose 25% from the previous quarter" (not a margin or a share, nor a cost's cut). */
  growthOnly?: boolean;
  /** Words that must also stand in the figure's words for these to name the measure (前期比 of a quarter, not of a year). */
  when?: RegExp;
}

/** Growth excluding currency moves, as Japanese says it: 為替変動の影響を除くと, 為替の影響を除いて (read by readFigures too). */
export const JA_CURRENCY_EXCLUDED = String.raw`為替(?:変動)?の?影響を除(?:くと|く|いた|いて|けば)`;

const MEASURES: Measure[] = [
  {
    name: 'trailing twelve months',
    flowOnly: true,
    words:
      /\b(?:trailing|rolling|last|past|latest)[- ](?:twelve|12)[- ]months?\b|\b(?:TTM|LTM)\b|\b(?:twelve|12)[- ]months?\s+(?:ended|ending|to|through|that ended)\b|\b(?:last|past|trailing|latest)\s+four\s+quarters\b|过去(?:12|十二)个?月|過去(?:12|十二)(?:个|個|カ|ヶ|か)?月|近(?:12|十二)个月|滚动(?:12|十二)个月|直近(?:12|十二)(?:カ|ヶ|か)月/iu,
  },
  { name: 'trailing twelve months', flowOnly: true, moneyOnly: true, words: /\b(?:over|in|during) the (?:past|last) year\b|过去一年|過去一年|過去1年間/iu },
  {
    name: 'constant currency',
    flowOnly: false,
    words:
      new RegExp(String.raw`\bconstant[- ]currenc(?:y|ies)\b|\bcurrency[- ]neutral\b|\b(?:excluding|ex-|stripping out|adjusted for|net of)\s*(?:the\s+)?(?:impact|effects?\s+)?(?:of\s+)?(?:foreign[- ]exchange|currenc(?:y|ies)|FX)\b(?!\s+(?:gains?|losses?))|\bat constant (?:exchange )?rates\b|\b(?:in|at)\s+cc\b|%\s?cc\b|固定汇率|固定匯率|不变汇率|不變匯率|剔除汇率|剔除匯率|${JA_CURRENCY_EXCLUDED}|恒常為替|為替一定`, 'iu'),
  },
  {
    // A company's cloud revenue in total, its applications beside its infrastructure: "Contoso's total cloud revenue,
    // infrastructure plus applications, was $9 billion" is neither its revenue nor its cloud unit's.
    name: 'total cloud',
    flowOnly: true,
    words: /\b(?:total|overall|combined|whole)\s+cloud(?:[- ]computing)?\s+(?:revenues?|sales)\b|(?:云|雲)(?:业务|業務)?总(?:收入|营收)|(?:云|雲)(?:业务|業務)?總(?:收入|營收)|クラウド(?:事業)?(?:全体|合計)の売上高?/iu,
  },
  {
    // An adjusted (non-GAAP) figure is its own measure, beside the reported one: "adjusted net income", 经调整净利润, 按非公认会计准则,
    // 非國際財務報告準則, 調整後営業利益 (not 调整后的计划, a plan changed: 经调整 and 調整後 only before a measure of profit or earnings).
    name: 'adjusted',
    flowOnly: false,
    words:
      /\b(?:non-GAAP|pro[- ]forma|[\w'’]+-adjusted|adjusted\s+(?!for\b)(?=[a-z]))|非(?:公认会计准则|公認會計準則|通用会计准则|通用會計準則|国际财务报告准则|國際財務報告準則|GAAP|IFRS)|non-IFRS|(?:经调整|經調整|调整后|調整後)(?:的)?(?=(?:[^，。；,;]{0,4})(?:净利|淨利|利润|利潤|盈利|经营|經營|营业|營業|营运|營運|EBITA?D?A?|每股|営業|純利益|当期|利益))/iu,
  },
  {
    name: 'all commitments',
    flowOnly: false,
    dealOnly: true,
    words: /\b(?:total|overall|combined|cumulative|all (?:its|their|of its))\s+(?:[\w-]+\s+){0,2}commitments\b|\bcommitments\b[^.;]{0,100}\bacross\s+(?:all\s+|its\s+|many\s+|several\s+)?(?:suppliers|partners|providers|vendors|clouds)\b|(?:总计|總計|合计|合計)(?:算力)?(?:承诺|承諾)|(?:计算|計算)(?:资源|資源)?(?:承诺|承諾)总额/iu,
  },
  {
    name: 'nine months',
    flowOnly: true,
    // "January–September", "Jan–Sep", "from January to September", "April–December" (a year that ends in March): nine months named by their first and last.
    words: /\b(?:first|opening)\s+(?:nine|9)\s+months\b|\bnine-month\b|\b(?:Jan(?:uary)?\.?\s?(?:[-–—]|\s(?:to|through|thru)\s)\s?Sep(?:t(?:ember)?)?|Apr(?:il)?\.?\s?(?:[-–—]|\s(?:to|through|thru)\s)\s?Dec(?:ember)?)\b|\bafter (?:the first )?(?:nine|9) months\b|\b(?:first|opening)\s+three\s+(?:fiscal\s+)?quarters\b|(?:^|[^\d])(?:1|4)\s*[～~〜－–-]\s*(?:9|12)\s*月(?:期|の?累計)|\b(?:nine|9)[- ]months?\s+(?:ended|ending|to|through|that ended)\b|\b9M\s?\d{2}\b|前(?:九|9)个月|前(?:九|9)個月|前三(?:个|個)?(?:季度|财季|財季)|(?:9|九)(?:カ|ヶ|か)月(?:累計|間)|第\s*[3三３]\s*四半期(?:まで(?:の)?)?累計/iu,
  },
  {
    name: 'year to date',
    flowOnly: true,
    // "has already spent $60 billion on capex this year": what is spent already in a year not yet over is spent to date (not "has
    // already raised its plan for this year").
    words: /\byear[- ]to[- ]date\b|\bYTD\b|\bso far (?:this|in the) (?:fiscal |calendar )?year\b|\balready (?:spent|invested|deployed|poured|sunk|sank|paid|booked|earned|generated|recorded|put)\b[^.;]{0,60}?\bthis (?:fiscal |calendar )?year\b|\balready this (?:fiscal |calendar )?year\b|年初至今|今年以来|年初以来|年初来/iu,
  },
  {
    name: 'years combined',
    flowOnly: true,
    named: yearsCombined,
    words:
      /\bover the (?:past|last|previous) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) years\b|\b(?:in the|across the) (?:past|last) (?:two|three|four|five|\d+) years\b|\b(?:20\d{2}|FY\s?\d{2,4})\s?(?:[-–—]|to|and|through)\s?(?:20)?\d{2}\s+(?:combined|together|in total)\b|\bcombined\s+(?:for|over|in|across)\s+(?:20\d{2}|the (?:two|three|four|five) years)\b|\bcumulative(?:ly)?\b|过去(?:两|二|三|四|五|\d)年|過去(?:兩|二|三|四|五|\d)年|(?:两|兩|三|四|五|\d)年(?:来|來|合计|合計|累计|累計)|过去\d+年|過去(?:2|3|4|5)年間/iu,
  },
];

/** A quarter named by its last month, with its article: "the June quarter", "its September-ended quarter" (a `RegExp` source; periods.ts reads more such names, `MONTH_QUARTER`). */
export const MONTH_QUARTER_NAMED = String.raw`(?:the|its)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:-ended)?\s+quarter\b`;

/**
 * Growth on the month before, as monthly reporters (Taiwan's chipmakers and assemblers) give it beside growth on the same month
 * a year earlier: "month on month", "m/m", "from the previous month", "slipped 7.6% from September's", "7.1% below September's", 月增, 月減, 月增率, 较上月,
 * 前月比. Growth on the period before that names no period (环比, "sequentially") is this measure of a month (`onTheMonthBefore`),
 * and of a quarter the one below.
 */
const ON_THE_MONTH_BEFORE = String.raw`\bmonth[- ](?:on|over|to)[- ]month\b|\bm\/m\b|\b(?:from|over|on|versus|vs\.?|compared (?:to|with)|against)\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+month\b|\b(?:from|below|above|over|than|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s?(?!\s+(?:20\d{2}|quarter|three months)\b)|月增(?![速长長])|月[減减](?![速])|[较較]上(?:个|個)?月|前月比`;

/**
 * Growth on the quarter before, not on the same quarter a year earlier: "rose 25% from the previous quarter", "up 14% on the
 * June quarter" (in a story on the September one), "sequentially",
 * "quarter on quarter", "q/q", 环比, 季增 (as Taiwan writes it, not 季增速, a quarter's growth rate), 较上一季度增长, 前四半期比; 前期比
 * only of a quarter (of a fiscal year it is growth on the year before). Nvidia's data-centre revenue "rose 25% from the previous
 * quarter" and "66% year on year" in one quarter are two measures, neither disputing the other. Not a level compared with the
 * quarter before's ("up from 24% in the previous quarter", "versus the prior quarter's 17.5%").
 */
const SEQUENTIAL = String.raw`\bsequential(?:ly)?\b|${ON_THE_MONTH_BEFORE}|\bquarter[- ](?:on|over|to)[- ]quarter\b|\bq\/q\b|\bqoq\b|\b(?:from|over|on|versus|vs\.?|compared (?:to|with)|against)\s+(?:the\s+|its\s+)?(?:previous|prior|preceding|last|sequential)\s+(?:fiscal\s+)?(?:quarter|three months)\b(?!['’]s)|\bfrom the quarter before\b|\b(?:from|over|on|versus|vs\.?|compared (?:to|with)|against)\s+${MONTH_QUARTER_NAMED}|[环環]比|季增(?![速长長])|季[减減](?![速])|前四半期比|[较較]上一?[个個]?(?:季度?|财季|財季)(?:相比|相較|相较)?(?=\s*(?:大幅|明显|明顯|略有|小幅)?(?:增长|增長|增加|上升|提升|提高|下降|下滑|减少|減少|降低|成长|成長))`;
/** 前期比 is growth on the quarter before only where its sentence names a quarter: 7～9月期の売上高は前期比25%増. */
const SEQUENTIAL_JA = /前期比/u;
const QUARTER_NAMED_JA = /四半期|\d{1,2}\s*[～~〜－\-–]\s*\d{1,2}\s*月期|Q[1-4]/u;
/** Growth on the same period a year before, the plain measure: "year on year", "y/y", "from a year ago", 同比, 按年, 年增, 前年同期比. */
const YEAR_ON_YEAR = String.raw`\byear[- ](?:on|over|to)[- ]year\b|\by\/y\b|\byoy\b|\b(?:from|over|on|versus|vs\.?|compared (?:to|with)|against)\s+(?:a year (?:ago|earlier)|(?:the\s+)?(?:same|corresponding|year-ago|year-earlier|prior-year) (?:quarter|period|three months)|last year)\b|同比|按年|年增(?![速长長])|年[减減](?![速])|[较較比与與](?:去年|上年)同期|前年同期比|前年比|前年同期(?:から|に比べ|と比べ|より)`;
const BASES = new RegExp(`(?<sequential>${SEQUENTIAL}|前期比)|(?:${YEAR_ON_YEAR})`, 'giu');

/**
 * Whether a percentage is growth on the quarter before, from the words that say what it is measured against nearest to it:
 * `after` it (to the next figure: "rose 25% from the previous quarter", "66% year on year"), then `before` it (from the
 * figure before: "Sequentially, it grew 5%"); in Chinese and Japanese, which write the base first (环比下降5%, 同比增长约三成),
 * before it first. Undefined where neither names a base: the figure's clause then decides, as for any measure.
 */
export function sequentialBase(before: string, after: string, sentence: string): boolean | undefined {
  const bases = (text: string) => [...text.matchAll(BASES)].map((m) => (m.groups!.sequential === undefined ? false : !SEQUENTIAL_JA.test(m[0]) || QUARTER_NAMED_JA.test(sentence)));
  const [first, second] = CJK_TEXT.test(sentence) ? [bases(before).at(-1), bases(after)[0]] : [bases(after)[0], bases(before).at(-1)];
  return first ?? second;
}

const SEQUENTIAL_MEASURE: Measure = { name: 'quarter on quarter', flowOnly: false, growthOnly: true, words: new RegExp(SEQUENTIAL, 'iu') };
const MONTHLY_MEASURE: Measure = { name: 'month on month', flowOnly: false, growthOnly: true, words: new RegExp(ON_THE_MONTH_BEFORE, 'iu') };
MEASURES.push(MONTHLY_MEASURE, SEQUENTIAL_MEASURE, { name: 'quarter on quarter', flowOnly: false, growthOnly: true, words: SEQUENTIAL_JA, when: QUARTER_NAMED_JA });

/** `metric`, growth on the period before, as growth on the month before where its period is a month (`2026-11`). */
export function onTheMonthBefore(metric: MetricEntry, period: string | null): MetricEntry {
  if (!isMonth(period) || !metric.name.endsWith(`(${SEQUENTIAL_MEASURE.name})`)) return metric;
  return asMeasure(plainOf.get(metric) ?? metric, MONTHLY_MEASURE.name);
}

/** Whether `metric`, with a percentage, is a sum's growth: revenue growth, capex's, not a margin, a share or a cost's cut. */
const isGrowth = (metric: MetricEntry) => !metric.percentIsReduction && (/ growth$/.test(metric.name) || metric.units.some((u) => MONEY_UNITS.includes(u)));

const CONSTANT_CURRENCY = MEASURES.find((m) => m.name === 'constant currency')!;

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * "over the past three years", 过去两年, "2024–25 combined": how many years the sum spans, so that a sum of two
 * years and one of three are two measures ("3 years combined"); "cumulative" where the words do not say.
 */
function yearsCombined(words: string): string {
  const range = /\b(20\d{2})\s?(?:[-–—]|to|and|through)\s?((?:20)?\d{2})\b/.exec(words);
  if (range) {
    const last = Number(range[2]!.length === 2 ? `20${range[2]}` : range[2]);
    if (last > Number(range[1])) return `${last - Number(range[1]) + 1} years combined`;
  }
  const count = /\b(two|three|four|five|six|seven|eight|nine|ten|\d+) years\b|(?:过去|過去)([两兩二三四五\d]+)年|([两兩三四五\d])年(?:来|來|合计|合計|累计|累計)/iu.exec(words);
  const said = count ? (count[1] ?? count[2] ?? count[3])!.toLowerCase() : undefined;
  const n = said ? (COUNT[said] ?? Number(said)) : NaN;
  return Number.isInteger(n) && n > 1 ? `${n} years combined` : 'cumulative';
}

/** Each metric with each measure, made once: figures compare metrics by identity. */
const measured = new Map<string, MetricEntry>();

/**
 * `metric` as the measure `words` (the figure's clause, with the clause before it that states no figure of its own)
 * name — or, for a deal's commitments, `after` (the rest of its sentence up to the next figure) — or `metric` itself where
 * they name none that it may have. `constantCurrency`, where given, says whether the figure is growth in constant
 * currency (readFigures reads which figure of a clause those words belong to).
 */
export function withMeasure(metric: MetricEntry, unit: string, words: string, constantCurrency?: boolean, after = '', sequential?: boolean): MetricEntry {
  const said = (m: Measure) => m.words.test(words) || (m.dealOnly === true && m.words.test(`${words} ${after}`));
  // Where the caller has told which figure the words "in constant currency" are written against, that decides it; so does
  // its word of the quarter before (`sequentialBase`), which a clause may hold for another figure ("环比持平，同比增长约三成").
  const measure =
    constantCurrency === true
      ? CONSTANT_CURRENCY
      : sequential === true && unit === '%' && isGrowth(metric)
        ? MONTHLY_MEASURE.words.test(words) ? MONTHLY_MEASURE : SEQUENTIAL_MEASURE
        : MEASURES.find(
          (m) =>
            (constantCurrency === undefined || m !== CONSTANT_CURRENCY) &&
            (sequential === undefined || (m !== SEQUENTIAL_MEASURE && m !== MONTHLY_MEASURE)) &&
            (!m.flowOnly || metric.overPeriod) &&
            (!m.dealOnly || metric.counterparty) &&
            (!m.moneyOnly || unit !== '%') &&
            (!m.growthOnly || (unit === '%' && isGrowth(metric))) &&
            said(m) &&
            (!m.when || m.when.test(words)),
        );
  if (!measure) return metric;
  return asMeasure(metric, measure.named ? measure.named(words.match(measure.words)![0]) : measure.name);
}

/** Each measure's plain metric ("capex (nine months)" → "capex"). */
const plainOf = new Map<MetricEntry, MetricEntry>();

/** The whole of a period, which no measure to date is: "for the full year", "for all of 2026", "full-year", 全年, 通期. */
const WHOLE_PERIOD = /\bfor the (?:full |calendar |whole )?year\b(?! (?:end|end(?:ed|ing)|to)\b)|\bfor (?:all|the whole) of (?:20\d{2}|the year)\b|\bfull[- ]year\b|全年|通期|通年/iu;

/**
 * Words of the reported (GAAP) basis, against an adjusted figure before: "Under generally accepted accounting principles the
 * figure was 73.1%", "on a GAAP basis", 按公认会计准则 (not "non-GAAP", 非公认会计准则).
 */
const REPORTED_BASIS = /(?<!non-)\bGAAP\b|\bgenerally accepted accounting principles\b|\b(?:on a |the )?reported basis\b|(?<!非)(?:公认会计准则|公認會計準則)|米国会計基準/i;

/** A year the words name for themselves: "the 2026 forecast", "for 2027", "next year", 27年は (a sum to date runs in no such year). */
const OWN_YEAR = /\b(?:19|20)\d{2}\b|\b(?:next|last) year\b|(?<![\d.])\d{2}年(?![間间前後后来來以内])/i;

/**
 * The metric a figure referred back to a figure of `metric` has: its plain measure where `words` (the figure's clause)
 * say it is of the whole period ("…brings its outlays for the first nine months to $150 billion. The company stuck with
 * its forecast of $210 billion for the full year" is capex, not capex to date) or of a year they name ("$131.2 billion
 * for the year to date. … kept the 2026 forecast of $175 billion"), or where its `sentence`, which names a basis once for
 * all its figures, says the reported basis after an adjusted figure. Any other measure, or other words, keep it.
 */
export function carriedMeasure(metric: MetricEntry, words: string, sentence = words): MetricEntry {
  const plain = (toDate(metric) && (WHOLE_PERIOD.test(words) || OWN_YEAR.test(words))) || (metric.name.endsWith('(adjusted)') && REPORTED_BASIS.test(sentence));
  return plain ? (plainOf.get(metric) ?? metric) : metric;
}

/** Whether `metric` is a measure over several years, whose period is the span its words give, not one year's. */
export const spansYears = (metric: MetricEntry): boolean => / years combined\)$|\(cumulative\)$/.test(metric.name);

/** Whether `metric` is a measure to date ("the first nine months of fiscal 2026"), an actual of a period not over. */
export const toDate = (metric: MetricEntry): boolean => /\((?:nine months|year to date)\)$/.test(metric.name);

/**
 * `metric` named as a measure of its own, `measure` ("revenue growth (advertising)"), made once as `withMeasure` makes
 * one; a metric that already names a measure keeps it.
 */
export function asMeasure(metric: MetricEntry, measure: string): MetricEntry {
  if (metric.name.endsWith(')')) return metric;
  const name = `${metric.name} (${measure})`;
  let entry = measured.get(name);
  if (!entry) {
    measured.set(name, (entry = { ...metric, name, phrases: [] }));
    plainOf.set(entry, metric);
  }
  return entry;
}
