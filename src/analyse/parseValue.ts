/**
 * Finds the figures in a sentence and normalises them: money (`$200B`, `$200
 * billion`, `200B$`, `7000B$`, `$1T`, `~$50B`, `$464B+`, `€5bn`, `10 billion yuan`,
 * `$2.5-billion`, `$40 bln`, `half a billion dollars`, `Rs 5,000 crore`, `2 trillion won`),
 * percentages, multipliers (`4x`, `4×`, `four times`, `10-fold`), counts of chips
 * (`100,000 Trainium chips`, `350,000 H100s`, `one million TPUs`) and other units, in one
 * unit per quantity (`1,500 MW` and `1.5 gigawatts` are both GW; `1.6 Tbps` is 1,600 Gbps).
 * Bounds: `+`, `-plus`, "more than", "over" are a minimum; "up to" a maximum; `~`,
 * "approximately" approximate.
 */
import type { Value } from '../schemas.ts';
import { matchesOf } from './matchesOf.ts';
import { boundedCacheByContext } from '../memoByText.ts';

export interface FoundValue {
  value: Value;
  /** Where the figure (with its bound words) stands in the sentence. */
  start: number;
  end: number;
  /** The figure as written, e.g. `$464B+`. */
  text: string;
  /** Written as a range with both ends ("$175 billion to $185 billion", 600亿至700亿美元): `value` is its lower end, `min`. */
  range?: true;
  /** A range's upper end, in the unit of `value` ($185 billion of "$175 billion to $185 billion"), where it is above the lower. */
  high?: number;
}

const SCALE: Record<string, number> = {
  t: 1e12, trillion: 1e12, tn: 1e12, trln: 1e12, trn: 1e12, tril: 1e12,
  b: 1e9, bn: 1e9, billion: 1e9, bln: 1e9, bil: 1e9,
  m: 1e6, mn: 1e6, million: 1e6, mm: 1e6, mln: 1e6, mil: 1e6,
  k: 1e3, thousand: 1e3,
  // Indian numbering: a crore is ten million, a lakh a hundred thousand.
  'lakh crore': 1e12, crore: 1e7, lakh: 1e5,
  // Chinese and Japanese numbering: 亿/億 is a hundred million, 万/萬 ten thousand, 兆 (Japanese) a trillion.
  万亿: 1e12, 萬億: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4, 兆: 1e12,
  // German, as wires translated from it write: Mrd. (Milliarden) is a billion, Mio. (Millionen) a million.
  'mrd.': 1e9, mrd: 1e9, milliarden: 1e9, 'mio.': 1e6, mio: 1e6, millionen: 1e6,
  // "52 cents a share": a hundredth of the dollar.
  cent: 0.01, cents: 0.01,
};
/** What a scale word multiplies by, however it is cased and spaced ("Billion", "lakh  crore"), or undefined. */
const scaleOf = (word: string): number | undefined => SCALE[word.toLowerCase().replace(/\s+/g, ' ')];
/** The number words, one to ninety: what every reader of numbers in words is built from. */
export const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
export const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/**
 * Numbers in words that can stand before a scale in words: `half a billion`, `one
 * million`, `fifty billion dollars`, `twenty-five billion` (one to ninety-nine, a
 * hyphen or a space between tens and ones).
 */
const COUNT_WORDS: Record<string, number> = {
  a: 1,
  'half a': 0.5,
  // "nearly a quarter of a trillion dollars", "three quarters of a billion", "a fifth of a trillion": never "a trillion" alone.
  'a quarter of a': 0.25,
  // "a quarter-trillion dollars", "a half-billion-dollar deal"
  'a quarter': 0.25,
  'a half': 0.5,
  'three quarters of a': 0.75,
  'a third of a': 1 / 3,
  'a fifth of a': 0.2,
  'a tenth of a': 0.1,
  ...Object.fromEntries(ONES.map((word, i) => [word, i + 1])),
  ...Object.fromEntries(TEENS.map((word, i) => [word, i + 10])),
  ...Object.fromEntries(TENS.flatMap((tens, t) => [[tens, 20 + 10 * t], ...ONES.map((one, o) => [`${tens}-${one}`, 21 + 10 * t + o])])),
};
const WORD_NUMBERS: Record<string, number> = { ...COUNT_WORDS, twice: 2, double: 2, triple: 3 };
/** Number words as one alternation, longest first (`twenty-five` before `twenty`); a space may stand for the hyphen. */
const wordsPattern = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[- ]/g, '[\\s-]'))
    .join('|');
const COUNT_WORD_PATTERN = wordsPattern(Object.keys(COUNT_WORDS));
/** The number a word or two stand for: `Fifty`, `twenty five`, `twenty-five`, `half a`. */
const wordNumber = (words: string): number | undefined => {
  const key = words.toLowerCase().replace(/\s+/g, ' ');
  return WORD_NUMBERS[key] ?? WORD_NUMBERS[key.replace(' ', '-')] ?? WORD_NUMBERS[key.replace(/-/g, ' ')];
};
/** One to ninety-nine in words, as after "hundred": `two hundred (and) forty-four`. */
const TAIL_WORD_PATTERN = wordsPattern(Object.keys(COUNT_WORDS).filter((word) => Number.isInteger(COUNT_WORDS[word]) && word !== 'a'));
/** The digits a transcript says after "point": "thirty-seven point six", "four point four", "one point oh five". */
const DIGIT_WORDS: Record<string, string> = { zero: '0', oh: '0', ...Object.fromEntries(ONES.map((word, i) => [word, String(i + 1)])) };
const DIGIT_WORD_PATTERN = Object.keys(DIGIT_WORDS).join('|');
/** A whole number and a fraction before the scale: "seventeen and a half billion dollars" is 17.5 billion, not half a billion. */
const AND_FRACTION: Record<string, number> = { 'a half': 0.5, 'a quarter': 0.25, 'three quarters': 0.75 };
/**
 * A number in words, whole ("two hundred forty-four"), with a fraction ("seventeen and a half") or with its decimals
 * spoken ("thirty-seven point six"), before its unit.
 */
const IN_WORDS_CORE = String.raw`\b(?<lead>${COUNT_WORD_PATTERN})(?:(?<hundred>[\s-]hundred)(?:[\s-](?:and[\s-])?(?<tail>${TAIL_WORD_PATTERN}))?)?(?:[\s-]and[\s-](?<fraction>a[\s-]half|a[\s-]quarter|three[\s-]quarters)|\s+point(?<decimals>(?:\s+(?:${DIGIT_WORD_PATTERN}))+)(?=[\s-]))?`;
const IN_WORDS = String.raw`${IN_WORDS_CORE}[\s-]`;
/** `IN_WORDS_CORE` without its named groups, for other patterns and lookaheads: "thirty-seven and a half", "a hundred and thirty-one". */
export const NUMBER_IN_WORDS = IN_WORDS_CORE.replace(/\(\?<\w+>/g, '(?:');
const WHOLE_IN_WORDS = new RegExp(String.raw`^${IN_WORDS_CORE}$`, 'i');
/** The number a phrase in words says ("a hundred and thirty-one" is 131, "thirty-four point nine" 34.9), else undefined. */
export function numberInWords(words: string): number | undefined {
  const match = WHOLE_IN_WORDS.exec(words.trim());
  return match ? inWordsAmount(match.groups!) : undefined;
}
/** The number `IN_WORDS` matched: its whole part, hundreds and what follows them, then its fraction or spoken decimals. */
const inWordsAmount = (g: Record<string, string | undefined>): number => {
  const whole = wordNumber(g.lead!)! * (g.hundred ? 100 : 1) + (g.tail ? wordNumber(g.tail)! : 0);
  if (g.fraction) return whole + AND_FRACTION[g.fraction.toLowerCase().replace(/[\s-]+/, ' ')]!;
  if (!g.decimals) return whole;
  const digits = g.decimals.trim().toLowerCase().split(/\s+/).map((word) => DIGIT_WORDS[word]).join('');
  return whole + Number(`0.${digits}`);
};
/** Units converted to one unit per quantity, so that figures written either way compare. */
const UNIT_OF: Record<string, { unit: string; factor: number }> = {
  gw: { unit: 'GW', factor: 1 }, gigawatt: { unit: 'GW', factor: 1 }, gigawatts: { unit: 'GW', factor: 1 },
  mw: { unit: 'GW', factor: 1e-3 }, megawatt: { unit: 'GW', factor: 1e-3 }, megawatts: { unit: 'GW', factor: 1e-3 },
  吉瓦: { unit: 'GW', factor: 1 }, 千兆瓦: { unit: 'GW', factor: 1 }, ギガワット: { unit: 'GW', factor: 1 },
  兆瓦: { unit: 'GW', factor: 1e-3 }, 百萬瓦: { unit: 'GW', factor: 1e-3 }, 百万瓦: { unit: 'GW', factor: 1e-3 }, メガワット: { unit: 'GW', factor: 1e-3 },
  千瓦: { unit: 'GW', factor: 1e-6 }, キロワット: { unit: 'GW', factor: 1e-6 }, kw: { unit: 'GW', factor: 1e-6 },
  gbps: { unit: 'Gbps', factor: 1 }, tbps: { unit: 'Gbps', factor: 1e3 },
  tflops: { unit: 'TFLOPS', factor: 1 }, pflops: { unit: 'TFLOPS', factor: 1e3 },
  teraflops: { unit: 'TFLOPS', factor: 1 }, petaflops: { unit: 'TFLOPS', factor: 1e3 },
  twh: { unit: 'TWh', factor: 1 }, 'terawatt-hour': { unit: 'TWh', factor: 1 }, 'terawatt-hours': { unit: 'TWh', factor: 1 }, 'terawatt hours': { unit: 'TWh', factor: 1 },
  gwh: { unit: 'TWh', factor: 1e-3 }, 'gigawatt-hour': { unit: 'TWh', factor: 1e-3 }, 'gigawatt-hours': { unit: 'TWh', factor: 1e-3 }, 'gigawatt hours': { unit: 'TWh', factor: 1e-3 },
  千瓦时: { unit: 'TWh', factor: 1e-9 }, 千瓦時: { unit: 'TWh', factor: 1e-9 }, キロワット時: { unit: 'TWh', factor: 1e-9 }, キロワットアワー: { unit: 'TWh', factor: 1e-9 },
  eb: { unit: 'EB', factor: 1 }, exabyte: { unit: 'EB', factor: 1 }, exabytes: { unit: 'EB', factor: 1 },
  pb: { unit: 'EB', factor: 1e-3 }, petabyte: { unit: 'EB', factor: 1e-3 }, petabytes: { unit: 'EB', factor: 1e-3 },
};

/** A figure in the unit Digest compares it in: `1,500 MW` is 1.5 GW. */
export function inCommonUnit(amount: number, unit: string): { amount: number; unit: string } {
  const common = UNIT_OF[unit.toLowerCase()];
  // Rounded to 12 significant digits: 800 MW is 0.8 GW, not 0.8000000000000002.
  return common ? { amount: Number((amount * common.factor).toPrecision(12)), unit: common.unit } : { amount, unit };
}

/** Before a figure, words that make it a minimum; a verb of passing a mark too: "revenue topped $15 billion", "exceeded $450 billion". */
const MIN_WORDS = String.raw`no less than|not less than|no fewer than|not fewer than|a minimum of|more than|over|above|at least|exceed(?:ing|ed|s)|in excess of|north of|upwards of|top(?:ped|s|ping)|surpass(?:ed|es|ing)|cross(?:ed|es|ing)|(?:broke|breaks|breaking) through`;
/**
 * A figure a total is drawing near is its ceiling, not an estimate either side of it: "a run rate approaching $20 billion"
 * is the "$19 billion" another outlet gives ("close to", which the evaluation's gold reads as about, stays approximate).
 * "No more than" is a ceiling too, and "no less than" (above) a floor, though "less than" and "more than" stand in them.
 */
const MAX_WORDS = String.raw`no more than|not more than|up to|as much as|as many as|less than|under|below|at most|approach(?:es|ed|ing)|near(?:s|ed|ing)|closing in on`;
const APPROX_WORDS = String.raw`about|approximately|approx\.?|around|roughly|nearly|near|almost|some|an estimated|estimated|in the neighbou?rhood of|in the region of|on the order of|close to|(?:just |a little )?shy of|the best part of`;
/**
 * Chinese and Japanese bound words, written against the figure: 超过/逾/不低于 (more than, at
 * least; 突破, 越过, "passed"), 最高/最多/多达/不超过/最大 (up to), 约/近/接近 (about, nearly), with a verb between them
 * and the figure or not (最多可达, 约为, 最高或达 "at most perhaps"). After it: 以上 (and more), 500億ドルを超えた and
 * を上回った (passed the mark), 6000億ドル台に乗る ("into the 600 billions", whose floor it is), 左右 (or so).
 */
const CJK_BOUND_BEFORE = /(?:(?<min>超过|超過|超出|突破|越过|越過|逾|超|不低于|不低於|不少于|不少於|至少|高于|高於|多于|多於)|(?<max>不超过|不超過|最高|最多|多达|多達|至多|上看|上限为?|最大で?|逼近)|(?<approx>大约|大約|(?<![合条條契预預节節履规規公])[约約]|将近|將近|接近|近))(?:(?:或将|或將|[可能将会或])?(?:降低|减少|节省|下降|提升|提高|增长|增加|上涨|达到|達到|达|達|为|為|是|逾)?了?)\s?$/u;
const CJK_BOUND_AFTER = /^(?:(?<min>以上|之上|超(?![过過出え])|強|余り|あまり|を?超え|を?上回|台(?=[にへをので]))|(?<max>に迫)|(?<approx>左右|前後|程度|近く|弱))/u;
/** Chinese or Japanese text: the patterns, bound words and period words written that way are tried only there. */
export const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff]/;
/** Numerals written in characters, as in 三成 (30%) and 翻两番 (4x). */
const CJK_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Verbs that multiply: "doubled", "triples", "quadrupling". */
const MULTIPLIED: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4 };
/**
 * A share said as a fraction — "by two-fifths", "by as much as a third", "by half", "two-thirds cheaper" — where it
 * measures a change: after "by" (a bound word between), or before a word of comparison. Never "a third quarter", "half a
 * point", "half of", nor a quarter but "three-quarters" ("slipped by a quarter" is a time).
 */
