/**
 * Finds the entities (companies, their units, products) and metric phrases a sentence
 * names, with their positions, using the vocabularies of vocabulary.ts (and the other
 * names of epithets.ts) compiled once.
 * A unit named by its role ("Amazon's cloud business") is the unit; one named by its
 * role alone ("the cloud division") is the unit of the company named before it, else
 * of the company the article is about.
 */
import { companyGroup, ENTITIES, METRICS, PARENT, UNIT_ROLE_AFTER_PARENT, UNIT_ROLE_AFTER_PARENT_CJK, UNIT_ROLE_ONLY_CJK, UNIT_ROLE_WORDS, type EntityEntry, type EntityKind, type MetricEntry, type UnitRole } from './vocabulary.ts';
import { memoByText } from '../memoByText.ts';
import { matchesOf } from './matchesOf.ts';
import { EPITHETS } from './epithets.ts';
import { isPlaceName } from './places.ts';
import { COMPANY_OF_CHIEF } from './chiefs.ts';
import { MONTH_WORD } from '../parse/timelineDates.ts';

export interface FoundEntity {
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
}

/** A unit named by its role only, before it is known whose unit it is. */
interface FoundRole extends FoundEntity {
  role: UnitRole;
}

const entityByName = new Map(ENTITIES.map((e) => [e.name, e]));
/** Each company's units by role: Amazon's cloud unit is AWS. */
const UNIT_OF_ROLE = new Map(ENTITIES.flatMap((e) => (e.parent && e.role ? [[`${e.parent}\u0000${e.role}`, e.name] as const] : [])));

/** The unit of `company`'s group that plays `role`, or null. */
export function unitOf(company: string, role: UnitRole): string | null {
  if (entityByName.get(company)?.role === role) return company;
  return UNIT_OF_ROLE.get(`${companyGroup(company)}\u0000${role}`) ?? null;
}

/** The nearest ancestor of a product that is a company or unit (Trainium → AWS), or the name itself. */
export function ownerOf(name: string): string {
  let at = name;
  while (entityByName.get(at)?.kind === 'product' && PARENT.has(at)) at = PARENT.get(at)!;
  return at;
}

/** A parent's name as a pattern: its aliases, without the look-aheads that keep its units out. */
const aliasesOf = (name: string) => entityByName.get(name)!.aliases.map((a) => a.replace(/\(\?!(?:[^()]|\([^()]*\))*\)/g, ''));
/** A phrase written in Chinese or Japanese: no spaces, so no word boundaries either (`AWS营收`, `增长21%`). */
const CJK_PHRASE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** Whether an alias is written in Chinese or Japanese (no Latin word in it). */
const isCjkAlias = (alias: string) => CJK_PHRASE.test(alias) && !/[A-Za-z]{2}/.test(alias);
/**
 * "Amazon's cloud business", "Microsoft's cloud unit", アマゾンのクラウド: a unit named by its
 * parent and its role, tried before the parent alone.
 */
