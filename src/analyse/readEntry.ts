/**
 * Reads a timeline entry as the claims' reader reads a sentence: the companies and products it
 * names, its metric and figures, the act it tells, whether it is called off, the places and
 * parties of its deal, and the words and tokens it is indexed by (`About`). mergeTimeline.ts
 * judges from these which entries of a month are one event.
 */
import type { Value } from '../schemas.ts';
import { findEntities, findMetrics, unknownSubject, type FoundEntity, type FoundMetric } from './entities.ts';
import { findValues, MONEY_UNITS } from './parseValue.ts';
import { companyGroup, ENTITIES } from './vocabulary.ts';
import { memoByText } from '../memoByText.ts';
import { generationNamed, inReaderWords } from './inOtherWords.ts';
import { ACTIONS, isCalledOff, isCharge, isMarkPassed, isPerUnit, isRunningTotal, isShareOfRound, isValuation, stageOf, tieOf } from './entryActs.ts';
import { inSpans, yardstickSpans } from './comparedWith.ts';
import { regionsNamed } from './cloudRegions.ts';
import { placesNamed } from './places.ts';
import { nameSounds } from './nameSounds.ts';
import { latinSubject, plaintiffOf, possessorsOf, strangerSubject, unknownNames, unknownParties } from './entryParties.ts';
import { unknownLaunched, unknownOnSale } from './entryProducts.ts';
import { kindSubjectOf } from './kindSubjects.ts';
import { jobsCut } from './jobsCut.ts';
import { TOWNS } from './epithets.ts';
import { readFigures } from './readFigures.ts';
import { plainText } from './extractClaims.ts';

/** What an entry is about, as the claims' reader reads it. */
export interface About {
  /** The companies it names, each as its group (AWS is Amazon's). */
  companies: Set<string>;
  /** The companies its subject may be where it calls it by its kind and home town ("The San Francisco lab"): none of another kind or town. */
  subjects: Set<string>;
  /** The numbered products it names (Trainium2); a family named alone ("its next-generation Trainium chip") is in `families`. */
  products: Set<string>;
  /** The product families it names, its numbered products' and those named alone (Trainium). */
  families: Set<string>;
  /** Its metric, as an event is about it: any figure of a company's results is its results. */
  metrics: Set<string>;
  values: Value[];
  /** The sums it names as one investor's part of a funding round ("pours up to $30bn into its new funding round"): held by a round's total, never compared as one. */
  part: Value[];
  /** The company's worth it names ("at a $183 billion valuation"): compared only with other valuations, never with a deal's sum. */
  worth: Value[];
  action: string | null;
  /** The generations it names: of its product (Trainium2 is 2), or said alone ("Gen-two accelerators"). */
  generations: Set<number>;
  cancelled: boolean;
  /** Whether it tells its act as planned ("plans a bond sale") or as done ("completes its bond sale"), or neither. */
  stage: 'planned' | 'done' | null;
  /** The tie between two companies it tells: a stake bought or a partnership ('equity', 'cooperation'), or null. */
  tie: 'equity' | 'cooperation' | null;
  /** The cloud regions it names by their places ("its Singapore region", ap-southeast-1). */
  regions: Set<string>;
  /** The countries and US states it names as where its event is ("in UK AI infrastructure", "Pennsylvania data centers"). */
  places: Set<string>;
  /** The company that brings the suit it tells, where it tells one ("xAI sues OpenAI", "a lawsuit filed by xAI"), as its group. */
  plaintiff: string | null;
  /** Whether it is about a facility: a data centre, a computing cluster, a campus, a supercomputer (数据中心, データセンター). */
  facility: boolean;
  /** The parties of its deal the vocabulary does not know ("a cloud deal with IREN", "to acquire Ampere"). */
  strangers: Set<string>;
  /** Every name it gives that the vocabulary does not know: those parties, the name it opens with, a chip's code ("B30A"). */
  names: Set<string>;
  /**
   * Whether it tells a facility, or one switched on, of two companies, one building or running it for the other
   * ("亚马逊为Anthropic打造的雷尼尔集群投入使用"), not side by side ("Amazon and Microsoft both switch on Indiana clusters"):
   * the two are one event's parties, its owner and its tenant.
   */
  bridges: boolean;
  /** How the names it gives that the vocabulary does not know sound, in Latin letters or katakana ("Kinneret", キネレット): `nameSounds`. */
  sounds: Set<string>;
  /** The name the vocabulary does not know that it opens with as its subject ("Tidewater discloses …"), or null. */
  opener: string | null;
  /** The names the vocabulary does not know that it gives with a possessive ("Blue Owl's proposal"): whose offer it turns down. */
  possessors: Set<string>;
  /**
   * What each figure of a company's results measures, as the claims' reader reads it (`Azure|revenue growth`), where it
   * tells its results; null for any other entry. Two outlets of one earnings release pick other figures ("revenue of $77.7
   * billion, up 18%", "Azure growth of 40%"): only figures of one measure can disagree. Read when first asked for, as
   * only two results entries of one company are compared so.
   */
  reported: (() => ReportedFigure[]) | null;
  /** Whether it tells a quarter's figures ("March-quarter capex", "fiscal third-quarter results", 1至3月资本支出), not a call held in a quarter. */
  quarter: boolean;
  /** Whether it tells hearsay: "Reports say …", "is said to be in talks", 有消息称, 外媒报道, 検討と伝わる. */
  hearsay: boolean;
  /** Whether it tells its company raising money ("raises $13 billion", "secures fresh funding", シリーズBで約200億円を調達, 資金を確保, 完成融资). */
  raised: boolean;
  /** Whether it tells its company moving its own spending target, plan or budget ("lifts its three-year AI investment target", 上调AI投入目标, 投資目標を上方修正). */
  retargeted: boolean;
  /** The roles of the executives it names ("AI chief" is `AI`, "chief financial officer" `financial`, "CEO" `executive`), lower-cased. */
  roles: Set<string>;
  /** Whether it tells a joint venture formed ("set up a joint venture", 成立合资公司, 合弁会社を設立): a new company of its own, named by its parties. */
  venture: boolean;
  /** Whether it tells one month's figures ("October sales", "monthly revenue", 10月營收, 10月の売上高), as Taiwan's makers report them. */
  month: boolean;
  words: Set<string>;
  /** What it is indexed by when clustering: its products, metrics, companies and words, each marked by its kind. */
  tokens: string[];
}