const FRACTION = String.raw`(?:(?:a|one|two|three|four)[\s-](?:thirds?|fifths?)|(?:a|one)[\s-]half|three-quarters|half)(?![\s-](?:of|a|an|point|percentage|quarter|year|century|decade|dozen)\b|-)`;
const FRACTION_BOUND = String.raw`(?:(?:as much as|up to|about|nearly|roughly|almost|more than|over|around|some|close to|at least)\s+)?`;
/**
 * Also a rise said as a fraction of the figure before: "half again what it spent a year earlier" (half as much again,
 * +50%), "up almost half from a year earlier"; never "half again as long", a time.
 */
const FRACTION_PATTERN = new RegExp(String.raw`(?:(?<=\bby\s+${FRACTION_BOUND})|(?=${FRACTION}\s+(?:cheaper|less|lower|more|faster|higher|smaller|larger|bigger|fewer|again\s+(?:as (?:much|large|big|many|high)|what|the|its|their))\b)|(?<=\b(?:up|down)\s+${FRACTION_BOUND})(?=${FRACTION}\s+(?:from|on|over)\s+(?:a|the|last)\b))\b(?<share>${FRACTION})`, 'giu');
const PARTS: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20 };
/** The counts a share "in every" so many is said in: "one in three", "four in every five", "nine in ten". */
const SMALL_COUNTS: Record<string, number> = Object.fromEntries([...ONES, 'ten'].map((word, i) => [word, i + 1]));
/** What a share is "in every" so many of: two to ten. */
const IN_EVERY_OF = Object.keys(SMALL_COUNTS).slice(1).join('|');
const IN_EVERY_NEEDS = new RegExp(String.raw`\bin (?:every )?(?:${IN_EVERY_OF})\b`, 'i');
const IN_EVERY = new RegExp(String.raw`\b(?<ratioCount>${Object.keys(SMALL_COUNTS).join('|')})\s+in\s+(?:every\s+)?(?<ratioOf>${IN_EVERY_OF})\b(?!\s+(?:years?|months?|weeks?|days?|quarters?)\b)`, 'giu');
/** How many parts a fraction in words counts: "a third", "two-fifths". */
const FRACTION_COUNTS: Record<string, number> = { a: 1, ...SMALL_COUNTS };
/** A fraction in words as a percentage: "two-fifths" is 40, "a third" 33.3, "half" 50. */
function fractionPercent(fraction: string): number {
  const [count, part] = fraction.toLowerCase().split(/[\s-]/);
  if (part === undefined) return PARTS.half!;
  return Number((FRACTION_COUNTS[count!]! * PARTS[part.replace(/s$/, '')]!).toFixed(1));
}

/** A fraction in words before "of" and a market, within a few words: "a third of the cloud infrastructure market". */
const FRACTION_OF_MARKET_NEEDS = /\b(?:thirds?|quarters?|half|fifths?)\s+of\b[^.;]{0,40}\bmarket\b/i;
const FRACTION_OF_MARKET = /\b(?<share>(?:a|one|two|three|four)[\s-](?:thirds?|fifths?)|(?:a|one)[\s-](?:half|quarter)|three[\s-]quarters|half)(?=\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}market\b)/giu;
/** 三分之一 is a third, 四分之三 three quarters: the parts, then the count. */
const CJK_FRACTION = /(?<=(?:增长|增長|增加|提升|提高|上升|上涨|上漲|下降|下滑|下跌|减少|減少|降低|占|佔|占据|佔據|超过|超過|达到|達到|[了近约約超逾达達])(?:最多|最高|至多|多达|多達)?)(?<cjkOf>[二两兩三四五六七八九十])分之(?<cjkParts>[一二两兩三四五六七八九])/gu;

/** Doublings: 翻番 and 翻一番 double, 翻两番 doubles twice. */
const DOUBLINGS: Record<string, number> = { 翻番: 2, 翻一番: 2, 翻了一番: 2, 翻倍: 2, 翻了一倍: 2, 翻两番: 4, 翻了两番: 4 };

/** Bound words just before a figure (matched backwards from it, so the figure patterns stay simple and fast). */
const BOUND_BEFORE = new RegExp(String.raw`(?:^|[^\w-])(?:(?<min>${MIN_WORDS})\s+|(?<max>${MAX_WORDS})\s+|(?<approx>${APPROX_WORDS})\s+|(?<tilde>[~≈])\s*)$`, 'iu');
// Indian papers group by lakh and crore: 2,71,430 and 1,00,000.
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CJK_SCALE = String.raw`万亿|萬億|亿|億|万|萬|兆`;
/** A count in Chinese or Japanese: 5800, 50万, or 1万6000 (ten-thousands, then units); `scales` are those it may end on. */
const cjkCount = (scales = '万|萬') => String.raw`(?<amount>${NUMBER})\s?(?:(?<bigScale>万|萬)(?<rest>\d{1,4})(?![\d.,])|(?<scale>${scales}))?`;
const CJK_COUNT = cjkCount();
// Malaysian and Singapore papers write `US$8.07bil`, `RM500mil`.
const SCALE_WORD = String.raw`trillion|billion|million|thousand|lakh crore|crore|lakh|${CJK_SCALE}|trln|trn|tril|bln|bil|mln|mil|tn|bn|mn|[TBMK]`;
/** The scale after a figure: `$5 billion`, `$5bn`, `3800亿元`, `2000多亿美元` (more than), and with a hyphen, `a $2.5-billion deal`. */
const SCALE_AFTER = String.raw`(?:[\s-]?(?<more>多|余)?(?<scale>${SCALE_WORD})(?!\w))`;
/** A figure given as a minimum after it: `$464B+`, `$10 billion-plus`. */
const PLUS = String.raw`(?<plus>\+|-plus\b|\splus\b(?=\s*(?:[,.;:!?)"”’]|$)))?`;
const RANGE = String.raw`(?:\s?(?:-|–|to|至|到|~|～|〜)\s?\$?(?<high>${NUMBER}))?`;

/**
 * Currencies: the symbols and codes written before a figure, and the words or symbols
 * written after it (`$200B`, `USD 5bn`, `€10bn`, `5 billion euros`, `10 billion yuan`,
 * `200B$`). `¥` alone is the yen, or the yuan in Chinese text (the caller says which); the
 * yuan is also written `RMB`, `CNY`, `CN¥`, `yuan` or `元`.
 * A currency with `sign` is looked for only in sentences where that matches: each
 * currency is one more alternative tried at every character of every sentence.
 */