const ROLE_ALIASES = ENTITIES.filter((e) => e.parent && e.role).map((e) => {
  const aliases = aliasesOf(e.parent!);
  const cjk = aliases.filter(isCjkAlias);
  // Not another unit whose own name is its parent's and a role word: "Microsoft Cloud revenue" is no Azure figure.
  const siblings = ENTITIES.filter((o) => o.parent === e.parent && !o.role).flatMap((o) => o.aliases.filter((a) => !isCjkAlias(a)));
  const notSibling = siblings.length > 0 ? `(?!(?:${siblings.join('|')})\\b)` : '';
  return {
    entry: e,
    sources: [
      // "Amazon's cloud business"; in Chinese text the Latin name takes the Chinese role word: "Google 雲端營收"; a headline's
      // "AMZN: Cloud Unit's Top Line Jumps" names the unit after its company and a colon.
      `${notSibling}(?:${aliases.filter((a) => !isCjkAlias(a)).join('|')})(?:(?:['’]s)? ${UNIT_ROLE_AFTER_PARENT[e.role!]}|\\s?${UNIT_ROLE_AFTER_PARENT_CJK[e.role!]}|[:：]\\s?${UNIT_ROLE_WORDS[e.role!]}(?![\\w]))`,
      // A Japanese headline's 米アマゾン、クラウド28％増収: the company, a comma, then its unit and its figure or measure (not
      // アマゾン、クラウドが主役, where a particle makes the cloud what the company's news is about).
      ...(cjk.length > 0 ? [`(?:${cjk.join('|')})(?:、(?=クラウド(?!(?:事業|部門)?[がはもをにの])))?${UNIT_ROLE_AFTER_PARENT_CJK[e.role!]}`] : []),
    ],
  };
});
/**
 * "the cloud division", "its cloud unit": whose it is depends on the text around it. After a
 * possessive the role words alone are the unit of whoever it names ("the Copilot vendor's cloud
 * platform"), a name the entity model reads apart.
 */
const ROLE_ONLY = (Object.entries(UNIT_ROLE_WORDS) as [UnitRole, string][]).map(([role, words]) => ({
  role,
  pattern: new RegExp(`(?:(?<![\\w-])(?:the|its|their|the (?:company|firm|group|retailer|giant|conglomerate|parent|e-?commerce giant)['’]s) |(?<=[\\w-]['’]s ))${words}(?![\\w])`, 'gi'),
}));

/** 其云业务, 旗下雲端業務, 同社のクラウド部門: the same in Chinese and Japanese, where no space sets the words apart. */
const ROLE_PATTERNS = [...ROLE_ONLY, ...(Object.entries(UNIT_ROLE_ONLY_CJK) as [UnitRole, string][]).map(([role, words]) => ({ role, pattern: new RegExp(words, 'g') }))];

export interface FoundMetric {
  metric: MetricEntry;
  start: number;
  end: number;
}


/**
 * One pattern for many phrases: Latin ones as whole words (`boundary` the characters that
 * may not follow them), Chinese and Japanese ones wherever they stand.
 */
export function phrasePattern(sources: string[], flags: string, boundary = String.raw`[\w]`): RegExp {
  // A pattern with Latin words in it ("Amazon's cloud business", whatever else it allows) is a Latin one.
  const latin = sources.filter((s) => !isCjkAlias(s));
  const cjk = sources.filter(isCjkAlias);
  const parts = [...(latin.length ? [`(?<![\\w-])(?:${latin.join('|')})(?!${boundary})`] : []), ...(cjk.length ? [`(?:${cjk.join('|')})`] : [])];
  return new RegExp(parts.join('|'), flags);
}

const compile = (sources: string[], caseSensitive = false, boundary?: string) => phrasePattern(sources, caseSensitive ? 'g' : 'gi', boundary);
/**
 * What may not follow a name: a letter or a digit (`H100` is not `H10`), but for a percentage, which Chinese and
 * Japanese headlines write against the name ("Azure39％増": Azure, up 39%), and a date, which they write against it too
 * ("CoreWeave11月10日公布", "AMD3日発表").
 */
const NAME_BOUNDARY = String.raw`[A-Za-z_]|\d(?![\d.,]*[%％]|\d*[年月日])`;

/**
 * An alias without the look-behind it may open with ("(?<=offer from )Seattle" is "Seattle") or the look-ahead it may end
 * with ("DRAM(?= contract prices?)" is "DRAM"): which entry a matched text is, is read from the text alone, where what stood
 * around it is gone.
 */
function withoutLookaround(source: string): string {
  return withoutLookAhead(source.startsWith('(?<=') ? source.slice(groupEnd(source, 0) + 1) : source);
}

/** `source` without the look-ahead it ends with. */
function withoutLookAhead(source: string): string {
  const at = source.lastIndexOf('(?=');
  return at > 0 && groupEnd(source, at) === source.length - 1 ? source.slice(0, at) : source;
}

