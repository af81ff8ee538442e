/**
 * Merges the articles' timelines into one. Each entry is read (`readEntry.ts`) with the claims' reader —
 * the companies and products it names, the counterparty, the metrics, the figures, whether
 * it is called off — and entries of the same month are one event when what they are about
 * agrees: nothing they both name differs (another company, another chip, another metric,
 * another figure) and something they both name is the same (a product, a metric, a
 * counterparty, a figure), or, naming none of these, their words largely agree. So
 * paraphrases of one event merge however they are worded, and different events of one
 * month stay apart however alike their words. Impossible dates are warnings naming the
 * file and line. Near-linear: entries are bucketed by month and by what they name,
 * never compared all against all.
 */
import type { Article, TimelineEvent, Value, Warning } from '../schemas.ts';
import { shortHash, siteUrls, slugify } from '../urls.ts';
import { findEntities, ownerOf } from './entities.ts';
import { compatible, MONEY_UNITS } from './parseValue.ts';
import { companyGroup } from './vocabulary.ts';
import { memoByText } from '../memoByText.ts';
import { inReaderWords } from './inOtherWords.ts';
import { KINDS, TOWNS } from './epithets.ts';
import { otherPlaces } from './places.ts';
import { mayBeOneSum } from './exchangeRates.ts';
import { describeEntry, PRODUCT_NAMES, type About } from './readEntry.ts';
import { soundAlike } from './nameSounds.ts';

interface Entry {
  article: string;
  date: string;
  month: string;
  /** Its day as days since 1970, where it is dated to the day, else null. */
  day: number | null;
  text: string;
  /** Shared by every entry of the same text. */
  about: About;
  /** Its article, whose company an entry that names none is about (read only for such an entry). */
  from: Article;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `2023-9` → `2023-09`; null for an impossible date. */
export function normaliseDate(raw: string): string | null {
  const match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(raw.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? null : Number(match[3])];
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return null;
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}


const shares = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));
/** Both name some, and none in common: "AWS launches Bedrock" and "AWS launches Trainium" are two events. */
const differ = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && !shares(a, b);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Whether two entries' texts report one event: a function of what they are about, so each pair of texts is judged once. */
const judged = new WeakMap<About, Map<About, boolean>>();
function sameEvent(a: About, b: About): boolean {
  let known = judged.get(a);
  if (!known) judged.set(a, (known = new Map()));
  let same = known.get(b);
  if (same === undefined) known.set(b, (same = judgeSameEvent(a, b)));
  return same;
}

const within = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].every((c) => y.has(c));
/**
 * Whether one entry's company is a party the other names but the vocabulary does not know: "Veradex rejects the improved
 * approach" (Veradex its subject) and "Veradex's board rejects SAP's improved proposal" (SAP its company, Veradex a name);
 * or both name one such party, however written ("Kinneret says no", キネレットの取締役会が…退ける).
 */
const namedByOther = (a: About, b: About) => shares(unknownNames(a), mayBe(b)) || shares(unknownNames(b), mayBe(a)) || soundAlike(a.sounds, b.sounds);
/** The names an entry gives that the vocabulary does not know (not a company named as the yardstick of another: "in line with Microsoft's"). */
const unknownNames = (about: About): Set<string> => new Set([...about.names].filter((name) => findEntities(name).length === 0));
/** The companies an entry may be about: those it names, and those its subject called by its kind and town may be. */
const mayBe = (about: About): Set<string> => (about.subjects.size === 0 ? about.companies : new Set([...about.companies, ...about.subjects]));

/**
 * Whether two figures name the same sum, as an event's identity needs: they agree and lie near each
 * other. A bound admits much ("up to $50 billion" does not contradict $38 billion), but only a figure
 * near it is the same deal ("nearly forty billion" is the $38 billion contract, "up to $50 billion" another pledge).
 */
const sameSum = (x: Value, y: Value) => compatible(x, y) && Math.abs(x.amount - y.amount) <= NEAR * Math.max(Math.abs(x.amount), Math.abs(y.amount));
/** Whether two figures may be one sum, in one currency or in two at some rate of the years: "$5.375 billion", "約8000億円". */
const maybeOne = (x: Value, y: Value) => sameSum(x, y) || (x.unit !== y.unit && mayBeOneSum(x, y, NEAR));
/** How far apart two figures of one event may be: "nearly forty billion" for $38 billion, "more than $51 billion" for $51.2 billion. */
const NEAR = 0.1;

/** Acts that may tell one launch: an unveiling, availability, a preview, a facility switched on ("goes live", "comes online"). */
const LAUNCH_SIDES: Record<string, string[]> = { launch: ['available', 'announce', 'online'], available: ['launch', 'online'], announce: ['launch'], online: ['launch', 'available'] };
/** Acts that may tell a facility to be built: an agreement, money put in, an announcement, or none told. */
const BUILDING = new Set<string | null>([null, 'partner', 'invest', 'announce', 'launch']);
/** Acts a company does once a month at most, whatever each outlet says of it. */
const ONCE_A_MONTH = new Set(['letter', 'reorganise', 'succession', 'layoff', 'outage', 'selloff', 'rank']);
/** Acts that show a product: its unveiling, a preview of it, its availability. */
const SHOWN = new Set(['launch', 'announce', 'available']);
/**
 * Kinds of act that may be one: a launch is told as an unveiling or as availability, a facility's as its switching on,
 * but announcing a chip to come and putting one in customers' hands are two events.
 */
const actionsAgree = (x: string | null, y: string | null) => x === null || y === null || x === y || (LAUNCH_SIDES[x]?.includes(y) ?? false);

/** A multiple as the rise it is: doubling is up 100%. */
const asRise = (multiple: Value): Value => ({ ...multiple, amount: (multiple.amount - 1) * 100, unit: '%' });
/** Figures of one kind: the same unit, or a multiple and a percentage ("doubles", "up 100%"). */
const comparable = (x: Value, y: Value) => x.unit === y.unit || (x.unit === 'x' && y.unit === '%') || (x.unit === '%' && y.unit === 'x');
/** Whether two figures of one kind agree: a multiple agrees with the rise it makes ("doubles its outlays", "outlays up 100%"). */
const agree = (x: Value, y: Value) => compatible(x, y) || (x.unit === 'x' && y.unit === '%' && compatible(asRise(x), y)) || (x.unit === '%' && y.unit === 'x' && compatible(x, asRise(y)));

/** An entry's sums of money. */
const moneyOf = (about: About) => about.values.filter((v) => MONEY_UNITS.includes(v.unit));
const hasMoney = (about: About) => moneyOf(about).length > 0;
/** Whether two entries' sums may be one: either names none, or some sum of one may be some sum of the other. */
const sumsMeet = (a: About, b: About) => moneyOf(a).length === 0 || moneyOf(b).length === 0 || moneyOf(a).some((x) => moneyOf(b).some((y) => maybeOne(x, y)));
/**
 * Whether `a`'s money goes to a place and no other company, and `b`'s to another company and no place, or `b` is a deal with a
 * party the vocabulary does not know ("commits $20 billion to Pennsylvania data halls", "Talen and Amazon rework their nuclear
 * arrangement into a power purchase deal").
 */
