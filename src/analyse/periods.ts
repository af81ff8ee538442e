/**
 * Finds the period a sentence's figures refer to, as a calendar period: quarters
 * (`Q1 2026`, "the first quarter", "the March quarter", "the three months to March"),
 * halves ("the first half of 2026", "the six months to June"), years (`in 2024`, "Dell's
 * 2026 revenue", "this year"), run rates ("annual"), and relative periods ("the same
 * quarter of the previous year", "last quarter") resolved against the article's own
 * dates. A fiscal quarter of a company whose year is not the calendar's (Microsoft's
 * ends in June, Oracle's in May, Nvidia's in late January) is the calendar quarter
 * that holds most of it; such a company's fiscal year is `FY2026`.
 */
import { companyGroup } from './vocabulary.ts';
import { CJK_TEXT } from './parseValue.ts';
import { MONTH_QUARTER_NAMED } from './measures.ts';
import { withRelativeTimesDated } from './relativeTime.ts';
import { calendarQuarter, format, lastQuarterEnded, monthBefore, monthIndex, quarterBefore } from './quarters.ts';
import { MONTH, MONTH_WORD } from '../parse/timelineDates.ts';

/** The month a company's fiscal year ends in, where it is not December; fiscal year 2026 ends in that month of 2026. */
export const FISCAL_YEAR_END: Record<string, number> = {
  Microsoft: 6,
  Oracle: 5,
  NVIDIA: 1,
  Dell: 1,
  'Super Micro': 6,
  HPE: 10,
  Salesforce: 1,
  Apple: 9,
  Broadcom: 10,
  Micron: 8,
  // The chip-tool makers: Applied's year ends in late October, Lam's and KLA's in June, Tokyo Electron's in March.
  'Applied Materials': 10,
  'Lam Research': 6,
  KLA: 6,
  'Tokyo Electron': 3,
  Cisco: 7,
  Marvell: 1,
  // Optics and storage: Coherent's, Lumentum's, Western Digital's, Seagate's and Sandisk's years end around June, Credo's
  // around April; Kioxia's, Furukawa Electric's and Sumitomo Electric's in March.
  Coherent: 6,
  Lumentum: 6,
  'Western Digital': 6,
  Seagate: 6,
  Sandisk: 6,
  Credo: 4,
  Kioxia: 3,
  'Furukawa Electric': 3,
  'Sumitomo Electric': 3,
  // Software makers: Workday's, Autodesk's, CrowdStrike's and MongoDB's years end in January, Adobe's around 1 December
  // (its fiscal 2026 fourth quarter is September–November 2026), Intuit's in July.
  Snowflake: 1,
  Workday: 1,
  Autodesk: 1,
  CrowdStrike: 1,
  MongoDB: 1,
  Adobe: 11,
  Intuit: 7,
  // Indian and Japanese companies' fiscal years mostly end in March; so does Arm's (its fiscal 2027 second quarter is July–September 2026).
  Arm: 3,
  Infosys: 3,
  TCS: 3,
  Wipro: 3,
  Reliance: 3,
  SoftBank: 3,
  Sony: 3,
  // Alibaba's fiscal year ends in March too: its fiscal 2026 second quarter is July–September 2025.
  Alibaba: 3,
};

/** A quarter as keys write it: `2026-Q3` (its year and its number). */
export const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

/** Ordinal words and numerals of quarters, in English, Chinese and Japanese. */
export const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4, 首: 1 };
/** Month names are the parser's (a timeline's dates are read there); the analysis reads them in sentences. */
export { MONTH, MONTH_WORD };
const YEAR = String.raw`(?:20\d{2}|'\d{2})`;

export interface PeriodContext {
  /** The period the article as a whole reports on (its most frequent quarter), if any. */
  articleQuarter: string | null;
  /** The article's publication year, if known. */
  articleYear: number | null;
  /**
   * The company the article is about: 上季 of another company is that company's last quarter by the
   * article's date, not the quarter before the one the article reports.
   */
  fallbackSubject?: string | null;
  /** The article's publication month (1–12), if known. */
  articleMonth?: number | null;
  /** Whether the figure is a plan or a forecast: a full year (全年, "the full year") is then the year under way, not a rate. */
  toCome?: boolean;
  /**
   * Whether the figure is a company's plan or guidance: a quarter or month named without its year
   * ("guided to 37% growth for the April–June period") is then the next one to end, not the last.
   */
  ahead?: boolean;
  /** Whether the text is the article's headline, which tells the news: 上季 there is the quarter just reported, not the one before it. */
  headline?: boolean;
  /**
   * Whether the article writes a company's own quarters the brokers' way ("fiscal 3Q27", "F2Q27"): its bare "2Q27" and
   * "4Q27E" of a company whose year is not the calendar's are then that company's quarters too (`fiscalWhereCalendarAhead`).
   */
  fiscalNotation?: boolean;
  /** The month each company's fiscal year ends in, as the article states it, of companies `FISCAL_YEAR_END` does not list (`fiscalCalendars.ts`). */
  fiscalYearEnds?: ReadonlyMap<string, number>;
}

/**
 * The month `subject`'s fiscal year ends in: `FISCAL_YEAR_END`'s, else the one the articles state (`context`), of it or of
 * the one company whose full name it begins ("Applied" of "Applied Materials", as `unknownNames.ts` joins them), else December.
 */
export function fiscalYearEndOf(subject: string | null | undefined, context?: Pick<PeriodContext, 'fiscalYearEnds'>): number {
  if (!subject) return 12;
  const company = companyGroup(subject);
  const stated = context?.fiscalYearEnds;
  if (FISCAL_YEAR_END[company] || !stated) return FISCAL_YEAR_END[company] || 12;
  let found = statedEnds.get(stated);
  if (!found) statedEnds.set(stated, (found = new Map()));
  let end = found.get(company);
  if (end === undefined) {
    const full = [...stated.keys()].filter((name) => name.startsWith(`${company} `));
    found.set(company, (end = stated.get(company) ?? (full.length === 1 ? stated.get(full[0]!)! : 12)));
  }
  return end;
}

/** What `fiscalYearEndOf` found in each set of stated calendars, by company: it is asked of every figure's period. */
const statedEnds = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();

/** A company's own quarter written the brokers' way: "fiscal 3Q27", "Fiscal 1Q27", "F2Q27". */
export const FISCAL_NOTATION = /\bfiscal\s+[1-4]Q\s*'?\d{2}\b|\bF[1-4]Q\s*'?\d{2}\b/i;

/** Where a figure stood as the year began: "after opening the year at about $200 billion", "it started the year at $200 billion". */
const OPENING_THE_YEAR = /\b(?:open(?:ed|ing|s)|start(?:ed|ing|s)|began|begins|beginning) the year (?:at|with|on)\b/i;

/** A half named: "H1", "first half of". */
const HALF_NAMED = String.raw`\b(?:H([12])|(first|second) half(?: of)?)\s*`;
/** "H2 2026", "the first half of FY2026", "the second half": a half, its year or not. */
const HALF = new RegExp(String.raw`${HALF_NAMED}(?:FY\s*)?(20\d{2})?\b`, 'i');
/** "H1 FY26", "the first half of fiscal 2026": a half of a fiscal year. */
const FISCAL_HALF = new RegExp(String.raw`${HALF_NAMED}(?:FY\s?|fiscal (?:year )?)('?\d{2}|20\d{2})\b`, 'i');
/** Which half a `HALF` or `FISCAL_HALF` match names: '1' or '2'. */
const halfNumber = (m: RegExpExecArray): string => m[1] ?? (m[2]!.toLowerCase() === 'first' ? '1' : '2');

/** A plan or forecast "for the year", "for the full year", "full-year". */
const FOR_THE_YEAR = /\bfor the (?:full |calendar )?year\b(?! (?:end|end(?:ed|ing)|to)\b)|\bfull[- ]year\b/i;
/** A report to come that says when a figure will be looked at, not what it is of: "when it reports the June quarter". */
const WHEN_IT_REPORTS = /\b(?:[Ww]hen|[Oo]nce|[Aa]fter|[Bb]efore|[Aa]s) (?:it|they|the company|[A-Z][\w.&-]*) (?:reports?|posts?|publishes|releases?|announces?)\b[^,;.]*/g;
/** A year a sentence names, on the calendar's count or a company's ("2026", "fiscal 2027", "FY26"), which "for the year" may stand for. */
const NAMES_A_YEAR = /\b20\d{2}\b|\b(?:fiscal(?:\s+year)?|FY)\s*'?\d{2}\b/i;
const yearOf = (text: string) => (text.startsWith("'") ? 2000 + Number(text.slice(1)) : Number(text.length === 2 ? `20${text}` : text));
/** The calendar quarter the article's date falls in, or null. */
const currentQuarter = (context: PeriodContext) => (context.articleYear && context.articleMonth ? calendarQuarter(monthIndex(context.articleYear, context.articleMonth)) : null);
/** The quarter `by` quarters after the one the article reports on (before it, when negative), or null when it names none. */
function reportedQuarter(context: PeriodContext, by: number): { year: number; quarter: number } | null {
  const reported = context.articleQuarter ? QUARTER_KEY.exec(context.articleQuarter) : null;
  return reported ? calendarQuarter(monthIndex(Number(reported[1]), (Number(reported[2]) - 1) * 3 + 1) + 3 * by) : null;
}

/** The calendar quarter holding most of fiscal quarter `quarter` of fiscal year `year` for a year ending in month `end`. */
export function fiscalToCalendar(year: number, quarter: number, end: number): { year: number; quarter: number } {
  // Fiscal year Y starts the month after `end` of year Y-1; a quarter's middle month decides.
  return calendarQuarter(monthIndex(year - 1, end) + 3 * (quarter - 1) + 2);
}

/** The latest fiscal year whose quarter `quarter` has ended by the article's date (or the article's year); the next one for a plan, and for a forecast unless it ended within a quarter. */
function fiscalYearFor(quarter: number, end: number, context: PeriodContext): number | null {
  if (!context.articleYear) return null;
  if (!context.articleMonth) return context.articleYear;
  const now = monthIndex(context.articleYear, context.articleMonth);
  // A plan is of a quarter to come or just ended: guidance is quoted until the quarter's results are out.
  if (context.ahead) {
    for (let year = context.articleYear - 1; year <= context.articleYear + 1; year++) if (monthIndex(year - 1, end) + 3 * quarter >= now - 3) return year;
  }
  for (let year = context.articleYear + 1; year >= context.articleYear - 1; year--) {
    // A forecast is of a quarter to come or just ended, never of one that ended more than a quarter before the article.
    if (monthIndex(year - 1, end) + 3 * quarter <= now) return context.toCome && monthIndex(year - 1, end) + 3 * quarter < now - 3 ? year + 1 : year;
  }
  return context.articleYear;
}

/** The month (a month index) the next quarter `quarter` of a year ending in month `end` ends in, after the article's date. */
function nextEnd(quarter: number, end: number, context: PeriodContext): number {
  const now = monthIndex(context.articleYear!, context.articleMonth!);
  let last = monthIndex(context.articleYear! - 1, end) + 3 * quarter;
  while (last <= now) last += 12;
  return last;
}

/** The month index at which the latest quarter numbered `quarter` of a year ending in month `end` ended, before the article's month. */
function lastEnded(quarter: number, end: number, context: PeriodContext): number {
  const last = nextEnd(quarter, end, context) - 12;
  return last === monthIndex(context.articleYear!, context.articleMonth!) ? last - 12 : last;
}

/**
 * The year of the latest `month` up to the article's date (of the next from it, for a plan; for a forecast, of the next
 * unless it ended within a quarter). A quarter named by its last month (`quarterEnd`) is, for a plan too, the one just
 * ended within a quarter: "has guided to about $72 billion for the quarter running through April", in May, is of the
 * April just past, whose results are not out yet.
 */
function latestYearOf(month: number, context: PeriodContext, quarterEnd = false): number | null {
  if (!context.articleYear) return null;
  if (context.ahead) return context.articleMonth && month < context.articleMonth && !(quarterEnd && month >= context.articleMonth - 3) ? context.articleYear + 1 : context.articleYear;
  const latest = context.articleMonth && month > context.articleMonth ? context.articleYear - 1 : context.articleYear;
  // A forecast is of a period to come or just ended ("expect $71.4 billion in the April quarter", in February), never
  // of one that ended more than a quarter before the article.
  if (context.toCome && context.articleMonth && monthIndex(latest, month) < monthIndex(context.articleYear, context.articleMonth) - 3) return latest + 1;
  return latest;
}

/**
 * The year of a calendar quarter named without its year: the article's, unless the quarter has not begun by the
 * article's date, when a fact of it is of the year before: "AWS's fourth-quarter revenue was $35.6 billion", reported
 * in February, is last year's (a plan or forecast of "the fourth quarter", in February, is this year's).
 */
const quarterYear = (quarter: number, context: PeriodContext) =>
  context.articleYear && context.articleMonth && !context.ahead && !context.toCome && (quarter - 1) * 3 + 1 > context.articleMonth ? context.articleYear - 1 : context.articleYear;