/** Where the group that opens at `open` in `source` closes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  return source.length;
}

/**
 * The longest pattern V8 still optimises: beyond 20 KB of source (`kRegExpTooLargeToOptimize`) it compiles a
 * pattern without its optimisations, and scanning with it took three to four times as long (the company names
 * reached 20,672 characters: the analysis of 4,000 articles went from 3.9–4.9 s to 5.8–6.4 s). Half of it leaves room.
 */
const MAX_PATTERN_SOURCE = 10_000;

/** `sources` in consecutive runs of at most MAX_PATTERN_SOURCE characters, in order (one alias longer than that is a run alone). */
function inPieces(sources: string[]): string[][] {
  const pieces: string[][] = [[]];
  let length = 0;
  for (const source of sources) {
    if (length + source.length > MAX_PATTERN_SOURCE && pieces.at(-1)!.length > 0) {
      pieces.push([]);
      length = 0;
    }
    pieces.at(-1)!.push(source);
    length += source.length + 1;
  }
  return pieces;
}

/**
 * All entities in a few regular expressions (per case rule, in pieces small enough for V8 to optimise): few scans per sentence.
 * Which entry a match is, is read from the matched text once per distinct text (the
 * first entry whose own aliases match all of it, as the alternation tries them), not
 * from a named group per entry, which cost every match an object of ~50 groups.
 */
const ENTITY_PATTERNS = [false, true].map((caseSensitive) => {
  const roles = caseSensitive ? [] : ROLE_ALIASES;
  const epithets = caseSensitive ? [] : EPITHETS.map(({ company, aliases }) => ({ entry: entityByName.get(company)!, sources: aliases }));
  const entries = [...roles, ...epithets, ...ENTITIES.filter((e) => Boolean(e.caseSensitive) === caseSensitive).map((entry) => ({ entry, sources: entry.aliases }))].map(({ entry, sources }) => ({
    entry,
    sources,
    whole: new RegExp(`^(?:${sources.map(withoutLookaround).join('|')})$`, caseSensitive ? '' : 'i'),
  }));
  const resolved = new Map<string, EntityEntry>();
  const entryOf = (text: string) => {
    let entry = resolved.get(text);
    if (!entry) {
      entry = entries.find((e) => e.whole.test(text))!.entry;
      resolved.set(text, entry);
    }
    return entry;
  };
  return { entryOf, patterns: inPieces(entries.flatMap((e) => e.sources)).map((sources) => compile(sources, caseSensitive, NAME_BOUNDARY)) };
});
/** The entity model's patterns as compiled, for the test that holds each under V8's optimisation limit. */
export const entityPatternSources = (): string[] => ENTITY_PATTERNS.flatMap((p) => p.patterns.map((pattern) => pattern.source));
const METRIC_PATTERNS = METRICS.map((metric) => ({ metric, pattern: compile(metric.phrases) }));

const scanned = memoByText(scanEntities);

/**
 * Entities in `text`, left to right; where aliases overlap the longest wins. A unit
 * named by its role alone is the unit of the company named before it, else of `about`
 * (the company the article is about), else left out.
 */
export function findEntities(text: string, about: string | null = null): readonly FoundEntity[] {
  const found = scanned(text);
  if (!found.some((e) => 'role' in e)) return found;
  return found.flatMap((e, i) => {
    if (!('role' in e)) return [e];
    const owner = found.slice(0, i).reverse().find((o) => !('role' in o) && o.kind === 'company')?.name ?? about;
    const unit = owner ? unitOf(owner, (e as FoundRole).role) : null;
    return unit ? [{ name: unit, kind: 'company' as const, start: e.start, end: e.end }] : [];
  });
}

/** Metric phrases in `text`, left to right (overlaps kept: the nearest one is chosen later). */
export const findMetrics: (text: string) => readonly FoundMetric[] = memoByText(scanMetrics);