const toPlaceAndParty = (a: About, b: About) =>
  hasMoney(a) && a.places.size > 0 && a.companies.size === 1 && a.strangers.size === 0 && b.places.size === 0 && ((hasMoney(b) && b.companies.size > 1) || (isDeal(b) && b.strangers.size > 0));

/**
 * Whether `a` tells a company's capital budget, a sum for no place ("オラクルが設備投資計画を約850億ドルに上方修正"), and `b` a
 * site it names by its place ("Oracle names Rock Springs, Wyoming as home for a gigawatt-class campus"): two events,
 * though a campus is counted as capex too.
 */
const budgetBesideSite = (a: About, b: About) => !a.facility && a.places.size === 0 && a.metrics.has('capex') && hasMoney(a) && b.facility && b.places.size > 0;

/** Whether two entries name one unknown party, in full or by its first word: "Talen Energy signs Amazon", "Talen and Amazon rework …". */
const sameStrangers = (a: Set<string>, b: Set<string>) => [...a].some((x) => [...b].some((y) => x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)));
/**
 * Whether two deals (or two sums, or two stakes sold) have other parties the vocabulary does not know ("with IREN", "with Nebius"), or one
 * such party and, in the other, a second company it knows ("to acquire Ampere", "invests in OpenAI").
 */
function otherStrangers(a: About, b: About): boolean {
  // Two stakes sold are two sales where their companies differ ("sells its entire stake in Arm", "exits its SoundHound position").
  if (!((hasMoney(a) && hasMoney(b)) || (isDeal(a) && isDeal(b)) || (a.action === 'divest' && b.action === 'divest'))) return false;
  if (a.strangers.size > 0 && b.strangers.size > 0) return !sameStrangers(a.strangers, b.strangers);
  const [named, other] = a.strangers.size > 0 ? [a, b] : [b, a];
  if (named.strangers.size > 0) return named.companies.size === 1 && other.companies.size > 1;
  // A deal told by its party the vocabulary does not know, named as its subject ("Tidewater makes Google's $78-a-share
  // proposal public"), is not one with a second company it knows ("Anthropic closes its Series G and signs a Google Cloud pact").
  const [unnamed, known] = a.opener !== null ? [a, b] : [b, a];
  return unnamed.opener !== null && unnamed.companies.size === 1 && known.companies.size > 1 && known.names.size === 0;
}

/** Whether a round's total may hold an investor's part of it: "up to $30bn" of "$40 billion". */
const partOf = (part: Value[], whole: Value[]) => part.length === 0 || whole.length === 0 || part.some((p) => whole.some((w) => w.unit === p.unit && w.amount >= p.amount * (1 - NEAR)));

/** Figures a quarter's report gives beside its results: its capital spending and its backlog. */
const REPORTED_BESIDE = new Set(['capex', 'backlog']);
/**
 * Whether two entries tell one company's quarterly report, one by its results and the other by another of the quarter's
 * figures: "Microsoft posts fiscal third-quarter results with Azure up 39%" and "The Windows maker's March-quarter capex
 * jumps by about half" are one report, whose figures measure two things (39% and 50% do not disagree). Not a capex plan
 * for the year, nor a figure that names no quarter ("Amazon's backlog hits a record").
 */
const partsOfReport = (a: About, b: About) =>
  a.quarter && b.quarter && a.companies.size === 1 && b.companies.size === 1 && shares(a.companies, b.companies) && a.metrics.size === 1 && b.metrics.size === 1 &&
  ((a.metrics.has('results') && REPORTED_BESIDE.has([...b.metrics][0]!)) || (b.metrics.has('results') && REPORTED_BESIDE.has([...a.metrics][0]!)));

/** Two periods both dated that differ ("2025-Q3", "2024-Q3"): a figure of a year before, beside the quarter's. */
const otherPeriods = (x: string | null, y: string | null) => x !== null && y !== null && /^\d{4}/.test(x) && /^\d{4}/.test(y) && x !== y;
/**
 * Whether two entries tell one company's results, each with the figures it picked, and so are compared figure by figure:
 * "Microsoft reports fiscal first-quarter revenue of $77.7 billion, up 18%" and "Microsoft posts quarterly results showing
 * Azure growth of 40%" measure other things (18% is Microsoft's growth, 40% Azure's), as "英伟达营收570亿美元" and
 * "数据中心业务收入512亿美元" do. Null where either is no company's results, or names no figure the claims' reader reads.
 */
function figuresOfReport(a: About, b: About): boolean | null {
  if (!a.reported || !b.reported || a.companies.size !== 1 || b.companies.size !== 1 || !shares(a.companies, b.companies)) return null;
  const [ra, rb] = [a.reported(), b.reported()];
  if (ra.length === 0 || rb.length === 0) return null;
  // Two figures of one measure disagree where none of its figures in the one agrees with any in the other.
  const measures = new Set(ra.map((f) => f.measure));
  return [...measures].some((measure) => {
    const xs = ra.filter((f) => f.measure === measure);
    const ys = rb.filter((f) => f.measure === measure);
    const pairs = xs.flatMap((x) => ys.filter((y) => comparable(x.value, y.value) && !otherPeriods(x.period, y.period)).map((y) => [x.value, y.value] as const));
    return pairs.length > 0 && !pairs.some(([x, y]) => agree(x, y));
  });
}

/** Whether `a` tells a month's figures and `b` a quarter's, both results: "10月營收創新高", "第三季稅後淨利577億元". */
const monthAndQuarter = (a: About, b: About) => a.month && !a.quarter && b.quarter && !b.month && a.metrics.has('results') && b.metrics.has('results');

const NONE: ReadonlySet<string> = new Set();
/**
 * Whether two entries' companies are both among the parties an event's other entries name together: "Project Rainier
 * switches on" (Amazon's, by its article) and "Anthropic's Indiana supercluster switches on" are one event where another
 * entry tells "亚马逊为Anthropic打造的雷尼尔集群投入使用".
 */
const bridged = (x: ReadonlySet<string>, y: ReadonlySet<string>, together: ReadonlySet<string>) => together.size > 1 && x.size > 0 && y.size > 0 && within(x, together) && within(y, together);

/**
 * Whether two entries say something that cannot be of one event: figures that all disagree,
 * one called off and one not, other companies, two deals with other parties, another
 * generation of chip, another cloud region. What only one of them names is no disagreement.
 */