interface Currency {
  unit: string;
  /** How a formatted figure writes it: `$244B`, `CN¥12B`. */
  symbol: string;
  before: string;
  /**
   * The characters `before` can start with (as the figure patterns match, ignoring case): a
   * figure pattern that starts with an alternation of currencies tries each at every
   * character, and looking at this first is three times faster.
   */
  lead: string;
  after: string;
  sign?: RegExp;
}
/** 元 closing a figure in New Taiwan dollars (新台幣7.8兆元, 新台幣2兆1,300億元): that currency's, not the yuan. */
const TWD_YUAN = String.raw`(?:新台[币幣]|台[币幣]|NT\$)\s?[\d.,]+\s?(?:(?:兆|万亿|萬億|亿|億)[\d.,]+)?\s?(?:万亿|萬億|[万萬亿億兆])?\s?元`;
const CURRENCIES: Currency[] = [
  // Chinese and Japanese name the currency after the figure: 2440亿美元, 2440億ドル, 3800亿元, 2.26兆円.
  // A `$` after capitals is another dollar (HK$, NT$, A$), not the US one.
  // Australian and Singapore papers write the US dollar `$US244 billion` (and their own `$A20 billion`).
  { unit: 'USD', symbol: '$', before: String.raw`US\$|\$US(?=\s?\d)|(?<![A-Z])\$|\bUSD\s?`, lead: '$U', after: String.raw`\$|(?:US\s|U\.S\.\s)?dollars?\b|USD\b|美元|美金|米?ドル` },
  { unit: 'EUR', symbol: '€', before: String.raw`€|\bEUR\s?`, lead: '€E', after: String.raw`€|euros?\b|EUR\b|欧元|歐元|ユーロ` },
  { unit: 'GBP', symbol: '£', before: String.raw`£|\bGBP\s?`, lead: '£G', after: String.raw`£|pounds(?:\ssterling)?\b|GBP\b|英镑|英鎊|ポンド` },
  { unit: 'JPY', symbol: '¥', before: String.raw`(?<!CN)[¥￥]|\bJPY\s?`, lead: '¥￥J', after: String.raw`yen\b|JPY\b|日元|日圆|日圓|円` },
  { unit: 'HKD', symbol: 'HK$', before: String.raw`HK\$|\bHKD\s?`, lead: 'H', after: String.raw`港元|港[币幣]|香港ドル|HKD\b`, sign: /HK\$|HKD|港元|港[币幣]|香港ドル/ },
  // Taiwan's outlets give a dollar figure in New Taiwan dollars too: 2440億美元（約新台幣7.8兆元）; a figure in two
  // scales names the currency before it and 元 after it: 新台幣2兆1,300億元; some name it after 元: 100億元新台幣. English
  // outlets spell it out: "438.2 billion New Taiwan dollars".
  { unit: 'TWD', symbol: 'NT$', before: String.raw`NT\$|\bTWD\s?|新台[币幣]|台[币幣]`, lead: 'NT新台', after: String.raw`元\s?新?台[币幣]|新台[币幣]|台[币幣]|新?台湾ドル|TWD\b|(?:New\s)?Taiwan(?:ese)?\sdollars?\b|元(?<=${TWD_YUAN})`, sign: /NT\$|TWD|台[币幣]|台湾ドル|Taiwan(?:ese)? dollar/ },
  // Other dollars, written with their country's letter before or after the sign: A$20 billion and $A20 billion, S$12 billion, C$5 billion.
  { unit: 'AUD', symbol: 'A$', before: String.raw`AU?\$|\$A(?=\s?\d)|\bAUD\s?`, lead: 'A$', after: String.raw`Australian dollars?\b|AUD\b|澳元|澳币|澳幣|豪ドル`, sign: /A\$|\$A\s?\d|AUD|Australian dollar|澳[元币幣]|豪ドル/ },
  { unit: 'SGD', symbol: 'S$', before: String.raw`SG?\$(?<![A-Z]{2}\$)|\$S(?=\s?\d)|\bSGD\s?`, lead: 'S$', after: String.raw`Singapore dollars?\b|SGD\b|新元|星元|新[币幣]|星[币幣]|新加坡元|新加坡幣|シンガポールドル`, sign: /(?<![A-Z])SG?\$|\$S\s?\d|SGD|Singapore dollar|新元|星元|新[币幣]|星[币幣]|新加坡[元幣]|シンガポールドル/ },
  { unit: 'CAD', symbol: 'C$', before: String.raw`CA?\$(?<![A-Z]{2}\$)|\bCAD\s?`, lead: 'C', after: String.raw`Canadian dollars?\b|CAD\b|加元|加拿大元|カナダドル`, sign: /(?<![A-Z])CA?\$|CAD|Canadian dollar|加元|加拿大元|カナダドル/ },
  // 元 last: 美元, 日元, 港元 and 欧元 are matched whole before it; 人民幣 is traditional Chinese's renminbi, 人民元 Japanese's.
  // 元 after a figure in New Taiwan dollars (新台幣7.8兆元) is that currency's, not the yuan.
  { unit: 'CNY', symbol: 'CN¥', before: String.raw`CN¥|\b(?:RMB|CNY)\s?`, lead: 'CR', after: String.raw`yuan\b|renminbi\b|RMB\b|CNY\b|元人民[币幣]|人民[币幣]|人民元|元(?<!${TWD_YUAN})(?!\s?新?台[币幣])` },
  { unit: 'KRW', symbol: '₩', before: String.raw`₩|\bKRW\s?`, lead: '₩K', after: String.raw`won\b|KRW\b|韩元|韓元|ウォン`, sign: /₩|KRW|won\b|韩元|韓元|ウォン/i },
  // The ringgit, as Malaysian papers write it: RM1.2bil, RM500mil.
  { unit: 'MYR', symbol: 'RM', before: String.raw`\bRM(?=\s?\d)|\bMYR\s?`, lead: 'RM', after: String.raw`ringgit\b|MYR\b|令吉|林吉特|リンギ(?:ット)?`, sign: /\bRM\s?\d|MYR|ringgit|令吉|林吉特|リンギ/i },
  // The rupiah and the baht, as Indonesian and Thai sums are written: Rp38 trillion, THB12bn, 38兆ルピア, 120億泰銖.
  { unit: 'IDR', symbol: 'Rp', before: String.raw`\bRp\.?\s?(?=\d)|\bIDR\s?`, lead: 'RI', after: String.raw`rupiah\b|IDR\b|印尼盾|印尼卢比|印尼盧比|ルピア`, sign: /\bRp\.?\s?\d|IDR|rupiah|印尼盾|ルピア/i },
  { unit: 'THB', symbol: '฿', before: String.raw`฿|\bTHB\s?`, lead: '฿T', after: String.raw`baht\b|THB\b|泰铢|泰銖|バーツ`, sign: /฿|THB|baht|泰铢|泰銖|バーツ/i },
  { unit: 'INR', symbol: '₹', before: String.raw`₹|\bRs\.?\s?|\bINR\s?`, lead: '₹RI', after: String.raw`rupees?\b|INR\b|卢比|盧比|ルピー`, sign: /₹|\bRs\b|INR|rupees?\b|卢比|盧比|ルピー/i },
];

/** The units of money, one per currency. */
export const MONEY_UNITS = CURRENCIES.map((c) => c.unit);
/** Every currency as written after a figure (美元, ドル, 元, dollars…), as one alternation for other readers' patterns. */
export const CURRENCY_AFTER = CURRENCIES.map((c) => c.after).join('|');
const SYMBOL_OF = new Map(CURRENCIES.map((c) => [c.unit, c.symbol]));

/** One alternative per currency, each a named group: which one matched is the unit. */
const currencyGroups = (currencies: Currency[], side: 'before' | 'after') => currencies.map((c) => `(?<${c.unit}>${c[side]})`).join('|');
/** The currency that matched; a bare `¥` (not `JPY` or `yen`) is `bareYen`: the yen, or the yuan in Chinese text. */
const currencyOf = (groups: Record<string, string | undefined>, bareYen: 'JPY' | 'CNY') => {
  const unit = CURRENCIES.find((c) => groups[c.unit] !== undefined)!.unit;
  return unit === 'JPY' && /^[¥￥]/.test(groups.JPY!) ? bareYen : unit;
};

interface FigurePattern {
  /** null: the unit is the `unit` group as written; 'money': the currency group that matched. */
  unit: string | null;
  pattern: RegExp;
  /** Tried only on sentences that match every one of these. */
  needs?: RegExp[];
  /**
   * A verb that multiplies ("quadrupled the original chip's performance"): a figure only where the caller reads each
   * figure with its metric, since "doubles its stake" multiplies nothing a metric measures.
   */
  verb?: true;
}

/** Numbers in words are rare: trying them at every "a" of every sentence cost more than all the other patterns. */
const SCALE_IN_WORDS = /illion|thousand/i;
/** A scale before "and" or "to", where a range's lower end can stand ("nineteen billion and twenty-three billion dollars"). */
const SCALE_BEFORE_RANGE_END = /(?:trillion|billion|million)\s+(?:and|to)\s/i;
/** A number word before "to" or "and", where a range's lower end said without its scale can stand ("fifteen to a hundred and thirty-five billion"). */
const WORDS_BEFORE_RANGE_END = /(?:hundred|[a-z]+(?:teen|ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:and|to)\s/i;
/**
 * A number in words right before its scale or "percent" ("forty-four billion", "a billion", "point six billion",
 * "twenty-eight percent"): what a sentence must hold for the patterns of numbers in words to be tried at all. A
 * sentence of financial news says "billion" and "percent" in digits far more often, and those patterns, long
 * alternations of number words, are slow to try at every word boundary.
 */
const NUMBER_WORDS = ['a', 'half', 'quarters?', 'hundred', 'oh', 'zero', ...ONES, ...TEENS, ...TENS].join('|');
const WORD_BEFORE_SCALE = new RegExp(String.raw`\b(?:${NUMBER_WORDS})[\s-](?:trillion|billion|million|thousand)\b`, 'i');
const WORD_BEFORE_PERCENT = new RegExp(String.raw`\b(?:${NUMBER_WORDS})[\s-](?:percent|per cent)\b`, 'i');

/** Money written with `currencies`, in sentences that match `needs`. */
const moneyPatterns = (currencies: Currency[], needs: RegExp[] = []): FigurePattern[] => [
  // 600亿至700亿美元, 1750亿-1850亿美元, 1150億〜1350億ドル (a Japanese wave dash): a range, the scale written once or twice
  { unit: 'money', needs: [...needs, CJK_TEXT], pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?<lowScale>${CJK_SCALE})?\s?(?:至|到|~|～|〜|-|–|—)\s?(?<high>${NUMBER})(?<scale>${CJK_SCALE})\s?(?:${currencyGroups(currencies, 'after')})`, 'gu') },
  // 两千亿美元, 一千三百一十亿美元: a count in Chinese numerals before the scale
  { unit: 'money', needs: [...needs, CJK_TEXT], pattern: new RegExp(String.raw`(?<cjkAmount>[一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千]*)(?<scale>${CJK_SCALE})\s?(?:${currencyGroups(currencies, 'after')})`, 'gu') },
  // 2兆2600億円, 3亿5000万元: a figure written in two scales, the larger first
  { unit: 'money', needs: [...needs, CJK_TEXT], pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?<bigScale>兆|万亿|萬億|亿|億)(?<rest>${NUMBER})(?<scale>亿|億|万|萬)\s?(?:${currencyGroups(currencies, 'after')})`, 'gu') },
  // 2.91美元, 2.78ドル: a small sum without a scale, in Chinese or Japanese (a share's earnings or price), its currency in those scripts
  { unit: 'money', needs: [...needs, CJK_TEXT], pattern: new RegExp(String.raw`(?<![\d.,])(?<amount>${NUMBER})\s?(?=[\u3040-\u30ff\u4e00-\u9fff])(?:${currencyGroups(currencies, 'after')})`, 'gu') },
  // $200B, US$ 1.5 billion, USD 5bn, $10-15 billion, $464B+, €10bn, RMB 10bn
  { unit: 'money', needs, pattern: new RegExp(String.raw`(?=[${currencies.map((c) => c.lead).join('')}])(?:${currencyGroups(currencies, 'before')})\s?(?<amount>${NUMBER})${RANGE}${SCALE_AFTER}?${PLUS}`, 'giu') },
  // 200B$, 50 billion dollars, 5 billion euros, 10 billion yuan; "between 175 and 185 billion dollars", "175-185 billion euros",
  // "175 to 185 billion dollars"
  { unit: 'money', needs, pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:(?<=\bbetween\s+[\d.,]+)\s+and\s+(?<andHigh>${NUMBER})|(?:\s?[-–]\s?|\s+to\s+)(?<high>${NUMBER}))?${SCALE_AFTER}\s?(?:${currencyGroups(currencies, 'after')})${PLUS}`, 'giu') },
  // half a billion dollars, two billion euros, a fifty-billion-dollar pledge, thirty-seven point six billion dollars
  { unit: 'money', needs: [...needs, WORD_BEFORE_SCALE], pattern: new RegExp(String.raw`${IN_WORDS}(?<scale>trillion|billion|million|thousand)[\s-]?(?:${currencyGroups(currencies, 'after')})${PLUS}`, 'giu') },
  // The lower end of a range whose currency is written only after its upper end: "between nineteen billion and twenty-three
  // billion dollars", "19 billion to 23 billion euros" (withRangesAndChanges joins the two ends).
  { unit: 'money', needs: [...needs, SCALE_BEFORE_RANGE_END], pattern: new RegExp(String.raw`(?:${IN_WORDS}|(?<amount>${NUMBER})\s?)(?<scale>trillion|billion|million)(?=\s+(?:and|to)\s+(?:[\w.,]+[\s-]){1,6}?(?:trillion|billion|million)[\s-]?(?:${currencyGroups(currencies, 'after')}))`, 'giu') },
  // The lower end of a range in words whose scale and currency are both said once, after its upper end: "a hundred and
  // seventy-five to a hundred and eighty-five billion dollars", "between sixty and seventy billion euros" ("and" only after
  // "between": "spent eleven and fourteen billion dollars" is two sums, and withRangesAndChanges joins the two ends).
  { unit: 'money', needs: [...needs, WORD_BEFORE_SCALE, WORDS_BEFORE_RANGE_END], pattern: new RegExp(String.raw`${IN_WORDS_CORE}(?=\s+(?:to|and(?<=\bbetween\s+[a-z\s-]{1,40}and))\s+${NUMBER_IN_WORDS}[\s-](?<scale>trillion|billion|million)[\s-]?(?:${currencyGroups(currencies, 'after')}))`, 'giu') },
];
/** One numbered chip named in the singular: `Trainium2`, `Trn2`, `H100`, `MI300X` (not a fiscal year), and no count word after it. */
const CHIP_NAME = String.raw`(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?!(?:FY|CY)\d)(?:[A-Z][a-z]{2,}\d{1,2}|[A-Z]{1,3}\d{3}[A-Z]?)\b(?!\s+(?:chips|GPUs|TPUs|accelerators)\b)`;
/**
 * What a count of chips counts: `Trainium chips`, `GPUs`, `H100s`, `of Google's TPUs`, "of the second-generation parts" (a generation's parts are its
 * chips), "of Amazon's own Trainium3 chips", "Nvidia GB200 and GB300 GPUs", "120,000 Maia 200 accelerators" (a name with its model number
 * apart). The words before the chips open with a letter: in "Trainium3 packs 144 chips" the count is 144, not the 3 of a name.
 */