const FISCAL_QUARTER = [
  // "the fiscal second quarter of 2026", "fiscal Q3 2026": the year may follow the quarter; "fiscal 2026's third quarter".
  new RegExp(String.raw`\b(?:fiscal|FY)\s*(?:(?<year>${YEAR}|\d{2})(?:['’]s)?)?\s*(?:Q(?<q>[1-4])|(?<ord>first|second|third|fourth)[- ]quarter)\b(?:\s+(?:of\s+)?(?<ofYear>20\d{2})\b)?`, 'i'),
  // "Q4FY26", as Indian outlets write it, runs the two together.
  // "the last quarter of its fiscal 2026", "the fourth quarter of what Nvidia calls fiscal 2026".
  new RegExp(String.raw`\b(?:Q(?<q>[1-4])|(?<ord>first|second|third|fourth|last|final)[- ]quarter)(?:(?:\s+of)?\s+(?:(?:its|the)\s+|what\s+[\w.&'’ -]{1,30}?\s+calls\s+(?:its\s+)?)?(?:fiscal(?:\s+year)?|financial\s+year|FY)|(?<=Q[1-4])FY)\s*'?(?<year>20\d{2}|\d{2})?\b`, 'i'),
  new RegExp(String.raw`\bfiscal\s+(?:Q(?<q>[1-4])|(?<ord>first|second|third|fourth)[- ]quarter)\b`, 'i'),
  // "its third fiscal quarter", "the fourth financial quarter of 2026": the ordinal before the word "fiscal".
  new RegExp(String.raw`\b(?<ord>first|second|third|fourth|last)\s+(?:fiscal|financial)\s+quarter\b(?:\s+(?:of\s+)?(?<ofYear>20\d{2})\b)?`, 'i'),
  // "FQ3 26A", "FQ4'26E", "FQ1": an analyst's fiscal quarter, actual or estimate.
  new RegExp(String.raw`\bF\s?Q(?<q>[1-4])(?:\s*'?(?<year>20\d{2}|\d{2})[AE]?)?\b`, 'i'),
  // "fiscal 3Q", "FY4Q26": the quarter's number before its letter, as brokers write it.
  new RegExp(String.raw`\b(?:fiscal|FY)\s*(?<q>[1-4])Q(?:\s*'?(?<year>20\d{2}|\d{2})[AE]?)?\b`, 'i'),
];
/** "Q2 2026", "2026 Q2", and as brokers write it, "2Q26", "2Q26E" or, in the year the article speaks of, "2Q". */
const CALENDAR_QUARTER = /\bQ([1-4])(?:\s*'?(\d{4}|\d{2}))?\b|\b(20\d{2})\s*年?\s*Q([1-4])\b|\b([1-4])Q(?:'?(\d{2}))?(?:[AE]\b|\b)/;
/** "the second quarter", "second-quarter operating income" (the hyphen of an adjective), "the last quarter of 2025". */
const ORDINAL_QUARTER = /\b(first|second|third|fourth|final)[- ]quarter(?: of (\d{4}))?|\blast quarter of (\d{4})/i;
/**
 * "the first three months of the year", "the last three months of 2025": a quarter counted in months; "in the first three
 * months", of no year named, is the first quarter of the article's year ("the last three months" alone are the latest, any).
 */
const THREE_MONTHS_OF = /\b(first|second|third|last|final) (?:three|3) months of (?:the (?:year|calendar year)|(20\d{2}))\b|\bthe (first) (?:three|3) months\b(?!\s+(?:of|to|through|ended|ending)\b)/i;
/** 今年头三个月, 2026年前三個月: the first quarter counted in months, in Chinese. */
const FIRST_THREE_MONTHS_CJK = /(?:(今年)|(去年)|(20\d{2})\s*年)的?(?:头|頭|前|首)(?:三|3)\s*[个個]?月/u;
/** The end of a year, a level of its last quarter: "at the end of 2025", "ended 2025 with", "year-end 2025" (not "by the end of 2026", a target). */
const YEAR_END = /\b(?:(?:at|as of) (?:the )?end of|(?:ended|closed|finished)(?= 20\d{2} with)|year[- ]end) (20\d{2})\b/i;
/** "the first six months of 2026": a half counted in months. */
const SIX_MONTHS_OF = /\b(first|second|last) (?:six|6) months of (?:the (?:year|calendar year)|(20\d{2}))\b/i;
/**
 * What a growth figure is measured against, which is not its period: "rose 28% from a year
 * ago", "up 28% year-on-year", "over the same quarter last year", "28 percent more than in the
 * same period of 2025", "a 12% rise from the same three months of 2025" (the year before the one reported),
 * "a 28% rise on the first three months of last year" (the quarter it names, a year before), "50% more than what it spent
 * a year earlier", "half again what it spent a year earlier" (half as much again).
 */
const GROWTH_BASE = /\b(?:(?:from|over|on|versus|vs\.?|compared (?:to|with)|against|(?:higher|lower|more|less) than(?: in)?|again(?: as much as)?)\s+(?:what (?:it|they|the (?:company|group|firm)) (?:spent|made|earned|reported|booked|posted|had)(?: in)?\s+)?(?:a year (?:ago|earlier)|(?:the )?(?:(?:same|corresponding) (?:quarter|period|stretch|(?:three|six|nine|3|6|9) months)|year-ago (?:quarter|period)|prior-year (?:quarter|period))(?: (?:a year (?:ago|earlier)|of (?:the )?(?:previous|prior) year|last year|(?:of|in) 20\d{2}))?|last year|(?:the )?(?:first|second|third|fourth|last|final) (?:quarter|half|(?:three|six|3|6) months) of (?:last|the previous|the prior) year)|year[- ](?:on|over)[- ]year)\b/gi;
/**
 * A quarter or half of a year named as the base of a percentage before it: "a 28% increase on the first quarter of 2025",
 * "up 12 per cent from the second half of 2024" (not "grew 28% in the first quarter of 2025", the figure's own period).
 */
const NAMED_GROWTH_BASE = /\b(?:on|from|versus|vs\.?|compared (?:to|with)|against)(?<=(?:%|\bper ?cent|\bpercent)[^,;.%]{0,30}?\b(?:on|from|versus|vs\.?|compared (?:to|with)|against))\s+(?:the )?(?:first|second|third|fourth|last|final) (?:quarter|half|(?:three|six|3|6) months) of 20\d{2}\b/gi;
/**
 * A quarter named by its last month as the base of a percentage, after it or opening its clause: "up 14% on the June
 * quarter", "From the June quarter, sales at the unit rose 7.6 per cent" — the quarter before the one the figure is of.
 */
const MONTH_QUARTER_BASE = new RegExp(String.raw`\b(?:on|from|over|versus|vs\.?|compared (?:to|with)|against)(?<=(?:%|\bper ?cent|\bpercent)[^,;.%]{0,30}?\b(?:on|from|over|versus|vs\.?|compared (?:to|with)|against))\s+${MONTH_QUARTER_NAMED}|^\s*(?:from|versus|compared (?:to|with)|against)\s+${MONTH_QUARTER_NAMED}`, 'gi');
/**
 * The same bases in Chinese, written out before a verb of change: 较上年同期增长39% is
 * 同比增长39%, growth over the year before, and 较上一季度增长5% is 环比, over the quarter
 * before; their period is the one reported. 较去年同期的294亿美元 is a figure of the year
 * before, and keeps that period.
 */
const CJK_CHANGE = String.raw`\s*(?:大幅|明显|明顯|略有|小幅)?(?:增长|增長|增加|上升|提升|提高|上涨|上漲|下降|下滑|下跌|减少|減少|降低|增|减|減|翻|持平)`;
const CJK_GROWTH_BASE = new RegExp(String.raw`(?:较|較|比|与|與|和|相比于?|相較於?|相较于?)\s*(?:去年|上年|上一年度?)同期(?:相比|相較|相较)?(?=${CJK_CHANGE})`, 'gu');
const CJK_QUARTER_BASE = new RegExp(String.raw`(?:较|較|比|与|與|和|相比于?|相較於?|相较于?)\s*上一?[个個]?(?:季度?|财季|財季)(?:相比|相較|相较)?(?=${CJK_CHANGE})`, 'gu');
/** 前年同期から5割近く増えた, 前年同期に比べて28%増: the Japanese way of 同比, growth over the year before. */
const JA_GROWTH_BASE = /前年同期(?:から|に比べて?|と比べて?|より)(?=[^。,、]{0,12}?(?:増|減|伸び|拡大|縮小))/gu;
/** Between a first month and a last: a dash, "to", "through", or either hyphened ("July-to-September"). */
const MONTHS_TO = String.raw`(?:\s?[-–—]\s?|\s+(?:to|through)\s+|-(?:to|through)-)`;
/** A dash between two months, or "-to-" hyphened, as "the April–June profit" writes them (there "to" between spaces would open a span). */
const MONTHS_DASHED = String.raw`(?:\s?[-–—]\s?|-(?:to|through)-)`;
/**
 * "the January-March quarter", "the April to June period", "the July-to-September quarter", "in April–June", "its July–September results": a quarter by
 * its first and last months (two months alone only after "in", "for", "during" or "of", "for April through June", "the 24% of October-December": "from January
 * to March" is a span of any length), or with their year after a dash ("| Jan–Mar 2026 capex |", a table's column), or after "the" ("the April–June profit"), or "between July and September".
 */
const MONTH_RANGE = new RegExp(String.raw`\b(?<first>${MONTH_WORD})${MONTHS_TO}(?<last>${MONTH_WORD})\s+(?:quarter|period|stretch|three months|report|results|earnings|revenue|sales|(?:operating |net )?(?:profit|income|loss)|capex|capital spending)(?:\s+(?:of\s+)?(?<year>20\d{2}))?|\b(?:in|for|during|of)\s+(?<bareFirst>${MONTH_WORD})${MONTHS_TO}(?<bareLast>${MONTH_WORD})\b(?:,?\s+(?<bareYear>20\d{2}))?|\b(?<datedFirst>${MONTH_WORD})\s?[-–—]\s?(?<datedLast>${MONTH_WORD}),?\s+(?<datedYear>20\d{2})\b|(?:\b(?:the|its|their)|['’]s)\s+(?<theFirst>${MONTH_WORD})${MONTHS_DASHED}(?<theLast>${MONTH_WORD})\b|\bbetween\s+(?<betweenFirst>${MONTH_WORD})\s+and\s+(?<betweenLast>${MONTH_WORD})\b(?:,?\s+(?<betweenYear>20\d{2}))?`, 'i');
/** Right after a fiscal quarter, the months it spans: "fiscal Q2 (Jul–Sep)", "fiscal Q1 2027 (July–September 2026)". */
const MONTHS_AFTER = new RegExp(String.raw`^\s*(?:20\d{2}|'?\d{2})?\s*[(,–—]\s*(?<first>${MONTH_WORD})\.?${MONTHS_DASHED}(?<last>${MONTH_WORD})\.?(?:,?\s+(?<year>20\d{2}))?`, 'i');
/** Words after two months that call them a quarter: "the December–February quarter", "in November–January period". */
const CALLED_A_QUARTER = /^\s+(?:quarter|period|three months)\b/i;
/**
 * Whether months `first` to `last` (1–12) are three; across the year's turn only where `called` a quarter or a period ("the
 * December–February quarter", Oracle's fiscal third; "the November–January period", Nvidia's fourth), as bare months
 * ("for November to January") also tell a span.
 */
function isThreeMonths(first: number, last: number, called: boolean): boolean {
  return last - first === 2 || (called && last - first === -10);
}
/**
 * Whether a month's end closes a quarter of a fiscal year that ends in `fiscalEnd` other than December: Snowflake's and
 * Nvidia's quarters end in January, April, July and October. A level at such a month's end ("RPO of $10.4 billion at the
 * end of October", 10月末時点で) is of the quarter that closes then, which is named, as "the October quarter" is, by its
 * middle month (August–October is the third); a calendar company's end of October is in its fourth quarter.
 */
const endsFiscalQuarter = (month: number, fiscalEnd: number): boolean => fiscalEnd !== 12 && (month - fiscalEnd + 12) % 3 === 0;

/** The quarter a level at the end of `month` of `year` (unknown: null) is of, for a company whose fiscal year ends in `fiscalEnd`. */
function quarterAtMonthEnd(year: number | null, month: number, fiscalEnd: number): { year: number | null; quarter: number } {
  const quarter = calendarQuarter(monthIndex(year ?? 2000, month) - (endsFiscalQuarter(month, fiscalEnd) ? 1 : 0));
  return year ? quarter : { year: null, quarter: quarter.quarter };
}

/**
 * A figure at a month's end is of that month's quarter: "$200 billion at the end of September 2025", "$455B RPO (Aug 2025)",
 * "Oracle closed May with $510 billion of bookings" (what a company ended a month with, as `YEAR_END` reads a year's), "Agentforce
 * finished October at $1.2B of ARR", "| RPO (31 Oct) | $65.4B |", "rose to $281B at 30 June" (a month's last days, written before it).
 */