function disagree(a: About, b: About, together: ReadonlySet<string> = NONE): boolean {
  // Only figures of one kind can disagree: a sum and a multiple ("$185 billion", "doubles") measure two things, as do a
  // quarter's results and its capital spending.
  const figures = !partsOfReport(a, b);
  const pairs = a.values.flatMap((x) => b.values.filter((y) => comparable(x, y)).map((y) => [x, y] as const));
  // Two sums of money far apart are two deals, though a bound admits the other ("up to $50 billion", "$38 billion"); a sum
  // in another currency is far only where no rate of the years makes it the other ("up to $50 billion", ¥7.8 trillion).
  const figuresDiffer = (pairs.length > 0 && !pairs.some(([x, y]) => agree(x, y))) || !sumsMeet(a, b);
  // But one company's results are compared measure by measure, whatever figures each outlet picked (read only then).
  if (figures && figuresDiffer && figuresOfReport(a, b) !== false) return true;
  if (a.worth.length > 0 && b.worth.length > 0 && !a.worth.some((x) => b.worth.some((y) => sameSum(x, y)))) return true;
  // An investor's part of a round is held by the round's total, and two parts told are one where they are one sum.
  if (!partOf(a.part, moneyOf(b)) || !partOf(b.part, moneyOf(a)) || (a.part.length > 0 && b.part.length > 0 && !a.part.some((x) => b.part.some((y) => sameSum(x, y))))) return true;
  // A month's sales and a quarter's results are two reports of one company: "鴻海公布10月營收8960億元" is not "鴻海第三季稅後淨利577億元".
  if (monthAndQuarter(a, b) || monthAndQuarter(b, a)) return true;
  // A plan and its completion are two events: "plans an $18 billion bond sale", "completes its $18 billion bond sale".
  if (a.stage !== null && b.stage !== null && a.stage !== b.stage) return true;
  if (a.cancelled !== b.cancelled || (differ(mayBe(a), mayBe(b)) && !namedByOther(a, b) && !bridged(mayBe(a), mayBe(b), together)) || differ(a.generations, b.generations) || differ(a.families, b.families) || differ(a.regions, b.regions)) return true;
  // Money goes to a party or to a place: the same sum put into another company and into a country's or a state's
  // data centres ("$5 billion in Intel", "$5 billion in UK AI infrastructure") is two deals, as two places are.
  if (otherPlaces(a.places, b.places) || toPlaceAndParty(a, b) || toPlaceAndParty(b, a)) return true;
  if (budgetBesideSite(a, b) || budgetBesideSite(b, a)) return true;
  if (otherStrangers(a, b)) return true;
  // A stake sold is no results report, though it is made known with the seller's results: "SBGがエヌビディア株の全株売却を
  // 決算発表で明らかに" and "Nvidia posts record results" are two events.
  if ((a.action === 'divest') !== (b.action === 'divest') && (a.action === 'divest' ? b : a).metrics.has('results')) return true;
  // A suit and a countersuit are two: "xAI sues OpenAI" is "OpenAI is accused in a lawsuit filed by xAI", not "OpenAI countersues xAI".
  if (a.plaintiff !== null && b.plaintiff !== null && a.plaintiff !== b.plaintiff) return true;
  // Two executives of other roles leaving or named are two changes: "Apple's AI chief steps down" is not "Apple's design chief
  // steps down to join Meta", though a company changes its chief executive once a month.
  if (a.action === 'succession' && b.action === 'succession' && differ(a.roles, b.roles)) return true;
  // Two joint ventures of other sets of parties are two companies formed: "OpenAI, SoftBank and Oracle form the Stargate joint
  // venture" is not "SoftBank and OpenAI set up a joint venture in Japan", though two of its parties are the other's.
  if (a.venture && b.venture && !(within(a.companies, b.companies) && within(b.companies, a.companies))) return true;
  // Two deals of one company with other parties ("… with CoreWeave", "… with Oracle") are two events.
  return a.companies.size > 1 && b.companies.size > 1 && !within(a.companies, b.companies) && !within(b.companies, a.companies);
}

/**
 * An entry's metrics with a deal's sum as one, whether its words are an investment's or an acquisition's: "buys Core
 * Scientific in a $9 billion all-stock deal" and "to acquire Core Scientific for about $9bn" measure one deal; their
 * verbs tell an investment from a takeover.
 */
const dealAsOne = (metrics: Set<string>) => new Set([...metrics].map((m) => (m === 'acquisition' ? 'investment' : m)));
const DEAL_ACTS = new Set(['partner', 'invest', 'acquire']);
/** An agreement sized by the chips it covers ("to use up to one million TPUs"), or by what it is worth ("a cloud agreement worth …"). */
const sizedByChips = (about: About) => about.metrics.size === 1 && about.metrics.has('chips deployed');
const sizedByWorth = (about: About) => about.metrics.size === 1 && about.metrics.has('investment');
/** Whether one entry tells a stake bought and the other a partnership. */
const otherTies = (a: About, b: About) => a.tie !== null && b.tie !== null && a.tie !== b.tie;
/**
 * Whether two entries' stages may tell one step of a deal: the same, or a purchase agreed ("agrees to buy Wiz") and a deal
 * told with no stage ("strikes its largest-ever deal, for Wiz"); never a deal completed and one that says no stage.
 */
const stagesMeet = (x: About['stage'], y: About['stage']) => x === y || (x === 'planned' && y === null) || (x === null && y === 'planned');
/** Whether two acts may be sides of one deal: a deal's acts, or one act told and one not. */
const sidesOfDeal = (x: string | null, y: string | null) => x === null || y === null || (DEAL_ACTS.has(x) && DEAL_ACTS.has(y));

/** Whether an entry tells a deal: by its act (an agreement, an investment, a purchase), or by its metric where no verb says otherwise (a refusal is none). */
const isDeal = (about: About) => DEAL_ACTS.has(actOf(about) ?? '');

/** The metrics a sum put into a place may be told by. */
const PLEDGED = new Set(['capex', 'investment']);
/**
 * Whether two entries tell one company's one pledge, with no other party, as building or as investment: the same sum for the
 * same place, or for a facility each names where neither names a place the vocabulary knows ("pour about $15bn into a data
 * centre campus in Andhra Pradesh", "commits $15 billion to an AI hub in Visakhapatnam"); or the same sum in any currency
 * where each names what the money is ("Alibaba commits more than RMB 380 billion over three years to AI and cloud
 * infrastructure", "阿里巴巴宣布未来三年投入超3800亿元建设云和AI基础设施"), whichever word each outlet's reader gives it (not a
 * sum put into another company, which names two, nor two sums far apart).
 */
function onePledge(a: About, b: About): boolean {
  if (!(a.companies.size === 1 && b.companies.size === 1 && shares(a.companies, b.companies) && a.strangers.size === 0 && b.strangers.size === 0)) return false;
  if (![...a.metrics, ...b.metrics].every((m) => PLEDGED.has(m))) return false;
  const onePlace = shares(a.places, b.places) || (a.facility && b.facility && a.places.size === 0 && b.places.size === 0);
  const bothMeasured = a.metrics.size > 0 && b.metrics.size > 0;
  return moneyOf(a).some((x) => moneyOf(b).some((y) => (onePlace && sameSum(x, y)) || (bothMeasured && maybeOne(x, y))));
}

/**
 * Whether `x` tells a facility switched on and `y` the same or one that "goes live", which names no product to put on sale:
 * "Colossus 2 starts running in Whitehaven" and "Colossus 2 goes live in Whitehaven".
 */
const switchedOn = (x: About, y: About) => x.action === 'online' && (y.action === 'online' || (y.action === 'available' && y.products.size === 0 && y.families.size === 0));