const CHIPS = String.raw`(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:(?:[A-Z][\w-]*(?:\s(?!(?:19|20)\d\d\b)\d{2,4}[A-Za-z]?)?(?:['’]s)?\s)?(?:(?:own|in-house|custom(?:-built)?|homegrown|proprietary)\s|[A-Z][\w-]*\d[\w-]*\s(?:and|or)\s(?=[A-Z][\w-]*\d))?(?:(?!\d)[\w-]+(?:['’]s)?\s){0,2}(?:[Cc]hips|GPUs|TPUs|[Aa]ccelerators|[Pp]rocessors)|(?:[\w-]+[- ]gen(?:eration)?\s)parts|[A-Z]+\d+[A-Z]*s)\b`;
/** A machine that holds chips: a server, a rack, a pod (サーバー, ラック, 服务器, 机架). */
const MACHINE = String.raw`(?:(?:[Uu]ltra)?[Ss]erver|[Rr]ack|[Pp]od|UltraServer|サーバー|ラック|服务器|伺服器|机架|機架|机柜|機櫃)`;
/** Whether a sentence names chips: the word for one, or a chip family that is counted in chips. */
const CHIP_WORD = /\b(?:chips?|accelerators?|processors?|GPUs?|TPUs?)\b|Trainium|Trn\d|Inferentia|チップ|アクセラレータ|芯片|晶片|加速器/i;
/**
 * A sentence that names a chip, by its kind (also against CJK text, where `\b` does not stand) or by a family's name
 * (Blackwell, ルービン).
 */