/** A product's family: Trainium3's is Trainium, Maia 200's Maia; null for a product not numbered within a family. */
const familyOf = (name: string): string | null => {
  const family = name.replace(/\s?\d+$/, '');
  return family !== name && PRODUCT_NAMES.has(family) ? family : null;
};
export const PRODUCT_NAMES = new Set(ENTITIES.filter((e) => e.kind === 'product').map((e) => e.name));
/** Families with numbered members, named alone: "its next-generation Trainium chip" says which family, not which generation. */
const FAMILIES = new Set([...PRODUCT_NAMES].flatMap((name) => familyOf(name) ?? []));
/** A numbered product's generation: the digit after its family's name (Trainium2, Graviton4; not H100). */
const GENERATION_OF = /[a-z](\d)$/i;
/**
 * A product's name with its number written against it (Graviton5, Maia200; in capitals, a model number of two digits or
 * more, MI450, but not a series of them, "the MI350 series") or after a hyphen, as model makers number their releases
 * (GPT-5, GPT-4.5, GPT-4o): not Q3, FY26, a year, a memory standard (HBM4, DDR5), Apple's A16, nor a form's or a visa's
 * letter (S-1, H-1B).
 */
const NUMBERED_NAME = /\b(?:[A-Z][a-z]{2,}\d{1,3}[a-z]?|(?!(?:FY|CY|FQ)\d)[A-Z]{2,3}\d{2,4}[A-Za-z]?(?!\s+(?:series|family|line(?:-?up)?)\b)|[A-Z][A-Za-z]+-\d{1,2}(?:\.\d)?[a-z]?)\b(?![.,]?\d|%)/g;
/** A deal's noun after a metric's phrase: the phrase says what the deal is for ("a capacity pact", "a compute arrangement", "a compute lease", "a capacity purchase"). */
const DEAL_NOUN_AFTER = /^[- ](?:pacts?|deals?|contracts?|agreements?|accords?|arrangements?|partnerships?|leases?|purchases?)\b/i;
/** A percentage that is a share of something or a stake, not a rate of growth. */
const SHARE_OF = /\d\s?(?:%|％|per ?cent|percent)\s+(?:of|stake|share|holding|owner)|\bstake\b/i;
/**
 * Index keys of a sum of money, so that entries that share no word (two languages) but name one sum meet:
 * two keys on a scale of steps of 25%, offset by half a step, so two sums within 10% of each other share one.
 */
const SUM_STEP = Math.log(1.25);
const sumTokens = (value: Value): string[] => {
  if (!MONEY_UNITS.includes(value.unit) || !(value.amount > 0)) return [];
  const at = Math.log(value.amount) / SUM_STEP;
  return [`$${value.unit}${Math.floor(at)}`, `$${value.unit}${Math.floor(at + 0.5)}.5`];
};
const STOP = new Set('a an the and or of to in on at for by with from its it as is are was were be this that into than new first'.split(' '));

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}$:.-]+/gu)?.map((w) => w.replace(/[.:-]+$/, '')).filter((w) => w.length > 1 && !STOP.has(w)) ?? []);

/**
 * A quarter whose figures an entry tells: "first-quarter", "March-quarter", "February-quarter" (a fiscal one), "Q3", "the January–March period", "three months
 * to March", "quarterly"; 一季度, 截至2月的季度, 第三财季, 1至3月, 1〜3月期, 四半期 — not a call or a conference held in one ("on its fourth-quarter call").
 */
const QUARTER_TOLD = /(?:\b(?:(?:first|second|third|fourth|January|February|March|April|May|June|July|August|September|October|November|December|holiday)[- ]quarter|quarterly|Q[1-4](?:FY\d\d)?|(?:January|April|July|October)\s?(?:[-–—]|to)\s?(?:March|June|September|December)|three months (?:to|ended|ending))\b|季度|[财財]季|第[一二三四1-4](?:會計|会计)?季|(?<!\d)(?:1|4|7|10)\s?(?:至|到|[-~〜～])\s?(?:3|6|9|12)\s?月|四半期)(?!\s*(?:earnings |results |conference |investor )?(?:call|conference|webcast))/i;