function judgeSameEvent(a: About, b: About): boolean {
  if (disagree(a, b)) return false;
  // Hearsay of one month about the same companies is one report, however each outlet words it: "Word leaks that Amazon could
  // back Anthropic again" and "アマゾンがアンソロピックに追加出資を検討と伝わる", "Reports say xAI is nearing a server order from
  // Dell" and "传xAI将向戴尔下单采购服务器" (not where each names a party the other does not).
  if (a.hearsay && b.hearsay && a.companies.size > 0 && a.companies.size === b.companies.size && within(a.companies, b.companies) && !differ(a.strangers, b.strangers) && !a.cancelled && !b.cancelled) return true;
  // The same sum between the same two parties is one deal, whatever each calls it ("commits $38 billion", "a $38 billion compute contract").
  const sameParties = a.companies.size > 1 && a.companies.size === b.companies.size && within(a.companies, b.companies);
  if (sameParties && a.values.some((x) => MONEY_UNITS.includes(x.unit) && b.values.some((y) => sameSum(x, y)))) return true;
  if (differ(a.products, b.products)) return false;
  // A company shows one chip of a family in a month: "Microsoft announces its Maia 100 AI chip" and "Azure introduces Maia, the
  // first accelerator Microsoft designed" are one event, an unveiling told by either (not a price cut, nor a preview beside availability).
  // So is one of a generation named by its number and by its rank ("releases Llama 3", "rolls out its third-generation Llama models").
  if (((a.products.size === 0 && b.products.size === 0) || shares(a.generations, b.generations)) && shares(a.families, b.families) && shares(a.companies, b.companies) && actionsAgree(a.action, b.action) && (SHOWN.has(a.action ?? '') || SHOWN.has(b.action ?? ''))) return true;
  // One company calling something off twice in a month is one event however it is told ("Redmond shelves a build"),
  // whether the thing is named a project (capex) or a data centre.
  // (Not two deals with two parties the vocabulary does not know: a lease with Halvorsen ended, a contract with Brightline exited.)
  if (a.cancelled && b.cancelled && shares(a.companies, b.companies) && !(a.names.size > 0 && b.names.size > 0 && !sameStrangers(a.names, b.names))) return true;
  // A company puts one facility of a place to work in a month: "Anthropic's Indiana supercluster switches on" and "The Indiana
  // training complex built for Anthropic starts running workloads" are one event (another place's is another).
  // So is one built for the same customer: "AWS activates Project Rainier, its supercluster for Anthropic" and "Amazon turns on
  // the cluster it built for Anthropic".
  // A facility named by the chips it runs names their maker: "Project Rainier comes online in Indiana with nearly half a million
  // Trainium2 chips" is Amazon's, as "Anthropic's Indiana supercluster on Amazon silicon switches on" is.
  // So is one that names no place the other does not: "Colossus 2 begins running training jobs in Whitehaven" and "Memphis's second
  // xAI supercomputer enters service", in stories on xAI (two states' facilities disagree above).
  if ((switchedOn(a, b) || switchedOn(b, a)) && shares(namedCompanies(a), namedCompanies(b)) && (shares(a.places, b.places) || sameParties || (a.facility || b.facility) || (a.names.size === 0 && b.names.size === 0 && a.products.size + b.products.size === 0))) return true;
  // A company agrees to build or announces one facility of a place in a month: "OpenAI, G42, Oracle, Nvidia, Cisco and SoftBank
  // announce Stargate UAE, a 1-gigawatt computing cluster in Abu Dhabi" and "オープンAI、UAEで大規模データセンターの建設に合意" are
  // one event (not one switched on or on sale, nor another place's; two sums far apart, or a plan and its completion, disagree).
  if (a.facility && b.facility && shares(a.companies, b.companies) && shares(a.places, b.places) && BUILDING.has(a.action) && BUILDING.has(b.action)) return true;
  // A company writes its shareholders one letter a month at most: what each outlet says it argues (spending, demand) is the letter's.
  // So it remakes its structure, changes its chief executive, cuts jobs, suffers an outage, and loses market value in a rout
  // once a month: "OpenAI completes its restructuring" and "OpenAI's for-profit arm becomes OpenAI Group PBC", "Oracle names
  // two co-chief executives" and "Safra Catz steps down as Oracle's CEO" are one event each; and it becomes the most valuable
  // company once a month ("overtakes Microsoft as the world's most valuable company", "the largest of any listed company").
  if (a.action !== null && a.action === b.action && ONCE_A_MONTH.has(a.action) && shares(a.companies, b.companies)) return true;
  // A company opens one office of a place in a month: "Anthropic opens its first Asia-Pacific office, in Tokyo" and "アンソロピック、
  // 東京オフィスを開設" are one opening (a Seoul office is another); so it sites a headquarters ("台灣新總部落腳北投士林", "海外總部選址台北").
  if (a.action === 'office' && b.action === 'office' && shares(a.companies, b.companies) && a.places.size > 0 && b.places.size > 0 && !otherPlaces(a.places, b.places)) return true;
  // A company raises money once a month, however each outlet sizes its round (a sum, a valuation): "Sakana AI、シリーズBで約200億円
  // を調達" and "サカナAIが評価額約4000億円で資金を確保" are one round (two sums or two valuations that differ disagree).
  if (a.raised && b.raised && shares(a.companies, b.companies) && a.strangers.size === 0 && b.strangers.size === 0) return true;
  // So it moves its own spending target once a month, whatever each outlet calls it: "lifts its three-year AI investment target",
  // "enlarges the AI budget on stage", 吴泳铭宣布上调AI投入目标, 投資目標を上方修正 are one raise.
  if (a.retargeted && b.retargeted && shares(a.companies, b.companies) && a.strangers.size === 0 && b.strangers.size === 0) return true;
  // A company goes public once: "CoreWeave goes public on the Nasdaq" and "CoreWeave shares start trading after its IPO" are one event.
  // So where one outlet names its owner too: "ソフトバンクグループ傘下の英アーム、米ナスダック市場に再上場" is Arm's listing (two listings
  // of one month stay two where each names a company the other does not).
  if (a.action === 'list' && b.action === 'list' && (a.companies.size === 1 || b.companies.size === 1) && shares(a.companies, b.companies) && (within(a.companies, b.companies) || within(b.companies, a.companies))) return true;
  if (partsOfReport(a, b)) return true;
  // A company sells its stake in another once: "SoftBank sells its entire Nvidia stake for $5.8 billion" and "Masayoshi Son's
  // group offloads all of its Nvidia shares" are one sale, whatever each counts (a sum, a number of shares).
  if (sameParties && a.action === 'divest' && b.action === 'divest') return true;
  // One agreement of the same two parties told by the chips it covers and by what it is worth: "Anthropic strikes a deal to use
  // up to one million Google TPUs" and "Google seals a cloud agreement worth tens of billions of dollars to supply the Claude
  // maker with its in-house chips" (not an investment beside an agreement, nor two agreements' worths).
  if (sameParties && a.action === 'partner' && b.action === 'partner' && ((sizedByChips(a) && sizedByWorth(b)) || (sizedByChips(b) && sizedByWorth(a)))) return true;
  // One company's sum for one place is one pledge, whether an outlet calls the money building (capex) or investment: "unveils
  // an $11 billion build in Butts and Douglas counties, Georgia" and "earmarks $11 billion for two Georgia counties".
  if (onePledge(a, b)) return true;
  // A company turns down one party's approach once a month, whatever each outlet calls it and what it was for: "Meta rejects
  // Blue Owl's offer to fund the Amarillo campus" and "Meta turns down Blue Owl's Caprock proposal" (not Apollo's offer beside it).
  if (a.action === 'reject' && b.action === 'reject') {
    if (differ(a.possessors, b.possessors)) return false;
    if (shares(a.companies, b.companies) && shares(a.possessors, b.possessors)) return true;
  }
  // A company puts in one bid a month, whatever each outlet calls what it is for: "G42 lodges its offer for India's GIFT City
  // compute campus" and "G42 files its GIFT City proposal with MeitY" (not two bids of other sums).
  if (a.action === 'bid' && b.action === 'bid' && shares(a.companies, b.companies)) return sumsMeet(a, b);
  if (differ(dealAsOne(a.metrics), dealAsOne(b.metrics))) return false;
  // One deal of the same two parties, each outlet telling it by another side of it: its signing ("签下七年算力合同"), what it
  // is ("a seven-year deal with ChatGPT's developer") or the money committed ("commits $38 billion over seven years").
  // Not a stake bought and a partnership, though: "invests $4 billion in Anthropic" and "expand their partnership on
  // chips" are two events, where "commits $38 billion" and "a seven-year deal" were one.
  if (sameParties && isDeal(a) && isDeal(b) && !otherTies(a, b)) return true;
  // A sum of money names one deal, in any currency ("53億7500万ドルで買収", "約8000億円で取得"); a percentage ("Azure up 39%") one result
  // only of a company both name.
  const sameFigure = a.values.some((x) => (MONEY_UNITS.includes(x.unit) ? b.values.some((y) => maybeOne(x, y)) : shares(a.companies, b.companies) && b.values.some((y) => sameSum(x, y)))) || (shares(a.companies, b.companies) && a.worth.some((x) => b.worth.some((y) => sameSum(x, y))));
  // So does a party the vocabulary does not know, of one company's deals: "Alphabet agrees to buy Wiz for $32 billion" and
  // "Google strikes its largest-ever deal, for the cloud security start-up Wiz" are one deal, a purchase told as a deal (not
  // the deal agreed and the deal completed: "completes its deal for the start-up Wiz" is its next step).
  if (isDeal(a) && isDeal(b) && stagesMeet(a.stage, b.stage) && sameStrangers(a.strangers, b.strangers) && shares(a.companies, b.companies) && !otherTies(a, b)) return true;
  // A name the vocabulary does not know, given by both (in Latin letters or katakana: "Halcyon Power", ハルシオン・パワー), in one act: "Nebius signs a four-year Vera Rubin supply agreement" and
  // "Nebius agrees to take $12.6 billion of Nvidia's Rubin hardware"; "Washington clears the B30A for sale to China" and
  // "Commerce signs off on B30A exports" (not a deal called off beside the deal, an offer beside its rejection, nor a stake
  // bought beside a partnership).
  if ((sameStrangers(a.names, b.names) || soundAlike(a.sounds, b.sounds)) && a.cancelled === b.cancelled && actionsAgree(a.action, b.action)) return true;
  // Acts of one deal told apart by each outlet (a commitment, a contract) name it by its sum; other acts do not ("signs a
  // $30 billion contract", "raises $30 billion in a bond sale" are two events).
  if (!actionsAgree(a.action, b.action) && !(sameFigure && sidesOfDeal(a.action, b.action))) return false;
  if (shares(a.products, b.products) || shares(dealAsOne(a.metrics), dealAsOne(b.metrics)) || sameFigure) return true;
  // A deal named with its two parties: "Amazon invests in Anthropic", "Anthropic gets Amazon's backing".
  if (a.action !== null && a.action === b.action && a.companies.size > 1 && [...a.companies].every((c) => b.companies.has(c))) return true;
  return jaccard(a.words, b.words) >= 0.5;
}