const CHIP_NAMED = new RegExp(`${CHIP_WORD.source}|GPU|TPU|Blackwell|Rubin|Ironwood|Hopper|Maia|ブラックウェル|ルービン|アイアンウッド|トレイニアム|トレーニアム`, 'i');
/** Verbs of units shipped, delivered or put to work: 出货, 交付, 出荷, 搭載, 導入. */
const UNITS_MOVED = '出货|出貨|发货|發貨|交付|供货|供貨|出荷|納入|部署|搭載|导入|導入|稼働';
/** A decimal comma before a scale: "37,5 Mrd.", "2,25 billion". */
const DECIMAL_COMMA = /\d,\d{1,2}\s?(?:Mrd|Mio|Milliarden|Millionen|trillion|billion|million|bn|mn)(?!\w)/i;
/** A number with a decimal comma and its scale: one or two digits after the comma ("37,500" is thirty-seven thousand five hundred). */
const COMMA_FIGURE = String.raw`(?<commaAmount>\d{1,3},\d{1,2})(?![\d,])\s?(?<scale>Mrd\.|Mio\.|Mrd|Mio|Milliarden|Millionen|trillion|billion|million|bn|mn)(?!\w)`;
const PATTERNS: FigurePattern[] = [
  // "37,5 Mrd. $", "2,25 billion euros": a figure with a decimal comma, as continental papers and wires translated from them
  // write it, before a scale and a currency; one or two digits after the comma, never three ("37,500 dollars" is thousands).
  // First, before the patterns that would read "25 billion euros" out of "2,25 billion euros". "$1,5 billion" too.
  { unit: 'money', needs: [DECIMAL_COMMA], pattern: new RegExp(String.raw`(?<![\d,.])${COMMA_FIGURE}\s?(?:${currencyGroups(CURRENCIES.filter((c) => !c.sign), 'after')})`, 'giu') },
  { unit: 'money', needs: [DECIMAL_COMMA], pattern: new RegExp(String.raw`(?:${currencyGroups(CURRENCIES.filter((c) => !c.sign), 'before')})\s?${COMMA_FIGURE}`, 'giu') },
  ...moneyPatterns(CURRENCIES.filter((c) => !c.sign)),
  ...CURRENCIES.flatMap((c) => (c.sign ? moneyPatterns([c], [c.sign]) : [])),
  // 28%, 37-38%, 37% to 38%; "between 37 and 38 per cent", whose first number has no sign of its own
  { unit: '%', pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:${RANGE}|(?<=\bbetween\s+[\d.,]+)\s+and\s+(?<andHigh>${NUMBER}))\s?(?:%|percent\b|per cent\b|pct\b|pc\b)(?<plus>\+)?`, 'giu') },
  // twenty-eight percent, thirty-nine per cent (transcripts and house styles that spell numbers out)
  { unit: '%', needs: [WORD_BEFORE_PERCENT], pattern: new RegExp(String.raw`${IN_WORDS}(?:percent|per cent)\b`, 'giu') },
  // The lower end of a range in words whose unit is said once, after its upper end: "thirty-seven to thirty-eight percent"
  // (withRangesAndChanges joins the two ends).
  { unit: '%', needs: [WORD_BEFORE_PERCENT], pattern: new RegExp(String.raw`${IN_WORDS_CORE}(?=\s+to\s+${NUMBER_IN_WORDS}[\s-](?:percent|per cent)\b)`, 'giu') },
  { unit: '%', needs: [/half|thirds?\b|fifths?\b|quarters/i], pattern: FRACTION_PATTERN },
  // "roughly a third of the cloud infrastructure market", "nearly half of the AI chip market": a fraction of a market is a
  // share of it; never "a third of its revenue" nor "half of the staff".
  { unit: '%', needs: [FRACTION_OF_MARKET_NEEDS], pattern: FRACTION_OF_MARKET },
  // 增长约三分之一, 占据近四分之一的市场: a fraction in characters after a verb of change, of holding, or a bound word.
  { unit: '%', needs: [/分之/u], pattern: CJK_FRACTION },
  // "four in every five accelerators", "nine in ten": a share said as a count of every so many.
  { unit: '%', needs: [IN_EVERY_NEEDS], pattern: IN_EVERY },
  // "Google's billion-dollar campus proposal", "its billion-dollar Indianapolis campus": a billion dollars, the count left
  // out after a determiner; never "the billion-dollar question", an idiom, nor "multibillion-dollar", no one sum.
  { unit: 'money', needs: [/\b(?:b|m)illion-dollar\b/i], pattern: /(?<=(?:\b(?:its|their|his|her|the|this|that)|['’]s)\s)(?<scale>billion|million)-(?<USD>dollar)\b(?!\s+(?:question|answer|idea|mistake|bet that)\b)/giu },
  // "45,000 wafers a month", "60,000 wafers per month", 5.5万片/月, 月产能约5.5万片, 月産5万枚: a fab's output, in wafers a month.
  { unit: 'wafers/month', needs: [/wafers?\s+(?:a|per|each)\s+month/i], pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:\s?(?<scale>million|thousand|[Kk])\b)?\s(?:(?:12-inch|300mm|300-millimetre|8-inch|200mm)[\s-](?:equivalent\s)?)?wafers?\s+(?:a|per|each)\s+month\b`, 'giu') },
  { unit: 'wafers/month', needs: [/(?:月产|月產|月産)[^。]{0,12}[片枚]/u], pattern: new RegExp(String.raw`(?<=(?:月产能|月產能|月产|月產|月産)[^，。,\d]{0,6})(?<amount>${NUMBER})\s?(?<scale>万|萬)?\s?(?:片|枚)`, 'gu') },
  // "52 cents a share", "lost 41 cents", "61 cents expected": a sum under a dollar, in dollars (not "64 cents of profit for
  // every dollar of revenue", a share said in cents).
  { unit: 'USD', needs: [/\d\s?cents?\b/i], pattern: /(?<![$\d.,])(?<amount>\d{1,2}(?:\.\d+)?)\s?(?<scale>cents?)\b(?![^.;]{0,50}?\b(?:every|each|per|a|the) dollar\b)/giu },
  // "widened to 385 basis points", "58bp over Treasuries", "142 bps", 385ベーシスポイント, 120个基点: a spread, in hundredths of a percentage point.
  { unit: 'bp', needs: [/basis[\s-]points?|\d\s?bps?\b|ベーシスポイント|基点|基點/iu], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?:basis[\s-]points?\b|bps?\b|ベーシスポイント|[个個]?基[点點])`, 'giu') },
  { unit: 'x', pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:\s?[x×](?![\w])|-?fold\b|\s+times\b)(?<plus>\+)?`, 'giu') },
  // "four times", "four point four times" or "four point four x" (a decimal as a transcript spells it), "twenty-fold", "twice the"
  { unit: 'x', needs: [/times|fold|twice|double|triple|\sx\b/iu], pattern: new RegExp(String.raw`${IN_WORDS_CORE}(?:[\s-](?:times|x)|-?fold)(?![\w-])|\b(?<word2>twice|double|triple)\b(?= the\b)`, 'giu') },
  { unit: 'x', verb: true, needs: [/doubl|tripl|quadrupl/iu], pattern: /\b(?<multiplied>doubl|tripl|quadrupl)(?:ed|es|ing)\b(?!\s+down\b)/giu },
  // 4倍, 4.4倍; 翻番, 翻两番; 翻了一番多 (more than doubled)
  { unit: 'x', needs: [CJK_TEXT], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?倍|(?<doubling>${Object.keys(DOUBLINGS).join('|')})(?<more>多)?`, 'gu') },
  // 增长了三成 (30%), 近五成, 增加近一半 (50%): tenths or a half after a verb of change or a bound word, never 成本 (cost) or 成为 (become)
  // 低四成 and 便宜三成 (40% lower, 30% cheaper) too, as a cost compared with another's, and 省下四成 (saves 40%); 超过六成, 达到三成
  // after a bound word of two; 份额约为两成 (about 20%) after a bound word and 为 (is); 节省最多四成 (saves up to 40%), the bound between the verb and the tenths; 最多可省四成 (can save up to
  // 40%); 推高至三成以上 (pushes to above 30%), tenths after 至 (to).
  { unit: '%', needs: [CJK_TEXT], pattern: /(?<=(?:增长|增加|提升|提高|上升|上涨|下降|下滑|下跌|减少|降低|便宜|节省|節省|省下|省去|可省|能省|超过|超過|达到|達到|(?:约|約|近|超|逾)[为為]|[了近约超逾达低高少至])(?:最多|最高|至多|多达|多達)?)(?:(?:(?<tenths>[一二两兩三四五六七八九])|(?<amount>[1-9]))成(?![本员員功为為立长長交果熟型都])|(?<half>一半))/gu },
  // Japanese tenths: 4割 (40%), 最大4割, 三割, 2割5分 (25%); never 割引 (a discount), 割安, 割合 or 割当 — but 4割引き下げる
  // (to cut by 40%) is 4割 before the verb 引き下げる, and 4割高い (40% higher) is 4割 before the adjective 高い, where 割高 alone is "pricey".
  { unit: '%', needs: [CJK_TEXT], pattern: /(?:(?<amount>\d+(?:\.\d+)?)|(?<tenths>[一二三四五六七八九]))\s?割(?:(?<hundredths>[1-9一二三四五六七八九])分)?(?![安合当り]|高(?![いくかま])|引(?!き?下))/gu },
  // "a 240-megawatt campus", "a 1.2-gigawatt site": the unit joined to its number as an adjective.
  { unit: null, pattern: new RegExp(String.raw`(?<amount>${NUMBER})[\s-]?(?:(?<unit>TFLOPS/W|TFLOPS|PFLOPS|Gbps|Tbps|GW|MW|nm|ms|GB|TB|EB|PB)|(?<unitWord>[Gg]igawatts?|[Mm]egawatts?|[Pp]etaflops|[Tt]eraflops|[Ee]xabytes?|[Pp]etabytes?))\b(?<plus>\+)?`, 'gu') },
  // 1.2吉瓦, 30千兆瓦, 200兆瓦 (megawatts in Chinese; 百萬瓦 in Taiwan), 1ギガワット, 200メガワット: power in Chinese and Japanese.
  // 100万キロワット, 100万千瓦 (a million kilowatts, 1 GW), as Japanese and Chinese write a power plant's output (not 千瓦时 or
  // キロワット時, energy); 83万5000キロワット, 835,000 kilowatts; 135万kW, as Japanese tables write it.
  { unit: null, needs: [CJK_TEXT], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?:(?<bigScale>万|萬)(?<rest>\d{1,4})|(?<scale>万|萬))?\s?(?<unitWord>吉瓦|千兆瓦|兆瓦|百萬瓦|百万瓦|ギガワット|メガワット|キロワット|千瓦|(?<=[万萬]\s?)kW(?!h))(?![时時日]|アワー|・?[時日]|あたり)`, 'gu') },
  // "183 TWh", "1.5 terawatt-hours", "9,500 GWh": energy, in terawatt-hours; 1830亿千瓦时 and 4260億キロワット時 (hundreds of millions
  // of kilowatt-hours) in Chinese and Japanese.
  { unit: null, needs: [/Wh\b|watt[- ]hours?/i], pattern: new RegExp(String.raw`(?<amount>${NUMBER})[\s-]?(?:(?<unit>TWh|GWh)\b|(?<unitWord>[Tt]erawatt[- ]hours?|[Gg]igawatt[- ]hours?)\b)`, 'gu') },
  { unit: null, needs: [CJK_TEXT, /千瓦[时時]|キロワット(?:時|アワー)/u], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?<scale>万亿|萬億|亿|億|万|萬)\s?(?<unitWord>千瓦[时時]|キロワット(?:時|アワー))`, 'gu') },
  // "4.6 million fully driverless rides", "450,000 paid trips a week": the rides a robotaxi service gave; 460万单 and 460万回 where
  // the sentence speaks of orders or rides (订单, 乗車).
  { unit: 'rides', needs: [/\b(?:rides|trips)\b/i], pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:\s?(?<scale>million|thousand|[MK])\b)?\+?\s(?:(?:paid|fully|driverless|autonomous|robotaxi|passenger|weekly)\s){0,3}(?:rides|trips)\b`, 'gu') },
  { unit: 'rides', needs: [CJK_TEXT, /订单|訂單|出行|乘车|乘車|乗車|单量|單量/u], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?<scale>万|萬|亿|億)?\s?(?:单|單|回|次)(?![\p{Script=Han}])`, 'gu') },
  // "2,600 robotaxis", "3,800 vehicles", "1,500 Robotaxi vehicles", 2600辆, 約1500台: the vehicles a fleet counts.
  { unit: 'vehicles', needs: [/\b(?:robotaxis|vehicles|cars)\b/i], pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:\s?(?<scale>million|thousand|K)\b)?\+?\s(?:(?:Robotaxi|robotaxi|autonomous|driverless|self-driving)\s)?(?:robotaxis|vehicles|cars)\b`, 'gu') },
  { unit: 'vehicles', needs: [CJK_TEXT, /车队|車隊|车辆|車両|辆|輛|ロボタクシー|无人驾驶|無人駕駛/u], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?<scale>万|萬)?\s?(?:辆|輛|台)(?![\p{Script=Han}])`, 'gu') },
  // 100,000 Trainium chips, 1 million TPUs, 350,000 H100s: a count of chips, whatever the chip.
  { unit: 'chips', pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:\s?(?<scale>million|thousand|[MmKk])\b)?\+?\s${CHIPS}`, 'gu') },
  // "Korea's 260,000-GPU agreement", "a 50,000-chip order": a count joined to its chip word before what it counts in.
  { unit: 'chips', pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?:\s?(?<scale>million|thousand|[MmKk])\b)?-(?:chip|GPU|TPU|accelerator|processor)(?=\s+[a-z])`, 'gu') },
  // "each UltraServer packs 144 of them", "a rack ties 72 of them together": a count of "them" that a machine holds, in a sentence
  // that names chips, counts those chips (not "three of them said" of people, with no machine before the count).
  { unit: 'chips', needs: [/\bof\s+(?:them|these|those)\b/, CHIP_WORD], pattern: new RegExp(String.raw`(?<=\b${MACHINE}\b[^.;,]{0,30})(?<amount>${NUMBER})\s+of\s+(?:them|these|those)\b`, 'gu') },
  // "500,000 Trainium2", "144 of the Trainium3", "8,000 H100": a count before one numbered chip's name (a family name and its
  // generation, or letters and three digits), never a year before a name ("in 2026 Trainium3 ships"), a quarter or a fiscal year.
  { unit: 'chips', pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?<![^\d,.]\d{4}|^\d{4})(?:\s?(?<scale>million|thousand)\b)?\s${CHIP_NAME}`, 'gu') },
  // one million TPUs, five hundred thousand Trainium2
  { unit: 'chips', needs: [WORD_BEFORE_SCALE], pattern: new RegExp(String.raw`${IN_WORDS}(?<scale>million|thousand)\+?\s(?:${CHIPS}|${CHIP_NAME})`, 'giu') },
  // 财报里的2440亿, 已经投了80亿: a sum in 亿 with no currency, which the sentence's other sums give (see findValues).
  { unit: 'sameCurrency', needs: [CJK_TEXT], pattern: new RegExp(String.raw`(?<amount>${NUMBER})(?<scale>万亿|萬億|亿|億)(?![\s\dA-Za-z$€£¥%]|美|日|港|欧|歐|英|韩|韓|人民|元|円|ド|ユ|ポ|ウ|台|新台)`, 'gu') },
  // 一台服务器塞进144颗, 为64颗: 颗 (the measure word of chips) without the chip after it, in a sentence that names chips.
  { unit: 'chips', needs: [CJK_TEXT, /芯片|晶片|Trainium|Trn\d|GPU|TPU|加速器|服务器|伺服器/u], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?<scale>万|萬)?\s?(?:颗|顆)(?![^\d，。,]{0,10}?(?:芯片|晶片|GPU|TPU|加速器|Trainium|Inferentia|Maia|Blackwell|Rubin|Gaudi|[A-Z]{1,2}\d{2,3}))`, 'gu') },
  // 1ラックに144チップ, 64芯片: a count written right before the word for a chip, no measure word between.
  { unit: 'chips', needs: [CJK_TEXT], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?<scale>万|萬)?\s?(?:チップ|芯片|晶片)`, 'gu') },
  // 搭載できたのは64個だった, 前世代の64個から増えた: 個 closing a count in a sentence that names a machine and a chip is a count of chips the machine holds.
  { unit: 'chips', needs: [CJK_TEXT, CHIP_WORD, new RegExp(MACHINE, 'i')], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?:個|个)(?=だ|で|に|を|が|と|から|より|まで|、|。|$)`, 'gu') },
  // トレイニアム2が約50万個稼働, 芯片有近50万颗在运行: a chip, its particle, then a count and its measure word (the chip named before the count).
  { unit: 'chips', needs: [CJK_TEXT], pattern: new RegExp(String.raw`(?<=(?:チップ|芯片|晶片|GPU|TPU|(?:Trainium|Inferentia|トレイニアム|トレーニアム|インファレンシア)\s?\d)(?:[（(][^）)]{1,12}[）)])?(?:が|は|も|有|共)(?:約|およそ|最大|最多|近|约|約|逾|超过|超過)?)${CJK_COUNT}\s?(?:颗|顆|块|塊|枚|個|个|基)`, 'gu') },
  // AWSはトレーニアム2を累計140万個導入した, トレーニアム3の導入数は累計10万個, ＧＰＵを55万個搭載: a chip, its particle and a few words of what is
  // done with it (これまでに累計, 導入数は累計), then its count and measure word.
  { unit: 'chips', needs: [CJK_TEXT], pattern: new RegExp(String.raw`(?<=(?:チップ|芯片|晶片|半導体|半导体|GPU|TPU|(?:Trainium|Inferentia|トレイニアム|トレーニアム|インファレンシア)\s?\d)(?:[（(][^）)]{1,12}[）)])?(?:を|の|が|は|も)(?:\d{1,2}月末(?:時点)?(?:で|に|には|時点で)?)?[^\d，。,、；;「」（）()]{0,14}?)${CJK_COUNT}\s?(?:颗|顆|块|塊|枚|個|个|基)`, 'gu') },
  // 当季出货约5万块, 8～10月期に出荷した「ブラックウェル・ウルトラ」は約130万個, 20万個超を出荷する: units shipped or put to work,
  // counted with a measure word, in a sentence about chips are chips (块 and 個 count anything, so only beside such a verb).
  { unit: 'chips', needs: [CJK_TEXT, CHIP_NAMED], pattern: new RegExp(String.raw`(?<=(?:${UNITS_MOVED})[^\d，。,、；;]{0,20}?)(?<amount>${NUMBER})\s?(?<scale>万|萬)?\s?(?:颗|顆|块|塊|枚|個|个)`, 'gu') },
  { unit: 'chips', needs: [CJK_TEXT, CHIP_NAMED], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?<scale>万|萬)?\s?(?:颗|顆|块|塊|枚|個|个)(?=(?:超|以上|余り|多)?(?:を|の)?(?:${UNITS_MOVED}))`, 'gu') },
  // 100万颗谷歌TPU芯片, 50万块GPU, 約50万個のTrainium2: a count, a measure word, and a chip within a few characters
  { unit: 'chips', needs: [CJK_TEXT], pattern: new RegExp(String.raw`${cjkCount('万|萬|亿|億')}\s?(?:颗|顆|块|塊|枚|個|个)[^\d，。,]{0,10}?(?:芯片|晶片|GPU|TPU|加速器|チップ|(?:Trainium|Inferentia|Maia|Blackwell|Rubin|Gaudi|[A-Z]{1,2}\d{2,3}[A-Z]?)\d*)`, 'gu') },
  // 72基のBlackwell Ultra GPU, 8基のGPUを搭載: 基, the counter of large units, counts the chips named right after it; never
  // 4基のGPUサーバー, four servers, where a machine closes the words the count stands before.
  { unit: 'chips', needs: [/\d\s?(?:万|萬)?\s?基/u], pattern: new RegExp(String.raw`(?<amount>${NUMBER})\s?(?<scale>万|萬)?\s?基の?[^\d，。,、]{0,12}?(?:GPU|TPU|チップ|アクセラレータ|(?:Trainium|Inferentia|Maia|Blackwell|Rubin|Gaudi|[A-Z]{1,2}\d{2,3}[A-Z]?)\d*)(?![^、。をがはにでと]{0,16}?(?:サーバ|ラック|ノード|ポッド|筐体))`, 'gu') },
];