/**
 * A company raising money for itself: "raises $13 billion", "raises fresh capital", "secures new funding", "closes a Series F",
 * "closes the largest private raise in its history", "has completed its biggest fundraising", "banks fresh equity", "says investors
 * have committed $18 billion", シリーズBで約200億円を調達, 資金を確保, 大型増資の完了, 完成新一轮融资, 融资完成 (not "raises its capex forecast", nor money raised for another: that names two companies).
 */
const RAISED = /\b(?:rais(?:es|ed|ing)\s(?:about\s|around\s|roughly\s|nearly\s|some\s)?(?:[$€£¥]|\d|fresh|new|more|capital|funds|money|funding|financing|equity)|(?:secur|bank)(?:es|ed|ing|s)?\s(?:[\w-]+\s)?(?:funding|financing|capital|equity|cash)|(?:clos|complet|finish|wrap(?:ping|ped|s)? up)(?:es|ed|ing|e|s)?\s(?:an?|its|the)\s(?:[$\w.-]+\s){0,3}?(?:Series [A-H]|(?:funding|financing|private|equity) (?:round|raise)|fundraising|raise)|investors (?:have |had )?(?:committed|pledged|put in|poured in)\b)|(?:資金|[億万兆](?:円|ドル|ユーロ|ポンド|元)|億?ユーロ)を?(?:調達|確保)|\b(?:announc|unveil)(?:es|ed|ing|e|s)?\s(?:an?|its|the)\s(?:[$\w.-]+\s){0,3}?Series [A-H]\b|増資(?:を|の)?(?:完了|実施|実行)|(?:完成|获得|獲得)[^，。,]{0,8}?(?:融资|融資)|(?:融资|融資)(?:完成|落定|到位|完畢|完毕)/i;

/**
 * A company raising or cutting its own target, plan, budget or guidance: "lifts its three-year AI investment target", "enlarges the
 * AI budget", "announces a bigger AI investment plan", 上调AI投入目标, 投入目标提高至, 投資目標を上方修正.
 */
const RETARGETED = /(?:\b(?:rais|lift|boost|increas|enlarg|expand|bump|hik|lower|cut|trim|reduc|slash|up)(?:e|es|ed|ing|s|ting|ped|ping)?\s(?:[\w'’-]+\s){0,5}?(?:targets?|goals?|plans?|budgets?|pledges?|outlook|forecasts?|guidance)\b|\b(?:bigger|larger|higher|increased|raised|expanded|enlarged|lower|smaller|reduced|trimmed)\s(?:[\w'’-]+\s){0,3}?(?:targets?|goals?|plans?|budgets?|pledges?)\b|(?:上调|上調|调高|調高|提高|下调|下調|调低|調低)[^，。,]{0,10}?(?:目标|目標|计划|計劃|預算|预算|指引)|(?:目标|目標|计划|計劃|預算|预算|指引)[^，。,]{0,6}?(?:上调|上調|调高|調高|提高|下调|下調|调低|調低)|(?:目標|計画|予算|見通し)を?(?:上方修正|下方修正|引き上げ|引き下げ))/i;

/** The words of a report of results: "results", "numbers", "earnings", 财报, 业绩, 決算. */
const RESULTS_NOUN = /\b(?:results|numbers|earnings|figures|report|print|profits?)\b|财报|財報|季报|季報|业绩|業績|決算/i;
/** A quarter's report named in Chinese by its number: 三季报, 第三季度财报 (QUARTER_TOLD names the quarter of the others). */
const QUARTER_REPORT_CJK = /(?:[一二三四1-4]|第[一二三四1-4])季(?:报|報)|(?:[一二三四1-4]|第[一二三四1-4])(?:季度|财季|財季)(?:财报|財報|业绩|業績)/;

/** Acts a results report is told with: announcing or releasing it, and the spending it previews. */
const REPORTING_ACTS = new Set(['announce', 'launch', 'invest']);
/**
 * A company's full-year forecast kept or moved, which it does with its results: "holds to its full-year profit forecast",
 * 通期計画を据え置く, 維持全年目標, 上调全年指引 — the results report, however each outlet tells it.
 */