/** A line whose subject is a kind of company alone: "The retailer writes …", "The chipmaker's …" (each kind a group of the pattern). */
const KIND_SUBJECT = new RegExp(String.raw`^(?:The|Its)\s+(?:${KINDS.map((k, i) => `(?<k${i}>${k.kind})`).join('|')})(?:['’]s)?(?![\w-])`, 'i');
/** A line whose sender is a kind of company alone: "The lab gets a second cheque from the retailer" (each kind a group of the pattern). */
const KIND_SENDER = new RegExp(String.raw`\bfrom (?:the|its)\s+(?:${KINDS.map((k, i) => `(?<k${i}>${k.kind})`).join('|')})(?![\w'’-])`, 'i');
/** A line whose object is a kind of company's act: "Raylight's directors reject the retailer's approach" (each kind a group of the pattern). */
const KIND_OWNER = new RegExp(String.raw`\b(?:the|its)\s+(?:${KINDS.map((k, i) => `(?<k${i}>${k.kind})`).join('|')})['’]s?(?![\w'’-])`, 'i');
/** A line whose company is the kind a person is chosen to run: "The former Cadence boss is chosen to lead the struggling chipmaker". */
const KIND_LED = new RegExp(String.raw`\bto (?:lead|run|head) (?:the|its)\s+(?:[\w-]+\s+)?(?:${KINDS.map((k, i) => `(?<k${i}>${k.kind})`).join('|')})(?![\w'’-])`, 'i');
/**
 * What an entry is about, with the company its article is about where its subject is that company's
 * kind alone ("The retailer writes Anthropic an opening cheque", in a story whose title names Amazon, is
 * Amazon's deal; in a story on Nvidia it stays a retailer no one named), and so where its sender is ("Claude's
 * developer gets a second cheque from the retailer") or whose act it tells ("Raylight's directors reject the retailer's approach"), and so where it tells the company someone is chosen to lead ("to lead the
 * struggling chipmaker", in a story titled "Former Cadence Chief to Run Intel", is Intel).
 */
function withKindSubject(about: About, text: string, article: Article, withCompany: Map<string, About>): About {
  const groups = (KIND_SUBJECT.exec(text) ?? KIND_SENDER.exec(text) ?? KIND_OWNER.exec(text) ?? (about.companies.size === 0 ? KIND_LED.exec(text) : null))?.groups;
  if (!groups) return about;
  const kind = KINDS.find((_, i) => groups[`k${i}`] !== undefined)!;
  // The first company of that kind its title names, else its tagline: a title may name several ("OpenAI said no to
  // Amazon's $50bn, Anthropic said yes": the retailer is Amazon, though OpenAI is named first).
  const company = [...companiesNamed(article.title), ...(article.tagline ? companiesNamed(article.tagline) : [])].find((c) => kind.companies.includes(c));
  return withSubject(about, text, company, withCompany);
}

/** A line whose subject is a company's home town alone, before its verb: "Seattle picks a cornfield for a server campus". */
const TOWN_SUBJECT = new RegExp(String.raw`^(?<town>${[...new Set(TOWNS.map((t) => t.town))].join('|')})(?=\s+[a-z])`);

/**
 * What an entry is about, with the company its article is about where its subject is that company's home town alone
 * ("Seattle reaffirms a record budget", in a story on Amazon, is Amazon's; in a story on Microsoft, no one named):
 * a town stands for the company based there only in that company's news.
 */
function withTownSubject(about: About, text: string, article: Article, withCompany: Map<string, About>): About {
  const town = TOWN_SUBJECT.exec(text)?.groups?.town;
  const company = town ? companyOfArticle(article) : null;
  return company && TOWNS.some((t) => t.town === town && companyGroup(t.company) === company) ? withSubject(about, text, company, withCompany) : about;
}

/**
 * An entry set at the occasion of the one before it: "The same keynote teases …", "At the same event it gives a sneak peek …",
 * "on that same Las Vegas stage", 同一场大会上, 同じ基調講演で.
 */