function scanEntities(text: string): FoundEntity[] {
  const found: FoundEntity[] = [];
  for (const { role, pattern } of CJK_PHRASE.test(text) ? ROLE_PATTERNS : ROLE_ONLY) {
    for (const match of matchesOf(pattern, text)) found.push({ name: '', kind: 'company', role, start: match.index, end: match.index + match[0].length } as FoundRole);
  }
  for (const { entryOf, patterns } of ENTITY_PATTERNS) {
    for (const match of patterns.flatMap((pattern) => matchesOf(pattern, text))) {
      if (match[0] === '') continue;
      const entry = entryOf(match[0]);
      found.push({ name: entry.name, kind: entry.kind, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundEntity[] = [];
  for (const entity of found) if (!kept.some((k) => entity.start < k.end && entity.end > k.start)) kept.push(entity);
  return kept.filter((e, i) => !namesOwnUnitNext(text, e, kept[i + 1]) && !(e.kind === 'company' && DESCRIBES_AFTER.test(text.slice(e.end, e.end + 28))));
}

/**
 * A company named as the first part of a word that describes something else by it: "Nvidia-powered capacity", "an
 * AMD-based cluster", エヌビディア製のGPU, 英伟达制造的芯片. It is no party to the sentence's figures ("CoreWeave, which rents out Nvidia-powered capacity,
 * said its backlog reached $55.6 billion" is CoreWeave's). Not who backs, owns or leads a company ("the
 * Microsoft-backed lab", "the Sam Altman-led company"), which names it; but the leader of a round is its investor, no party to the valuation it sets ("Contoso's valuation after
 * its Fabrikam-led round is $40 billion" is Contoso's).
 */
const DESCRIBES_AFTER = /^(?:-(?:powered|based|built|designed|made|hosted|equipped|branded|compatible|certified|led (?:funding |financing |investment )?(?:round|raise)\b)\b|製の|製(?=[ＧGＴT]|チップ|半導体)|(?:制造|製造|生产|生產)的)/;

/**
 * Whether `next` is a unit of the company `entity` written right against it as one name ("微软Azure", "Alphabet Google
 * Cloud"), so that only the unit is named, as "Microsoft Azure" is. Not after a possessive ("Microsoft's Azure" names
 * both, the company opening its sentence), nor a product of the company ("Amazon Trainium2").
 */
function namesOwnUnitNext(text: string, entity: FoundEntity, next: FoundEntity | undefined): boolean {
  if (!next || entity.kind !== 'company' || next.kind !== 'company' || next.name === entity.name) return false;
  return PARENT.get(next.name) === entity.name && /^\s?$/.test(text.slice(entity.end, next.start));
}

function scanMetrics(text: string): FoundMetric[] {
  const found: FoundMetric[] = [];
  for (const { metric, pattern } of METRIC_PATTERNS) {
    for (const match of matchesOf(pattern, text)) {
      if (match[0] !== '') found.push({ metric, start: match.index, end: match.index + match[0].length });
    }
  }
  // "committed contracts it has yet to book as revenue" names the backlog: "committed" (an investment) and "revenue" inside it
  // name no sum of their own. A word inside a phrase for figures of another unit keeps its own ("lifted its top line" is
  // revenue growth, and "top line" still the revenue a sum beside it is).
  const inside = (m: FoundMetric, o: FoundMetric) =>
    o.metric.name !== m.metric.name && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start && o.metric.units.some((u) => m.metric.units.includes(u));
  const whole = found.filter((m) => !found.some((o) => inside(m, o)) && !wholeOfPart(text, m));
  return whole.sort((a, b) => a.start - b.start);
}

/** Before a sum's whole, named as what a part is of: "more than half of its capex plan", "40% of Amazon's capital spending". */
const PART_OF_BEFORE = /\b(?:half|(?:a|one|two) thirds?|(?:a|one|three) quarters?|most|the bulk|part|a (?:large |big |small )?(?:portion|chunk|slice|fraction)|\d[\d.]*\s?(?:%|percent|per cent))\s+of\s+(?:(?:its|their|his|her|the|this year's|next year's|the company's|[A-Z][\w.&-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A whole in Chinese, between 占 and the part's size: 占其资本开支计划的一半以上, 佔全年資本支出的四成. */
const PART_OF_BEFORE_CJK = /(?:占|佔|相当于|相當於)(?:了|其|据|據)?[^，。,；;\d]{0,12}$/u;
const PART_OF_AFTER_CJK = /^[^，。,；;\d]{0,8}?的\s*(?:约|約|近|超过|超過)?\s*(?:一半|半数|半數|大半|多半|过半|過半|[二两兩三四五六七八九十]分之[一二两兩三四五六七八九]|\d[\d.]*\s?[%％]|[一二三四五六七八九]成)/u;
/** A whole in Japanese, before the part's size: 設備投資計画の半分以上を占める. */
const PART_OF_AFTER_JA = /^(?:計画|総額)?の\s*(?:約|およそ)?\s*(?:半分|過半|大半|[\d.]+\s*[%％]|[一二三四五六七八九]割)(?:以上|超|強|弱)?を占め/u;

/**
 * Whether a sum's metric is named only as the whole a part is of: in "will spend 85 billion yuan on AI chips, more than half
 * of its capex plan" (拿出850亿元用于采购AI芯片，占其资本开支计划的一半以上) the sum is the chips', a part of capex, not capex.
 * Shares (percentages of a whole) are measures of their own and keep theirs.
 */
function wholeOfPart(text: string, m: FoundMetric): boolean {
  if (!m.metric.units.some((u) => u !== '%')) return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 24);
  return PART_OF_BEFORE.test(before) || (PART_OF_BEFORE_CJK.test(before) && PART_OF_AFTER_CJK.test(after)) || PART_OF_AFTER_JA.test(after);
}

/**
 * Capitalised words that open English sentences without naming a company: a capitalised
 * name before the verb is a company the vocabulary does not know only when it is none of these
 * ("Six months ago it was …" opens with a number, not a name).
 */
const NOT_A_NAME = new Set(
  'a an the this that these those it its their our we they he she i in on at for from with by as but and or so yet if when while after before since during over under about analysts investors shares revenue revenues sales capital operating net total annual quarterly cloud ai meanwhile however still also last next first second third fourth overall according together both each every all most some many such other another one two three four five six seven eight nine ten eleven twelve half why what how who where data industry global wall street chief ceo executives officials management board company companies firm group its despite including plus there here now then today yesterday earlier later social online viral recent several few various media guidance outlook consensus estimates expectations hbm hbm3 hbm3e hbm4 dram nand gpu gpus cpu cpus tpu tpus asic asics adjusted gross reported underlying organic comparable cfo coo cto cio president chairman chairwoman chair founder co-founder cofounder mr ms mrs dr sir developers hyperscalers buyers sellers customers clients tenants landlords lenders banks regulators lawmakers suppliers vendors makers chipmakers providers operators utilities traders economists rivals competitors peers users consumers brokers owners partners bidders'.split(' '),
);
/** Words that open a sentence capitalised and name no company when they stand alone: "New regions: Vietnam …" ("New Relic" is a name). */
const NOT_A_NAME_ALONE = new Set(['new', 'big', 'large', 'small', 'major', 'top', 'key', 'early', 'more', 'less', 'higher', 'lower', 'strong', 'weak']);
/**
 * A capitalised name at the start of a sentence, before a verb (an adverb between them or not) or a possessive: "Reliance will
 * invest …", "AEP now intends to invest …", "Mistral's revenue …".
 * Each part of a hyphenated name is capitalised ("Gen-two accelerators" is no name), and a plural noun followed by
 * its verb ("Federal customers are promised", "Customer commitments signed but not yet booked") makes the capitalised word
 * an adjective, not a name.
 */
const OPENING_NAME = /^["“‘']?(?:The\s+)?((?:[A-Z][\w&.]*(?:-[A-Z\d][\w&.]*)*)(?:\s+[A-Z][\w&.]*(?:-[A-Z\d][\w&.]*)*){0,2})(?:['’]s\b|(?<=[^\Ws]s)['’](?=\s+[a-z])|(?:\s+(?:now|also|still|already|then|again|further|meanwhile|separately|recently|this week|last week))?\s+(?:will|would|could|has|have|had|is|are|was|were|plans?|said|told|won|struck|grew|rose|fell|[a-z]+ed|[a-z]+s(?!\s+(?:are|were|is|was|have|had|has|will|would|can|could|may|might|must|should|do|did|get|got|say|said|[a-z]+ed)\b))\b)/;

/** A month or a span of months, which dates what follows: "July-September results come in ahead of forecasts". */
const MONTHS_NAMED = new RegExp(String.raw`^(?:${MONTH_WORD})(?:\s*[-–]\s*(?:${MONTH_WORD}))?$`, 'i');

/** Seats and names of governments, and their ministries and regulators, which stand for a government, not a company: "Washington's agencies get …" ("Washington Post" is still a name). */
const GOVERNMENTS = new Set(['washington', 'beijing', 'brussels', 'london', 'tokyo', 'moscow', 'paris', 'berlin', 'seoul', 'ottawa', 'canberra', 'new delhi', 'delhi', 'whitehall', 'congress', 'pentagon', 'white house', 'us', 'u.s.', 'u.s', 'uk', 'u.k.', 'eu',
  // Ministries and regulators, which grant, approve or block, and are no company: "METI approved a subsidy …".
  'meti', 'miti', 'ferc', 'ftc', 'sec', 'doj', 'cfius', 'ofcom', 'cma', 'ndrc', 'miit', 'samr', 'mofcom',
  // "Commerce clears Nvidia's B30A", "BIS pulls the licences": the US Commerce Department and its export bureau.
  'commerce', 'commerce department', 'department of commerce', 'bis', 'bureau of industry and security', 'treasury']);

/** A country named before its ministry: "the US Commerce Department", "the U.S. Treasury". */
const COUNTRY_OF_GOVERNMENT = /^(?:us|u\.s\.?|american|uk|british|chinese|japanese|eu)\s+(?=\S)/;
/** Whether a name is a government's seat, a government or one of its ministries or regulators: "Washington", "US Commerce Department", "METI". */
export const isGovernment = (name: string): boolean => GOVERNMENTS.has(name.toLowerCase().replace(COUNTRY_OF_GOVERNMENT, ''));

/**
 * The company a sentence names at its start that the vocabulary does not know, or null (a country or a US state is none:
 * "Korea's 260,000-GPU agreement"; nor a person named by their title, "CFO Brian Olsavsky guided …"). A chief named there
 * stands for the company they run: "Garman's division ended September with …" is AWS's.
 */
export function unknownSubject(sentence: string): string | null {
  const match = OPENING_NAME.exec(sentence);
  if (!match) return null;
  const name = match[1]!;
  const chief = COMPANY_OF_CHIEF.get(name);
  if (chief) return chief;
  // "Mira Murati's Thinking Machines Lab closed …": what a name owns, itself named, is the subject.
  const owned = /['’]s$/.test(match[0]) ? unknownSubject(sentence.slice(match[0].length).trimStart()) : null;
  if (owned) return owned;
  if (NOT_A_NAME.has(name.split(/\s+/)[0]!.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase()) || isGovernment(name) || MONTHS_NAMED.test(name) || isPlaceName(name) || findMetrics(name).length > 0) return null;
  return name;
}
