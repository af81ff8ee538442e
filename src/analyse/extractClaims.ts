/**
 * Walks every part of an article that carries facts — title, tagline, TL;DR,
 * deep insight, takeaways, technical notes, predictions, long-form paragraphs,
 * notes, lists and every table cell — and reads the figures each sentence or cell
 * states. Each figure becomes a mention with the exact sentence or cell it came from.
 */
import type { Article, Mention, Modality, OfferStatus, Table, Value } from '../schemas.ts';
import { splitSentences } from './splitSentences.ts';
import { BACK_REFERENCE, DEAL_VALUED_OPENS, REVENUE_GROWTH, bareYenOf, chipMultiple, growthOf, isBaseline, periodContextOf, readBackReference, readFigures, type Figure, type SentenceContext } from './readFigures.ts';
import { findEntities, findMetrics, ownerOf, unitOf, unknownSubject } from './entities.ts';
import { bareSumsAsDollars, CJK_TEXT, compatible, CURRENCY_AFTER, findValues, MONEY_UNITS, withUnitOf, type FoundValue } from './parseValue.ts';
import { articleQuarter, dateLineOf, quartersNamed } from './articleDate.ts';
import { beginsAfterArticle, FISCAL_NOTATION, fiscalYearEndOf, lastQuarter, MONTH_WORD, parsePeriod, QUARTER_KEY } from './periods.ts';
import { isMonth, monthBefore, quarterBefore } from './quarters.ts';
import { callsOff, offerStatusOf, readModality } from './modality.ts';
import { onTheMonthBefore, spansYears, withMeasure } from './measures.ts';
import { businessLineOfCell, withLine } from './businessLines.ts';
import { chipsIn, chipsKey, chipsOf, storyChipAgainst, withGeneration, type ArticleChips, type TextChips } from './generations.ts';
import { withSpokenUnits } from './spokenFigures.ts';
import { calendarsKey, type FiscalCalendars } from './fiscalCalendars.ts';
import { AI_LABS, opensWithAntecedent, reporterOf, openingTopicOf, topicOf, withFiscalYearBefore, withLab, withOpener } from './antecedents.ts';
import { companyGroup, FLOW_METRICS, FUTURE_MARKERS, METRICS, SECTORS, SPEECH_AFTER, type MetricEntry } from './vocabulary.ts';
import { periodOfTextFigure } from './cellPeriods.ts';
import { cellMetricsFromText, type CellMetrics } from './columnMetrics.ts';
import { ofChipAnaphor } from './chipAnaphor.ts';
import { cloudUnitOfLabel, dealColumnMetric, gainOverPredecessor, measureAfterMovement, measureColumnOf, receiverOfLabel, statusOfRow } from './tableLabels.ts';
import { boundedCache, boundedCacheByContext, memoByText } from '../memoByText.ts';
import { withHeadlineFigures } from './headlineFigures.ts';
import { orphansOf } from './orphanFigures.ts';
import { textsNaming, unknownCompaniesOf, unknownCompanyIn, unknownRowCompany } from './ownCompany.ts';
import { callsOffBefore, headingModality, headlineTagModality, inContext, isLabelLine, leadInModality, periodEnded, tellsHearsay, type ContextOf } from './contextModality.ts';
import { correctedSentence } from './corrections.ts';
import { figuresReferredBack } from './figureReferredBack.ts';
import { isRunningTotal } from './entryActs.ts';
import { homeDollarOf, homeYuanOf, inHomeDollars, inHomeYuan } from './homeDollar.ts';
import { toDateOfReportedQuarter } from './toDateFigures.ts';
import { listedAsTheLast } from './japaneseLists.ts';
import { earlierPlans } from './earlierPlans.ts';
import { cancelDeadDealTerms } from './deadDeals.ts';

/** A claim as one article states it once, before merging. */
export interface Candidate {
  /** What the claim is about — subject, metric (with counterparty) and period — without its modality. */
  key: string;
  subject: string | null;
  metric: string | null;
  counterparty: string | null;
  value: Value | null;
  period: string | null;
  topic: Figure['metric']['topic'] | 'prediction';
  /** As the mention's own words give it; `fact` where none say otherwise. */
  modality: Modality;
  offerStatus: OfferStatus | null;
  /**
   * The quarter its article reports on, as keys write it (`2026-q1`), or null: a mention
   * whose sentence does not date it is most likely of that quarter (see `dateByFigure`).
   */
  reportedPeriod: string | null;
  /** The quarter under way on its article's date, as keys write it (`2026-q2`), where the date is known: no fact is of it or a later one. */
  writtenIn?: string;
  mention: Mention;
}

const PREDICTION_HEADING = /predict|forecast|outlook|verdict|future/i;
/** A verb that moves or keeps a guidance: "narrowed", "raised", "reiterated", "kept". */
const GUIDANCE_MOVED = /\b(?:narrow|rais|lift|lower|trimm|reiterat|reaffirm|maintain|revis|updat)ed\b|\b(?:kept|guided)\b/i;

/** Right before a company, the mark of a passive's agent: 被, 遭 (遭到), 受到, "by". */
const PASSIVE_AGENT_BEFORE = /(?:被|遭到?|受到)\s*$|\bby\s+$/i;

/**
 * Figures already read, by sentence, then by context (`contextKey`). Outlets and
 * aggregators repeat sentences word for word; reading one is the analysis' costliest
 * step. Pure, so the cache changes nothing but time.
 */
const figuresSeen = boundedCacheByContext<Figure[]>(200_000);

/** One sentence of a text as an article's context reads it. */
interface ReadSentence {
  sentence: string;
  /** The sentence as read, its chips named by their generation given their names (generations.ts): whom it names. */
  named: string;
  /** Whom its figures are of, as named: `named`, or a bare figure's with the sentence it was read with ("$0.2T. What Amazon is budgeting …"). */
  namedWith: string;
  figures: Figure[];
  /** Whether it speaks of the future: in a forecast section, only such sentences are forecasts. */
  future: boolean;
  /** Whether, having no figure of its own, it points back to the one before ("this figure", 这一数字). */
  pointsBack: boolean;
  /** In a predictions list, a sentence without a figure is a forecast claim: its key and subject, made when first needed. */
  forecast?: { key: string; subject: string | null };
}

/** What is known of a text: the quarters it names, and its sentences as each article context reads them (`contextKey`). */
interface TextRecord {
  quarters: string[];
  read: Map<string, ReadSentence[]>;
  /** What it says of numbered chips (generations.ts), made when first needed. */
  chips?: TextChips;
}

/**
 * Texts already seen: article after article repeats a paragraph word for word, and one
 * lookup per text (not one per sentence, nor one more for its quarters) finds all it says
 * (4,000 articles: 68,000 lookups instead of 246,000). The records are only read.
 */
const textsSeen = boundedCache<TextRecord>(50_000);
const recordOf = (text: string) => textsSeen(text, () => ({ quarters: quartersNamed(text), read: new Map() }));

/**
 * The sentences of `text` as read in `context`; `itemBefore`, for an item of a list that opens with "It" or "Its", is the
 * item before it, whose opening company the pronoun stands for (part of `contextId` then).
 */
function readText(text: string, record: TextRecord, context: SentenceContext, contextId: string, chips: ArticleChips | null, itemBefore = ''): ReadSentence[] {
  let read = record.read.get(contextId);
  if (!read) {
    let before: Figure[] = [];
    let last = itemBefore;
    let lab: string | undefined;
    const sentences = splitSentences(text);
    read = sentences.map((sentence, i) => {
      // "The third-generation part", 新チップ: the chip of that generation its article names (generations.ts).
      const named = withGeneration(sentence, chips);
      const written = withSameQuarterOwner(withAntecedent(withLab(withOpener(withFiscalYearBefore(named, last), last), lab), before, last), before);
      lab = findEntities(plainText(sentence)).findLast((e) => AI_LABS.has(e.name))?.name ?? lab;
      const next = sentences[i + 1];
      // "Last one: Nvidia. Data-center revenue of sixty-two point three billion …": a sentence naming no one, after one that
      // only names a company, is about that company.
      // "投資の最大の受け手はエヌビディアだ。5～7月期の売上高は902億ドル": so is a Chinese or Japanese one, which leaves its subject
      // out, after one of no figure that names one company.
      // "米AMDが…129億ドルだった。データセンター部門の売上高は74億ドル": and one after figures of one company other than the
      // article's goes on with that company (elidedSubject).
      const topic =
        last === '' ? undefined : namesNoOne(written) ? (topicOf(last) ?? (opensWithAntecedent(sentence) ? undefined : openingTopicOf(last))) : cjkNamesNone(written) ? ((cjkOfNoOne(written) ? cjkTopicOf(last) : undefined) ?? elidedSubject(before, context.fallbackSubject)) : undefined;
      const [ownContext, ownId] = topic ? [{ ...context, fallbackSubject: topic }, `${contextId}\u0000${topic}`] : [context, contextId];
      // "$0.2T. What Amazon is budgeting for capex in 2026": a bare figure is read with the sentence that says what it is.
      const readFrom = next !== undefined && BARE_FIGURE.test(sentence) ? `${written} ${next}` : written;
      const read = readFrom !== written ? figuresBefore(written, readFrom, ownContext, ownId) : figuresOf(written, ownContext, ownId);
      // "… misstated the size of AWS's backlog. It is $244 billion, not $224 billion.": the measure the correction names.
      const corrected = read.length === 0 && last !== '' ? correctedSentence(written, last) : null;
      const own = corrected ? figuresOf(corrected, context, contextId) : read.length === 0 && last !== '' && before.length === 0 ? ofMetricBefore(written, last, context, contextId) : read;
      const figures = ofSentenceBefore(restatedAs(ofStoryChip(ofChipAnaphor(ofProductBefore(ofUnitBefore(ofUnitWithin(own, written), before, written), last, written), plainText(written), plainText(last)), written, chips), written, next), before, written, context.fallbackSubject, readFrom);
      if (figures.length > 0) before = figures;
      last = named;
      return { sentence, named, namedWith: readFrom === written ? named : `${named} ${next}`, figures, future: FUTURE_MARKERS.test(sentence), pointsBack: figures.length === 0 && pointsBack(plainText(sentence)) };
    });
    record.read.set(contextId, read);
  }
  return read;
}

/**
 * "Alphabet intends to spend $175bn-185bn this year. Meta has pencilled in between $115bn and $135bn.": a sentence
 * that names one company and a sum but no measure at all leaves the measure to the figure before it — whether it names
 * another company or the figure's own ("Amazon's capital expenditures were $56.1 billion in the September quarter. Over the
 * first nine months they totaled $150.7 billion, and Amazon still expects about $215 billion for all of 2026").
 */
function elliptic(sentence: string, before: Figure[]): boolean {
  const plain = plainText(sentence);
  const last = before.at(-1);
  if (!last || CJK_TEXT.test(plain) || findMetrics(plain).some((m) => m.metric.units.includes(last.value.unit))) return false;
  const named = findEntities(plain).filter((e) => e.kind !== 'group');
  // "Amazon's version, for its cloud arm, was a $244 billion-plus tally": a company and its unit are one company.
  if (named.length === 0 || !named.every((e) => companyGroup(e.name) === companyGroup(named[0]!.name)) || !last.subject || last.metric.counterparty) return false;
  // A parallel states a sum of the same kind and size ("$175bn", then "$115bn"), not another measure ("worth $4.5 trillion").
  const values = findValues(plain, bareYenOf(sentence));
  return values.length > 0 && values.every((v) => sameSize(v.value, last.value));
}

/**
 * The clauses of an elliptic Chinese or Japanese sentence (`cjkElliptic`), each read on its own: an opening clause with no
 * figure that tells the rest as hearsay (関係者によると、…約71億ドルの対抗案を示している) still speaks for each clause after it.
 */
function heardClauses(clauses: string[]): string[] {
  const first = clauses[0]!;
  const heard = clauses.length > 1 && !/\d/.test(first) && readModality(first, first.length, first.length, true) === 'rumour';
  return heard ? clauses.slice(1).map((clause) => `${first}、${clause}`) : clauses;
}

/**
 * "売上高は376億ドルとなった。前年同期の293億ドルから大きく伸び、市場予想（369億ドル前後）を上回った。": a Chinese or Japanese
 * sentence that names no one and no measure, and states only sums of money of the size of one the sentence before
 * stated in that currency, speaks of that measure, its subject left out as those languages leave it (a percentage
 * or a count with no measure is not known to be of it). Only after facts: after a plan, `forecastOfPlan` reads it. The
 * sentence may name the company of the figure before (同社は否定している), never another.
 */
function cjkElliptic(sentence: string, before: Figure[]): boolean {
  const plain = plainText(sentence);
  // After a plan or forecast, a forecast measures itself against that plan (forecastOfPlan).
  if (before.length === 0 || before.some((f) => f.modality === 'plan' || f.modality === 'forecast') || !CJK_TEXT.test(plain)) return false;
  const values = findValues(plain, bareYenOf(sentence));
  const money = (v: Value) => /^[A-Z]{3}$/.test(v.unit) && before.some((f) => sameSize(v, f.value));
  if (values.length === 0 || !values.every((v) => money(v.value))) return false;
  // "…との情報も出回ったが、同社は否定している": the company the figure before is of, named again to deny or confirm, is no other subject.
  const ownGroup = before.at(-1)!.subject ? companyGroup(before.at(-1)!.subject!) : null;
  return !findMetrics(plain).some((m) => !m.metric.movement) && !findEntities(plain).some((e) => e.kind !== 'group' && companyGroup(e.name) !== ownGroup);
}

/** The outlook verb that closes a Japanese sentence: "…を見込む。", "…を計画している。", "…とする見通しだ。". */
const CLOSING_OUTLOOK_JA = /(?:を|と)(?:見込む|見込んでいる|見込んだ|計画する|計画している|予定する|予定している|想定する|想定している|する見通し(?:だ|です)?)。?$/u;
/** A Japanese clause that ends on its sum, no verb after it: "26年通期では約2150億ドル", "27年は3割増". */
const ENDS_ON_SUM_JA = /\d[\d.,]*\s*(?:兆|億|万)?(?:ドル|円|ユーロ|元|[%％]|割)(?:程度|前後|規模|強|弱|増|減)?\s*$/u;

/**
 * A source that is a research house, a securities house, an investment partnership or a letter to investors: "Pellham
 * Ridge Research", "Greyfriars Securities, Morning Note", "Thistledown Partners, quarterly letter to investors", 华泰证券,
 * 发现报告 (a house of research reports).
 */
const RESEARCH_HOUSE = /\b(?:Research|Securities|Partners|Equities|(?:Asset|Capital|Investment|Fund|Wealth) Management|Capital Markets|Advis[eo]rs)\b|\bletters? to (?:investors|shareholders|clients|(?:limited )?partners)\b|\b(?:client|research|sector|morning) note\b|证券|證券|研究所|研究院|研报|研報|报告$|報告$/i;

/** Words of a time gone by: "last year's", "the prior quarter", "a year ago", "actuals". */
const PAST_TIME = /\b(?:last|previous|prior) (?:year|quarter|fiscal year)|\ba year (?:ago|earlier)|\bactuals?\b/i;