const SAME_OCCASION = /\b(?:the|that) same (?:[\w-]+ ){0,2}?(?:keynote|conference|event|show|stage|summit|presentation|gathering)\b|同一?(?:场|場|个|個)?(?:大会|大會|发布会|發布會|活动|活動|会议|會議|主题演讲|主題演講)|同じ(?:イベント|基調講演|会議|カンファレンス|舞台)/i;

/**
 * What an entry is about, with the company of the entry before it in its article's timeline where it names none and is
 * set at that entry's occasion: after "Trn2 capacity opens up to every EC2 customer", "The same keynote teases a 3-nanometre
 * follow-on" is Amazon's, whoever the article's title names (in a story on Nvidia, still Amazon's keynote).
 */
function withOccasionSubject(about: About, text: string, before: About | null, withCompany: Map<string, About>): About {
  if (!before || about.companies.size > 0 || about.subjects.size > 0 || !SAME_OCCASION.test(text)) return about;
  const companies = namedCompanies(before);
  return companies.size === 1 ? withSubject(about, text, [...companies][0], withCompany) : about;
}

/**
 * What an entry is about, with the company its article is about where it tells something called off, switched on or live
 * and names no company nor product, nor a name the vocabulary does not know ("BIS pulls the B30A licences", in a story on
 * AMD, is the B30A's): "ミシシッピ州の賃借契約を取りやめ" (a lease dropped) or "The Tulane Road cluster starts crunching
 * training jobs", in a story on Amazon or on xAI, is that company's, as outlets leave the subject they wrote about unsaid.
 * Only those acts: a company calls something off, or switches a facility on, once a month in its news (one event however
 * told), where a deal or a result named by no party could be anyone's.
 */
function withArticleSubject(about: About, text: string, article: Article, withCompany: Map<string, About>): About {
  if (!(about.cancelled || about.action === 'online' || about.action === 'available') || about.companies.size > 0 || about.subjects.size > 0 || about.products.size > 0 || about.families.size > 0 || about.names.size > 0) return about;
  return withSubject(about, text, companyOfArticle(article), withCompany);
}

/** `about` with `company` among its companies, as its subject (one reading per text and company, so that each pair of readings is still judged once). */
function withSubject(about: About, text: string, company: string | null | undefined, withCompany: Map<string, About>): About {
  if (!company || about.companies.has(company)) return about;
  const key = `${company}\u0000${text}`;
  let read = withCompany.get(key);
  if (!read) withCompany.set(key, (read = { ...about, companies: new Set([company, ...about.companies]), subjects: new Set(), tokens: [`@${company}`, ...about.tokens] }));
  return read;
}

/** One timeline from every article's entries, plus a warning for every impossible date. */
export function mergeTimeline(articles: Article[]): { events: TimelineEvent[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const entries: Entry[] = [];
  const withCompany = new Map<string, About>();
  for (const article of articles) {
    let before: About | null = null;
    for (const entry of article.timeline) {
      const date = normaliseDate(entry.date);
      if (!date) {
        warnings.push({ file: article.file, line: entry.line, message: `impossible timeline date "${entry.date}"; the entry is left out of the timeline` });
        continue;
      }
      if (entry.text === '') continue;
      // Read alone, then given the company its words leave to its article or to the entry before.
      let about = withKindSubject(describeEntry(entry.text), entry.text, article, withCompany);
      about = withTownSubject(about, entry.text, article, withCompany);
      about = withOccasionSubject(about, entry.text, before, withCompany);
      about = withArticleSubject(about, entry.text, article, withCompany);
      entries.push({ article: article.id, date, month: date.slice(0, 7), day: date.length === 10 ? Date.parse(`${date}T00:00:00Z`) / 86_400_000 : null, text: entry.text, about, from: article });
      before = about;
    }
  }
  entries.sort((a, b) => cmp(a.date, b.date) || cmp(a.article, b.article) || cmp(a.text, b.text));

  const byMonth = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byMonth.get(e.month);
    if (list) list.push(e);
    else byMonth.set(e.month, [e]);
  }
  const months = [...byMonth.keys()].sort(cmp).map((month) => joinUnanchored(clusterMonth(byMonth.get(month)!)));
  const events = joinAcrossMidnight(months.flat()).map(eventOf);
  return { events: events.sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id)), warnings };
}

/**
 * Clusters one month's entries. Clusters are indexed by what they name (products,
 * metrics, companies) and by their words, so an entry is compared only with clusters it
 * shares a token with, and only with their first few members. An entry that is one event
 * with two clusters joins them, unless they disagree (the first outlet to say "a $38 billion
 * contract" and the first to say "a deal worth nearly forty billion" may be read before the
 * one that says both).
 */
function clusterMonth(entries: Entry[]): Entry[][] {
  const clusters: Entry[][] = [];
  // A cluster joined into another points to it.
  const into: number[] = [];
  const root = (i: number): number => {
    while (into[i] !== i) i = into[i] = into[into[i]!]!;
    return i;
  };
  const index = new Map<string, number[]>();
  // The clusters an entry shares a token with, each once: marked with the entry's number.
  const seenBy: number[] = [];
  // The parties each cluster's entries name together ("亚马逊为Anthropic打造的…"), by cluster.
  const together: ReadonlySet<string>[] = [];
  /** The parties the clusters `of` name together, with `extra`. */
  const partiesOf = (extra: ReadonlySet<string>, ...of: number[]) => new Set([...extra, ...of.flatMap((i) => [...(together[i] ?? NONE)])]);
  /**
   * Whether entries fit cluster `i`: one of them is the same event as one of its first entries, and none is apart from its very
   * first, given the parties they and the clusters `also` name together.
   */
  const fit = (xs: Entry[], i: number, extra: ReadonlySet<string>, ...also: number[]) =>
    xs.some((x) => clusters[i]!.slice(0, MATCHED).some((m) => sameEvent(x.about, m.about))) && !anyApart(xs, clusters[i]!.slice(0, SAMPLE), partiesOf(extra, i, ...also));
  /** Moves cluster `other` into `home`, whose parties named together are now `parties`. */
  const join = (home: number, other: number, parties: ReadonlySet<string>) => {
    clusters[home]!.push(...clusters[other]!);
    clusters[other] = [];
    into[other] = home;
    if (parties.size > 0) together[home] = parties;
  };
  entries.forEach((entry, n) => {
    const own = entry.about.bridges ? entry.about.companies : NONE;
    const { tokens } = entry.about;
    const candidates: number[] = [];
    for (const token of tokens) {
      const list = index.get(token);
      if (!list) continue;
      for (let k = 0; k < list.length && k < CANDIDATES; k++) {
        const i = root(list[k]!);
        if (seenBy[i] !== n) {
          seenBy[i] = n;
          candidates.push(i);
        }
      }
    }
    // One of the event's first entries is the same event, and none of the very first disagrees: an entry that names no company
    // ("the cloud subsidiary's pile of signed-but-undelivered work") does not let another company's backlog in. The one it
    // is the same event as may come late in the month's order ("waves off $50 billion" is one with the sixth outlet's
    // "rebuffs Amazon's $50 billion offer", not with five that name no sum).
    const matching = candidates.sort((a, b) => a - b).filter((i) => fit([entry], i, own));
    // An entry that names no company nor product, one with two events that cannot be one ("The cloud giant's top line
    // grows at its fastest clip", beside AWS's and Azure's results of the month), is either: a guess is no merge. So is
    // one that names two companies and fits two events of the month that cannot be one ("Amazon and Microsoft both report
    // their results", beside each one's results), and one whose subject is a kind of company of a town ("The San Francisco lab").
    // (Not one that names two companies one acting for the other: "亚马逊为Anthropic打造的雷尼尔集群投入使用" joins "Project Rainier
    // switches on", Amazon's by its article, and "Anthropic's Indiana supercluster switches on".)
    const found = unsure(entry) && twoApart(matching.map((i) => clusters[i]!)) ? [] : matching;
    const home = found[0] ?? clusters.push([]) - 1;
    into[home] ??= home;
    clusters[home]!.push(entry);
    if (own.size > 0) together[home] = partiesOf(own, home);
    for (const other of found.slice(1)) {
      const parties = partiesOf(own, home, other);
      if (!anyApart(clusters[other]!.slice(0, SAMPLE), clusters[home]!.slice(0, SAMPLE), parties)) join(home, other, parties);
    }
    for (const token of tokens) {
      const list = index.get(token);
      if (!list) index.set(token, [home]);
      else if (list[list.length - 1] !== home) list.push(home);
    }
  });
  // A second look, now that every entry is placed: an event whose first entries were read before the entry that names it
  // best ("Amazon flips the switch on Project Rainier", before "亚马逊为Anthropic打造的雷尼尔集群投入使用" joined Amazon's and
  // Anthropic's tellings) joins the one event it is, by the same tests; where it fits two that cannot be one, a guess is no merge.
  // (An event of entries that could each be either of two is left as it is, from either side.)
  clusters.forEach((cluster, c) => {
    if (cluster.length === 0 || cluster.every(unsure)) return;
    const sample = cluster.slice(0, SAMPLE);
    const candidates = new Set<number>();
    for (const e of sample) for (const token of e.about.tokens) for (const i of (index.get(token) ?? []).slice(0, CANDIDATES)) if (root(i) !== c) candidates.add(root(i));
    const fits = [...candidates].sort((x, y) => x - y).filter((i) => !clusters[i]!.every(unsure) && fit(sample, i, NONE, c));
    if (fits.length === 0 || (fits.length > 1 && twoApart(fits.map((i) => clusters[i]!)))) return;
    for (const other of fits) join(c, other, partiesOf(NONE, c, other));
  });
  return clusters.filter((c) => c.length > 0);
}