const MONTH_END = new RegExp(String.raw`(?:\b(?:at the (?:end|close) of|(?:end|close) of|as of|at end-)\s*|\b(?:at|as at|as of)\s+(?:28|29|30|31)\s+|\((?:\d{1,2}\s+)?|\b(?:closed|ended|finished)\s+(?=(?:${MONTH_WORD})\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+20\d{2})?\s+(?:with|at)\b))(?<month>${MONTH_WORD})\.?(?:\s+\d{1,2}(?!\d),?)?(?:\s+(?<year>20\d{2}))?\b`, 'i');
/**
 * "the March quarter", "its March quarter", "Meta's March-quarter outlays", "the June 2025 quarter", "the quarter ended March 31, 2026",
 * "the three months to March", "the period ended March 31", "the quarter ending in late January 2026", "the three months to 25 January",
 * "the three months to the end of January", "the quarter that closed on January 25" (Nvidia's November–January quarter: a quarter is
 * dated by its middle month), "the quarter running through April", "its quarter covering February, March and April 2026" (its months listed).
 */
const MONTH_QUARTER = new RegExp(String.raw`(?:(?:\b(?:the|its|their)|['’]s)\s+(?<m1>${MONTH_WORD})(?:\s+(?<y1>20\d{2}))?(?:-end(?:ed|ing)?)?[\s-]quarter|(?:quarter|period|three months|3 months),?\s+(?:to|ended|ending|through|closed|closing|running (?:to|through)|(?:that|which) (?:ends|ended|closes|closed|runs (?:to|through))|(?:covering|spanning)\s+(?:${MONTH_WORD}),?\s+(?:${MONTH_WORD}),?\s+and)\s+(?:on\s+)?(?:in\s+|the\s+end\s+of\s+|end-)?(?:(?:late|(?<early>early)|mid)[- ]?)?(?:(?<d1>\d{1,2})\s+)?(?<m2>${MONTH_WORD})\.?(?:\s+(?<d2>\d{1,2})(?!\d))?)(?:,?\s+(?<year>20\d{2}))?`, 'i');
/**
 * The last month of a quarter `MONTH_QUARTER` names by its end: the month it names, or the month before where it ends in
 * that month's first days ("the quarter to early August", "the three months ended Nov. 2": a fiscal calendar of weeks
 * closes a May–July or August–October quarter on a weekend just past the month's end).
 */
function lastMonthOf(groups: Record<string, string | undefined>): number {
  const month = MONTH[(groups.m1 ?? groups.m2)!.toLowerCase()]!;
  const day = Number(groups.d1 ?? groups.d2 ?? 0);
  return groups.early || (day > 0 && day <= 7) ? ((month + 10) % 12) + 1 : month;
}

const SIX_MONTHS = new RegExp(String.raw`\b(?:six|6) months\s+(?:to|ended|ending|through)\s+(?<month>${MONTH_WORD})\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?<year>20\d{2}))?`, 'i');
/**
 * "fiscal 2026", "FY26", "the fiscal year ended June 30, 2026", "the fiscal year that runs to June 2026", and without its year
 * "the fiscal year that closed on June 30" (the latest to end so by the article's date; for a plan, the next).
 */
const FISCAL_YEAR = new RegExp(String.raw`\b(?:fiscal(?:\s+year)?\s*|FY\s*)(?<year>20\d{2}|'?\d{2})[AE]?\b|\bfiscal year,? (?:(?:that|which) )?(?:end(?:ed|ing|s)|closed|to|runs? (?:to|through)|running (?:to|through))\s+(?:(?:on|in)\s+)?(?<month>${MONTH_WORD})\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?<endYear>20\d{2}))?`, 'i');
/**
 * "2026E", "CY2025A" (an analyst's estimate or actual for a year), "2026 capex", "2025 revenue" (a year before its metric),
 * "2025 actual", "2026 plan" (before what the figure is: a table's column), "2025's $91 billion" and a year that will
 * bring a figure ("has said 2027 will bring at least $220 billion", "2027 will cost at least $160bn").
 */
