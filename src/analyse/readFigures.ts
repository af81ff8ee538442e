/**
 * Reads the claims one sentence (or one table cell) makes: for each figure, the
 * metric named nearest to it in its clause, the subject (company, product or
 * group) the clause is about, the counterparty of a deal, and the period.
 */
import type { Modality, OfferStatus, Value } from '../schemas.ts';
import { bareSumsAsDollars, CJK_TEXT, findValues, MONEY_UNITS, NUMBER_IN_WORDS, numberInWords, perUnitOf, type FoundValue } from './parseValue.ts';
import { findEntities, findMetrics, ownerOf, unitOf, unknownSubject, type FoundEntity, type FoundMetric } from './entities.ts';
import { beginsAfterArticle, endsAfterArticle, ownPeriod, parsePeriod, possessiveMonthOf, QUARTER_KEY, UNDATED_OWN, withFiscalYearsNamed, YEARS_TO_COME_CJK, yearOfQuarter, type PeriodContext } from './periods.ts';
import { isMonth, monthBefore, monthIndex, quarterBefore } from './quarters.ts';
import { MONTH_WORD } from '../parse/timelineDates.ts';
import { BROKERS } from './modalityCues.ts';
import { callsOff, forecastNamedAfter, isAnnouncedSpec, isGrantDecided, MONTHS_AHEAD, isComparisonBase, isFlowRange, isHouseCall, offerStatusAt, offerStatusOf, readModality, TAKES_TOTAL, withoutPlaceCommas } from './modality.ts';
import { isPlaceName } from './places.ts';
import { memoByText } from '../memoByText.ts';
import { carriedMeasure, JA_CURRENCY_EXCLUDED, onTheMonthBefore, sequentialBase, spansYears, toDate, withMeasure } from './measures.ts';
import { businessLineOf, withLine } from './businessLines.ts';
import { ACQUISITION, CLOUD_UNITS, companyGroup, METRICS, PRICE_PER_SHARE, SECTORS, SPEECH_AFTER, SPEECH_BEFORE, WHICH_CAME_TO_WORDS, type MetricEntry } from './vocabulary.ts';
import { costAsShare, measureOfUnit } from './chipSpecs.ts';
import { placedModality, placeOfSum } from './pledgePlaces.ts';
import { withSpokenUnits } from './spokenFigures.ts';
import { multipliedAsRises } from './multipliedRises.ts';

/** One figure read from a sentence, before merging. */
export interface Figure {
  subject: string | null;
  metric: MetricEntry;
  counterparty: string | null;
  value: Value;
  period: string | null;
  /** `fact` where no word says otherwise. */
  modality: Modality;
  /** For an offer, how it ended where the sentence says. */
  offerStatus: OfferStatus | null;
  /** A figure a correction takes back ("misstated AWS's backlog as $224 billion"): no claim, but what the correction points back to. */
  retracted?: true;
}

/** What the rest of the article tells a sentence it cannot tell itself. */
export interface SentenceContext extends PeriodContext {
  /** The company the article is about (first in its title), used when a sentence names none. */
  fallbackSubject: string | null;
  /** Whether the article is a research house's or a fund's own note or letter, whose unquoted "we expect" is its forecast (`isHouseCall`). */
  house?: boolean;
}

/**
 * A clause or a sentence that opens on a deal named before, and its sum: "the lease was worth", "The lease had been valued
 * at", "The 15-year lease, for buildings under construction near Allentown, was worth" — what the words before it called off,
 * it calls off too.
 */