const number = (text: string) => Number(text.replace(/,/g, ''));

/** A count in Chinese numerals: 两千 is 2000, 一千三百一十 is 1310, 十五 is 15. */
function cjkNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const c of text) {
    const place = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 0;
    if (place) {
      total += (digit || (place === 10 ? 1 : 0)) * place;
      digit = 0;
    } else digit = CJK_NUMERALS[c] ?? 0;
  }
  return total + digit;
}
const MAYBE_FIGURE = /\d|two|three|four|five|six|seven|eight|nine|ten|twice|double|triple|quadrupl|fold|times|half|thirds?\b|fifths?\b|quarters? of\b|illion|per ?cent|翻|分之|[一二两兩三四五六七八九][成割]|一半|[一二两兩三四五六七八九十百千][亿億万萬兆]/i;

/**
 * Figures already found, by sentence, then by how a bare `¥` and verbs are read. The reader asks for the figures of
 * one sentence from many rules, and news repeats its sentences; the lists are only read.
 */
const valuesSeen = boundedCacheByContext<FoundValue[]>(200_000);

/**
 * Every figure in `sentence`, left to right, never two on the same characters; `bareYen` is what a bare `¥` means;
 * `verbs`, whether a verb that multiplies ("quadrupled") is a figure too.
 */
export function findValues(sentence: string, bareYen: 'JPY' | 'CNY' = 'JPY', verbs = false): FoundValue[] {
  if (!MAYBE_FIGURE.test(sentence)) return [];
  return valuesSeen(sentence, verbs ? `${bareYen} verbs` : bareYen, () => scanValues(sentence, bareYen, verbs));
}

function scanValues(sentence: string, bareYen: 'JPY' | 'CNY', verbs: boolean): FoundValue[] {
  const found: FoundValue[] = [];
  for (const { unit, pattern, needs, verb } of PATTERNS) {
    if ((verb && !verbs) || needs?.some((test) => !test.test(sentence))) continue;
    for (const match of matchesOf(pattern, sentence)) {
      const g = match.groups ?? {};
      let start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // A figure glued to a word (`Trainium2x`, `H100`) is part of a name, not a figure; but Chinese and Japanese
      // write no space before a percentage ("Azure39％増", "AWS营收增长28%"), and no name ends in a percent sign.
      if (start > 0 && /[A-Za-z]/.test(sentence[start - 1]!) && /^\d/.test(match[0]) && !(unit === '%' && /%$/.test(match[0]) && CJK_TEXT.test(sentence))) continue;
      let amount: number;
      const change = g.high !== undefined && FROM_BEFORE.test(sentence.slice(Math.max(0, start - 8), start));
      if (g.word2) amount = wordNumber(g.word2)!;
      else if (g.multiplied) amount = MULTIPLIED[g.multiplied.toLowerCase()]!;
      else if (g.share) amount = fractionPercent(g.share);
      else if (g.cjkOf) amount = Number(((cjkNumber(g.cjkParts!) / cjkNumber(g.cjkOf)) * 100).toFixed(1));
      else if (g.ratioCount) amount = Number(((SMALL_COUNTS[g.ratioCount.toLowerCase()]! / SMALL_COUNTS[g.ratioOf!.toLowerCase()]!) * 100).toFixed(1));
      else if (g.tenths || (g.amount && /[割成]/.test(match[0]))) {
        const hundredths = g.hundredths ? (CJK_NUMERALS[g.hundredths] ?? Number(g.hundredths)) : 0;
        amount = (g.tenths ? CJK_NUMERALS[g.tenths]! : number(g.amount!)) * 10 + hundredths;
      } else if (g.half) amount = 50;
      else if (g.doubling) amount = DOUBLINGS[g.doubling]!;
      else {
        // "two hundred billion", "two hundred forty-four billion": a count of hundreds, and what follows.
        // "its billion-dollar campus": a scale said without its count is one of it.
        // "rose from $40 to $45 billion": two ends after "from" are a change, and the figure is where it went.
        amount = change ? number(g.high!) : g.lead ? inWordsAmount(g) : g.cjkAmount ? cjkNumber(g.cjkAmount) : g.commaAmount ? Number(g.commaAmount.replace(',', '.')) : g.amount ? number(g.amount) : 1;
        // 1750亿至1850亿美元: the lower end has its own scale.
        const scaleWord = change ? g.scale : (g.lowScale ?? g.scale);
        const scale = scaleWord ? scaleOf(scaleWord) : undefined;
        if (scaleWord && scale === undefined) continue;
        // Rounded to 12 significant digits: 4.1 billion is 4100000000, not 4099999999.9999995.
        if (scale) amount = Number((amount * scale).toPrecision(12));
        // 2兆2600億: a count of the larger scale, then of the smaller.
        // 83万5000キロワット: a count of ten-thousands, then units.
        if (g.rest) {
          const small = scale ?? 1;
          if (SCALE[g.bigScale!]! <= small) continue;
          amount = number(g.amount!) * SCALE[g.bigScale!]! + number(g.rest) * small;
        }
      }
      if (!Number.isFinite(amount)) continue;
      const words = BOUND_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start));
      const cjk = !words && CJK_TEXT.test(sentence) ? CJK_BOUND_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start)) : null;
      const after = CJK_TEXT.test(sentence) ? CJK_BOUND_AFTER.exec(sentence.slice(end, end + 3)) : null;
      const b = { ...after?.groups, ...cjk?.groups, ...words?.groups };
      if (words) start -= words[0].length - (/^[^\w~≈]/.test(words[0]) ? 1 : 0);
      else if (cjk) start -= cjk[0].length;
      const range = (g.high !== undefined && !change) || g.andHigh !== undefined;
      const bound = b.min || g.plus || range || g.more ? 'min' : b.max ? 'max' : b.approx || b.tilde ? 'approx' : undefined;
      const measuredIn = unit === 'money' ? currencyOf(g, bareYen) : (unit ?? g.unit ?? g.unitWord!);
      const measured = inCommonUnit(amount, measuredIn);
      const value: Value = { ...measured, ...(bound ? { bound } : {}) };
      // A range's upper end, in the figure's unit and scale: "$10-15 billion" is 10 to 15 billion, 1750亿至1850亿美元 175 to 185 billion.
      const highScale = g.scale ? scaleOf(g.scale) : undefined;
      const high = range ? inCommonUnit(Number((number((g.high ?? g.andHigh)!) * (highScale ?? 1)).toPrecision(12)), measuredIn).amount : undefined;
      found.push({ value, start, end, text: sentence.slice(start, end).trim(), ...(range ? { range: true as const } : {}), ...(high !== undefined && high > measured.amount ? { high } : {}) });
    }
  }
  return withPricesPerUnit(sentence, withElidedUnits(sentence, withRangesAndChanges(sentence, withoutConversions(sentence, inSentenceCurrency(found.sort((a, b) => a.start - b.start))))));
}

/** A price per unit as `withPricesPerUnit` writes its unit (`USD/MW-day`: `{ money: 'USD', per: 'MW-day' }`), else null. */
export function perUnitOf(unit: string): { money: string; per: string } | null {
  const [money, per] = unit.split('/');
  return per && MONEY_UNITS.includes(money!) ? { money: money!, per } : null;
}