/** The company group a title or tagline names first, or null (syndicated titles repeat: each is read once). */
const companyNamed = memoByText((text: string): string | null => {
  // A product names its company: "Amazon's third Trainium is here, and it wants Nvidia's lunch money" is about Amazon.
  const named = findEntities(inReaderWords(text)).find((e) => e.kind === 'company' || e.kind === 'product');
  return named ? companyGroup(ownerOf(named.name)) : null;
});

/** Every company group a title or tagline names, in order, a product as its company's. */
const companiesNamed = memoByText((text: string): string[] => [
  ...new Set(findEntities(inReaderWords(text)).flatMap((e) => (e.kind === 'company' || e.kind === 'product' ? [companyGroup(ownerOf(e.name))] : []))),
]);

/** The company group an article is about: the first its title names, else its tagline. */
const companyOfArticle = (article: Article): string | null => companyNamed(article.title) ?? (article.tagline ? companyNamed(article.tagline) : null);

/**
 * Whether an entry that names no company nor product is, by its article, about another company
 * than the one `other` names ("The server-rental arm posts its sharpest acceleration", in an
 * article on Amazon, is not Microsoft's results of that month). A product names its company, a name the
 * vocabulary does not know its own subject ("BIS pulls the B30A licences", in a story on AMD, is about the B30A),
 * and a sum of money its deal, whoever the article is about (a roundup's title names one company); not results
 * ("Fiscal 3Q27 revenue passes $100bn", in a note on Nvidia, is not AMD's quarter). Two entries that name no company
 * are each their article's: "The company publishes a record monthly turnover", in a story on TSMC, is not "Third-quarter
 * numbers: backlog climbs to a new record" in one on CoreWeave.
 */
const otherArticleCompany = (entry: Entry, other: Entry, together: ReadonlySet<string>) => {
  if (entry.about.companies.size > 0 || entry.about.families.size > 0 || entry.about.names.size > 0 || (!entry.about.metrics.has('results') && entry.about.values.some((v) => MONEY_UNITS.includes(v.unit)))) return false;
  const [own, others] = [companiesOf(entry), other.about.companies.size > 0 ? other.about.companies : namesNoProduct(other) ? companiesOf(other) : new Set<string>()];
  return differ(own, others) && !bridged(own, others, together);
};

/**
 * Whether an entry names no product nor family, nor a name the vocabulary does not know ("BIS pulls the B30A licences"), so that
 * its article's company may stand for the company it leaves unnamed.
 */
const namesNoProduct = (entry: Entry) => entry.about.families.size === 0 && entry.about.products.size === 0 && entry.about.names.size === 0;
/**
 * How many days apart two outlets may date one event to the day: the day it was announced and the day it was reported,
 * or two time zones (the evaluation's 46 events told to the day by two outlets or more are each told on one day).
 */
const DAYS_SLACK = 2;

/**
 * Whether two entries dated to the day are further apart than one event's telling: talks reported on 4 November, a bid
 * turned down on the 10th and a deal signed on the 18th are three events, however alike their words.
 */
const daysApart = (a: Entry, b: Entry): boolean => a.day !== null && b.day !== null && Math.abs(a.day - b.day) > DAYS_SLACK;

/** Whether two entries cannot be one event: their days are too far apart, what they say disagrees, or one's article is about another company than the other names. */
const apart = (a: Entry, b: Entry, together: ReadonlySet<string> = NONE): boolean =>
  daysApart(a, b) || disagree(a.about, b.about, together) || otherArticleCompany(a, b, together) || otherArticleCompany(b, a, together);

/**
 * Whether an entry may be either of two events of its month: it names no company, or two side by side, or its subject is a kind
 * of company of a town, and no product family ("The cloud giant's top line grows at its fastest clip", "Amazon and Microsoft
 * both report their results"; not "亚马逊为Anthropic打造的雷尼尔集群投入使用", which names one facility's two parties).
 */
const unsure = (entry: Entry) => ((entry.about.companies.size !== 1 && !entry.about.bridges) || entry.about.subjects.size > 0) && entry.about.families.size === 0;

/** Whether any of one set of entries is apart from any of another, given the parties named together. */
const anyApart = (xs: Entry[], ys: Entry[], together: ReadonlySet<string> = NONE): boolean => xs.some((x) => ys.some((y) => apart(x, y, together)));

/** Whether two of the clusters cannot be one event: some of their first entries are apart. */
function twoApart(found: Entry[][]): boolean {
  const samples = found.slice(0, SAMPLE).map((c) => c.slice(0, SAMPLE));
  return samples.some((x, i) => samples.slice(i + 1).some((y) => anyApart(x, y)));
}