const FULL_YEAR_GUIDANCE_MOVED = /\b(?:holds?|held|keeps?|kept|stands? by|stood by|maintains?|maintained|reaffirms?|reaffirmed|reiterates?|reiterated|sticks? to|stuck to|raises?|raised|lifts?|lifted|cuts?|lowers?|lowered|trims?|trimmed)\s+(?:to\s+)?(?:its|their)\s+(?:full[- ]year|annual|fiscal[- ]year)\s+(?:[\w-]+\s+){0,2}?(?:forecasts?|guidance|outlook|targets?)\b|通期(?:の)?(?:業績)?(?:計画|予想|見通し)を?(?:据え置|維持|上方修正|下方修正|引き上げ|引き下げ)|(?:维持|維持|上调|上調|下调|下調|调高|調高|调降|調降)(?:全年|全年度)[^，。,]{0,6}?(?:目标|目標|指引|预测|預測|财测|財測|展望)/i;
/** Hearsay told as such in an entry: "Reports say", "reportedly", "is said to", "word leaks", 有消息称, 传, 外媒报道, と伝わる, と報じられる. */
const HEARSAY = /\b(?:reports? (?:say|suggest|indicate)|reportedly|(?:is|are|was|were) (?:said|reported|rumou?red) to|word (?:leaks|spreads|emerges|is)|people (?:familiar|briefed)|sources say|rumou?rs? (?:swirl|say|that))\b|有消息称|有消息稱|消息人士|知情人士|据报道|據報導|外媒(?:报道|報導|曝出|援引|称|稱)|^传|^傳|と伝わる|と伝えられ|と報じ(?:られ|た)|と報道|関係者によると/i;
/** Results said to be reported, in so many words: "reports third-quarter results", "unveils its July–September earnings", 发布第一财季业绩, 7～9月期決算を発表. */
const RESULTS_REPORTED = /\b(?:reports?|reported|posts?|posted|releases?|released|announces?|announced|unveils?|unveiled|publish(?:es|ed)?)\s+(?:its\s+|an?\s+)?(?:[\w–-]+\s+){0,3}(?:results|earnings|numbers|revenue|profits?)\b|(?:发布|公布|發布)[^，。,]{0,14}(?:业绩|業績|财报|財報|季报|季報)|決算を(?:発表|公表)/i;
/** A half year's report: "reports interim earnings", "posts a first-half profit", 中間決算. */
const HALF_TOLD = /\b(?:interim|half-year(?:ly)?|first-half|second-half|first half|second half)\b|中間決算|上半期/i;
/**
 * A period reported, which is its results: "AVGO reports its fiscal fourth quarter", "Microsoft reports Q1 FY2027", "Digital
 * Realty posts record third-quarter leasing", "reports record quarterly bookings".
 */
const REPORTS_PERIOD = /\b(?:reports?|reported|posts?|posted|releases?|released)\s+(?:its\s+)?(?:[\w-]+\s+){0,3}(?:(?:\w+-)?quarter(?:ly)?\b|(?:F?Q[1-4]|[1-4]Q(?:\d{2})?)(?:\s+(?:FY\s?|fiscal\s+)?\d{2,4})?(?=\s*(?:[.,;:!]|$)))/i;