/** After a sum, the unit it is a price of: "$374.20/MW-day", "$85 per megawatt-hour", "$85/MWh". */
const PER_UNIT_AFTER = /^\s?(?:\/\s?|per\s+|a\s+)(?:(?<day>MW[- ·]?days?|megawatt[- ]days?)|(?<hour>MWh|megawatt[- ]hours?))\b/i;
/** Before a sum, the unit it is a price of, as Chinese and Japanese put it first: 每兆瓦日374.20美元, 1メガワット時あたり約85ドル. */
const PER_UNIT_BEFORE = /(?:(?<day>每兆瓦(?:每)?日|每兆瓦每天|1?メガワット・?日あたり|1?MW・?日あたり)|(?<hour>每兆瓦[时時]|1?メガワット時あたり|1?MWhあたり))\s?(?:約|约|およそ)?$/u;

/**
 * Sums that are prices of a unit of energy or capacity: "$374.20/MW-day" is 374.2 in `USD/MW-day`, "$85 per megawatt-hour" 85
 * in `USD/MWh`. A bare sum without a scale in a sentence that prices one so ("…每兆瓦日374.20美元，高于上一轮的333.44美元") is a
 * price of the same unit, compared.
 */
function withPricesPerUnit(sentence: string, found: FoundValue[]): FoundValue[] {
  if (!/MW|megawatt|兆瓦|メガワット/i.test(sentence)) return found;
  const perOf = (f: FoundValue): { unit: string; end: number } | null => {
    if (!MONEY_UNITS.includes(f.value.unit)) return null;
    const after = PER_UNIT_AFTER.exec(sentence.slice(f.end));
    const before = after ? null : PER_UNIT_BEFORE.exec(sentence.slice(Math.max(0, f.start - 16), f.start));
    const said = after ?? before;
    if (!said) return null;
    return { unit: `${f.value.unit}/${said.groups!.day ? 'MW-day' : 'MWh'}`, end: after ? f.end + after[0].length : f.end };
  };
  const priced = found.map(perOf);
  const units = new Set(priced.filter((p) => p !== null).map((p) => p!.unit));
  const [only] = units;
  return found.map((f, i) => {
    const per = priced[i];
    if (per) return { ...f, value: { ...f.value, unit: per.unit }, end: per.end, text: sentence.slice(f.start, per.end).trim() };
    // The other prices of the sentence, told without their unit, in its currency and below a scale's size.
    if (units.size === 1 && only!.startsWith(`${f.value.unit}/`) && f.value.amount < 10000) return { ...f, value: { ...f.value, unit: only! } };
    return f;
  });
}

/**
 * A number compared with a figure before it, its unit left out: "144 chips per system, against 64 in the older one",
 * "4.4x, versus 4 for its predecessor", "28%, up from 21 a year ago", "…; the Trainium2 version topped out at 64". Never a year, nor a number a word of its own
 * follows ("against 64 GPUs' worth").
 */
const ELIDED = /\b(?:against|versus|vs\.?|compared (?:with|to)|(?:up|down) from|(?:topped|maxed|peaked|capped) out at)\s+(?:the\s+)?(?:(?:about|roughly|nearly|some|just)\s+)?(?<amount>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:\s(?<scale>million|thousand))?(?=\s*(?:[,.;:)]|$)|\s+(?:in|for|on|at|a|the|with|per|last|this|previous|earlier|before|three|six|we|it|they)\b)/gi;
const ELIDED_UNITS = new Set(['chips', 'x', '%', 'rides', 'vehicles']);