/** "last year's", "the previous fiscal year's" right before a sum: the sum of that year. */
const LAST_YEARS = /\b((?:last|previous|prior) (?:fiscal )?year)['’]s\s+(?:[~≈]\s?)?$/i;

/** Between a company and the figure listed after it: "Amazon: ~$200B", "Meta – $72.2B", "Alphabet $91.4B". */
const LISTED_AFTER = /^\s*[:–—-]?\s*$/;

/**
 * The figures of a list item or a thread's post that gives each figure right after its company and names no measure
 * ("2/ Amazon: ~$200B", "Amazon $131B, Alphabet $91.4B, Meta $72.2B"): each is of the measure its lead-in names
 * ("Capex check … calendar-2026 guidance"), in the item's own period, else the lead-in's, and as the lead-in says it
 * (guidance: a plan) unless the item names a period of its own ("Last year's actuals"). A deal needs its parties: none.
 */
function listedUnder(sentence: string, leadIn: string, context: SentenceContext): Figure[] {
  const { lead, metric, modality: leadModality } = leadInOf(leadIn);
  if (!metric) return [];
  const plain = plainText(sentence);
  // The cheap tests first: most sentences after a lead-in give no sum of its measure.
  const values = findValues(plain, bareYenOf(sentence)).filter((found) => metric.units.includes(found.value.unit));
  if (values.length === 0 || findMetrics(plain).some((m) => !m.metric.movement)) return [];
  const companies = findEntities(plain).filter((e) => e.kind !== 'group');
  let listedOwner: (typeof companies)[number] | undefined;
  return values.flatMap((found): Figure[] => {
    const owner = companies.findLast((e) => e.end <= found.start && LISTED_AFTER.test(plain.slice(e.end, found.start)));
    // "Alphabet: $175 billion to $185 billion, roughly double last year's $91.4 billion": the listed company's own
    // measure of the year before, a fact, as "Alphabet's capex last year was $91.4 billion" would say.
    const yearBefore = !owner && listedOwner ? LAST_YEARS.exec(plain.slice(0, found.start)) : null;
    if (yearBefore && listedOwner) {
      const subject = metric.ownedByGroup ? companyGroup(listedOwner.name) : listedOwner.name;
      return [{ subject, metric, counterparty: null, value: found.value, period: parsePeriod(yearBefore[1]!, yearBefore[1]!, context, subject), modality: 'fact', offerStatus: null }];
    }
    if (!owner) return [];
    listedOwner = owner;
    const subject = metric.ownedByGroup ? companyGroup(owner.name) : owner.name;
    // "roughly double what it spent last year": a period it is compared with is not its own.
    const ownPeriod = BASELINE_WORDS.test(plain) ? null : parsePeriod(plain, plain, context, subject);
    const leadPeriod = parsePeriod(lead, lead, context, subject);
    const said = readModality(plain, found.start, found.end, false);
    // "Last year's actuals": a time gone by of its own, even one the article's missing date leaves without a year.
    // Not the time of the figure it is compared with: "$175 billion to $185 billion, roughly double last year's $91.4 billion".
    const past = !ownPeriod && PAST_TIME.test(plain.slice(0, found.end + (BASELINE_WORDS.exec(plain.slice(found.end))?.index ?? plain.length)));
    const modality = said !== 'fact' ? said : past || (ownPeriod && ownPeriod !== leadPeriod) ? 'fact' : leadModality;
    return [{ subject, metric, counterparty: null, value: found.value, period: ownPeriod ?? (past ? null : leadPeriod), modality, offerStatus: null }];
  });
}

/** What a lead-in says of the list under it: its measure (none that moves or has a counterparty) and its modality, read once per lead-in. */
const leadInOf = memoByText((leadIn: string) => {
  const lead = plainText(leadIn);
  const metric = findMetrics(lead).find((m) => !m.metric.movement && !m.metric.counterparty)?.metric;
  const modality: Modality = splitSentences(lead).map((s) => readModality(s, s.length, s.length, false)).find((m) => m !== 'fact') ?? 'fact';
  return { lead, metric, modality };
});

/** Whether two sums are of one size, within four times of each other ("$131bn" and "$200bn", not "$200bn" and "$5bn"). */
const sameSize = (a: Value, b: Value) => a.unit === b.unit && Math.abs(a.amount) * 4 >= Math.abs(b.amount) && Math.abs(a.amount) <= 4 * Math.abs(b.amount);

/**
 * "And last year? — One hundred thirty-one billion in 2025.": a sum said without its currency, after a sum in dollars,
 * is in dollars (a transcript, a reply, a list); `sentence` with such sums written so, else as it is.
 */
const spokenSums = (sentence: string, before: Figure[]) => (before.at(-1)?.value.unit === 'USD' ? bareSumsAsDollars(sentence) : sentence);

/** Words that make a period a baseline the figure is compared with ("roughly double last year", "well above 2025", "up from 2025"), not its own. */
const BASELINE_WORDS = /\b(?:than|from|versus|vs|compared|against|above|below|beyond|exceed\w*|higher|lower|double|triple|twice|half)\b/i;

/** Words that give a company's own figure of a measure the text before spoke of: "Oracle's own disclosure is …", "the official number is …". */
const OWN_FIGURE = /\b(?:own|official|reported|actual|disclosed)\s+(?:disclosure|figure|number|tally|count|total)\b|\bdisclosure\b/i;

/** Words of a company's guidance: "is guiding to roughly $99B", "guided for". */
const GUIDES_TO = /\bguid(?:e|es|ed|ing)\s+(?:to|for)\b/i;

/**
 * "A chart making the rounds puts Oracle's backlog at $600B+. Oracle's own disclosure is $510 billion": a sentence that
 * gives the company's own figure or guidance ("For August–October, Jensen Huang's crew is guiding to roughly $99B"),
 * naming no measure and no company but that of the figure before (or its units), states that measure, as its company
 * reports or guides it.
 */
function ownFigureOf(sentence: string, before: Figure[]): boolean {
  const subject = before.at(-1)?.subject;
  if (!subject || !(OWN_FIGURE.test(sentence) || GUIDES_TO.test(sentence))) return false;
  const plain = plainText(sentence);
  if (findMetrics(plain).some((m) => !m.metric.movement)) return false;
  return findEntities(plain).every((e) => e.kind === 'group' || companyGroup(e.name) === companyGroup(subject));
}

/** Whether a period is a quarter (a dated one, or "the quarter" not yet dated), or a calendar year. */
const isQuarter = (period: string | null) => /^\d{4}-Q[1-4]$|^quarterly$/.test(period ?? '');
const isYear = (period: string | null) => /^\d{4}$/.test(period ?? '');

/** An analyst's own estimate, opening its sentence: "We now model $205 billion", "We estimate …". */
const OWN_ESTIMATE = /^\W{0,2}we\s+(?:now\s+|still\s+|currently\s+)?(?:model|forecast|estimate|project|predict)\b/i;

/** A sentence that says what the figure before it is: "That is the order book AWS carried into April", "This is its backlog". */
const RESTATED_AS = /^\W{0,2}(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:the|its|their|his|her)\s/i;

/**
 * "Jassy has a $244 billion-plus answer to anyone who doubts his spending. That is the order book AWS carried
 * into April": the one figure of a sentence the `next` one defines is of the metric (and subject) that one names.
 */
function restatedAs(figures: Figure[], sentence: string, next: string | undefined): Figure[] {
  if (figures.length !== 1 || next === undefined || !RESTATED_AS.test(next)) return figures;
  const figure = figures[0]!;
  // "The backlog: $244 billion. That's the cloud unit's contracted revenue …": a metric named before the figure stands.
  const own = plainText(sentence);
  const first = findValues(own, bareYenOf(sentence))[0];
  if (!first || findMetrics(own).some((m) => !m.metric.movement && m.end <= first.start)) return figures;
  const plain = plainText(next);
  if (statesValue(next)) return figures;
  const metric = findMetrics(plain).find((m) => !m.metric.movement && !m.metric.counterparty && m.metric.units.includes(figure.value.unit))?.metric;
  if (!metric || metric === figure.metric) return figures;
  const named = findEntities(plain).find((e) => e.kind !== 'group')?.name;
  const subject = named ?? figure.subject;
  return [{ ...figure, metric, subject: subject && metric.ownedByGroup ? companyGroup(subject) : subject }];
}

/**
 * A sentence that is a figure and nothing else, as a post or a slide writes one before the
 * sentence that says what it is ("1️⃣ $244B. That's how much AWS has under contract"): a
 * list marker or keycap, the figure, its scale.
 */
const BARE_FIGURE = /^(?:\d\uFE0F?\u20E3|[^\p{L}\p{Nd}$€£¥₹])*(?:US)?[$€£¥₹]?\d[\d.,]*\s?(?:[kmbt]n?|bn|mn|tn|%|x|billion|million|trillion|per ?cent)?[.!:]?$/iu;

/** Whether `question` ("And Alphabet?") asks of a company other than the one `before`'s last figure is of: its answer is not of that figure. */
function asksOfAnother(question: string | undefined, before: Figure[]): boolean {
  const subject = before.at(-1)?.subject;
  return question !== undefined && findEntities(plainText(question)).some((e) => e.kind !== 'group' && (!subject || companyGroup(e.name) !== companyGroup(subject)));
}

/** A question: the sentence after it answers it. */
const QUESTION_END = /[?？]["”’]?$/;

/** The figures of `sentence` read in `text`, which holds it and the sentence that says what they are (the next one, a question before): only its own. */
function figuresBefore(sentence: string, text: string, context: SentenceContext, contextId: string): Figure[] {
  const values = findValues(plainText(sentence), bareYenOf(sentence));
  const read = figuresOf(text, context, contextId);
  return read.filter((f) => values.some((v) => v.value.unit === f.value.unit && Math.abs(v.value.amount) === Math.abs(f.value.amount))).slice(0, values.length);
}

/** "it" in the middle of a sentence: a thing the sentence before named ("$9 billion of it" is a part of that thing). */
const IT = /(?<=\s)(?<!\bof\s)it(?=\s)/;

/**
 * "Not everyone agrees on the order book. A post on X claimed it had topped $464 billion": a sentence whose figure has
 * no metric, and that says "it", reads the one measure the sentence before named without a figure of its own in its
 * place, where no figure came before them in their text. Its figures, or none.
 */
function ofMetricBefore(sentence: string, last: string, context: SentenceContext, contextId: string): Figure[] {
  if (!IT.test(sentence) || statesValue(last) || !statesValue(sentence)) return [];
  const found = findMetrics(plainText(last)).filter((m) => !m.metric.movement);
  // Words of a longer phrase are that phrase's ("order" of "order book").
  const named = found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  if (named.length !== 1 || findMetrics(plainText(sentence)).some((m) => !m.metric.movement)) return [];
  const phrase = last.slice(named[0]!.start, named[0]!.end);
  return figuresOf(sentence.replace(IT, `the ${phrase}`), context, contextId);
}

/**
 * Whether a sentence with no figure of its own points back to the one before ("Last quarter, this figure was $35.2
 * billion"): not where an English "that number" follows the sentence's own figure ("a post claimed it had topped $464
 * billion; a spokesperson said that number …" speaks of its own). A figure told as a claim (…的说法) comes before its word.
 */
function pointsBack(plain: string): boolean {
  const word = BACK_REFERENCE.exec(plain);
  if (!word) return false;
  if (!/^[\x20-\x7e]+$/.test(word[0])) return true;
  const first = findValues(plain, bareYenOf(plain))[0];
  return first === undefined || word.index < first.start;
}

/**
 * Words that stand for the business unit a sentence before named: "Operating income for the
 * segment was $23.9 billion" after "AWS segment sales increased 28%", 该部门, 这项业务, 同部門.
 */
const UNIT_ANAPHOR = /\bthe (?:segment|unit|division)\b(?!['’])|(?:该|該|这一?|這一?|此)(?:项|項)?(?:部门|部門|业务|業務)|同(?:部門|事業)/u;

/** "The unit", "the segment": a unit, even after its parent's figures (这项业务, "this business", may be the whole company's). */
const THE_UNIT = /\bthe (?:segment|unit|division)\b(?!['’])/;
/** A measure of the whole company, not of the unit a sentence before spoke of: "total revenue", "consolidated sales", 总营收, 全社売上高. */
const COMPANY_WIDE = /\b(?:total|overall|company-?wide|consolidated|group-?wide|group)\s+(?:net\s+)?(?:revenues?|sales|operating (?:income|profit))\b|(?:总|總|整体|整體|集团|集團)(?:营收|營收|收入|营业收入|營業收入)|全社(?:の)?売上/iu;
/** Whether a sentence speaks of a company-wide measure; asked of every sentence with a figure, article after article. */
const isCompanyWide = memoByText((sentence: string) => COMPANY_WIDE.test(sentence));

/**
 * `sentence` with its word for a business unit replaced by the unit whose figures the
 * sentence before stated in its paragraph (`before`), else, where no sentence before it in the
 * paragraph stated a figure, the unit the sentence before (`last`) named: "1〜3月期決算は、クラウド部門AWSが
 * 主役だった。同部門の売上高は…" is AWS's. The quote stays as written. A figure pointed back to ("this
 * figure", 这一数字) is `readBackReference`'s.
 */
function withAntecedent(sentence: string, before: Figure[], last: string): string {
  const unitWord = before.length > 0 || last !== '' ? UNIT_ANAPHOR.exec(sentence) : null;
  // With no unit among them, "the unit" after a company's figures ("… AMZN did not confirm it. Revenue at the unit …") is its cloud unit.
  const ofFigures = () => before.find((f) => f.subject !== null && unitOf(f.subject, 'cloud') === f.subject)?.subject ?? (THE_UNIT.test(unitWord![0]) ? cloudUnitOf(before) : undefined);
  const unitNamed = unitWord ? (before.length > 0 ? ofFigures() : findEntities(plainText(last)).findLast((e) => unitOf(e.name, 'cloud') === e.name)?.name) : undefined;
  return unitWord && unitNamed ? `${sentence.slice(0, unitWord.index)}${unitNamed}${sentence.slice(unitWord.index + unitWord[0].length)}` : sentence;
}

/** 同四半期の, 同期の, 该季度, 該財季 opening a sentence: "the same quarter", the one the sentence before reported on. */
const SAME_QUARTER_OPENING = /^(?:同|该|該)(?:四半期|期(?!比)|(?:财|財)?季度?)/u;

/**
 * `sentence` with the company whose figures the sentence before stated written before it, when it opens with "the same
 * quarter" and names no company of its own: "Azureの売上高は39％増加した。同四半期の設備投資額は375億ドルでした。" is of that
 * company's quarter (a capex then of its group), not of the company the article is about. The quote stays as written.
 */
function withSameQuarterOwner(sentence: string, before: Figure[]): string {
  const owner = before.at(-1)?.subject;
  if (!owner || !SAME_QUARTER_OPENING.test(sentence) || findEntities(plainText(sentence)).some((e) => e.kind === 'company')) return sentence;
  return `${owner} ${sentence}`;
}

/**
 * A company in Chinese or Japanese words that name no one: 该公司, 同社 (the company, not its unit), and one called by
 * its trade (搜尋巨擘的雲端部門, "the search giant's cloud unit", which may be another's).
 */
const CJK_COMPANY_WORD = /公司|同社|会社|集团|集團|グループ|巨头|巨頭|巨擘|大手|龙头|龍頭|企业|企業|厂商|廠商/u;
/**
 * A Chinese or Japanese sentence that names no company, unit or product, nor "the company": "増収率は22年以来の大きさで、
 * 市場予想の26％増を上回った。" after the unit's figures of its section is the unit's, as "namesNoOne" reads an English one.
 */
const cjkOfNoOne = memoByText((sentence: string): boolean => cjkNamesNone(sentence) && !CJK_COMPANY_WORD.test(plainText(sentence)));
/** A Chinese or Japanese sentence that names no company, unit or product, but may say "the company" (公司, 同社). */
const cjkNamesNone = memoByText((sentence: string): boolean => {
  const plain = plainText(sentence);
  return CJK_TEXT.test(plain) && findEntities(plain).length === 0;
});

/** 这一增速, 该增速, この伸び率: the rate the text before stated, whose subject it keeps. */
const THIS_RATE = /(?:这一?|這一?|该|該|此|その|この)(?:增速|增幅|增长率|增長率|伸び率|成長率)/u;

/** Words that say whose growth it is: a sentence without them leaves it to the one before. */
const GROWTH_OF = /\b(?:revenues?|sales|top[- ]line|turnover)\b|营收|收入|売上/i;

/**
 * "Azure grew 39% in the quarter. Microsoft guided to growth of 37% to 38% for the April–June
 * period": growth a company only speaks of, naming no revenue of its own, is the growth of its
 * unit whose growth the sentence before stated. New figures; the ones read stay as they are.
 */
function ofUnitBefore(figures: Figure[], before: Figure[], sentence: string): Figure[] {
  const unit = before.find((f) => f.metric.name === REVENUE_GROWTH.name && f.subject !== null && companyGroup(f.subject) !== f.subject)?.subject;
  if (!unit || figures.length === 0 || GROWTH_OF.test(sentence)) return figures;
  const group = companyGroup(unit);
  const plain = plainText(sentence);
  const named = findEntities(plain);
  const speaks = named.length > 0 && named.every((e) => e.name === group) && SPEECH_AFTER.test(plain.slice(named[0]!.end, named[0]!.end + 60));
  return speaks ? figures.map((f) => (f.metric.name === REVENUE_GROWTH.name && f.subject === group ? { ...f, subject: unit } : f)) : figures;
}

/**
 * Whether a text of `section` is the subtitle right under the headline whose figures are `previous`'s: "Azure Jumps 39%"
 * ¶ "Redmond guides to 37%-38% growth for the June quarter" reads on from it, as a sentence after it would
 * (`ofUnitBefore`).
 */
const subtitlesHeadline = (section: string, previous: { section: string } | undefined): boolean => section === 'tagline' && previous?.section === 'title';

/**
 * "Azure grew 39% in its fiscal third quarter, and Redmond guided to 37%-38% for the June quarter": growth its company
 * only speaks of, in the sentence that stated its unit's growth and names no revenue of the company's own, is the
 * unit's, as across sentences (`ofUnitBefore`). New figures; the ones read stay as they are.
 */
function ofUnitWithin(figures: Figure[], sentence: string): Figure[] {
  const first = figures.find((f) => f.metric.name === REVENUE_GROWTH.name && f.subject !== null && companyGroup(f.subject) !== f.subject);
  if (!first || GROWTH_OF.test(sentence)) return figures;
  const unit = first.subject!;
  const group = companyGroup(unit);
  const plain = plainText(sentence);
  if (!findEntities(plain).some((e) => e.name === group && SPEECH_AFTER.test(plain.slice(e.end, e.end + 60)))) return figures;
  return figures.map((f) => (f !== first && f.metric.name === REVENUE_GROWTH.name && f.subject === group ? { ...f, subject: unit } : f));
}

/**
 * "The Maia 200 processor is now in production. The group claims a 30% gain in performance per
 * dollar": what a chip measures, said by its company in a sentence that names no product, is the
 * product of that company the sentence before named. New figures; the ones read stay as they are.
 */
function ofProductBefore(figures: Figure[], last: string, sentence: string): Figure[] {
  if (last === '' || !figures.some((f) => f.metric.productSubject && f.subject !== null && ownerOf(f.subject) === f.subject)) return figures;
  const plain = plainText(sentence);
  if (findEntities(plain).some((e) => e.kind === 'product' && !isBaseline(plain, e))) return figures;
  const before = plainText(last);
  const products = findEntities(before).filter((e) => e.kind === 'product' && !isBaseline(before, e));
  return figures.map((f) => {
    if (!f.metric.productSubject || f.subject === null || ownerOf(f.subject) !== f.subject) return f;
    const group = companyGroup(f.subject);
    const product = products.find((p) => companyGroup(p.name) === group);
    return product ? { ...f, subject: product.name } : f;
  });
}

/**
 * "Energy efficiency improves 40% relative to Trn2, per AWS", "… by 40% over the previous generation": what a chip
 * measures, left to its company because the sentence names only an earlier generation, is the chip the story is about
 * (generations.ts). New figures; the ones read stay as they are.
 */
function ofStoryChip(figures: Figure[], sentence: string, chips: ArticleChips | null): Figure[] {
  if (!chips || !figures.some((f) => f.metric.productSubject && f.subject !== null && ownerOf(f.subject) === f.subject)) return figures;
  const story = storyChipAgainst(plainText(sentence), chips);
  if (!story) return figures;
  return figures.map((f) => (f.metric.productSubject && f.subject !== null && ownerOf(f.subject) === f.subject && companyGroup(f.subject) === companyGroup(story) ? { ...f, subject: story } : f));
}

/** A transcript's turn: its section is the exchange's, with the speaker after it ("… (HOST 2)"). */
const SPEAKER_SUFFIX = / \([A-Z][A-Z0-9 .'’-]{0,30}\)$/;

/**
 * Whether two sections are turns of one exchange in a transcript (the same section, but for who speaks): "GUEST: …
 * get that forty percent" points back to the figure the host gave the turn before.
 */
const sameExchange = (before: string | undefined, section: string): boolean => before !== undefined && before.replace(SPEAKER_SUFFIX, '') === section.replace(SPEAKER_SUFFIX, '');

/** "The firm's backlog …", "The company expects …": a sentence opening on the company it does not name. */
const FIRM_OPENING = /^\W{0,3}the (?:firm|company|group)\b/i;
/** Words that say a figure is the whole company's, not the unit's the sentence before spoke of: "total net sales", "the company as a whole". */
const WHOLE_COMPANY = /\b(?:total|overall|consolidated|company-wide|group-wide|group|as a whole|(?:whole|entire) (?:company|firm|business))\b/i;

/**
 * Whether `sentence` names no company, unit, product or industry of its own (or only "the
 * firm" it opens with), so that whose figures it states is left to the text before it.
 */
const namesNoOne = memoByText(readNamesNoOne);
function readNamesNoOne(sentence: string): boolean {
  const plain = plainText(sentence);
  // Chinese and Japanese leave out the subject clause after clause: their sentences have rules of their own.
  if (WHOLE_COMPANY.test(plain) || CJK_TEXT.test(plain)) return false;
  const named = findEntities(plain);
  return named.length === 0 && (FIRM_OPENING.test(plain) || unknownSubject(plain) === null);
}

/** Figures given to the article's company where that is a unit (OCI, AWS) made its parent's (Oracle, Amazon): a company-wide measure. */
function ofParentCompany(figures: Figure[], fallback: string | null): Figure[] {
  const parent = fallback ? companyGroup(fallback) : null;
  if (!parent || parent === fallback) return figures;
  return figures.map((f) => (f.subject === fallback && !f.metric.counterparty ? { ...f, subject: parent } : f));
}

/**
 * "AWS: net sales $37.6 billion, up 28%. Operating income $23.9 billion.", "Amazon Web Services
 * said sales rose 28% … ¶ The firm's backlog … was $244bn": a sentence that names no one of its
 * own states figures of the business unit the last figure before it in its section was about,
 * not of the company the article is about. New figures; the ones read stay as they are.
 */
function ofSubjectBefore(figures: Figure[], unit: string | null | undefined, fallback: string | null): Figure[] {
  if (!unit || unit === fallback) return figures;
  // A measure a company reports as a whole (its capex) was given to the group of the article's unit: "AWS" → Amazon.
  const ofFallback = (f: Figure) => f.subject === fallback || (f.metric.ownedByGroup && fallback !== null && f.subject === companyGroup(fallback));
  return figures.map((f) => {
    if (!ofFallback(f) || f.metric.counterparty) return f;
    return { ...f, subject: f.metric.ownedByGroup ? companyGroup(unit) : unit };
  });
}

/** A quarter or half of a known year, as figures write periods: `2026-Q3`, `2026-H1`. */
const DATED_SPAN = /^\d{4}-(?:Q[1-4]|H[12])$/;
/** Words of a time of a sentence's own, read or not: "year to date", "over the full fiscal year", "since 2023", "in June". */
const NAMES_A_SPAN = new RegExp(String.raw`\b(?:years?|annual\w*|half|halves|months?|quarters?|weeks?|fiscal|FY\w*|YTD|so far|to date|since|20\d{2}|${MONTH_WORD})\b`, 'i');

/**
 * "Nvidia's May–July quarter brought in $90.2B. The data-center segment alone pulled in $85.3B.": a sentence that names
 * no one, after one whose figures are all of one company other than the article's, is about that company; and a fact
 * of a flow that its sentence gives no time ("Operating profit at the division came to $27.9 billion", after "AWS booked
 * $43.9 billion in sales between July and September") is of the one quarter or half the sentence before dated its
 * company's facts in. New figures; the ones read stay as they are. (Not a level, as a backlog is, nor a plan: "It
 * expects to spend $200 billion" after a quarter's capex is no plan for that quarter.)
 */
function ofSentenceBefore(figures: Figure[], before: Figure[], written: string, fallback: string | null, readFrom = written): Figure[] {
  if (figures.length === 0 || before.length === 0) return figures;
  const groups = new Set(before.map((f) => (f.subject ? companyGroup(f.subject) : null)));
  const only = groups.size === 1 ? before[0]!.subject : null;
  // "39%. Azure's growth in the quarter. ¶ $0.2T. What Amazon is budgeting for capex": a bare figure names whom the sentence it was read with names.
  const theirs = only && (!fallback || companyGroup(only) !== companyGroup(fallback)) && namesNoOne(readFrom) ? ofSubjectBefore(figures, only, fallback) : figures;
  const periods = new Set(before.filter((f) => f.modality === 'fact' && f.period !== null).map((f) => f.period));
  const period = periods.size === 1 ? [...periods][0]! : null;
  if (!period || !DATED_SPAN.test(period) || NAMES_A_SPAN.test(written) || CJK_TEXT.test(written)) return theirs;
  const ofTheirs = (f: Figure) => f.subject !== null && before.some((b) => b.subject !== null && companyGroup(b.subject) === companyGroup(f.subject!));
  return theirs.map((f) => (f.period === null && f.modality === 'fact' && FLOW_METRICS.has(f.metric.name) && ofTheirs(f) ? { ...f, period } : f));
}

/**
 * アナリストの間では、最終的に2150億ドル程度まで膨らむとの予想もある, 分析师预计最终或将达到2150亿美元: a Chinese or Japanese
 * sentence that names no metric and no other company, and forecasts (or plans) a figure, forecasts what the plan or
 * forecast of the sentence before measures: a forecast is measured against a plan. Its figures, or none.
 */
function forecastOfPlan(sentence: string, before: Figure[], context: SentenceContext): Figure[] {
  const plans = before.filter((f) => f.modality === 'plan' || f.modality === 'forecast');
  if (plans.length === 0) return [];
  const plain = plainText(sentence);
  const groups = new Set(plans.map((f) => (f.subject ? companyGroup(f.subject) : null)));
  if (findEntities(plain).some((e) => e.kind !== 'group' && !groups.has(companyGroup(e.name)))) return [];
  return readBackReference(plain, plans, context).filter((f) => f.modality === 'forecast' || f.modality === 'plan');
}

/** Whether a sentence states a value at all (a figure with no metric of its own): most sentences hold no digit nor a scale in words. */
const statesValue = memoByText((sentence: string) => /\d|illion|thousand|hundred|per ?cent|times/i.test(sentence) && findValues(plainText(sentence), bareYenOf(sentence)).length > 0);

/**
 * A sentence that is only a comparison with the figure before it: "Slower than the 40% of the December quarter.", "Down from
 * 31% a year ago.", "Versus a hundred and ten billion last year." (a figure right after "versus", not "Against that backdrop, …"),
 * after the speaker's label a transcript's turn opens with ("JANE DOE: Up from 31% a year ago."), or after "That is" ("That is up
 * from $200 billion at the end of September.").
 */
const ELLIPTIC_COMPARISON = /^(?:[A-Z][A-Z.'’ -]{1,40}:\s+)?\W*(?:(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:still|now|already|well|far|sharply)\s+)?)?(?:slower|faster|higher|lower|more|less|better|worse|(?:well |far |just )?(?:above|below)|up|down)\s+(?:than|from)\b|(?:versus|vs\.?|against|compared (?:with|to))\s+(?:(?:about|around|roughly|some|just|only|nearly)\s+)?(?:(?:US)?[$€£¥]|\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))/i;

/** How many figures said before a number may give it its unit: a speaker answers what was said a turn or two before. */
const HEARD = 8;

/** The section a text is in, a labelled note ("lead (GUEST (Jane Doe, analyst))") in the one it is a note of. */
const sectionOf = (section: string): string => section.replace(/ \(.*\)$/, '');

/** A sentence read with the unit (and company) its answer leaves out, and the figures said before it that it answers. */
interface SpokenAnswer {
  said: string;
  before: Figure[];
}

/**
 * "Azure grew thirty-nine percent. ¶ In constant currency it was thirty-eight.", "Google Cloud? ¶ Twenty-eight percent,
 * same as AWS.": a sentence with no figure of its own that says a number without its unit (spokenFigures.ts), or answers
 * a question about another company with a figure of no measure, read in the unit of the figure it answers, after the
 * company asked about. Undefined for any other sentence.
 */
function spokenAnswer(sentence: string, question: string | undefined, heard: Figure[], said?: string, newTurn = false): SpokenAnswer | undefined {
  if (heard.length === 0) return undefined;
  const asked = question !== undefined && !statesValue(question) && asksOfAnother(question, heard) ? question : (said && topicUnit(said)) || undefined;
  // "In constant currency it was thirty-eight. The Street was at thirty-seven and a half": an aside in another measure
  // ("(constant currency)") is not what the talk goes on about; its own words name that measure again where it is.
  const told = heard.filter((f) => !f.metric.name.endsWith(')'));
  // "GUEST (Jane Doe, analyst): I think they end the year closer to two hundred twenty billion.": a sum without its
  // currency, in dollars after sums in dollars, in a turn whose label makes it a section of its own.
  const lastSum = newTurn ? heard.findLast((f) => f.value.unit === 'USD') : undefined;
  const sums = lastSum ? bareSumsAsDollars(sentence) : sentence;
  // A number said of another company than every figure heard takes a unit from the same number only (withSpokenUnits).
  const named = findEntities(plainText(sentence)).filter((e) => e.kind === 'company').map((e) => companyGroup(e.name));
  const ofAnother = named.length > 0 && heard.every((f) => !f.subject || !named.includes(companyGroup(f.subject)));
  const spoken = withSpokenUnits(sums, heard, ofAnother) ?? (sums !== sentence ? { said: sums, answered: lastSum! } : undefined);
  // Only the figures of the company answered: readBackReference picks the latest period among those it is given.
  if (spoken) return { said: asked ? `${asked} ${spoken.said}` : spoken.said, before: told.filter((f) => heard.indexOf(f) <= heard.indexOf(spoken.answered) && f.subject === spoken.answered.subject) };
  // A rate needs no more words to be the one asked of ("Google Cloud? — Twenty-eight percent"); a sum may be a plan or an actual.
  const rates = asked ? findValues(plainText(sentence), bareYenOf(sentence)) : [];
  return rates.length > 0 && rates.every((f) => f.value.unit === '%') ? { said: `${asked} ${sentence}`, before: told } : undefined;
}

/**
 * "Microsoft is more interesting, because Azure slowed. ¶ Thirty-nine percent in their fiscal Q3": the company or unit a
 * sentence with no figure names last, which the figures of a sentence after it that names no one are about. Only a
 * company or unit other than the one the figures before were of (`spokenAnswer` asks `asksOfAnother`), else undefined.
 */
function topicUnit(sentence: string): string | undefined {
  if (statesValue(sentence)) return undefined;
  return findEntities(plainText(sentence)).findLast((e) => e.kind === 'company')?.name;
}

/** The one company (or unit) a Chinese or Japanese sentence of no figure names ("投資の最大の受け手はエヌビディアだ"), else undefined. */
function cjkTopicOf(sentence: string): string | undefined {
  const plain = plainText(sentence);
  if (!CJK_TEXT.test(plain) || statesValue(sentence)) return undefined;
  const names = new Set(findEntities(plain).filter((e) => e.kind === 'company').map((e) => e.name));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Chinese and Japanese leave the subject out clause after clause, and paragraph after paragraph: a sentence that names no
 * one after figures all of one company other than the article's (`fallback`) is about that company ("米AMDが発表した
 * 7～9月期決算は…129億ドルだった。データセンター部門の売上高は74億ドル" in an article on Micron first). Else undefined: after
 * figures of the article's company, or of a unit of it, or of a sector, the rules for units decide.
 */
function elidedSubject(before: Figure[], fallback: string | null | undefined): string | undefined {
  const subject = before.at(-1)?.subject;
  // A market's figures (NAND型フラッシュの大口取引価格) leave no company for the next sentence to be about.
  if (!subject || SECTORS.has(subject) || before.some((f) => !f.subject || companyGroup(f.subject) !== companyGroup(subject))) return undefined;
  return fallback && companyGroup(fallback) === companyGroup(subject) ? undefined : subject;
}

/** A plan or forecast read back ("They guided to thirty-seven to thirty-eight for the June quarter") is of a time to come, as readFigures dates one. */
function toCome(figure: Figure, sentence: string, before: Figure[], context: SentenceContext): Figure {
  if (figure.modality !== 'plan' && figure.modality !== 'forecast') return figure;
  const period = parsePeriod(plainText(sentence), plainText(sentence), periodContextOf(context, figure.modality), figure.subject);
  // "About two hundred billion for 2026. Last year was a hundred and thirty-one. — The consensus is around two fifteen.":
  // a forecast that names no period is of the plan or forecast of its measure said before, not of the actual in between.
  const planned = before.findLast((f) => (f.modality === 'plan' || f.modality === 'forecast') && f.metric.name === figure.metric.name && f.subject === figure.subject);
  return period ? { ...figure, period } : planned ? { ...figure, period: planned.period } : figure;
}

/** The cloud unit of the company of the first of `figures` that has one (Amazon's figures: AWS), else undefined. */
const cloudUnitOf = (figures: Figure[]): string | undefined => figures.map((f) => (f.subject ? unitOf(companyGroup(f.subject), 'cloud') : null)).find((u) => u !== null) ?? undefined;

/** The business unit `figures`' last figure is about (AWS, Azure), else undefined. */
const unitAbout = (figures: Figure[]): string | undefined => {
  const subject = figures.at(-1)?.subject;
  return subject && unitOf(subject, 'cloud') === subject ? subject : undefined;
};

/**
 * "- Trainium3 delivers 4.4 times the compute of Trainium2. ¶ - The new chip is also 40% more energy efficient than
 * Trainium2": what a chip measures, given to its company because the sentence names no product but its baseline, is
 * the product of that company the figure before it in the section was about. New figures; the ones read stay as they are.
 */
function ofProductFigured(figures: Figure[], before: Figure[]): Figure[] {
  const isCompany = (f: Figure) => f.subject !== null && ownerOf(f.subject) === f.subject;
  if (!figures.some((f) => f.metric.productSubject && isCompany(f))) return figures;
  return figures.map((f) => {
    if (!f.metric.productSubject || !isCompany(f)) return f;
    const product = before.findLast((b) => b.subject !== null && !isCompany(b) && companyGroup(b.subject) === companyGroup(f.subject!))?.subject;
    return product ? { ...f, subject: product } : f;
  });
}

/** What besides its words a sentence's figures depend on, as a key: built once per article. */
const contextKey = (context: SentenceContext) => `${context.fallbackSubject}\u0000${context.articleQuarter}\u0000${context.articleYear}\u0000${context.articleMonth}${context.headline ? '\u0000headline' : ''}${context.house ? '\u0000house' : ''}${context.fiscalNotation ? '\u0000fiscal' : ''}${context.fiscalYearEnds ? `\u0000${calendarsKey(context.fiscalYearEnds)}` : ''}`;

/** Full-width ASCII forms but the parentheses, which in Chinese enclose a name (`亚马逊云科技（AWS）`) rather than break a clause. */
const WIDE_FORMS = /[\uff01-\uff07\uff0a-\uff5e]/g;
/** Japanese text (kana), whose 、 is a comma between clauses; in Chinese it only separates the items of a list. */
export const KANA = /[\u3040-\u30ff]/;
/** Any character `plainText` changes or looks for. */
const NOT_PLAIN = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u3040-\u30ff\uff01-\uff07\uff0a-\uff5e]/;
/**
 * What a figure reader reads: every kind of space (no-break, thin, ideographic) as a
 * plain one, and the full-width forms of Chinese and Japanese text as ASCII (２１％ is
 * 21%, `，` a comma, so clauses break there too), and in Japanese the 、 too ("性能は4.4倍、
 * 電力効率は40%高い" is two clauses). One character for one, so positions stay those of
 * the quoted text, which is kept as written.
 */
export const plainText = (text: string): string => {
  // Most text has none of these: one scan instead of three.
  if (!NOT_PLAIN.test(text)) return text;
  const plain = text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(WIDE_FORMS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return KANA.test(plain) ? plain.replace(/、/g, ',') : plain;
};

/** The figures a mention's quote writes with `value`'s amount and unit: where and how it wrote the figure a candidate holds. */
export function writtenAs(quote: string, value: Value): FoundValue[] {
  const plain = plainText(quote);
  return findValues(plain, bareYenOf(plain)).filter((f) => f.value.amount === value.amount && f.value.unit === value.unit);
}

/** The end of a clause: what follows is another's. */
const CLAUSE_END = /[,;，；、。]/;

/**
 * Where a mention's `quote` writes `first`'s figure and, after it, `then`'s: the words between the two, and the words after the
 * second up to the next figure or its clause's end (a candidate's figure told beside another of the same sentence). Null
 * where the quote writes them in no such order. The quote is read once.
 */
export function figureAfter(quote: string, first: Value, then: Value): { at: FoundValue; between: string; after: string } | null {
  const plain = plainText(quote);
  const values = findValues(plain, bareYenOf(plain));
  const writes = (f: FoundValue, v: Value) => f.value.amount === v.amount && f.value.unit === v.unit;
  const at = values.find((f) => writes(f, first));
  const second = at && values.find((f) => f.start >= at.end && writes(f, then));
  if (!at || !second) return null;
  const rest = plain.slice(second.end, values.find((f) => f.start >= second.end)?.start ?? plain.length);
  const end = rest.search(CLAUSE_END);
  return { at, between: plain.slice(at.end, second.start), after: end < 0 ? rest : rest.slice(0, end) };
}

/** Keyed by the sentence as written: its plain text is made only when it is read (making it cost as much as the lookup). */
function figuresOf(written: string, context: SentenceContext, key: string): Figure[] {
  return figuresSeen(written, key, () => readFigures(plainText(written), context));
}

const norm = (text: string | null) => (text ?? '').toLowerCase();

/**
 * What a figure is about — subject, metric (with counterparty for deals) and period, never
 * the value — after `figure|`, the place merging puts the claim's modality.
 */
export function claimKey(subject: string | null, metric: string | null, counterparty: string | null, period: string | null): string {
  return ['figure', norm(subject), norm(metric) + (counterparty ? `:${norm(counterparty)}` : ''), norm(period)].join('|');
}

/** A merge key's parts by name, as `claimKey` (or a prediction's wording, `predictionKey`) joined them. */
export interface ClaimKeyParts {
  subject: string;
  metric: string | null;
  counterparty: string | null;
  period: string | null;
  /** A prediction without a figure is merged on its words instead. */
  wording: string | null;
}

/** Reads a merge key back into its named parts (lower case, as the key holds them). */
export function readClaimKey(key: string): ClaimKeyParts {
  // The first part is the claim's modality, which the claim carries in its own field.
  const [, subject = '', third = '', period] = key.split('|');
  if (period === undefined) return { subject, metric: null, counterparty: null, period: null, wording: third };
  const colon = third.indexOf(':');
  return {
    subject,
    metric: (colon < 0 ? third : third.slice(0, colon)) || null,
    counterparty: colon < 0 ? null : third.slice(colon + 1),
    period: period || null,
    wording: null,
  };
}

/** The key of a forecast without a figure, its subject and its words, with that subject. */
function forecastOf(sentence: string, fallbackSubject: string | null): { key: string; subject: string | null } {
  const subject = findEntities(sentence).find((e) => e.kind === 'company')?.name ?? fallbackSubject;
  return { key: ['forecast', norm(subject), sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()].join('|'), subject };
}


/** Each figure's key, made once: a figure read once is a candidate of every article that repeats its sentence. */
const keys = new WeakMap<Figure, string>();
function keyOf(figure: Figure): string {
  let key = keys.get(figure);
  if (key === undefined) keys.set(figure, (key = claimKey(figure.subject, figure.metric.name, figure.counterparty, figure.period)));
  return key;
}

/**
 * Guidance in the present tense for "the quarter": "For the quarter, the company expects…", "sees $19 billion for the quarter",
 * "Contoso forecasts $9 billion in quarterly revenue" (not "the $9 billion it had forecast for the quarter", of the one reported).
 */
const GUIDANCE_FOR_THE_QUARTER = /\bfor the quarter\b[^.;]*\b(?:expects|sees|forecasts|projects|guides)\b|\b(?:expects|sees|forecasts|projects|guides)\b[^.;]*\b(?:for the quarter|quarterly)\b/i;

/**
 * A verb in the past perfect, which tells of a time before the story's: "the segment had delivered $51.2 billion in the
 * August–October period" (not "it delivered", nor "had to").
 */
const PAST_PERFECT = /\bhad\s+(?:already\s+)?(?!to\b)[a-z]+(?:ed|en|wn|ght|de)\b/i;

/**
 * Sets each candidate's `reportedPeriod`, the quarter its article reports on for its
 * company, as keys write periods: the latest quarter of that company's (or its units')
 * facts of a flow (revenue, growth, capex; not a backlog at a quarter's end) in the article,
 * or the quarter the article names most where that is later — news reports the newest quarter,
 * and earlier ones are its comparisons ("39%, down from 40% in the December quarter"); another
 * company's facts say nothing of it — or, in an article that never gives a year, the quarter without a year
 * its facts name most ("q1"); else the quarter the article names most, else the last one
 * ended by its date (on the fiscal calendar of the company the article is about, `lastQuarter`).
 */
function setReportedPeriods(candidates: Candidate[], context: SentenceContext): void {
  const current = context.articleYear && context.articleMonth ? `${context.articleYear}-Q${Math.ceil(context.articleMonth / 3)}` : null;
  // A quarter not over by the article's date has no results yet: a "fact" of it is a forecast misread. Over on its company's
  // calendar: Oracle's September–November quarter (2026-Q4, as keys name it) is over in December.
  const undated = { ...context, articleQuarter: null };
  const endedOf = (company: string | null | undefined) => lastQuarter(undated, company);
  const latest = new Map<string, string>();
  const dated = new Map<string, number>();
  const yearless = new Map<string, Map<string, number>>();
  // "OCI revenue climbed 68% in the period, faster than the 55% pace of the August quarter": a quarter named in a sentence
  // that gives the company's figure of "the period" is what that figure is compared with, not the quarter reported.
  const comparing = new Set(candidates.filter((c) => c.period === 'quarterly' && c.subject).map((c) => `${companyGroup(c.subject!)}\u0000${c.mention.quote}`));
  for (const c of candidates) {
    // "Its order book stood at $240 billion at the end of 2025": a level at a quarter's end is no quarter's results.
    if (c.modality !== 'fact' || !c.subject || !c.period || !FLOW_METRICS.has(c.metric?.replace(/ \(.*\)$/, '') ?? '')) continue;
    const group = companyGroup(c.subject);
    if (comparing.has(`${group}\u0000${c.mention.quote}`)) continue;
    if (/^\d{4}-Q[1-4]$/.test(c.period)) {
      const ended = endedOf(group);
      if (ended && c.period > ended) continue;
      dated.set(`${group}\u0000${c.period}`, (dated.get(`${group}\u0000${c.period}`) ?? 0) + 1);
      if (c.period > (latest.get(group) ?? '')) latest.set(group, c.period);
    } else if (/^Q[1-4]$/.test(c.period) && !PAST_PERFECT.test(c.mention.quote)) {
      const counts = yearless.get(group) ?? new Map<string, number>();
      yearless.set(group, counts.set(c.period, (counts.get(c.period) ?? 0) + 1));
    }
  }
  const mostNamed = (counts: Map<string, number> | undefined) => (counts ? [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : undefined);
  // A quarter named that ended more than two quarters before the article's date is a comparison ("+22% vs. the $200bn
  // of 3Q25" in May 2026): the article reports the last one ended, which results come out within weeks of.
  const ended = endedOf(context.fallbackSubject);
  const fresh = (quarter: string | null | undefined) => (quarter && ended && /^\d{4}-Q[1-4]$/.test(quarter) && quarter < quarterBefore(ended, 1) ? ended : quarter);
  const fallback = fresh(lastQuarter(context, context.fallbackSubject));
  // "Amazon Q1 2026 earnings preview … a step up from the 24% AWS managed in the December quarter": a company's facts
  // of quarters before the one the article names are its comparisons; the article reports on the one it names, once that
  // quarter is over ("Oracle heads into its fiscal second-quarter report carrying a backlog of $688 billion", in November,
  // still reports the quarter before it).
  const named = context.articleQuarter && /^\d{4}-Q[1-4]$/.test(context.articleQuarter) ? context.articleQuarter : null;
  const latestOf = (group: string) => {
    const own = latest.get(group);
    const ended = endedOf(group);
    return own && named && own < named && (!ended || named <= ended) ? named : own && !context.articleYear ? (yearlessAfter(own, yearless.get(group), dated.get(`${group}\u0000${own}`)!) ?? own) : own;
  };
  for (const c of candidates) {
    if (current) c.writtenIn = norm(current);
    const group = c.subject ? companyGroup(c.subject) : null;
    const quarter = (group ? fresh(latestOf(group) ?? mostNamed(yearless.get(group))) : undefined) ?? fallback;
    if (!c.value || !quarter) continue;
    c.reportedPeriod = norm(quarter);
    // "$43.2 billion in the quarter": the quarter is the one the article reports on; "for the quarter, the company expects
    // net sales of $190 billion", a company's guidance, is for the one after it, not yet reported.
    if (c.period === 'quarterly') {
      const period = c.modality === 'plan' && GUIDANCE_FOR_THE_QUARTER.test(c.mention.quote) ? quarterBefore(quarter, -1) : quarter;
      c.period = period;
      c.key = claimKey(c.subject, c.metric, c.counterparty, period);
    }
  }
}

/**
 * "Sales rose 28% to $37.6 billion in the three months to March … The unit had grown 24% in the fourth quarter of 2025", in
 * a story that gives no year: a quarter its facts name without a year, at least as often as the latest one they date, is the
 * news, and the dated one its comparison — the first such quarter from the dated one on (2026-Q1); else undefined.
 */
function yearlessAfter(latestDated: string, yearless: Map<string, number> | undefined, datedCount: number): string | undefined {
  const [quarter, count] = [...(yearless ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
  if (!quarter || count! < datedCount) return undefined;
  const year = Number(latestDated.slice(0, 4));
  return `${Number(quarter[1]) >= Number(latestDated.slice(-1)) ? year : year + 1}-${quarter}`;
}

/** A demonstrative right before a figure: "That $244 billion", "this $37.6bn", "the same 28%", 这2440亿美元, この2440億ドル. */
const REPEATS_FIGURE = /(?:\b(?:that|this|the same|those|these)\s+|(?:这|這|该|該|此|上述|この|その)\s?)(?:(?:US|A|S|HK)?[$€£¥]\s?)?$/i;
/** Whether a sentence may repeat a figure so at all: most do not, and are not searched for their figures. */
const MAY_REPEAT = /\b(?:that|this|the same|those|these)\s+(?:(?:US|A|S|HK)?[$€£¥]\s?)?\d|(?:这|這|该|該|此|上述|この|その)\s?\d/i;

/** The figures of a sentence that a demonstrative points back to, read once per distinct sentence. */
const pointedValues = memoByText((quote: string): Value[] => {
  if (!MAY_REPEAT.test(quote)) return [];
  const plain = plainText(quote);
  return findValues(plain, bareYenOf(plain)).filter((v) => REPEATS_FIGURE.test(plain.slice(Math.max(0, v.start - 12), v.start))).map((v) => v.value);
});

/**
 * "That $244 billion is the cleanest read … this year": a figure a demonstrative points back to is the
 * one stated before it in the article, of that one's period (or none), whatever period its own
 * sentence names; the same metric's last mention of the same figure before it says which.
 */
function periodsOfRepeated(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    const value = c.value;
    if (!value) return;
    if (!pointedValues(c.mention.quote).some((v) => v.amount === value.amount && v.unit === value.unit)) return;
    const stated = candidates.slice(0, i).findLast((b) => b.mention.quote !== c.mention.quote && b.metric === c.metric && b.value?.amount === value.amount && b.value.unit === value.unit);
    if (!stated || stated.period === c.period) return;
    c.period = stated.period;
    c.key = claimKey(c.subject, c.metric, c.counterparty, c.period);
  });
}

/**
 * "2023-09 ¶ Amazon announces an initial $4 billion investment in Anthropic": a fact a timeline entry states, naming no
 * period of its own, is of the year of the entry's date (the next tranche, dated 2024, is another fact); a chip's measure
 * and a running total ("…, bringing its total to $8 billion", 累計投資增至80億美元) stay of no time: what has built up by
 * then is no sum of that year. A growth rate is the news of results: "2026-04 ¶ The search giant's cloud arm posts 28%
 * growth" is of the quarter last ended by the entry's month, on its company's calendar, as results come out in the month after;
 * so is a backlog, told at the end of that quarter ("2026-06 ¶ Oracle's order book passes $600 billion": May's, not 2026's).
 */
function datedByTimeline(candidates: Candidate[]): void {
  for (const c of candidates) {
    const date = /^timeline: (\d{4})(?:-(\d{2}))?/.exec(c.mention.section);
    // What a chip measures is of the chip, at no time.
    if (!date || c.period !== null || c.modality !== 'fact' || !c.value || c.topic === 'chips' || statesRunningTotal(c.mention.quote, c.value)) continue;
    const resultNews = (c.value.unit === '%' && / growth\b/.test(c.metric ?? '')) || c.metric === 'backlog';
    const reported = date[2] && resultNews ? lastQuarter({ articleQuarter: null, articleYear: Number(date[1]), articleMonth: Number(date[2]) }, c.subject) : null;
    c.period = reported ?? date[1]!;
    c.key = claimKey(c.subject, c.metric, c.counterparty, c.period);
  }
}

/**
 * A backlog is a level told as it stands at a quarter's end: one dated only by a year, whose sentence names a month that
 * ends a quarter ("Last September that number was $200 billion", "the order book stood at $200 billion in September
 * 2025"), is of the quarter that month ends (2025-Q3), as "at the end of September" says. A month that ends no quarter
 * ("in August"), or a month a span runs to or from ("through September"), leaves the year.
 */
function backlogsAtMonthEnd(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.metric !== 'backlog' || !c.period || !/^\d{4}$/.test(c.period) || !QUARTER_END_MONTH.test(c.mention.quote)) continue;
    const months = [...c.mention.quote.matchAll(MONTH_NAMED)];
    const month = months.length === 1 ? QUARTER_END_MONTH.exec(c.mention.quote) : null;
    if (!month || (month[2] && month[2] !== c.period)) continue;
    c.period = `${c.period}-Q${QUARTER_OF_END[month[1]!.toLowerCase()]}`;
    c.key = claimKey(c.subject, c.metric, c.counterparty, c.period);
  }
}

const QUARTER_END_MONTH = /\b(?:in|last)\s+(March|June|September|December)\b(?:\s+(20\d{2})\b)?/i;
const MONTH_NAMED = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;
const QUARTER_OF_END: Record<string, number> = { march: 1, june: 2, september: 3, december: 4 };

/** Whether `quote` states `value` as a running total ("taking its stake to $8 billion", 累計80億ドル). */
const statesRunningTotal = (quote: string, value: Value) =>
  findValues(quote, bareYenOf(quote)).some((f) => f.value.amount === value.amount && f.value.unit === value.unit && isRunningTotal(quote, f.start, f.end));

/**
 * A company's own plan a forecast is measured against: "nearer $215 billion than the $200 billion it has guided", "above
 * the $90 billion Contoso has budgeted". A plan, even in a forecast section.
 */
const GUIDED_BASE_BEFORE = /\b(?:than|from|above|below|versus|vs\.?|against|over)\s+the\s+(?:about\s+|roughly\s+|some\s+)?$/i;
const GUIDED_BASE_AFTER = /^\s*(?:that\s+|which\s+)?(?:it|they|the (?:company|group|firm)|management|[A-Z][\w.&'’-]*)\s+(?:has\s+|had\s+)?(?:guided(?:\s+to)?|budgeted|pledged|promised|earmarked|set aside)\b/;
const isGuidedBase = (figure: Figure, quote: string) =>
  figure.modality === 'plan' &&
  /\b(?:guided|budgeted|pledged|promised|earmarked|set aside)\b/.test(quote) &&
  findValues(quote, bareYenOf(quote)).some((f) => f.value.amount === figure.value.amount && f.value.unit === figure.value.unit && GUIDED_BASE_BEFORE.test(quote.slice(Math.max(0, f.start - 40), f.start).replace(/(?:US|A|S|HK)?[$€£¥]$/, '')) && GUIDED_BASE_AFTER.test(quote.slice(f.end)));

/** The context of the sentence after hearsay in its paragraph, which a result or a past period ends. */
const HEARSAY_BEFORE: ContextOf = { modality: 'rumour', carried: true };

/** Gives candidate `c` the modality `context` makes of its own (`inContext`), read in its quote; `past`: its period is over. */
const giveContext = (c: Candidate, context: ContextOf, past: boolean) => setModality(c, inContext(c.modality, context, plainText(c.mention.quote), past));

/** Gives candidate `c`, a fact or a plan, modality `modality`, as `fromFigure` would have made it: a forecast's topic is a prediction. */
export function setModality(c: Candidate, modality: Modality): void {
  if (modality === 'forecast') c.topic = 'prediction';
  c.modality = modality;
  if (modality !== 'offer') c.offerStatus = null;
}

/** A forecast section's figures are forecasts, whatever their sentence says, but the plan they are measured against. */
function fromFigure(figure: Figure, prediction: boolean | 'facts', mention: Mention): Candidate {
  const modality = prediction && (prediction !== 'facts' || figure.modality === 'fact') && !isGuidedBase(figure, mention.quote) ? 'forecast' : figure.modality;
  return {
    key: keyOf(figure),
    subject: figure.subject,
    metric: figure.metric.name,
    counterparty: figure.counterparty,
    value: figure.value,
    period: figure.period,
    topic: modality === 'forecast' ? 'prediction' : figure.metric.topic,
    modality,
    offerStatus: modality === 'offer' ? figure.offerStatus : null,
    reportedPeriod: null, // known once the whole article is read (extractClaims)
    mention,
  };
}



/** Whether `at` is inside round brackets of `text`. */
const inBrackets = (text: string, at: number) => text.lastIndexOf('(', at) > text.lastIndexOf(')', at);

/**
 * A label that gives its cells' currency and scale: "AWS, $ billion", "2026 guidance ($bn)", "(US$ millions)", "EUR bn",
 * "Oct 2026 revenue (NT$ bn)", "(¥ bn)".
 */
const MONEY_LABEL = /(?:^|[\s(,])(US\$|NT\$|HK\$|A\$|C\$|S\$|\$|€|£|¥|₩|₹|Rs\.?|USD|EUR|GBP|TWD|JPY|CNY|RMB|KRW|HKD|INR)\s?,?\s?(?:in\s+)?(bn|b|billions?|mn|m|millions?|tn|trillions?|lakh crores?|crores?|cr)(?![\w])/i;
/** A per-share label that gives its cells' currency alone: "4Q26E EPS (NT$)", "EPS, US$". */
const PER_SHARE_MONEY_LABEL = /\b(?:EPS|per share)\b[^,;]{0,20}?[\s(,](US\$|NT\$|HK\$|\$|€|£|¥|₩|USD|EUR|TWD|JPY|CNY|RMB|KRW|HKD)\)?(?![\w$])/i;
/** A table label that is a year and nothing more: "2025", "2025, full year", "Full year 2025", "2025 (actual)", "CY2025". */
const YEAR_LABEL = /^(?:(?:full[- ]year|calendar(?: year)?|CY)\s*)?(20\d{2})(?:,?\s*(?:full[- ]year|\(full[- ]year\)|\(?actual\)?|A))?$/i;
const yearOfLabel = (label: string): string | null => YEAR_LABEL.exec(label.trim())?.[1] ?? null;

/** The same in words: "Billions of dollars", "(in millions of U.S. dollars)". */
const MONEY_LABEL_WORDS = /(?:^|[\s(,])(?:in\s+)?(billions?|millions?|trillions?) of (?:US |U\.S\. )?(dollars|euros|pounds)\b/i;
/**
 * A cell that is only a number, maybe about (`~200`), a range (`175–185`, `175 to 185`) or a floor (`160+`, `160 or more`):
 * a sum when a label gives its currency.
 */
const BARE_NUMBER_CELL = /^(~|≈|c\.\s?|about\s)?(\d[\d,]*(?:\.\d+)?)(?:(?:\s?[–—-]\s?|\s+to\s+)(\d[\d,]*(?:\.\d+)?))?(\+|\s+or more)?$/i;
/** "c. 50", "c.$200bn": about, abbreviated with a full stop that would end a clause. */
const ABOUT_ABBREVIATED = /^c\.\s?/i;
const SYMBOLS: Record<string, string> = {
  us$: '$', $: '$', usd: '$', '€': '€', eur: '€', '£': '£', gbp: '£', dollars: '$', euros: '€', pounds: '£',
  nt$: 'NT$', twd: 'NT$', hk$: 'HK$', hkd: 'HK$', a$: 'A$', c$: 'C$', s$: 'S$', '¥': '¥', jpy: '¥', cny: 'RMB ', rmb: 'RMB ', '₩': '₩', krw: '₩',
  '₹': '₹', rs: '₹', 'rs.': '₹', inr: '₹',
};
const SCALE_WORDS: Record<string, string> = { bn: 'billion', b: 'billion', mn: 'million', m: 'million', tn: 'trillion', cr: 'crore', crores: 'crore', 'lakh crores': 'lakh crore' };

/** `cell` as a sum in the currency and scale its `labels` give ("~200" under "($bn)" is "~$200 billion"), or null. */
function sumOfLabels(cell: string, labels: string): string | null {
  // "| 612.4 (Q1 FY27) |": a number with a note in brackets that dates it; the note stays with the sum (not "| 12.1 (AI
  // semiconductors) |", a line's figure under a label of the company's).
  const noted = /^(.*?)(\s*\((?=[^()]*\b(?:Q[1-4]|[1-4]Q|H[12]|FY\s?\d{2,4}|20\d{2})\b)[^()]*\))$/.exec(cell);
  const note = noted?.[2] ?? '';
  const bare = BARE_NUMBER_CELL.exec(noted ? noted[1]! : cell);
  const symbolic = bare ? MONEY_LABEL.exec(labels) : null;
  const worded = bare && !symbolic ? MONEY_LABEL_WORDS.exec(labels) : null;
  const [currency, scaleWord] = symbolic ? [symbolic[1]!, symbolic[2]!] : worded ? [worded[2]!, worded[1]!] : [];
  // "| 4.65 |" under "4Q26E EPS (NT$)": a sum per share, in the currency alone.
  const perShare = bare && !currency && !bare[3] ? PER_SHARE_MONEY_LABEL.exec(labels) : null;
  if (bare && perShare) return `${bare[1] ? '~' : ''}${SYMBOLS[perShare[1]!.toLowerCase()]}${bare[2]}`;
  if (!bare || !currency || !scaleWord) return null;
  const scale = scaleWord.toLowerCase();
  // "c. 50" is about 50 (its full stop would end a clause); "160+" is at least 160.
  return `${bare[4] ? 'at least ' : ''}${bare[1] ? '~' : ''}${SYMBOLS[currency.toLowerCase()]}${bare[2]}${bare[3] ? `–${bare[3]}` : ''} ${SCALE_WORDS[scale] ?? scale.replace(/s$/, '')}${note}`;
}

/** A Chinese or Japanese label that gives its cells' currency, and maybe their scale: （美元）, （亿美元）, 単位：億ドル. */
const CJK_MONEY_LABEL = new RegExp(String.raw`(?:[（(]|[单單単]位\s?[:：])\s*(万亿|萬億|亿|億|万|萬)?\s*(${CURRENCY_AFTER})`, 'u');
/**
 * A label that names the currency before the scale, as Taiwan's and Hong Kong's tables do: "（單位：新台幣億元）",
 * "單位：人民幣億元", "(港幣億元)"; each currency's words around a sum so that it reads as that currency.
 */
const CJK_CURRENCY_FIRST_LABEL = /(?:[（(]|[单單単]位\s?[:：])\s*(新[台臺][币幣]|人民[币幣]|港[币幣]|美金)\s?(万亿|萬億|亿|億|万|萬)?元/u;
const CURRENCY_FIRST_WORDS: Record<string, [string, string]> = { 新台幣: ['新台幣', '元'], 人民幣: ['', '元人民幣'], 港幣: ['', '港元'], 美金: ['', '美元'] };
/** A caption just before a table that gives its unit: "四大AI伺服器廠11月營收（單位：新台幣億元）", "单位：亿元". */
const UNIT_CAPTION = /[（(]?[单單単]位\s?[:：][^（()）\n]{1,12}[）)]?/u;
/** A cell that is a number, maybe about (约, 近), in 亿 or not, or a range of two: 约2,000亿, 914亿, 1,750亿至1,850亿, 1750—1850, 2,000. */
const CJK_NUMBER_CELL = /^(?:约|約|近|逾|超过|超過)?\s?\d[\d,]*(?:\.\d+)?\s?(?:万亿|萬億|亿|億|万|萬|兆)?(?:\s?(?:至|到|~|～|〜|-|–|—|―)\s?\d[\d,]*(?:\.\d+)?\s?(?:万亿|萬億|亿|億|万|萬|兆)?)?$/u;

/**
 * `cell` as a sum in the currency (and scale) its Chinese or Japanese `labels` give ("约2,000亿" under "2026年资本开支计划（美元）"
 * is 约2,000亿美元, "914" under "（亿美元）" 914亿美元), or null; a number with no scale under a currency alone is not read.
 */
function cjkSumOfLabels(cell: string, labels: string): string | null {
  if (!CJK_NUMBER_CELL.test(cell)) return null;
  const named = CJK_CURRENCY_FIRST_LABEL.exec(labels);
  if (named) {
    const scaled = named[2] && !/[万萬亿億兆]/u.test(cell) ? cell.replace(/\d[\d,]*(?:\.\d+)?/g, (n) => `${n}${named[2]}`) : cell;
    const [before, after] = CURRENCY_FIRST_WORDS[named[1]!.replace(/[臺]/u, '台').replace(/[币]/u, '幣')] ?? ['', '元'];
    return /[万萬亿億兆]/u.test(scaled) ? `${before}${scaled}${after}` : null;
  }
  const money = CJK_MONEY_LABEL.exec(labels);
  if (!money) return null;
  if (/[万萬亿億兆]/u.test(cell)) return `${cell}${money[2]}`;
  return money[1] ? `${cell.replace(/\d[\d,]*(?:\.\d+)?/g, (n) => `${n}${money[1]}`)}${money[2]}` : null;
}

/** A unit a table's label gives its bare numbers: "(TFLOPS, FP16)", "(y/y, %)", "Gross margin, %". */
const CELL_UNIT = /\((?:[^()]*?[,;/\s])?(TFLOPS\/W|TFLOPS|PFLOPS|Gbps|Tbps|GW|MW|ms|nm|%)[,;)\s]|[\s,](%)\s*$/;
/**
 * A label that says its bare numbers count chips: "Chips", "Number of accelerators", "GPUs per rack" — a row "| Chips | 64 |
 * 144 |" under "| Per server | Gen 2 | Gen 3 |" holds counts of chips, as "64 chips" would say.
 */
const CHIP_COUNT_LABEL = /^\s*(?:(?:number|no\.|count) of\s+)?(?:chips|accelerators|GPUs|TPUs)\b(?!\s*(?:revenue|sales|spend|market|share|price))|^\s*(?:チップ|アクセラレータ|GPU|TPU|芯片|晶片)の?(?:搭載)?(?:数量?|數量?)\s*$/i;

/** A cell that counts something per machine without saying what: "144 per UltraServer", "9,216 per pod". */
const COUNT_PER_CELL = /^(\d[\d,]*)(\s+per\s+)/i;

/**
 * A cell that is a count and its measure word, nothing counted after it: "144個", "約50万個", "72基", "64颗". Under a label of
 * chips ("| チップ数 |", "| 芯片数量 |") it counts chips, as "144個のチップ" would say.
 */
/** A cell that only says what one of its row's counts is per: "1ラック", "1ポッド", "per pod", "每机架". */
const PER_ONE_CELL = /^\s*(?:(?:1|一)\s?(?:つの)?|per\s+|each\s+|每(?:个|個|台)?)\s?[^\d\s|]{1,16}\s*$/iu;

const MEASURED_CELL = /^((?:約|约|近|逾|超|最大)?\s?\d[\d,.]*\s?(?:万|萬)?)\s?(?:個|个|基|颗|顆|枚)(\s*(?:超|以上)?)$/u;

/** A label that offers ways its cells are meant: "Contracted or guided next", 已签或预期. */
const ALTERNATIVES = /\b\w+ or \w+|[^\s]或[^\s]|または/i;

/** A label of shares: "Share of spend", "Revenue share", 营收占比. Its percentages are parts of a whole, not the whole's growth or size. */
const SHARE_LABEL = /\bshares?\b|份额|份額|占比|シェア/i;

/** A table's corner that calls its rows estimates: "Estimate", "Our forecasts", 预测, 予想. */
const ESTIMATES_CORNER = /^\s*(?:(?:our|my|house|broker|analyst|street)\s+)?(?:estimates?|forecasts?|projections?)\s*$|^\s*(?:预测|預測|预估|預估|予想|予測)\s*$/iu;
/** A column that holds a company's own figures, its guidance or its results, whatever the corner calls the rows. */
const OWN_FIGURE_COLUMN = /\b(?:company|guid(?:e|ance)|plan|outlook|actual|reported|results?)\b|公司|指引|実績|会社/iu;

/** A column of who led a round: "Led by", "Lead investor(s)", 领投方, 主導. */
const LEAD_INVESTORS_LABEL = /\bled by\b|\blead(?:ing)? (?:investors?|backers?)\b|^\s*leads?\s*$|领投|領投|リード投資家|主導/i;

/** A column label that only says when its row's figures are of: "Quarter", "Calendar quarter", "Period", "Latest round", 季度, 期間, 最新一轮. */
const WHEN_LABEL = /^\s*(?:(?:calendar|fiscal|reporting|reported|latest)\s+)?(?:quarter|period|year|month|as of)\s*$|^\s*(?:(?:latest|last|most recent)\s+)?(?:round|raise|funding round)\s*$|^\s*(?:季度|季|期间|期間|时期|時期|年度|四半期|报告期|報告期|対象期間|最新一轮|最新一輪|最新ラウンド)\s*$/i;

/**
 * The period `cell`, a row's cell under a column that only says when, states ("| Azure | 40% | Apr–Jun 2026 |" under
 * "| Cloud | Growth y/y | Quarter |"): the period of the row's other figures, as a reader takes it across the row.
 * A column that names what ends then ("Fiscal year ends") is none.
 */
function periodOfWhenCell(cell: string | undefined, context: SentenceContext, subject: string | null, label = ''): string | null {
  // The column says the cell is a time: "Apr–Jun 2026" there reads as "in Apr–Jun 2026" would; under "As of", "Mar 2026"
  // dates a level at that month's end, the quarter's ("as of Mar 2026"), not the year.
  const said = `${/\bas of\b/i.test(label) ? 'as of' : 'in'} ${cell}`;
  return cell ? parsePeriod(said, said, context, subject) : null;
}

/**
 * The measure of a row's count of chips that another of its cells gives by saying what it is per: "| GB300 NVL72 | 72基 |
 * 1ラック |" counts the chips of a rack, as "72 chips per rack" does, whatever measure the table's heading names.
 */
function perOneMetric(row: string[], unit: string): Figure['metric'] | undefined {
  if (unit !== 'chips') return undefined;
  for (const cell of row.slice(1)) {
    if (!PER_ONE_CELL.test(cell)) continue;
    const metric = findMetrics(cell).find((m) => m.metric.units.includes(unit))?.metric;
    if (metric) return metric;
  }
  return undefined;
}

/** `period` a year before, of a month, a quarter or a year (`2026-11` → `2025-11`, `2026-Q3` → `2025-Q3`, `2026` → `2025`); else null. */
function yearBefore(period: string): string | null {
  if (isMonth(period)) return monthBefore(period, 12);
  if (QUARTER_KEY.test(period)) return quarterBefore(period, 4);
  const year = /^(FY)?(\d{4})$/.exec(period);
  return year ? `${year[1] ?? ''}${Number(year[2]) - 1}` : null;
}

/**
 * The period a table's other columns name, where they name one, maybe beside the same period a year before ("| 公司 |
 * 11月營收 | 月增率 | 年增率 |", "| Maker | Oct 2026 revenue | Oct 2025 revenue | YoY change |", "| Metric | Q3 2026 | Q3 2025 |
 * Change |"): the period of a growth, or of the year-ago figure, whose own column names none. Months come first, as a monthly
 * reporter's table gives its year to date beside them, then quarters; a year only beside the year before it. Null elsewhere.
 */
function periodOfSiblings(header: readonly string[], column: number, context: SentenceContext, subject: string | null): string | null {
  const periods = header.flatMap((label, i) => {
    const period = i === 0 || i === column ? null : parsePeriod(label, label, context, subject);
    return period !== null && yearBefore(period) !== null ? [period] : [];
  });
  const months = periods.filter(isMonth);
  const quarters = periods.filter((period) => QUARTER_KEY.test(period));
  const [latest, ...others] = [...new Set(months.length > 0 ? months : quarters.length > 0 ? quarters : periods)].sort().reverse();
  // A year alone ("| AI Revenue (2024 est.) | Market Share |") dates only its own column; beside the year before, the change between them.
  if (!latest || (months.length === 0 && quarters.length === 0 && others.length === 0)) return null;
  return others.every((period) => period === yearBefore(latest)) ? latest : null;
}

/** A cell that is a rate with a minus before it: "-8.5%", "−3.7 %". */
const NEGATIVE_RATE_CELL = /^[-−–]\s?\d[\d.,]*\s?[%％]$/u;

/** A column label over cells that name a measure: "AI metric, as the vendor defines it", "Latest AI metric", 指标, 事项 (the matter). */
const METRIC_NAMED_LABEL = /\b(?:metrics?|measures?|KPIs?|indicators?)\b|指标|指標|事项|事項/i;
/** A column label over cells that name the figure beside them: "Q3 2026 figure", "Item", "Line item", 项目. */
const FIGURE_LABEL = /\b(?:figures?|items?|line items?)\b|^\s*(?:项目|項目)\s*$/i;

/**
 * The one metric of `unit` that `words`, a row's cells under labels of a measure (`METRIC_NAMED_LABEL`, `FIGURE_LABEL`), name, where its
 * labels name none ("| Adobe | AI-influenced ARR, end of fiscal 2026 | more than $7.5 billion |" under "AI metric, as the
 * vendor defines it"); undefined for none or several. (Not a status, "| invested |": a verb names no measure of a row.)
 */
function oneMetricOf(words: string, unit: string): MetricEntry | undefined {
  const named = new Set(findMetrics(words).filter((m) => !m.metric.movement && m.metric.units.includes(unit)).map((m) => m.metric));
  return named.size === 1 ? [...named][0] : undefined;
}

/** A column named first for others' estimates: "Consensus (before latest guidance)", "Street estimate", "FactSet est.". */
const CONSENSUS_COLUMN = /^\s*(?:consensus|(?:the\s+)?street(?:\s+est(?:imate)?s?\.?)?|analysts?['’]?\s+(?:estimates?|consensus)|FactSet|LSEG|Visible Alpha)\b/i;

/** A column of an earlier figure than the row's: "Earlier disclosure", "Previous", "Prior quarter", "Year ago", "Last reported quarter", 此前, 前回. */
const EARLIER_COLUMN = /\b(?:earlier|previous|prior|year[- ]ago|last reported)\b|此前|上次|前回/i;

/**
 * A column of the same period a year before: 去年同月營收, "Same month last year", 上年同期, 前年同期, "Year-ago revenue", "Year
 * earlier", "Prior year" (not 前年同期比, the growth on it).
 */
const YEAR_AGO_LABEL = /(?:去年|上年|前年)同[月期](?!比)|\bsame (?:month|quarter|period) (?:last|a|of the previous) year\b|\byear[- ](?:ago|earlier)\b|\bprior[- ]year\b|\ba year (?:earlier|ago|before)\b/i;

/** A cell that opens on the same period a year before: 上年同期315亿元, 去年同期, "Year earlier: $1.2B". */
const YEAR_AGO_CELL = /^\s*(?:(?:去年|上年|前年)同期(?!比)(?:为|為|は)?|(?:a )?year[- ](?:ago|earlier):?)\s*/i;

/** A label of a business's growth, alone: "Azure growth, FQ1 2027", "Cloud growth (y/y)", 增速, 増収率. */
const GROWTH_LABEL = /\bgrowth\b|增速|增幅|増収率|伸び率/i;
/**
 * A label of a change on the year or the month before: "YoY change", "m/m", 年增率, 月增率, 同比, 前年比, 前月比. A rate under it
 * that nothing else names (the text gives the same figure no measure) is growth of revenue, as the monthly reporters give it.
 */
const CHANGE_LABEL = /\b(?:YoY|y\/y|MoM|m\/m)\b|[年月季]增率|(?:成長|增長|增长)率|同比|[环環]比|前年(?:同月)?比|前月比/i;

/** A quarter named without its year: "third quarter", "fiscal Q3", 第三季度. */
const CORNER_QUARTER = /\b(?:fiscal\s+)?(?:(?:first|second|third|fourth)[- ]quarter|Q[1-4])\b(?!\s*(?:of\s+)?(?:FY\s?)?(?:19|20)?\d{2}\b)|第[一二三四1-4](?:财|財)?季度?(?!.*\d{4})/i;

/**
 * Figures in table cells, each with the cell it was read from: a cell is a claim about its row and its column. `heading`,
 * the section's, may give the bare numbers their currency and scale as a label does ("## AWS revenue ($bn)"); `leadIn`,
 * the text just before the table, its one metric where neither its labels nor its heading name one; `fromText`, the
 * measure the article's text gives each cell's figure, where nothing else names one (columnMetrics.ts).
 */
function tableFigures(table: Table, context: SentenceContext, heading: string, leadIn: string, fromText: CellMetrics): TableFigure[] {
  const out: TableFigure[] = [];
  // Read without the article's date, a period the labels or the cell still give is their own ("Mar 2026"), not the date's.
  const undated = { ...context, articleQuarter: null, articleYear: null, articleMonth: null };
  const header = table.header.map(plainText);
  // "（單位：新台幣億元）", "Revenue, US$ millions, for each company's December quarter": the text before the table gives its bare
  // numbers' unit, as a label does.
  const lead = plainText(leadIn);
  const unitCaption = UNIT_CAPTION.exec(lead)?.[0] ?? MONEY_LABEL.exec(lead)?.[0];
  const caption = unitCaption ? ` , ${unitCaption}` : '';
  const announcedColumn = header.some((label) => ANNOUNCED_COLUMN.test(label));
  // The columns whose labels say their cells name a measure ("AI metric", 指标) or the figure beside them ("Q3 2026 figure").
  const measureColumns = header.map((label) => METRIC_NAMED_LABEL.test(label) || FIGURE_LABEL.test(label));
  // "| Target | Buyer | Price | Value |": the columns of a table of deals, a price a share and the deal's value.
  const dealColumns = header.map((_, column) => dealColumnMetric(header, column));
  // "| Hyperscaler | 2025 capex (actual) | 2026 guidance ($bn) |": a column that names no metric is of the one metric the header names.
  const headerMetrics = findMetrics(header.join(' ; ')).filter((m) => !m.metric.movement);
  // "## AWS revenue ($bn)" over a table whose labels name no metric: the heading's one metric, as the header's.
  const oneMetric = (found: ReturnType<typeof findMetrics>) => (new Set(found.map((m) => m.metric.name)).size === 1 ? found[0]!.metric : undefined);
  // "| Quarter |": the column, if any, that dates each row.
  const whenColumn = header.findIndex((label, i) => i > 0 && WHEN_LABEL.test(label));
  // "| Company | Metric | Value |": the column, if any, that names each row's measure, read with the row's label.
  const measureColumn = measureColumnOf(header);
  const cornerQuarter = CORNER_QUARTER.exec(header[0] ?? '')?.[0];
  // "| Estimate | Street | Mine |": a corner that calls the rows estimates.
  const estimatesCorner = ESTIMATES_CORNER.test(header[0] ?? '');
  // (Not the investors a column names as leading a round, "| Led by | SoftBank |", 领投方: the round's sum is raised from all its
  // investors, as "a $60 billion round led by SoftBank" is, not SoftBank's investment.)
  const leadColumns = header.map((label) => LEAD_INVESTORS_LABEL.test(label));
  const tableMetric = oneMetric(headerMetrics) ?? oneMetric(findMetrics(heading).filter((m) => !m.metric.movement)) ?? oneMetric(findMetrics(plainText(leadIn)).filter((m) => !m.metric.movement));
  table.rows.forEach((written, rowIndex) => {
    const row = written.map(plainText);
    const rowLabel = measureColumn > 0 ? `${row[0] ?? ''} ${row[measureColumn] ?? ''}` : (row[0] ?? '');
    // Most competitor rows are words only: skip them before any entity or metric lookup.
    const cellValues = row.map((cell, column) => {
      if (column === 0 || column === measureColumn || cell === '') return [];
      // The unit may stand anywhere in the label's brackets ("Azure growth (y/y, %)") or end it ("Gross margin, %").
      const bareNumber = /^\d[\d,.]*$/.test(cell);
      const unit = bareNumber ? ((CELL_UNIT.exec(`${header[column] ?? ''} ${rowLabel}`) ?? CELL_UNIT.exec(`${rowLabel} ${header[column] ?? ''}`))?.slice(1).find(Boolean) ?? (CHIP_COUNT_LABEL.test(rowLabel) || CHIP_COUNT_LABEL.test(header[column] ?? '') ? 'chips' : undefined)) : undefined;
      // A bare number takes its unit from the label: "Training Throughput (TFLOPS, FP16)", "AWS, $ billion".
      const labels = `${header[column] ?? ''} , ${rowLabel} , ${header[0] ?? ''} , ${heading}${caption}`;
      const sum = unit ? undefined : (sumOfLabels(cell, labels) ?? (CJK_TEXT.test(labels) ? cjkSumOfLabels(cell, labels) : null));
      // "144 per UltraServer" under "Chips per system": a count per machine under a label of chips counts chips, as "144 chips per UltraServer" does.
      const chipLabel = () => CHIP_COUNT_LABEL.test(rowLabel) || CHIP_COUNT_LABEL.test(header[column] ?? '');
      const chipsPer = !unit && !sum && COUNT_PER_CELL.test(cell) && chipLabel();
      // "| 144個 |" under "| チップ数 |": a count and its measure word under a label of chips, as "144チップ" says.
      const measured = !unit && !sum && !chipsPer && MEASURED_CELL.test(cell) && chipLabel();
      const values = findValues(unit ? `${cell}${unit === '%' ? '%' : ` ${unit}`}` : chipsPer ? cell.replace(COUNT_PER_CELL, '$1 chips$2') : measured ? cell.replace(MEASURED_CELL, '$1チップ$2') : (sum ?? cell), bareYenOf(cell));
      // "| -8.5% |": a rate written with a minus is a fall.
      return NEGATIVE_RATE_CELL.test(cell) ? values.map((v) => (v.value.unit === '%' && v.value.amount > 0 ? { ...v, value: { ...v.value, amount: -v.value.amount } } : v)) : values;
    });
    if (cellValues.every((values) => values.length === 0)) return;
    let rowEntities: ReturnType<typeof findEntities> | undefined;
    const entitiesOfRow = () => (rowEntities ??= row.flatMap((cell, i) => (cellValues[i]!.length === 0 && !leadColumns[i] ? findEntities(cell) : [])));
    // "| AEP | $78B (2027–31) |" under "| Utility |": a company the vocabulary does not know is still the row's.
    const rowCompany = unknownRowCompany(header[0] ?? '', row[0] ?? '');
    row.forEach((cell, column) => {
      const columnLabel = header[column] ?? '';
      // The row's cells of words but its label: what they say of this cell's figure ("| Microsoft | Azure growth, Q3 | 37% |").
      const words = row.filter((text, i) => i > 0 && i !== column && cellValues[i]!.length === 0).join(' ');
      const labels = `${columnLabel} ${rowLabel}`;
      for (const value of cellValues[column]!) {
        // "$5B upfront + $20B milestones": each figure takes the metric word nearest to it.
        const gap = (m: { start: number; end: number }) => (m.end <= value.start ? value.start - m.end : Math.max(0, m.start - value.end));
        // A note in brackets ("$183B (Series F)") says which one, not what is measured: the labels do.
        const cellMetrics = findMetrics(cell).filter((m) => m.metric.units.includes(value.value.unit)).sort((a, b) => gap(a) - gap(b));
        const inCell = measureAfterMovement(cell, cellMetrics.filter((m) => !inBrackets(cell, m.start)));
        // "AWS +21%": a signed percentage with no metric named is growth, as a verb of movement alone is.
        const signed = value.value.unit === '%' && /[+−]\s?$/.test(cell.slice(0, value.start)) ? REVENUE_GROWTH : undefined;
        // "| Microsoft | Azure growth, FQ1 2027 | 37% |": a rate in a row whose label or words name a business's growth is its
        // revenue growth; "| Organic orders growth | 38% |", the growth of the sum the label names.
        const grownLabel = value.value.unit === '%' ? [labels, words].find((text) => GROWTH_LABEL.test(text)) : undefined;
        const grownSum = grownLabel === undefined ? undefined : findMetrics(grownLabel).find((m) => !m.metric.movement && !m.metric.units.includes('%') && m.metric.units.some((unit) => MONEY_UNITS.includes(unit)))?.metric;
        const grown = grownLabel === undefined ? undefined : grownSum ? growthOf(grownSum, grownLabel) : REVENUE_GROWTH;
        // "| 寒武纪 | 归母净利润 | 2026年前三季度 | 44.2亿元 | 175% |" under "| 公司 | 指标 | … | 同比 |": the measure a row's words name
        // under a label of measures, where it takes the cell's unit (net profit's change, not revenue growth), whatever verb of
        // change the cell holds ("| 純利益 | … | 175％増 |").
        // The words of the row's cells under labels of measures ("| Nebius | 2026年资本开支指引 | 约210亿美元 |" under "| 公司 | 事项 | 金额 |").
        const measureWords = row.filter((text, i) => i > 0 && i !== column && cellValues[i]!.length === 0 && measureColumns[i]).join(' ');
        let rowNamed: MetricEntry | undefined | null = null;
        const namedInRow = () => (rowNamed === null ? (rowNamed = oneMetricOf(measureWords, value.value.unit)) : rowNamed);
        const metric = (grownSum && inCell.length === 0 ? grown : undefined) ?? ((inCell[0]?.metric.movement && namedInRow() ? undefined : inCell[0]) ?? findMetrics(columnLabel).concat(findMetrics(rowLabel)).find((m) => m.metric.units.includes(value.value.unit)) ?? gainOverPredecessor(columnLabel, value, entitiesOfRow().some((e) => e.kind === 'product')) ?? cellMetrics[0])?.metric ?? namedInRow() ?? signed ?? grown ?? perOneMetric(row, value.value.unit) ?? (tableMetric?.units.includes(value.value.unit) ? tableMetric : undefined) ?? chipMultiple(cell, value, findEntities(cell).filter((e) => e.kind === 'product'))?.metric ?? metricNamed(fromText[rowIndex]?.[column], value.value.unit) ?? backerInTarget(row[0] ?? '', value.value.unit) ?? (value.value.unit === '%' && CHANGE_LABEL.test(labels) ? REVENUE_GROWTH : undefined) ?? (MONEY_UNITS.includes(value.value.unit) ? dealColumns[column] : undefined);
        if (!metric || (value.value.unit === '%' && SHARE_LABEL.test(labels) && metric.topic !== 'market')) continue;
        // The corner cell names what a table is about when its labels do not ("AWS segment (US$)").
        // "| 投资方 | 对Anthropic出资 |": the column's company is where the row's money goes, not whose figure it is.
        const receiver = metric.counterparty ? receiverOfLabel(columnLabel) : null;
        const labelled = [...findEntities(columnLabel).filter((e) => e.name !== receiver), ...findEntities(rowLabel)];
        const corner = labelled.length > 0 || column === 0 ? labelled : findEntities(header[0] ?? '');
        const own = corner.length > 0 || column === 0 ? corner : findEntities(heading);
        // A column such as "AWS Trainium 2" is about the chip, not the company; a cell that names its own ("AWS +21%") is about that.
        // "4.4x the compute of Trn2" in the Trainium3 row: after "of", too, the measure of another product.
        const baseline = (e: { start: number }) => /\b(?:vs\.?|versus|than|over|compared (?:to|with)|against)\s+$/i.test(cell.slice(0, e.start)) || (e.start > value.start && isBaseline(cell, e));
        const inCellEntities = findEntities(cell).filter((e) => !inBrackets(cell, e.start) && !baseline(e));
        // "28% (AWS)" in Amazon's row: a bracket that names a unit or product of the labelled company says whose figure it is.
        const ownUnit = findEntities(cell).find((e) => inBrackets(cell, e.start) && !baseline(e) && e.kind !== 'group' && own.some((o) => o.name !== e.name && companyGroup(o.name) === companyGroup(e.name)));
        // "| 2026 capex plan | about $200 billion |" under "AWS (Bedrock/Trainium)": a figure a company reports as a whole
        // (its capex) is the company's, which the products in brackets only describe.
        // "| Microsoft | Maia 200 | 30% better perf per dollar |": what a chip measures is of the chip its row names in another cell.
        const rowProduct = metric.productSubject ? entitiesOfRow().find((e) => e.kind === 'product') : undefined;
        // "| Microsoft | Azure growth, FQ1 2027 | 37% |": so does a unit of the labelled company the row's words name (not the
        // vendor a product's row names: "| Trainium2 | AWS | 64 chips per UltraServer |" is the chip's).
        const wordsUnit = metric.ownedByGroup ? undefined : findEntities(words).find((e) => e.kind === 'company' && own.some((o) => o.kind === 'company' && o.name !== e.name && o.name === companyGroup(e.name)));
        const preferred = inCellEntities.find((e) => e.kind !== 'group') ?? ownUnit ?? wordsUnit ?? own.find((e) => e.kind === (metric.ownedByGroup ? 'company' : 'product')) ?? rowProduct ?? own[0];
        // "| Licking County, Ohio | SoftBank | Scrapped | US$14B |": a row whose label names no company is of the one its words name.
        const named = preferred?.name ?? rowCompany ?? entitiesOfRow().find((e) => e.kind === 'company')?.name ?? context.fallbackSubject;
        // A company reports some figures as one (its capex), whichever of its units a label names.
        // "| AMZN | 28% |" under "Cloud growth": the company's cloud unit's.
        // A deal is the group's, as in a sentence: a unit does not invest in its own name ("| AWS | €7.8bn |" of pledges is Amazon's).
        const subject = named && (metric.ownedByGroup || metric.counterparty) ? companyGroup(named) : named && cloudUnitOfLabel(named, labels);
        const counterparty = metric.counterparty ? (receiver ?? entitiesOfRow().find((e) => e.kind === 'company' && (subject === null || companyGroup(e.name) !== companyGroup(subject)))?.name ?? null) : null;
        // A cell may date itself: "$455B RPO (Aug 2025)"; else a column that says when dates its row ("| Quarter |").
        // "$88 billion (FY2025)" under "Last full year": the cell names which year a label that says only "full year" means.
        // "| 2025 |", "| 2025, full year |": a label that is a year alone dates its cells, as no year alone in a sentence does.
        const year = yearOfLabel(rowLabel) ?? yearOfLabel(columnLabel);
        // "| Meta, third quarter | 2026 | 2025 |": a corner that names a quarter but no year makes a column of a year alone that quarter of it.
        const quarterOfYear = cornerQuarter && yearOfLabel(columnLabel) ? `${cornerQuarter} of ${yearOfLabel(columnLabel)} ${rowLabel}` : labels;
        const periodIn = (read: SentenceContext) => {
          const labelled = parsePeriod(quarterOfYear, quarterOfYear, read, subject);
          const own = parsePeriod(cell, cell, read, subject);
          // "| Alphabet | Google Cloud growth, Q3 | 34% |": the row's words may date its flow where its labels do not (not a
          // chip's measure, of no period).
          const told = words === '' || !metric.overPeriod ? null : parsePeriod(words, words, read, subject);
          // "| AI-influenced ARR, end of fiscal 2026 | … | more than $5 billion (November 2025) |" under "Earlier disclosure":
          // a cell of an earlier column that dates itself is of its own date, not the row's.
          if (own !== null && EARLIER_COLUMN.test(columnLabel)) return own;
          return (labelled === 'annual' ? (own ?? year ?? labelled) : (labelled ?? own ?? year ?? told)) ?? periodOfWhenCell(row[whenColumn], read, subject, header[whenColumn]);
        };
        // "OpenAI (offered)", "2026 (guidance)": a row or column label says how its cells are meant, and so does the row's status ("In talks (reported)").
        const status = statusOfRow(header, row);
        // "| Contracted or guided next | $688bn RPO | $14.5bn AI guidance |": a label that offers two ways its cells are meant
        // says neither; each cell says its own ("RPO", contracted; "guidance", a plan).
        const rowSays = ALTERNATIVES.test(rowLabel) ? '' : rowLabel;
        // A corner that calls the rows estimates makes each cell one, but where its column says whose own figure it holds
        // ("Company guide", "Reported").
        const cornerSays = estimatesCorner && !OWN_FIGURE_COLUMN.test(columnLabel) ? ' (estimates)' : '';
        // "| Consensus (before latest guidance) |", "| Consensus before guidance |": a column named for the Street's figure holds it,
        // whatever the words after its name say.
        const columnSays = CONSENSUS_COLUMN.exec(columnLabel)?.[0] ?? columnLabel;
        // The words naming the row's measure say how it is meant too ("2026年资本开支指引", guidance).
        const described = `${rowSays}${measureWords ? ` ${measureWords}` : ''} (${columnSays})${cornerSays}${status ? ` (${status})` : ''} ${cell.replace(ABOUT_ABBREVIATED, '~')}`;
        const read = readModality(described, described.length, described.length, Boolean(metric.counterparty));
        // "| Talks reported | Oct 2026 | up to $35B | ~$600B |": a row of talks or rumours holds what was said of them, hearsay.
        // "| Company | UK commitment | Money | Capacity |" over "| Microsoft | UK investment, 2025–2028 | $30bn |": a row a column of
        // words names as a commitment holds sums promised in its other columns too.
        const pledgeRows = header.some((label, i) => i !== column && i > 0 && PLEDGE_LABEL.test(label) && cellValues[i]!.length === 0 && /\p{L}/u.test(row[i] ?? ''));
        const pledged = pledgedCell(columnLabel, pledgeRows, `${cell} ${status ?? ''}`, value.value, counterparty !== null, read === 'fact' && TALKS_LABEL.test(rowSays) ? 'rumour' : read, announcedColumn);
        // "| 全年计划约2150亿美元 |": a cell's plan for the full year is for the year under way, as a sentence's plan is.
        // "| 11月營收 | … | 去年同月營收 |", "| Q3 2026 | Year-ago quarter |": a column of the same period a year before is that period of the year before.
        // So is a cell that says it is ("| 2026年7-9月 | 同比 |" over "| 419亿元 | 上年同期315亿元 |"), where the cell names no period of its own.
        const yearAgoOf = (YEAR_AGO_LABEL.test(columnLabel) || YEAR_AGO_CELL.test(cell)) && parsePeriod(cell.replace(YEAR_AGO_CELL, ''), cell, undated, subject) === null ? periodOfSiblings(header, column, context, subject) : null;
        const period = (yearAgoOf ? yearBefore(yearAgoOf) : null) ?? periodIn(periodContextOf(context, pledged)) ?? metric.impliedPeriod ?? (value.value.unit === '%' ? periodOfSiblings(header, column, context, subject) : null);
        // "| Alphabet | $48.6B | at least $220B in 2027 |": a flow over a year yet to begin at the article's date is no actual;
        // told plainly, it is the company's plan, as in a sentence.
        const modality = pledged === 'fact' && metric.overPeriod && beginsAfterArticle(period, context) ? 'plan' : pledged;
        // "| Latest quarter growth |" says a quarter without saying which: the one the text gives the same figure, as it
        // does for a cell whose labels date it by nothing ("Google Cloud grew 31% in the second quarter" beside "| 31% |").
        const stated = periodIn(undated);
        const periodStated = period !== null && stated !== null && stated !== 'quarterly';
        const offerStatus = modality === 'offer' ? offerStatusOf(described) : null;
        // "| Revenue, trailing twelve months | $137.1B |": a label may name another measure of the metric (measures.ts), and so
        // may the row's words ("| NAURA | Jan–Sep 2026 | CNY 35.62bn |", the first nine months), but of a cell that names no
        // period of its own ("| 前三季度356.2亿元 | 第三季度131.8亿元 |").
        // "| Broadcom | $15.3B | AI semiconductor revenue, fiscal Q4 |": a line's revenue, not the company's (businessLines.ts).
        const measured = withLine(onTheMonthBefore(withMeasure(metric, value.value.unit, `${labels} ${parsePeriod(cell, cell, context, subject) === null ? words : ''} ${cell}`), period), subject, () => businessLineOfCell(cell, value, [columnLabel, rowLabel, ...row.filter((text, i) => i !== column && cellValues[i]!.length === 0)]));
        out.push({ figure: { subject, metric: measured, counterparty, value: value.value, period: spansYears(measured) ? null : period, modality, offerStatus }, quote: written[column]!, periodStated });
      }
    });
  });
  return out;
}

/** Whether a figure in `unit` is a sum (money, power…), not a rate, a multiple or a count of chips. */
const isSum = (unit: Value['unit']) => unit !== 'chips' && unit !== '%' && unit !== 'x';

/** A column label of pledges or commitments: "India commitment", "Pledge", 承诺投资. */
const PLEDGE_LABEL = /\b(?:commitments?|pledges?|pledged|committed)\b|承诺|承諾|投資計画|投资计划/i;
/** A column label of money put in: "Investment", "Planned spend", "Capex". */
const INVESTED_LABEL = /\b(?:investments?|invested|spend(?:ing)?|capex)\b/i;
/** A column of when something was announced: "Announced", "Date announced", "Announcement". */
const ANNOUNCED_COLUMN = /^\s*(?:(?:date |when )?announced|announcement(?: date)?)\s*$/i;

/** A row label of talks or hearsay: "Talks reported", "Rumoured round", "Figure floated". */
const TALKS_LABEL = /\b(?:talks|rumou?r(?:ed|s)?|floated|mooted)\b/i;

/** "up to 1 million TPUs": a ceiling on a count of chips, the most a deal lets a company use. */
const UP_TO_CHIPS = /^\s*(?:up to|as many as)\b/i;

/**
 * A table cell read as a fact that its column or its words say is still to come: a sum under a column of pledges
 * ("| Company | India commitment |", "$15B"), or in a row that a column of words names as a commitment (`pledgeRow`), is money promised, a plan, as "pledged $15 billion" is — unless the sum is one
 * side of a deal with another company (a purchase commitment is a contract signed); a count of chips given as a ceiling
 * ("| Anthropic | Google Cloud | up to 1 million TPUs |") is what a deal allows, a plan, and so is a sum whose cell or row status
 * says it is committed as a ceiling ("committed, up to"). A sum invested in a table with a column of when each was `announced`
 * ("| Project | Announced | Investment |") is a pledge too (not financing raised or power bought, told so). `cell` is the cell's words and its row's status. Anything else keeps `modality`.
 */
function pledgedCell(columnLabel: string, pledgeRow: boolean, cell: string, value: Value, deal: boolean, modality: Modality, announced: boolean): Modality {
  if (modality !== 'fact') return modality;
  if (value.unit === 'chips') return value.bound === 'max' && UP_TO_CHIPS.test(cell) ? 'plan' : modality;
  if (!isSum(value.unit)) return modality;
  if (!deal && ((announced && INVESTED_LABEL.test(columnLabel)) || pledgeRow || PLEDGE_LABEL.test(columnLabel))) return 'plan';
  // "| Microsoft in Anthropic | 5 | committed, up to |": a sum committed as a ceiling is promised, not yet paid.
  return PLEDGE_LABEL.test(cell) && /\bup to\b/i.test(cell) ? 'plan' : modality;
}

/** A row label of one company's money put into another: "Amazon in Anthropic", "Nvidia into OpenAI", "Microsoft → OpenAI". */
const BACKER_IN = /^\s*(\S[^|]{0,40}?)\s+(?:in|into|→|->)\s+(\S[^|]{0,40}?)\s*$/;

/**
 * The measure of a sum in a row labelled with one company's stake in another ("| Amazon in Anthropic | 8 |" under
 * "Amount ($bn)"), where nothing else names one: an investment, the first company's, in the second. Undefined unless
 * both sides are companies and the figure is money.
 */
function backerInTarget(label: string, unit: Value['unit']): Figure['metric'] | undefined {
  if (!isSum(unit)) return undefined;
  const sides = BACKER_IN.exec(label);
  if (!sides) return undefined;
  const company = (words: string) => findEntities(words).some((e) => e.kind === 'company' && e.start === 0 && e.end === words.length);
  return company(sides[1]!) && company(sides[2]!) ? metricNamed('investment', unit) : undefined;
}

/** The metric of the vocabulary named `name` when it measures figures in `unit`, else undefined. */
const metricNamed = (name: string | null | undefined, unit: Value['unit']) => (name ? METRICS.find((m) => m.name === name && m.units.includes(unit)) : undefined);

/**
 * Figures already read from a table, by the table's cells, then by context: a table
 * that article after article repeats is read once.
 */
const tableFiguresSeen = boundedCacheByContext<TableFigure[]>(20_000);

/** A figure of a table cell, the cell as written, and whether the cell or its labels date it (not the article's date alone). */
interface TableFigure {
  figure: Figure;
  quote: string;
  periodStated: boolean;
}

/**
 * The claim candidates of one table of `article`; `fromText`, the candidates of the article's text, give a cell that
 * its labels do not date the period the text gives the same figure (cellPeriods.ts).
 */
function tableCandidates(article: Article, table: Table, section: string, leadIn: string, context: SentenceContext, contextId: string, prediction: boolean, fromText: readonly Candidate[]): Candidate[] {
  const heading = section.startsWith('table: ') && section !== COMPETITOR_TABLE ? section.slice('table: '.length) : '';
  const metrics = cellMetricsFromText(table.rows.map((row) => row.map(plainText)), fromText);
  const cells = [[heading, leadIn], table.header, ...table.rows, ...metrics.map((row) => row.map(String))].map((row) => row.join('\u0001')).join('\u0002');
  const figures = tableFiguresSeen(cells, contextId, () => tableFigures(table, context, heading, leadIn, metrics));
  return figures.map(({ figure, quote, periodStated }) => {
    // A table under a heading of forecasts ("## The spending outlook") forecasts its cells of periods still to end; its
    // cells of quarters over ("| Meta, third quarter | 2026 | 2025 |") are the results, as a sentence of the past there is.
    const candidate = fromFigure(figure, prediction && !periodEnded(figure.period, context.articleYear, context.articleMonth, fiscalYearEndOf(figure.subject, context)), { article: article.id, section, quote });
    const period = periodStated ? undefined : periodOfTextFigure(candidate, fromText);
    return period === undefined || period === candidate.period ? candidate : { ...candidate, period, key: claimKey(candidate.subject, candidate.metric, candidate.counterparty, period) };
  });
}

/**
 * The company a section's heading is, where it opens on one company's name in a few words ("## Amazon", "## Nvidia and
 * the suppliers") or gives only its name after a label ("## Up next: Nvidia"), else null: a heading that is a headline or a question ("Anthropic: The Ally with Strings Attached",
 * "Will OpenAI Accept a Future Deal?") speaks of a company without making the section its own.
 */
function headingCompany(heading: string): string | null {
  const plain = plainText(heading).trim();
  // "## Up next: Nvidia": a label, then only the company's name.
  if (/[:：]/.test(plain)) return topicOf(plain) ?? null;
  if (plain.split(/\s+/).length > 4 || /[?？]/.test(plain)) return null;
  const named = findEntities(plain).filter((e) => e.kind === 'company');
  if (named.length === 0 || named[0]!.start !== 0 || !named.every((e) => companyGroup(e.name) === companyGroup(named[0]!.name))) return null;
  // Chinese and Japanese headings run their words together: only the company's name alone ("## 亚马逊") is the company.
  const rest = named.reduceRight((text, e) => text.slice(0, e.start) + text.slice(e.end), plain);
  return CJK_TEXT.test(rest) ? null : named[0]!.name;
}

/**
 * Where an aggregator's uncaptioned competitor table stands, named as the page heads it: a table's section, as every
 * cell's mention says (`table: …`), so that a reader of the data API tells a cell from a sentence by its section alone.
 */
const COMPETITOR_TABLE = 'table: Competitor analysis';

/** A text of an article to read, where it stands, and whether it is a forecast: always, in part (a forecast section), or not. */
interface ArticleText {
  section: string;
  text: string;
  prediction: 'no' | 'part' | 'always';
  /** An item of a list: a lead-in before the list speaks for every item (contextModality.ts). */
  item?: boolean;
  /** For an item of a list that opens with "It", "Its" or "The company" ("- Its last round valued it at $61.5bn"), the item before it. */
  itemBefore?: string;
}
/** A table of an article to read, with the text just before it. */
interface ArticleTable {
  section: string;
  table: Table;
  prediction: boolean;
  leadIn: string;
}

/** Every claim candidate of one article, in the order the article states them. */
export function extractClaims(article: Article): Candidate[] {
  return readClaims(article).candidates;
}

const NO_CALENDARS: FiscalCalendars = new Map();

/**
 * Every claim candidate of one article, in the order the article states them, and its orphans: the sums it states that
 * the reader filed under no measure, for the merge to place (orphanFigures.ts). `calendars`: the fiscal calendars the
 * articles state (fiscalCalendars.ts), on which its companies' fiscal quarters are read.
 */
export function readClaims(article: Article, calendars: FiscalCalendars = NO_CALENDARS): { candidates: Candidate[]; orphans: Candidate[] } {
  const texts: ArticleText[] = [];
  const add = (section: string, text: string | null, prediction: 'no' | 'part' | 'always' = 'no') => {
    if (text && text.trim() !== '') texts.push({ section, text, prediction });
  };
  // "- Anthropic is sounding out investors … ¶ - Its last completed round valued it at $183bn": an item that opens with a
  // pronoun speaks of the company the item before it opened with, not of the article's.
  const addItems = (section: string, items: string[], prediction: 'no' | 'part' | 'always' = 'no') =>
    items.forEach((item, i) => {
      if (item.trim() === '') return;
      const itemBefore = i > 0 && opensWithAntecedent(item) ? items[i - 1] : undefined;
      texts.push({ section, text: item, prediction, item: true, ...(itemBefore ? { itemBefore } : {}) });
    });
  if (article.titleSource === 'title line') add('title', article.title);
  add('tagline', article.tagline);
  for (const [field, text] of Object.entries(article.tldr)) add(`tldr.${field}`, text);
  for (const text of article.deepInsight) add('deepInsight', text);
  addItems('takeaways', article.takeaways);
  addItems('technicalNotes', article.technicalNotes);
  for (const { text, rationale } of article.predictions) {
    add('predictions', text, 'always');
    // A rationale gives the reasons for a forecast: its figures are facts.
    add('predictions', rationale);
  }
  // A captioned table ("📊 云厂商对比") is read under its caption, as a long-form table under its section's heading.
  const tables: ArticleTable[] = article.competitorTables.map((table) => ({ section: table.caption ? `table: ${table.caption}` : COMPETITOR_TABLE, table, prediction: false, leadIn: '' }));
  // The text just before each table (a paragraph, a note or a list's last item), whatever section it is in.
  let lastText = '';
  for (const section of article.sections) {
    const prediction = PREDICTION_HEADING.test(section.heading) ? 'part' : 'no';
    // "## 受注残は2440億ドル": a heading that states a figure is a mention of it, as a title is.
    if (section.heading && /\d/.test(section.heading)) add(`section: ${section.heading}`, section.heading, prediction);
    for (const block of section.blocks) {
      // Text before a long-form article's first heading is its lead.
      const where = section.heading ? `section: ${section.heading}` : 'lead';
      if (block.kind === 'paragraph') add(where, (lastText = block.text), prediction);
      else if (block.kind === 'note') add(`${where} (${block.label})`, (lastText = block.text), prediction);
      else if (block.kind === 'list') {
        addItems(where, block.items, prediction);
        lastText = block.items.at(-1) ?? lastText;
      }
      else tables.push({ section: section.heading ? `table: ${section.heading}` : 'table', table: block.table, prediction: prediction !== 'no', leadIn: lastText });
    }
  }
  // "2026-01 ¶ Microsoft mothballs a planned $1 billion campus in central Ohio.": an entry of the article's own timeline
  // states its figures as any sentence does; entries of one date are read together, apart from the others.
  for (const entry of article.timeline) add(`timeline: ${entry.date}`, entry.text);

  const records = texts.map((t) => recordOf(t.text));
  // Opening lines are its first headings and texts: a transcript's header, a byline with the date.
  const opening = [...article.sections.slice(0, 3).map((s) => s.heading), ...texts.slice(0, 4).map((t) => t.text)].filter((t) => t !== '');
  // An article without a date is read as of the date its opening lines state (a byline, a dateline): the latest
  // of them, as a heading may date the period it reports on (第二财季（2025年9-11月）), which ended before.
  const date = article.date ?? opening.map(dateLineOf).filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
  // The company the article is about: its title's first, else the first its opening lines name; not one that only acts
  // on it ("被OpenAI拒絕之後：亞馬遜…", "Spurned by OpenAI, Amazon …" are Amazon's stories).
  const companyAt = (text: string) => findEntities(text).find((e) => e.kind === 'company' && !PASSIVE_AGENT_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start)));
  // A company the vocabulary does not know is the article's where its title names it before any it knows, and its texts
  // name it as often as that one ("Moody's affirms Amazon's ratings" is Amazon's story); else the first company its opening
  // lines name, known or not ("Nebius signed an agreement to supply Google …").
  const unknowns = unknownCompaniesOf(texts.map((t) => t.text));
  const firstCompanyIn = (text: string, weighed: boolean) => {
    const known = companyAt(text);
    const unknown = unknownCompanyIn(text, unknowns);
    const unknownFirst = unknown && (!known || (unknown.at < known.start && (!weighed || textsNaming(unknown.name, unknowns) >= texts.filter((t) => findEntities(t.text).some((e) => e.name === known.name)).length)));
    return unknownFirst ? unknown.name : known?.name;
  };
  const fallbackSubject = firstCompanyIn(article.title, true) ?? opening.map((text) => firstCompanyIn(text, false)).find(Boolean) ?? null;
  const year = date ? Number(date.slice(0, 4)) : null;
  const month = date && date.length >= 7 ? Number(date.slice(5, 7)) : null;
  const context: SentenceContext = {
    fallbackSubject,
    house: RESEARCH_HOUSE.test(article.source ?? ''),
    articleYear: year,
    articleMonth: month,
    articleQuarter: articleQuarter(records.filter((_, i) => texts[i]!.prediction === 'no').map((r) => r.quarters), fallbackSubject, { year, month }, calendars),
    fiscalNotation: texts.some((t) => FISCAL_NOTATION.test(t.text)),
    ...(calendars.size > 0 ? { fiscalYearEnds: calendars } : {}),
  };
  const chipsOfText = (text: string, record: TextRecord) => (record.chips ??= chipsIn(text));
  const chips = chipsOf([chipsOfText(article.title, recordOf(article.title)), ...texts.map((t, i) => chipsOfText(t.text, records[i]!))]);
  return candidatesOf(article, texts, records, tables, context, `${contextKey(context)}\u0000${chipsKey(chips)}`, chips);
}

/**
 * The context each section of an article is read in, by section, then by the article's context (`contextId` holds all of
 * it): the same headings come back in article after article.
 */
const sectionContextsSeen = boundedCacheByContext<{ context: SentenceContext; contextId: string }>(20_000);

/** The claim candidates of an article's texts and tables, read in `context`. */
function candidatesOf(article: Article, texts: ArticleText[], records: TextRecord[], tables: ArticleTable[], context: SentenceContext, contextId: string, chips: ArticleChips | null): { candidates: Candidate[]; orphans: Candidate[] } {
  const fallbackSubject = context.fallbackSubject;
  const out: Candidate[] = [];
  // The last figure read in the section, for a sentence that points back to it ("this figure").
  let previous: { section: string; figures: Figure[] } | undefined;
  // The last sentence read and its section: a question, whose answer may be the next text (a transcript's reply).
  let asked: { section: string; sentence: string } | undefined;
  // "## 第二财季（截至2025年11月30日）": a section whose heading names a quarter reports on that quarter, so that
  // 上一季度末 under it is the quarter before that one, not before the article's. "## Amazon" in a letter on three
  // holdings: a section whose heading names one company (or its units) is about that one, so that "the retailer's
  // cloud division" under it is Amazon's, not the company the letter named first.
  const contextOf = (section: string) =>
    sectionContextsSeen(section, contextId, () => {
      const heading = section.startsWith('section: ') ? section.slice('section: '.length) : '';
      const quarter = /\d/.test(heading) ? parsePeriod(heading, heading, context, fallbackSubject) : null;
      const about = headingCompany(heading) ?? context.fallbackSubject;
      const own =
        (quarter && /^\d{4}-Q[1-4]$/.test(quarter) && quarter !== context.articleQuarter) || about !== context.fallbackSubject
          ? { ...context, fallbackSubject: about, ...(quarter && /^\d{4}-Q[1-4]$/.test(quarter) ? { articleQuarter: quarter } : {}) }
          : null;
      // The headline tells the news (`PeriodContext.headline`).
      const told = section === 'title' ? { ...context, headline: true } : own;
      return told ? { context: told, contextId: `${contextKey(told)}\u0000${chipsKey(chips)}` } : { context, contextId };
    });
  // "米AMDが…決算は…129億ドルだった。¶ 10～12月期の売上高は142億ドルを見込む。": a Chinese or Japanese paragraph that opens
  // naming no one goes on with the company of the section's figures before it (elidedSubject).
  // (Its first sentence is split off only where there is another company to carry or a verb of reporting, not for every text.)
  const goesOn = (own: { context: SentenceContext; contextId: string }, section: string, text: string) => {
    const carried = previous?.section === section ? elidedSubject(previous.figures, own.context.fallbackSubject) : undefined;
    const first = carried ? splitSentences(text)[0] : undefined;
    // "Salesforce (NYSE:CRM) reported on November 24. Revenue for its fiscal third quarter …": a paragraph that opens on
    // another company reporting is that company's.
    const about = carried && first !== undefined && cjkNamesNone(first) ? carried : reporterOf(text);
    return about && about !== own.context.fallbackSubject ? { context: { ...own.context, fallbackSubject: about }, contextId: `${own.contextId}\u0000${about}` } : own;
  };
  // The figures said in the section so far, the latest last, for a number said after them without its unit (spokenFigures.ts).
  // A speaker's line that opens with a label in brackets ("GUEST (Jane Doe, analyst):") is a note of the section it is in.
  let heard: Figure[] = [];
  let heardSection: string | undefined;
  const heardIn = (section: string, figures: Figure[]) => {
    heard = heardSection === sectionOf(section) ? [...heard, ...figures].slice(-HEARD) : figures;
    heardSection = sectionOf(section);
    return { section, figures };
  };
  // The last text of the section that names a measure and states no figure: a list's or a thread's lead-in.
  let leadIn: { section: string; text: string } | undefined;
  // What the context says of figures told plainly (contextModality.ts): the section's heading, a sentence that announces
  // the figures after it in the section, hearsay told earlier in the paragraph; and the last sentence's candidates, which
  // a sentence after it in their paragraph may call off.
  let announced: { section: string; text: number; modality: ContextOf; metrics: Set<string> } | undefined;
  let told: { text: number; candidates: Candidate[] } | undefined;
  // Every candidate of the paragraph so far, whose takeover terms a later sentence of it may call off (deadDeals.ts).
  let paragraph: { text: number; candidates: Candidate[] } | undefined;
  // Sums the reader filed under no measure, for the merge to place (orphanFigures.ts).
  const orphans: Candidate[] = [];
  texts.forEach(({ section, text, prediction }, i) => {
    const { context, contextId } = goesOn(contextOf(section), section, text);
    if (leadIn && leadIn.section !== section) leadIn = undefined;
    if (!statesValue(text) && findMetrics(plainText(text)).some((m) => !m.metric.movement)) leadIn = { section, text };
    // A lead-in speaks for the rest of its paragraph, the text after it, and the list or labelled lines that go on from there.
    if (announced && (announced.section !== section || (i > announced.text + 1 && !texts[i]!.item && !isLabelLine(text)))) announced = undefined;
    const headed = section.startsWith('section: ') ? headingModality(sectionOf(section).slice('section: '.length)) : null;
    const heading: ContextOf | null = headed ? { modality: headed } : null;
    // The sentence before in the paragraph, whose hearsay speaks for this one's figures (asked only of a sentence with figures).
    let before: string | undefined;
    const itemBefore = texts[i]!.itemBefore;
    for (const read of readText(text, records[i]!, context, itemBefore ? `${contextId}\u0000${itemBefore}` : contextId, chips, itemBefore)) {
      const pushedFrom = out.length;
      try {
      // Under a heading of outlook (in part), a sentence of the future forecasts what it says; a plan whose guidance the
      // sentence tells moved or kept ("Li narrowed Meta's 2026 forecast to $124 billion to $130 billion") stays the plan.
      // A predictions section forecasts all.
      const isPrediction = prediction === 'always' || (prediction === 'part' && read.future ? (GUIDANCE_MOVED.test(read.sentence) ? 'facts' : true) : false);
      const mention = { article: article.id, section, quote: read.sentence };
      const sameSection = previous?.section === section;
      const question = asked?.section === section && QUESTION_END.test(asked.sentence) ? asked.sentence : undefined;
      const said = asked?.section === section ? asked.sentence : undefined;
      asked = { section, sentence: read.sentence };
      // "Sales rose how much? ¶ Twenty-eight percent, year over year.": an answer's figure of no measure is of the one its question asks for.
      if (question && read.figures.length === 0 && !read.pointsBack && statesValue(read.sentence)) {
        const answered = figuresBefore(read.sentence, `${question} ${read.sentence}`, context, contextId);
        for (const figure of answered) out.push(fromFigure(figure, isPrediction, mention));
        if (answered.length > 0) {
          previous = heardIn(section, answered);
          continue;
        }
      }
      // "Slower than the 40% of the December quarter.": a sentence that only compares with the figure before gives
      // that measure at another time, whatever its words alone would make of it ("faster" is no chip's speed here).
      const compares = sameSection && ELLIPTIC_COMPARISON.test(read.sentence) && namesNoOne(read.named);
      // "Capex guidance for calendar 2026: ¶ - Amazon: ~$200B": a figure listed after its company, of the lead-in's measure.
      const listed = read.figures.length === 0 && !compares && leadIn && leadIn.text !== text ? listedUnder(read.sentence, leadIn.text, context) : [];
      const own = compares ? [] : read.figures.length > 0 ? read.figures : listed;
      // "Revenue at the unit" after a company's figures: its cloud unit, as within a paragraph (withAntecedent).
      // "Total revenue rose 12%" after the unit's figures is the company's again: a company-wide measure carries no unit.
      const companyWide = own.length > 0 && isCompanyWide(read.sentence);
      const carried = own.length > 0 && sameSection && !companyWide ? (unitAbout(previous!.figures) ?? (THE_UNIT.test(read.sentence) ? cloudUnitOf(previous!.figures) : undefined)) : undefined;
      // 该业务, 这一增速 in a paragraph after the one that named the unit: that unit's, as in the same paragraph (withAntecedent).
      const ofUnit = carried && (namesNoOne(read.namedWith) || UNIT_ANAPHOR.test(read.sentence) || THIS_RATE.test(read.sentence) || cjkOfNoOne(read.sentence)) ? ofSubjectBefore(own, carried, fallbackSubject) : own;
      // An article about a unit ("Oracle's cloud backlog swells") that gives its company's total gives the company's.
      const ofSubject = companyWide && !findEntities(plainText(read.sentence)).some((e) => e.kind === 'company') ? ofParentCompany(ofUnit, fallbackSubject) : ofUnit;
      const figures = sameSection ? ofProductFigured(ofSubject, previous!.figures) : subtitlesHeadline(section, previous) ? ofUnitBefore(ofSubject, previous!.figures, read.sentence) : ofSubject;
      for (const figure of figures) if (!figure.retracted) out.push(fromFigure(figure, isPrediction, mention));
      // A sentence whose sums were read as the measure before (cjkElliptic) forecasts nothing of its own beside them;
      // asked once, where the sentence states no figure of its own.
      let cjkSums: boolean | undefined;
      const cjkEllipticOnce = () => (cjkSums ??= cjkElliptic(read.sentence, previous!.figures));
      let elided = false;
      let restatedAny = false;
      let answer: SpokenAnswer | undefined;
      if (figures.length > 0) previous = heardIn(section, figures);
      else if (heardSection === sectionOf(section) && (answer = spokenAnswer(read.sentence, question, heard, namesNoOne(read.named) ? said : undefined, !sameSection))) {
        // "Azure grew thirty-nine percent. In constant currency it was thirty-eight.": the measure of the figure it answers.
        const back = readBackReference(plainText(answer.said), answer.before, context).map((f) => toCome(f, answer!.said, answer!.before, context));
        for (const figure of back) out.push(fromFigure(figure, isPrediction, mention));
        if (back.length > 0) previous = heardIn(section, back);
      } else if ((sameSection || (read.pointsBack && sameExchange(previous?.section, section))) && !asksOfAnother(question, previous!.figures) && (read.pointsBack || compares || (statesValue(spokenSums(read.sentence, previous!.figures)) && (namesNoOne(read.named) || OWN_ESTIMATE.test(read.sentence) || elliptic(read.sentence, previous!.figures) || cjkEllipticOnce() || ownFigureOf(read.sentence, previous!.figures))))) {
        const anonymous = read.pointsBack || compares || namesNoOne(read.named);
        const estimate = !anonymous && OWN_ESTIMATE.test(read.sentence);
        // "We now model $205 billion, a little above guidance, as we assume more Trainium capacity": only its first clause speaks of the figure.
        // "Up from fifty-one point two the quarter before": a number only compared is in the unit of the figure before.
        const spoken = compares ? withUnitOf(spokenSums(read.sentence, previous!.figures), previous!.figures.at(-1)!.value) : spokenSums(read.sentence, previous!.figures);
        const said = estimate ? spoken.split(/[,;]/)[0]! : spoken;
        // 前年同期の293億ドルから大きく伸び、市場予想（369億ドル前後）を上回った: each clause of an elliptic Chinese or Japanese sentence dates its own sum.
        elided = !read.pointsBack && !compares && cjkEllipticOnce();
        // 26年通期では約2150億ドル、27年は約2500億ドルを見込む: the outlook verb that closes the sentence speaks for each clause
        // that ends on its sum, without a verb of its own (not 1～9月の累計は1507億ドルに達し、…を見込む).
        const closing = elided ? CLOSING_OUTLOOK_JA.exec(said)?.[0] : undefined;
        const clauses = elided ? heardClauses(said.split(/[、，,]/u)).map((clause, i, all) => (closing && i < all.length - 1 && ENDS_ON_SUM_JA.test(clause) ? `${clause}${closing}` : clause)) : [said];
        // "25年の実績は1310億ドルだった。…2150億ドル程度まで膨らむとの予想もある": a forecast after a year's actual is of a year to come, which that actual does not date.
        const back = clauses.flatMap((clause) => readBackReference(plainText(clause), previous!.figures, context)).filter((f) => !elided || closing !== undefined || f.modality === 'fact' || (f.modality === 'rumour' && f.period === null) || /-Q[1-4]$/.test(f.period ?? ''));
        // "$244B. … Nearly a quarter of a trillion dollars of demand.": a sentence that names no one and no metric
        // restates the figure before in other words when its figure agrees with it; any other is not known to be of it.
        // "We now model $205 billion": someone's forecast of the same measure, whatever its figure; "Meta, $115bn": another company's.
        // "Capex was $131 billion in 2025. Management has guided to about $200 billion for 2026.", "One hundred thirty-one billion
        // in 2025": a plan, hearsay, or a figure of a period of its own, of the same size is the measure before at another time or as said.
        const restated = read.pointsBack || compares || (!anonymous && !estimate) ? back : back.filter((f) => {
          const last = previous!.figures.findLast((p) => p.value.unit === f.value.unit)!;
          const ownPeriod = f.period !== null && f.period !== last.period && !BASELINE_WORDS.test(said);
          // Hearsay of a higher or lower figure ("'North of $464 billion,' one post insisted") is of the measure before too.
          // "An earlier version … said … $25.9 billion. It was $23.9 billion.": the figure a correction takes back is replaced by any.
          // "Roughly $200B of 2026 capex. Q1 alone was $43.2B.": a quarter's figure is of the size of a quarter of the year's;
          // "$48.6 billion in the quarter. … outlays next year would be at least $220 billion": a year's, of four quarters'.
          const size = isQuarter(f.period) && isYear(last.period) ? { ...last.value, amount: last.value.amount / 4 } : isYear(f.period) && isQuarter(last.period) ? { ...last.value, amount: last.value.amount * 4 } : last.value;
          return f.modality === 'forecast' || last.retracted || compatible(f.value, last.value) || ((f.modality === 'plan' || f.modality === 'rumour' || ownPeriod) && sameSize(f.value, size));
        });
        for (const figure of restated) out.push(fromFigure(figure, isPrediction, mention));
        restatedAny = restated.length > 0;
        // The figure restated is the one the next sentence speaks of ("… a $244 billion-plus tally. 'North of $464 billion,' one post insisted").
        if (restated.length > 0) previous = heardIn(section, restated);
      }
      if (prediction === 'always' && read.figures.length === 0) {
        // A forecast without a figure is still a claim: the statement is the forecast itself.
        read.forecast ??= forecastOf(read.sentence, fallbackSubject);
        const { key, subject } = read.forecast;
        out.push({ key, subject, metric: null, counterparty: null, value: null, period: null, topic: 'prediction', modality: 'forecast', offerStatus: null, reportedPeriod: null, mention });
      }
      // "計画を維持した。25年の実績は1310億ドルだった。アナリストの間では2150億ドル程度まで膨らむとの見方も": the plan a forecast
      // measures itself against may be a sentence further back in the section, where the one before gave an actual (which,
      // read as elliptic, dates no forecast and restates nothing).
      const isOutlook = (f: Figure) => f.modality === 'plan' || f.modality === 'forecast';
      const planBefore = sameSection && !previous!.figures.some(isOutlook) && heardSection === sectionOf(section) ? heard.filter(isOutlook).slice(-1) : [];
      if (read.figures.length === 0 && !read.pointsBack && (!elided || (planBefore.length > 0 && !restatedAny)) && sameSection && CJK_TEXT.test(read.sentence) && statesValue(read.sentence)) {
        for (const figure of forecastOfPlan(read.sentence, planBefore.length > 0 ? planBefore : previous!.figures, context)) out.push(fromFigure(figure, isPrediction, mention));
      }
      // "Some argue the 28% flatters the business": a figure the article told before, referred back to.
      if (prediction === 'no') out.push(...figuresReferredBack(plainText(read.sentence), out, mention, context));
      } finally {
        const own = out.slice(pushedFrom);
        const plain = plainText(read.sentence);
        if (prediction === 'no') orphans.push(...orphansOf(plain, own, context.fallbackSubject ?? null, { article: article.id, section, quote: read.sentence }));
        const hearsay = own.length > 0 && before !== undefined && tellsHearsay(before) ? HEARSAY_BEFORE : null;
        // "… AWS had terminated its lease at a 240-megawatt campus. The lease had been valued at roughly $2.8 billion": the sum
        // of the deal the sentence before called off is called off.
        const offBefore = before !== undefined && DEAL_VALUED_OPENS.test(plain) && callsOff(before);
        for (const c of own) {
          if (offBefore && c.modality === 'fact' && c.value !== null && MONEY_UNITS.includes(c.value.unit)) setModality(c, 'cancelled');
          const past = periodEnded(c.period, context.articleYear, context.articleMonth, fiscalYearEndOf(c.subject, context));
          // A lead-in that names its measure ("Capex guidance for 2027:") speaks for figures of that measure only.
          const lead = announced && (announced.metrics.size === 0 || announced.metrics.has(c.metric?.replace(/ \(.*\)$/, '') ?? '')) ? announced.modality : null;
          for (const cue of [heading, lead, hearsay]) if (cue) giveContext(c, cue, past);
        }
        if (paragraph?.text !== i) paragraph = { text: i, candidates: [] };
        cancelDeadDealTerms(paragraph.candidates, plain, own, (c) => setModality(c, 'cancelled'));
        paragraph.candidates.push(...own);
        if (own.length > 0) told = { text: i, candidates: own };
        // (A paragraph that opens by calling something off tells of its own deal: "It is the second time this month that
        // Amazon has walked away from a data center" does not call off the build the paragraph before kept.)
        else if (told?.text === i && callsOffBefore(plain)) {
          for (const c of told.candidates) if (c.modality === 'plan' || c.modality === 'fact') setModality(c, 'cancelled');
          told = undefined;
        } else if (!statesValue(read.sentence)) {
          const lead = leadInModality(plain);
          announced = lead ? { section, text: i, modality: { modality: lead }, metrics: new Set(findMetrics(plain).filter((m) => !m.metric.movement).map((m) => m.metric.name)) } : undefined;
        }
        // Hearsay speaks for the next sentence of its paragraph ("…, Nikkei reported. The facility totals $15 billion").
        before = plain;
      }
    }
  });
  const fromText = out.slice();
  for (const { section, table, prediction, leadIn } of tables) {
    const cells = tableCandidates(article, table, section, leadIn, context, contextId, prediction, fromText);
    // A table under a heading that says what it holds ("## What analysts expect") holds that, but its actuals of periods over.
    const headed = section.startsWith('table: ') ? headingModality(section.slice('table: '.length)) : null;
    if (headed) for (const c of cells) giveContext(c, { modality: headed }, periodEnded(c.period, context.articleYear, context.articleMonth, fiscalYearEndOf(c.subject, context)));
    out.push(...cells);
  }
  const written = texts.map((t) => t.text);
  inHomeDollars(out, homeDollarOf(written));
  inHomeYuan(out, homeYuanOf(written));
  periodsOfRepeated(out);
  datedByTimeline(out);
  backlogsAtMonthEnd(out);
  setReportedPeriods(out, context);
  toDateOfReportedQuarter(out, context);
  earlierPlans(out);
  listedAsTheLast(out);
  if (article.titleSource === 'title line' && HEADLINE_HEARSAY.test(article.title)) hearsayOfHeadline(out, article.title);
  if (article.titleSource === 'title line') leadOfHeadline(out, article.title);
  return { candidates: withHeadlineFigures(out, texts.filter((t) => HEADLINES.has(t.section)), article.id), orphans };
}

/**
 * A headline of no figure whose tag puts the story on hearsay or on others' expectations ("Sources: Oracle lines up
 * data-centre loan", 消息人士：…, アナリストはこう見る：…) does so for the figures its lead tells plainly; one that calls
 * something off ("xAI calls off Saudi data-centre venture") calls off the plan its lead tells.
 */
function leadOfHeadline(candidates: Candidate[], title: string): void {
  const plain = plainText(title);
  if (findValues(plain, bareYenOf(plain)).length > 0) return;
  const tag = headlineTagModality(plain);
  const off = !tag && callsOff(plain);
  if (!tag && !off) return;
  for (const c of candidates) {
    if (c.mention.section !== 'lead') continue;
    if (tag) giveContext(c, { modality: tag }, false);
    else if (c.modality === 'plan') setModality(c, 'cancelled');
  }
}

/** The sections whose figures a headline states in short: the title, and the deck under it. */
const HEADLINES: ReadonlySet<string> = new Set(['title', 'tagline']);

/**
 * A headline that says the story is talks or hearsay: "Exclusive: …", "… in talks to …", "… mulls …", "… eyes …",
 * "… weighs …", "… considers …", "… is said to …". Wires put the cue there and state the figures plainly below it.
 */
const HEADLINE_HEARSAY = /^(?:exclusive|scoop|report|sources?)\s*[:—–-]|\b(?:in (?:advanced |early |preliminary |exclusive )?(?:talks|discussions|negotiations)|mulls|mulling|eyes|eyeing|weighs|weighing|considers|considering|explores|exploring|(?:is|are) said to|reportedly|sources say)\b|(?<![宣])[传傳](?=[拟擬将將欲要再或])|^[【\[]?[传傳]|[据據]悉|消息人士|知情人士|[据據](?:报道|報導|報道)|洽谈|洽談|(?:考虑|考慮|検討)|関係者/i;
/** A tag that puts the whole headline on hearsay: "Exclusive: …", "Sources: …". */
const HEADLINE_TAG = /^(?:exclusive|scoop|report|sources?)\s*[:—–-]/i;
/** Where a headline's clauses part: "OpenAI walked away from Amazon's $50 billion. Now Amazon is weighing …", "… as its AI spending races toward $200 billion", 亚马逊或再加码Anthropic，传拟…. */
const HEADLINE_CLAUSE = /[.;:!?](?:\s+|$)|[。；：！？]|,\s+|，|\s+(?:as|while|after|before|but|amid|with|even as)\s+|\s+[-–—|]\s+/i;

/**
 * Under a headline of hearsay, the figures of the story that state the headline's (a figure of it, of a company it
 * names) are rumours where their own words say no more than a plan or a fact, and so are the deal figures of the same
 * sentences ("would raise as much as $30 billion in the round, which could value the company at more than $350
 * billion"). An offer, a cancellation or a forecast keeps what its words say.
 */
function hearsayOfHeadline(candidates: Candidate[], title: string): void {
  const plain = plainText(title);
  // Only the figures of the clauses the cue is in: "OpenAI walked away from Amazon's $50 billion. Now Amazon is weighing an even bigger bet".
  const heard = HEADLINE_TAG.test(plain) ? plain : plain.split(HEADLINE_CLAUSE).filter((clause) => HEADLINE_HEARSAY.test(clause)).join(' ; ');
  const values = findValues(heard, bareYenOf(heard)).map((f) => f.value);
  const groups = new Set(findEntities(plain).filter((e) => e.kind !== 'group').map((e) => companyGroup(e.name)));
  if (values.length === 0 || groups.size === 0) return;
  const loose = (c: Candidate) => c.value !== null && (c.modality === 'fact' || c.modality === 'plan' || c.modality === 'rumour');
  const party = (name: string | null) => name !== null && groups.has(companyGroup(name));
  // The headline's very figure, give or take its rounding, not one a bound admits ("up to $100 billion" is no "$50 billion").
  const same = (v: Value, c: Value) => compatible(v, c) && Math.abs(v.amount - c.amount) <= 0.05 * Math.max(Math.abs(v.amount), Math.abs(c.amount));
  const states = (c: Candidate) => (party(c.subject) || party(c.counterparty)) && values.some((v) => same(v, c.value!));
  const sentences = new Set(candidates.filter((c) => loose(c) && states(c)).map((c) => c.mention.quote));
  for (const c of candidates) {
    if (!loose(c) || !sentences.has(c.mention.quote) || !(states(c) || c.topic === 'investment')) continue;
    c.modality = 'rumour';
    c.offerStatus = null;
  }
}