/** Whether an entry names what an event is about: a product, a metric or a sum of money. */
const anchored = (about: About) => about.products.size > 0 || about.metrics.size > 0 || about.values.some((v) => MONEY_UNITS.includes(v.unit));
/** The companies an entry names, a product as its company's: "A Trn4 preview closes the keynote" is Amazon's. */
const namedCompanies = (about: About): Set<string> => new Set([...about.companies, ...[...about.products, ...about.families].flatMap((p) => (PRODUCT_NAMES.has(p) ? [companyGroup(ownerOf(p))] : []))]);
/** The companies an entry is about: those it names, else its article's. */
const companiesOf = (entry: Entry): Set<string> => {
  if (entry.about.companies.size > 0) return entry.about.companies;
  const company = companyOfArticle(entry.from);
  // A subject called by a kind and town its article's company is not of ("The Santa Clara accelerator vendor", in a story on Amazon) is one of those.
  if (entry.about.subjects.size > 0 && !(company && entry.about.subjects.has(company))) return entry.about.subjects;
  return new Set(company ? [company] : []);
};
/** The act a metric of deals names when no verb does: "puts $2 billion into Mistral" invests. */
const ACT_OF_METRIC: Record<string, string> = { investment: 'invest', acquisition: 'acquire' };
/** The kind of act an entry tells: its verb's, else its deal metric's. */
const actOf = (about: About) => about.action ?? [...about.metrics].map((m) => ACT_OF_METRIC[m]).find(Boolean) ?? null;
/** How many of a cluster's entries a join compares, and how many events of one company it looks through. */
const SAMPLE = 5;
/** How many of a cluster's entries an entry may be the same event as. */
const MATCHED = 20;
const CANDIDATES = 50;

/**
 * Joins entries that name no product, metric or sum ("Another equal-sized injection leaves
 * the Kindle maker holding twice as much", "A version-three successor is pencilled in") to
 * the one event of the month that they can be: an event that names what it is about, of
 * the same company (the entry's own, or its article's when it names none; an event's product
 * names its company) and the same kind
 * of act, with nothing either says disagreeing (another company, generation or figure). Where
 * two events could be the one, the entry stays apart: a guess is no merge.
 */
function joinUnanchored(clusters: Entry[][]): Entry[][] {
  const homes = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    if (!cluster.some((e) => anchored(e.about))) return;
    const companies = new Set(cluster.slice(0, SAMPLE).flatMap((e) => [...namedCompanies(e.about)]));
    for (const company of companies) {
      const list = homes.get(company);
      if (!list) homes.set(company, [i]);
      else list.push(i);
    }
  });
  if (homes.size === 0) return clusters;
  const joined = clusters.map((c) => [...c]);
  const gone = new Set<number>();
  clusters.forEach((cluster, i) => {
    if (cluster.some((e) => anchored(e.about) || e.about.action === null)) return;
    const sample = cluster.slice(0, SAMPLE);
    const companies = [...new Set(sample.flatMap((e) => [...companiesOf(e)]))];
    if (companies.length === 0) return;
    const found = new Set<number>();
    for (const company of companies) for (const home of (homes.get(company) ?? []).slice(0, CANDIDATES)) found.add(home);
    const fits = [...found].filter((home) => {
      const members = clusters[home]!.slice(0, SAMPLE);
      return sample.every((e) => {
        const own = companiesOf(e);
        return members.every((m) => !disagree(e.about, m.about) && actionsAgree(e.about.action, m.about.action)) && members.some((m) => actOf(m.about) !== null && actionsAgree(e.about.action, actOf(m.about)) && [...own].every((c) => namedCompanies(m.about).has(c)));
      });
    });
    if (fits.length !== 1) return;
    joined[fits[0]!]!.push(...cluster);
    gone.add(i);
  });
  return joined.filter((_, i) => !gone.has(i));
}

/** Chinese or Japanese writing: an outlet of a time zone ahead of America's. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Whether two entries are one event told a day apart, as their names and figures show: the same company's same product
 * ("OpenAI launches Sora 2", "OpenAI发布视频生成模型Sora 2"), or its same metric with the same figure ("Amazon reports
 * second-quarter results, with AWS sales up 17.5%", "アマゾン、4～6月期決算を発表。AWSの売上高は17.5%増").
 */
const sameByName = (a: About, b: About): boolean =>
  sameEvent(a, b) && shares(a.companies, b.companies) && (shares(a.products, b.products) || (shares(a.metrics, b.metrics) && a.values.some((x) => b.values.some((y) => x.unit === y.unit && agree(x, y)))));

/**
 * Joins an event of a month's last day to the same event dated the next month's first day by an outlet in Chinese or
 * Japanese, whose day had begun when an American company told it in its evening: "September 30: OpenAI launches Sora 2"
 * and "2025年10月1日：OpenAI发布视频生成模型Sora 2" are one launch. Only one day apart, the later told in Chinese or
 * Japanese and the earlier not, the same company's same product or the same figure of its metric, and one event of the
 * month before that it can be: two launches a day apart in one language, or a month's first day told by an American
 * outlet, stay apart.
 */
function joinAcrossMidnight(clusters: Entry[][]): Entry[][] {
  // The clusters with an entry of a month's last day not in Chinese or Japanese, by the day after it.
  const byNextDay = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    for (const e of cluster) {
      if (e.date.length !== 10 || CJK.test(e.text)) continue;
      const after = nextDay(e.date);
      if (after.slice(0, 7) === e.month) continue;
      const list = byNextDay.get(after);
      if (!list) byNextDay.set(after, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  if (byNextDay.size === 0) return clusters;
  const joined = clusters.map((c) => [...c]);
  const into = new Map<number, number>();
  clusters.forEach((cluster, j) => {
    const firsts = cluster.filter((e) => e.date.length === 10 && e.date.endsWith('-01') && CJK.test(e.text));
    const homes = [...new Set(firsts.flatMap((f) => byNextDay.get(f.date) ?? []))].filter((i) => {
      const members = clusters[i]!.slice(0, SAMPLE);
      const lasts = clusters[i]!.filter((e) => nextDay(e.date) === firsts[0]!.date);
      return lasts.some((e) => firsts.some((f) => sameByName(e.about, f.about))) && !anyApart(cluster.slice(0, SAMPLE), members);
    });
    if (homes.length !== 1) return;
    // A home joined to the month before it already (a cluster of one month's first and last days) is that one's.
    let home = homes[0]!;
    while (into.has(home)) home = into.get(home)!;
    joined[home]!.push(...joined[j]!);
    into.set(j, home);
  });
  return joined.filter((_, i) => !into.has(i));
}

function eventOf(cluster: Entry[]): TimelineEvent {
  const sample = cluster.slice(0, 20);
  const score = (e: Entry) => sample.reduce((sum, o) => sum + (o === e ? 0 : jaccard(e.about.words, o.about.words)), 0);
  const lead = [...sample].sort((a, b) => score(b) - score(a) || a.text.length - b.text.length || cmp(a.text, b.text))[0]!;
  const dates = [...new Set(cluster.map((e) => e.date))].sort(cmp);
  const date = dates.find((d) => d.length === 10) ?? dates[0]!;
  // The id comes from the words, not the kind of spaces between them.
  const words = lead.text.replace(/\s+/g, ' ');
  const id = `event-${lead.month}-${slugify(words).slice(0, 48).replace(/-+$/, '')}-${shortHash(`${lead.month}\u0000${words}`, 6)}`;
  return {
    id,
    date,
    text: lead.text,
    url: siteUrls.event(id),
    mentions: cluster.map((e) => ({ article: e.article, date: e.date, text: e.text })).sort((a, b) => cmp(a.article, b.article) || cmp(a.text, b.text)),
  };
}