/** Results told by how they met the market's view: "Alibaba beats cloud forecasts", "misses estimates", 业绩超预期, 予想を上回る決算. */
const BEATS_FORECASTS = /\b(?:beats?|beat|tops?|topped|misses|missed|miss|falls short of|fell short of)\s+(?:[\w'’-]+\s+){0,3}?(?:forecasts?|estimates?|expectations|consensus|the Street)\b|\bbeats? and raises\b|(?:业绩|業績|营收|營收|获利|獲利|盈利|净利|淨利)[^，。,]{0,6}(?:(?:超|不及)(?:预期|預期)|(?:优于|優於|好于|好於|低于|低於)(?:市场|市場)?(?:预期|預期))|(?:予想|市場予想)を(?:上回|下回)/i;

/** A report timed by the market's hours, which is results: "Snowflake reports after the close", "reports before the bell". */
const REPORTS_AROUND_TRADING = /\breports?\s+(?:(?:its\s+)?(?:results|earnings|numbers)\s+)?(?:after|before)\s+the\s+(?:market['’]?s?\s+)?(?:close|open|opening bell|closing bell|bell)\b/i;
/** A report that opens the season of reports, which is results: "TCS kicks off the earnings season", "opens the results season". */
const OPENS_SEASON = /\b(?:kicks?|kicked|starts?|started|opens?|opened|gets?)\s+(?:off\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:earnings|results|reporting)\s+season\b/i;

/** A month's sales told as a record: "TSMC books a second consecutive record month" (its results, `MONTH_TOLD`). */
const RECORD_MONTH_WORDS = 'record (?:sales )?month';
const RECORD_MONTH = new RegExp(String.raw`\b${RECORD_MONTH_WORDS}\b`, 'i');
/** The months by name, January first. */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * One month's figures: "October revenue", "its monthly sales", 10月營收, 10月份营收, 10月の売上高 (not a span of months, 1至3月營收, "July–September revenue", a quarter's).
 */
const MONTH_TOLD = new RegExp(String.raw`\b(?:monthly (?:sales|revenue|results)|${RECORD_MONTH_WORDS}|(?<![-–—]\s?|\bto\s|\bthrough\s)(?:${MONTHS.join('|')})(?:['’]s)? (?:sales|revenue))\b|(?<![\d至到~〜～\-–]\s?)(?:1[0-2]|[1-9])\s?月(?:份)?(?:的|の)?(?:合併|合并|連結)?(?:營收|营收|營業收入|营业收入|売上高?)`, 'i');

/** Two months said as a span: 9～11月期, 9月至11月, "September–November", "the September to November period". */
const MONTH_SPAN = new RegExp(String.raw`(?<!\d)(1[0-2]|[1-9])\s?月?\s?(?:至|到|[-~〜～])\s?(1[0-2]|[1-9])\s?月|\b(${MONTHS.join('|')})\s?(?:[-–—]|to)\s?(${MONTHS.join('|')})\b`, 'gi');
const monthOf = (said: string) => (/^\d/.test(said) ? Number(said) : MONTHS.indexOf(said.toLowerCase()) + 1);
/** Whether a text names three months as one span, a quarter of any fiscal year: オラクル、9～11月期決算 (Oracle's fiscal second quarter). */
const quarterSpanned = (text: string) => [...text.matchAll(MONTH_SPAN)].some((m) => (monthOf(m[2] ?? m[4]!) - monthOf(m[1] ?? m[3]!) + 12) % 12 === 2);

/**
 * A company closing its fiscal year, which tells its results: "closes its fiscal year with another record", "wraps up fiscal
 * 2026 with a new high", "rounds off its fiscal year", "the fiscal-year close puts Azure at the top", 财年收官 (the year's last quarter reported).
 */
const YEAR_CLOSED = /\b(?:(?:clos(?:es|ed|ing)|wraps? up|wrapped up|rounds? off|rounded off|ends|ended|finish(?:es|ed))\s+(?:out\s+)?(?:(?:its|the|their)\s+)?fiscal(?:[- ]year|\s+20\d\d)|fiscal[- ]year(?:['’]s)?\s+close)\b|(?:财年|財年)收官/i;

/** A facility named: "data centres", "a 1-gigawatt computing cluster", "its Fairwater site", "a supercomputer", 数据中心, 算力集群, データセンター. */
const FACILITY = /\b(?:data[- ]?cent(?:er|re)s?|datacent(?:er|re)s?|clusters?|superclusters?|campus(?:es)?|supercomputers?|superfactor(?:y|ies)|server (?:farms?|halls?)|(?:AI|computing|compute|GPU|data|server) (?:sites?|hubs?|complex(?:es)?|facilit(?:y|ies)))\b|数据中心|數據中心|資料中心|算力中心|智算中心|超算中心|集群|データセンター|計算(?:基盤|拠点)|スパコン/i;

/** Read with no article around it: an entry names its company and its quarter itself. */
/** An executive's role: "its AI chief", "design chief", "head of its chip business", "chief operating officer", "CEO", "co-CEOs". */
const ROLE = /\b(?:(?<chief>CEOs?|co-CEOs?|(?:co-)?chief executives?)|chief (?<officer>[a-z]+) officer|(?<![\w'’-])(?<what>AI|[a-z]+) (?:chief|head|boss)|head of (?:(?:its|the|their) )?(?<of>[\w-]+))\b/g;
/** Words before "chief" that are no role: "its chief", "the new chief", "former chief". */
const NO_ROLE = new Set(['its', 'the', 'their', 'new', 'former', 'interim', 'acting', 'co', 'deputy', 'executive', 'longtime', 'then', 'a', 'an', 'as']);
/** The roles an entry names, each as one word: "Apple's AI chief" is `ai`, "finance chief" `finance`, "interim co-CEOs" `executive`. */
function rolesNamed(text: string): Set<string> {
  const roles = new Set<string>();
  for (const m of text.matchAll(ROLE)) {
    const { chief, officer, what, of } = m.groups!;
    const role = chief ? 'executive' : (officer ?? what ?? of)!.toLowerCase();
    if (chief || officer || !NO_ROLE.has(role)) roles.add(role);
  }
  return roles;
}

/** A joint venture: "a joint venture", "JV", 合资公司, 合資公司, 合弁会社. */
const JOINT_VENTURE = /\bjoint[- ]ventures?\b|\bJVs?\b|合资|合資|合弁/;

const NO_CONTEXT = { fallbackSubject: null, articleQuarter: null, articleYear: null };
/** A figure of a company's results, with what it measures: its company or unit and its metric ("Azure|revenue growth"). */
export interface ReportedFigure {
  measure: string;
  value: Value;
  period: string | null;
}
/** A results entry's figures as the claims' reader reads them, with no article around it (each text read once). */
const figuresOfEntry = memoByText((text: string) => readFigures(text, NO_CONTEXT));
/** The figures of a results entry, each with what it measures. */
const reportedFigures = (text: string): ReportedFigure[] =>
  figuresOfEntry(text).flatMap((f) => (f.modality === 'fact' ? [{ measure: `${f.subject ?? ''}|${f.metric.name}`, value: f.value, period: f.period }] : []));
/**
 * The figures a results entry gives that are no result: the guidance it gives for a period to come ("posts fiscal Q2 and
 * steers Q3 revenue to about $99 billion", 给出第三财季约990亿美元的营收指引) or beat ("beats the ~$88bn guide"). One
 * report told by its guidance and by its revenue names two sums that do not disagree.
 */
const guidanceOf = (text: string): Value[] => figuresOfEntry(text).flatMap((f) => (f.modality === 'plan' || f.modality === 'forecast' ? [f.value] : []));

/**
 * What a result is put down to: "posts a first-half profit lifted by its OpenAI stake", "revenue beats, thanks to data-centre
 * chips". What lies after it in its clause is the cause, not what the entry is about (the stake is no investment of the month).
 */
const CAUSE = /\b(?:(?:lifted|boosted|buoyed|driven|helped|propelled|powered|fuell?ed|dragged(?: down)?|weighed(?: down)?|hurt|hit) by|thanks to|on the back of)\b/i;
/** Where the clause that holds `at` ends: its next semicolon or full stop, or the text's end. */
const clauseEnd = (text: string, at: number): number => {
  const end = text.slice(at).search(/[;.。；]/);
  return end < 0 ? text.length : at + end;
};

/** "power" as a verb after "to", "will", "would": "picks Google's Gemini models to power Siri" measures no power capacity. */
const POWER_VERB_BEFORE = /\b(?:to|will|would|could|help|helps|helping)\s+$/i;
const isPowerVerb = (text: string, m: FoundMetric) => /^power$/i.test(text.slice(m.start, m.end)) && POWER_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));

/** The rows of ACTIONS that tell an agreement. */
const PARTNER_ROWS = ACTIONS.filter(([act]) => act === 'partner').map(([, pattern]) => pattern);
/**
 * The kind of act an entry tells: the first row of ACTIONS that matches; but a deal between two companies named, told with
 * what it is for, is the deal: "Alphabet and Apple strike a multiyear deal under which Gemini will underpin the next generation
 * of Apple Foundation Models" agrees, it announces nothing (a company alone "previews its next-generation chip").
 */
function actionOf(text: string, parties: number): string | null {
  const first = ACTIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  return first === 'announce' && parties > 1 && PARTNER_ROWS.some((pattern) => pattern.test(text)) ? 'partner' : first;
}

/**
 * The product an entry is about, where it names a brand and then one of the brand's models: "Kimi开发商推出K2模型" is
 * about Kimi K2, not Kimi (and "通义千问模型Qwen3", a numbered name after its brand, about Qwen3: `describeEntry`).
 * "Claude and Gemini" stay about Claude, the first named.
 */
const modelOf = (entities: readonly FoundEntity[], first: FoundEntity | undefined): FoundEntity | undefined =>
  first && (entities.find((e) => e.kind === 'product' && e.start >= first.end && e.name !== first.name && e.name.startsWith(first.name)) ?? first);

/** What lies between two companies named side by side: "Amazon and Microsoft", "亚马逊与微软", "アマゾンとマイクロソフト", "Amazon, Microsoft". */
const SIDE_BY_SIDE = /^\s*(?:,|and|&|or|nor|vs\.?|versus|、|，|与|與|和|及|跟|同|や|と|および|及び)\s*$/i;
/** Whether an entry names two of its companies side by side, each a subject of its own, rather than one acting for or with the other. */
function sideBySide(text: string, parties: readonly FoundEntity[]): boolean {
  const named = [...parties].sort((x, y) => x.start - y.start);
  return named.some((e, i) => i > 0 && companyGroup(named[i - 1]!.name) !== companyGroup(e.name) && SIDE_BY_SIDE.test(text.slice(named[i - 1]!.end, e.start)));
}

/** What an entry's text is about (timelines repeat lines word for word, so each is read once). */
export const describeEntry = memoByText((written: string): About => {
  // Read in the reader's words: "Sam Altman's company" is OpenAI, "buildings and servers" capital spending.
  const text = inReaderWords(plainText(written));
  const entities = findEntities(text);
  // A company named only as the yardstick of another ("云部门增速与亚马逊相同") is no party of the event, where the entry names another.
  const yardsticks = yardstickSpans(text);
  const parties = entities.filter((e) => e.kind === 'company' && !inSpans(yardsticks, e.start, e.end));
  const companies = new Set((parties.length > 0 ? parties : entities.filter((e) => e.kind === 'company')).map((e) => companyGroup(e.name)));
  const kindSubject = kindSubjectOf(text);
  const subjects = entities.some((e) => e.kind === 'company' && e.start < kindSubject.end) ? new Set<string>() : kindSubject.companies;
  // A numbered name the entity model does not know ("AWS launches Graviton5") is a product all the same: it is
  // about that product, not any launch of its company's, and no unknown company.
  // (A rival's model it is measured against is none: "多项评测比肩GPT-4o".)
  const numbered = [...text.matchAll(NUMBERED_NAME)].find((m) => !findEntities(m[0]).length && !inSpans(yardsticks, m.index, m.index + m[0].length))?.[0];
  if (entities.length === 0) {
    const unknown = unknownSubject(text) ?? latinSubject(text);
    // A company's home town as the subject of its verb is no unknown company: "Mountain View makes its seventh-generation tensor
    // chip broadly available" is Google's, by its product or by its article (mergeTimeline.ts). "Seattle's pension fund" is
    // still someone of the town.
    const townActs = unknown !== null && TOWNS.some((t) => t.town === unknown) && text.startsWith(`${unknown} `) && /^\s+[a-z]/.test(text.slice(unknown.length));
    if (unknown && !unknown.startsWith(numbered ?? '\u0000') && !townActs) companies.add(unknown);
  }
  // An entry is about the first metric and the first product it names: "Amazon posts record capex, led by AWS data
  // centres" is about capex, "Amazon announces Trainium3 as the successor to Trainium2" about Trainium3.
  // Where phrases start together the longest names it ("order backlog", "revenue growth"); "growth" alone only when nothing else is named.
  // "…, bringing its total to $8 billion": a running total, not the sum of this event.
  // A valuation is what the company is worth, not the sum of the deal: "raises $13 billion at a $183 billion valuation" and "closes a $13B round" agree.
  // A mark passed is a floor: "tops $15 billion" is what "$15.2 billion in sales" says.
  // A charge borne is none either: "tops forecasts despite a $4.5bn hit" (one taken is its event: "takes a $2 billion charge").
  // A unit's price is no sum of the event: "a settlement worth about $3,000 per work" is the $1.5 billion settlement.
  const found = findValues(text)
    .filter((f) => !isRunningTotal(text, f.start, f.end) && !isPerUnit(text, f.start, f.end) && !isCharge(text, f.start, f.end))
    .map((f) => (!f.value.bound && isMarkPassed(text, f.start, f.end) ? { ...f, value: { ...f.value, bound: 'min' as const } } : f));
  // An investor's part of a round is no sum of the round: "SoftBank agrees to pour up to $30bn into the ChatGPT maker's new
  // funding round" is one event with "OpenAI raises $40 billion in a round led by SoftBank".
  const part = found.flatMap((f) => (MONEY_UNITS.includes(f.value.unit) && !isValuation(text, f.start, f.end) && isShareOfRound(text, f.start, f.end) ? [f.value] : []));
  const values = found.flatMap((f) => (isValuation(text, f.start, f.end) || part.includes(f.value) ? [] : [f.value]));
  const worth = found.flatMap((f) => (isValuation(text, f.start, f.end) ? [f.value] : []));
  // A sum of money is not what a metric of compute or power measures: "books EC2 capacity for $38 billion", "a $38 billion
  // compute contract" are about a deal, not about capacity or performance. Where an entry names a sum, its metric is one
  // that takes one of its figures; so is a chip's measure, which names no event without its figure ("buys into a lab",
  // "a server that bundles the new chips" say nothing of chips deployed or of a cluster's size).
  // A count of chips alone is measured only by a metric of chips: "a deal for up to 1 million TPUs" is about chips deployed.
  const chipsOnly = values.length > 0 && values.every((v) => v.unit === 'chips');
  const measures = (m: FoundMetric) => ((m.metric.topic !== 'chips' && !values.some((v) => MONEY_UNITS.includes(v.unit)) && !chipsOnly) || values.some((v) => m.metric.units.includes(v.unit)));
  // A metric that only says what kind of deal it is measures nothing: "a multiyear capacity pact", "a compute contract".
  // A company's worth named as its valuation is `worth`, no measure of the event: "raises fresh capital at a valuation above
  // $180 billion" is a funding round, as "closes a $13 billion Series F at a $183 billion valuation" is.
  const cause = CAUSE.exec(text);
  const causeEnd = cause ? clauseEnd(text, cause.index) : -1;
  const named = findMetrics(text)
    .filter((m) => !(cause && m.start > cause.index && m.end <= causeEnd))
    .filter((m) => !m.metric.movement && measures(m) && !DEAL_NOUN_AFTER.test(text.slice(m.end, m.end + 16)) && !(m.metric.name === 'valuation' && worth.length > 0) && !isPowerVerb(text, m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Money committed or invested "in capital spending" is capex: the verb says the act (`action`), the noun what the money is.
  const spentOn = named.some((m) => m.metric.name === 'capex');
  // So is money raised "in a bond sale" borrowed: "Oracle raises $30 billion in a bond sale" is the sale of bonds, no investment.
  const borrowed = named.some((m) => m.metric.name === 'bond sale');
  const main = named.find((m) => !/^(?:year-over-year |yoy )?growth$/i.test(text.slice(m.start, m.end)) && !((spentOn || borrowed) && m.metric.name === 'investment')) ?? named[0];
  // A rival's product it is measured against is no product of the event: "推出新一代基础模型，多项评测比肩GPT-4o" launches no GPT-4o.
  const own = entities.filter((e) => e.kind !== 'product' || !inSpans(yardsticks, e.start, e.end));
  const product = modelOf(own, own.find((e) => e.kind === 'product' && !FAMILIES.has(e.name)));
  const families = new Set(own.flatMap((e) => (e.kind !== 'product' ? [] : FAMILIES.has(e.name) ? [e.name] : e === product ? [familyOf(e.name) ?? e.name] : [])));
  const products = new Set(product ? [numbered && numbered !== product.name && numbered.startsWith(product.name) ? numbered : product.name] : numbered ? [numbered] : []);
  // A product launched that the vocabulary does not know is its family, and its release a product: "launches its Nova foundation models", "releases Llama 3".
  const unknown = numbered || own.some((e) => e.kind === 'product') ? null : unknownLaunched(text);
  if (unknown) families.add(unknown.family);
  if (unknown?.release != null) products.add(`${unknown.family} ${unknown.release}`);
  // So is one put on sale, named as a whole: "Nvidia begins shipping DGX Spark" and "The $3,999 DGX Spark goes on sale" sell one product.
  const onSale = numbered || own.some((e) => e.kind === 'product') ? null : unknownOnSale(text);
  if (onSale) products.add(onSale);
  // A company's percentage that names no measure nor act is how fast it grew: "AMZN's hosting unit clocks 28%" is its results
  // (a percentage of something, "15% of its staff", "a 10% stake", is not).
  // An entry that reports a period's results is that report, whatever verb tells it or the plan it previews: "reports
  // third-quarter results and previews heavier spending", 发布第一财季业绩, 決算を発表、設備投資拡大を示唆.
  const act = actionOf(text, companies.size);
  const action = act !== null && REPORTING_ACTS.has(act) && RESULTS_REPORTED.test(text) ? null : act;
  const grew = !main && companies.size > 0 && values.some((v) => v.unit === '%') && action === null && !SHARE_OF.test(text);
  // A letter to shareholders is about the letter, not the spending it defends: it is no capex report of the month.
  // An entry that tells a company's results and its capital spending both is its report, about both: "Amazon lifts its
  // spending plan as AWS growth quickens" is one event with "AWS accelerates again" and with "Amazon raises its capex target".
  const eventMetric = (m: FoundMetric) => (m.metric.topic === 'revenue' ? 'results' : m.metric.name);
  const yearClosed = YEAR_CLOSED.test(text);
  const quarter = QUARTER_TOLD.test(text) || quarterSpanned(text) || yearClosed;
  // "Benioff's company posts fiscal Q3 numbers", 7～9月期決算を発表: a quarter's report tells its results, whatever figure
  // it leads with ("CoreWeave发布三季报，收入积压刷新纪录" is its results and its backlog).
  const reportsResults = ((quarter || QUARTER_REPORT_CJK.test(text) || HALF_TOLD.test(text)) && RESULTS_NOUN.test(text)) || (quarter && REPORTS_PERIOD.test(text)) || REPORTS_AROUND_TRADING.test(text) || OPENS_SEASON.test(text) || BEATS_FORECASTS.test(text) || FULL_YEAR_GUIDANCE_MOVED.test(text) || RECORD_MONTH.test(text);
  const told = main ? eventMetric(main) : grew || reportsResults || (yearClosed && action === null) ? 'results' : null;
  const besideNamed = told === 'capex' || told === 'results' ? named.map(eventMetric).find((m) => m !== told && (m === 'capex' || m === 'results')) : undefined;
  // (Not its capital spending: "Oracle's quarterly report shows capital spending doubling" is the spending's news.)
  // (Unless it says it reports results: "reports third-quarter results and previews heavier spending", 发布第一财季业绩，资本开支预期再度上调.)
  const beside = besideNamed ?? (reportsResults && told !== null && told !== 'results' && (told !== 'capex' || RESULTS_REPORTED.test(text)) ? 'results' : undefined);
  // A licence applied for or granted measures nothing of its holder's: "approves sales of Nvidia's B30A" tells no results.
  const metrics = new Set(action === 'letter' || told === null || ((action === 'licence' || action === 'apply') && told === 'results') ? [] : beside ? [told, beside] : [told]);
  const guided = metrics.has('results') && values.length > 0 ? guidanceOf(text) : [];
  const figures = guided.length === 0 ? values : values.filter((v) => !guided.some((g) => g.unit === v.unit && g.amount === v.amount));
  const words = wordsOf(text);
  const strangers = unknownParties(text);
  const said = product ? null : (generationNamed(text) ?? unknown?.release ?? null);
  const generations = new Set(said !== null ? [said] : [...products].flatMap((p) => GENERATION_OF.exec(p)?.slice(1).map(Number) ?? []));
  const names = unknownNames(text, strangers);
  const facility = FACILITY.test(text);
  return {
    companies,
    subjects,
    products,
    families,
    metrics,
    // A layoff's count of jobs is a figure of its own: two rounds of cuts of one month are told apart by it.
    values: action === 'layoff' ? [...figures, ...jobsCut(text)] : figures,
    part,
    worth,
    action,
    generations,
    cancelled: isCalledOff(text),
    stage: stageOf(text),
    tie: tieOf(text),
    regions: regionsNamed(text),
    places: placesNamed(text),
    facility,
    plaintiff: action === 'sue' ? plaintiffOf(text, parties, companyGroup) : null,
    strangers,
    names,
    bridges: companies.size === 2 && (action === 'online' || facility) && !sideBySide(text, parties),
    sounds: nameSounds(text, names),
    opener: strangerSubject(text),
    possessors: possessorsOf(text),
    reported: metrics.has('results') ? () => reportedFigures(text) : null,
    quarter,
    month: MONTH_TOLD.test(text),
    venture: JOINT_VENTURE.test(text),
    roles: rolesNamed(text),
    hearsay: HEARSAY.test(text),
    raised: companies.size === 1 && RAISED.test(text),
    retargeted: companies.size === 1 && RETARGETED.test(text),
    words,
    // A name the vocabulary does not know indexes the entry too, however its words are written ("Ridgefield-backed").
    tokens: [...[...products].map((p) => `%${p}`), ...[...metrics].map((m) => `#${m}`), ...[...companies].map((c) => `@${c}`), ...[...names].map((n) => `!${n.toLowerCase()}`), ...figures.flatMap(sumTokens), ...worth.flatMap(sumTokens), ...part.flatMap(sumTokens), ...words],
  };
});