const YEAR_WRITTEN = /\b(?:CY\s?)?(20\d{2})(?:[AE]\b|['’]s(?=\s)|(?=\s+(?:capex|capital (?:spending|expenditures?|outlays)|outlays?|revenue|sales|spending|budget|guidance|outlook|actuals?|plans?|targets?|estimates?|forecasts?)\b|\s+(?:will|would|should|could|is (?:set|expected|likely) to)\s+(?:\w+ly\s+)?(?:bring|see|require|need|mean|top|exceed|cost|be|run to|reach|come (?:in )?at)\b))/i;
/** "in 2024", "the company's 2026 revenue", "for the full year 2026" and "in November 2024": a year (a month alone dates a deal, not a quarter's figure). */
const YEAR_NAMED = new RegExp(String.raw`(?:\b(?:in|for|during|of|by(?: the end of)?|through|its|their|the|calendar)\s*(?:(?:${MONTH_WORD})\.?\s+|(?:full[- ])?year\s+)?|['’]s\s+|\()(20\d{2})\b(?!\s*[-–]\d)`, 'i');
const YEARS_NAMED = new RegExp(YEAR_NAMED.source, 'gi');

/** "in the same quarter", "during the same period", with no year before it named: the period just told of. */
const SAME_PERIOD_JUST_TOLD = /\b(?:in|during|for) the same (?:quarter|period|three months)\b(?!\s*,?\s*(?:(?:in|of) 20\d\d|(?:in|of) (?:the )?(?:prior|previous) year|year[- ]earlier))(?![^.;]{0,40}\b(?:a year (?:earlier|ago|before)|last year|year-ago)\b)/i;

/**
 * A quarter in Chinese or Japanese (never the 一季度 of 同一季度, "the same quarter", nor of 上一季度): 2026年第一季度, 一季度, 2026财年第三季度 and 第三财季 (a
 * fiscal quarter), 第1四半期 (第１・四半期, as Reuters Japan writes it); Japanese quarters by their months, 2026年1～3月期 (or １─３月).
 */
const CJK_QUARTER = /(?<![上前下次每同这這该該当當])(?:(?:(?<year>\d{4})\s*(?<fy>财年|財年|会计年度|會計年度|会計年度|财政年度|財政年度|年度|年)|(?<relative>今年|本年|去年|昨年|明年|来年|來年))\s*)?(?:第\s*)?(?<q>[一二三四1-4首])\s*・?\s*(?<unit>财季|財季|季度|季|四半期)/u;
/** Years a sum is spread over, in Chinese or Japanese (two-digit years written in full first): 2023年から2027年まで, 2026年至2029年. */
const CJK_YEARS_SPAN = /(20\d{2})\s*(?:年度?)?\s*(?:から|至|到|～|〜|~|－|-|–)\s*(20\d{2})\s*年度?\s*(?:まで|间|間|为止|為止|の)/u;
/** Years a sum is spread over: "over 2026 to 2029", "between 2026 and 2029", "across 2026-28". */
const YEARS_SPAN = /\b(?:over|between|across|spanning)\s+(20\d{2})\s?(?:[-–—]|to|and|through)\s?(20\d{2}|\d{2})\b/i;
/** "over five years", "over the next three years", 五年内, 5年間で: a sum spread over years to come, of no one period. */
const OVER_YEARS = /\bover (?:the )?(?:next |coming )?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d) years\b|(?:[二三四五六七八九十]|[2-9])\s?年(?:内|內|间|間|間で)/iu;
/** Years named bare, three or more of them (two, "2025-26", may be one fiscal year): "its 2027–2031 plan", "(2027–31)", "2027 through 2031". */
const PLAN_YEARS = /(?<![\d-])(20\d{2})\s?(?:[-–—]|to|through)\s?(20\d{2}|\d{2})(?![\d-])/i;
/**
 * A fiscal year the text says ends in a month: "the fiscal year to 30 September", "its financial year ended March 31, 2026",
 * "FY to Mar 2027",
 * 2026财年（截至9月30日）. It names the company's fiscal year, whatever company it is, the vocabulary's or not.
 */
export const FISCAL_YEAR_TO = new RegExp(String.raw`\b(?:(?:fiscal|financial) year|FY)\s+(?:to|ended|ending|through|that ended)\s+(?:(?:on\s+)?\d{1,2}\s+)?(?<month>${MONTH_WORD})\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?<year>20\d{2}))?\b`, 'i');
/** "the year to March 2027": twelve months named by the month and year they end in, a company's fiscal year where it ends then. */
const YEAR_TO = new RegExp(String.raw`\b(?:the|its|their)\s+year\s+(?:to|ended|ending|that ended)\s+(?:(?:on\s+)?\d{1,2}\s+)?(?<month>${MONTH_WORD})\.?(?:\s+\d{1,2}(?!\d))?,?\s+(?<year>20\d{2})\b`, 'i');
/** The month a month word or number names: "October", "Oct" and "10" are 10. */
export const monthOfWord = (word: string): number => (/^\d+$/.test(word) ? Number(word) : MONTH[word.toLowerCase()]!);
export const CJK_FISCAL_YEAR_ENDING = /(?<year>20\d{2})\s*(?:财年|財年|会计年度|會計年度|会計年度|财政年度|財政年度)\s*[（(]\s*(?:截至|截止)\s*(?:20\d{2}\s*年\s*)?(?<month>1[0-2]|[1-9])\s*月/u;
/** 截至2027年3月的财年: a fiscal year named by the month and year it ends in, before it. */
export const CJK_YEAR_TO_ENDING = /(?:截至|截止)\s*(?<year>20\d{2})\s*年\s*(?<month>1[0-2]|[1-9])\s*月(?:底|末|\s*\d{1,2}\s*日)?\s*(?:为止|為止|止)?\s*的\s*(?:财年|財年|会计年度|會計年度|会計年度|财政年度|財政年度)/u;
/** A figure of the year before the one a clause names: "a year earlier", "the prior year", 去年同期. */
const YEAR_AGO_BESIDE = /\b(?:a year (?:earlier|ago|before)|(?:the )?(?:previous|prior) year|year-ago|twelve months (?:earlier|before))\b|去年|上年|前年/i;
/** A quarter, a half or months of a year, of which a fiscal year named beside them is no period. */
const PART_OF_A_YEAR = /\b(?:quarter|half|three months|six months|nine months)\b|季|四半期|半年/i;

/**
 * "Kioxia's budget for the year to March 2027": the year to the month `subject`'s fiscal year ends in is that fiscal year (a
 * calendar company's year to June is twelve months of two of its years), or null.
 */
function ownYearTo(clause: string, context: PeriodContext, subject: string | null): RegExpExecArray | null {
  const twelveMonths = YEAR_TO.exec(clause);
  return twelveMonths && monthOfWord(twelveMonths.groups!.month!) === fiscalYearEndOf(subject, context) ? twelveMonths : null;
}

/**
 * The fiscal year a clause names by the month it ends in (`FISCAL_YEAR_TO`), as keys write a fiscal year (`FY2026`; a year
 * that ends in December is the calendar's, `2026`); its year, where not written, the last that had ended by the article's date.
 */
function fiscalYearTo(clause: string, context: PeriodContext, subject: string | null): string | null {
  if (PART_OF_A_YEAR.test(clause)) return null;
  const named = FISCAL_YEAR_TO.exec(clause) ?? CJK_FISCAL_YEAR_ENDING.exec(clause) ?? CJK_YEAR_TO_ENDING.exec(clause) ?? ownYearTo(clause, context, subject);
  if (!named) return null;
  const month = monthOfWord(named.groups!.month!);
  const written = named.groups!.year ? Number(named.groups!.year) : null;
  const year = written ?? (context.articleYear ? (context.articleMonth && context.articleMonth > month ? context.articleYear : context.articleYear - 1) : null);
  if (!year) return null;
  // "from €58.9 billion a year earlier": the fiscal year before the one named.
  const own = YEAR_AGO_BESIDE.test(clause) ? year - 1 : year;
  return month === 12 ? String(own) : `FY${own}`;
}

/** 2026财年（截至6月30日）: the day a fiscal year ends, in brackets after it, dates the year, not a quarter of it. */
const CJK_FISCAL_YEAR_END = /((?:财年|財年|会计年度|會計年度|会計年度|财政年度|財政年度))\s*[（(]\s*(?:截至|截止)[^（）()]{1,16}[）)]/gu;
/**
 * "the holiday quarter", "the holiday-season quarter", "its holiday-quarter operating profit": retail's name for
 * October–December (the fourth quarter), as 假日季度 and 年末商戦期 name it.
 */
const HOLIDAY_QUARTER = /\bholiday(?:[- ]season)?[- ]quarter\b/gi;
const HOLIDAY_QUARTER_CJK = /(?:假日|假期|节日|節日)(?:购物|購物)?季度|年末商戦期/gu;
/** The year a word names against the article's: 去年第四季度, 昨年10～12月期. */
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 昨年: -1, 明年: 1, 来年: 1, 來年: 1 };
/** Between a first month and a last, in Chinese or Japanese: ～, a dash, 至 or 到, 月 after the first or not (1～3月, 7月至9月). */
const CJK_MONTHS_TO = String.raw`\s*月?\s*[～~〜\-－–―─至到]\s*`;
/** A calendar quarter by its first and last months: 1～3月期, 2026年4～6月, 7至9月, 7月至9月, 10月到12月. */
const CJK_MONTH_QUARTER = new RegExp(String.raw`(?:(?:(\d{4})\s*年|(今年|本年|去年|昨年|明年|来年|來年))\s*)?(?<!\d)(?:1${CJK_MONTHS_TO}(3)|4${CJK_MONTHS_TO}(6)|7${CJK_MONTHS_TO}(9)|10${CJK_MONTHS_TO}(12))\s*月期?`, 'u');
/** Six months named by their first and last, a half: 1～6月の設備投資, 2026年7～12月期, 1至6月, 1月到6月. */
const CJK_MONTH_HALF = new RegExp(String.raw`(?:(\d{4})\s*年\s*)?(?<!\d)(?:1${CJK_MONTHS_TO}(6)|7${CJK_MONTHS_TO}(12))\s*月`, 'u');
/** Three months named by their first and last: 8～10月期, 11～1月期, 8月至10月 (a fiscal quarter across calendar ones). */
const CJK_MONTH_SPAN = new RegExp(String.raw`(?:(?:(\d{4})\s*年|(今年|本年|去年|昨年|明年|来年|來年))\s*)?(1[0-2]|[1-9])${CJK_MONTHS_TO}(?:\d{4}\s*年\s*)?(1[0-2]|[1-9])\s*月期?`, 'u');
/** The end of a year, a figure of its last quarter: 2025年底, 去年底, 2025年末時点. */
const CJK_YEAR_END = /(?:(今年|本年|去年|昨年)|(\d{4})\s*年)(?:底|末)(?!期)/u;
/** "By the end of a year" in Chinese or Japanese: 到2026年底, 至2026年末, 2026年末までに, 2026年底前 (never 截至, "as of"). */
const CJK_BY_YEAR_END = /(?<!截)(?:到|至)\s*(\d{4})\s*年(?:底|末)|(\d{4})\s*年(?:底|末)(?:まで|前)/u;
/** The end of a month: 3月底, 2026年3月末, 9月30日 (or 3 月 31 日, spaced as some sites write it); 去年 or 今年 before it names the year. */
const CJK_MONTH_END = /(今年|去年|(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(?:底|末|(?:30|31)\s*日)/u;

/**
 * A month's end said as the time of an act, before the act's verb: 亞馬遜在7月底把今年資本支出預估調高到…, 于6月底宣布…
 * (when the plan was raised, not the quarter the figure is of). Only dropped where the clause names the figure's year
 * elsewhere (今年資本支出): 在今年3月底达到2400亿美元 is a level at that month's end.
 */
const ACT_MONTH_END = /(?:在|於|于)\s*\d{1,2}\s*月(?:底|末)\s*(?=(?:把|将|將|宣布|表示|公布|上调|上調|调高|調高|下调|下調|调降|調降|提高|再度|再次))/u;
/** A year a Chinese or Japanese clause names for a figure, not a month of it: 今年資本支出, 2026年的营收 (not 今年3月底). */
const CJK_OWN_YEAR = /(?:今年|本年|去年|昨年|明年|20\d{2}\s*年)(?!\s*\d{1,2}\s*月|同期|以来|以降)/u;
/**
 * 截至6月底的2026會計年度, 截至6月30日的2026财年: the month a fiscal year runs to, said before it, dates the year, not a quarter
 * of it (as `CJK_FISCAL_YEAR_END` reads it in brackets after the year). 截至6月30日的2026财年第四财季 still names that quarter.
 */
const CJK_FISCAL_YEAR_TO = /(?:截至|截止)\s*\d{1,2}\s*月(?:底|末|\s*\d{1,2}\s*日)?\s*(?:为止|為止|止)?\s*的\s*(?=\d{4}\s*(?:财年|財年|会计年度|會計年度|会計年度|财政年度|財政年度)(?!\s*(?:第|[一二三四1-4]\s*(?:季|财季|財季|四半期)|上半|下半)))/gu;
/** 整个财年, 全财年, 整個會計年度: the whole fiscal year, the one its sentence names. */
const WHOLE_FISCAL_YEAR_CJK = /(?:整个|整個|全)(?:财年|財年|会计年度|會計年度|会計年度)/u;
/** The year a company has just begun: "a $75bn spending plan for the new year", "guidance for the new fiscal year". */
const NEW_YEAR = /\b(?:for|in|into|over) the new (?:fiscal |financial )?year\b/i;
const FISCAL_YEAR_NAMED_CJK = /(\d{4})\s*(?:财年|財年|会计年度|會計年度|会計年度|财政年度|財政年度)/u;

/** `text` without the month's end of an act (`ACT_MONTH_END`) where it names the figure's year besides. */
const withoutActMonthEnd = (text: string) => {
  const act = ACT_MONTH_END.exec(text);
  return act && CJK_OWN_YEAR.test(text.slice(0, act.index) + text.slice(act.index + act[0].length)) ? text.slice(0, act.index) + text.slice(act.index + act[0].length) : text;
};

/** 上一季度, 上季, 上一财季, 前一季, 前四半期: the quarter before. */
const CJK_PREVIOUS_QUARTER = /上一?[个個]?(?:季度?|财季|財季)|前一[个個]?(?:季度?|财季|財季)|前四半期/u;

/**
 * The month a previous quarter ended, said with it: 截至1月的上一财季, 上一財季（截至2025年10月底）. Like "the three months
 * through January", that quarter is the calendar quarter holding most of its months (November to January: the fourth).
 */
const CJK_PREVIOUS_QUARTER_ENDED = /(?:截至|截止)\s*(今年|去年|(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:底|末|\s*\d{1,2}\s*日)?(?:为止|為止)?\s*的?\s*(?:上一?[个個]?(?:季度?|财季|財季))|(?:上一?[个個]?(?:季度?|财季|財季))\s*[（(]?\s*(?:截至|截止)\s*(今年|去年|(\d{4})\s*年)?\s*(\d{1,2})\s*月/u;

/** 截至6月的三个月, 截至2026年3月31日止三個月: three months named by the month they run to, as "the three months to June" is. */
const CJK_THREE_MONTHS_TO = /(?:截至|截止)\s*(今年|去年|(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:底|末|\s*\d{1,2}\s*日)?\s*(?:为止|為止|止)?\s*的?\s*(?:三|3)\s*[个個]?月/u;

/** The calendar quarter of a previous quarter dated by the month it ended, or null. */
function quarterEndedIn(text: string, context: PeriodContext): { year: number; quarter: number } | null {
  const m = CJK_PREVIOUS_QUARTER_ENDED.exec(text);
  if (!m) return null;
  const [relative, written, monthText] = m[3] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  const year = written ? Number(written) : relative === '去年' ? context.articleYear && context.articleYear - 1 : latestYearOf(month, context);
  return year ? calendarQuarter(monthIndex(year, month) - 1) : null;
}

/** 当季, 该季, 同一季度, 当四半期: "that quarter", the one just told of. */
const THAT_QUARTER_CJK = /当季|當季|[该該](?:财|財)?季(?!节|節)度?|同一?(?:季度?|财季|財季)|[当同]四半期/u;

/**
 * The quarter, with its year, that a clause of `sentence` before `written` names, where `written` (a clause that dates itself
 * no further) speaks of it: 甲骨文截至2月末的2026财年第三财季，RPO为5350亿美元，前一季度末为5230亿美元 (the quarter before
 * it: `CJK_PREVIOUS_QUARTER`), 微软2026财年第四财季Azure收入增长38%…；当季资本支出426亿美元 (that quarter) — not the quarter
 * before the article's, nor the article's. Null where `written` is not found after such a clause.
 */
function quarterNamedBefore(written: string, sentence: string, context: PeriodContext, fiscalEnd: number): string | null {
  const at = sentence.indexOf(written);
  if (at <= 0 || quarterEndedIn(written, context) || /\d{4}\s*年/u.test(written)) return null;
  const named = quarterIn(sentence.slice(0, at), { ...context, ahead: false, toCome: false }, fiscalEnd);
  return named?.year ? format(named) : null;
}

/** Words right before the period a figure is compared with: 较上一季度的24%, 低於上季的40%. */
const CJK_COMPARED_WITH = /(?:较|較|比|低于|低於|高于|高於|相比|不及|超过|超過|优于|優於|与|與)\s*$/u;

/**
 * The year of a quarter named by its months without its year (10〜12月期決算 in February): a fact of a quarter not yet
 * begun by the article's date is of the year before, as results come after their quarter; a plan or forecast (4〜6月期の
 * 見通し, 7〜9月期) is of the article's year.
 */
function yearOfMonthQuarter(quarter: number, context: PeriodContext): number | null {
  if (!context.articleYear) return null;
  const notBegun = !context.ahead && !context.toCome && context.articleMonth != null && quarter * 3 - 2 > context.articleMonth;
  return notBegun ? context.articleYear - 1 : context.articleYear;
}

/**
 * A quarter of a Japanese fiscal year named by the month it closes in: 2026年5月期第2四半期 is the second quarter of the
 * year that ends in May 2026 (Oracle's fiscal 2026), September–November 2025, whatever calendar the company is known by.
 */
export const JA_TERM_QUARTER = /(?<!\d)((?:20)?\d{2})\s*年\s*(1[0-2]|[1-9])\s*月期\s*の?\s*第?\s*([1-4一二三四１-４])\s*・?\s*四半期/u;
/** A Japanese fiscal year named by the month it ends in: 2027年3月期, 27年3月期 (the year, then the month). */
export const JA_TERM_YEAR = /(?<!\d)((?:20)?\d{2})\s*年\s*(1[0-2]|[1-9])\s*月期/u;
/** A half of a Japanese fiscal year named by its end: 27年3月期上期, 2027年3月期の中間期, 26年12月期下期. */
const TERM_HALF = /(?<!\d)((?:20)?\d{2})\s*年\s*(1[0-2]|[1-9])\s*月期\s*(?:の)?\s*(上期|下期|中間期|上半期|下半期)/u;
/** A year written as Japanese outlets write a fiscal year's: 2027年5月期, or 27年5月期. */
export const termYear = (written: string): number => (written.length === 2 ? 2000 + Number(written) : Number(written));

/** The quarter a Chinese or Japanese `text` names, in calendar terms, or null. */
function cjkQuarterIn(text: string, context: PeriodContext, fiscalEnd: number): { year: number | null; quarter: number } | null {
  const term = text.includes('月期') ? JA_TERM_QUARTER.exec(text) : null;
  if (term) return fiscalToCalendar(termYear(term[1]!), ORDINAL[term[3]!.normalize('NFKC')]!, Number(term[2]));
  // 上一季度 (上季) is the quarter before the one the article reports (not its 一季度), unless a date says which:
  // 上一财季（截至2025年12月31日）.
  const threeMonths = CJK_THREE_MONTHS_TO.exec(text);
  const toMonth = threeMonths ? Number(threeMonths[3]) : 0;
  if (threeMonths && toMonth >= 1 && toMonth <= 12) {
    const year = threeMonths[2] ? Number(threeMonths[2]) : threeMonths[1] === '去年' ? context.articleYear && context.articleYear - 1 : latestYearOf(toMonth, context, true);
    return year ? calendarQuarter(monthIndex(year, toMonth) - 1) : { year: null, quarter: calendarQuarter(monthIndex(2000, toMonth) - 1).quarter };
  }
  const previous = CJK_PREVIOUS_QUARTER.exec(text);
  const ended = previous ? quarterEndedIn(text, context) : null;
  if (ended) return ended;
  const dated = previous ? CJK_MONTH_END.exec(text) : null;
  // …or the quarter itself with its year: 微软上一财季（2026财年第三财季）.
  const named = previous && !dated?.[2] ? CJK_QUARTER.exec(text.slice(previous.index + previous[0].length)) : null;
  if (previous && !dated?.[2] && !named?.groups?.year) {
    const comparedWith = CJK_COMPARED_WITH.test(text.slice(Math.max(0, previous.index - 4), previous.index));
    // 微软上财季资本开支375亿美元 as a headline: the news, the quarter the article reports on.
    const reported = context.headline && !comparedWith ? reportedQuarter(context, 0) : null;
    const before = reported ?? reportedQuarter(context, -1);
    if (before) return before;
    // An article that names no quarter of its own reports the last one ended by its date, as "last quarter"
    // does in English (上季度营收为376亿美元, in May, is the first quarter's); the one a figure is compared
    // with (增速较上一季度的24%) is the quarter before that.
    if (!context.articleYear || !context.articleMonth) return null;
    return calendarQuarter(monthIndex(context.articleYear, context.articleMonth) - (comparedWith ? 6 : 3));
  }
  const relativeYear = (word: string | undefined) => (word && context.articleYear ? context.articleYear + RELATIVE_YEAR[word]! : null);
  // A quarter by its months is a calendar quarter, whatever number a fiscal calendar gives it: 2026年1～3月期（第3四半期）.
  const m = CJK_MONTH_QUARTER.exec(text);
  const last = m ? Number(m[3] ?? m[4] ?? m[5] ?? m[6]) : 0;
  if (m) return { quarter: last / 3, year: m[1] ? Number(m[1]) : m[2] ? relativeYear(m[2]) : yearOfMonthQuarter(last / 3, context) };
  // エヌビディアの8～10月期, 2025年11月-2026年1月: three months across calendar quarters are the quarter holding most of them.
  const span = CJK_MONTH_SPAN.exec(text);
  if (span && (Number(span[4]) - Number(span[3]) + 12) % 12 === 2) {
    const first = Number(span[3]);
    const start = span[1] ? monthIndex(Number(span[1]), first) : span[2] ? monthIndex(relativeYear(span[2]) ?? 0, first) : null;
    if (start !== null) return calendarQuarter(start + 1);
    if (!context.articleYear) return { year: null, quarter: calendarQuarter(first).quarter };
    // Without its year, the latest such span ended by the article's date (the next one, for a plan).
    const now = monthIndex(context.articleYear, context.articleMonth ?? 12);
    let end = monthIndex(context.articleYear, first) + 2;
    while (end > now) end -= 12;
    if (context.ahead) while (end < now) end += 12;
    return calendarQuarter(end - 1);
  }
  // 次季, 下一季度, 次の四半期: the quarter after the reported one (else after the last ended by the article's date).
  const next = previous ? null : /[次下]一?[个個]?(?:季度?|财季|財季)(?![节節])|(?:次の?|来|翌)四半期/u.exec(text);
  if (next) {
    const after = reportedQuarter(context, 1);
    if (after) return after;
    return context.articleYear && context.articleMonth ? calendarQuarter(monthIndex(context.articleYear, context.articleMonth)) : null;
  }
  const c = named?.groups?.year ? named : previous ? null : CJK_QUARTER.exec(text);
  if (c) {
    const quarter = ORDINAL[c.groups!.q!]!;
    // 财年 and 财季 name the company's fiscal year, as "fiscal Q3" does; so does a quarter without its year of a company
    // whose year is not the calendar's, when the calendar's quarter is not over by the article's date (輝達第三季 in May).
    const calendarAhead = !c.groups!.year && !c.groups!.relative && !context.ahead && context.articleMonth != null && quarter * 3 > context.articleMonth;
    // A company's guidance for a quarter without its year (微軟預估，第4季…, in April) is for the next of its quarters so
    // numbered to end: its fiscal one when that ends before the calendar's.
    const yearlessFiscal = !c.groups!.year && !c.groups!.relative && fiscalEnd !== 12 && context.articleYear != null && context.articleMonth != null;
    const fiscalSooner = yearlessFiscal && context.ahead && nextEnd(quarter, fiscalEnd, context) < nextEnd(quarter, 12, context);
    // マイクロソフトが第1四半期決算を発表, in November: a quarter without its year told as an actual is the one so numbered
    // that ended last before the article's month, its fiscal one (July–September) rather than a calendar January–March
    // seven months gone (in September, that fiscal quarter is not over: 一季度 is then the calendar's).
    const fiscalLater = yearlessFiscal && !context.ahead && lastEnded(quarter, fiscalEnd, context) > lastEnded(quarter, 12, context);
    // 年度 is a fiscal year too, as Japanese writes it (マイクロソフトの2026年度第2四半期 is its October–December 2025).
    if (/财|財|会计|會計|会計/.test(`${c.groups!.fy ?? ''}${c.groups!.unit}`) || (fiscalEnd !== 12 && (calendarAhead || fiscalLater || c.groups!.fy === '年度')) || fiscalSooner) {
      const year = c.groups!.year ? Number(c.groups!.year) : fiscalYearFor(quarter, fiscalEnd, context);
      // Without a year, the calendar quarter is still known, as for "fiscal Q3".
      return year ? fiscalToCalendar(year, quarter, fiscalEnd) : { year: null, quarter: fiscalToCalendar(2000, quarter, fiscalEnd).quarter };
    }
    return { quarter, year: c.groups!.year ? Number(c.groups!.year) : c.groups!.relative ? relativeYear(c.groups!.relative) : quarterYear(quarter, context) };
  }
  const end = CJK_MONTH_END.exec(text);
  const month = end ? Number(end[3]) : 0;
  if (end && month >= 1 && month <= 12) {
    const year = end[2] ? Number(end[2]) : end[1] === '去年' ? context.articleYear && context.articleYear - 1 : latestYearOf(month, context);
    return quarterAtMonthEnd(year || null, month, fiscalEnd);
  }
  const yearEnd = CJK_YEAR_END.exec(text);
  if (yearEnd) return { quarter: 4, year: yearEnd[2] ? Number(yearEnd[2]) : relativeYear(yearEnd[1]) };
  return null;
}


/**
 * Quarter `quarter` of `year` written without "fiscal" ("Q4 2027", a broker's "4Q27"), of a company whose year ends in month
 * `fiscalEnd`, in an article that writes such quarters as the company's own (`fiscalNotation`): the company's own quarter
 * where the calendar's has not ended by the article's date and the company's fits what the figure is (an actual of a
 * quarter ended; a plan or forecast of one to come or just ended). In a note of November 2026 that opens with "Nvidia
 * reported fiscal 3Q27", "guided 4Q27 revenue to $112bn" is its November–January quarter and "$83.5bn in 2Q27" its
 * May–July one; a quarter of the calendar's already over ("Q2 2026" in November 2026) stays the calendar's, as does every
 * such quarter of an article that never writes "fiscal" so.
 */
function fiscalWhereCalendarAhead(year: number, quarter: number, context: PeriodContext, fiscalEnd: number): { year: number; quarter: number } {
  if (fiscalEnd === 12 || !context.fiscalNotation || !context.articleYear || !context.articleMonth) return { year, quarter };
  const now = monthIndex(context.articleYear, context.articleMonth);
  if (monthIndex(year, quarter * 3) <= now) return { year, quarter };
  const fiscalLast = monthIndex(year - 1, fiscalEnd) + 3 * quarter;
  const fits = context.ahead || context.toCome ? fiscalLast >= now - 3 : fiscalLast <= now;
  return fits ? fiscalToCalendar(year, quarter, fiscalEnd) : { year, quarter };
}

/** The calendar quarter that ends in `month` of the year `written`, else of the latest such month (year null where none). */
function quarterEndingIn(month: number, written: string | undefined, context: PeriodContext): { year: number | null; quarter: number } {
  const year = written ? Number(written) : latestYearOf(month, context, true);
  return year ? calendarQuarter(monthIndex(year, month) - 1) : { year: null, quarter: calendarQuarter(monthIndex(2000, month) - 1).quarter };
}

/** The quarter `text` names, in calendar terms, or null. */
function quarterIn(text: string, context: PeriodContext, fiscalEnd: number): { year: number | null; quarter: number } | null {
  for (const pattern of FISCAL_QUARTER) {
    const f = pattern.exec(text);
    if (!f) continue;
    const quarter = f.groups!.q ? Number(f.groups!.q) : /^last$/i.test(f.groups!.ord!) ? 4 : ORDINAL[f.groups!.ord!.toLowerCase()]!;
    const written = f.groups!.year ?? f.groups!.ofYear;
    // "the fiscal fourth quarter ending in late January 2026", "its fiscal third quarter, which ended October 26, 2025": the
    // quarter its end dates.
    const ended = written ? null : MONTH_QUARTER.exec(text.slice(f.index));
    if (ended?.groups!.m2 && ended.groups!.year) return calendarQuarter(monthIndex(Number(ended.groups!.year), lastMonthOf(ended.groups!)) - 1);
    // "fiscal Q2 (Jul–Sep)", "fiscal Q1 2027 (July–September 2026)": the months a quarter spans say which it is, of the year
    // they name, else of the year it names, else the latest such months.
    const spans = MONTHS_AFTER.exec(text.slice(f.index + f[0].length))?.groups;
    if (spans && (spans.year || !written) && isThreeMonths(monthOfWord(spans.first!), monthOfWord(spans.last!), true)) {
      const spanned = quarterEndingIn(monthOfWord(spans.last!), spans.year, context);
      if (spanned.year) return spanned;
    }
    const year = written ? yearOf(written.replace(/^'/, '')) : fiscalYearFor(quarter, fiscalEnd, context);
    // Without a year, the calendar quarter is still known: Microsoft's fiscal Q3 is a January–March quarter.
    return year ? fiscalToCalendar(year, quarter, fiscalEnd) : { year: null, quarter: fiscalToCalendar(2000, quarter, fiscalEnd).quarter };
  }
  const q = CALENDAR_QUARTER.exec(text);
  if (q) {
    if (q[3]) return { year: Number(q[3]), quarter: Number(q[4]) };
    if (q[5]) return q[6] ? fiscalWhereCalendarAhead(yearOf(q[6]), Number(q[5]), context, fiscalEnd) : { year: quarterYear(Number(q[5]), context), quarter: Number(q[5]) };
    return q[2] ? fiscalWhereCalendarAhead(yearOf(q[2]), Number(q[1]), context, fiscalEnd) : { quarter: Number(q[1]), year: quarterYear(Number(q[1]), context) };
  }
  const r = MONTH_RANGE.exec(text);
  const [first, last, rangeYear] = r ? [r.groups!.first ?? r.groups!.bareFirst ?? r.groups!.datedFirst ?? r.groups!.theFirst ?? r.groups!.betweenFirst!, r.groups!.last ?? r.groups!.bareLast ?? r.groups!.datedLast ?? r.groups!.theLast ?? r.groups!.betweenLast!, r.groups!.year ?? r.groups!.bareYear ?? r.groups!.datedYear ?? r.groups!.betweenYear] : [];
  if (first && last && isThreeMonths(monthOfWord(first), monthOfWord(last), r!.groups!.first !== undefined || CALLED_A_QUARTER.test(text.slice(r!.index + r![0].length)))) {
    return quarterEndingIn(monthOfWord(last), rangeYear, context);
  }
  const m = MONTH_QUARTER.exec(text);
  if (m) {
    const month = lastMonthOf(m.groups!);
    const written = m.groups!.y1 ?? m.groups!.year;
    const year = written ? Number(written) : latestYearOf(month, context, true);
    // A quarter is named by the month it ends in: its middle month is the one before.
    return year ? calendarQuarter(monthIndex(year, month) - 1) : { year: null, quarter: calendarQuarter(monthIndex(2000, month) - 1).quarter };
  }
  const e = MONTH_END.exec(text);
  if (e) {
    const month = MONTH[e.groups!.month!.toLowerCase()]!;
    const year = e.groups!.year ? Number(e.groups!.year) : latestYearOf(month, context);
    return quarterAtMonthEnd(year, month, fiscalEnd);
  }
  // "at the end of 2025", "Google Cloud ended 2025 with a backlog of $240bn": a level at a year's end is of its last quarter.
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) return { year: Number(yearEnd[1]), quarter: 4 };
  const t = THREE_MONTHS_OF.exec(text);
  if (t) {
    const year = t[2] ? Number(t[2]) : context.articleYear;
    return { year, quarter: /last|final/i.test(t[1] ?? '') ? 4 : ORDINAL[(t[1] ?? t[3]!).toLowerCase()]! };
  }
  const cjk = FIRST_THREE_MONTHS_CJK.exec(text);
  if (cjk && context.articleYear) return { year: cjk[3] ? Number(cjk[3]) : cjk[2] ? context.articleYear - 1 : context.articleYear, quarter: 1 };
  const o = ORDINAL_QUARTER.exec(text);
  if (o) return o[3] ? { quarter: 4, year: Number(o[3]) } : { quarter: ORDINAL[o[1]!.toLowerCase()]!, year: o[2] ? Number(o[2]) : quarterYear(ORDINAL[o[1]!.toLowerCase()]!, context) };
  return CJK_TEXT.test(text) ? cjkQuarterIn(text, context, fiscalEnd) : null;
}

/** 未来三年, 今後5年: the years to come, over which a sum is spread (no one period of them). */
export const YEARS_TO_COME_CJK = /(?:未来|未來|今后|今後)(?:[一二两兩三四五六七八九十]|\d{1,2})[个個]?年/u;

/**
 * 2025年4～12月期, 2025年1～9月累计: nine months to date, of the quarter their last month closes (read as the fiscal year
 * holding it, as any figure to date is): SoftBank's April–December 2025 is its 2026年3月期第3四半期累計, fiscal 2026's first
 * nine months; a calendar company's January–September 2025 is 2025's.
 */
const NINE_MONTHS_CJK = /(20\d{2})\s*年\s*(?:1|4)\s*月?\s*[～~〜－–-]\s*(9|12)\s*月(?:期|の?累計|累计|累計)/u;
/**
 * The period of a Chinese or Japanese clause that names no quarter: 上半年/下半年, 当季,
 * a year (2026年, 2026财年), 今年/去年/明年 against the article's date, 全年; 同比 (year on
 * year) growth is the article's quarter's. Null when none is named.
 */
function cjkPeriod(clause: string, context: PeriodContext, fiscalEnd: number): string | null {
  // 未来三年投入超过3800亿元: money spread over the years to come has no one period, nor the quarter told before it.
  if (/(?:未来|未來|今后|今後)[一二三四五六七八九十两兩几幾数數\d]+年/u.test(clause)) return UNDATED_OWN;
  // 27年3月期上期, 2027年3月期の中間期: a half of a fiscal year named by the month it ends, in calendar terms the half of the year
  // it begins in, as "first half" reads (April–September 2026 for the year to March 2027); 上期, 下期 and 中間期 alone are the
  // year under way's.
  const termHalf = TERM_HALF.exec(clause);
  if (termHalf) {
    const endYear = termYear(termHalf[1]!);
    return `${Number(termHalf[2]) === 12 ? endYear : endYear - 1}-H${termHalf[3] === '下期' || termHalf[3] === '下半期' ? 2 : 1}`;
  }
  const jaHalf = /(?<![年月])(上期|下期|中間期)/u.exec(clause);
  if (jaHalf && context.articleYear && /[\u3040-\u30ff]/u.test(clause)) return `${context.articleYear}-H${jaHalf[1] === '下期' ? 2 : 1}`;
  const half = /(?:(\d{4})\s*年\s*)?(上|下)半(?:年|期)/u.exec(clause);
  if (half && (half[1] || context.articleYear)) return `${half[1] ?? context.articleYear}-H${half[2] === '上' ? 1 : 2}`;
  const nine = NINE_MONTHS_CJK.exec(clause);
  if (nine) return `${nine[1]}-Q${Number(nine[2]) / 3}`;
  const months = CJK_MONTH_HALF.exec(clause);
  // Without its year, the second half is last year's in a fact told before July (7～12月期の売上高, in February).
  const secondNotBegun = !months?.[2] && !context.ahead && !context.toCome && context.articleMonth != null && context.articleMonth < 7;
  if (months && (months[1] || context.articleYear)) return `${months[1] ?? (secondNotBegun ? context.articleYear! - 1 : context.articleYear)}-H${months[2] ? 1 : 2}`;
  // 未来三年投入超过3800亿元: a sum spread over the years to come is of no one period, whatever quarter the clause before told of.
  if (YEARS_TO_COME_CJK.test(clause)) return null;
  // 同期 alone, "the same period" (谷歌云同期增速同样为28%), is the period just told of, as "in the same quarter" is (not
  // 去年同期, the year before); so is 该季 or 該季 ("that quarter"), in either script.
  if (/当季|本(?:财|財)?季度?|[该該](?:财|財)?季(?!节|節)度?|同一?(?:季度?|财季|財季)|[当同]四半期|(?<!(?:去年|上年|前年|上一年|上一年度|往年))同期(?!比)/u.test(clause)) {
    // A company's guidance for 本季 (輝達預估，本季營收約為720億美元) is for the quarter under way, after the one it reports.
    const underWay = context.ahead ? reportedQuarter(context, 1) : null;
    if (underWay) return format(underWay);
    return context.articleQuarter ?? 'quarterly';
  }
  // 2022年以来 is "since 2022", a comparison, not the figure's year; 2025全年 is the year 2025; 2025年9月 and 去年9月 name a month
  // (高于去年9月时给出的约350亿美元: when the figure was given), not a year's flow.
  const year = /(20\d{2})\s*(财年|財年|会计年度|會計年度|会計年度|年度|全年|年)(?!\s*\d{1,2}\s*月|\s*(?:以来|以降|以后|以後))|(今年|本年|去年|昨年|明年)(?!同期|\s*\d{1,2}\s*月)/u.exec(clause);
  if (year?.[1]) return /财|財|会计|會計|会計/.test(year[2]!) && fiscalEnd !== 12 ? `FY${year[1]}` : year[1];
  if (year && context.articleYear) return String(context.articleYear + ({ 去年: -1, 昨年: -1, 明年: 1 }[year[3]!] ?? 0));
  if (year?.[3]) return UNDATED_OWN;
  // 前年 is last year in Japanese (前年の実績は…), as 昨年 is, where no year is named; in Chinese it is the year before that.
  if (/前年(?!同期|比|度)/u.test(clause) && /[\u3040-\u30ff]/u.test(clause)) return context.articleYear ? String(context.articleYear - 1) : UNDATED_OWN;
  // 2026年6月期 (26年6月期) is the fiscal year that ends in June 2026 (Japanese).
  const yearEnding = JA_TERM_YEAR.exec(clause);
  if (yearEnding) return yearEnding[2] === '12' ? String(termYear(yearEnding[1]!)) : `FY${termYear(yearEnding[1]!)}`;
  // 今期 and 来期 are the fiscal year under way and the next (Japanese: the text has kana).
  const term = /(今|来)期/u.exec(clause);
  if (term && context.articleYear && /[\u3040-\u30ff]/u.test(clause)) {
    return fiscalYearUnderWay(context.articleYear, context.articleMonth, fiscalEnd, term[1] === '来' ? 1 : 0);
  }
  // A plan or forecast for 全年 (通期, 通年) is for the year under way; a fact of 全年 may be of the year before.
  if (/全年|通期|通年/u.test(clause)) return context.toCome ? fullYearOf(context, fiscalEnd) : 'annual';
  // 一年要砸下兩千億美元, 每年投入: a plan's sum "a year" is the year under way's, as the English "a year" of a plan is.
  if (context.toCome && /(?<![前后後十百\d])[一每]年(?![前后後多半內内来來以度])/u.test(clause)) return fullYearOf(context, fiscalEnd);
  if (/年化/u.test(clause)) return 'annual';
  // 年增/年減 and 季增 are how Taiwan and Hong Kong write 同比 and 环比 growth.
  if (/同比|[环環]比|按[年季]|[年季][增減减](?![长長])|前年(?:同期)?比/u.test(clause) && context.articleQuarter) return context.articleQuarter;
  return null;
}

/**
 * Whether `period`, a year or half (`2026`, `2026-H1`, or `FY2026` on `subject`'s fiscal calendar),
 * ends after the month the article is dated (in November, the year has December still to run); null
 * when either is unknown or the period is a quarter. A quarter is too near: an article's date may be read from the end of a quarter
 * it names ("the quarter ended March 31, 2026"), and a fiscal quarter is only mostly the calendar
 * quarter it is filed under.
 */
export function endsAfterArticle(period: string | null, context: PeriodContext, subject: string | null): boolean | null {
  if (!period || !context.articleYear || !context.articleMonth) return null;
  const p = /^(FY)?(\d{4})(?:-H([12]))?$/.exec(period);
  if (!p) return null;
  const year = Number(p[2]);
  const fiscalEnd = p[1] ? fiscalYearEndOf(subject, context) : 12;
  const end = p[3] ? monthIndex(year, Number(p[3]) * 6) : monthIndex(year, fiscalEnd);
  return end > monthIndex(context.articleYear, context.articleMonth);
}

/**
 * Whether `period` (a year, a half or a quarter of one, or "by" a year) lies in a calendar year after the one the article
 * is dated in; null when either is unknown. A fiscal year is left out: it may have begun before the calendar year it names.
 */
export function beginsAfterArticle(period: string | null, context: PeriodContext): boolean | null {
  const year = period && /^(?:by )?(\d{4})(?:-(?:H[12]|Q[1-4]))?$/.exec(period)?.[1];
  return year && context.articleYear ? Number(year) > context.articleYear : null;
}

/**
 * A year written with two digits before 年, as Japanese and some Chinese outlets write it near
 * the article's date (25年の実績, 26年は…を計画, 25年1～3月期); never a count of years (过去25年,
 * 近10年, 10年間, 25年前, 第10年, 10年以上).
 */
const TWO_DIGIT_YEAR = /(?<![\d.,第近约約去每满滿达達逾超长長数數十了立历歷经經过過用花耗])(\d{2})(?=\s*年(?!間|间|来|來|以|前|後|后|ぶり|連続|连续|内|內|代|目|半|多|余|余り|超|弱|強))/gu;
/** `text` with its two-digit years (25年) written in full (2025年) when within five years of the article's; else as written. */
function fullYears(text: string, context: PeriodContext): string {
  if (!context.articleYear || !text.includes('年') || !/\d{2}\s*年/.test(text)) return text;
  const year = context.articleYear;
  return text.replace(TWO_DIGIT_YEAR, (yy: string) => (Math.abs(2000 + Number(yy) - year) <= 5 ? `20${yy}` : yy));
}

/**
 * The year a figure to date ("the first nine months of its fiscal year", 本财年前九个月) whose sentence names the quarter
 * it runs to is of: the calendar year of that quarter, or for a company whose year is not the calendar's (`subject`),
 * the fiscal year that holds it (`2026-Q1` of Microsoft → `FY2026`). Any other period is returned as it is.
 */
export function yearOfQuarter(period: string, subject: string | null, context: PeriodContext): string {
  const q = QUARTER_KEY.exec(period);
  if (!q) return period;
  const fiscalEnd = fiscalYearEndOf(subject, context);
  const month = Number(q[2]) * 3;
  return fiscalEnd === 12 ? q[1]! : `FY${Number(q[1]) + (month > fiscalEnd ? 1 : 0)}`;
}

/**
 * The quarter an article reports on: the one it names most, else the last one ended before its month; or null. For a
 * company whose fiscal quarters end in other months (`subject`: Oracle's end in November), the last of its own quarters
 * ended, as the calendar quarter holding most of it: Oracle's results of December report September–November, a fourth
 * quarter, where a calendar company's of December report July–September.
 */
export function lastQuarter(context: PeriodContext, subject: string | null = null): string | null {
  if (context.articleQuarter) return context.articleQuarter;
  if (!context.articleYear || !context.articleMonth) return null;
  return lastQuarterEnded(context.articleYear, context.articleMonth, fiscalYearEndOf(subject, context));
}

/**
 * The period "this year", "last year", "next year" (今年, 去年, 明年) or "next quarter" names in an article that does not
 * say when it stands (it gives no date, or no quarter it reports on): a period of the figure's own still, never the quarter,
 * month or year another clause of the sentence names (今年の設備投資 after ３月末時点の受注残高; "a budget for 2027 of $90
 * billion, after $70 billion last year" is not of 2027). Only `ownPeriod` gives it; to others it is no period (null),
 * which merging dates by its figure.
 */
export const UNDATED_OWN = 'a period the article does not date';

/**
 * "For the full year", 全年, 通期 of a plan or forecast, without a year: the year the article stands in, the one the
 * plan is for (`UNDATED_OWN` when the article gives no year: no period, to be dated by its figure). What a company
 * reports for a full year it does not name stays a full year ("annual").
 */
function fullYearOf(context: PeriodContext, fiscalEnd = 12): string {
  if (!context.articleYear) return UNDATED_OWN;
  // "lifted its full-year subscription guide", of a company whose year ends in January, in November 2026: fiscal 2027.
  return context.articleMonth ? fiscalYearUnderWay(context.articleYear, context.articleMonth, fiscalEnd) : String(context.articleYear);
}

/**
 * The fiscal year `by` years after the one under way in `month` of `year`, for a company whose year ends in month `fiscalEnd`, as
 * keys write it: `2026` on the calendar, `FY2027` (Workday's, in November 2026).
 */
function fiscalYearUnderWay(year: number, month: number | null | undefined, fiscalEnd: number, by = 0): string {
  const fiscalYear = year + (month && month > fiscalEnd ? 1 : 0) + by;
  return fiscalEnd === 12 ? String(fiscalYear) : `FY${fiscalYear}`;
}

/**
 * "the twelve months ended June 30, 2025", "the twelve months to March 2026", "the year ending May 2027": twelve months named by the
 * month they end in (and the year, where written), where that month closes the company's fiscal year (Microsoft's June, Oracle's May), or the
 * calendar's December, are that year, not a trailing measure; any other month keeps them trailing twelve months. ("The
 * year to June 2026" stays no fiscal year: a calendar year may be told so.)
 */
const TWELVE_MONTHS_TO = new RegExp(String.raw`\b(?:(?:twelve|12)[- ]months?\s+(?:ended|ending|to|through|that ended)|(?<!\b(?:fiscal|financial|calendar)\s)year\s+(?:ended|ending|that ended))\s+(?:on\s+|in\s+)?(?<month>${MONTH_WORD})\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?<year>20\d{2}))?\b`, 'gi');
const TWELVE_MONTHS_HINT = /\b(?:months?|year)\s+(?:ended|ending|to|through|that ended)\b/i;

/** `text` with twelve months that are `subject`'s fiscal year (`TWELVE_MONTHS_TO`) written as that fiscal year: "fiscal year ended June 2025". */
export function withFiscalYearsNamed(text: string, subject: string | null, context: PeriodContext): string {
  if (!TWELVE_MONTHS_HINT.test(text)) return text;
  const fiscalEnd = fiscalYearEndOf(subject, context);
  return text.replace(TWELVE_MONTHS_TO, (all: string, month: string, year: string | undefined) => (MONTH[month.toLowerCase()] === fiscalEnd ? `fiscal year ended ${month}${year ? ` ${year}` : ''}` : all));
}

/** A quarter that names an event, not a period of figures: "the third-quarter call", "its Q3 earnings call". */
const EVENT_QUARTERS = /\b(?:(?:first|second|third|fourth)[- ]quarter|Q[1-4])\s+(?:earnings\s+|results\s+)?(?:call|conference call|briefing|webcast|presentation)\b/gi;

/**
 * When a figure was first told, after it: "the 1 GW it announced in 2025", "the 3,000 it set in March 2026". The time is the
 * telling's, not the figure's period (a target announced in 2025 is no figure of 2025).
 */
const TOLD_WHEN = new RegExp(String.raw`\b(?:it|they|we|the (?:company|group|firm))\s+(?:had\s+)?(?:first\s+)?(?:announced|unveiled|set|flagged|gave|outlined|promised|pledged|targeted)\s+(?:back\s+)?(?:in|on)\s+(?:(?:${MONTH_WORD})\.?\s+)?(?:\d{1,2},?\s+)?(?:20\d{2})?\b`, 'gi');

/**
 * A report to come, named by its quarter: "heads into its fiscal second-quarter report", "ahead of its third-quarter results",
 * "before Oracle's Q2 earnings". A fact told beside it is what stands before that report, not a figure of its quarter.
 */
const REPORT_TO_COME = /\b(?:(?:head(?:s|ed|ing)?|go(?:es|ing)?|went)\s+into|ahead\s+of|before)\s+(?:its|their|the(?:\s+company['’]s)?|[A-Z][\w.&-]*['’]s?)\s+[^,;.]{0,40}?\b(?:report|results|earnings|print)\b/g;

/**
 * The period of `clause` (the words around one figure) within `sentence`, or null.
 * `subject` is whose figure it is, for its fiscal calendar.
 */
/** A sum or a rate as a clause states it: "$83.5 billion", "12%". */
const FIGURE_WRITTEN = /(?:US|A|S|HK)?[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|(?:per ?cent|percent|billion|million|trillion|bn)\b)/i;

/**
 * `sentence` up to the first figure after `clause`: "83% more than the $51.2 billion of a year ago and 12% more than the $83.5
 * billion it booked in the July quarter" — a quarter named beside a later figure is that figure's, not the one a year ago is counted from.
 */
function upToNextFigure(sentence: string, clause: string): string {
  const at = sentence.indexOf(clause);
  if (at < 0) return sentence;
  const next = FIGURE_WRITTEN.exec(sentence.slice(at + clause.length));
  return next ? sentence.slice(0, at + clause.length + next.index) : sentence;
}

export function parsePeriod(written: string, sentence: string, context: PeriodContext, subject: string | null = null): string | null {
  const period = ownPeriod(written, sentence, context, subject);
  return period === UNDATED_OWN ? null : period;
}

/** Companies that report their sales every month (Taiwan's listed chipmakers and assemblers): a month named is the period of their figure. */
const MONTHLY_REPORTERS = new Set(['TSMC', 'Foxconn', 'Quanta', 'Wistron', 'Wiwynn', 'Inventec', 'Pegatron', 'Compal', 'Gigabyte', 'ASUS', 'Acer', 'Delta Electronics', 'Accton', 'Lite-On', 'MediaTek', 'UMC', 'ASE', 'Alchip']);
/** A month named alone, in English or in Chinese and Japanese: "November sales", "in October 2026", 11月合并营收, 2026年11月の売上高. */
const MONTH_NAMED = new RegExp(String.raw`(?<![-–—/]\s?|\b(?:through|to|and|until)\s)\b(${MONTH_WORD})(?:\.?\s+(20\d{2})\b|\b\.?)(?!\.?\s*(?:[-–—/]|through\b|to\b|\d))`, 'i');
/** The English words of a month a year before: "a year earlier", "the same month last year", "in October last year". */
const MONTH_YEAR_AGO_WORDS = String.raw`\b(?:a year (?:earlier|ago|before)|(?:the )?same month (?:last|a|of the previous) year|year-ago|(?<=\b(?:${MONTH_WORD})\s)last year)\b`;
/** A month's figure of a year before: "a year earlier", "the same month last year", 去年同月, 前年同月の. */
const MONTH_YEAR_AGO = new RegExp(String.raw`${MONTH_YEAR_AGO_WORDS}|(?:去年|上年|前年)同[月期](?!比)`, 'i');
/** A year-ago level a growth is counted from: "rose 30.1% from NT$343.6 billion a year earlier" (the growth is of the month named). */
const BASE_YEAR_AGO = new RegExp(String.raw`\b(?:from|than|over|on|against|versus)\b[^,;]{0,40}?${MONTH_YEAR_AGO_WORDS}`, 'i');
/** A growth counted from a month named after it: "2.0% from October's", 较10月: the month is the base's, not the growth's. */
const GROWTH_FROM_MONTH = new RegExp(String.raw`(?:%|per ?cent|％)[^,;，；]*?\b(?:from|than|over|versus|against|on)\s+(?:the\s+)?(?:${MONTH_WORD})\b|(?:较|較|比)(?:1[0-2]|[1-9])月`, 'i');

const MONTH_NAMED_CJK = /(?<![\d～~〜至到\-–—]\s?)(?:(20\d{2})年)?(1[0-2]|[1-9])月(?!\s?\d{1,2}[日号號]|[底末初中]|份?以来|期|[～~〜至到\-–—])/u;
/** Words that tell a quarter, a half, a span of months or a whole year, whose figures no single month is the period of. */
const NOT_A_MONTH = /\b(?:quarter|half|three months|six months|nine months|first \w+ months|year[- ]to[- ]date|YTD|fiscal)\b|季|[上下]半年|財年|财年|四半期|累计|累計|前\d+(?:个|個)?月/i;

/** A month's possessive right before a figure: "September's NT$219.4 billion", "below October's". */
const MONTH_POSSESSIVE_BEFORE = new RegExp(String.raw`\b(${MONTH_WORD})['’]s\s+(?:(?:about|roughly|some|record)\s+)?$`, 'i');

/** The month a monthly reporter's figure is of where the words right before it are a month's possessive ("September's NT$219.4 billion"), else null. */
export function possessiveMonthOf(before: string, context: PeriodContext, subject: string | null): string | null {
  if (subject === null || !MONTHLY_REPORTERS.has(companyGroup(subject))) return null;
  const named = MONTH_POSSESSIVE_BEFORE.exec(before);
  const month = named ? MONTH[named[1]!.toLowerCase()] : undefined;
  const year = month ? latestYearOf(month, context) : null;
  return month && year ? `${year}-${String(month).padStart(2, '0')}` : null;
}

/**
 * The month of a monthly reporter's figure that `text` names ("TSMC's November sales rose 30.1%", 11月合并营收为4469亿元新台币),
 * as `2026-11`; null where it names none, or a quarter, a span of months or a day ("12月10日公布" is when it was told).
 */
function monthNamed(text: string, context: PeriodContext): string | null {
  if (NOT_A_MONTH.test(text) || GROWTH_FROM_MONTH.test(text)) return null;
  const cjk = MONTH_NAMED_CJK.exec(text);
  const latin = cjk ? null : MONTH_NAMED.exec(text);
  const month = cjk ? Number(cjk[2]) : latin ? MONTH[latin[1]!.toLowerCase()] : undefined;
  if (!month) return null;
  const year = Number(cjk?.[1] ?? latin?.[2] ?? 0) || latestYearOf(month, context);
  return year ? `${year}-${String(month).padStart(2, '0')}` : null;
}

/**
 * The period of `clause` as `parsePeriod` reads it, but `UNDATED_OWN` where the clause names a year against the article's
 * date ("this year", "last year") and the article gives none: the clause's own period still, which no other clause of the sentence stands in for.
 */
export function ownPeriod(written: string, sentence: string, context: PeriodContext, subject: string | null = null): string | null {
  // "Meta's third-quarter call sets a 2027 capex minimum of $160bn": a quarter that only names the call the figure was told
  // on is not the figure's period where the clause names another.
  const withoutCall = written.replace(EVENT_QUARTERS, (words) => ' '.repeat(words.length));
  if (withoutCall !== written) {
    const other = ownPeriod(withoutCall, sentence, context, subject);
    if (other !== null) return other;
  }
  const beforeReport = context.toCome ? written : written.replace(REPORT_TO_COME, (words) => ' '.repeat(words.length));
  if (beforeReport !== written) return ownPeriod(beforeReport, sentence, context, subject);
  const untold = written.replace(TOLD_WHEN, (words) => ' '.repeat(words.length));
  if (untold !== written) return ownPeriod(untold, sentence, context, subject);
  const fiscalYear = fiscalYearTo(written, context, subject);
  if (fiscalYear) return fiscalYear;
  // "the holiday quarter" is the October–December one, "the December quarter".
  const cleared = withRelativeTimesDated(fullYears(withFiscalYearsNamed(written, subject, context), context), context).replace(HOLIDAY_QUARTER, 'December quarter').replace(HOLIDAY_QUARTER_CJK, '10～12月期').replace(CJK_FISCAL_YEAR_END, '$1').replace(CJK_FISCAL_YEAR_TO, '').replace(GROWTH_BASE, ' ').replace(NAMED_GROWTH_BASE, ' ').replace(MONTH_QUARTER_BASE, ' ').replace(CJK_GROWTH_BASE, '同比').replace(CJK_QUARTER_BASE, '环比');
  const acted = cleared.includes('月') ? withoutActMonthEnd(cleared) : cleared;
  const ja = acted.includes('前年同期') ? acted.replace(JA_GROWTH_BASE, '前年同期比') : acted;
  // "keeps its $200 billion plan for the year intact when it reports the June quarter": the report is when the plan is
  // looked at again; the plan is for the year.
  const clause = context.toCome && FOR_THE_YEAR.test(ja) ? ja.replace(WHEN_IT_REPORTS, ' ') : ja;
  // A monthly reporter's month: "TSMC's November sales rose 30.1%", 11月合并营收; "NT$343.6 billion a year earlier", that month a year before.
  const monthly = subject !== null && MONTHLY_REPORTERS.has(companyGroup(subject));
  const month = monthly ? monthNamed(clause, context) : null;
  if (month) return MONTH_YEAR_AGO.test(clause) && !BASE_YEAR_AGO.test(clause) ? monthBefore(month, 12) : month;
  if (monthly && MONTH_YEAR_AGO.test(clause)) {
    const told = monthNamed(sentence, context);
    if (told) return monthBefore(told, 12);
  }
  const fiscalEnd = fiscalYearEndOf(subject, context);
  // 当季资本支出为426亿美元，整个财年累计达1526亿美元, after 2026财年第四财季: the whole of the fiscal year the sentence names.
  const wholeYear = WHOLE_FISCAL_YEAR_CJK.test(clause) ? FISCAL_YEAR_NAMED_CJK.exec(sentence) : null;
  if (wholeYear) return fiscalEnd === 12 ? wholeYear[1]! : `FY${wholeYear[1]}`;
  // "ends fiscal 2026 with … a $75bn spending plan for the new year": the year after the one the sentence names as ending.
  if (NEW_YEAR.test(clause)) {
    const fiscal = FISCAL_YEAR.exec(sentence)?.groups?.year;
    const ended = fiscal ? yearOf(fiscal.replace(/^'/, '')) : Number(YEAR_NAMED.exec(sentence)?.[1] ?? 0);
    if (ended) return fiscalEnd === 12 ? String(ended + 1) : `FY${ended + 1}`;
  }
  const prefix = /\bby (?:the end of )?/i.test(clause) && /\bby (?:the end of )?(?:Q[1-4] )?20\d\d/i.test(clause) ? 'by ' : '';
  // "a promise of $17.5 billion over 2026 to 2029", "between 2026 and 2029": a sum spread over years named is of no one of
  // them, nor of the year another clause names ("followed in December 2025 with …": when it was promised).
  const spread = YEARS_SPAN.exec(clause);
  if (spread && yearOf(spread[2]!) > Number(spread[1])) return UNDATED_OWN;
  // (Not a yearly rate: "grow 9% a year over the next three years".)
  if (OVER_YEARS.test(clause) && !/\b(?:a|per|each) year\b|\bannual(?:ly)?\b/i.test(clause)) return UNDATED_OWN;
  // 2023年から27年までの5年間で2兆2600億円を投じる, 2025年至2027年间投入: the same in Chinese and Japanese.
  const cjkSpan = clause.includes('年') ? CJK_YEARS_SPAN.exec(clause) : null;
  if (cjkSpan && Number(cjkSpan[2]) > Number(cjkSpan[1])) return UNDATED_OWN;
  // "its 2027–2031 capital plan", "$78B (2027–31)": a plan named by the years it runs over is the sum through the last of
  // them, as "by 2031" says it: a utility's plan for 2027–2031 is not its plan for 2026–2030.
  const planYears = PLAN_YEARS.exec(clause);
  const last = planYears ? yearOf(planYears[2]!) : 0;
  if (planYears && last - Number(planYears[1]) >= 2) return `by ${last}`;
  // 到2026年底, 2026年末まで: "by the end of 2026", as English says it (截至2025年底 is "as of", the year's last quarter).
  const cjkBy = CJK_BY_YEAR_END.exec(clause);
  if (cjkBy) return `by ${cjkBy[1] ?? cjkBy[2]}`;
  // "the end of the third quarter of last year", "the first three months of last year": that quarter of the year before the article's.
  const ofLastYear = /\b(?:(first|second|third|fourth) quarter|(first|last|final) three months|Q([1-4])) (?:of )?(?:last|the previous|the prior) year\b/i.exec(clause);
  if (ofLastYear && context.articleYear) return format({ year: context.articleYear - 1, quarter: ofLastYear[3] ? Number(ofLastYear[3]) : ofLastYear[2] ? (ofLastYear[2].toLowerCase() === 'first' ? 1 : 4) : ORDINAL[ofLastYear[1]!.toLowerCase()]! });
  // "Last year Google pulled …" dates the figure itself; "up from $9.4 billion last year" compares it with another.
  const ownLastYear = /\blast year\b/i.test(clause) && !/\b(?:from|than|versus|vs\.?|compared (?:to|with)|against)\b[^.;]{0,40}\blast year\b/i.test(clause);
  if (ownLastYear && !/\b(?:same (?:quarter|period)|a year (?:earlier|ago)|previous year|prior year|year-ago)\b/i.test(clause)) return context.articleYear ? String(context.articleYear - 1) : UNDATED_OWN;
  // 较上年同期增长 was made 同比增长 above: growth over the year before, not a figure of that period.
  // "its sales were up 28pc in the same quarter": the quarter just told of, as 同期 is, not the one a year before it.
  if (SAME_PERIOD_JUST_TOLD.test(clause)) return context.articleQuarter ?? 'quarterly';
  if (/\b(?:same quarter|a year (?:earlier|ago)|previous year|prior year|last year|year-ago)\b|去年同期|上年同期|前年同期(?!比)/i.test(clause)) {
    // "the $51.2 billion it recorded in the same quarter of 2025": the quarter reported on, in the year named.
    const sameOfYear = /\bsame (?:quarter|three months) (?:of|in) (20\d{2})\b/i.exec(clause);
    const reported = context.articleQuarter ? QUARTER_KEY.exec(context.articleQuarter) : null;
    if (sameOfYear && reported && Number(sameOfYear[1]) === Number(reported[1]) - 1) return `${sameOfYear[1]}-Q${reported[2]}`;
    const reference = quarterIn(upToNextFigure(sentence, written).replace(/same (?:quarter|period)[^,.;]*/i, '').replace(/year-ago[^,.;]*/i, ''), context, fiscalEnd);
    if (reference?.year) return format({ year: reference.year - 1, quarter: reference.quarter });
    // "capex of $200 billion in 2026, up from $131 billion last year": a sentence about a year compares years.
    // (Not a year a target is set for: "up from about 250,000 a year ago, and aims to reach 1 million by the end of 2027".)
    const ofYear = [...sentence.matchAll(YEARS_NAMED)].find((m) => !/^by\b/i.test(m[0]))?.[1] ?? (/\b(?:this|the current) year\b/i.test(sentence) ? context.articleYear : null);
    if (ofYear) return String(Number(ofYear) - 1);
    const ofArticle = context.articleQuarter ? quarterIn(context.articleQuarter, context, 12) : null;
    if (ofArticle?.year) return format({ year: ofArticle.year - 1, quarter: ofArticle.quarter });
    // The same period a year before one the text does not date: never the figure's own period.
    return 'a year earlier';
  }
  // 前一季度末 after a quarter its sentence named is the quarter before that one; 当季, 该季 ("that quarter") is that one.
  const previous = CJK_PREVIOUS_QUARTER.test(clause);
  const named = previous || (!context.ahead && THAT_QUARTER_CJK.test(clause)) ? quarterNamedBefore(written, sentence, context, fiscalEnd) : null;
  if (named) return prefix + (previous ? quarterBefore(named, 1) : named);
  const ofAnother = subject && context.fallbackSubject && companyGroup(subject) !== companyGroup(context.fallbackSubject) && CJK_PREVIOUS_QUARTER.test(clause);
  const quarter = quarterIn(clause, ofAnother ? { ...context, articleQuarter: null } : context, fiscalEnd);
  if (quarter) return prefix + format(quarter);
  const six = SIX_MONTHS.exec(clause);
  if (six) {
    const month = MONTH[six.groups!.month!.toLowerCase()]!;
    const year = six.groups!.year ? Number(six.groups!.year) : latestYearOf(month, context);
    if (year && (month === 6 || month === 12)) return `${year}-H${month / 6}`;
  }
  const sixOf = SIX_MONTHS_OF.exec(clause);
  if (sixOf && (sixOf[2] || context.articleYear)) return `${prefix}${sixOf[2] ?? context.articleYear}-H${sixOf[1]!.toLowerCase() === 'first' ? 1 : 2}`;
  // "1H26", "2H 2025": the analysts' way of writing a half.
  const analystHalf = /\b([12])H\s?('?\d{2}|20\d{2})\b/.exec(clause);
  if (analystHalf) return `${prefix}${yearOf(analystHalf[2]!)}-H${analystHalf[1]}`;
  // "H1 FY26", "the first half of fiscal 2026": a half of a fiscal year ending in June is a calendar half a half earlier
  // (Microsoft's H1 FY26 is July to December 2025).
  const fiscalHalf = fiscalEnd === 6 ? FISCAL_HALF.exec(clause) : null;
  if (fiscalHalf) return halfNumber(fiscalHalf) === '1' ? `${prefix}${yearOf(fiscalHalf[3]!) - 1}-H2` : `${prefix}${yearOf(fiscalHalf[3]!)}-H1`;
  const half = HALF.exec(clause);
  if (half && (half[3] || context.articleYear)) return `${prefix}${half[3] ?? context.articleYear}-H${halfNumber(half)}`;
  // "so $94.6bn for the half": the half-year of the quarter the article reports on (no period known where it reports on none).
  if (/\b(?:the|this) half(?:[- ]year)?\b/i.test(clause)) {
    const reported = context.articleQuarter ? QUARTER_KEY.exec(context.articleQuarter) : null;
    return reported ? `${prefix}${reported[1]}-H${Number(reported[2]) <= 2 ? 1 : 2}` : UNDATED_OWN;
  }
  if (/\b(?:last|latest|most recent|previous) quarter\b/i.test(clause)) return lastQuarter(context) ?? 'quarterly';
  // "the 28% the cloud unit is currently delivering": a rate a business delivers now is its latest quarter's.
  if (!context.toCome && /\b(?:is|are) (?:currently|now) (?:delivering|growing|posting)\b/i.test(clause)) return lastQuarter(context) ?? UNDATED_OWN;
  // "revenue of $57 billion for the August–October period, and it guided to $65 billion for the following quarter": the
  // quarter after the one the sentence named before it.
  const following = /\b(?:following|subsequent) quarter\b/i.exec(clause) ? sentence.search(/\b(?:following|subsequent) quarter\b/i) : -1;
  // (The quarter named before is a reported one: the guidance's own context does not move it ahead.)
  const before = following > 0 ? quarterIn(fullYears(sentence.slice(0, following), context), { ...context, ahead: false, toCome: false }, fiscalEnd) : null;
  if (before) return prefix + quarterBefore(format(before), -1);
  // "sees 37% to 38% next quarter": the quarter after the one the article reports on, else the one under way at its date.
  if (/\b(?:next|coming|following|subsequent) quarter\b/i.test(clause)) {
    const next = reportedQuarter(context, 1) ?? currentQuarter(context);
    return next ? prefix + format(next) : UNDATED_OWN;
  }
  if (/\b(?:in|during|for) the (?:quarter|period)\b|\bquarterly\b|\b(?:this|the current) quarter\b/i.test(clause)) {
    // A company's guidance for the current quarter ("expects growth of 37% in the current quarter"), or anyone's call on it
    // ("Nvidia reckons the current quarter will land between …"), is for the one under way,
    // after the one the article reports, as 本季 is (cjkPeriod); for "the quarter", setReportedPeriods (extractClaims.ts) says which.
    const underWay = (context.ahead || context.toCome) && /\b(?:this|the current) quarter\b/i.test(clause) ? (reportedQuarter(context, 1) ?? currentQuarter(context)) : null;
    return underWay ? format(underWay) : (context.articleQuarter ?? 'quarterly');
  }
  // "nearly $110 billion for the first nine months of the fiscal year": months to date of the fiscal year that holds the
  // quarter the article reports (or the last one ended by its date); never the quarter another clause names.
  if (/\bfirst (?:three|six|nine|3|6|9) months of (?:the|its|this) (?:fiscal|financial) year\b/i.test(clause)) {
    const last = lastQuarter(context, subject);
    return last && /^\d{4}-Q[1-4]$/.test(last) ? prefix + yearOfQuarter(last, subject, context) : UNDATED_OWN;
  }
  // "next fiscal year", "the current fiscal year", "its current fiscal year", "last financial year": the company's fiscal
  // year, counted from the one under way at the article's date (in May 2026 Microsoft's is fiscal 2026, which ends in June).
  const relativeFiscal = /\b(this|(?:the|its|their) current|(?:its|their) next|next|the coming|(?:its|their) last|last|(?:the|its|their) (?:previous|prior)) (?:fiscal|financial) year\b/i.exec(clause);
  if (relativeFiscal) {
    if (!context.articleYear) return UNDATED_OWN;
    const by = /next|coming/i.test(relativeFiscal[1]!) ? 1 : /last|previous|prior/i.test(relativeFiscal[1]!) ? -1 : 0;
    return `${prefix}${fiscalYearUnderWay(context.articleYear, context.articleMonth, fiscalEnd, by)}`;
  }
  const fiscal = FISCAL_YEAR.exec(clause);
  if (fiscal) {
    const year = fiscal.groups!.year ? yearOf(fiscal.groups!.year.replace(/^'/, '')) : fiscal.groups!.endYear ? Number(fiscal.groups!.endYear) : latestYearOf(MONTH[fiscal.groups!.month!.toLowerCase()]!, context);
    if (!year) return UNDATED_OWN;
    return `${prefix}${fiscalEnd === 12 ? year : `FY${year}`}`;
  }
  const year = YEAR_NAMED.exec(clause) ?? YEAR_WRITTEN.exec(clause);
  if (year) return `${prefix}${year[1]}`;
  // "after opening the year at about $200 billion": where a plan for this year stood when the year began.
  if (OPENING_THE_YEAR.test(clause)) return context.articleYear ? String(context.articleYear) : UNDATED_OWN;
  // "by the end of the year", "by year-end", "ending the year nearer $215 billion": this year still to end (not "ended the year").
  // "by the end of this year" is by a year's end as "by the end of 2026" is (`prefix`), in an article of 2026.
  if (/\b(?:this|the current) (?:year|calendar year)\b|\b(?:by|before|toward|towards) (?:the )?(?:end of the year|year-?end)\b|\b(?:ending|to end|will end|finishing|closing) the year\b/i.test(clause)) {
    const byEnd = /\b(?:by|before) (?:the end of (?:this|the current|the) year|(?:the )?year-?end)\b/i.test(clause) ? 'by ' : '';
    return context.articleYear ? `${byEnd}${context.articleYear}` : UNDATED_OWN;
  }
  if (/\bnext year\b/i.test(clause)) return context.articleYear ? String(context.articleYear + 1) : UNDATED_OWN;
  // "a year" is a rate ("$10 billion a year"), not a span ("less than a year after").
  // "The Street sees $215 billion for the full year", "a capex budget for the year": a plan or forecast of the year under way.
  // ("Hood on fiscal 2027: capex will be $100 billion for the year": the year the sentence names; "spent $37.5 billion in its
  // fiscal third quarter, and Alphabet guided to $175 billion for the year" names a quarter, not a year.)
  if (context.toCome && (/\bfull[- ]year\b/i.test(clause) || (/\bfor the (?:calendar )?year\b(?! (?:end|end(?:ed|ing)|to)\b)/i.test(clause) && !NAMES_A_YEAR.test(sentence)))) return fullYearOf(context, fiscalEnd);
  if (/\b(?:annual(?:ized)?|run[- ]rate|per year|(?<!\b(?:than|within|in|for|after|nearly|almost|about|over|under) )a year(?! (?:ago|earlier|before|after|later))|yearly|full[- ]year)\b/i.test(clause)) return 'annual';
  return CJK_TEXT.test(clause) ? cjkPeriod(clause, context, fiscalEnd) : null;
}