function withElidedUnits(sentence: string, found: FoundValue[]): FoundValue[] {
  if (!found.some((f) => ELIDED_UNITS.has(f.value.unit)) || !/against|versus|vs|compared|from|out at/i.test(sentence)) return found;
  const added: FoundValue[] = [];
  for (const match of sentence.matchAll(ELIDED)) {
    // "against 3.1 million a year earlier": the scale after the number is the number's.
    const scaled = match.groups!.scale;
    const end = match.index + match[0].length;
    const start = end - (scaled ? scaled.length + 1 : 0) - match.groups!.amount!.length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const before = found.findLast((f) => f.end <= match.index);
    if (!before || !ELIDED_UNITS.has(before.value.unit) || /^(?:19|20)\d\d$/.test(match.groups!.amount!)) continue;
    added.push({ value: { amount: number(match.groups!.amount!) * (scaled ? scaleOf(scaled)! : 1), unit: before.value.unit }, start, end, text: sentence.slice(start, end) });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/** What joins a sum to the same sum in another currency: "(about", ", or roughly", "，约合", "（相当于". */
const CONVERSION_JOINT = /^\s*(?:[(（]|[,，]\s*(?:or\b|约合|相当于|約))\s*(?:about|approximately|approx\.|roughly|around|some|nearly|equal to|equivalent to|约合|约|相当于|合|約)?\s*$/iu;
/** What closes a sum in brackets, or the clause of a conversion after a comma. */
const CONVERSION_END = /^\s*(?:[)）]|[,，;；。.]|$)/u;

/** A sum written as US dollars by their mark: "$US40.8 billion", "US$9.3 billion", "USD 5 billion". */
const US_MARKED = /\$\s?US|\bUS\s?\$|\bUSD\b/;
/**
 * "$US40.8 billion ($62 billion)": where a paper marks the US dollar ("$US", "US$"), the bare "$" of the sum beside it is
 * its home dollar, a conversion, never a second US-dollar figure.
 */
const homeDollarAfterUs = (first: FoundValue, second: FoundValue): boolean => first.value.unit === 'USD' && US_MARKED.test(first.text) && !US_MARKED.test(second.text) && /\$\s?\d/.test(second.text);

/**
 * A sum said in two currencies ("$17.5 billion (about Rs 1.5 trillion)", "S$12 billion (US$9.3
 * billion)", "380 billion yuan, or about $53 billion", "3800亿元（约合530亿美元）") is one figure,
 * not two claims: the first, the sum as the company gave it, is kept, since the conversion is the
 * outlet's own, made at the day's rate, and other outlets' figures meet the sum given ("AWS will
 * invest S$12 billion in Singapore" in another paper).
 */
function withoutConversions(sentence: string, found: FoundValue[]): FoundValue[] {
  const out = [...found];
  for (let i = 0; i + 1 < out.length; i++) {
    const [first, second] = [out[i]!, out[i + 1]!];
    if ((first.value.unit === second.value.unit && !homeDollarAfterUs(first, second)) || !MONEY_UNITS.includes(first.value.unit) || !MONEY_UNITS.includes(second.value.unit)) continue;
    const joint = sentence.slice(first.end, second.start);
    if (!CONVERSION_JOINT.test(joint) || !CONVERSION_END.test(sentence.slice(second.end))) continue;
    // A conversion in brackets is part of the figure as written: the words after the bracket are the figure's own
    // ("about $US215 billion ($328 billion) this year" is of this year).
    const bracket = /^\s*[(（]/.test(joint) ? /^\s*[)）]/.exec(sentence.slice(second.end)) : null;
    out.splice(i, 2, bracket ? { ...first, end: second.end + bracket[0].length } : first);
  }
  return out;
}

/** A sum in 亿 written without its currency is in the currency of the nearest sum that has one, else no sum at all. */
function inSentenceCurrency(found: FoundValue[]): FoundValue[] {
  if (!found.some((f) => f.value.unit === 'sameCurrency')) return found;
  const money = found.filter((f) => MONEY_UNITS.includes(f.value.unit));
  return found.flatMap((f) => {
    if (f.value.unit !== 'sameCurrency') return [f];
    const nearest = money.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
    return nearest ? [{ ...f, value: { ...f.value, unit: nearest.value.unit } }] : [];
  });
}

const FROM_BEFORE = /\bfrom\s+$/i;
/** "from" after a verb of extent, which opens a range, not a change: "the plan runs from $115 billion to $135 billion", "ranges from". */
const RANGE_FROM_BEFORE = /\b(?:rang(?:e|es|ed|ing)|runs?|running|ran|spans?|spanning|spanned|var(?:y|ies|ied|ying)|stretch(?:es|ed|ing)?)\s+from\s+$/i;
const TO_BEFORE = /\bto\s+$/i;
/** "…to between $9.5 billion and $10.5 billion, from $10.5 billion to $11.5 billion previously": a range given before, not a change. */
const PREVIOUS_AFTER = /^\s*(?:previously|earlier|before)\b/i;
const RANGE_BETWEEN = /^\s?(?:-|–|—|to|至|到|~|～|〜)\s?$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** Month names as a dated level writes them ("up from $200 billion at the end of September"). */
const MONTH_NAMES = 'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
/**
 * What follows a figure of an earlier period: "from $9.4 billion a year earlier", "from $200 billion at the end of September",
 * "up from $23.9 billion in the January–March period", "went from $37.6 billion in the three months to March to $40.8 billion
 * in the three months to June" (a quarter of its own, named by its end or its number).
 */
const EARLIER_PERIOD_AFTER = new RegExp(String.raw`^\s*(?:a year (?:earlier|ago|before)|(?:in|for) the (?:same|year-?ago|prior|previous|preceding)\b|last year|in (?:19|20)\d\d|in the (?:prior|previous) year|(?:at the end of|as of|in) (?:${MONTH_NAMES})\b|(?:in|for) the (?:${MONTH_NAMES})\s?[–-]\s?(?:${MONTH_NAMES}) (?:quarter|period)\b|(?:in|for) the (?:three|3) months (?:to|ended|through) (?:${MONTH_NAMES})\b|(?:in|for) (?:the )?(?:first|second|third|fourth) quarter\b|(?:in|for) Q[1-4]\b)`, 'i');

/**
 * Two readings of figures that come in pairs. A range written with both ends whole
 * (`$66 billion to $72 billion`, `$10B–$15B`, `between $10 billion and $15 billion`) is one figure, at least its lower end, as
 * `$10-15 billion` is. A change (`raised its forecast to $85 billion from $75 billion`,
 * `from $100 billion to $125 billion`) states the new figure: the one it left, of the same
 * period, is dropped; one of an earlier period ("from $9.4 billion a year earlier") stays.
 */
function withRangesAndChanges(sentence: string, found: FoundValue[]): FoundValue[] {
  const before = (f: FoundValue) => sentence.slice(Math.max(0, f.start - 8), f.start);
  const out: FoundValue[] = [];
  for (let i = 0; i < found.length; i++) {
    const low = found[i]!;
    const high = found[i + 1];
    const joint = high ? sentence.slice(low.end, high.start) : '';
    const range = RANGE_BETWEEN.test(joint) ? !FROM_BEFORE.test(before(low)) || RANGE_FROM_BEFORE.test(sentence.slice(Math.max(0, low.start - 24), low.start)) || (high !== undefined && PREVIOUS_AFTER.test(sentence.slice(high.end, high.end + 16))) : /^\s?and\s?$/.test(joint) && BETWEEN_BEFORE.test(before(low));
    if (high && high.value.unit === low.value.unit && !low.value.bound && range) {
      out.push({ value: { ...low.value, bound: 'min' }, start: low.start, end: high.end, text: sentence.slice(low.start, high.end), range: true, ...(high.value.amount > low.value.amount ? { high: high.value.amount } : {}) });
      i++;
    } else out.push(low);
  }
  return out.filter(
    (f, i) =>
      (!FROM_BEFORE.test(before(f)) ||
        EARLIER_PERIOD_AFTER.test(sentence.slice(f.end, f.end + 40)) ||
        !out.some((g) => g !== f && g.value.unit === f.value.unit && TO_BEFORE.test(before(g)))) &&
      !isCjkLevelLeft(sentence, f, out[i + 1]),
  );
}

/** 从 (or 從) before a figure, with what may stand between: 从1750亿美元, 從去年同期的250億美元. */
const CJK_FROM_BEFORE = /[从從]([^，。；,;从從]{0,12})$/u;
/** A verb of change and 至/到 between two figures: 上调至, 增至, 增长到, 降至; or the Japanese から … に (1750億ドルから2000億ドルに). */
const CJK_CHANGE_BETWEEN = /^[^，。；,;\d]{0,6}?(?:至|到)$/u;
const JA_CHANGE_BETWEEN = /^\s?(?:から|より)\s?$/u;
const JA_CHANGE_AFTER = /^\s?(?:に|へ|まで)/u;
/** A time before the level a figure moved from, which keeps it as that time's figure: 去年同期的, 上季度的, 前年同期の. */
const CJK_EARLIER_TIME = /去年|上年|前年|上一?季|上个?季度|上個?季度|同期|一年前|年初|上个?月|上個?月|此前|之前|先前|早前|前期|前四半期/u;

/**
 * In Chinese or Japanese, the level a figure moved from: 从1750亿美元上调至2000亿美元, 积压订单从2000亿美元增至2440亿美元,
 * 1750億ドルから2000億ドルに引き上げ — the figure states where it went, as "raised to $200 billion from $175 billion"
 * does, and the level it left goes, unless a time before it keeps it as that time's figure (从去年同期的250亿美元增至350亿美元).
 */
function isCjkLevelLeft(sentence: string, f: FoundValue, next: FoundValue | undefined): boolean {
  // (A rate's earlier level, 增速从40%放缓至39%, is the rate of the period before: `previousLevel` in readFigures keeps it.)
  if (!next || next.value.unit !== f.value.unit || f.value.unit === '%' || !CJK_TEXT.test(sentence)) return false;
  const between = sentence.slice(f.end, next.start);
  const from = CJK_FROM_BEFORE.exec(sentence.slice(Math.max(0, f.start - 14), f.start));
  if (from && CJK_CHANGE_BETWEEN.test(between)) return !CJK_EARLIER_TIME.test(from[1]!);
  if (JA_CHANGE_BETWEEN.test(between) && JA_CHANGE_AFTER.test(sentence.slice(next.end, next.end + 3))) return !CJK_EARLIER_TIME.test(sentence.slice(Math.max(0, f.start - 10), f.start));
  return false;
}

/** Two figures agree when equal within rounding, or when one's bound admits the other. */
export function compatible(a: Value, b: Value): boolean {
  if (a.unit !== b.unit) return false;
  const close = (x: number, y: number, tolerance: number) => Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
  // "About 26%" is not 28%: approximate figures agree within 5%. "Roughly quadruples" is 4.4x rounded to a whole
  // multiple, as verbs and round words say multiples: an approximate whole multiple agrees with what rounds to it.
  const wholeOf = (v: Value, w: Value) => v.bound === 'approx' && v.unit === 'x' && Number.isInteger(v.amount) && Math.round(w.amount) === v.amount;
  if (a.bound === 'approx' || b.bound === 'approx') {
    // "About 40%" is what "more than 37%" admits, as "39%" is: a bound admits an approximate figure within its 5%.
    const [about, other] = a.bound === 'approx' ? [a, b] : [b, a];
    if (other.bound === 'min') return about.amount * 1.05 >= other.amount;
    if (other.bound === 'max') return about.amount * 0.95 <= other.amount;
    // "About $202 billion" is not PitchBook's $192.7 billion: a figure written to three digits or more is said that
    // precisely, and agrees within 2%; a round one ("about $200 billion", "roughly 26%") within 5%.
    return close(a.amount, b.amount, significantDigits(about.amount) >= 3 ? 0.02 : 0.05) || wholeOf(a, b) || wholeOf(b, a);
  }
  if (a.bound === 'min' && b.bound === 'min') return true;
  if (a.bound === 'max' && b.bound === 'max') return true;
  if (a.bound === 'min') return b.bound !== 'max' ? b.amount >= a.amount * 0.99 : b.amount >= a.amount;
  if (b.bound === 'min') return a.bound !== 'max' ? a.amount >= b.amount * 0.99 : a.amount >= b.amount;
  if (a.bound === 'max') return b.amount <= a.amount * 1.01;
  if (b.bound === 'max') return a.amount <= b.amount * 1.01;
  // Within 0.5% is rounding; up to 1% only where one figure is written less precisely ("$131bn" for $131.8 billion):
  // two figures given to the same precision that differ ($69.7 billion, $70.2 billion) are two figures.
  return close(a.amount, b.amount, 0.005) || (close(a.amount, b.amount, 0.01) && significantDigits(a.amount) !== significantDigits(b.amount));
}

/** How many significant digits a figure is written with: 69.7 billion has three, 131.8 billion four, 28% two. */
function significantDigits(amount: number): number {
  const digits = String(Number(Math.abs(amount).toPrecision(12))).replace(/e[+-]?\d+$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

const trim = (n: number) => String(Number(n.toPrecision(4)));

/** A figure for readers: `$244B`, `more than $464B`, `up to 4x`, `about 40%`. */
export function formatValue(value: Value): string {
  let core: string;
  const a = value.amount;
  const symbol = SYMBOL_OF.get(value.unit);
  // A price of a unit of energy or capacity, in its currency: "$374.20/MW-day", "$85/MWh".
  const price = perUnitOf(value.unit);
  const priceSymbol = price ? SYMBOL_OF.get(price.money) : undefined;
  if (priceSymbol) core = `${priceSymbol}${a.toFixed(2).replace(/\.00$/, '')}/${price!.per}`;
  else if (symbol) {
    const abs = Math.abs(a);
    core = abs >= 1e12 ? `${symbol}${trim(a / 1e12)}T` : abs >= 1e9 ? `${symbol}${trim(a / 1e9)}B` : abs >= 1e6 ? `${symbol}${trim(a / 1e6)}M` : `${symbol}${a.toFixed(2).replace(/\.00$/, '')}`;
  } else if (value.unit === '%') core = `${trim(a)}%`;
  else if (value.unit === 'x') core = `${trim(a)}x`;
  else if (value.unit === 'chips') core = `${a.toLocaleString('en-US')} chips`;
  else core = `${trim(a)} ${value.unit}`;
  const words = { min: 'more than ', max: 'up to ', approx: 'about ' } as const;
  return value.bound ? `${words[value.bound]}${core}` : core;
}

/**
 * Numbers said in words, as a bare sum's may be: "fifty", "three-hundred", "a hundred and thirty-one", "sixty-two point
 * three", "thirty-seven and a half", "38".
 */
const SUM_NUMBER = String.raw`(?:(?:(?:a|${TAIL_WORD_PATTERN})[- ]hundred(?:[- ](?:and[- ])?(?:${TAIL_WORD_PATTERN}))?|${TAIL_WORD_PATTERN})(?:\s+point(?:\s+(?:${DIGIT_WORD_PATTERN}))+|[- ]and[- ]a[- ](?:half|quarter))?|\d[\d.,]*)`;
/** What a sum of a deal is said before: "a fifty-billion build", "a three-hundred-billion capacity order". */
const DEAL_NOUN = String.raw`(?:build(?:-out)?|deal|order|pledge|contract|package|plan|budget|program(?:me)?|investment|commitment|bet|cheque|check|round|offer|proposal)s?`;
/**
 * A sum with no currency — "a fifty-billion build", "a deal worth nearly forty billion.", capex "in the
 * neighborhood of two hundred billion" for 2026, "200 billion this year" — is dollars in English news,
 * when nothing but a deal or the end of its phrase follows it ("eight billion parameters" is no sum).
 */
const BARE_SUM = new RegExp(String.raw`(?<![\d.,]|[$€£¥₹]\s?|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?)\s?)\b(${SUM_NUMBER})([- ])(billion|trillion)\b(?![- ](?:dollars?|euros?|pounds?|yen|yuan|won|rupees|[\w-]*-dollar|US))(?=\s*(?:["”’),.;:!?]|$)|\s+(?:for|in|on|over|to|from|with|this|next|last|by|and|or|as|at|a year|annually|plus)\b|[- ](?:[\w-]+[- ])?${DEAL_NOUN}\b)`, 'gi');

/**
 * `text` with its bare sums ("131 billion in 2025", "a fifty-billion deal") written as dollars; where it writes a
 * currency sign, only when `besideDollars` (the caller knows its sums are all in dollars).
 */
export function bareSumsAsDollars(text: string, besideDollars = false): string {
  if (!text.includes('illion') || (!besideDollars && /[$€£¥₹]/.test(text))) return text;
  return text.replace(BARE_SUM, (_, number: string, gap: string, scale: string) => (gap === '-' ? `${number}-${scale}-dollar` : `${number} ${scale} dollars`));
}

/**
 * A number said bare right after a word of comparison, its unit left to the figure it is compared with: "Up from fifty-one
 * point two the quarter before", "versus 38 a year ago". Never a year ("up from 2025"), nor a number a unit or a noun follows.
 */
const BARE_COMPARED = new RegExp(String.raw`(?<=\b(?:from|than|versus|vs\.?|against|compared (?:with|to))\s+(?:(?:about|around|roughly|some|just|only|nearly)\s+)?)(${SUM_NUMBER})(?=\s*(?:[,.;:!?)"”’]|$)|\s+(?:the|a|in|last|this|for|at|during|over)\b)`, 'i');

/** How a figure in `unit` is written after its number, with the scale of `amount`: "billion dollars", "percent", "times". */
function unitWords(amount: number, unit: string): string | null {
  if (unit === '%') return 'percent';
  if (unit === 'x') return 'times';
  if (unit === 'chips') return 'chips';
  if (unit !== 'USD') return null;
  const abs = Math.abs(amount);
  return abs >= 1e12 ? 'trillion dollars' : abs >= 1e9 ? 'billion dollars' : abs >= 1e6 ? 'million dollars' : 'dollars';
}

/**
 * `text` with a number it only compares, said without a unit, written in the unit (and scale) of `value`, the figure it is
 * compared with: "Up from fifty-one point two the quarter before" after $62.3 billion is "Up from fifty-one point two billion
 * dollars the quarter before". Else `text` as it is.
 */
export function withUnitOf(text: string, value: Value): string {
  const words = unitWords(value.amount, value.unit);
  const match = words ? BARE_COMPARED.exec(text) : null;
  if (!match || /^(?:19|20)\d\d$/.test(match[1]!)) return text;
  const end = match.index + match[1]!.length;
  return `${text.slice(0, end)} ${words}${text.slice(end)}`;
}