export const DEAL_VALUED_OPENS = /^[\s"“;,]*(?:and\s+)?(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}?(?:lease|contract|deal|agreement|order|commitment)(?:,[^,.;]{1,100},)?\s+(?:was|had been|has been|is|were)\s+(?:worth|valued)\b/i;
/** Right before a sum, a relative clause that tells what the thing before it came to: ", which totalled approximately", ", that were worth". */
const WHICH_CAME_TO = new RegExp(String.raw`,\s*${WHICH_CAME_TO_WORDS}\s+$`, 'i');

/**
 * Right after a percentage, the premium a price pays over another: "a 38% premium", "a 38 per cent premium to its share
 * price" (not a price's premium over the offer: "trade at a 4% premium to the offer").
 */
const PREMIUM_AFTER = /^\s*(?:(?:per ?cent|percent)\s+)?premium\b(?!\s+(?:to|over)\s+(?:the|its|their)\s+(?:offer|bid|proposal)s?\b)/i;
/** Right before a sum, a participle that takes a total to it: ", taking the year-to-date total to", ", bringing its outlays to about". */
const RUNNING_TOTAL_BEFORE = new RegExp(String.raw`,\s+${TAKES_TOTAL}\s*(?:(?:about|around|roughly|nearly|some|more than|over|almost)\s+)?\S{0,4}$`, 'i');
/**
 * A bracketed aside in Chinese or Japanese full-width brackets that states a figure of its own: （上年同期增速为17%）, not one
 * that dates the figure beside it (（截至11月）).
 */
const CJK_ASIDE = /（[^（）]*?\d[\d.,]*\s*(?:%|％|亿|億|万|兆|美元|ドル|元|円)[^（）]*）/gu;
/** `text` with the full-width bracketed asides of a figure of their own that do not hold [start, end) blanked out, its length kept. */
const asidesLeftOut = (text: string, start: number, end: number) =>
  text.includes('（') ? text.replace(CJK_ASIDE, (aside, at: number) => (at <= start && at + aside.length >= end ? aside : ' '.repeat(aside.length))) : text;
/** Right before a sum, the "or" that tells the sum before it otherwise: ", or roughly", ", or about". */
const OR_RESTATED_BEFORE = /,\s+or\s+(?:(?:about|around|roughly|nearly|some|close to|almost|just over|just under)\s+)?\S{0,4}$/i;
/** Words of a bid for a company: "offer", "bid", "proposal", "proposed buying", "approach". */
const BID_WORDS = /\b(?:bids?|offer(?:s|ed)?|proposals?|proposed|approach)\b/i;
/**
 * An offer that implies the valuation after it, in the same statement (no sentence end, semicolon or "but" between): "The
 * bid implied a", "Amazon's offer valued the company at", "The proposal, made on 21 October, valued Kunlunxin at about",
 * "raised its proposal for Veradex … to 2,080 pence a share, valuing Veradex at about", "the offer put an equity value of roughly".
 */
const OFFER_IMPLIES = /\b(?:bid|offer|approach|proposal)s?\b(?:(?![.!?]\s|\b(?:but|while|whereas|although)\s)[^;])*?\b(?:would have\s+)?(?:implied|implies|implying|imply|valued|values|valuing|put|puts|putting)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?|(?:[\w.&'’-]+\s+){0,3}?at\s+|)(?:(?:about|around|roughly|nearly|some|more than|over|up to|close to|approximately)\s+)?\S{0,4}$/i;

/** Microsoft's cloud named in Chinese shorthand, not by Azure's name: 微软云, 微軟雲, 微软智能云 (its group, 智能, for the segment). */
const CLOUD_SHORTHAND_CJK = /^微[软軟](智能)?[云雲]$/u;

/** Buyers' act of ordering, before a sum of orders: "placed orders worth", "ordered". */
const ORDERS_PLACED_BEFORE = /\b(?:plac(?:ed|es|ing)|(?:put|puts|putting)\s+in|ordered)\b/i;

/** A valuation that prices the sum before it: "at a valuation of roughly", "at a $600 billion valuation" (its words before the sum). */
const AT_A_VALUATION = /\bat an? (?:(?:post-money|pre-money|implied|reported)\s+)?valuation (?:of\s+)?(?:(?:about|around|roughly|nearly|some|more than|over|as much as|up to|close to)\s+)?$|\bat an?\s+$/i;
/** What a site will have: "will start with … on 1.5 GW", "will draw". */
const WILL_HAVE = String.raw`will (?:start with|begin with|have|draw|need|use|add)`;
/** The rest of the words up to the figure, past a decimal point ("sized for 1.5 gigawatts and a first phase of about"). */
const UP_TO_FIGURE = String.raw`\b(?:[^.;]|\.(?=\d)){0,60}$`;
/** Words before a site's power that make it the power it will have. */
const WILL_HAVE_BEFORE = new RegExp(String.raw`\b${WILL_HAVE}${UP_TO_FIGURE}`, 'i');
/** Words before a count of chips that make it a site's or a buyer's intention: "sized for", "will start with", "may use", "agreed to use". */
const INTENDED_BEFORE = new RegExp(
  String.raw`\b(?:(?:designed|sized|planned) for|to (?:start|begin) with|${WILL_HAVE}|will (?:house|hold)|(?:may|could|might|can|would|will) (?:use|run on|deploy|get|house)|agreed to (?:use|buy|deploy|take))${UP_TO_FIGURE}`,
  'i',
);

/**
 * Whether a figure read as a fact is a plan by the words before it: "may use as many as 2 million TPUs", "agreed to use up to
 * 1m of Google's chips", "sized for 1.5 gigawatts and a first phase of about 400,000 GPUs", "will start with 400,000 GPUs on
 * 1.5 GW of power" — chips a company or a site is to have, at most or by design, and the power a site will have, are its
 * plan, not chips or power at work, and so is the power a deal is sized by ("a 6-gigawatt GPU supply pact"). (A site's power
 * "designed for" is its design, told as a fact of the campus.)
 */
function intendedFigure(metric: string, found: FoundValue, sentence: string): boolean {
  if (metric !== 'chips deployed' && metric !== 'power capacity') return false;
  const before = sentence.slice(Math.max(0, found.start - 90), found.start);
  // Power a build or a campus is to reach at most is its plan: "the schedule for a build of up to 1.5 gigawatts".
  const upToBuild = found.value.bound === 'max' && BUILD_UP_TO_BEFORE.test(before);
  return metric === 'chips deployed' ? found.value.bound === 'max' || INTENDED_BEFORE.test(before) : upToBuild || WILL_HAVE_BEFORE.test(before) || DEAL_SIZED_AFTER.test(sentence.slice(found.end, found.end + 60));
}

/** A pledge's verb before a ceiling on the sum: "committed up to", "commit as much as", "pledged in November up to". */
const COMMITTED_AT_MOST_BEFORE = /\b(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing))\s+(?:(?:in|last|this|on)\s+[\w.]+\s+)?(?:to\s+)?(?:(?:up to|as much as)\s+)?\S{0,4}$/i;

/**
 * Whether a sum invested that reads as a fact is a plan by the ceiling it is committed at: "Microsoft committed up to $5
 * billion to Anthropic" promises at most that much, paid over time; "committed $4 billion" is the sum committed, a fact.
 */
const committedAtMost = (metric: MetricEntry, found: FoundValue, sentence: string): boolean =>
  Boolean(metric.counterparty) && found.value.bound === 'max' && COMMITTED_AT_MOST_BEFORE.test(sentence.slice(Math.max(0, found.start - 60), found.start));

/** A build, campus or project sized "up to" the figure after it. */
const BUILD_UP_TO_BEFORE = /\b(?:build(?:-?out)?|campus|project|site|facility|expansion|development)s?\s+(?:of|with|for|at)\s+(?:up to\s*)?$/i;

/** A deal a figure of power sizes, right after it: "a 6-gigawatt GPU supply pact" is power to be delivered over the years. */
const DEAL_SIZED_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:pact|deal|agreement|partnership|contract)\b/i;

const HAN = /\p{Script=Han}/u;
/** A sentence in Chinese or Japanese, whose clauses leave out the company named in the one before. */
const CJK_CLAUSES = /[\u3040-\u30ff\u3400-\u9fff]/;
const KANA = /[\u3040-\u30ff]/;
/**
 * A bare `¥` is the yuan in a Chinese sentence (Han characters, no kana), else the yen:
 * Japanese writes kana, and English news means the yen. Decided per sentence, so that an
 * English sentence beside a Chinese one in the same file keeps its yen.
 */
export const bareYenOf = (sentence: string): 'JPY' | 'CNY' =>
  (sentence.includes('¥') || sentence.includes('￥')) && HAN.test(sentence) && !KANA.test(sentence) ? 'CNY' : 'JPY';

/** Whether `period` is a quarter (`2026-Q2`) that ended before the month the article is dated, or a year before the article's. */
function quarterOver(period: string | null, context: PeriodContext): boolean {
  if (!context.articleYear || !context.articleMonth) return false;
  if (period && /^\d{4}$/.test(period)) return Number(period) < context.articleYear;
  const q = period ? QUARTER_KEY.exec(period) : null;
  if (!q) return false;
  return monthIndex(Number(q[1]), Number(q[2]) * 3) < monthIndex(context.articleYear, context.articleMonth);
}

/**
 * The growth of a named metric that has no percentage of its own ("backlog rose 20%"): revenue's is revenue growth. Bookings
 * that grew are the contracts signed in the period against those of the period before, not the backlog they add to: "Contoso's
 * bookings rose 80% in the quarter" is bookings growth, beside its backlog's 30% ("$90 billion of bookings" is its backlog).
 */
const growthMetrics = new Map<string, MetricEntry>();
export function growthOf(metric: MetricEntry, words: string): MetricEntry {
  const name = metric.name === 'backlog' && /\bbookings\b/i.test(words) ? 'bookings growth' : `${metric.name} growth`;
  let growth = growthMetrics.get(name);
  if (!growth) {
    growth = METRICS.find((m) => m.name === name && !m.movement) ?? { name, topic: metric.topic, units: ['%'], phrases: [] };
    growthMetrics.set(name, growth);
  }
  return growth;
}

/**
 * What a percentage with no metric of its own is when analysts expect it, or when it is
 * written signed or "y/y" ("AWS +21%", "Azure (+39% y/y)"): the revenue growth earnings are measured by.
 */
export const REVENUE_GROWTH = METRICS.find((m) => m.name === 'revenue growth' && !m.movement)!;

/**
 * Growth said at constant exchange rates ("38% in constant currency", "(38% cc)", "; excluding the effect of currency, 38%",
 * 以固定匯率計算則成長38%): an actual of its own beside the growth as reported, which it neither confirms nor disputes.
 * Read as a qualifier of the one figure it is written against, so that a figure listed after it keeps plain growth.
 */
const CONSTANT_CURRENCY = String.raw`(?:(?:in|at|on an?) )?constant[- ](?:currenc(?:y|ies)|exchange[- ]rates?|FX)(?: basis| terms)?|(?:excluding|ex|net of|adjusted for|stripping out|without) (?:the )?(?:(?:effects?|impacts?) of )?(?:foreign[- ])?(?:currency|currencies|exchange[- ]rates?|FX)(?: (?:movements|moves|changes|swings|fluctuations|effects?|impacts?|translation))?|(?:currency|FX)[- ]neutral|ex-?FX|cc\b|(?:按|以|在)?(?:固定|恒定|不变|不變)(?:匯率|汇率)(?:計算|计算|下)?|剔除(?:汇率|匯率)(?:影响|影響|因素)|${JA_CURRENCY_EXCLUDED}(?:ベース)?|恒常為替(?:レート)?(?:ベース)?`;
/** Right after the figure: "38% in constant currency", "38% cc". */
const CONSTANT_CURRENCY_AFTER = new RegExp(String.raw`^\s?(?:${CONSTANT_CURRENCY})`, 'i');
/**
 * Opening the words before it after a break, or the sentence ("; excluding the effect of currency, 38%", "Excluding currency,
 * Azure grew 38%"), never right after the figure before ("38% in constant currency, and GCP 28%"). The words between name
 * no figure, but may name the period (按固定汇率计算，Contoso云在2026财年第二季度营收增长31%; "At constant currency, in
 * fiscal 2026 Q2 Contoso Cloud grew 31%").
 */
const PERIOD_DIGITS = String.raw`(?:FY\s?|Q)?(?:19|20)\d\d(?!\d)|\bQ[1-4]\b`;
const CONSTANT_CURRENCY_BEFORE = new RegExp(String.raw`[;:(（，；,、]\s*(?:and |but |or )?(?:${CONSTANT_CURRENCY})\s*[,，]?\s*(?:${PERIOD_DIGITS}|[^\d%;,，；.]){0,40}$`, 'i');
const CONSTANT_CURRENCY_OPENING = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${CONSTANT_CURRENCY})\s*[,，]?\s*(?:${PERIOD_DIGITS}|[^\d%;,，；.]){0,40}$`, 'iu');

/** What a chip's multiple of another chip measures where no word names it: its performance (compute). */
const PERFORMANCE = METRICS.find((m) => m.name === 'performance')!;

/** After a multiple, the chip it is of: "4.4x vs Trn2", "four point four x\" Trainium2", "4x over the original", "3x its predecessor", "a fourfold leap over the original". */
const MULTIPLE_OF_AFTER = /^["”’]?\s+(?:(?:leap|jump|gain|boost|uplift|improvement)\s+(?=over|versus|vs))?(?:(?:vs\.?|versus|over|against|compared (?:to|with))\s+)?(?:(?:the|its|their)\s+)?(?:(?:original|predecessor|previous generation|prior generation|first generation)\b|(?=[A-Z]))/;

/** What a chip's own multiple is called after it: "4.4x claim", "4x gain", "3x uplift". */
const MULTIPLE_NOUN = /^\s+(?:claim|gain|jump|boost|uplift|improvement|leap|figure)\b/i;

/**
 * "Trainium3's 4.4x claim", "the second-gen's 4x over the original", "4.4x vs Trn2": a multiple a chip is said to be of
 * another chip (named, or its own earlier generation), with no measure named, is its performance, as "4.4x the compute"
 * says. Not a multiple of chips counted, of a company's sums ("Amazon's 4x jump in capex" names its measure), nor one
 * whose product is only its baseline. `products` are the products the sentence names.
 */
export function chipMultiple(sentence: string, found: { start: number; end: number; value: Value }, products: readonly FoundEntity[]): FoundMetric | undefined {
  if (found.value.unit !== 'x' || products.length === 0) return undefined;
  const after = MULTIPLE_OF_AFTER.exec(sentence.slice(found.end, found.end + 40));
  const ofProduct = after !== null && products.some((p) => p.start === found.end + after[0].length);
  const ofEarlier = after !== null && /(?:original|predecessor|generation)$/.test(after[0]);
  // "Trainium3's 4.4x claim": the multiple the chip's own is said to be.
  const own = products.some((p) => /^['’]s\s+$/.test(sentence.slice(p.end, found.start))) && MULTIPLE_NOUN.test(sentence.slice(found.end, found.end + 20));
  return ofProduct || ofEarlier || own ? { metric: PERFORMANCE, start: found.start, end: found.end } : undefined;
}

/** Between a figure and the measure it qualifies: "40% better energy efficiency", "30% higher throughput". */
const QUALIFIED_AFTER = /^\s+(?:better|more|higher|greater|lower|improved)\s+$/i;

/** A sign written against a percentage: "(+28%", "AWS −4%", 同比+28% (a hyphen only after a space, bracket or Chinese word, not in "10-15%"). */
const SIGN_BEFORE = /(?:^|[\s(（\u3400-\u9fff])([+−-])\s?$/;
/** What joins a figure to the base it was earned on, the base's measure next: "¥592 billion on revenue of …", "$5 billion on sales of …". */
const ON_BASE_BEFORE = /^\s*,?\s+on\s+(?:(?:net|total|record|higher|lower|flat)\s+)?$/i;
/** Words that open a clause set against the one before: "…, while revenue grew 39%", "whereas". */
const SET_AGAINST = /,?\s(?:while|whereas)\s/i;

/** Between a name and its signed percentage: "Azure +39%", "AWS (+28%", "Contoso −4%". */
const SIGNED_AFTER_NAME = /^\s*[(（]?\s*[+−-]\s?$/;
/** "28% y/y", "39% YoY": a percentage measured against a year (or quarter) before. */
const CHANGE_AFTER = /^\s?(?:y\/y|yoy|y-o-y|q\/q|qoq)\b/i;

/** The metric whose growth `growth` is ("revenue growth" → revenue), as a found metric at its place, or undefined. */
function levelOf(growth: FoundMetric): FoundMetric | undefined {
  const level = growth.metric.name.endsWith(' growth') ? METRICS.find((m) => m.name === growth.metric.name.slice(0, -' growth'.length) && !m.movement) : undefined;
  return level ? { ...growth, metric: level } : undefined;
}

/** Words between a figure and the one it replaced: "up from a previous range that topped out at …". */
const LEFT_BEHIND = /\b(?:from|than|replacing) (?:a |an |the |its |their )?(?:previous|prior|earlier|old|former)\b/i;

/** "Amazon claims …", "Jassy said …", "according to Nvidia": who speaks, which is not what the figure is about. */
const isSpeaker = (sentence: string, e: FoundEntity) => SPEECH_AFTER.test(sentence.slice(e.end, e.end + 60)) || SPEECH_BEFORE.test(sentence.slice(Math.max(0, e.start - 20), e.start));

/** ", Microsoft said Wednesday, …": a verb of saying that closes its clause (", Alphabet guides to $175B" is a clause of its own). */
const ATTRIBUTION_AFTER = /^\s+(?:said|says|told \w+|added|noted|stated|reported)(?:\s+(?:on\s+)?\w+day)?\s*(?:[,;.]|$)/;

/**
 * A comma before digits breaks one unless it is a thousands separator ("2,440亿", not "40亿美元，2024年").
 * An en dash breaks a clause only set off by spaces ("AWS – the cloud arm – grew"): "October–December" is a range.
 * A space between Chinese or Japanese words (or after a percentage) sets a headline's phrases apart:
 * "微軟第三財季雲端增長39% 資本開支再創新高" is two.
 * "as" opens a clause of its own ("Azure grows 39% as capex hits $37.5B"), but not in "as much as", "as expected".
 * "and" opens one, but not in "between July and September", which names one quarter, nor in "data centres and other
 * investments", which joins two things.
 */
const CLAUSE_BREAK = /[;:()—]|\s–\s|,(?!\d{3}(?!\d))|(?<=[%\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u3040-\u30ff\u3400-\u9fff])|(?<!\bbetween\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s(?:and(?!\s(?:other|related|similar|associated)\s(?!(?:[\w-]+\s){0,2}(?:was|were|is|are|rose|fell|grew|came|totall?ed|reached)\b))|but|while|which|whereas|although|compared to|versus|vs\.?)\s|\sas\s(?!(?:much|many|well|high|low|little|far|long|of|expected|part|such|a|an|percent|per)\b|[\d$€£¥₹])/g;

/** A new clause joined by a comma and "and" or "but" ("…, and that its capital spending would climb …"). */
const AND_CLAUSE = /,\s+(?:and|but)\s/;

/** A clause that opens on "whose" before its figure ("…, whose sales rose 39%"): the company before it owns the figure. */
const WHOSE_OPENS = /^\s*whose\b/i;
/**
 * What may stand before a verb of movement (or its figure) that opens an English clause: "and", "but", "nearly", "were" ("… and
 * were up 83%"), and the article of a rise told as a noun ("reached $10.4B at the end of October, a 32% increase on a year earlier").
 */
const VERB_OPENS = /^[\s,，、]*(?:(?:and|but|while|yet|also|then|or|so|was|were|is|are|has|have|had|been|nearly|about|roughly|almost|just|only|still|some|more than|over|sharply|further|a|an)\s+)*$/i;

/** After a verb of movement, a move counted in points: "down a percentage point", "up 2 points". */
const POINTS_MOVED = /^\s+(?:by\s+)?(?:a|one|two|three|four|five|half a|\d+(?:\.\d+)?)\s+(?:full\s+)?(?:percentage\s+)?points?\b/i;

/**
 * ", with capex of $37.5B": a clause that opens with "with" tells more of the one before it, in its time, whatever
 * subject and metric that one has ("Azure +39% in fiscal Q3, with capex of $37.5B").
 */
const WITH_OPENING = /^[\s,]*(?:and\s+)?with\b/i;

/**
 * Where the words before a clause stop being its own: at the first figure of another subject and metric ("We see AWS
 * growth reaching 32% by the fourth quarter," wrote an analyst who expects the company's capex to come to $215 billion:
 * the quarter is the growth's), else at the clause itself ("In Q1 2026, AWS grew 28% and Azure 39%"; "Amazon plans
 * capex of $200bn for 2026, Alphabet $175bn": a list of one metric shares its period). A level and its growth are one
 * measure told two ways: "Azure sales grew 39% in its fiscal third quarter, while Google Cloud posted revenue of $16
 * billion" sets two companies' results of one quarter side by side.
 */
function sharedUntil(read: { start: number; subject: string | null; metric: string }[], subject: string | null, metric: string, clauseFrom: number): number {
  const other = read.find((r) => r.start < clauseFrom && r.subject !== subject && measureOf(r.metric) !== measureOf(metric));
  return other ? other.start : clauseFrom;
}

/** The measure a metric counts, whether as a level or as its growth: "revenue growth (constant currency)" is revenue's. */
const measureOf = (metric: string) => metric.replace(/ \(.*\)$/, '').replace(/ growth$/, '');

/**
 * The context a figure's period is read in: a company's guidance is for a quarter or month still to end (named without
 * its year, the next one, not the last), and a forecast is of a period to come or just ended.
 */
export function periodContextOf<T extends PeriodContext>(context: T, modality: Modality): T {
  return modality === 'plan' ? { ...context, ahead: true, toCome: true } : modality === 'forecast' ? { ...context, toCome: true } : context;
}

/** A fiscal quarter or year named in words: "its fiscal third quarter", "FY26", 第三财季. */
const FISCAL_WORDS = /\bfiscal\b|\bF(?:Y|\s?Q[1-4])|财年|財年|财季|財季/i;

/**
 * The period the words before a clause (up to `until`) give its figure. A fiscal quarter or year there is read on the
 * calendar of the company whose figure those words told ("Azure grew 39% in its fiscal third quarter, while Google Cloud
 * rose 28%": Microsoft's third quarter, January to March, for both): the last figure before those words is that company's.
 */
function sharedPeriod(sentence: string, until: number, read: { start: number; subject: string | null; period?: string | null; fact?: boolean }[], context: PeriodContext, subject: string | null, atThatTime: boolean): string | null {
  // (Not the time a bracketed aside gives its own figure: …同比增长28%（上年同期增速为17%）；分部经营利润239亿美元.)
  // A clause told "when" or "at that time" is of the time the clause before it names, a year before too.
  const told = asidesLeftOut(sentence.slice(0, until), until, until);
  const words = atThatTime ? told : yearAgoFiguresLeftOut(told);
  // "slower than the 40 per cent it recorded in the October-to-December quarter, but ahead of the 37.5 per cent analysts
  // had pencilled in": a time told after a figure compared with is that figure's, which the clause after does not share.
  if (COMPARED_THEN_TOLD.test(words)) return null;
  const fiscal = FISCAL_WORDS.exec(words);
  const teller = fiscal ? read.findLast((r) => r.start < fiscal.index && r.subject)?.subject : undefined;
  // "Azure grew 38% in the April–June quarter, the top of Microsoft's 37–38% guide", in October: the quarter those words
  // gave a result of is one reported, so a guide beside it that names none of its own is of that quarter, not the next.
  if (context.ahead || context.toCome) {
    const reported = parsePeriod(words, sentence, { ...context, ahead: false, toCome: false }, teller ?? subject);
    if (reported !== null && read.some((r) => r.start < until && r.fact && r.period === reported)) return reported;
  }
  return parsePeriod(words, sentence, context, teller ?? subject);
}

/**
 * A year-ago time a figure is of: "a year earlier", "the same quarter last year", 去年同期, 上年同期, 前年同期 — not the base a
 * growth is counted from ("28 per cent from a year ago", 较去年同期, 前年同期比).
 */
const YEAR_AGO = /(?<!\b(?:from|than|over|on|versus|vs\.?|against|compared (?:with|to)|relative to)\s+(?:(?:the|in the)\s+)?)\b(?:a year (?:earlier|ago|before)|same (?:quarter|period) (?:last|a|of the previous|of the prior) year|year-ago|prior-year)\b|(?<![较較比与與和])(?:去年同期|上年同期)|前年同期(?!比)/i;
/** A figure as a clause writes it: "$3.6 billion", "12%", 36亿美元, 25.6％. */
const FIGURE_IN_CLAUSE = /(?:US|A|S|HK)?[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|％|亿|億|万|兆|(?:per ?cent|percent|billion|million|trillion|bn)\b)/i;
/** The parts of a text between clause breaks (commas, semicolons, their CJK forms). */
const CLAUSE_PARTS = /[^,，;；、]+/g;

/**
 * `words` without each clause that states a figure of a year before: 经营利润为52亿美元，去年同期为36亿美元，经营利润率为25.6%
 * — the year before is that clause's figure's time, not one the clauses after it share. A year-ago clause of no figure
 * ("A year earlier, …") still dates what follows it.
 */
const yearAgoFiguresLeftOut = (words: string) =>
  YEAR_AGO.test(words) ? words.replace(CLAUSE_PARTS, (part) => (YEAR_AGO.test(part) && FIGURE_IN_CLAUSE.test(part) ? ' '.repeat(part.length) : part)) : words;

/** Right after a sum, the words that date it a year before: " a year earlier", " in the same month last year". */
const YEAR_EARLIER_AFTER = new RegExp(String.raw`^\s*(?:a year (?:earlier|ago|before)|in the same month (?:last|a|of the previous) year|in (?:${MONTH_WORD})\.? last year)\b`, 'i');

/** A clause that ends on a figure compared with and the time it was told of: "than the 40 per cent it recorded in the October-to-December quarter, ". */
const COMPARED_THEN_TOLD = /\b(?:than|versus|vs\.?|against|compared (?:to|with))\s+(?:the\s+|a\s+|an\s+)?(?:US|A|S|HK)?[$€£¥]?\s?\d[^,;]*\b(?:in|during|of)\s+[^,;]*[,;]?\s*(?:but|and|while|whereas)?\s*$/i;

/** Between a metric after its figure and whose the figure is: "growth for its cloud platform", "sales at the cloud unit". */
const OWNED_AFTER_METRIC = /^\s+(?:for|at)\s+(?:(?:the|its|their)\s+)?$/i;

/** A figure said as the one compared with: "versus 4", "against some 64". */
const COMPARED_BEFORE = /\b(?:against|versus|vs\.?|compared (?:with|to))\s+(?:(?:about|roughly|nearly|some|just|only)\s+)?$/i;
/** Between a figure and the product it is of: "for", "in the", "on its". */
const OWNER_AFTER = /^\s+(?:for|in|on|at|from)\s+(?:(?:the|its|their|a)\s+)?$/i;

/** Words that make what follows them a baseline (or no subject), anywhere before it in its clause: "than", "compared with", 比, 相比, 是. */
const COMPARED_IN = /\b(?:of|than|over|versus|vs\.?|compared|against|relative to)\b|比|较|較|与|與|和|跟|是/iu;

/** Words that make the figure after them a base of comparison: "up from", "higher than", "versus". */
const COMPARED_BASE = /\b(?:from|than|versus|vs\.?|compared (?:to|with)|against)\s+(?:\S+\s+){0,3}$/i;

/** The words of a margin: "plus or minus", "give or take", "±". */
const MARGIN_WORDS = String.raw`\bplus or minus|\bgive or take|±|\+\/-`;
/** A clause that gives the figure before it a margin, an aside on it as a bracket is: ", plus or minus 2%,". */
const TOLERANCE = new RegExp(String.raw`^[\s,]*(?:${MARGIN_WORDS})`, 'i');
/** Right before a margin, the figure of no claim: "plus or minus", "give or take", "±", プラスマイナス, 上下浮动. */
const TOLERANCE_BEFORE = new RegExp(String.raw`(?:${MARGIN_WORDS}|プラスマイナス|正负|正負|上下浮[动動])\s*(?:about\s+|roughly\s+|约|約)?$`, 'i');
/** A clause that opens with the period of the figure before it: ", in its fiscal third quarter ended March 31". */
const PERIOD_OPENS = /^[\s,]*(?:in|for|during|over|through)\s/i;

/**
 * "spent $37.5 billion on capital expenditures, including finance leases, in its fiscal third quarter": the period
 * of a clause after the figure's that opens with one, before any clause with a figure of its own; or null. A figure
 * in brackets (or a margin on it: ", plus or minus 2%,") is an aside on the one before it and shares its period: in "Azure grew 41% (40% in constant currency)
 * in its fiscal second quarter, and Microsoft guided to 38% for June", both 41% and 40% are of fiscal Q2.
 */
function periodAfter(sentence: string, clause: { from: number; to: number }, values: readonly { start: number }[], context: PeriodContext, subject: string | null): string | null {
  for (let from = clause.to, ahead = 0; from < sentence.length && ahead < 3; ahead++) {
    const next = clauseAround(sentence, from + 1, from + 1);
    const text = sentence.slice(from, next.to);
    const aside = text.startsWith('(') || TOLERANCE.test(text);
    if (!aside && values.some((v) => v.start >= from && v.start < next.to)) return null;
    // "…$50 billion in March, and a year before that, in February 2025, …": a clause that tells another time ends the search.
    if (!aside && OTHER_TIME.test(text)) return null;
    if (!aside && PERIOD_OPENS.test(text.replace(CLAUSE_BREAK, ' '))) return parsePeriod(text, sentence, context, subject);
    from = next.to;
  }
  return null;
}

/** A period a figure can carry as its own: a year, a half or a quarter (of a fiscal year or the calendar's), not "quarterly". */
const DATED = /^(?:by )?(?:FY)?\d{4}(?:-[QH][1-4])?$/;

/**
 * "went from $37.6 billion in the three months to March to $40.8 billion in the three months to June": in a clause of
 * several figures, a period named right after a figure, before the next one, is that figure's own, not the first period
 * the clause names. Null where the clause holds no other figure or the words after it name no period.
 */
function periodRightAfter(sentence: string, found: { start: number; end: number }, values: readonly { start: number; end: number }[], clause: { from: number; to: number }, context: PeriodContext, subject: string | null): string | null {
  if (!values.some((v) => v.start !== found.start && within(v, clause))) return null;
  const next = values.find((v) => v.start >= found.end && v.start < clause.to);
  const words = sentence.slice(found.end, next ? next.start : clause.to);
  const period = PERIOD_OPENS.test(words) ? parsePeriod(words, sentence, context, subject) : null;
  return period && DATED.test(period) ? period : null;
}

/** A figure a change reached, in a clause that says where it came from: "and its growth rate from 28% to 32%". */
const reachedInClause = (sentence: string, found: { start: number }, clause: { from: number }) =>
  /\bto\s+(?:(?:about|around|roughly|nearly|some)\s+)?\S{0,4}$/i.test(sentence.slice(Math.max(0, found.start - 16), found.start)) && /\bfrom\b/i.test(sentence.slice(clause.from, found.start));

/** Words of a time told against the one before: "a year before that", "two months later", "earlier". */
const OTHER_TIME = /\b(?:before|after) that\b|\b(?:earlier|later|previously)\b/i;

/** Words that open a clause of condition or time: "once", "if", "unless", "when". */
const SUBORDINATE = /\b(?:once|if|unless|when|whenever|until|provided)\b/i;

/** An open clause of cause, after a comma: "…, as early Rubin production costs weighed", "…, because …". */
const CAUSE_CLAUSE = /,\s+(?:as|because|since)\s[^,;]*$/i;

/** Right before a level compared with: "up from", "down from", "than the". */
const COMPARED_LEVEL = /\b(?:(?:up|down) from|than)\s+(?:a |an |the )?$/i;
/** Words of a time, after a figure: "in the prior three months", "of October-December". */
const TIME_OF_ITS_OWN = /\b(?:quarter|months?|period|half|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** An aside between commas that says what a figure takes in or leaves out: ", including equipment acquired under finance leases,". */
const ASIDES = /,\s*(?:including|excluding|such as|consisting of|comprising|net of|not counting)\b[^,;]*,/gi;
/** Whether a metric stands in such an aside, or in one that defines the metric before it (`DEFINING_ASIDES`). */
const inAside = (sentence: string, m: { start: number; end: number }) => [...sentence.matchAll(ASIDES), ...sentence.matchAll(DEFINING_ASIDES)].some((a) => a.index <= m.start && m.end <= a.index + a[0].length);

/**
 * A relative clause set off by commas that describes what stands before it: ", which makes Amazon's Trainium
 * accelerators,", ", which bundles Azure, Microsoft 365 commercial and Dynamics," (a list inside it may hold one more
 * comma), and one after a few words that name it: ", the chip designer whose custom processors sit inside Google's data
 * centers,". The sentence goes on after it; what it names is not what the sentence's later figure is of.
 */
const RELATIVE_ASIDES = /,\s*(?:(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){0,3}\s+)?(?:which|who|whose)\s[^,;()]*(?:,[^,;()]{0,40}\band\s[^,;()]*)?,/gi;

/**
 * An appositive set off by commas that names the company before it by its tie to another: ", AWS's parent,", ", the
 * parent of Google,", ", Instagram's owner,". What it names is whom the company is the parent of, never whose the
 * sentence's later figure is: "Amazon, AWS's parent, reported operating income of $19.2 billion" is Amazon's.
 */
const RELATION_ASIDES = /,\s*(?:[^,;()]{1,40}?['’]s\s+(?:(?:corporate|ultimate|former)\s+)?(?:parent(?:\s+(?:company|group))?|owner|holding company)|(?:the\s+|its\s+)?(?:(?:corporate|ultimate)\s+)?(?:parent(?:\s+(?:company|group))?|owner|holding company)\s+of\s+[^,;()]{1,40})\s*,/gi;

/** Before and after the group whose sales a business's share is of, in Chinese and Japanese: 占亚马逊总营收的18%, アマゾンの売上高の18%を占める. */
const SHARE_WHOLE_BEFORE = /占\s*$/u;
const SHARE_WHOLE_AFTER = /^の(?:売上高?|売り上げ|収入)の\s*(?:約|およそ)?\s*[\d.]+\s*[%％]を占め/u;

/** Whether `e` stands in a relative aside (`RELATIVE_ASIDES`) or a tie to another company (`RELATION_ASIDES`) that closes before `figureStart`. */
const inRelativeAside = (sentence: string, e: { start: number; end: number }, figureStart: number) =>
  [...sentence.matchAll(RELATIVE_ASIDES), ...sentence.matchAll(RELATION_ASIDES)].some((a) => a.index <= e.start && e.end <= a.index + a[0].length && a.index + a[0].length <= figureStart);

/**
 * An aside between commas that says what the metric before it is, a definition: "Uber's gross bookings, the total value of
 * rides and deliveries booked on its platforms, reached $49.7 billion", "current RPO, the portion to be recognized over the
 * next twelve months, was $32.2 billion". It names what the metric measures, not another one.
 */
const DEFINING_ASIDES = new RegExp(String.raw`,\s*(?:the|a|an)\s+(?:(?:total\s+|combined\s+|gross\s+)?(?:value|sum|amount|money|number|count|worth)\s+of\b|(?:portion|part|share|slice)\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:to be|due|expected|set|that|which)\b|[^,;\d$€£¥]{0,60}?\b${MONTHS_AHEAD})(?:[^,;\d$€£¥]|\d+\s+months\b)*,`, 'gi');

/** An aside between commas that only names the period again on a company's calendar: ", its fiscal third quarter,", ", the first of its fiscal 2027,". */
const PERIOD_ASIDES = /,\s*(?:its|the|their)\s+(?:(?:fiscal|financial)\s+)?(?:first|second|third|fourth|final|latest)\s+(?:(?:(?:fiscal|financial)\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?:20\d{2}|FY\s?\d{2,4}))?|of\s+(?:its|the|their)\s+(?:fiscal|financial)\s+(?:year(?:\s+20\d{2})?|20\d{2}|FY\s?\d{2,4}))\s*,/gi;

/** How far a metric is from a figure, an aside between them left out. */
function gapWithoutAsides(sentence: string, m: { start: number; end: number }, found: { start: number; end: number }): number {
  const gap = distance(m, found);
  if (gap <= 60 || m.end > found.start) return gap;
  const between = sentence.slice(m.end, found.start);
  // (Months listed count as the last of them: "for its quarter covering February, March and April 2026".)
  return between.replace(ASIDES, ',').replace(RELATIVE_ASIDES, ',').replace(PERIOD_ASIDES, ',').replace(DEFINING_ASIDES, ',').replace(MONTHS_LISTED, '').length;
}

/**
 * After a company, words that make it the owner of a period, not of a figure: "in Microsoft's March quarter",
 * "Nvidia's fiscal fourth quarter".
 */
const PERIOD_OWNER = /^['’]s\s+(?:(?:fiscal|financial|latest|last|current|most recent|first|second|third|fourth|[A-Z][a-z]+(?:[–-][A-Z][a-z]+)?)\s+){0,2}(?:quarter|year|half|period|FY|Q[1-4])\b/;
/**
 * The same in Chinese and Japanese inside brackets, an aside that names the period on a company's calendar:
 * "Azure在截至3月的财季（微软2026财年第三季度）增长39%" is Azure's (outside brackets, 微软2026财年第三财季资本开支 is Microsoft's).
 */
const BRACKETED_PERIOD_OWNER = /^\s?(?:的|の)?\s?(?:20\d\d\s?)?(?:财年|財年|财政年度|財政年度|会计年度|會計年度|会計年度|年度)?\s?第?[一二三四1-4](?:财|財|会计|會計)?(?:季度|季|四半期)[^（）()]{0,12}[）)]/u;

/** The clause around [start, end): from the previous clause break to the next one. */
function clauseAround(sentence: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = sentence.length;
  for (const [breakStart, breakEnd] of clauseBreaks(sentence)) {
    if (breakEnd <= start) from = breakEnd;
    else if (breakStart >= end) {
      to = breakStart;
      break;
    }
  }
  return { from, to };
}

/** Three months listed, which name one quarter: "February, March and April 2026". */
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTHS_LISTED = new RegExp(String.raw`\b${MONTH_NAME},\s+${MONTH_NAME},?\s+and\s+(?=${MONTH_NAME}\b)`, 'g');

/**
 * Where `sentence`'s clause breaks start and end, once per sentence; a place's commas ("in Leeds, England, the …") break
 * none, nor do the commas and "and" of months listed ("its quarter covering February, March and April 2026").
 */
const clauseBreaks = memoByText((sentence: string): [number, number][] =>
  [...withoutPlaceCommas(sentence).replace(MONTHS_LISTED, (list) => list.replace(/,|\band\b/g, (w) => ' '.repeat(w.length))).matchAll(CLAUSE_BREAK)].map((m) => [m.index, m.index + m[0].length]),
);

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

const within = (x: { start: number; end: number }, c: { from: number; to: number }) => x.start >= c.from && x.end <= c.to;

/**
 * A metric phrase that ends in a clause belongs to it even where it starts before the clause's break: the
 * reader matched it whole, so its "but" or comma is inside one name ("Contracted but unbilled sales
 * rose to $90 billion" names the backlog, not the sales of the words after "but").
 */
const endsWithin = (m: { start: number; end: number }, c: { from: number; to: number }) => m.end > c.from && m.end <= c.to;

function nearest<T extends { start: number; end: number }>(items: T[], target: { start: number; end: number }): T | undefined {
  return [...items].sort((a, b) => distance(a, target) - distance(b, target) || a.start - b.start)[0];
}

/**
 * "Capex was $37.5B, up 50%", 资本开支为375亿美元，与上一财季持平，同比增长近五成: a verb alone in its
 * clause moves the metric of the nearest clause before it that names one, passing over clauses
 * that state no figure ("flat on the quarter") or a figure without a metric of its own; `limit` (clauses
 * looked at) stops the search.
 */
function namedBefore(
  clause: { from: number; to: number },
  sentence: string,
  namedIn: (c: { from: number; to: number }) => FoundMetric | undefined,
  limit = Infinity,
  stopsAt: (c: { from: number; to: number }) => boolean = () => false,
): FoundMetric | undefined {
  for (let to = clause.from, back = 0; to > 0 && back < limit; back++) {
    const before = clauseAround(sentence, to - 1, to - 1);
    const range = { from: before.from, to };
    if (stopsAt(range)) return undefined;
    const named = namedIn(range);
    // A figure in brackets restates the one before it ("$41 billion (about €35 billion)"), and one whose metric is named
    // further back ("capital expenditure … stood at $37.5 billion …, nearly 50% more") is of that metric too: neither stops the search.
    if (named) return named;
    to = before.from;
  }
  return undefined;
}

/** A clause that opens by comparing its figure with one before it: "above the 37.5% …", 但高于分析师预期的, 優於市場預期的. */
const COMPARISON_OPENING = /^\s*(?:(?:but|and|yet)\s+)?(?:(?:well|far|slightly|just|comfortably)\s+)?(?:above|below|ahead of|short of|beating|topping|missing|up from|down from|against|versus|compared (?:with|to))\b|^\s*(?:但|而|并|並|且)?\s*(?:略|稍|远|遠|明显|明顯)?(?:高于|高於|低于|低於|优于|優於|好于|好於|超过|超過|超出|不及|逊于|遜於|较|較|相比|相較)/iu;
/** Months counted by the words before 月前 or 年前 ("months ago", "years ago"): 半年前 is six, 一年前 (1年前) twelve. */
const MONTHS_IN: Record<string, number> = { 三: 3, 六: 6, 九: 9, 3: 3, 6: 6, 9: 9, three: 3, six: 6, nine: 9, 半: 6, 一: 12, 1: 12, 'half a year': 6 };
/**
 * How far before the figure compared with a clause's figure is: 较三个月前的4550亿美元, "from $455 billion three months
 * earlier", "from 24% in the prior quarter" (a quarter ago, the previous three months: three months).
 */
const MONTHS_BEFORE = /([三六九369])\s*(?:[个個カかヶケ]|ヵ)?月前|(three|six|nine|3|6|9) months (?:earlier|before|prior|ago)|(?<![\d一二三四五六七八九十两兩])(半|一|1)\s*年前|(half a year) (?:earlier|before|ago)|(?:a|one) quarter (?:earlier|before|ago)|(?:the )?(?:prior|previous|preceding|last) (?:quarter|three months|fiscal quarter)/i;

/**
 * A clause that opens with how long before its figure was: 半年前还是2000亿美元, 3カ月前は…, "six months earlier,
 * it was $200 billion". Its figure is the one it follows in the sentence, at that time before it.
 */
const AGO_OPENING = /^\s*(?:(?:而|但|在|于|於)\s*)?(?:[半一1]\s*年|[三六九369]\s*(?:[个個カかヶケ]|ヵ)?月)前|^\s*(?:(?:three|six|nine|3|6|9) months|half a year) (?:earlier|before|ago)\b/iu;

/** A clause that opens with "at the time" (当时, 當時, その時点で): of the time of the figure before it. */
const THEN_OPENING = /^[\s,，]*(?:当时|當時|彼时|彼時|その時点(?:で|では)?|当時|at (?:that|the) time\b)/iu;
/** A clause that opens with the sum a growth before it was on: ", on revenue of $43.9 billion", ", on sales of $9 billion". */
const ON_LEVEL_OPENING = /^[\s,]*on\s+(?:(?:quarterly|total|segment)\s+)?(?:revenues?|sales|a top line)\s+of\b/i;

/**
 * A base time a comparison ends on, right before a clause that opens with "when": "28% more than a year earlier, | when
 * it had grown 17%", "up 5% from the prior quarter, | when …". The clause tells of that time, a year (or a quarter) back.
 */
const WHEN_AT_BASE = /\b(?:than|from|over|on|versus|vs\.?|against|compared (?:to|with))\s+(?:(?:in|during)\s+)?(?:a (year|quarter) (?:earlier|ago|before)|the (?:(?:same|year-ago|prior-year) (?:quarter|period)(?: a year (?:earlier|ago))?|(?:prior|previous|preceding) (quarter|year)))[\s,]*$/i;
const WHEN_OPENING = /^[\s,]*when\b/i;

/** 较上年同期的293亿美元 before a verb of change: the level of the year before that a percentage is measured against. */
const CJK_BASE_LEVEL = /(?:较|較|比|相比|相較|相较)\s*(?:去年|上年|上一年度?)同期的?\s*[^,，。;；%]{1,20}?(?=(?:大幅|明显|明顯|小幅)?(?:增长|增長|增加|上升|提升|上涨|上漲|下降|下滑|减少|減少|增|减|減))/gu;
/** 前年同期の330億ドルから33％増えた: the level of the year before, in Japanese, that a percentage after it is measured against. */
const JA_BASE_LEVEL = /前年同期の\s*[^,，。、;；%％]{1,20}?から(?=\s*[\d０-９])/gu;
/** The words that set a figure against a level: "from", "against", "compared with". */
const COMPARED_WITH = String.raw`from|over|versus|vs\.?|against|compar(?:ed|es|e|ing) (?:to|with)|(?:more|higher|greater|less|lower) than|above|below`;
/** A currency written after its sum: "1.73 billion yuan", "4.0 billion euros". */
const CURRENCY_WORD = String.raw`(?:yuan|renminbi|euros?|yen|won|pounds?|(?:(?:US|Taiwan|Hong Kong|Australian|Canadian|Singapore)\s+)?dollars?)\b`;
/**
 * A level of money and the "in" before its time: "$29.3 billion ", "$18.2 billion in ", "RMB1.73 billion ", "1.73 billion yuan ",
 * "4.0 billion euros ".
 */
const LEVEL_SUM = String.raw`(?:(?:(?:US|A|S|HK|NT|C)?[$€£¥₩]|(?:RMB|CNY|EUR|JPY|GBP|KRW|TWD|HKD)\s?)\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|tn|[bmt])?(?:\s+${CURRENCY_WORD})?|\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|tn)\b(?:\s+${CURRENCY_WORD})?|\d[\d.,]*\s+${CURRENCY_WORD})\s+(?:in\s+)?`;
/** The time of the year before: "a year earlier", "the same quarter", "the year-ago period". */
const YEAR_BEFORE = String.raw`a year (?:ago|earlier)|the (?:same|year-ago|prior-year) (?:quarter|period)`;
/** After the subject that told a level, the verb it told it with: " booked ", " had reported " ("the $51.2 billion it booked in …"). */
const TOLD_LEVEL = String.raw`\s+(?:had\s+)?(?:recorded|reported|posted|booked|logged|made|earned|generated)\s+`;
/** "from $29.3 billion a year earlier", "against $18.2 billion in the year-ago quarter": the level of the year before that a percentage is measured against. */
const BASE_LEVEL = new RegExp(String.raw`\b(${COMPARED_WITH})\s+${LEVEL_SUM}(?=${YEAR_BEFORE}|last year)`, 'gi');
/**
 * "up 33% from the $33.0 billion it recorded in the same quarter of 2025": the level of the year before, told with what
 * the company did then and that year's name, that a percentage is measured against. Its time is the level's; the
 * percentage is growth over the year before, of the period the sentence gives its level.
 */
const BASE_LEVEL_TOLD = new RegExp(String.raw`\b(${COMPARED_WITH})\s+the\s+${LEVEL_SUM}(?:(?:it|they|the (?:company|unit|business))${TOLD_LEVEL})?(?:in\s+|of\s+)?(?:${YEAR_BEFORE})(?:\s+(?:of\s+20\d{2}|a year (?:ago|earlier)|last year))?`, 'gi');
/**
 * "21% above the €5.29 billion of the third quarter of 2025", "12% more than the $83.5 billion it booked in the July
 * quarter": the earlier level a percentage is measured against, told with its own time, which is the level's, not the
 * percentage's.
 */
const BASE_LEVEL_DATED = new RegExp(String.raw`\b(?:${COMPARED_WITH})\s+the\s+${LEVEL_SUM}(?:(?:it|they|the (?:company|unit|business))${TOLD_LEVEL}(?:in\s+)?)?(?:of\s+)?the\s+(?:(?:first|second|third|fourth|final|June|September|December|March|January|February|April|May|July|August|October|November)[- ]quarter|(?:first|second) half|year)\b(?:\s+(?:of\s+)?(?:20\d{2}|last year|a year (?:ago|earlier)))?`, 'gi');
/** A rate's words that set it over an earlier level: " more than the ", " above the ". */
const RATE_OVER = String.raw`\s+(?:more|higher|greater|less|lower|above|below)\s+(?:than\s+)?the\s+`;
/** All between a rate and the earlier level it is measured against: " more than the ", " above about ". */
const RATE_OVER_BEFORE = new RegExp(String.raw`^${RATE_OVER}(?:about\s+|roughly\s+)?$`, 'i');
/** After a rate, the earlier level it is measured against and that level's time: " more than the $83.5 billion it booked in |the July quarter|". */
const LEVEL_TIME_AFTER = new RegExp(String.raw`^${RATE_OVER}${LEVEL_SUM}(?:(?:it|they|the (?:company|unit|business|segment))${TOLD_LEVEL}(?:in\s+)?)?(?:of\s+)?(?<time>(?:the|its)\s+(?:(?:previous|prior|preceding|last)\s+quarter|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+quarter)\b|a year (?:ago|earlier)|the same quarter (?:a year (?:ago|earlier)|last year))`, 'i');
/** `words` with the levels of the year before they set a figure against left out: "up 28% from $29.3 billion a year earlier" reads "up 28% from a year earlier". */
const withoutBaseLevels = (words: string) => words.replace(BASE_LEVEL_TOLD, 'from a year earlier').replace(BASE_LEVEL, 'from ');
/**
 * Right after a sum, the level it moved from and that level's time: "rose to $35 billion | from $25 billion in the same period
 * last year", "to $9.1 billion, up from $7.2 billion a year earlier". That time is the level's, not the sum's; the sum's own
 * time may stand between them, and stays the sum's: "rose to €23.3bn | at the end of September| from €18.8bn a year earlier".
 */
const LEFT_LEVEL_AFTER = new RegExp(String.raw`^(?<time>\s+(?:at the end of|at the close of|as of|in|during|for|on)\s+(?:the\s+)?(?:${MONTH_WORD}|(?:first|second|third|fourth|final|latest)\s+quarter|quarter)\b[^,;$€£¥\d]{0,20}?(?=\s+(?:up\s+|down\s+)?from\b))?\s*,?\s*(?:(?:up|down)\s+)?(?:${COMPARED_WITH})\s+${LEVEL_SUM}(?:${YEAR_BEFORE}(?: (?:a year (?:ago|earlier)|last year|of 20\d{2}))?|last year)\b`, 'i');
/** Words of a change year on year (or quarter on quarter), which date a figure by the quarter it is of, not by themselves. */
const CJK_CHANGE_BASE = /同比|[环環]比|按[年季]|[年季月][增減减](?![长長])|前年(?:同期)?比|(?:较|較|比|相比|相较|相較)\s*(?:去年|上年|上一年度?)同期(?=\s*(?:大幅|明显|明顯|小幅)?(?:增长|增長|增加|上升|提升|上涨|上漲|下降|下滑|减少|減少|增|减|減))/u;

/**
 * 英伟达第三财季数据中心营收为512亿美元，同比增长66%: a change year on year (or on the month before, 月增) in a clause that
 * names no period of its own is of the quarter (or month) the sentence named before it, not of the quarter the article reports on; null where it names none.
 */
function yearOnYearOf(sentence: string, clause: { from: number; to: number }, clauseText: string, context: PeriodContext, subject: string | null): string | null {
  if (clause.from === 0 || !CJK_CHANGE_BASE.test(clauseText)) return null;
  if (parsePeriod(clauseText, sentence, { ...context, articleQuarter: null }, subject) !== null) return null;
  // AWS二季度营收408亿美元，同比增长32%；一季度营收376亿美元，同比增长28%: the quarter named nearest before, clause by clause.
  for (let to = clause.from; to > 0; ) {
    const before = clauseAround(sentence, to - 1, to - 1);
    const named = parsePeriod(sentence.slice(before.from, to), sentence, { ...context, articleQuarter: null }, subject);
    // 鴻海11月合併營收9,326億元，月增4.2%，年增17.8%: a monthly reporter's month, as a quarter.
    if (named) return /^\d{4}-(?:Q[1-4]|0[1-9]|1[0-2])$/.test(named) ? named : null;
    to = before.from;
  }
  return null;
}

/**
 * "OpenAI's refusal of Amazon's offer", "Anthropic's rejection of …", "Contoso rejected an offer of $9bn from Oracle",
 * "the startup has since turned down …", "watched OpenAI turn away $50 billion", 'Contoso said "thanks, but no thanks" to Oracle's
 * offer': whose turning down it is, the target of
 * the deal, never its investor ("turned away from" a partner is leaving it, no refusal).
 */
/** A refusal said to someone's offer, right before its company: 'said no to', 'said "thanks, but no thanks" to'. */
const REFUSAL_SAID_TO = /\bsa(?:id|ys),?\s+(?:no|["“‘'][^"”’']{0,24}?\bno\b[^"”’']{0,12}["”’'])\s+to\s+$/i;
const TURNS_DOWN_AFTER = /^['’]s\s+(?:(?:polite|flat|swift|public)\s+)?(?:refusal|rejection|snub|rebuff|dismissal|spurning|decision to (?:reject|decline|refuse|turn down|spurn))\b|^\s+(?:(?:has|had|have|since|then|later|also|reportedly|publicly|politely|flatly|quietly)\s+){0,3}(?:reject(?:ed|s)?|rebuff(?:ed|s)?|declin(?:ed|es)|turn(?:ed|s)? (?:down|away(?!\s+from))|spurn(?:ed|s)?|snub(?:bed|s)?|walk(?:ed|s)? away from|sa(?:id|ys) no to|sa(?:id|ys),?\s+["“‘']\s*(?:thanks,?\s+but\s+)?no(?:,?\s+thanks?)?[,.!]?\s*["”’']\s+to|refus(?:ed|es)|pass(?:ed|es) on)\b(?!\s+to\s+(?:comment|discuss|say|confirm))/;

/** Words that name a figure as guidance, not as what it measures: "an outlook of roughly", "its guidance of about", "a target of". */
const GUIDANCE_OF = /\b(?:outlook|guidance|target|forecast)\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|approximately|some|up to|at least)\s+)?\S{0,4}$/i;

/**
 * Words that name a figure as what others expected, not as what it measures: "against a Street estimate of", "a consensus of",
 * "analysts' expectations of". Set beside a result, the figure is of the result's measure, whatever figure of another unit
 * stands between ("revenue of $12.1 billion, up 18%, against a Street estimate of $11.9 billion").
 */
const ESTIMATE_OF = /\b(?:estimates?|consensus|expectations?)\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|approximately|some)\s+)?\S{0,4}$/i;

/** Between a sum and its proposal, a name and nothing else: "a $2 billion Tulsa proposal". */
const NAMED_PROPOSAL = /^\s+((?:[A-Z][\w'’.-]*\s+){1,3})proposals?\b/;
/**
 * Right after a sum, its proposal and where it stands: "a $2 billion proposal in Dane County", "a $2bn rezoning proposal near
 * Tulsa"; not when it was made ("a $2.6 billion proposal in October", "in Q3").
 */
const PROPOSAL_PLACED = new RegExp(String.raw`^\s+(?:[a-z][\w-]*\s+){0,2}proposals?\s+(?:in|near|outside|at)\s+(?:the\s+)?(?!(?:${MONTH_WORD.replace(/\b[a-z]/g, (c) => c.toUpperCase())}|Q[1-4]|H[12]|FY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)([A-Z][\w'’.-]*)`);
const CAPEX = METRICS.find((m) => m.name === 'capex')!;
const EARNINGS_PER_SHARE = METRICS.find((m) => m.name === 'earnings per share')!;
/** After a company, up to its orders' sum: it wins them from another (拿下, 獲得, 接獲; Japanese は … から). */
const ORDERS_WON_AFTER = /^[^，。；,;]{0,6}?(?:已|将|將|有望|再)?(?:拿下|获得|獲得|赢得|贏得|斩获|斬獲|接获|接獲)|^は[^。]{0,80}?から/u;
/** Right after a sum: "a share", "per diluted share". */
const PER_SHARE_AFTER = /^\s*(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b/i;

/**
 * A proposal named by a place, no company, is one to build there, its sum spending on it: "Meta withdrew a $2 billion
 * Tulsa proposal" and "a $2 billion proposal in Dane County" are Meta's projects there, not investments in a company.
 * "a $2 billion OpenAI proposal" and "a $2 billion proposal to OpenAI" stay ones.
 */
function placeProposal(sentence: string, found: { end: number }, chosen: FoundMetric, entities: readonly FoundEntity[]): FoundMetric | undefined {
  const named = NAMED_PROPOSAL.exec(sentence.slice(found.end, chosen.end));
  if (named && found.end + named[0].length === chosen.end && !entities.some((e) => e.start >= found.end && e.end <= chosen.start)) return { metric: CAPEX, start: chosen.start, end: chosen.end };
  const placed = PROPOSAL_PLACED.exec(sentence.slice(found.end));
  const place = placed ? found.end + placed[0].length - placed[1]!.length : -1;
  if (!placed || sentence.indexOf('proposal', found.end) !== chosen.start || entities.some((e) => e.start === place)) return undefined;
  return { metric: CAPEX, start: chosen.start, end: chosen.end };
}

const INVESTMENT = METRICS.find((m) => m.name === 'investment' && m.counterparty)!;
/** What a deal or a company costs, a sum that runs to millions: below `shareSized` it is a price a share. */
const DEAL_SUMS: ReadonlySet<MetricEntry> = new Set(METRICS.filter((m) => ['acquisition', 'investment', 'valuation'].includes(m.name)));
/** The price of a share is below this many units of its currency; a company, a deal or a stake costs more. */
const shareSized = (unit: string) => (['KRW', 'IDR', 'VND'].includes(unit) ? 1e7 : 1e5);

/**
 * The metric a figure listed after one of `found` has, `value` being its own: `found`'s, but for a sum of millions after a sum a
 * share, which is none ("earned $3.38 a share, or $5.2 billion") — the whole price of a deal priced a share ("a $46.25-a-share
 * agreement, worth $18.4 billion including debt").
 */
function listedAfter(found: FoundMetric | undefined, value: Value): FoundMetric | undefined {
  if (!found?.metric.perShare || Math.abs(value.amount) < shareSized(value.unit)) return found;
  return found.metric === PRICE_PER_SHARE ? { ...found, metric: ACQUISITION } : undefined;
}

/** The terms of a takeover, and the words that tell it agreed (not offered, nor only planned). */
const TAKEOVER_TERMS = new Set(['acquisition', 'price per share', 'deal premium']);
const TAKEOVER_AGREED = /\bagree(?:d|s)(?: [\w-]+){0,3}? to (?:buy|acquire|purchase|sell(?: itself)?|merge|be (?:bought|acquired|sold|taken private))\b|同意(?:以|按)?[^。；]{0,20}(?:收购|收購|出售)|(?:買収|売却)(?:する)?ことで合意|(?:買収|売却)で合意/iu;

/**
 * How a deal's terms and a broker's target are meant, whatever else their clause's cues say (`metric` the figure's, `sentence`
 * its own):
 * - "…terminated the deal and paid the $410 million termination fee": a deal called off is the deal's end, and its fee what was
 *   paid (or agreed to be paid) for that end, a fact;
 * - "Price target: $160, up from $128", "raised its price target to $60": a broker's price for a share to come is its forecast,
 *   however plainly it is told, and never a company's plan;
 * - "Synopsys agreed to buy Kestrel for $72.50 a share", 同意以每股72.50美元收购, 1株72.50ドルで買収することで合意: the price of a
 *   takeover agreed is the deal's term, a fact, not money the buyer promises to put in.
 */
function termsModality(modality: Modality, metric: string, sentence: string): Modality {
  if (modality === 'cancelled' && metric === 'termination fee') return 'fact';
  if ((modality === 'fact' || modality === 'plan') && metric === 'price target') return 'forecast';
  if (modality === 'plan' && TAKEOVER_TERMS.has(metric) && TAKEOVER_AGREED.test(sentence)) return 'fact';
  return modality;
}

/** Words of a deal signed or a purchase agreed: "agreement", "contract", "agreed to buy", "orders". */
const DEAL_SIGNED = /\b(?:agree(?:d|s|ment|ments)?|sign(?:ed|s)?|contracts?|deals?|orders?|leases?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\b/i;
/** A year a sum runs to: "through 2038", "by the end of 2030", "until fiscal 2029". */
const BY_YEAR = /\b(?:through|thru|until|till|by|to)\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+)?20\d\d\b/i;
/** A span of years a clause names: "over 2028–2032", "from 2027 to 2030", "between 2028 and 2032". */
const YEARS_SPAN = /\b(?:over|from|between|in|during|for)\s+(?:the\s+years\s+)?(20\d\d)\s*(?:[–-]|to|and|through)\s*(?:20)?\d\d\b/i;
/** Whether `clause` names a span of years that begins after its article's year. */
const yearsToCome = (clause: string, context: PeriodContext) => {
  const first = YEARS_SPAN.exec(clause)?.[1];
  return first !== undefined && context.articleYear !== null && Number(first) > context.articleYear;
};
/** The measures of money a company puts into something, which a place it goes to makes a pledge. */
const PLEDGED = new Set(['capex', 'investment']);
const nextStart = (values: readonly { start: number }[], found: { start: number }) => values.find((v) => v.start > found.start)?.start;
/** A figure's words up to the next figure, in its clause: what says whether it is pledged. */
const wordsOf = (sentence: string, found: { start: number }, values: readonly { start: number }[], clause: { from: number; to: number }) =>
  sentence.slice(clause.from, Math.min(clause.to, nextStart(values, found) ?? clause.to));

/** A clause opened by "and" with nothing but a bound before its sum ("…, and at least $20 billion to data centers in Pennsylvania"). */
const AND_THEN_SUM = /\band\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|up to|as much as|another|a further|an additional)\s+)*$/i;

/**
 * The words of the clause before, where the figure's clause opens with its sum after "and", its verb left out as the
 * clause before's: "committed roughly $10 billion to a campus in North Carolina, and at least $20 billion to data
 * centers in Pennsylvania" pledges both sums. Else nothing.
 */
function gappedVerbWords(sentence: string, found: { start: number }, clause: { from: number }): string {
  const and = AND_THEN_SUM.exec(sentence.slice(0, found.start));
  if (!and || and.index > clause.from) return '';
  const before = clauseAround(sentence, Math.max(0, and.index - 2), Math.max(0, and.index - 1));
  return `${sentence.slice(before.from, and.index)} `;
}

/**
 * How a sum of money (read with `modality` in `clause`) goes to a US state (`pledgePlaces.ts`): pledged there (a plan) or
 * said spent there (a fact), and the state; null where it goes to none so.
 */
function pledgeOf(sentence: string, found: { start: number; end: number }, values: readonly { start: number }[], clause: { from: number; to: number }, modality: Modality): { modality: 'plan' | 'fact'; place: string } | null {
  const placed = placedModality(`${gappedVerbWords(sentence, found, clause)}${wordsOf(sentence, found, values, clause)}`, modality, sentence.slice(found.end));
  const place = placed ? placeOfSum(sentence, found, nextStart(values, found), clause.from) : null;
  return placed && place ? { modality: placed, place } : null;
}

/** "AWS's $11 billion for Georgia": a company's sum pledged to a US state, with no measure named, is its investment there. */
function sumToPlace(sentence: string, found: { start: number; end: number; value: Value }, values: readonly { start: number }[]): FoundMetric | undefined {
  if (!MONEY_UNITS.includes(found.value.unit)) return undefined;
  const clause = clauseAround(sentence, found.start, found.end);
  return pledgeOf(sentence, found, values, clause, readModality(sentence, found.start, found.end, false)) ? { metric: INVESTMENT, start: found.start, end: found.end } : undefined;
}

/**
 * A figure's measure, counterparty, period and modality, made a pledge where money a company means to spend goes to a
 * US state: an investment with the state as its other side (whether the outlet says "spend" or "invest"), a plan of no
 * period, or a fact of its date where the money is said spent.
 */
function pledgeTo(sentence: string, found: { start: number; end: number; value: Value }, values: readonly { start: number }[], clause: { from: number; to: number }, read: Pick<Figure, 'metric' | 'counterparty' | 'period' | 'modality'>): Pick<Figure, 'metric' | 'counterparty' | 'period' | 'modality'> {
  const pledge = !read.counterparty && PLEDGED.has(read.metric.name) && MONEY_UNITS.includes(found.value.unit) ? pledgeOf(sentence, found, values, clause, read.modality) : null;
  if (!pledge) return read;
  return { metric: INVESTMENT, counterparty: pledge.place, period: pledge.modality === 'plan' ? null : read.period, modality: pledge.modality };
}

/** Between a sum and what it is put into: "in", "into", "on", "of investment in". */
const INTO_MEASURE = /^\s+(?:of\s+(?:new\s+)?investments?\s+)?(?:in|into|on)\s+$/i;

/**
 * A company bought from: 向甲骨文采购3000亿美元算力, 向輝達訂購 (向X采购). A purchase is filed as the seller's deal with its
 * buyer, as "agreed to buy $300 billion of computing power from Oracle" is ("from X" names the deal's first party).
 */
const SOLD_BY = { before: /向\s*$/, after: /^\s*(?:大举|大舉|大量|大笔|大筆)?(?:采购|採購|订购|訂購|购买|購買)/ };

/** Words before a company that say the money came from it: 获得, 再获, 接受了, 拿到. */
const RECEIVED_FROM = /(?:获得|獲得|获|獲|接受|拿到|收到|斩获|斬獲)了?\s*$/;

/** Words right before a sum a company raises: "raise as much as", "is seeking up to", "a funding round of". */
const RAISED_BEFORE = /\b(?:rais(?:e|es|ed|ing)(?:\s+of)?|investors\s+for|seek(?:s|ing)?|sought|(?:funding|financing|fundraising)(?:\s+round)?\s+of)\s+(?:(?:as much as|up to|about|around|nearly|roughly|more than|over|another|a further|some|an additional)\s+)?(?:US)?\W?$/i;

/** Before the size of a round a company raises, in Chinese: 新一轮融资，规模或将达到, 融资规模最高, 募资约, 拟融资. */
const RAISED_BEFORE_CJK = /(?:融资|融資|募资|募資|筹资|籌資)[，,]?\s*(?:规模|規模|金额|金額)?\s*(?:或将|或將|将|將|或|可能|有望|预计|預計)?\s*(?:最高|最多|至多|高达|高達)?\s*(?:或|可)?\s*(?:达到|達到|达|達|为|為)?\s*(?:约|約|近|超过|超過|逾)?\s*$/u;
/** After the size of a round, in Chinese or Japanese: 400亿美元融资, 300億ドルの資金調達, 300億ドル規模の増資. */
const RAISED_AFTER_CJK = /^\s*(?:規模)?の?(?:資金調達|増資)|^\s*的?(?:新一?[轮輪])?(?:融资|融資|募资|募資)/u;
/** Right after the size of a round a company raises: "the up to $30 billion raise", "a $13 billion funding round". */
const RAISED_AFTER = /^\s*(?:(?:equity|funding|financing|fundraising|venture|Series [A-Z])\s+)?(?:raise|round|fundraise|fundraising)\b/i;

/** A person's name in the possessive opening a sentence, before the company it owns: "Elon Musk's ", "Jeff Bezos’s ". */
const OWNER_BEFORE_OPENER = /^(?:[A-Z][\w.-]*\s+){1,2}[A-Z][\w.-]*['’]s\s+$/;
/**
 * An outlet's or a source's words that open a sentence before the company it reports on: "Sky News has learned that ",
 * "Reuters reported that ", "The Information understands that ", after a speaker's label or not ("REYES: Sky News has
 * learned that "). The company after them opens the sentence's news.
 */
const REPORTER_BEFORE_OPENER = /^(?:[A-Z][A-Z'’. -]*:\s+)?(?:[A-Z][\w.&'’-]*\s+){1,3}(?:has\s+|have\s+|had\s+)?(?:learned|learnt|understands|reported|reports|said|says|revealed|reveals)\s+that\s+$/;

/** Right before an investor, the words of leading or backing a round: "led by", "co-led by Dutch group", "backed by". */
const LED_BY_BEFORE = /\b(?:(?:co-)?led|backed|headed|anchored)\s+by\s+(?:(?:[\w.-]+\s+){0,4})$/i;
/** After an investor named in Chinese or Japanese, its leading or joining a round: 领投, 牵头, 参投, が主導. */
const LEAD_INVESTS_AFTER = /^(?:[）)]|[（(][^）)]{0,20}[）)])?\s?(?:领投|領投|牵头|牽頭|参投|參投|跟投|が主導|主導)/u;

/**
 * A bidder or investor that is a group of people led by someone, no company: "a group (of investors) led by Elon Musk", "a
 * Musk-led consortium", 马斯克牵头的财团, 馬斯克領軍的投資團體, マスク氏率いる投資家グループ.
 */
const PEOPLE_LED = /\b(?:group|consortium|syndicate|investors)(?:\s+of\s+(?:investors|backers))?\s+(?:led|headed|fronted)\s+by\s+(?:the\s+)?|-led\s+(?:group|consortium|syndicate)\b|(?:率领|率領|领军|領軍|牵头|牽頭|领衔|領銜|带领|帶領)的(?:投资|投資)?(?:团体|團體|财团|財團|集团|集團)|率いる(?:投資家)?(?:グループ|連合)/g;

/** Whether `sentence` names a bidder led by people (`PEOPLE_LED`): a group whose leader, right before or after its words, is no company. */
function ledByPeople(sentence: string, companies: readonly FoundEntity[]): boolean {
  return [...sentence.matchAll(PEOPLE_LED)].some((m) => {
    const end = m.index + m[0].length;
    return !companies.some((e) => (/by\s+(?:the\s+)?$/.test(m[0]) ? e.start === end : e.end === m.index));
  });
}

/** After a sum, up to a cloud unit it is spent on: "to spend $38 billion (on) AWS capacity", "$10 billion on Google Cloud services". */
const SPENT_ON = /^\s+(?:(?:over|across|during|in)\s+(?:the\s+)?(?:next\s+)?(?:[\w-]+\s+){0,2}(?:years?|months?)\s+)?on\s+(?:the\s+)?$/i;
/** A bound a sum may be told with, right before it: "about", "more than", "as much as". */
const BOUND_BEFORE_SUM = String.raw`(?:(?:about|around|roughly|nearly|some|more than|over|up to|as much as|at least)\s+)?`;
/** Before a sum spent: "has committed to spend", "will pay". */
const SPENDING_VERB = new RegExp(String.raw`\b(?:spend(?:s|ing)?|spent|pay(?:s|ing)?|paid)\s+${BOUND_BEFORE_SUM}$`, 'i');

/**
 * The spender and the cloud unit where a sum is another company's spending on the unit's computing, which buys it under a contract: "OpenAI has
 * committed to spend $38 billion on Amazon Web Services capacity" is OpenAI's deal with AWS, not Amazon's capex. (The
 * cloud's own group spending on itself — "Amazon will spend $100 billion on AWS" — stays capex.)
 */
function spentOnCloud(sentence: string, found: { start: number; end: number }, entities: readonly FoundEntity[], fallback: string | null): { spender: string; cloud: string } | null {
  if (!SPENDING_VERB.test(sentence.slice(Math.max(0, found.start - 40), found.start))) return null;
  const cloud = entities.find((e) => e.start >= found.end && SPENT_ON.test(sentence.slice(found.end, e.start)));
  if (!cloud || !CLOUD_UNITS.has(cloud.name)) return null;
  const spender = entities.find((e) => e.kind === 'company' && e.end <= found.start)?.name ?? unknownSubject(sentence) ?? fallback;
  return spender !== null && companyGroup(spender) !== companyGroup(cloud.name) ? { spender, cloud: cloud.name } : null;
}

/** Between a company and its metric: "CoreWeave's IPO". */
const POSSESSIVE_GAP = /^['’]s\s+$/;

/** Metrics whose words (raised, brought in) a listing's proceeds are told with. */
const LISTED_MONEY = new Set(['investment', 'revenue']);

/** A purchase already committed to, right before its sum: "has committed to spend", "agreed to buy", "signed up to pay". */
const COMMITTED_TO_BUY = new RegExp(String.raw`\b(?:committed|agreed|signed up|contracted) to (?:spend|pay|buy|purchase|rent)\s+${BOUND_BEFORE_SUM}$`, 'i');

/** Right after a sum, the cloud it is spent with: " with AWS", " of capacity on Google Cloud", " on Microsoft's Azure". */
const WITH_CLOUD_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:with|on|from)\s+(?:(?:Amazon|Microsoft|Google|Oracle)['’]s\s+)?(?:AWS|Amazon Web Services|Azure|Microsoft Azure|Google Cloud|Oracle Cloud(?: Infrastructure)?|OCI|CoreWeave)\b/;

/** What stands between a company and the relative clause that hangs on it: ", which", ", who". */
const RELATIVE_AFTER = /^,\s+(?:which|who)\s+$/;

/** Between a company and its figure when the verb is left out: bound words and a currency only ("Amazon more than $35 billion"). */
const GAPPED_BETWEEN = /^\s+(?:(?:more than|over|about|around|nearly|almost|roughly|up to|some|another)\s+)?(?:US|C|A)?\W?$/i;

/**
 * Whether `e` opens a later clause of its own and stands right before the figure, the verb of the clause before left
 * out: "Microsoft has committed $17.5 billion to India, Amazon more than $35 billion by 2030 and Google $15 billion" —
 * Amazon commits the $35 billion and Google the $15 billion, and neither is a counterparty of Microsoft's.
 */
const gapped = (sentence: string, e: FoundEntity, clause: { from: number }, figureStart: number): boolean =>
  clause.from > 0 && e.end <= figureStart && /^\s*$/.test(sentence.slice(clause.from, e.start)) && /(?:[,;]\s+(?:and\s+)?|\s+and\s+)$/.test(sentence.slice(0, e.start)) && GAPPED_BETWEEN.test(sentence.slice(e.end, figureStart));

/** "owns approximately 27 per cent of OpenAI's for-profit arm": the company a share is of is owned, whatever its possessive says. */
const PERCENT_OF_BEFORE = /\d\s?(?:%|per ?cent|percent)\s+of\s+$/i;

/**
 * A Japanese sentence's topic, a company marked by は, acts in its deal, wherever the figure's clause starts, unless a company
 * in that clause is marked by が as its own subject: エヌビディアは、グロックの技術ライセンス取得などに約200億ドルを支払う —
 * Nvidia pays, Groq is the other party; オープンAIは3月、アマゾンが提示した…出資案を退けた — Amazon offered.
 */
const JA_TOPIC_AFTER = /^は(?![\u3040-\u309f])/u;
const JA_SUBJECT_AFTER = /^が/u;

/**
 * The parties of a deal: the investor is named explicitly ("from X", "X's", "X
 * invests/offered/committed"), else it is the company the article is about, else the
 * first company that is not a target; the counterparty is a company after "to/in/into/
 * for/with", nearest in the clause first.
 */
function dealParties(sentence: string, companies: FoundEntity[], clause: { from: number; to: number }, figure: { start: number; end: number }, fallback: string | null, actingElsewhere: readonly FoundEntity[]) {
  const figureStart = figure.start;
  const before = (e: FoundEntity) => sentence.slice(Math.max(0, e.start - 6), e.start).toLowerCase();
  const after = (e: FoundEntity) => sentence.slice(e.end, e.end + 40).toLowerCase();
  // Chinese: X向Y投资, 对Y投资, 入股Y, 所持Y…的股份 — Y is the target and X, before 向, the investor; Japanese: XはYに出資.
  // 亚马逊是Anthropic最大的外部股东: the company whose shareholder another is; OpenAI拒绝了亚马逊…的投资提议: the one that turns a deal down.
  // 'OpenAI said "thanks, but no thanks" to Amazon's offer': the company a refusal is said to makes the offer.
  const refusedTo = (e: FoundEntity) => REFUSAL_SAID_TO.test(sentence.slice(Math.max(0, e.start - 40), e.start));
  const isTarget = (e: FoundEntity) => (!refusedTo(e) && (PERCENT_OF_BEFORE.test(sentence.slice(Math.max(0, e.start - 16), e.start)) || /\b(?:(?<!\bno\s)to|in|into|with|for|in front of)\s+$|(?:向|对|對|入股|加码|加碼|注资|注資|押注|押在|押宝|押寶|增持|所持|持有)$/.test(before(e)))) || (/(?:跟|与|與|和)$/.test(before(e)) && /^\s*(?:谈|談|洽谈|洽談|商谈|商談|磋商)/.test(after(e))) || /^(?:に|へ|への)|^[^,，。;；]{0,8}?(?:股东|股東|投资方|投資方)|^\s*(?:已|曾|则|則|也)?(?:拒绝|拒絕|婉拒|回绝|回絕)/.test(after(e)) || TURNS_DOWN_AFTER.test(after(e));
  const actsAfter = (e: FoundEntity) => /^(?:,\s+(?:which|who)\s+|\s+)(?:\w+\s+){0,3}(?:invest|offer|commit|pledg|put|pour|agree|buy|purchas|spend|pa(?:y|id)|seek|sought|rais|dangl)/.test(after(e));
  // "…computing capacity on Microsoft's Azure": a company's name before its own unit or product owns it, and invests nothing.
  const ownUnitAfter = (e: FoundEntity) => companies.find((o) => o.start >= e.end && o.start <= e.end + 4 && o.name !== e.name && companyGroup(o.name) === companyGroup(e.name));
  const isInvestor = (e: FoundEntity) => /\bfrom\s+$/.test(before(e)) || /(?:拒绝|拒絕|婉拒|回绝|回絕)了?\s*$/.test(before(e)) || (/^['’]s\b/.test(after(e)) && ownUnitAfter(e) === undefined) || actsAfter(e) || /^[^,;。]{0,12}?(?:向|对|對)/.test(after(e));
  const targetNames = new Set(companies.filter(isTarget).map((e) => e.name));
  const local = companies.filter((e) => within(e, clause));
  // "X's" names the investor only in the figure's own clause; "from X" anywhere in the sentence.
  // "OpenAI declined the offer of a $50 billion investment from Amazon": "from X" names the investor before any other sign.
  // The same in Chinese and Japanese: アマゾンから出資を受けた, and Anthropic获得亚马逊…投资 (再获, 接受了, 拿到).
  const from = (e: FoundEntity) => /\bfrom\s+$/.test(before(e)) || (SOLD_BY.before.test(before(e)) && SOLD_BY.after.test(after(e))) || /^から/.test(after(e)) || RECEIVED_FROM.test(before(e));
  // A company that turns the deal down is never its investor, whatever verb of money follows ("OpenAI rejected an offer of …").
  // "…kept its compute with Contoso, which has invested $5 billion in the company": the company the figure's relative clause
  // hangs on acts in it, whatever the clause before made it.
  const hangsOn = companies.find((e) => e.end <= clause.from && RELATIVE_AFTER.test(sentence.slice(e.end, clause.from)) && actsAfter(e));
  const gap = local.find((e) => gapped(sentence, e, clause, figureStart));
  // "a $97.4 billion bid for control of OpenAI from a group led by Elon Musk": a bidder that is people, no company, leaves
  // the deal with no investor we know; it is filed under the company bid for (named in the figure's clause, else after
  // the figure: 馬斯克領軍的投資團體曾開價974億美元，要收購OpenAI), as a bid of an unnamed bidder is.
  // Where the sentence names no company at all ("offered $97.4 billion for control of the company"), the company bid for is
  // not known from it, and the article's own company is no bidder: the bid has no subject.
  const byPeople = !companies.some(from) && ledByPeople(sentence, companies);
  const bidFor = byPeople ? (local.find(isTarget) ?? local[0] ?? companies.find(isTarget) ?? companies.find((e) => e.start > figureStart) ?? companies[0]) : undefined;
  if (bidFor) return { subject: companyGroup(bidFor.name), counterparty: null, gapped: false };
  if (byPeople) return { subject: null, counterparty: null, gapped: false };
  // A company that acts in the figure's own clause ("…, while Anthropic committed to buy $30 billion of computing capacity") is its
  // investor, though a clause before made it another deal's target ("invest up to $5 billion in Anthropic").
  const actsHere = local.find((e) => actsAfter(e) && !isTarget(e) && e.end <= figureStart && !local.some((o) => o.name === e.name && isTarget(o)));
  const explicit = local.find(from) ?? local.find((e) => isInvestor(e) && !targetNames.has(e.name)) ?? actsHere ?? gap ?? companies.find(from) ?? hangsOn ?? companies.find((e) => e.end <= figureStart && actsAfter(e) && !targetNames.has(e.name)) ?? (local.some((e) => JA_SUBJECT_AFTER.test(after(e))) ? undefined : companies.find((e) => e.end <= figureStart && JA_TOPIC_AFTER.test(after(e)) && !targetNames.has(e.name)));
  // The company the figure's clause opens with ("Mistral raised €5B") before the one the article is about.
  // In Chinese the investor or the company raising money is often named a clause before
  // (微软……，此前已向OpenAI投资130亿美元; Anthropic正在洽谈新一轮融资，规模最多可达300亿美元).
  const cjkTarget = local.some((e) => /[向对對]$/.test(before(e))) || (local.length === 0 && CJK_CLAUSES.test(sentence));
  const actor = local.find((e) => e.end <= figureStart && !targetNames.has(e.name)) ?? (cjkTarget ? companies.filter((e) => e.end <= figureStart && !targetNames.has(e.name)).at(-1) : undefined);
  // "Nvidia, for its part, has agreed to invest …", "Elon Musk's xAI, whose …, is raising …", "Sky News has learned that
  // CoreWeave, one of …, is in talks to raise …": the company the sentence opens with, after its owner's name or an
  // outlet's words or not, before the figure.
  const opener = companies.find((e) => (e.start <= 2 || OWNER_BEFORE_OPENER.test(sentence.slice(0, e.start)) || REPORTER_BEFORE_OPENER.test(sentence.slice(0, e.start))) && e.end <= figureStart && !targetNames.has(e.name));
  const named = (explicit ?? actor ?? opener)?.name ?? fallback ?? companies.find((e) => !targetNames.has(e.name))?.name ?? null;
  // A deal is the group's: a unit does not invest in its own name.
  const subject = named ? companyGroup(named) : null;
  const others = (list: FoundEntity[]) => list.filter((e) => subject === null || companyGroup(e.name) !== companyGroup(subject));
  // "Anthropic is in talks to raise as much as $30 billion, a round Amazon is expected to join": money raised has no
  // counterparty but the company raising it; the investors it names after the figure may or may not take part.
  // So is a round's size in Chinese or Japanese: 新一轮融资，规模至多300亿美元，亚马逊有意继续跟投; 最大300億ドルの資金調達.
  const raising =
    !companies.some(from) &&
    (RAISED_BEFORE.test(sentence.slice(Math.max(0, figureStart - 40), figureStart)) || RAISED_BEFORE_CJK.test(sentence.slice(Math.max(0, figureStart - 24), figureStart)) || RAISED_AFTER_CJK.test(sentence.slice(figure.end, figure.end + 12)) || RAISED_AFTER.test(sentence.slice(figure.end, figure.end + 30)));
  // A gapped clause's deal is with the party of the clause whose verb it leaves out ("…into Anthropic, and Amazon $8 billion"), if any.
  // "Oracle shelved a $2 billion campus, and Meta withdrew a $3 billion proposal": a company whose figure a clause before
  // stated is no party of this one's deal, unless named as its target.
  const target = raising ? undefined : gap ? others(companies).find(isTarget) : (others(local).find(isTarget) ?? others(local)[0] ?? others(companies).find((e) => isTarget(e) || !actingElsewhere.includes(e)));
  // "Amazon, which has put $8 billion into the company": the company the article is about.
  const intoArticle = fallback && (subject === null || companyGroup(fallback) !== subject) && /\b(?:in|into|to) the company\b/i.test(sentence.slice(clause.from, clause.to));
  // "…capacity on Microsoft's Azure": the deal is with the unit its owner's name stands before.
  return { subject, counterparty: (target && (ownUnitAfter(target) ?? target))?.name ?? (intoArticle ? fallback : null), gapped: gap !== undefined && explicit === gap };
}

/** Between a company and the one it is named as the rival of: "OpenAI rival Anthropic", "OpenAI's rival Anthropic", OpenAI的(竞争)对手Anthropic, OpenAIのライバルAnthropic. */
const RIVAL_OF = /^(?:['’]s)?\s*(?:(?:arch-?)?rivals?|competitors?)\s*$|^(?:的)?(?:竞争|競爭)?(?:对手|對手)\s*$|^(?:の)?(?:競合|ライバル)(?:の)?\s*$/i;
/** Whether `e` is named as the rival of the company right after it, so is no party of its deal: 向OpenAI的對手Anthropic投資 invests in Anthropic. */
const rivalOfNext = (sentence: string, e: FoundEntity, companies: FoundEntity[]): boolean => {
  const next = companies.find((o) => o.start >= e.end);
  return next !== undefined && RIVAL_OF.test(sentence.slice(e.end, next.start));
};

/** A bracket opening right after a figure, and one closing right after the name in it: "28% (Contoso)", 增长28%（Contoso）. */
const BRACKET_OPENS = /^\s*[(（]\s*$/;
const BRACKET_CLOSES = /^\s*[)）]/;

/**
 * "The three leaders grew 28% (Contoso), 39% (Fabrikam) and 28% (Northwind)": a company named alone in brackets right after
 * a figure is whose figure it is, not the company whose bracket closed before it.
 */
function bracketedAfter(sentence: string, found: { end: number }, companies: readonly FoundEntity[]): FoundEntity | undefined {
  return companies.find((e) => e.start >= found.end && BRACKET_OPENS.test(sentence.slice(found.end, e.start)) && BRACKET_CLOSES.test(sentence.slice(e.end, e.end + 3)));
}

/** What joins two companies named as one subject: ", ", " and ", " & ", 和, 与, 及, 、, と. */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|和|与|與|及|、|と)\s*$/;
/**
 * Before a figure, a clause that only revises the figure before it, in Chinese: "…还只有约350亿美元，12月才上调到约500亿美元",
 * "，随后又下调至…": the revised figure is of the period of the one it revises, whenever the revision was made (12月 is
 * when, not what for).
 */
const REVISED_TO_BEFORE = /[,，]\s*(?:(?:去年|今年)?\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份|初|中旬?|下旬|底|末)?(?:时|時)?|随后|隨後|后来|後來|之后|之後)?\s*(?:才|又|再|已|便|就|则|則|即|再度|再次)?\s*(?:将其|將其|把它|将之|將之)?(?:上调|上調|下调|下調|调高|調高|调低|調低|上修|下修|提高|削减|削減)(?:到|至)\s*(?:约|約|近|逾)?$/u;

/**
 * After a company, the rest of a Japanese list it is in, closed by に or へ: "サムスン電子、SKグループなどに26万個のGPUを
 * 供給" — whom the chips go to, not who supplies them. Never にとって (for), による/によると (by, according to), に比べ
 * (compared with), に次ぐ (after) or において (at).
 */
const JA_RECIPIENTS_AFTER = /^(?:(?:や|、|,|と|および|及び)[^、,。にはがを]{1,20}?){0,4}(?:など|等)?(?:に|へ)(?!とって|よ|比べ|比し|次|おい|関し|つい)/u;

/** Words between the subjects and their figure, or after it, that say it is each one's: "each", "both", "apiece", 均, 都, 皆, 同样, ともに. */
const EACH_BETWEEN = /\b(?:each|both)\b|均|都|皆|同样|同樣|ともに|いずれも/;
const EACH_AFTER_FIGURE = /^\s*(?:each|apiece)\b/;
const BOTH_BEFORE = /(?:^|\s)(?:both|each of)\s+$/i;

/**
 * "Contoso and Fabrikam each grew 28%", "Both Contoso and Fabrikam grew 28%", "Contoso和Fabrikam均增长28%": a figure said
 * of companies joined as one subject, with a word that says it is each one's, is each one's, not only its owner's
 * (`owner`, one of them). The other companies so joined before the figure, or none.
 */
function sharedWith(sentence: string, owner: FoundEntity, companies: readonly FoundEntity[], found: { start: number; end: number }): FoundEntity[] {
  const named = companies.filter((c) => c.end <= found.start);
  let first = named.indexOf(owner);
  if (first < 0) return [];
  let last = first;
  while (first > 0 && JOINED.test(sentence.slice(named[first - 1]!.end, named[first]!.start))) first--;
  while (last < named.length - 1 && JOINED.test(sentence.slice(named[last]!.end, named[last + 1]!.start))) last++;
  if (first === last) return [];
  const head = named[first]!;
  const tail = named[last]!;
  const between = sentence.slice(tail.end, found.start);
  const each = (between.length <= 40 && EACH_BETWEEN.test(between)) || EACH_AFTER_FIGURE.test(sentence.slice(found.end, found.end + 10)) || BOTH_BEFORE.test(sentence.slice(Math.max(0, head.start - 12), head.start));
  return each ? named.slice(first, last + 1).filter((e) => e !== owner) : [];
}

/** What may stand before the company a clause opens with: "under which", "whereby", "while", ", and". */
const CLAUSE_LEAD = /^[\s,;:–—-]*(?:(?:under|in|by|through|with|for) which\s+|whereby\s+|while\s+|whereas\s+|and\s+|but\s+)?/i;
/** Verbs of someone who speaks of, expects or reckons a figure, which is then not its own. */
const RECKONS_AFTER = /^\s+(?:\w+\s+)?(?:estimat|model|reckon|think|see|put|pencil|calculat|figur)\w*/i;

/**
 * "…, under which Northwind will spend $1.2 billion on AWS infrastructure", "Indian IT firms count on Azure demand: Infosys
 * reported revenue growth of 3.2 per cent": a company the vocabulary does not know, opening the figure's clause before
 * its verb, owns the figure — not a known company named after the figure or in another clause. Not a speaker or an
 * analyst ("Bernstein estimates 30% growth for AWS"), and only in a clause after the first, with no known company in it before the figure.
 */
function outsiderOpening(sentence: string, clause: { from: number; to: number }, figureStart: number, entities: readonly FoundEntity[]): string | undefined {
  // At a sentence's start a capitalised word is as often a plain noun ("Customers have signed …"): `unknownSubject` there is the fallback's.
  if (clause.from === 0 || entities.some((e) => e.kind !== 'group' && e.start >= clause.from && e.end <= figureStart)) return undefined;
  const head = sentence.slice(clause.from, figureStart).replace(CLAUSE_LEAD, '');
  const name = unknownSubject(head);
  if (!name) return undefined;
  const after = head.slice(head.indexOf(name) + name.length);
  return SPEECH_AFTER.test(after) || RECKONS_AFTER.test(after) ? undefined : name;
}

/** "and" or "while" opening a clause before its subject (`SUBJECT_AFTER`). */
const CLAUSE_JOINT_BEFORE = /(?:,\s*|\s)(?:and|while|but|whereas)\s+$/;
/** What follows a clause's subject: its possessive, or its verb. */
const SUBJECT_AFTER = /^(?:['’]s\s|\s+(?:is|are|was|were|has|have|had|will|would|[a-z]+ed|[a-z]{3,}s)\b)/;
/** Whether the company `e`, after the figure that ends at `figureEnd`, opens a clause of its own joined to the figure's by "and". */
const opensClauseAfter = (sentence: string, e: FoundEntity, figureEnd: number): boolean =>
  e.start >= figureEnd && CLAUSE_JOINT_BEFORE.test(sentence.slice(Math.max(figureEnd, e.start - 12), e.start)) && SUBJECT_AFTER.test(sentence.slice(e.end, e.end + 20));

/** A name with its possessive right before a figure: "Tidewater's 860 MW", "Veradex's roughly $2.7 billion". */
const POSSESSOR_RIGHT_BEFORE = /(?<![\w&.-])((?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*)['’]s\s+(?:(?:about|around|roughly|nearly|some|more than|over|almost|just over)\s+)?$/;
/** Names whose figure is their view of another's: brokers, the Street, consensus providers. */
const VIEW_HOLDERS = new RegExp(String.raw`^(?:${BROKERS}|(?:Wall )?Street|Consensus|LSEG|FactSet|Visible Alpha|Bloomberg|Reuters)$`, 'i');

/**
 * "Google wants Tidewater's 860 MW of operating capacity": a company the vocabulary does not know, named with its possessive
 * right before a figure, owns it — not the known company the sentence names beside it, nor the article's. Not a broker's
 * view ("Bernstein's $166 billion"), a month or a place.
 */
function possessorRightBefore(sentence: string, figureStart: number): string | undefined {
  const owner = POSSESSOR_RIGHT_BEFORE.exec(sentence.slice(Math.max(0, figureStart - 60), figureStart));
  if (!owner || findEntities(owner[1]!).length > 0 || VIEW_HOLDERS.test(owner[1]!)) return undefined;
  return unknownSubject(`${owner[1]}'s `) === owner[1] ? owner[1] : undefined;
}

/** "…of the first-generation Trainium", "…than H100", "compared to Inferentia", "4.4 times Trainium2's", "\"4.4x\" Trainium2" (quoted): what a figure is measured against. */
const BASELINE = /\b(?:of|than|over|versus|vs\.?|compared\s+(?:to|with)|against|relative\s+to)\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,2}$|(?:\btimes|\dx|\bx)["”’]?\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,2}$|(?:是|比|较|較|相比于?|相較於?|相较于?|与|與|和|跟|对比|對比)\s*(?:初代|第[一二三四五1-5]代)?\s*$|(?:前世代|前一?代|上一?代|旧世代)\s*$/i;

/**
 * The words of `BASELINE` that only ever name what a figure is measured against: "than", "versus", 相比初代, 前代 — not "of"
 * or "times", which may name the product measured ("the performance of Trainium2 is 4x").
 */
const MEASURED_AGAINST = /\b(?:than|over|versus|vs\.?|compared\s+(?:to|with)|against|relative\s+to)\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,2}$|(?:比|较|較|相比于?|相較於?|相较于?|对比|對比)\s*(?:初代|第[一二三四五1-5]代)?\s*$|(?:前世代|前一?代|上一?代|旧世代)\s*$/i;

/**
 * "Trn2, which itself quadrupled the original Trainium's performance": a product after a verb that multiplies, where the
 * sentence names another product before that verb, is what the other is measured against (where no product stands
 * before it, "AWS doubled Trainium's memory", it is the product measured).
 */
const MULTIPLIED_BEFORE = /\b(?:doubl|tripl|quadrupl)(?:ed|es|ing)\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,2}$/i;
const multipliedBaseline = (sentence: string, products: readonly FoundEntity[], e: FoundEntity): boolean => {
  const verb = MULTIPLIED_BEFORE.exec(sentence.slice(Math.max(0, e.start - 40), e.start));
  return verb !== null && products.some((p) => p.end <= e.start - verb[0].length);
};

/**
 * The products (or companies) a sentence measures its figures against ("4x the memory
 * of the first Trainium", "cheaper than the NVIDIA H100"), left out when the sentence
 * names another one to be the subject.
 */
function withoutBaselines(sentence: string, products: FoundEntity[]): FoundEntity[] {
  const subjects = products.filter((p) => !isBaseline(sentence, p));
  return subjects.length > 0 ? subjects : products;
}

/**
 * Japanese names the baseline before the word that makes it one: Trainium2比で, 初代Trainiumの4倍, H100と比べて; so does
 * Chinese before 的N倍 (Trainium2的4倍). The Chinese 比 of "Trainium3比Trainium2快" names the baseline after it: a 比 that
 * makes a baseline of the name before it is followed by で, a comma or the figure.
 */
const BASELINE_AFTER = /^\s?[」』"”]?\s?(?:比(?=\s?(?:で|では|[,、]|\d|約|约|最大))|と比べ|に比べ|と比較|より|[の的]\s?(?:約|约|近|およそ|少なくとも|最大|最大で|至少|最多)?\s?\d+(?:\.\d+)?\s?倍)/;

/** Whether `text` names `entity` as what a figure is measured against after it, as Chinese and Japanese do (Trainium2比で). */
const comparedAfter = (text: string, entity: { end?: number }): boolean => entity.end !== undefined && BASELINE_AFTER.test(text.slice(entity.end, entity.end + 16));

/** Whether `text` names `entity` as what a figure is measured against ("4.4x the compute of Trn2", "than H100", "Trn2比で"). */
export const isBaseline = (text: string, entity: { start: number; end?: number }): boolean => BASELINE.test(text.slice(Math.max(0, entity.start - 40), entity.start)) || comparedAfter(text, entity);

/**
 * Every figure `sentence` states with a metric we know; figures with no metric are skipped. An English sentence
 * with no figure but a sum said without its currency is read with dollars after it, for a metric of money only.
 */
export function readFigures(sentence: string, context: SentenceContext): Figure[] {
  const figures = readFiguresInDollars(sentence, context);
  // "Azure grew thirty-nine percent, thirty-eight in constant currency": a number said after a figure without its
  // unit is in that figure's unit (spokenFigures.ts), as in a sentence after it.
  const spoken = figures.length > 0 && !CJK_CLAUSES.test(sentence) ? withSpokenUnits(sentence, figures) : undefined;
  if (!spoken || spoken.said === sentence) return perShareBeside(figures);
  const again = readFiguresInDollars(spoken.said, context);
  return perShareBeside(again.length > figures.length ? again : figures);
}

/** A company's sums that run to millions and billions, never to a few dollars. */
const COMPANY_SUMS = new Set(['net income', 'operating profit', 'revenue', 'EBITDA']);
/**
 * `figures` with a company's sum of a few dollars beside its earnings per share read as earnings per share too: "earned $3.38
 * a share …, ahead of the $3.21 consensus and up from $3.04 a year earlier" — no company's net income is $3.21.
 */
function perShareBeside(figures: Figure[]): Figure[] {
  const perShare = figures.find((f) => f.metric.name.startsWith('earnings per share'));
  if (!perShare) return figures;
  return figures.map((f) =>
    f !== perShare && f.subject === perShare.subject && f.value.unit === perShare.value.unit && Math.abs(f.value.amount) < 1000 && COMPANY_SUMS.has(f.metric.name) ? { ...f, metric: EARNINGS_PER_SHARE } : f,
  );
}

/** The figures of `sentence`, with a sum said without its currency beside sums in dollars read in dollars. */
function readFiguresInDollars(sentence: string, context: SentenceContext): Figure[] {
  const figures = readFiguresAsWritten(sentence, context);
  if (!sentence.includes('illion') || CJK_CLAUSES.test(sentence)) return figures;
  if (figures.length === 0) {
    const inDollars = bareSumsAsDollars(sentence);
    return inDollars === sentence ? figures : readFiguresAsWritten(inDollars, context).filter((f) => f.value.unit === 'USD');
  }
  // "$37.6 billion, against about twenty-nine billion a year ago": a sum without its currency beside sums in dollars
  // (and in no other currency) is in dollars too.
  if (!figures.some((f) => f.value.unit === 'USD') || figures.some((f) => f.value.unit !== 'USD' && MONEY_UNITS.includes(f.value.unit))) return figures;
  const inDollars = bareSumsAsDollars(sentence, true);
  if (inDollars === sentence) return figures;
  const again = readFiguresAsWritten(inDollars, context);
  return again.length > figures.length ? again : figures;
}

/** A clause in the future tense: "will pass", "is set to reach", "is on track to top". */
const TOLD_AS_TO_COME = /\b(?:will|(?:is|are) (?:set|on (?:track|course|pace)) to)\b/i;

/** The sector a sentence names (`SECTORS`), or null. */
const sectorOf = (entities: readonly FoundEntity[]): string | null => entities.find((e) => SECTORS.has(e.name))?.name ?? null;

function readFiguresAsWritten(sentence: string, context: SentenceContext): Figure[] {
  const written = findValues(sentence, bareYenOf(sentence), true);
  if (written.length === 0) return [];
  const entities = findEntities(sentence, context.fallbackSubject);
  const metrics = findMetrics(sentence);
  const values = multipliedAsRises(sentence, written, metrics);
  // A sentence that names no company we know may name one we do not: that one, never the article's. One that names
  // a sector of many companies ("AI start-ups raised $190 billion") is about the sector, never the article's company.
  const fallback = entities.some((e) => e.kind !== 'group') ? context.fallbackSubject : (unknownSubject(sentence) ?? sectorOf(entities) ?? context.fallbackSubject);
  const figures: Figure[] = [];
  /** Where each figure read so far starts, whose it is and of what. */
  const read: { start: number; end: number; subject: string | null; metric: string; entry: MetricEntry; period?: string | null; reached?: boolean; fact?: boolean }[] = [];
  let previous: { metric: FoundMetric; end: number; unit: string } | undefined;
  const lastByUnit = new Map<string, { metric: FoundMetric; end: number; unit: string }>();
  for (const found of values) {
    const clause = clauseAround(sentence, found.start, found.end);
    // "down a percentage point from 40%": a move counted in points is the rate's change, not the sign or metric of a figure.
    // (An aside between them does not count: "Cash capital expenditures, including equipment acquired under finance leases, were $43.2 billion".)
    // "Our cash weighting is 6%, up from 4%": "up from" after a figure gives the level before it, and moves no figure.
    const fits = metrics.filter((m) => m.metric.units.includes(found.value.unit) && !(m.metric.perShare && Math.abs(found.value.amount) >= shareSized(found.value.unit)) && gapWithoutAsides(sentence, m, found) <= 60 && !(m.metric.movement && (POINTS_MOVED.test(sentence.slice(m.end, m.end + 40)) || (m.start >= found.end && /^\s+from\b/.test(sentence.slice(m.end, m.end + 6))))));
    // Metric words that overlap another figure belong to it (the "up" of "up to 4x").
    const free = fits.filter((m) => !values.some((v) => v !== found && m.start < v.end && m.end > v.start));
    // A figure listed after another of its unit, with no metric of its own, is of the same metric:
    // "grew 28%, ahead of our 25% estimate and the Street's 26%".
    // "$66 billion to $72 billion, up from a previous range that topped out at $67 billion": the figure it left.
    if (previous && previous.unit === found.value.unit && LEFT_BEHIND.test(sentence.slice(previous.end, found.start))) continue;
    // "revenue of $112 billion, plus or minus 2%": the margin a figure is given is no figure of its own.
    if (TOLERANCE_BEFORE.test(sentence.slice(Math.max(0, found.start - 24), found.start))) continue;
    // "…$93.8 billion, 83% more than a year ago and 12% more than the $83.5 billion it booked in the July quarter": rates of
    // change between do not end the list.
    const lastOfUnit = previous?.unit === found.value.unit ? previous : previous?.unit === '%' && RATE_OVER_BEFORE.test(sentence.slice(previous.end, found.start)) ? lastByUnit.get(found.value.unit) : undefined;
    const listed = listedAfter(lastOfUnit && lastOfUnit.end > found.start - 120 ? lastOfUnit.metric : undefined, found.value);
    // "Sales climbed 28% from a year ago in the first three months, to $37.6bn": the level the moved metric reached.
    // "up 28% from $29.3 billion a year earlier": the level the moved metric left, at the earlier time.
    const reached = previous && previous.unit === '%' && found.value.unit !== '%' && /^[^.;]{0,80}[\s,](?:to|from)\s*(?:(?:about|around|roughly|nearly|approximately|some)\s+)?$/.test(sentence.slice(previous.end, found.start)) ? levelOf(previous.metric) : undefined;
    // "Wall Street had expected roughly 26%": a percentage analysts expected, with no metric named, is the growth they expected.
    const expected = found.value.unit === '%' && readModality(sentence, found.start, found.end, false) === 'forecast' ? { metric: REVENUE_GROWTH, start: found.start, end: found.end } : undefined;
    // "AWS (+28% y/y)": a signed percentage, or one "y/y", with no metric named is growth, as in a table; "−4%" a fall.
    const sign = found.value.unit === '%' ? SIGN_BEFORE.exec(sentence.slice(Math.max(0, found.start - 3), found.start))?.[1] : undefined;
    const signed = sign || (found.value.unit === '%' && CHANGE_AFTER.test(sentence.slice(found.end, found.end + 6))) ? { metric: REVENUE_GROWTH, start: found.start, end: found.end } : undefined;
    // "capital expenditures of roughly $200 billion in 2026, up from $131 billion last year, and free cash flow …": the level
    // left behind is of the metric of the figure before, whatever is named after it.
    // "capital expenditure of about $215 billion this year, after $131 billion in 2025, and AWS's revenue rose 32%": so is the
    // level a clause opening with "after" sets before it.
    // "a $12 billion valuation for Raylight, against $9.5 billion in its May funding round": so is a figure set against it.
    const leftFrom = listed && /(?:\b(?:up|down)\s+from|(?:^|[,;]\s*)(?:after|against|versus|vs\.?|compared (?:with|to)))\s+(?:(?:about|around|roughly|nearly|approximately|some)\s+)?$/i.test(sentence.slice(Math.max(0, found.start - 30), found.start)) ? listed : undefined;
    // "市场预期为369亿美元；截至季末积压订单2440亿美元", "the Street's $36.9bn; backlog $244bn": a metric after a semicolon, in a
    // clause that states a figure it measures, is that figure's (a comma shares one: "700億ドルを投じ、26年の設備投資を1200億ドル").
    // "capital expenditures …, which ended in March, came to 37.5 billion dollars, while revenue of its Azure cloud platform
    // grew 39 percent": so is one after "while" or "whereas", which set a clause of another figure against this one, whatever
    // that figure's unit, where a metric before the figure is at hand.
    // "rose 34 percent to 20.3 billion dollars, and that its capital spending would climb to at least $220 billion": so is one
    // after ", and", in a clause with a figure of its own after it that it measures, where the figure is the level a move
    // before it reached (a figure of no measure of its own, "a 2026 range of $115 billion–$135 billion, and its capex came
    // in at $22.1 billion", is still read by the measure after it).
    // "Amazon has stuck to its plan of about $200bn, and its cloud division ended March with a backlog of $244bn": so is one
    // after ", and" whose clause names a company or unit of its own before it.
    const namesItsOwn = (m: FoundMetric) => entities.some((e) => e.kind !== 'group' && e.start >= found.end && e.end <= m.start && within(e, clauseAround(sentence, m.start, m.end)));
    const ownedLater = (m: FoundMetric) =>
      m.start >= clause.to &&
      ((sentence.slice(found.end, m.start).includes(';') && values.some((v) => v !== found && v.start >= clause.to && m.metric.units.includes(v.value.unit) && within(v, clauseAround(sentence, m.start, m.end)))) ||
        ((reached !== undefined || namesItsOwn(m)) && AND_CLAUSE.test(sentence.slice(found.end, m.start)) && values.some((v) => v !== found && v.start >= m.end && m.metric.units.includes(v.value.unit) && within(v, clauseAround(sentence, m.start, m.end)))) ||
        (SET_AGAINST.test(sentence.slice(found.end, m.start)) && free.some((o) => o.end <= found.start) && values.some((v) => v !== found && v.start >= m.end && within(v, clauseAround(sentence, m.start, m.end)))));
    // "operating profit rose 8% to ¥592 billion on revenue of ¥3.486 trillion": a measure told with "on … of" after a figure is
    // the base it was earned on, with a figure of its own after it, never that figure's measure.
    const baseAfter = (m: FoundMetric) => m.start >= found.end && ON_BASE_BEFORE.test(sentence.slice(found.end, m.start)) && values.some((v) => v !== found && v.start >= m.end && v.start - m.end <= 12);
    // "Cash capital expenditures, including equipment acquired under finance leases, were $43.2 billion": a metric in an aside
    // that only says what the figure takes in is not its metric where one outside the aside is at hand.
    const outside = free.filter((m) => !ownedLater(m) && !inAside(sentence, m));
    // "4.4x Trainium2's performance with 40% better energy efficiency": a measure a comparative joins to the figure right
    // after it is that figure's, however near a measure before it stands.
    const qualified = free.find((m) => m.start >= found.end && endsWithin(m, clause) && QUALIFIED_AFTER.test(sentence.slice(found.end, m.start)));
    // "Capex was a record in the quarter, and management reiterated an outlook of roughly $200bn": guidance named by no
    // measure of its own is of the measure over a period (capex, revenue) the sentence spoke of before it, however far,
    // where no figure stands between.
    const estimated = ESTIMATE_OF.test(sentence.slice(Math.max(0, found.start - 40), found.start));
    const guided = free.length === 0 && (estimated || GUIDANCE_OF.test(sentence.slice(Math.max(0, found.start - 40), found.start)))
      ? metrics.findLast((m) => m.metric.overPeriod && !m.metric.movement && !m.metric.counterparty && m.end <= found.start && m.metric.units.includes(found.value.unit) && !values.some((v) => v.start >= m.end && v.end <= found.start && (!estimated || v.value.unit === found.value.unit)))
      : undefined;
    // "net sales of $3.41 billion, up 27% …, ahead of the $3.33 billion consensus", "the €6.35bn analysts had forecast": others'
    // forecast named after its figure, with no measure of its own, is of the measure of the result of its unit before it.
    const resultBefore = free.length === 0 && forecastNamedAfter(sentence, found.end) ? read.findLast((r) => values.some((v) => v.start === r.start && v.value.unit === found.value.unit)) : undefined;
    const forecastOfResult = resultBefore ? { metric: resultBefore.entry, start: resultBefore.start, end: resultBefore.end } : undefined;
    // "Azure +39% in fiscal Q3, with capex of $37.5B": a signed percentage written right after a name is that name's growth,
    // as a scoreboard line writes it; a metric in another clause is the next figure's.
    const signedAfterName = signed && sign && entities.some((e) => e.kind !== 'group' && SIGNED_AFTER_NAME.test(sentence.slice(e.end, found.start))) ? signed : undefined;
    // 营收902亿美元，高于公司给出的约880亿美元财测，其中数据中心营收835亿美元: a clause that opens by comparing its figure with the
    // one before it, naming no measure of its own, is of that figure's measure, not of one named in the clause after it.
    const comparing = listed && COMPARISON_OPENING.test(sentence.slice(clause.from, found.start)) ? listed : undefined;
    const nearestFree = leftFrom ?? qualified ?? nearest(free.filter((m) => endsWithin(m, clause) && !baseAfter(m)), found) ?? signedAfterName ?? comparing ?? nearest(outside.length > 0 ? outside.filter((m) => !baseAfter(m)) : free.filter((m) => !ownedLater(m) && !baseAfter(m)), found) ?? guided ?? forecastOfResult ?? listed ?? reached ?? expected ?? signed ?? chipMultiple(sentence, found, entities.filter((e) => e.kind === 'product')) ?? measureOfUnit(sentence, found) ?? sumToPlace(sentence, found, values);
    // "invest $200 billion in capital expenditure", "poured $37.5 billion into capital projects": money put into
    // something measured, not into a company, is that measure.
    // So is "$131 billion of investment in property and equipment".
    const into = nearestFree?.metric.counterparty ? free.find((m) => !m.metric.counterparty && m.start >= found.end && INTO_MEASURE.test(sentence.slice(found.end, m.start))) : undefined;
    // "raised $1.5 billion in its initial public offering", "CoreWeave's IPO brought in $1.5bn": money a listing raises or
    // brings in is what it raised, not a funding round nor revenue.
    const listing = nearestFree && LISTED_MONEY.has(nearestFree.metric.name) ? free.find((m) => m.metric.name === 'IPO proceeds' && endsWithin(m, clause)) : undefined;
    const chosen = listing ?? into ?? (nearestFree?.metric.counterparty ? placeProposal(sentence, found, nearestFree, entities) : undefined) ?? nearestFree;
    // "Our cash weighting is 6%, up from 4%": the level a figure of no known metric left is of no known metric either.
    const before = values[values.indexOf(found) - 1];
    if (!chosen || (before && before.value.unit === found.value.unit && !read.some((r) => r.start === before.start) && /\b(?:up|down) from\s+(?:a |an |the )?$/i.test(sentence.slice(before.end, found.start)))) continue;
    // "Capex rose 20%": the verb only moves the metric named in its clause; alone, it is revenue growth.
    // A metric named beside the verb wins even without a percentage of its own: "backlog rose 20%" is backlog growth.
    const movement = chosen.metric.movement;
    const namedIn = (c: { from: number; to: number }) => nearest(metrics.filter((m) => !m.metric.movement && within(m, c) && !values.some((v) => m.start < v.end && m.end > v.start)), found);
    // A verb with a subject of its own in its clause ("and the unit grew 28%", "whose Google Cloud unit also grew 28%")
    // moves that subject, no metric of the clauses before; one that opens its clause ("…, up 20%") moves theirs.
    const opening = sentence.slice(clause.from, Math.min(chosen.start, found.start));
    const ownSubject = entities.some((e) => within(e, clause)) || (!CJK_TEXT.test(opening) && !VERB_OPENS.test(opening));
    // "Microsoft's shares fell after it said Azure, its cloud platform, grew 39 percent": a clause of no figure that names a
    // company after its metric names the verb's subject, which grew: the search for a metric stops there.
    const subjectLast = (c: { from: number; to: number }) => {
      const last = entities.findLast((e) => within(e, c));
      return last !== undefined && !values.some((v) => within(v, c)) && !metrics.some((m) => within(m, c) && m.start > last.end);
    };
    // "…, and the unit grew 28% in the quarter, up from 24%": a clause before whose figure was read moves that figure's metric
    // (the growth), not one named further back ("AWS's backlog reached $244bn").
    const figuredIn = (c: { from: number; to: number }) => {
      const figure = read.findLast((r) => within(r, c));
      return figure ? { metric: figure.entry, start: figure.start, end: figure.end } : undefined;
    };
    const named = movement ? (namedIn(clause) ?? (ownSubject ? undefined : namedBefore(clause, sentence, (c) => namedIn(c) ?? figuredIn(c), Infinity, subjectLast))) : undefined;
    const moved = !movement ? chosen : !named ? chosen : named.metric.units.includes(found.value.unit) ? named : { ...named, metric: growthOf(named.metric, sentence.slice(named.start, named.end)) };
    const cloudDeal = moved.metric === CAPEX ? spentOnCloud(sentence, found, entities, context.fallbackSubject) : null;
    const metric = cloudDeal ? { ...moved, metric: INVESTMENT } : moved;
    // "Revenue fell 8%": growth of -8%. "Inference costs rose 40%": a reduction of -40%.
    // "grew 39%, down from 40% in the December quarter": the figure after "up/down from" is the one before, not a move.
    // 增速从40%放缓至39%, 前四半期の40%から減速した: the level it moved from, too.
    const previousLevel = /\b(?:up|down) from\s+(?:a |an |the )?$|(?:从|從)\s*$/i.test(sentence.slice(Math.max(0, found.start - 20), found.start)) || /^\s*から/.test(sentence.slice(found.end, found.end + 4));
    const negative = (movement !== undefined && !previousLevel && found.value.unit === '%' && (movement === 'down') !== Boolean(metric.metric.percentIsReduction)) || ((chosen === signed || chosen === listed) && sign !== undefined && sign !== '+');
    const value = negative ? { ...found.value, amount: -found.value.amount } : costAsShare(sentence, found, found.value, Boolean(metric.metric.percentIsReduction));
    // A company named inside the figure ("485,000 Nvidia chips") made what was counted; it does not own the figure, nor
    // one after it ("holds 550,000 Nvidia chips drawing about 1 gigawatt").
    const inFigure = (e: FoundEntity) => values.some((v) => e.start >= v.start && e.end <= v.end);
    const allCompanies = entities.filter((e) => e.kind === 'company' && !inFigure(e));
    // "Amazon claims Trainium can …": the speaker owns the figure only when it says something about another
    // ("Anthropic, which said it would use 1 million TPUs" is Anthropic's).
    const others = entities.filter((e) => e.kind !== 'group' && !inFigure(e));
    // "Azure grew 39%, Microsoft said, just below the 40% …": an attribution between commas never owns a figure.
    const attribution = (e: FoundEntity) => /,\s*$/.test(sentence.slice(0, e.start)) && ATTRIBUTION_AFTER.test(sentence.slice(e.end, e.end + 40)) && others.some((o) => o.end <= e.start);
    const spoken = allCompanies.filter((e) => !attribution(e) && (!isSpeaker(sentence, e) || !others.some((o) => o.start > e.end && o.start < found.start)));
    const companies = spoken.length > 0 || entities.some((e) => e.kind === 'product') ? spoken : allCompanies;
    // "The new chip is 40% more energy efficient than Trainium2": a product named only after the figure, as what it is
    // measured against, is not the subject; the figure is of the product the text spoke of before it (`ofProductBefore`),
    // else of its company. ("The performance of Trainium2 is 4x" names its product before the figure.)
    const productsNamed = entities.filter((e) => e.kind === 'product');
    // ("Half a million of the Trainium2", "144 of the Trainium3": a chip named inside a count of chips is what it counts, no baseline.)
    const measured = productsNamed.filter(
      (e) => (!isBaseline(sentence, e) && !multipliedBaseline(sentence, productsNamed, e)) || (found.value.unit === 'chips' && inFigure(e)),
    );
    // Trainium2比で4.4倍, 与前代Trainium2相比: a product named as the baseline before its comparison word, or after one
    // that only ever makes a baseline, is never the subject: the product the text spoke of before is (`ofProductBefore`).
    const products = measured.length > 0 ? measured : productsNamed.filter((e) => e.end <= found.start && !comparedAfter(sentence, e) && !MEASURED_AGAINST.test(sentence.slice(Math.max(0, e.start - 40), e.start)));
    const groups = entities.filter((e) => e.kind === 'group');
    let subject: string | null;
    let counterparty: string | null = null;
    /** The companies joined to the subject whose figure it is as much ("Contoso and Fabrikam each grew 28%"), in the sentence's order. */
    let sharers: { name: string; first: boolean }[] = [];
    let gappedDeal = false;
    if (metric.metric.counterparty) {
      // "…on the $38 billion compute agreement, and with Anthropic, where we've invested $8 billion": a company named in a
      // later clause, before a later figure, is a party of that figure's deal, not of this one.
      // "Anthropic, OpenAI's rival", 向OpenAI的對手Anthropic投資: a company named only as the rival of the one after it is no party.
      // "OpenAI's $38B, seven-year contract is ramping and Anthropic's Trainium3 orders are booked": a company that opens a
      // clause of its own after the figure, joined by "and", is the subject of that clause, no party of this deal.
      const parties = companies.filter((e) => (e.start < clause.to || !values.some((v) => v.start > e.end)) && !rivalOfNext(sentence, e, companies) && !opensClauseAfter(sentence, e, found.end));
      const actingElsewhere = parties.filter((e) => read.some((r) => r.subject !== null && companyGroup(r.subject) === companyGroup(e.name) && !within(r, clause) && within(e, clauseAround(sentence, r.start, r.end))));
      ({ subject, counterparty, gapped: gappedDeal } = cloudDeal ? { subject: companyGroup(cloudDeal.spender), counterparty: cloudDeal.cloud, gapped: false } : dealParties(sentence, parties, clause, found, fallback, actingElsewhere));
    } else {
      // "expansion of AWS", "access to OpenAI": a company named after a preposition that
      // does not follow a metric is what the sentence is about, not whose figure it is.
      // "Microsoft guided to Azure growth of 37%": guidance is given to the figure of what it names.
      const isObject = (e: FoundEntity) => {
        // "Every point of AWS growth above our 28.5%": a company named right before a metric owns it, whatever stands before.
        if (metrics.some((m) => /^(?:['’]s)?\s+$/.test(sentence.slice(e.end, m.start)))) return false;
        // 韓国政府やサムスン電子、SKグループなどにGPUを供給: companies a list closes with に or へ are whom something goes to.
        if (JA_RECIPIENTS_AFTER.test(sentence.slice(e.end, e.end + 60))) return true;
        // AWS占亚马逊总营收的18%, AWSはアマゾンの売上高の18%を占める: the group whose sales a share is of, as "of Amazon's net sales" is.
        if (SHARE_WHOLE_BEFORE.test(sentence.slice(Math.max(0, e.start - 2), e.start)) || SHARE_WHOLE_AFTER.test(sentence.slice(e.end, e.end + 24))) return true;
        // "a Series D round led by Dutch chipmaking-equipment group ASML, valuing the start-up at €35 billion", 由阿斯麦（ASML）领投: the
        // investor who leads a round is no owner of the round's figures.
        if (LED_BY_BEFORE.test(sentence.slice(Math.max(0, e.start - 60), e.start)) || (/由[^，。；,;]{0,16}$/u.test(sentence.slice(Math.max(0, e.start - 16), e.start)) && LEAD_INVESTS_AFTER.test(sentence.slice(e.end, e.end + 12)))) return true;
        const from = Math.max(0, e.start - 40);
        // "…, the cloud computing arm of U.S. tech giant Amazon,": after "of", a few describing words may stand between.
        // (Describing words, not a verb: "a version of this story misstated AWS's backlog" is AWS's.)
        const match = /(\S+)\s+(?:(?:of|to|into|with|from|across)\s+|of\s+(?:(?![a-z]+ed\b|said\b|says\b|told\b)(?:[A-Z][\w.-]*|[a-z]+)\s+){1,3})$/i.exec(sentence.slice(from, e.start));
        // "People familiar with TSMC's budget talks say the company is preparing …": whom the talks are of is whose figure it is.
        if (!match || /^(?:guid(?:ed|es|ing)|familiar)$/i.test(match[1]!)) return false;
        const wordEnd = from + match.index + match[1]!.length;
        return !metrics.some((m) => m.end === wordEnd);
      };
      // "Azure grew 39% in Microsoft's March quarter": whose quarter it is says whose figure it is only where no one else is named.
      const acting = withoutBaselines(sentence, companies).filter((e) => !isObject(e));
      const notPeriods = acting.filter((e) => !PERIOD_OWNER.test(sentence.slice(e.end, e.end + 40)) && !(/[（(]\s?$/u.test(sentence.slice(Math.max(0, e.start - 2), e.start)) && BRACKETED_PERIOD_OWNER.test(sentence.slice(e.end, e.end + 40))));
      // "…is north of $464B once the OpenAI contract is counted": a company named after the figure in a clause of condition
      // or time is not whose figure it is.
      const conditioned = (e: FoundEntity) => e.start > found.end && SUBORDINATE.test(sentence.slice(found.end, e.start));
      const actors = (notPeriods.length > 0 ? notPeriods : acting).filter((e) => !conditioned(e));
      const owners = actors.length > 0 ? actors : fallback ? [] : companies;
      const inClause = (list: FoundEntity[]) => nearest(list.filter((e) => within(e, clause)), found);
      // Outside the figure's clause, only a name before the figure can own it ("…, a way of loosening its dependence on Nvidia, which …" does not),
      // and not one in a relative aside before it ("TSMC, which makes Amazon's Trainium accelerators, has guided for …").
      const before = (list: FoundEntity[]) => nearest(list.filter((e) => e.end <= found.start && !inRelativeAside(sentence, e, found.start)), found);
      // "…, AWS, which grew 24% …": the company a relative clause hangs on; "…, Azure, whose sales rose 39% …" too, though
      // the company is the object of the words before it ("the money goes to Azure, whose …").
      // (Not the end of an appositive: "…, the cloud arm of U.S. tech giant Amazon, reported …" is the arm's.)
      const relative = companies.find((e) => {
        const between = sentence.slice(e.end, clause.from);
        return e.end <= clause.from && /^\s*,?\s*(?:which|who|that)?\s*$/.test(between) && (/\b(?:which|who|that)\b/.test(between) || WHOSE_OPENS.test(sentence.slice(clause.from, found.start)) || !isObject(e));
      });
      // A cost is the seller's: "40% lower training costs than Nvidia H100 clusters" is not Nvidia's.
      const sold = products;
      // "4.4 times the compute of Trainium2, which itself quadrupled the original's": the product a relative clause hangs on
      // owns its figure, even where the clause before named it as a baseline.
      const relativeProduct = productsNamed.find((e) => e.end <= clause.from && /^\s*,?\s*(?:which|that)\s*$/.test(sentence.slice(e.end, clause.from)));
      // "…, versus a Trn2 UltraServer that holds 64 chips": a product that opens the figure's own clause is its subject there,
      // whatever the word before the clause made it for the figure before.
      // (上一代Trn2 UltraServer为64颗: "the previous generation's" only describes the product it stands before.)
      const opensClause = clause.from > 0 ? nearest(productsNamed.filter((e) => within(e, clause) && e.end <= found.start && !COMPARED_IN.test(sentence.slice(clause.from, e.start)) && !comparedAfter(sentence, e)), found) : undefined;
      // "…, versus 4 for Trainium2", "against 64 in the Trainium2 version": the figure compared is of the product named right after it.
      const comparedOwner = COMPARED_BEFORE.test(sentence.slice(Math.max(0, clause.from - 16), found.start)) ? productsNamed.find((e) => within(e, clause) && e.start >= found.end && OWNER_AFTER.test(sentence.slice(found.end, e.start))) : undefined;
      // "The Windows maker posts 39% growth for its cloud platform": a company named right after the figure's own metric,
      // joined by "for" or "at", is whose the figure is, however near the one before it stands.
      const metricOwner = metric.start >= found.end ? owners.find((e) => within(e, clause) && OWNED_AFTER_METRIC.test(sentence.slice(metric.end, e.start))) : undefined;
      // "CoreWeave's IPO brought in $1.5bn for the Nvidia-backed cloud provider": a company whose metric the figure's clause
      // names with a possessive, before the figure, owns it, though another stands nearer after the figure.
      const possessor = metric.end <= found.start ? owners.find((e) => within(e, clause) && POSSESSIVE_GAP.test(sentence.slice(e.end, metric.start))) : undefined;
      // "Agentforce finished October at $1.2B of ARR", "disclosed Agentforce ARR of $1.2bn": a product's own run rate is the
      // product's, not its maker's, whose run rate holds more (a product named before the figure in its clause).
      // So is the level it rose from: "…, up from $940M at the end of July".
      const runRateLeft = COMPARED_BASE.test(sentence.slice(Math.max(0, found.start - 30), found.start)) ? read.findLast((r) => r.metric === 'revenue run rate')?.subject : undefined;
      const runRateOf = metric.metric.name === 'revenue run rate' ? (nearest(productsNamed.filter((e) => within(e, clause) && e.end <= Math.max(found.start, metric.start)), found) ?? productsNamed.find((e) => e.name === runRateLeft)) : undefined;
      // 緯穎已拿下亞馬遜AWS明年約35億美元的…訂單, ウィウィンは…AWSから…約35億ドル受注する: orders are the winner's, not the buyer's.
      const orderWinner = metric.metric.name === 'orders' ? owners.find((e) => e.end <= found.start && ORDERS_WON_AFTER.test(sentence.slice(e.end, found.start))) : undefined;
      const chosen = metric.metric.productSubject
        ? (comparedOwner ?? inClause(products) ?? opensClause ?? relativeProduct ?? before(products) ?? relative ?? inClause(owners) ?? before(owners))
        : (runRateOf ??
          (metric.metric.ownedByUnit
            ? (inClause([...owners, ...sold]) ?? before(owners) ?? before(sold))
            : (orderWinner ?? bracketedAfter(sentence, found, companies) ?? metricOwner ?? possessor ?? inClause(owners) ?? relative ?? inClause(groups) ?? before(owners) ?? before(groups))));
      // A company the vocabulary does not know owns the figure before any it knows: named with its possessive right before it,
      // or opening its clause.
      const outsider = metric.metric.productSubject ? undefined : (possessorRightBefore(sentence, found.start) ?? outsiderOpening(sentence, clause, found.start, entities));
      subject = outsider ?? chosen?.name ?? fallback;
      // Microsoft reports no Azure revenue in dollars: a sum of revenue for 微软云 or 微软智能云 (Azure in Chinese shorthand, for
      // its growth) is the Microsoft Cloud's or the Intelligent Cloud segment's, which Microsoft reports so.
      const shorthand = subject === 'Azure' && chosen && metric.metric.name === 'revenue' && MONEY_UNITS.includes(found.value.unit) ? CLOUD_SHORTHAND_CJK.exec(sentence.slice(chosen.start, chosen.end)) : null;
      if (shorthand) subject = shorthand[1] ? 'Intelligent Cloud' : 'Microsoft Cloud';
      // "Those customers, among them ByteDance, Alibaba and Tencent, duly placed orders worth about $4.5 billion": orders are
      // the seller's, whom the article is about, not the buyers' who placed them.
      if (metric.metric.name === 'orders' && ORDERS_PLACED_BEFORE.test(sentence.slice(clause.from, found.start))) subject = context.fallbackSubject;
      // A company reports some figures as one (its capex), whichever of its units a sentence names.
      // What customers pay for a chip is its unit's price; a company's is its cloud unit's.
      const asOwner = (name: string) => (metric.metric.ownedByGroup ? companyGroup(name) : metric.metric.ownedByUnit ? (unitOf(ownerOf(name), 'cloud') ?? ownerOf(name)) : name);
      if (subject) subject = asOwner(subject);
      // "Amazon.com Inc. reported that cloud sales in the April-June quarter climbed 32 percent": the cloud sales a company
      // reported are its cloud unit's, where no other sales are named between them and the figure (not a company's own
      // "cloud revenue" as it guides or forecasts it, which may hold more than the unit's).
      const cloudSales = subject && !metric.metric.ownedByGroup ? CLOUD_SALES_BEFORE.exec(sentence.slice(Math.max(0, clause.from - 120), found.start)) : null;
      // Nor a company's total cloud revenue, which holds its cloud applications beside the unit's infrastructure.
      if (cloudSales && !/(?:\b(?:its|their|total|overall|combined|whole)|['’]s)\s+$/i.test(cloudSales.input.slice(0, cloudSales.index)) && readModality(sentence, found.start, found.end, false) === 'fact') subject = unitOf(subject!, 'cloud') ?? subject;
      if (chosen && !outsider && !metric.metric.productSubject) sharers = sharedWith(sentence, chosen, companies, found).map((e) => ({ name: asOwner(e.name), first: e.start < chosen.start })).filter((e) => e.name !== subject);
      // "AWS has deployed 1 million Trainium2 chips" and "… 1 million Trainium3 chips" are two counts: a company's count of
      // chips is of the chip it names (`countedChip`), which its key carries as a deal's carries the other side.
      if (found.value.unit === 'chips' && !metric.metric.productSubject) counterparty = countedChip(sentence, found, productsNamed, subject, clause);
      // "$3 billion of five-year notes at 7.125%", "the 40-year piece carries a 5.85 per cent coupon", 40年債は50億ドル: a tranche's
      // size and coupon are the tranche's, which the key names by its term (`trancheTerm`), apart from the whole issue's.
      if (TRANCHE_TERMS.has(metric.metric.name)) counterparty = trancheTerm(sentence, found, values) ?? counterparty;
    }
    let modality = readModality(sentence, found.start, found.end, Boolean(metric.metric.counterparty));
    // "Arm's approach for Oxwell valued the designer at about £1.6 billion", "said no to Broadcom twice: to $3.4 billion …": what a
    // bid values a company at is offered, as the bid's own sum is.
    if (modality === 'fact' && metric.metric.name === 'valuation' && readModality(sentence, found.start, found.end, true) === 'offer') modality = 'offer';
    if (modality === 'plan' && (isAnnouncedSpec(metric.metric, found.value.unit) || isGrantDecided(metric.metric.name, sentence))) modality = 'fact';
    if (modality === 'fact' && (intendedFigure(metric.metric.name, found, sentence) || committedAtMost(metric.metric, found, sentence))) modality = 'plan';
    // "OpenAI has committed to spend $38 billion on AWS over seven years": a commitment made to a cloud unit is a signed
    // contract's value, though its money goes out over the years (not "will spend", nor a commitment to build).
    // So is a sum agreed to be spent with a cloud named after it: "Anthropic has agreed to spend $45 billion with AWS over five
    // years" is the contract's value, whatever measure its verb reads as.
    if (modality === 'plan' && ((metric.metric === INVESTMENT && counterparty !== null && CLOUD_UNITS.has(counterparty)) || WITH_CLOUD_AFTER.test(sentence.slice(found.end, found.end + 60))) && COMMITTED_TO_BUY.test(sentence.slice(Math.max(0, found.start - 60), found.start))) modality = 'fact';
    if (modality === 'plan' && context.house && isHouseCall(sentence, found.start)) modality = 'forecast';
    if (modality === 'forecast' && subject !== null && isOwnCallJa(sentence, entities, subject)) modality = 'plan';
    // A gapped clause shares the verb it leaves out, and what the verb makes of its figure: "Microsoft has committed $17.5
    // billion to India for 2026-2029, Amazon more than $35 billion by 2030" — Amazon's $35 billion is promised too.
    if (gappedDeal && modality === 'fact') modality = figures.findLast((f) => f.metric.name === metric.metric.name || f.metric === INVESTMENT)?.modality ?? modality;
    // So does a gapped clause of another measure: "Alibaba cancelled about US$2.1 billion of B30A orders, and Tencent about US$1.4 billion".
    else if (modality === 'fact' && !metric.metric.counterparty && companies.some((e) => gapped(sentence, e, clause, found.start))) modality = figures.findLast((f) => f.metric.name === metric.metric.name)?.modality ?? modality;
    // "people familiar with the talks said the lab was seeking as much as $35 billion at a valuation of roughly $600 billion":
    // the valuation a round is priced at is told as the round is.
    // Only the round of its own clause: in "the offer … implied a valuation of about $12 billion for Raylight, which raised money at
    // a $9.5 billion valuation in May" the $9.5 billion is no offer.
    if (modality === 'fact' && metric.metric.name === 'valuation' && AT_A_VALUATION.test(sentence.slice(Math.max(0, found.start - 40), found.start)) && (read.at(-1)?.start ?? -1) >= clause.from) modality = figures.at(-1)?.modality ?? modality;
    // "… had terminated a 15-year lease for all 240 megawatts; the lease was worth about $2.8 billion": the sum of a deal an
    // earlier clause called off is called off too.
    if (modality === 'fact' && DEAL_VALUED_OPENS.test(sentence.slice(clause.from, found.start)) && callsOff(sentence.slice(0, clause.from).replace(/[\s;,:]+$/, ''))) modality = 'cancelled';
    // "…they had cancelled their orders, which totalled approximately $4.5 billion": so is the sum a relative clause gives what was called off.
    const cameTo = modality === 'fact' ? WHICH_CAME_TO.exec(sentence.slice(Math.max(0, found.start - 40), found.start)) : null;
    if (cameTo && callsOff(sentence.slice(0, Math.max(0, found.start - 40) + cameTo.index))) modality = 'cancelled';
    // "The bid implied a $12 billion valuation for Raylight": the valuation an offer implies is offered, not a price paid.
    if (modality === 'fact' && metric.metric.name === 'valuation' && OFFER_IMPLIES.test(sentence.slice(Math.max(0, found.start - 200), found.start))) modality = 'offer';
    // "Amazon plans $200B of capex, taking its five-year total to $700B": a running total is meant as the figure that takes it
    // there is, the last before it that is no one else's forecast ("…$56.1 billion, above the $54.0 billion analysts had
    // pencilled in, taking the year-to-date total to $150.7 billion" is the total spent).
    if (modality === 'fact' && RUNNING_TOTAL_BEFORE.test(sentence.slice(Math.max(0, found.start - 80), found.start)) && figures.length > 0) modality = (figures.findLast((f) => f.modality !== 'forecast') ?? figures.at(-1)!).modality;
    // "…has agreed to spend $45 billion with AWS over five years, or roughly $9 billion a year": the same sum told otherwise is meant as it is.
    if (OR_RESTATED_BEFORE.test(sentence.slice(Math.max(0, found.start - 30), found.start)) && figures.length > 0) modality = figures.at(-1)!.modality;
    // "…proposed buying it for $71 a share in cash, a 38 per cent premium to its share price": the premium a bid pays is offered too.
    if (modality === 'fact' && found.value.unit === '%' && PREMIUM_AFTER.test(sentence.slice(found.end)) && BID_WORDS.test(sentence)) modality = 'offer';
    // "AWS's backlog will pass $300B by the end of September", in August: a figure told in the future tense is of a period to
    // come, as a forecast's is, whatever its modality.
    const periodContext = periodContextOf(context, modality === 'fact' && TOLD_AS_TO_COME.test(sentence.slice(clause.from, clause.to)) ? 'forecast' : modality);
    // "$131 billion of investment in property and equipment in 2025": a metric's own "and" does not end the clause its period is in.
    const across = metrics.find((m) => m.start < clause.to && m.end > clause.to && m.start >= clause.from);
    // 较上年同期的293亿美元增长28%: a percentage of change over a level of the year before is growth year on year (同比).
    // 同比增长28%（上年同期增速为17%）: a bracketed aside that does not hold the figure dates its own figure, not this one.
    const written = asidesLeftOut(sentence.slice(clause.from, across ? clauseAround(sentence, across.end, across.end).to : clause.to), found.start - clause.from, found.end - clause.from);
    // "up 28% from $29.3 billion a year earlier": growth over the year before, as "up 28% from a year earlier" (the level keeps its period).
    const left = found.value.unit !== '%' && found.end < clause.from + written.length ? LEFT_LEVEL_AFTER.exec(sentence.slice(found.end, clause.from + written.length)) : null;
    // "Revenue of $93.8 billion was up 83% from $51.2 billion a year earlier": a level of the year before told after the sum
    // dates that level, not the sum.
    const afterSum = found.end - clause.from;
    const clauseText =
      found.value.unit === '%'
        ? written.includes('同期')
          ? written.replace(CJK_BASE_LEVEL, '同比').replace(JA_BASE_LEVEL, '前年同期比')
          : withoutBaseLevels(written).replace(BASE_LEVEL_DATED, 'from before')
        : left
          ? `${written.slice(0, afterSum)}${left.groups?.time ?? ''}${written.slice(afterSum + left[0].length)}`
          : `${written.slice(0, afterSum)}${withoutBaseLevels(written.slice(afterSum))}`;
    // "revenue reached $37.6B in Q1 2026, up 28% year on year": a clause without a period has the one before it.
    // "…in 2023 and has since doubled its stake to $8 billion", "a total of …": a later or running figure, not the clause before's.
    const ownTime = /\b(?:since|now|so far|to date|in total|total(?:ling|ing)?|cumulative(?:ly)?)\b|累计|累計/i.test(clauseText) || YEARS_TO_COME_CJK.test(clauseText);
    // "…grew 39%, below last quarter's 40% but above the 37.5% analysts expected", 但高于分析师预期的约37.5%: a clause that
    // compares its figure with the sentence's, naming no period, is of the period of the figure it is compared with.
    // (A plan compared with is the plan before it: 全年计划已上调至2150亿美元，高于年初约2000亿美元的计划 — not the half's actual.)
    const comparable = (f: Figure) => f.metric.name === metric.metric.name && f.period !== null;
    const comparedWith = COMPARISON_OPENING.test(clauseText) || AGO_OPENING.test(clauseText) ? (figures.find((f) => comparable(f) && f.modality === modality && modality !== 'fact') ?? figures.find(comparable)) : undefined;
    const monthsBefore = comparedWith?.period ? MONTHS_BEFORE.exec(clauseText) : null;
    // "up from 39% in the prior quarter": the quarter before the compared figure's, before "the previous quarter" is read as the article's last.
    const earlier = monthsBefore ? quarterBefore(comparedWith!.period!, MONTHS_IN[(monthsBefore[1] ?? monthsBefore[2] ?? monthsBefore[3] ?? monthsBefore[4] ?? 'three').toLowerCase()]! / 3) : null;
    // "…则为4,550亿美元，当时年增359%", "$455 billion in August, up 359% at the time": a clause that opens with "then" is of
    // the period of the figure before it in the sentence, not of the first period the sentence named.
    const then = clause.from > 0 && THEN_OPENING.test(clauseText) ? figures.findLast((f) => f.period !== null)?.period : undefined;
    // "…32% in the June quarter and 33% in the September quarter, on revenue of $43.9 billion": a clause that opens with
    // the sum the growth before it was on is of the period told right after that growth (the September quarter), not of
    // the first one the sentence names.
    const growthBefore = clause.from > 0 && ON_LEVEL_OPENING.test(clauseText) ? values.findLast((v) => v.end <= clause.from && v.value.unit === '%') : undefined;
    const onLevel = growthBefore ? parsePeriod(sentence.slice(growthBefore.end, clause.from), sentence, periodContext, subject) : null;
    // "AWS took in $37.6 billion in the March quarter, 28% more than a year earlier, when it had grown 17%": a clause
    // that opens with "when" after the base time a comparison ends on is of that time, before the compared figure's period.
    const base = clause.from > 0 && WHEN_OPENING.test(clauseText) ? WHEN_AT_BASE.exec(sentence.slice(0, clause.from)) : null;
    const comparedPeriod = base ? figures.findLast((f) => f.period !== null)?.period : undefined;
    const atBase = comparedPeriod ? beforeBy(comparedPeriod, (base![1] ?? base![2])?.toLowerCase() === 'quarter' ? 'quarter' : 'year') : null;
    // "…the $131 billion it spent in 2025 and the $83 billion the year before": a level dated against the figure of its
    // metric before it in the sentence, a year (or a quarter) before that one's period, not the year that clause names.
    const afterIt = sentence.slice(found.end, clause.to);
    const theOneBefore = THE_ONE_BEFORE.test(afterIt) ? beforeThat(afterIt, figures.findLast((f) => f.metric.name === metric.metric.name && f.period !== null)?.period ?? null) : null;
    const ofYearsNamed = afterIt.includes(' the ') ? yearCountedOff(sentence.slice(0, found.start), afterIt) : null;
    // "up from 24% in the prior three months": a level compared with, in a time
    // of its own that no rule dates here, is of no period known, never the one of the figure it is compared with.
    const undatedBase =
      COMPARED_LEVEL.test(sentence.slice(Math.max(0, found.start - 24), found.start)) &&
      TIME_OF_ITS_OWN.test(sentence.slice(found.end, clause.to)) &&
      !(earlier && /^\d{4}-Q[1-4]$/.test(earlier)) &&
      parsePeriod(sentence.slice(found.end, clause.to), sentence, periodContext, subject) === null;
    // "…from $37.6 billion in the three months to March to $40.8 billion in the three months to June, and its growth rate
    // from 28% to 32%": a change's end in a clause of no period is of the period the change before it reached, as its parallel.
    // "Amazon raises its full-year spending plan as AWS growth quickens to 32%": words before the clause that state no
    // figure and name only another measure (the spending plan) date that measure, not this figure.
    const namedBeforeClause = metrics.filter((m) => m.end <= clause.from && !m.metric.movement);
    const ofAnotherMeasure = !values.some((v) => v.end <= clause.from) && namedBeforeClause.length > 0 && namedBeforeClause.every((m) => measureOf(m.metric.name) !== measureOf(metric.metric.name));
    const reachedHere = reachedInClause(sentence, found, clause);
    const parallel = reachedHere && clause.from > 0 && parsePeriod(clauseText, sentence, { ...periodContext, articleQuarter: null }, subject) === null ? read.findLast((r) => r.end <= clause.from && r.reached && r.period)?.period : undefined;
    const toldPeriod = undatedBase ? null :
      possessiveMonthOf(sentence.slice(Math.max(0, found.start - 30), found.start), periodContext, subject) ??
      earlier ??
      then ??
      onLevel ??
      atBase ??
      theOneBefore ??
      ofYearsNamed ??
      periodRightAfter(sentence, found, values, clause, periodContext, subject) ??
      yearOnYearOf(sentence, clause, clauseText, periodContext, subject) ??
      ownPeriodAfter(sentence, found, values, clause, periodContext, subject) ??
      parallel ??
      ownPeriod(clauseText, sentence, periodContext, subject) ??
      comparedWith?.period ??
      (REVISED_TO_BEFORE.test(sentence.slice(Math.max(0, clause.from - 16), found.start)) ? figures.findLast(comparable)?.period : undefined) ??
      (clause.from > 0 && !ownTime && !ofAnotherMeasure ? sharedPeriod(sentence, WITH_OPENING.test(sentence.slice(clause.from, found.start)) ? clause.from : sharedUntil(read, subject, metric.metric.name, clause.from), read, periodContext, subject, WHEN_OPENING.test(clauseText) || THEN_OPENING.test(clauseText)) : null) ??
      periodAfter(sentence, clause, values, periodContext, subject) ??
      metric.metric.impliedPeriod ??
      null;
    // 维持全年1750亿至1850亿美元的资本开支区间: a full year's flow given as a range is no actual (an actual is one sum); it is
    // of the year under way, as a plan for 全年 is.
    const readPeriod = toldPeriod === 'annual' && metric.metric.overPeriod && found.range && context.articleYear ? String(context.articleYear) : (renamedQuarter(sentence, clause, toldPeriod, periodContext, subject) ?? toldPeriod);
    // "A year earlier, AWS had posted operating income of $10.4 billion in the third quarter": that quarter a year before.
    // "…rose 30.1% from NT$343.6 billion a year earlier": a level told right before "a year earlier" is of that month a year before.
    const ofMonthBefore = isMonth(readPeriod) && found.value.unit !== '%' && YEAR_EARLIER_AFTER.test(sentence.slice(found.end, found.end + 40)) ? monthBefore(readPeriod, 12) : null;
    const period = ofMonthBefore ?? yearBeforeOpening(sentence, clause, found, clauseText, readPeriod, periodContext, subject) ?? readPeriod;
    const offerStatus = modality === 'offer' ? offerStatusAt(sentence, found.start, found.end, values) : null;
    // Which percentage "in constant currency" is written against is read here, figure by figure; a sum's measure by its clause.
    const constantCurrency = found.value.unit === '%' ? CONSTANT_CURRENCY_AFTER.test(sentence.slice(found.end, found.end + 40)) || (previous ? CONSTANT_CURRENCY_BEFORE : CONSTANT_CURRENCY_OPENING).test(sentence.slice(previous?.end ?? 0, found.start)) : undefined;
    const retracted = MISSTATED_BEFORE.test(sentence.slice(Math.max(0, found.start - 80), found.start));
    // "Over the trailing twelve months, AWS generated $137.1 billion": the measure its clause (or an opening one of no figure) names.
    const opener = openerOf(sentence, clause);
    // ("Revenue for the twelve months ended June 30, 2025", Microsoft's fiscal year, is no trailing measure.)
    const measuredIn = withFiscalYearsNamed(values.some((v) => v.start >= opener && v.end <= clause.from) ? clauseText : `${sentence.slice(opener, clause.from)} ${clauseText}`, subject, context);
    // "Contoso's total cloud revenue, infrastructure plus applications, was $9 billion": the words right before the metric's
    // name measure it too, however many clauses stand between it and its figure.
    const namedWith = metric.end <= opener && !values.some((v) => v.start >= metric.end && v.end <= opener) ? sentence.slice(Math.max(0, metric.start - 24), metric.end) : '';
    // "rose 25% from the previous quarter", 环比下降5%: growth on the quarter before, read from the words nearest the figure.
    const nextFigure = values.find((v) => v.start >= found.end)?.start;
    // "12% more than the $83.5 billion it booked in the July quarter": the base is the time of the level it is measured against.
    const levelTime = found.value.unit === '%' ? LEVEL_TIME_AFTER.exec(sentence.slice(found.end, clause.to))?.groups?.time : undefined;
    const sequential = found.value.unit === '%' ? (sequentialBase(sentence.slice(values[values.indexOf(found) - 1]?.end ?? 0, found.start), levelTime ? ` from ${levelTime}` : sentence.slice(found.end, Math.min(nextFigure ?? sentence.length, clause.to)), sentence) ?? false) : undefined;
    // "Quanta earned NT$20.4 billion, or NT$5.28 a share": what a company earned per share is its earnings per share.
    const perShare = metric.metric.name === 'net income' && PER_SHARE_AFTER.test(sentence.slice(found.end, found.end + 24)) ? EARNINGS_PER_SHARE : null;
    // "the first proposal, at A$18.50", "Google's $78 offer", 1株3150円: a deal's or a company's price in a sum no company costs is its price a share.
    const pricedAShare = !perShare && DEAL_SUMS.has(metric.metric) && MONEY_UNITS.includes(found.value.unit) && Math.abs(found.value.amount) < shareSized(found.value.unit) ? PRICE_PER_SHARE : null;
    const ofMeasure = onTheMonthBefore(withMeasure(perShare ?? pricedAShare ?? metric.metric, found.value.unit, namedWith ? `${namedWith} ${measuredIn}` : measuredIn, constantCurrency, sentence.slice(found.end, nextFigure), sequential), period);
    // "Tencent's marketing services revenue rose 21%": a line of the business, not the company's revenue (businessLines.ts).
    const ownMetric = withLine(ofMeasure, subject, () => businessLineOf(sentence.slice(opener, found.start), sentence.slice(found.end, nextFigure)));
    // "The company itself puts this year's figure at about $200 billion", in May: a flow over a period that has not
    // ended is no actual yet; said as a fact, it is the company's plan ("so far this year" is an actual to date), or a
    // research house's forecast where the house tells it as its own ("Our base case assumes AWS revenue of about $158 billion").
    // A figure the sentence compares with ("up from $88 billion last year") is the actual it was; a figure to date
    // ("in the first nine months of fiscal 2026") is the actual of the months gone.
    if (modality === 'fact' && metric.metric.overPeriod && !toDate(ownMetric) && !ownTime && !COMPARED_BASE.test(sentence.slice(clause.from, found.start)) && !isComparisonBase(sentence.slice(clause.from, found.start)) && endsAfterArticle(period, context, subject)) modality = context.house && isHouseCall(sentence, found.start) ? 'forecast' : 'plan';
    // "The campus is designed for up to 2.5GW when fully built out in 2030": what a site holds or draws, or a stake, in a
    // year yet to begin is no actual either; said as a fact, it is the company's plan (a sum of money of such a year may be
    // an order or a contract signed now, and a price per unit, "cleared at $374.20/MW-day" for 2028/2029, one set now).
    if (modality === 'fact' && !metric.metric.overPeriod && !MONEY_UNITS.includes(found.value.unit) && !perUnitOf(found.value.unit) && beginsAfterArticle(period, context)) modality = 'plan';
    // "a region backed by $4.8 billion of investment through 2038", "¥1.2 trillion over 2028–2032": money to be put in by
    // a year, or over years, yet to begin is not put in yet; said as a fact, it is the company's plan.
    // (Not a deal signed now and running through the years: "a $14.2 billion agreement with Meta through 2031", "agreed to
    // buy up to $6 billion of computing capacity from Northwind through 2030"; nor orders "for delivery in fiscal 2027".)
    if (modality === 'fact' && metric.metric === INVESTMENT && (counterparty === null || isPlaceName(counterparty)) && !DEAL_SIGNED.test(clauseText) && ((beginsAfterArticle(period, context) && BY_YEAR.test(clauseText)) || yearsToCome(clauseText, context))) modality = 'plan';
    modality = termsModality(modality, ownMetric.name, sentence);
    // "Alphabet: $175 billion to $185 billion", Alphabet维持全年1750亿至1850亿美元: a flow told as a range is guidance, no actual.
    if (modality === 'fact' && metric.metric.overPeriod && isFlowRange(found) && !isComparisonBase(sentence.slice(clause.from, found.start))) modality = 'plan';
    // A sum over several years is of no one year, not even the one the clause before names; a sum to date is of the year
    // it runs in ("$37.5 billion in the March quarter, bringing its outlays for the first nine months of its fiscal year to
    // $110 billion").
    // "This year", "last year", "next quarter" in an article that does not date them are no period the figure can carry: merging dates it by its figure.
    // "3.3x the performance of GB300 NVL72 when it ships in the second half of this year": a chip's spec against another
    // chip is the chip's, whenever it ships; the time said is its launch, not a period the figure is of.
    const figurePeriod = spansYears(ownMetric) || period === UNDATED_OWN || (isAnnouncedSpec(metric.metric, found.value.unit) && productsNamed.some((e) => e.name === subject)) ? null : toDate(ownMetric) && period ? yearOfQuarter(period, subject, context) : period;
    const sharedBy = [...sharers.filter((e) => e.first).map((e) => e.name), subject, ...sharers.filter((e) => !e.first).map((e) => e.name)];
    // 亚马逊把2026年资本开支指引上调至约2150亿美元，二季度单季投入514亿美元: the cue of the clause before a Chinese comma does
    // not reach a quarter already over, which no plan or forecast is of, where the figure's own clause gives no cue; nor a
    // year over (公司预计全年约2000亿美元，2025年全年为1310亿美元).
    if ((modality === 'plan' || modality === 'forecast') && CJK_CLAUSES.test(sentence) && quarterOver(figurePeriod, context)) {
      const comma = Math.max(sentence.lastIndexOf('，', found.start), sentence.lastIndexOf(',', found.start));
      if (comma > 0 && readModality(sentence.slice(comma + 1), found.start - comma - 1, found.end - comma - 1, Boolean(metric.metric.counterparty)) === 'fact') modality = 'fact';
    }
    const pledge = pledgeTo(sentence, found, values, clause, { metric: ownMetric, counterparty, period: figurePeriod, modality });
    for (const owner of [...new Set(sharedBy)]) figures.push({ subject: owner, ...pledge, value, offerStatus, ...(retracted ? { retracted } : {}) });
    read.push({ start: found.start, end: found.end, subject, metric: metric.metric.name, entry: metric.metric, period: figurePeriod, reached: reachedHere, fact: modality === 'fact' });
    previous = { metric, end: found.end, unit: found.value.unit };
    lastByUnit.set(found.value.unit, previous);
  }
  return figures;
}

/**
 * A correction's words before the figure it takes back: "misstated AWS's backlog as $224 billion", "incorrectly reported it as",
 * "An earlier version of this story said the unit's margin was 41%".
 */
const MISSTATED_BEFORE = /\b(?:(?:misstated|misreported|misquoted|incorrectly (?:stated|reported|gave|said|put))\b[^;]{0,60}?\b(?:as|at)|(?:an? )?(?:earlier|previous|original) version of (?:this|the) (?:article|story|report|piece|newsletter|post|summary|digest|brief|note)\b[^;]{0,80}?\b(?:was|were|of|at|as|to be))\s+(?:about\s+|roughly\s+)?$/i;

/**
 * Words that point back to the figure before: "this figure", "the correct figure", "the figure was", "put the figure at", "get that forty percent" (a demonstrative
 * before a percentage, not the "that" of "said that 40% …"), 这一数字, この金額, 2025年実績
 * (the 2025 actual), and a figure told as someone's claim about it (網上流傳的「逾4,640億美元」說法, 网传的“逾4640亿美元”一说).
 */
export const BACK_REFERENCE = /\b(?:this|that|the same|the correct(?:ed)?|(?:this|that|last) (?:year|quarter)['’]s) (?:figure|number|sum|amount)\b|\bthe (?:figure|number) (?:was|is|came to|stood at|were)\b|\b(?:put|puts|putting|pegg?(?:s|ed|ing)?|plac(?:e|es|ed|ing)|sees?|saw|estimat(?:e|es|ed|ing)) (?:the|that) (?:figure|number|total|tally|bill) (?:at|near|around|closer to)\b|(?<!\b(?:said|says|say|saying|shows?|showed|shown|found|finds|estimates?|estimated|expects?|expected|believes?|thinks?|means|meant|noted|notes|reported|reports|added|argues|argued|claims?|claimed|warned|so|such|given|now|and|but)\s)\b(?:that|this) (?=\d+(?:\.\d+)?\s?%|[a-z]+(?:-[a-z]+)? (?:percent|per cent)\b)|(?:这一?|这个|该|此|上述)(?:数字|数据|金额)|(?:この|同)(?:数字|金額)|実績|[说說]法|(?<=[”」』])一[说說]/i;

/**
 * The chip a count of chips counts: one named in the figure ("1 million Trainium2 chips", "half a million of the
 * Trainium2") or right after it (100万颗谷歌TPU芯片, "1 million of Google's TPU chips"), or else the one chip its clause
 * names before it; not the subject itself; null where the count names none ("a million of its own chips").
 */
function countedChip(sentence: string, found: { start: number; end: number }, products: readonly FoundEntity[], subject: string | null, clause: { from: number }): string | null {
  const named = products.find((e) => (e.start >= found.start && e.end <= found.end) || (e.start >= found.end && CHIP_AFTER_COUNT.test(sentence.slice(found.end, e.start))));
  // "to expand its use of Google TPUs to up to one million chips": the one chip its clause names before a count of plain chips.
  const before = products.filter((e) => e.start >= clause.from && e.end <= found.start);
  const chip = named ?? (before.length === 1 && new Set(before.map((e) => e.name)).size === 1 ? before[0] : undefined);
  return chip && chip.name !== subject ? chip.name : null;
}
/** The measures of a bond a tranche has of its own: its size and its coupon. */
const TRANCHE_TERMS = new Set(['bond sale', 'coupon']);
/** A tranche's term, in digits or in words (parseValue.ts): "5-year", "five-year", "forty-year". */
const TERM = String.raw`(?:(?<digits>\d{1,2})|(?<words>${NUMBER_IN_WORDS}))[- ]year`;
/** A tranche's term, then its noun, with no figure between it and the figure it is read for: "five-year notes at ", "The 40-year piece carries a ". */
const TERM_BEFORE = new RegExp(String.raw`\b${TERM}(?:\s+(?:senior|secured|unsecured|fixed-rate|floating-rate|dollar|euro))*\s+(?:notes?|bonds?|tranche|piece|paper|portion|part|maturity)\b[^\d$€£¥]*$|(?<cjk>\d{1,2})\s?年(?:期|債|债|物)[^\d$€£¥]{0,8}$`, 'iu');
/** The same right after a sum: "$3 billion of five-year notes". */
const TERM_AFTER = new RegExp(String.raw`^\s*(?:of\s+)?(?:the\s+|its\s+|new\s+)?${TERM}\b`, 'iu');

/**
 * The term of the tranche the figure at `found` is of ("5-year"), where the words between it and the figures beside it name
 * one, else null: the whole issue's figures name none.
 */
function trancheTerm(sentence: string, found: { start: number; end: number }, values: readonly { start: number; end: number }[], inherit = true): string | null {
  const before = values.filter((v) => v.end <= found.start).at(-1);
  const after = values.find((v) => v.start >= found.end);
  const between = sentence.slice(before?.end ?? 0, found.start);
  const term = TERM_BEFORE.exec(between) ?? TERM_AFTER.exec(sentence.slice(found.end, after?.start ?? sentence.length));
  if (term) return `${term.groups!.digits ?? term.groups!.cjk ?? numberInWords(term.groups!.words!)}-year`;
  // "8年債が35億ドルで利率7.25％", "5年期30亿美元，票面利率7.125%": a coupon told right after its tranche's size is that tranche's.
  return inherit && before && SAME_TRANCHE_BETWEEN.test(between) ? trancheTerm(sentence, before, values, false) : null;
}
/** What may stand between a tranche's size and its coupon: "で利率", "，票面利率", ", with a coupon of". */
const SAME_TRANCHE_BETWEEN = /^(?:で|[，,]\s?)?(?:票面(?:利率|息率)|利率|息率|息票|表面利率|クーポン)(?:は|为|為|が)?\s?(?:年)?$/u;

/** What may stand between a count and the chip it counts: "of Google's", "颗亚马逊", "個の". */
const CHIP_AFTER_COUNT = /^(?:\s?(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s)?|[颗顆个個枚基台块塊]?(?:[\p{Script=Han}]{1,4}的?)?|個の|基の)$/u;

/**
 * A Japanese sentence in which a company says what it expects of its own figures: "マイクロソフトは4～6月期のAzureの伸び率を
 * 37～38%と予想した" — the company that opens the sentence (before は) is the figure's, so its 予想 is its guidance, as
 * 会社予想 is, not the analysts' forecast 予想 alone means ("アナリストは…と予想した", "野村は…と予想した" stay forecasts).
 */
function isOwnCallJa(sentence: string, entities: readonly FoundEntity[], subject: string): boolean {
  const call = JA_OWN_CALL.exec(sentence);
  if (!call) return false;
  const speaker = entities.find((e) => e.kind === 'company' && e.start === 0 && e.end === call[1]!.length);
  return speaker !== undefined && companyGroup(speaker.name) === companyGroup(subject);
}
/** A sentence that opens with who speaks, then は, and ends what it says with と予想 or と見込: "マイクロソフトは…と予想した". */
const JA_OWN_CALL = /^([^、。は]{1,20})は[^。]*?と(?:予想|見込)/u;

/**
 * The words "cloud sales" (or revenue) before a figure, with no other company or sales named after them; not an "AI cloud"
 * or "GPU cloud", a business of its own ("IREN … after reporting that AI cloud revenue of $318.6 million had passed mining").
 */
const CLOUD_SALES_BEFORE = /(?<!\b(?:AI|GPU|HPC)[- ])\bcloud(?:[- ]computing)? (?:sales|revenues?)\b(?![^.;]*\b(?:sales|revenues?)\b)[^.;]*$/;

/** Right after a figure, one of the years its sentence named before it, counted off: "in the first of those years", "in the second", "in the latter". */
const COUNTED_OFF = /^\s*(?:in|for|during)\s+the\s+(first|second|third|former|latter)\b(?:\s+of\s+(?:those|these|the|both)(?:\s+(?:two|three))?\s+years\b)?(?!\s+(?:half|quarter|three|six|nine|months?|fiscal|financial|year|time|round|tranche|phase)\b)/i;
/** Years named together: "2024 and 2025", "2023, 2024 and 2025". */
const YEARS_TOGETHER = /\b(20\d{2})((?:,\s*20\d{2})*),?\s+(?:and|&)\s+(20\d{2})\b/g;

/**
 * "That is more than it spent in 2024 and 2025 put together: $83 billion in the first of those years and $131 billion in the
 * second": the year of the years named together before the figure that its words count off; null where they count none off.
 */
function yearCountedOff(before: string, afterIt: string): string | null {
  const counted = COUNTED_OFF.exec(afterIt);
  if (!counted) return null;
  const named = [...before.matchAll(YEARS_TOGETHER)].at(-1);
  if (!named) return null;
  const years = [named[1]!, ...(named[2] ? named[2].split(',').map((y) => y.trim()).filter(Boolean) : []), named[3]!];
  const which = counted[1]!.toLowerCase();
  const at = which === 'former' ? 0 : which === 'latter' ? years.length - 1 : ({ first: 0, second: 1, third: 2 } as Record<string, number>)[which]!;
  return years[at] ?? null;
}

/** Right after a figure, the time before the one of the figure before it: "the $83 billion the year before". */
const THE_ONE_BEFORE = /^\s*(?:in\s+)?the (?:year|quarter) before\b/i;

/** Right after a clause, a quarter named again with its fiscal year: ", the fourth and final quarter of its fiscal 2026". */
const QUARTER_RENAMED = /^,\s*(?:the|its)\s+(?:(?:first|second|third|fourth)\s+and\s+)?(?:first|second|third|fourth|last|final)\s+quarter\s+of\s+(?:its|the(?:\s+company['’]s)?)\s+(?:fiscal|financial)(?:\s+year)?\s*'?\d{2,4}\b/i;

/**
 * "booked $62.3 billion in the quarter that closed on January 25, the fourth and final quarter of its fiscal 2026", in an
 * article that gives no year: a quarter read without its year (`Q4`) that the words after its clause name again with its
 * fiscal year is that year's quarter (2025-Q4 for Nvidia), where the two are one quarter; else null.
 */
function renamedQuarter(sentence: string, clause: { to: number }, period: string | null, context: PeriodContext, subject: string | null): string | null {
  if (!period || !/^Q[1-4]$/.test(period)) return null;
  const renamed = QUARTER_RENAMED.exec(sentence.slice(clause.to));
  const named = renamed ? parsePeriod(renamed[0].replace(/^,\s*/, ''), sentence, context, subject) : null;
  return named && named.endsWith(`-${period}`) ? named : null;
}

/** Right after a figure, the period its own words open with: "in Q1", "for the second quarter", "during 2025". */
const OWN_PERIOD_AFTER = /^\s+(?:in|for|during)\s/i;

/**
 * "Amazon spent $51.4bn in Q2 after $43.2bn in Q1": a figure set after another of its unit in one clause, its own period
 * right after it, is of that period, not of the first the clause names (`UNDATED_OWN` where the article does not date it:
 * "so $94.6bn for the half"); or null.
 */
function ownPeriodAfter(sentence: string, found: FoundValue, values: readonly FoundValue[], clause: { from: number; to: number }, context: PeriodContext, subject: string | null): string | null {
  if (!values.some((v) => v !== found && v.value.unit === found.value.unit && v.start >= clause.from && v.end <= found.start)) return null;
  const own = sentence.slice(found.end, Math.min(clause.to, values.find((v) => v.start >= found.end)?.start ?? clause.to));
  return OWN_PERIOD_AFTER.test(own) ? ownPeriod(own, sentence, context, subject) : null;
}
/** The quarter or the year before `period` (`2026-Q1` → `2025-Q1` a year back, `2025-Q4` a quarter back; `2026` → `2025`), or null. */
function beforeBy(period: string, step: 'quarter' | 'year'): string | null {
  if (/^\d{4}-Q[1-4]$/.test(period)) return quarterBefore(period, step === 'year' ? 4 : 1);
  return step === 'year' && /^\d{4}$/.test(period) ? String(Number(period) - 1) : null;
}

/**
 * A sentence that opens on a time a year before the one it tells of: "A year earlier, …", "Twelve months ago, …", "In the
 * year-ago quarter, …". (去年同期，… and 前年同期は… stand in their figure's own clause, where `ownPeriod` reads them.)
 */
const YEAR_BEFORE_OPENING = /^[\s"“‘']*(?:(?:(?:a|one) year|twelve months|12 months) (?:earlier|ago|before)|in the (?:year-ago|year-earlier|prior-year) (?:quarter|period)|in the same (?:quarter|period) (?:a year (?:earlier|ago)|of the (?:previous|prior) year|last year)|(?:去年|上年)同期|前年同期(?:に?は|に))\s*[,，、]/i;
/** Words of a clause that name its year, or a time of its own: "of 2024", "FY25", "this year", "now", 今年. */
const OWN_YEAR_OR_TIME = /\b(?:19|20)\d{2}\b|['’]\d{2}\b|\bFY\s?'?\d{2}|\b[1-4]Q\s?'?\d{2}\b|\bQ[1-4]\s?'?\d{2}\b|\bfiscal\s+(?:year\s+)?'?\d{2}\b|\b(?:this|last|next) (?:fiscal |calendar )?(?:year|quarter)\b|\b(?:now|today|currently)\b|(?:19|20)\d{2}\s*年|今年|去年|明年|昨年|来年|本年|现在|現在|目前/i;

/**
 * The period of a figure whose sentence opens on a time a year before the one it tells of (`YEAR_BEFORE_OPENING`) and whose
 * own clause dates it without its year: "A year earlier, AWS had posted operating income of $10.4 billion in the third
 * quarter", written in October 2025, is the third quarter of 2024, not the one the article reports. A clause that names its
 * year ("in the third quarter of 2024") or a time of its own ("now"), one after a semicolon, and a period the opening words
 * gave themselves ("A year earlier, the unit grew 17%") are left as read; null then.
 */
function yearBeforeOpening(sentence: string, clause: { from: number }, found: { start: number }, clauseText: string, period: string | null, context: PeriodContext, subject: string | null): string | null {
  const shifted = period ? /^(FY)?(\d{4})(-[QH][1-4])?$/.exec(period) : null;
  if (!shifted) return null;
  const opening = YEAR_BEFORE_OPENING.exec(sentence);
  if (!opening || clause.from < opening[0].length - 1 || sentence.slice(opening[0].length, found.start).includes(';') || OWN_YEAR_OR_TIME.test(clauseText)) return null;
  if (parsePeriod(clauseText, sentence, context, subject) !== period) return null;
  return `${shifted[1] ?? ''}${Number(shifted[2]) - 1}${shifted[3] ?? ''}`;
}

/** A time said against the figure pointed back to: "the quarter before", "a year earlier", "the prior quarter", "six months ago". */
const BEFORE_THAT = /\b(?:(?:the|a|one) (quarter|year) (?:before|earlier|prior)|the (?:prior|previous|preceding) (quarter|year)|(three|six|nine) months (?:before|earlier|prior|ago))\b/i;

/**
 * "$62.3 billion in the January quarter. … Up from $51.2 billion the quarter before.": the period a quarter (or a year) before
 * `period`, the one of the figure pointed back to, where the sentence says so; else null.
 */
function beforeThat(sentence: string, period: string | null): string | null {
  const said = period ? BEFORE_THAT.exec(sentence) : null;
  if (!said) return null;
  // "Six months ago it was $200 billion", after the quarter's $244 billion: two quarters before that one.
  if (said[3]) return /^\d{4}-Q[1-4]$/.test(period!) ? quarterBefore(period!, MONTHS_IN[said[3].toLowerCase()]! / 3) : null;
  const year = (said[1] ?? said[2])!.toLowerCase() === 'year';
  if (/^\d{4}-Q[1-4]$/.test(period!)) return quarterBefore(period!, year ? 4 : 1);
  return year && /^\d{4}$/.test(period!) ? String(Number(period) - 1) : null;
}

/**
 * Where the words that may date a figure end: at the clause of the next figure, whose own period it is ("Alphabet has
 * guided to $175 billion to $185 billion, about double its 2025 outlay of $91.4 billion": 2025 is the outlay's, not the
 * guidance's; "Meta expects $115 billion, against $72.2 billion last year").
 */
function ownWordsEnd(sentence: string, values: { start: number; end: number }[], found: { end: number }, clause: { to: number }): number {
  const next = values.find((v) => v.start >= found.end);
  return next ? Math.max(clause.to, clauseAround(sentence, next.start, next.end).from) : sentence.length;
}

/** A sentence that opens by giving the figure before as a range: "That is a range of", "That's a band of". */
const RANGE_RESTATED = /^\s*(?:that|this|which)(?:['’]s|\s+is|\s+was|\s+means|\s+implies|\s+would be)\s+(?:a\s+)?(?:range|band|spread)\s+of\s+(?:between\s+)?\S{0,4}$/i;

/** Where the clause before a figure's clause opens (the sentence's start for its first clause): its measure's words may stand there. */
const openerOf = (sentence: string, clause: { from: number }): number => (clause.from > 0 ? clauseAround(sentence, clause.from - 1, clause.from - 1).from : clause.from);

/** Words after a figure that compare it with something: "…, well above last year", "against $72.2 billion". */
const COMPARED_AFTER = /\b(?:above|below|than|from|versus|vs\.?|compared|against)\b/i;

/**
 * The figures of a sentence that names no metric but points back to a figure before it
 * ("Last quarter, this figure was $35.2 billion", 上一财季，这一数字为352亿美元): each figure is
 * another figure of the metric of the last figure `before` it in its unit — of the company the
 * sentence names, else of that figure's — in its clause's own period, else the sentence's, else that figure's.
 * The caller has found `BACK_REFERENCE` in the sentence.
 */
export function readBackReference(sentence: string, before: Figure[], context: SentenceContext): Figure[] {
  // Not a company named after a figure in a clause of condition or time ("north of $464B once the OpenAI contract is counted").
  // Nor one named in a clause of cause after the figures ("…was 73.1%, as early Rubin production costs weighed").
  const conditioned = (e: FoundEntity) => (SUBORDINATE.test(sentence.slice(0, e.start)) || CAUSE_CLAUSE.test(sentence.slice(0, e.start))) && findValues(sentence.slice(0, e.start), bareYenOf(sentence)).length > 0;
  const named = findEntities(sentence, context.fallbackSubject).find((e) => e.kind !== 'group' && !conditioned(e))?.name;
  const values = findValues(sentence, bareYenOf(sentence));
  const pointer = BACK_REFERENCE.exec(sentence);
  return values.flatMap((found) => {
    // The figure pointed back to is the last one before in this unit: "capex was $37.5B, up nearly 50%. Last quarter, this figure was $35.2B" is the capex.
    // 截至3月末…为2440亿美元，较去年9月末的2000亿美元明显增加。…“超过4640亿美元”的说法: the figure of the latest period, not the one it was compared with.
    const last = before.findLast((f) => f.value.unit === found.value.unit);
    // In an article that never says its year, the figure of the quarter it reports on (截至3月末 in a story on the first quarter).
    const ofLastMetric = (f: Figure) => f.value.unit === last?.value.unit && f.metric === last.metric;
    const reported = context.articleQuarter ? before.find((f) => ofLastMetric(f) && f.period !== null && /^Q[1-4]$/.test(f.period) && (context.articleQuarter === f.period || context.articleQuarter!.endsWith(`-${f.period}`))) : undefined;
    // "The data-center business generated $93.8 billion, 83% more than the $51.2 billion of a year ago and 12% more than the
    // $83.5 billion it booked in the July quarter. Analysts had expected $88.1 billion.": an undated fact the sentence's dated
    // figures of its measure are compared with is the news, of the quarter the article reports, whatever quarters they name.
    const lead = before.find(ofLastMetric);
    const news = lead?.modality === 'fact' && lead.period === null ? lead : undefined;
    const previous = news ?? before.reduce<Figure | undefined>((at, f) => (ofLastMetric(f) && /^\d{4}-Q[1-4]$/.test(f.period ?? '') && (at?.period ?? '') < f.period! ? f : at), undefined) ?? reported ?? last;
    if (!previous) return [];
    // 網上流傳的「逾4,640億美元」說法，亞馬遜未有確認: the company that answers for its unit's figure leaves it the unit's.
    // "Whether customers outside Anthropic get that forty percent": a figure pointed at with "that" is the one before, restated.
    // "… about $14.2 billion, plus or minus $300 million. That is a range of $13.9 billion to $14.5 billion": the figure before, as a range.
    const restated = (pointer !== null && pointer.index + pointer[0].length === found.start) || RANGE_RESTATED.test(sentence.slice(0, found.start));
    const subject = named && !restated && !(previous.subject && companyGroup(previous.subject) === named) ? named : previous.subject;
    // "That compares with $131 billion in 2025 and $83 billion in 2024": each figure's own clause first.
    const clause = clauseAround(sentence, found.start, found.end);
    // A figure restated is as sure as the one it restates, where its own words say nothing else.
    const read = readModality(sentence, found.start, found.end, Boolean(previous.metric.counterparty));
    const modality = restated && read === 'fact' ? previous.modality : read;
    // "Alphabet has guided to $175 billion, about double its 2025 outlay. Meta expects $115 billion.": a plan that names no
    // period of its own is of the plan before it, not of the actual that plan was compared with.
    const alike = before.findLast((f) => f.value.unit === found.value.unit && f.metric === previous.metric && f.modality === modality) ?? previous;
    // "For the June quarter they guided to thirty-seven to thirty-eight percent", in May: the June quarter to come.
    const periodContext = periodContextOf(context, modality);
    // An undated figure before is of the quarter the article reports (as merging dates it): "six months ago" counts back from it.
    const period = restated ? previous.period : beforeThat(sentence, previous.period ?? context.articleQuarter) ?? yearCountedOff(sentence.slice(0, found.start), sentence.slice(found.end, clause.to)) ?? parsePeriod(sentence.slice(clause.from, clause.to), sentence, periodContext, subject) ?? parsePeriod(sentence.slice(0, ownWordsEnd(sentence, values, found, clause)), sentence, periodContext, subject) ?? alike.period;
    // "On a trailing-twelve-month basis AWS is now a $137.1 billion business": the measure its own words name, in its clause
    // and an opening one of no figure ("Over the first nine months they totaled $150.7 billion, and Amazon still expects
    // about $215 billion for all of 2026": the second sum is no sum to date).
    const opener = openerOf(sentence, clause);
    const words = sentence.slice(values.some((v) => v.start >= opener && v.end <= clause.from) ? clause.from : opener, clause.to);
    const metric = withMeasure(carriedMeasure(previous.metric, words, sentence), found.value.unit, words);
    // "The new full-year band is narrower than the $115bn–$135bn Meta laid out in January": a flow told as a range is guidance
    // (one compared with a period after it, "well above last year", is left as read: that period is not its own).
    const ranged = modality === 'fact' && metric.overPeriod && isFlowRange(found) && !COMPARED_AFTER.test(sentence.slice(found.end)) ? 'plan' : modality;
    return [{ subject, metric, counterparty: previous.counterparty, value: found.value, period, modality: ranged, offerStatus: modality === 'offer' ? offerStatusOf(sentence) : null }];
  });
}
