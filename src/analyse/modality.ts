/**
 * Reads a figure's modality from the words around it: reported as so (`fact`), a
 * company's own plan or guidance (`plan`), someone else's prediction (`forecast`), an
 * offer or bid (`offer`, with whether it was accepted or rejected), a deal called off
 * (`cancelled`) or hearsay (`rumour`). The cues are one table (`modalityCues.ts`), one row
 * per modality; this file reads them within a figure's clause.
 */
import type { Modality, OfferStatus } from '../schemas.ts';
import { findEntities, phrasePattern } from './entities.ts';
import { isMisreportedResult } from './misreported.ts';
import { BROKERS, MODALITY_CUES, OFFER_STATUS, OUTLET_REPORTED, REVISION_PHRASES } from './modalityCues.ts';
import type { FoundValue } from './parseValue.ts';
import { mayMatch } from './literalGate.ts';

/**
 * Where a cue no longer speaks for the figures after it: a new clause with its own verb (after a closing quote too: `"rumors about
 * investments," and says …`; "declined Amazon's offer of up to $50bn and kept its $38bn AWS contract": what a company keeps
 * or holds, after "and", is no longer what it declined), a question, or a company's own word after a comma (，亚马逊方面表示…; 此前有传言称…，腾讯正式公布…: what it
 * announces is no longer the hearsay's; …，本报告以2440亿美元为准: the writer's own figure is not the rumour it set aside), a running total's participle (", taking the year-to-date total to …": not the
 * consensus before it), or a full stop (not an abbreviation's: "It now expects U.S. commercial revenue …", "Oct. 29", "$12.5B incl. debt").
 */
/** A participle that takes a running total to the sum after it: "taking the year-to-date total to", "bringing its outlays to". */
export const TAKES_TOTAL = String.raw`(?:taking|bringing|lifting|pushing)\s+(?:[\w'’-]+\s+){1,4}?to\s`;
const SCOPE_BREAK = new RegExp(String.raw`${/[?？]|;|\s(?:but|while|whereas|although|though|yet|after|even as|compar(?:ed|es?) (?:with|to))\s|\sand\s(?=(?:kept|keeps|retains?|retained|holds?|held|still has|raised|raises|lifted|lifts|cut|cuts|lowered|lowers|boosted|boosts|trimmed|trims|increased|increases|reduced|reduces)\s+(?:its|their|his|her|the|a|an)\s)|\sand\s(?=(?:was\s+|were\s+)?(?:up|down|rose|fell|grew|climbed|jumped|gained|increased|decreased|declined|dropped)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?\d)|\sand\s(?=(?:then\s+|later\s+|finally\s+|eventually\s+|ultimately\s+)?(?:priced|sold|printed|closed|upsized|issued|raised)\s+(?:(?:about|roughly|some|nearly|an?|the|its)\s+)?(?:US|A|C|S|HK)?[$€£¥\d])|[,，](?=\s*(?:最终|最終|最后|最後|实际|實際|其后|其後|随后|隨後)(?:[^,，。]{0,6})?(?:定价|定價|发行|發行|募集|扩大|擴大))|[,，](?=\s*(?:认购|認購|订单|訂單|注文|応募)(?:金额|金額|额|額|规模|規模|倍数|倍數))|\sas\s(?=(?:[A-Z][\w.&'’-]*\s){1,3}(?:[a-z][\w-]*\s){0,2}(?:quickens|quickened|accelerates|accelerated|slows|slowed|grows|grew|rises|rose|jumps|jumped|climbs|climbed|falls|fell)\b)|,\s+(?:far |well |much |sharply )?(?:above|below|up from|down from|against|versus|vs\.?)\s|,["”’]?\s+(?:and|but)\s|,\s+(?:which|an? [\w-]+ (?:that|which))\s|,\s+(?=reported\s)|,\s+so\s(?!far\b|much\b|many\b|-called\b)|\s(?:in|into|to|from|with|for|of) which\s|\s(?:that|which) (?:now|already|currently|today)\s|(?<!\b(?:[A-Z]|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|St|Mr|Ms|Dr|vs|[Ii]ncl|[Ee]xcl|[Aa]pprox|[Ee]st))\.\s|[,，]\s*(?:但是?|而|不过|不過|然而|同时|同時|另外)|[,，](?=[^,，。]{0,12}[则則])|[,，](?=\s*(?:本报告|本報告|本文|笔者|筆者))|[,，](?=[^,，。]{0,8}?(?:实际|實際|实则|實則))|[,，](?=\s*(?:目前|已经|已經|此前|此外|去年|上年|前年|昨年|过去|過去|半年前|[三六九]\s*[个個]?月前|上一?(?:季|财季|財季)|[该該当當](?:财季|財季|季度?)))|[,，](?=\s*(?:远|遠|高于|高於|低于|低於|较|較|相比|同比|[环環]比|按年|按季|其中|当中|當中|(?:也|亦)?(?:处于|處於|处在|處在|位于|位於|落在)))|[,，](?=[^,，。]{0,12}(?:表示|回应|澄清|指出|正式(?:公布|宣布|发布|發布|披露|确认|確認|证实|證實)|官方(?:公布|宣布|发布|發布|证实|證實|确认|確認)))|。|(?<=[\u3400-\u9fff\u3040-\u30ff])\s+(?=[\u3400-\u9fff\u3040-\u30ff])/.source}|,\s+(?=${TAKES_TOTAL})`, 'gi');
/**
 * Where the words after a figure that still describe it end ("the $50B offer to OpenAI was rejected", not "…, which will …", nor "… beat estimates of …", another figure's words;
 * nor 营收902亿美元优于财测, the guidance it beat).
 */
const AFTER_END = /[;,(—–，；（。]|(?:优于|優於|好于|好於|高于|高於|低于|低於|超过|超過|超出|不及|逊于|遜於|胜过|勝過)|\s(?:and|but)(?=,)|(?<=[\u3400-\u9fff\u3040-\u30ff])\s+(?=[\u3400-\u9fff\u3040-\u30ff])|\s(?:and|but|while|which|whereas|although|because|as|after|before|when|since|compared (?:with|to)|versus|against|than|ahead of|above|below|short of|beat|beats|beating|topped|topping|tops|missed|misses|missing|exceeded|exceeding|surpass(?:ed|es|ing)|outpac(?:ed|es|ing))\s/i;

const CUE_PATTERNS = MODALITY_CUES.map((cue) => ({ ...cue, pattern: phrasePattern(cue.phrases, 'i', String.raw`[\w-]`) }));

/** Where the clause that holds position `start` of `sentence` opens. */
function clauseStart(sentence: string, start: number): number {
  let from = 0;
  for (const match of sentence.matchAll(SCOPE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) from = breakEnd;
    else break;
  }
  return from;
}

/**
 * The figure a comparison is measured against, right after its comparison word: "a step up from the 24% AWS managed in
 * the December quarter", "roughly double 2025's $91.4 billion", "one and a half times the $131 billion it put into capex
 * last year", "up from $131 billion", 较去年同期的294亿美元 (not "walked away from its $1 billion project", what is left). Its words
 * (group 1) run from there to the figure: the clause's plan or forecast is of the figure compared, not of this one.
 */
const BASELINE_BEFORE = new RegExp(
  String.raw`(?:\b(?:up|down|rise|rising|rose|jump(?:ed|ing)?|climb(?:ed|ing)?|step(?:ped)? up|accelerat(?:ion|ing|ed)|decelerat(?:ion|ing|ed)|increase|decrease|gain|improvement|decline|drop|fall|slowdown) from|\b(?<!\b(?:away|back|out|retreat(?:s|ed|ing)?|withdr[ae]w(?:s|n|ing)?) )(?:from|than|versus|vs\.?|against|compared (?:with|to)|relative to|over|under|below|above|short of|shy of|ahead of|double|triple|twice|half|quadruple|times)(?=\s+(?:the|its|their|his|her|last (?:year|quarter)['’]s|(?:19|20)\d{2}['’]s)\s)|(?:较|較|相比|相较于|相較於|高于|高於|低于|低於|比|远超|遠超|超过|超過)(?=(?:去年|上年|前年|上一?(?:季度?|财季|財季)|同期|目前|现有|現有|此前|迄今|(?:19|20)\d{2}年)+的?\s*(?:(?:US|HK)?[$¥])?\s*$))` +
    String.raw`(\s*(?:(?:the|its|their|his|her|last (?:year|quarter)['’]s|(?:19|20)\d{2}['’]s)\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:US|A|C|S|HK)?[$€£¥₹]\s?)?|(?:去年|上年|前年|上一?(?:季度?|财季|財季)|同期|目前|现有|現有|此前|迄今|(?:19|20)\d{2}年)+的?\s*(?:(?:US|HK)?[$¥])?\s*)$`,
  'iu',
);

/** Whether `before`, the words of a clause up to a figure, make that figure the baseline of a comparison (`BASELINE_BEFORE`). */
export const isComparisonBase = (before: string): boolean => BASELINE_BEFORE.test(before);

/** Where a full-width bracket that holds the figure at [start, end) closes, when it closes before the sentence's next stop; else null. */
function closingBracketAfter(sentence: string, start: number, end: number): number | null {
  const open = sentence.lastIndexOf('（', start);
  if (open < 0 || sentence.slice(open, start).includes('）')) return null;
  const close = sentence.indexOf('）', end);
  return close >= 0 && !/[。；！？（]/u.test(sentence.slice(end, close)) ? close + 1 : null;
}

/** The words that speak for the figure at [start, end): its clause before it and the words right after it. */
function scopeOf(sentence: string, start: number, end: number): string {
  let from = clauseStart(sentence, start);
  // "Nvidia's outlook for the quarter, which runs through April, calls for revenue of about $72 billion": a relative clause
  // closed by its comma before the figure is an aside, and the clause it interrupts speaks for the figure.
  const main = resumedClause(sentence, from, start);
  if (main) from = main.from;
  // A baseline is described by its own words only ("the 24% AWS managed"), never by the verb of the figure compared with it.
  const baseline = BASELINE_BEFORE.exec(sentence.slice(from, start));
  if (baseline) from = start - baseline[1]!.length;
  // "约2000亿美元（约合新台币6.4兆元）的计划", "$41 billion (about €35 billion), a plan": a bracket that restates the figure
  // in another currency is passed over, so that the words after it still speak for the figure.
  // "…衝上5,230億美元　雲端軍備賽誰在買單？": a space after a Chinese or Japanese figure opens the headline's next phrase.
  const phraseAfter = CJK_END.test(sentence.slice(0, end)) && CJK_PHRASE_AFTER.test(sentence.slice(end));
  // "its $20 billion program, announced in June 2025, is still on paper": a dating apposition is passed over too; and so is the comma that
  // closes a figure told in apposition, before the verb of what it measures ("The campus, about $10 billion, was unveiled in June").
  const apposition = APPOSITION_BEFORE.test(sentence.slice(from, start));
  // "拠点（25万キロワット、投資額950億ルピー）の工事を一時停止した": a figure in a bracket that lists what the noun before it holds
  // is meant as the words after the bracket say.
  const bracketEnd = closingBracketAfter(sentence, start, end);
  const after = phraseAfter
    ? ''
    : withoutPlaceCommas(sentence.slice(bracketEnd ?? end).replace(RESTATED_AFTER, (bracket) => ' '.repeat(bracket.length)).replace(COMPARED_FORECAST_JA, (words) => ' '.repeat(words.length)))
        .replace(DATING_APPOSITION, (words) => words.replace(/,/g, ' '))
        .replace(apposition ? APPOSITION_CLOSE : /$^/, (comma) => ' '.repeat(comma.length));
  const stop = AFTER_END.exec(after);
  // A wire's attribution after the clause speaks for all of it: "… up to $25 billion more, the person said"; so does a denial: "…; AMZN did not confirm it".
  const attribution = stop ? (TRAILING_ATTRIBUTION.exec(after.slice(stop.index)) ?? TRAILING_DENIAL.exec(after.slice(stop.index)) ?? TRAILING_DENIAL_CJK.exec(after.slice(stop.index))) : null;
  // A quotation's speaker, after its closing quote, speaks for every figure in it: "“We think AWS can grow north of 30% in Q2 as …,” wrote Evercore ISI analyst …".
  const quoted = OPENING_QUOTE.test(sentence.slice(0, start)) ? QUOTE_ATTRIBUTION.exec(after) : null;
  // "…seeking up to $30 billion from investors at a valuation above $350 billion, according to two people briefed": the
  // attribution that closes the sentence speaks for its first figure too, though words of the second stand between.
  const closing = attribution ? null : closingAttribution(after);
  // "…to as much as $50 billion for AI and supercomputing capacity, a plan that officials have held up as proof": an apposition
  // at the first comma after the figure that names what it tells a plan speaks for the figure.
  const comma = after.indexOf(',');
  const namedPlan = comma >= 0 && !STATEMENT_BREAK.test(after.slice(0, comma)) ? TRAILING_NAMED_PLAN.exec(after.slice(comma)) : null;
  return `${main ? `${main.words} ` : ''}${sentence.slice(from, start)} ${after.slice(0, stop ? stop.index : after.length)}${attribution ? ` ${attribution[0]}` : ''}${closing ? ` ${closing}` : ''}${quoted ? ` ${quoted[1]}` : ''}${namedPlan ? ` ${namedPlan[0]}` : ''}`;
}

/**
 * "730億ドルと市場予想の714億ドルを上回った": right after a Japanese figure, the forecast (or plan) it is set against, with
 * that one's own figure — words of the other figure, passed over, so that the verb after them still speaks for this one
 * ("…を上回った", a result; "…を上回る見通しだ", an outlook).
 */
const COMPARED_FORECAST_JA = /^\s*(?:と、?|、)\s*(?:市場|会社|同社|アナリスト|事前)?の?(?:平均)?(?:予想|予測|見通し|計画|目標|コンセンサス)値?(?:の|である|[（(])\s*(?:約|およそ)?\d[^をに。、]{0,16}?[をに]/u;

/** Right after a sum, the words that say it was spent or booked: "$131B spent in 2025", "$8B already invested since 2023". */
const SPENT_AFTER = /^\s*(?:already\s+)?(?:spent|booked|invested|paid)\s+(?:in|during|last|over|since|so far|to date)\b/i;

/** A participle's aside of hearsay, as `SCOPE_BREAK` opens it: ", reported last week to be close to …". */
const REPORTED_ASIDE = /^reported\s/;
/** A relative clause's opening, as `SCOPE_BREAK` ends at it: ", which", ", a unit that". */
const RELATIVE_OPENING = /,\s+(?:which|an? [\w-]+ (?:that|which))\s$/i;

/**
 * Where a relative clause that opens the figure's clause (`RELATIVE_OPENING`) has closed with a comma before the figure,
 * the words of the clause it interrupted, and where the interrupted clause resumes; else null.
 */
function resumedClause(sentence: string, from: number, start: number): { words: string; from: number } | null {
  // "Mistral AI, reported last week to be close to raising …, signed …": a participle's aside of hearsay, closed by its comma, too.
  const opening = RELATIVE_OPENING.exec(sentence.slice(0, from)) ?? (REPORTED_ASIDE.test(sentence.slice(from, start)) ? { index: from } : null);
  const close = opening ? /,\s+/.exec(sentence.slice(from, start)) : null;
  if (!opening || !close) return null;
  return { words: sentence.slice(clauseStart(sentence, opening.index), opening.index), from: from + close.index + close[0].length };
}

/** What may follow a sentence's closing attribution: its full stop, a closing quote or bracket. */
const SENTENCE_END = /^[\s.!?"”’)]*$/;
/** A break that opens another statement, after which a closing attribution no longer speaks for what came before it. */
const STATEMENT_BREAK = /;|\s(?:but|while|whereas|although|though|yet)\s|[.?!]\s/i;

/**
 * The attribution (`TRAILING_ATTRIBUTION`) that closes the sentence at the first comma after a figure, or null: the
 * figure's words run to it ("$30 billion from investors at a valuation above $350 billion, according to …"). Where a
 * comma comes before ("rose 28%, beating the 26% analysts had expected, according to LSEG data"; "which has put $8
 * billion in, is mulling more, the person said"), the attribution is of a later clause's figure or words.
 */
function closingAttribution(after: string): string | null {
  let comma = after.indexOf(',');
  if (comma < 0 || STATEMENT_BREAK.test(after.slice(0, comma))) return null;
  // "…onto its existing $38B, seven-year AWS deal, according to …": a comma inside a noun phrase, before words with no
  // verb and no figure, opens no clause of its own; the attribution after them still closes the figure's.
  for (let hops = 0; hops < 2 && !TRAILING_ATTRIBUTION.test(after.slice(comma)); hops++) {
    const next = after.indexOf(',', comma + 1);
    if (next < 0 || !(VERBLESS_WORDS.test(after.slice(comma + 1, next)) || VALUE_APPOSITION.test(after.slice(comma + 1, next)))) break;
    comma = next;
  }
  const found = TRAILING_ATTRIBUTION.exec(after.slice(comma));
  return found && SENTENCE_END.test(after.slice(comma + found[0].length)) ? found[0] : null;
}

/** What the thing before is worth, told between commas: "worth roughly RMB 6.5 billion", "valued at about $2bn". */
const VALUE_APPOSITION = /^\s*(?:worth|valued at|totall?ing)\s+(?:(?:roughly|about|around|some|nearly|almost|up to|more than|over|an estimated)\s+)?(?:[A-Z]{2,3}\s?|[A-Z]{1,2}[$]|[$€£¥])?\d[\d.,]*\s*(?:bn|billion|million|mn|m|trillion|tn)?(?:\s+(?:yuan|yen|won|euros?|dollars?|pounds?|rupees?))?\s*$/i;
/** A few words with no verb, no figure and no word that opens a clause in them: "seven-year AWS deal", "the lab's biggest". */
const VERBLESS_WORDS = /^\s*(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|says?|said|does|did|do|which|that|who|where|when|while|but|and|as)\b)[A-Za-z][\w'’-]*(?<!ing|ed)\s*){1,5}$/;

/**
 * A place named with its region between commas after a preposition: "in Lakeview County, Montana, was dropped",
 * "near Leeds, England, is on hold"; or a county with its state anywhere: "the $1bn Licking County, Ohio project Microsoft
 * dropped". Its commas are part of the name, so the words after it still speak for the figure.
 */
const PLACE_WITH_REGION = /\b(?:in|near|at|outside|around|of)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,(?=\s)|\b[A-Z][\w'’.-]*\s+(?:County|Township|Parish),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s)/g;

/** `text` with the commas of its places blanked (`PLACE_WITH_REGION`), its length kept. */
export const withoutPlaceCommas = (text: string): string => text.replace(PLACE_WITH_REGION, (place) => place.replace(/,/g, ' '));

/** A figure set between commas after what it measures: "The campus, about $10 billion, was …", "Its backlog, $244 billion, is …". */
const APPOSITION_BEFORE = /[^\s,]\s*,\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|an estimated|worth|valued at|costing)\s+)?$/i;
/** The comma that closes such an apposition, before the verb of the clause it interrupts. */
const APPOSITION_CLOSE = /^,(?=\s+(?:was|were|is|are|has|had|have|will|would)\b)/;

/** An apposition that only dates what it follows: ", announced in June 2025,", ", unveiled last year,". */
const DATING_APPOSITION = /^[^,;.]{0,40}?,\s+(?:first |originally )?(?:announced|unveiled|disclosed)\s+(?:in|on|last|this|earlier|back in)\b[^,;.]{0,30},(?=\s)/i;

/** A Chinese or Japanese character at the end of a text, and a space before one at its start. */
const CJK_END = /[\u3400-\u9fff\u3040-\u30ff]$/;
const CJK_PHRASE_AFTER = /^\s+[\u3400-\u9fff\u3040-\u30ff]/;

/** A bracket right after a figure that restates it: （約30兆円）, (about €35 billion), （约合新台币6.4兆元）. */
const RESTATED_AFTER = /^\s?[（(][^（()）]{0,24}?\d[^（()）]{0,12}[)）]/u;

/** An opening quotation mark: a curly one, or a straight one at the start or after a space. */
const OPENING_QUOTE = /[“‘]|(?:^|\s)"/;
/** The attribution after a quotation's closing mark: `,” wrote Evercore ISI analyst Mark Mahaney`, `," she said`, `," one post insisted, citing no one`. */
const QUOTE_ATTRIBUTION = /^[^"”]*[,.!?]?["”]\s*,?\s*((?:wrote|writes|said|says|told \w+|added|noted)\s+[^,;.]{0,60}|[^,;.]{1,40}?\b(?:wrote|said|says|insist(?:s|ed)|claim(?:s|ed)|argu(?:es|ed)|post(?:s|ed)|tweet(?:s|ed))\b(?:,\s*citing [^,;.]{1,30})?)/;

/** A clause that denies what came before it: "; AMZN did not confirm it", ", which the company has not confirmed", ", a claim Amazon denied". */
const TRAILING_DENIAL = /^[;,]\s*(?:(?:and|but|which|a (?:claim|figure|number|report) (?:that )?)\s*)?[^,;.\d]{0,40}?\b(?:(?:did not|didn['’]t|has not|hasn['’]t|have not|would not|declined to|refused to) (?:confirm|verify)|(?:denied|disputed|den(?:y|ies))\b)[^,;.]{0,30}/i;

/** The same in Chinese and Japanese: "，甲骨文和OpenAI均未予证实", "，亚马逊已予以否认", "、同社は確認していない". */
const TRAILING_DENIAL_CJK = /^[;,，、]\s*[^,;，、。\d]{0,24}?(?:(?:均|都|并|並|尚|仍|迄今)?未(?:予|获|獲|经|經)?(?:证实|證實|确认|確認)(?!为|為)|(?:已|并|並)?(?:予以)?否[认認]|確認(?:されて|して)いない|否定し)[^,;，、。]{0,12}/u;

/**
 * An apposition that names what came before it a plan: "committed in November to as much as $50 billion for AI capacity,
 * a plan that officials have held up as …", ", a pledge it repeated in May".
 */
const TRAILING_NAMED_PLAN = /^,\s*(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:plan|pledge|promise)\b/i;

/**
 * A clause that attributes what came before it to someone: ", the person said", ", per sources", ", people familiar with the matter said", ", sources say", ", Bloomberg reported, citing unnamed sources", ", Bloomberg News reported";
 * ", reports say", ", as reports claim"; or to an analyst's call on it: ", Jefferies predicts", ", by our estimates", ", analysts at UBS estimate", ", analysts polled by Visible Alpha reckon", ", Bernstein analysts wrote in a note", ", in Morgan Stanley's view"; or to what shows it: ", analyst consensus shows", ", a filing shows" (whose words say whose figure it is).
 */
/** When a closing attribution was said, after its verb: "…, people familiar with the matter said Tuesday", "…, the person said on Monday". */
const SAID_WHEN = String.raw`(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last week|this week|earlier))?`;
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`^,\s*(?:according to [^,;.]{1,60}|by (?:our|my) (?:own )?(?:estimates?|reckoning|forecasts?|models?|projections?)|per (?:(?:an?|one|two|three|several|unnamed|anonymous) )*(?:people|sources?|persons?|insiders?)\b[^,;.]{0,40}|${OUTLET_REPORTED}|(?:(?:the|some|most|many) )?(?:analysts?(?: (?:at|with|from|polled by|surveyed by) [^,;.]{1,30}?)?|(?:${BROKERS})(?: analysts?)?) (?:now |also )?(?:(?:predict|expect|estimate|forecast|project|reckon|anticipate|say|note|write|believe|think)s?|said|wrote|noted|believed|thought)(?: in an? (?:[\w-]+ )?(?:note|report))?|[^,;.]{1,40}?\b(?:reported|reports|said|says)(?:,\s*|\s+)citing [^,;.]{1,50}|(?:as )?(?:(?:media|press|news|local|several|some|recent) )?reports (?:say|said|suggest|suggested|claim|claimed)|in (?:the )?[^,;.]{1,40}?['’]s? (?:own )?(?:view|opinion|estimation|reckoning|judge?ment|assessment)|in the (?:view|opinion|estimation|reckoning|judge?ment|assessment) of [^,;.]{1,40}|[^,;.]{1,40}?\b(?:shows?|showed|suggests?|suggested|indicates?|indicated)|(?:(?:the|a|one|two|three|several)(?: of (?:the|those|these|them))? )?(?:person|people|sources?|insiders?)\b[^,;.]{0,60}?\b(?:said|say|says|told \w+))${SAID_WHEN}(?=[,;.]|$)`,
  'i',
);

/**
 * A research house's own number set against another: "ahead of our 26.5%", "vs. our $37.1bn", "below my 30%", "in line
 * with our estimate of …" — not a company's "our $200 billion investment", which compares with nothing.
 */
const OUR_NUMBER_BEFORE = /\b(?:ahead of|above|below|beat(?:s|ing)?|miss(?:es|ed|ing)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|short of|shy of|under|over|than|vs\.?|versus|against|compared (?:with|to)|in line with)\s+(?:our|my)\s+(?:(?:own|new|revised|prior|previous|old|earlier|updated|current|published)\s+)?$/i;
/**
 * Others' forecast named right after its figure: "ahead of the $3.33 billion consensus", "the €6.35bn analysts had forecast",
 * "beating the 9.5% growth and €10.4 billion that analysts had forecast" — not a result "as analysts had expected" (NO_CUE), nor
 * one set against the forecast after it ("$37.6bn compared with the $36.9 billion Wall Street had pencilled in").
 */
const FORECAST_AFTER = /^(?:\s+(?:consensus|(?:consensus|Street|Wall Street)\s+(?:estimate|forecast|view|expectation)s?)\b|(?:\s+(?!(?:compared|against|versus|vs|than|ahead|above|below|beat|beating|topped|topping|missed|missing|from|as|up|down|in|for|on|at|of|to)\b)[a-z-]+){0,3}?(?:\s+and\s+(?:about\s+)?(?:US)?[$€£¥]?\s?\d[\d.,]*\s?(?:%|bn|billion|million|m)?)?\s+(?:that\s+|which\s+)?(?:analysts|economists|the Street|Wall Street|investors)(?:\s+polled\s+by\s+[\w&. ]{1,30}?)?\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|projected|estimated|anticipated|pencil+ed in|been expecting)\b)/i;
/** "above the $4.8 billion expected", "the 36% expected by analysts": a figure the participle alone calls expected is the market's. */
const EXPECTED_AFTER = /^\s+expected(?=\s*(?:[,.;:)]|$)|\s+by\s+(?:analysts|economists|investors|the Street|Wall Street|consensus)\b)/i;
/** Whether others' forecast is named right after the figure that ends at `end` of `sentence` (`FORECAST_AFTER`, `EXPECTED_AFTER`). */
export const forecastNamedAfter = (sentence: string, end: number): boolean => FORECAST_AFTER.test(sentence.slice(end, end + 80)) || EXPECTED_AFTER.test(sentence.slice(end, end + 40));
/** A mark after a figure that says it is an estimate: "$37.1bn (HCe)", "212 (our est.)", "26% (E)", "$41bn (est.)". */
const ESTIMATE_MARK_AFTER = /^\s*\((?:[A-Z]{1,5}e|e|E|est\.?|estimated?|our est(?:imate|\.)?|ours|forecast|fcst\.?)\)/;

/**
 * A research house's own number after the company's or the Street's: "guidance for FQ4 Azure growth is 37%–38%; we are
 * at 38.5%". Said so only where the sentence names the number it is set against (`OTHERS_NUMBER`): an executive's "we're
 * at a $150 billion run rate" is a fact.
 */
const WE_ARE_AT = /\bwe(?:['’]re| are)(?: now| still)?(?: (?:above|below|ahead of|under|over) (?:the Street|consensus|guidance|the company)(?: at)?| at| in line with)\s+(?:about |around |roughly |~)?(?:US)?[$€£]?\s?$/i;
const OTHERS_NUMBER = /\b(?:guidance|guided|guides|consensus|the Street|estimates?|expectations?|outlook|forecasts?)\b/i;

/** The months after now a backlog's part covers: "over the next twelve months", "within the coming 12 months". */
export const MONTHS_AHEAD = String.raw`(?:over|in|within|during)\s+the\s+(?:next|coming|following)\s+(?:twelve|12|[\w-]+)\s+months\b`;

/**
 * Words with a cue's word in them that give no modality: a comparison with what was expected ("faster than we expected",
 * "as forecast", "beat analysts' estimates, rising 28%" — where the estimate is not the figure's own; "in line with its plan", "beat
 * its own target", "surpassed its own target to reach revenue of …", a result measured against the company's guidance, not the guidance's figure), a hedge on a figure as it stands ("by most estimates"), and the terms of a signed agreement ("an
 * agreement … under which Northwind will spend $1.2 billion"; "agreed to buy up to $14.2 billion of computing capacity",
 * "committed to buy $30 billion of Azure compute", a contract's value), and an expectation said to equal an actual ("that guidance is almost
 * exactly what Meta spent in 2025: $72.2bn", whose figure is the sum spent), and a sum done that had been planned or talked
 * of ("spent all $72 billion of the capex it had planned", "has invested the $5 billion … that it had been rumoured to be
 * planning": the clause after it looks back; the verb done tells the figure), and a result told without a charge ("excluding a
 * $2.4 billion charge, it would have been $39.3 billion": what was, counted otherwise), and the part of a backlog a sum is ("current
 * RPO, the portion to be recognized over the next twelve months, was $32.2 billion": a contract's term, not a plan). Blanked out
 * before the cues are read.
 */
const NO_CUE = new RegExp(String.raw`\b(?:(?:expected |set |scheduled )?to be |will be |(?:have |has )?)?(?:recogni[sz]ed|booked|billed|delivered|committed(?: to)?|contracted(?: for)?|due)(?: as (?:revenue|sales))? ${MONTHS_AHEAD}|` + /\b(?:than|as) (?:[\w'’-]+ ){0,3}?(?:expected|anticipated|forecast|estimated|predicted|projected|planned|guided|feared|hoped|thought|modell?ed|targeted)\b|\b(?:it|they|this|that) would have been\b|\b(?:by|according to) (?:most|some|many|one|several|all|various|industry|independent|outside|third-party)(?: (?:industry|independent|outside|third-party|analyst|market))? (?:estimates?|counts?|accounts?|measures?|reckonings?|calculations?)\b|\bunder which(?: [\w.&'’-]+){1,3}? (?:will|would|shall|is to|are to)\b|\b(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|exceeded|exceeds|exceeding|surpass(?:ed|es|ing)|ahead of|short of) (?:[\w'’-]+ ){0,4}?(?:estimates|expectations|forecasts|consensus)(?=\s*[,;]|\s+(?:and|as|with|after|rising|growing|climbing|jumping)\b)|\b(?:surpass(?:ed|es|ing)|exceed(?:ed|s|ing)|beat(?:s|ing)?|topp(?:ed|ing)|outstrip(?:ped|s|ping)?|outpac(?:ed|es|ing)|overshot|overshoot(?:s|ing)?) (?:its|their|the company['’]s|management['’]s) (?:own )?(?:[\w-]+ ){0,2}?(?:plan|guidance|target|forecast|outlook|budget|range|expectation|projection)s?,? to (?=(?:reach|hit|post|record|total|end|finish|close|come|land|deliver|generate|log|book)\b)|\b(?:in line with|within|consistent with|beat(?:s|ing)?|topp(?:ed|ing)|exceed(?:ed|ing|s)?|surpass(?:ed|es|ing)|outstrip(?:ped|s|ping)?|outpac(?:ed|es|ing)|overshot|miss(?:ed|es|ing)) (?:its|their|the company['’]s|management['’]s) (?:own )?(?:[\w-]+ ){0,2}?(?:plan|guidance|target|forecast|outlook|budget|range|expectation|projection)s?\b(?!\s*(?:of|at|for|to|calls?|implies)\b|\s*(?:about |around |roughly )?(?:US)?[$€£¥\d])|\b(?:guidance|plan|forecast|outlook|target|budget|estimate)s? (?:is|was|are|were) (?:[\w'’-]+ ){0,3}?what (?:[\w.&'’-]+ ){1,3}?(?:spent|earned|booked|reported|posted|made|generated|invested)\b|\b(?:completed|closed|finali[sz]ed|fulfilled|made good on|paid|handed over|spent|invested|deployed|poured|injected|delivered|raised)(?= (?:the|its|their|all)\b)[^.;]{0,60}?\b(?:it|they|the company|[A-Z][\w.&'’-]*) had (?:been )?(?:pledged|planned|promised|announced|proposed|committed|budgeted|earmarked|rumou?red|reported|said|tipped|expected)\b(?:\s+to\s+(?:be\s+|have\s+)?[\w-]+)?|\b(?:has |had )?(?:agreed|committed|promised) to (?:buy|purchase|rent|pay for)\b(?=[^.;]{0,40}?\bof (?:[\w-]+ )?(?:computing|compute|cloud|server|data[- ]cent(?:er|re))(?: (?:capacity|power|services|resources)\b|\s*[.;,]|\s*$))/.source, 'gi');

/** A cue word that is a product's name, before what the product is: "The Outlook software maker's hosting platform grows by a third" guides nothing. */
const CUE_AS_NAME = /\bOutlook(?= (?:software|e-?mail|mail|app|maker|client|users?|inbox)\b)/g;

/**
 * The same in Chinese: a result set against what was expected ("年增28%優於預期", 高于市场预期, 不及预期) takes no modality from
 * the expectation, unless the expectation's own figure follows ("高于市场预期的26%", 優於市場預估的年增26% are the market's 26%); nor from a plan or
 * target it beat (超出计划, 營收優於財測，達到…, 計画を上回り6500億円となった), unless the plan's own figure follows (計画を上回る1兆円を投じる);
 * nor from a plan done as planned or ahead of it (計画通り, 計画を前倒しして…実行した, 提前完成计划), or a target met, its figure
 * after it too (達成營收目標100億美元; not one still to be met: 力争实现…目标).
 * And what part of a backlog a sum is: 今後12カ月に計上が見込まれる, 売上高として計上される見込みの, 未来12个月内将确认的 (a contract's term, not a plan);
 * nor what a figure comes to without an effect (為替の影響を除くと19％増となる: is, not will be);
 * nor a cancellation told as the cause of the figure (受注取り消しに伴い…評価損を計上した: the charge was booked).
 */
const NO_CUE_CJK = /(?:取り消し|取消し?|撤回|中止|キャンセル)(?:に伴い|に伴う|を受けて?|により|による)|(?:今後|未来|未來)\s?(?:12|十二|１２)\s?(?:カ月|か月|ヶ月|个月|個月)(?:内|以内)?(?:に|で|内)?(?:将|將)?(?:(?:売上高?|収益|收入)として)?(?:計上|确认|確認)(?:が|される)?(?:見込まれる|見込みの|予定の|的)?|(?<=除く(?:と|ベースで)[^。、]{0,16})(?:と|に)(?:なる|なります)|(?:优于|優於|好于|好於|高于|高於|低于|低於|胜于|勝於|逊于|遜於|不及|超出|超过|超過|超越|符合|达成|達成|达到|達到|实现|實現|完成|超)(?:市场|市場|分析师|分析師|华尔街|華爾街|外界|此前|先前|公司|其)?(?:普遍)?(?:原先|此前|先前)?(?:的)?(?:预期|預期|预估|預估|预测|預測|财测|財測|计划|計劃|計畫|目标|目標|指引)(?![的之]|\s*[为為:：]?\s*(?:约|約|近|逾)?\d)|(?:計画|予定|予想|見通し|目標|会社予想|市場予想)を(?:大きく|大幅に|わずかに|やや|一段と|さらに)?(?:上回|下回|超え|超過し|達成し)(?![っりるたて]*\s*\d)[っりるたて]*|(?:計画|予定)(?:通り|どおり)|(?:計画|予定)を前倒し(?:して|し)?|(?<!力争|力爭|争取|爭取|力求|希望|要|将|將|可望|有望|能否|能|拟|擬|计划|計劃|計畫|预计|預計)(?:达成|達成|实现|實現)了?[^，。；,;\d]{0,6}?(?:目标|目標)|(?:提前|超额|超額)(?:完成|实现|實現|达成|達成)了?(?:计划|計劃|計畫|目标|目標)?|(?:按|依)(?:照)?(?:计划|計劃|計畫)|如期/gu;

/** A clause that only works out what the figure before it comes to: ", which would be growth of about 26%" (after its opening). */
const DERIVED = /^\s*(?:would|will|could) (?:be|mean|represent|imply|equal|amount to|translate (?:in)?to)\b/i;
/** The break that opens such a clause (`SCOPE_BREAK`'s ", which "). */
const DERIVED_OPENING = /,\s+(?:which|that)\s$/i;

/**
 * A company (never an analyst) that forecasts its own figure: "The company forecast Azure growth of 37 to 38 percent";
 * so does its chief executive or finance chief, by title ("CFO Dana Reyes projected cloud growth of 20%"), whose outlook
 * is the company's guidance. A place may stand between "the" and the noun: "The Santa Clara, Calif., chipmaker forecast …".
 */
const COMPANY_FORECASTS = /\b(?:the (?:[\w.'’-]+(?: [\w.'’-]+)?,\s+){0,2}(?:company|firm|group|business|retailer|chip ?maker|chip designer|cloud (?:giant|provider|unit|business))|management|executives|(?:CEO|CFO|chief executive|chief financial officer|finance chief)(?: [A-Z][\w.'’-]*){0,3})(?: (?:also|now|again|then|itself|had|has|on \w+))? (?:forecast|projected|predicted)(?:s|ed)?\b/i;
/** A name before a forecast verb ("Microsoft forecast …", "Microsoft on Wednesday forecast …"), which `findEntities` says is a company or not. */
const NAME_FORECASTS = /\b([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})(?: (?:also|now|again|then|itself|had|has|on \w+))? (?:forecast|projected)(?:s|ed)?\b/;
/**
 * A name that owns its forecast: "CoreWeave's own forecast puts 2026 revenue at …", "Fabrikam's own projections". "Own" sets
 * it against other people's numbers, so that the name's forecast is its own outlook — a company's plan — unless the name is
 * an analyst's, a broker's or a research house's (`OUTSIDE_NAME`): "Morgan Stanley's own forecast".
 */
const OWN_FORECAST = /\b([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}?)['’]s? own (?:[\w-]+ )?(?:forecasts?|projections?|estimates?|predictions?)\b/;
const OUTSIDE_NAME = new RegExp(String.raw`\b(?:analysts?|consensus|Street|${BROKERS}|Partners|Capital|Securities|Research|Advisors|Advisers|Associates|Analytics|Economics|Strategies|Equities|Intelligence|Insights)\b`, 'i');
/** Words that make a forecast someone else's even after a company's verb: "Microsoft forecast revenue above analysts' estimates of …". */
const OTHERS = new RegExp(String.raw`\b(?:analysts?|consensus|the Street|Wall Street|estimates?|expectations?|polled|${BROKERS})\b`, 'i');

/**
 * An analyst or a broker who tells a figure: "Bernstein analysts wrote", "In a research note, Barclays said", "said Jefferies
 * analyst Brent Thill", "according to a note from UBS" (not analysts a company told or briefed).
 */
const ANALYST_SPEAKS = new RegExp(
  String.raw`(?<!\b(?:told|tells|telling|to|for|with|assured|reassured|warned|advised|guided|briefed)\s)\b(?:analysts?|strategists?|${BROKERS})(?: (?:at|with|from) [^,;.]{1,30}?)?(?: [A-Z][\w.'’-]*){0,3},? (?:said|say|says|wrote|write|writes|noted|note|notes|believes?|thinks?|reckons?|argued|argues|told \w+)\b|\b(?:said|says|wrote|writes|according to)(?: [\w.&'’-]+){0,4}? (?:analysts?|strategists?|${BROKERS})\b`,
);
/** The company's own words of intent, which stay its plan whoever passes them on: "Amazon expects to spend …, analysts said". */
const OWN_INTENT = /\b(?:expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|guid(?:ance|ed|es|ing)|targets?|aims?|intends?|budget(?:s|ed)?|outlook|pledg(?:e|es|ed)|commit(?:s|ted)?|pencill?(?:ed|s)? in)\b/i;

/**
 * An outside firm, named as such, that expects a figure: "Dana Reyes of Halvard Partners expects Azure growth to cool to
 * 30%", "Brightwater Capital sees …". Its expectation is its forecast, not the company's plan (which "expects" alone
 * gives). Case-sensitive: the firm's kind is a capitalised word of its name ("Partners", "Securities", "Research").
 */
const FIRM_EXPECTS = /\b[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2} (?:Partners|Capital(?: Markets)?|Securities|Research|Advisors|Advisers|Associates|Asset Management|Investments|Analytics|Economics|Strategies|Equities)(?:['’]s? [\w-]+)?(?:,? [\w-]+){0,4},? (?:expect|forecast|see|predict|project|estimate|anticipate|reckon|believe|model)s?\b/;

/** A company's executive or the company saying it after the clause: ", CFO Brian Olsavsky said", ", the company said". */
const EXECUTIVE_SAID = /^[^.;]*?,\s*(?:(?:its |the company['’]s )?(?:CEO|CFO|chief (?:executive|financial officer)(?: officer)?|finance chief|the company|management)\b[^,;.]{0,40}?\b(?:said|says|told \w+)|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}, (?:its |the company['’]s )?(?:CEO|CFO|chief (?:executive|financial officer)|finance chief)\b[^,;.]{0,20}?\b(?:said|says))/;

/** Whether a company, not an analyst, forecasts in `scope` (its own outlook: a plan). */
function companyForecasts(scope: string, after = ''): boolean {
  const own = OWN_FORECAST.exec(scope);
  if (own && !OUTSIDE_NAME.test(own[1]!)) return true;
  if (OTHERS.test(scope)) return false;
  if (EXECUTIVE_SAID.test(after)) return true;
  if (COMPANY_FORECASTS.test(scope)) return true;
  const named = NAME_FORECASTS.exec(scope);
  return named !== null && findEntities(named[1]!).some((e) => e.kind !== 'group');
}

/**
 * Unnamed people who tell the clauses after them, up to a "but": "Two people familiar with the matter say Amazon has
 * discussed …, while Anthropic is canvassing investors for a round that could reach $30 billion" — the round too is
 * their word, a plan or forecast still hearsay though the scope of its own clause names no one.
 */
const UNNAMED_SPEAKER_BEFORE = /\b(?:people|persons?|a person|sources?|insiders?)\b[^.;]{0,60}?\b(?:say|says|said|told)\b(?![^.;]*\b(?:but|however|yet)\b)[^.;]*$/i;

/**
 * Whether a figure is a chip's spec set against another chip ("at least six times faster than Trainium3", "40% better
 * performance per watt"): what its maker says the chip will do is the spec it announced, a fact about the chip, not
 * money or chips still to come as a plan is. Counts of chips (a cluster, a server) stay plans when they are to come.
 */
export const isAnnouncedSpec = (metric: { topic: string; productSubject?: boolean }, unit: string): boolean =>
  metric.topic === 'chips' && metric.productSubject === true && (unit === 'x' || unit === '%');

/**
 * Whether a subsidy's sentence says it was granted: "METI decided on Nov. 20 to give Rapidus up to ¥586.5 billion", 最大5865億円を
 * 支援すると決めた. A government's decision to give is the grant itself, a fact, though the money is paid later; money a company
 * applied for is still a plan (`申請`, "applied for").
 */
export const isGrantDecided = (metricName: string, sentence: string): boolean => metricName === 'subsidy' && GRANT_DECIDED.test(sentence) && !GRANT_APPLIED.test(sentence);
const GRANT_DECIDED = /\b(?:decided|approved|granted|awarded|agreed|signed off)\b|決め|決定|核定|認定|承認|批准|决定/i;
const GRANT_APPLIED = /\bappl(?:y|ies|ied|ying|ication)\b|申請|申请/i;

/**
 * The figure's words, then a participle that calls what they name off, dated or ending the sentence: "$1 billion build there,
 * dropped in January 2025", "its $1bn campus, later scrapped." (Not "$30 billion, dropped 5%", a move of the figure.)
 */
const CALLED_OFF_AFTER = /^[^,;.]{0,40}?,\s+(?:later |since |then |subsequently |eventually |quietly )?(?:dropped|scrapped|cancell?ed|shelved|abandoned|axed|ditched|nixed|mothballed|called off|withdrawn)(?=\s+(?:in|on|last|earlier|this|back|early|late|after|amid|when)\b|\s*[.;]|\s*$)/i;

/**
 * A headline's future, which drops "is": "Amazon to invest $50 billion in Georgia data centers", "OpenAI to raise $40 billion" —
 * capitalised names, then "to" and a verb of money, opening the clause. Case-sensitive: "plans to invest" is read by the cues.
 */
const HEADLINE_FUTURE = /^\W*(?:[A-Z][\w.&'’-]*,?\s){1,4}to (?:(?:\w+ly|also|further) )?(?:invest|spend|buy|acquire|pour|inject|raise|build|put|pay|deploy|commit|add|double|triple|take)\b/;
/** A headline's "nears" read into the sum ("Nvidia nears $5 billion xAI deal"), with a deal after it: a deal not yet struck. */
const NEARS = /^near(?:s|ing)\b/i;
const DEAL_AFTER = /^[^.;,]{0,40}?\b(?:deal|agreement|pact|investment|stake|acquisition|takeover|purchase|funding|round)s?\b/i;

/** Right after a sum, the approach it prices: "$3bn approach", "$3 billion approaches". */
const PRICED_APPROACH_AFTER = /^[- ]approach(?:es)?\b/i;

/**
 * A yes-or-no question the figure is asked in: "Did Amazon really agree to invest $50 billion in OpenAI, as reports claim?",
 * "Will Meta spend $140 billion next year?", 亚马逊会投资500亿美元吗？, 出資は300億ドルか？ — asked, not asserted. (Not "Why did
 * Amazon spend $43 billion?", which asks about a figure as it stands.)
 */
const ASKS_BEFORE = /^\W*(?:did|does|do|is|are|was|were|will|would|could|can|has|have|had|should|might|may)\b[^.;!?]*$/i;
const ASKS_AFTER = /^[^.;!?]*\?/;
const ASKS_AFTER_CJK = /^[^。；！？]*(?:吗|嗎|か)[？?]/;
/** Right before a figure, the words that give it as known: "Is the $10.9 billion TCV front-loaded?" asks about a figure as it stands. */
const GIVEN_BEFORE = /\b(?:the|this|that|your|its|their)\s+$/i;
/** Whether the figure at [start, end) is asked about, in its `scope` (a question mark there) or in a yes-or-no question. */
const isAsked = (sentence: string, start: number, end: number, scope: string): boolean =>
  (!GIVEN_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) && (/[?？]/.test(scope) || (ASKS_BEFORE.test(sentence.slice(0, start)) && ASKS_AFTER.test(sentence.slice(end))))) ||
  ASKS_AFTER_CJK.test(sentence.slice(end));

/**
 * The sum of a contract the words before it say was signed, in Chinese or Japanese: "与AWS签下的七年期380亿美元合同",
 * "已簽訂的100億美元合約", "締結した380億ドルの契約" — a deal done, whatever hearsay the sentence tells of what comes next
 * ("据知情人士透露，OpenAI正考虑将…合同再扩大"). (A contract under talks, 正在洽谈的…合同, is still hearsay.)
 */
const SIGNED_BEFORE_CJK = /(?:签下|簽下|签订|簽訂|签署|簽署|签约|簽約|締結し|結ん)(?:了)?[的だた][^，。,；;]{0,10}$/u;
const CONTRACT_AFTER_CJK = /^[^，。,；;]{0,6}?(?:合同|合約|协议|協議|订单|訂單|契約)/u;

/**
 * Whether a flow's sum (capex, revenue, profit over a period) is told as a range, which no actual is: a quarter's or a
 * year's spending is booked as one number, so "Alphabet: $175 billion to $185 billion" and "维持全年1750亿至1850亿美元" are
 * the company's guidance, told as a plain fact only because the verb that says so stands elsewhere. Not a percentage:
 * "营收增长10-15%" may be growth told roughly.
 */
export const isFlowRange = (found: FoundValue): boolean => found.range === true && found.value.unit !== '%';

/**
 * A figure told as already there, in words of its own, beside hearsay of what is new: "to widen its seven-year, $38 billion
 * AWS contract by as much as $20 billion", "onto its existing $38B deal", "on top of the $8 billion it has already put in",
 * "which has already put $8bn into". The hearsay is of the addition; the deal or stake it adds to is a fact. (Not "to
 * increase its stake to $10 billion", the level to come.)
 */
const ESTABLISHED_BEFORE = /\b(?:(?:existing|current|original)\s+(?:[\w-]+,?\s+){0,2}|(?:widen|expand|extend|enlarge|top up|add to|build on)(?:s|ed|ing)?\s+(?:its|their|the|an?)\s+(?:(?!(?:to|by|from)\b)[\w-]+,?\s+){0,3}|on top of (?:the|its|their)\s+|(?:has|have|had) already (?:put|invested|committed|poured|sunk|spent|paid|pledged)\s+(?:about |some |roughly |nearly )?)$/i;
const ESTABLISHED_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:it|they|which|that)\s+(?:has|have|had)\s+already\b/i;

/** A clause of "after" or "before" with no subject of its own, where a figure opened a period: "after opening the year at about". */
const OPENED_AT = /(\s(?:after|before)\s)(?:opening|starting|beginning|kicking off) the (?:fiscal )?(?:year|quarter)\s+(?:at|near|around)\s+(?:about |around |roughly |some |nearly )?$/i;

/**
 * "We expect", "we now look for", "we see", "our base case", 我们预计 before a figure, in the same sentence (for 我们预计, unless
 * the company speaks between: 我们预计…，公司预计全年约2000亿美元).
 */
const WE_EXPECT = /(?:\bwe(?:['’]re| are)? (?:now |still |also |continue to |currently )?(?:expect(?:ing)?|anticipate|look(?:ing)? for|see|project)\b|\bour (?:base|bull|bear)[- ]case\b)[^.;]*$|我[们們][^，,。；]{0,6}?(?:预计|預計|预期|預期|估计|估計|预测|預測|测算|測算|判断|判斷)(?:(?!公司|管理层|管理層)[^。；])*$/i;
/** A speaker's label opening a transcript's turn: "PRIYA RAMAN:", "Jassy:". */
const SPEAKER_TURN = /^\s*[A-Z][\w.'’ -]{0,40}:/;

/**
 * Whether the figure at `start` of `sentence`, in a research house's note or a fund's letter, is the house's own call: an
 * unquoted "We expect AWS revenue of $43.4bn in the September quarter" there is its forecast, not the company's plan,
 * as "we expect" in a company's release or a quoted executive's words ("We expect…," Jassy said) is the company's. A
 * speaker's turn in a transcript is the speaker's, whoever publishes it.
 */
export function isHouseCall(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (!WE_EXPECT.test(before) || SPEAKER_TURN.test(sentence)) return false;
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  return !curly && !straight;
}

/** A view told in the first person: "we see", "I expect", "we think". */
const FIRST_PERSON_VIEW = /\b(?:we|I)\s+(?:(?:still|now|also)\s+)?(?:see|expect|think|believe|estimate|forecast|project|reckon|model|anticipate)\b/i;
/** A quotation closed and said by an analyst: '," said Lee Min-hee, an analyst at Kiwoom Securities', '," Bernstein analysts wrote'. */
const QUOTED_ANALYST_AFTER = /["”]\s*,?\s*(?:(?:said|says|wrote|writes|added|adds|according to)\s+[^.;"“]{0,80}?\b(?:analysts?|strategists?|economists?)\b|[^.;"“]{0,60}?\b(?:analysts?|strategists?|economists?)\s+(?:said|says|wrote|write|added))/i;

/**
 * A plan Japanese or Chinese tells at the end of the figure's own clause: 69億ドルを出資する予定です, 投资100亿美元的计划. (Not a
 * plan it is set against, 原計画 or 当初の計画, nor one of a clause after it: 增速升至32%，公司同时上调全年开支计划.)
 */
const PLAN_AFTER_CJK = /^[^\d。！？!?，,、；;]{0,30}?(?<!原|当初の?|此前的?)(?:計画|予定|计划|計劃|规划|規劃)(?:だ|で|です|である|と|を|。|、|，|,|$)/u;
/**
 * A Japanese figure told "as" something (と、) whose next clause is a plan: 電力の容量は最大で150万キロワットと、原子力発電所1基分を
 * 上回る規模になる計画で (the clause after と、 describes the figure, so its plan is the figure's; a count in it is no figure of its own).
 */
const PLAN_AFTER_TO_CJK = /^と\s?[、，,][^。！？!?，,、；;]{0,30}?(?<!原|当初の?)(?:計画|予定)(?:だ|で|です|である|。|、|,|$)/u;
/**
 * A Japanese sum put in whose clause runs on to a plan: 約300億円を投じ、…生産能力を3倍に高める計画を明らかにした (the money is put
 * in for the plan the sentence ends on, however the clause after it runs).
 */
const SPEND_THEN_PLAN_JA = /^(?:を|の)?(?:投じ|投資し|拠出し|投入し|充て)(?:て)?[、，,]\s?[^。]{0,50}?(?<!原|当初の?|従来の?)(?:計画|予定)(?:だ|で|です|である|と|を|。|、|$)/u;

/**
 * A Japanese or Chinese figure told as an outlook by the noun right after it: 90億～100億ドルの予想を下回った, 145亿美元的指引;
 * the company's own is its plan, anyone else's a forecast.
 */
const OUTLOOK_AFTER_CJK = /^(?:の|的)(?:業績|业绩|營收|营收)?(?:予想|見通し|予測|ガイダンス|指引|预期|预测|預期|預測|財測|财测)/u;
/** The company itself as the one who gave an outlook, before its figure: 会社が8月に示した, 公司此前给出的. */
const OWN_OUTLOOK_BEFORE_CJK = /(?:会社|同社|公司|该公司|該公司|企業|企业)(?:側)?(?:が|は|此前|先前|之前|曾|早前)/u;

/**
 * A Japanese sentence whose topic holds the figure and whose end calls it off: データバインの買収（約14億ドル）は、…11月17日に撤回した,
 * データセンター（出力30万キロワット）について、…賃借契約を3日に解約した (the verb that ends the sentence tells what became of its
 * topic, however many clauses stand between).
 */
const TOPIC_CALLED_OFF_JA = /^[^。、,]{0,8}?[)）」]?(?:は|も|について|に関して|をめぐり|を巡り)[、,]?[^。]*?(?:撤回|中止|断念|取りやめ|取り止め|白紙撤回|打ち切|見送|解消|解約|解除)(?:し|され|となっ|に追い込まれ)(?:た|ました)[^。]{0,12}。?\s*$/u;

/** The words right before a figure that call it the results: 25年度実績は, 前期実績の, 实际为. */
const RESULTS_BEFORE = /(?:実績|实际|實際)(?:は|が|で|の|为|為|：|:)?\s*(?:約|约|およそ)?\s*$/u;

/** The modality a cue gives the figure at [start, end) of `sentence`, or `fact` where no cue speaks for it. */
export function readModality(sentence: string, start: number, end: number, deal: boolean): Modality {
  const before = sentence.slice(Math.max(0, start - 60), start);
  // '"We see AWS growth staying above 30 percent in the April-June quarter," said Lee Min-hee, an analyst at Kiwoom': the view
  // an analyst tells in the first person is the analyst's forecast.
  if (FIRST_PERSON_VIEW.test(sentence.slice(0, start)) && QUOTED_ANALYST_AFTER.test(sentence.slice(end))) return 'forecast';
  if (OUR_NUMBER_BEFORE.test(before) || ESTIMATE_MARK_AFTER.test(sentence.slice(end, end + 24)) || forecastNamedAfter(sentence, end) || (WE_ARE_AT.test(before) && OTHERS_NUMBER.test(sentence))) return 'forecast';
  // 通期計画の1兆1800億円（25年度実績は1兆1480億円）: a figure told as the results (実績) is what was, whatever plan the clause names.
  if (RESULTS_BEFORE.test(before)) return 'fact';
  // ", which would be growth of about 26%": worked out from the figure before, and meant as that one is.
  const from = clauseStart(sentence, start);
  const opening = DERIVED_OPENING.exec(sentence.slice(0, from));
  if (opening && DERIVED.test(sentence.slice(from, start))) {
    const main = readModality(sentence, opening.index, opening.index, deal);
    if (main !== 'fact') return main;
  }
  // "…stuck with its forecast of about $215 billion, the figure it landed on in July after opening the year at about $200
  // billion": where a figure that moves opened the year is its earlier value, meant as the main clause means its own.
  const opened = OPENED_AT.exec(sentence.slice(Math.max(0, from - 8), start));
  if (opened) {
    const main = readModality(sentence, from - opened[1]!.length, from - opened[1]!.length, deal);
    if (main !== 'fact') return main;
  }
  // "Microsoft's $1 billion build there, dropped in January 2025": a participle after the figure's words that calls it off.
  if (CALLED_OFF_AFTER.test(withoutPlaceCommas(sentence.slice(end)))) return 'cancelled';
  // "Google's $3bn approach": the sum of an approach is offered, whatever else the clause says (a scope leaves the sum out).
  if (deal && PRICED_APPROACH_AFTER.test(sentence.slice(end, end + 16))) return 'offer';
  const scope = scopeOf(sentence, start, end).replace(NO_CUE, (words) => ' '.repeat(words.length)).replace(NO_CUE_CJK, (words) => ' '.repeat(words.length)).replace(CUE_AS_NAME, (words) => ' '.repeat(words.length));
  for (const cue of CUE_PATTERNS) {
    if (cue.dealsOnly && !deal) continue;
    // A figure asked about ("AWS backlog over $464 billion?") is not asserted: it is what others say.
    if (cue.modality === 'rumour' && isAsked(sentence, start, end, scope)) return 'rumour';
    if (!mayMatch(cue.pattern, scope) || !cue.pattern.test(scope)) continue;
    // "against a full-year budget of roughly $200B and $131B spent in 2025": a sum its own words say was spent is no plan.
    if (cue.modality === 'plan' && SPENT_AFTER.test(sentence.slice(end, end + 24))) continue;
    // An outlet's figure set against the company's own numbers is its misreading of a result, not hearsay.
    if (cue.modality === 'rumour' && isMisreportedResult(sentence.slice(from, start), sentence.slice(end))) return 'fact';
    if (cue.modality === 'rumour' && (ESTABLISHED_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) || ESTABLISHED_AFTER.test(sentence.slice(end, end + 40)))) return 'fact';
    if (cue.modality === 'rumour' && deal && SIGNED_BEFORE_CJK.test(sentence.slice(Math.max(0, start - 24), start)) && CONTRACT_AFTER_CJK.test(sentence.slice(end, end + 16))) return 'fact';
    // A bare future an analyst tells ("Azure will grow 37%, Bernstein analysts wrote") is the analyst's call, not the company's plan.
    const analysts = cue.modality === 'plan' && (FIRM_EXPECTS.test(scope) || (ANALYST_SPEAKS.test(scope) && !OWN_INTENT.test(scope)));
    const said = cue.modality === 'forecast' && companyForecasts(scope, sentence.slice(end)) ? 'plan' : analysts ? 'forecast' : cue.modality;
    return (said === 'plan' || said === 'forecast') && UNNAMED_SPEAKER_BEFORE.test(sentence.slice(0, from)) ? 'rumour' : said;
  }
  if (NEARS.test(sentence.slice(start, end)) && DEAL_AFTER.test(sentence.slice(end))) return 'rumour';
  const planAfter = sentence.slice(end, end + 40);
  if (PLAN_AFTER_CJK.test(planAfter) || PLAN_AFTER_TO_CJK.test(planAfter) || SPEND_THEN_PLAN_JA.test(sentence.slice(end, end + 80))) return 'plan';
  if (OUTLOOK_AFTER_CJK.test(planAfter)) return OWN_OUTLOOK_BEFORE_CJK.test(sentence.slice(from, start)) ? 'plan' : 'forecast';
  if (TOPIC_CALLED_OFF_JA.test(sentence.slice(end))) return 'cancelled';
  return HEADLINE_FUTURE.test(sentence.slice(from, start)) ? 'plan' : 'fact';
}

const CALLED_OFF = CUE_PATTERNS.find((cue) => cue.modality === 'cancelled')!.pattern;
const HEARSAY_CUE = CUE_PATTERNS.find((cue) => cue.modality === 'rumour')!.pattern;
const REVISION = phrasePattern(REVISION_PHRASES, 'i', String.raw`[\w-]`);

/**
 * Whether the words that speak for the figure at [start, end) of `sentence` tell it as a plan revised: "raised its 2026
 * capex plan to about $215 billion, up from $200 billion" (the $215 billion; the $200 billion compared is told by its own words).
 */
export function tellsRevision(sentence: string, start: number, end: number): boolean {
  return REVISION.test(scopeOf(sentence, start, end));
}

/** Whether the last words of `text` say something was called off (a timeline entry's "Microsoft cancels…"), offers or not. */
export function callsOff(text: string): boolean {
  return CALLED_OFF.test(lastScope(text));
}

/** Whether the last words of `text` tell it as hearsay ("…, Nikkei reported on Friday", "people familiar with the talks said"). */
export function saysHearsay(text: string): boolean {
  return HEARSAY_CUE.test(lastScope(text));
}

/** The words that speak at the end of `text`: the full stop that ends it (。 breaks a scope) is no clause of its own. */
function lastScope(text: string): string {
  const end = text.replace(/[\s。．.!！?？]+$/u, '').length;
  return scopeOf(text, end, end);
}

/** How an offer ended, as `text` (a sentence that mentions it) says, or null. */
export function offerStatusOf(text: string): OfferStatus | null {
  return OFFER_STATUS.find((s) => s.pattern.test(text))?.status ?? null;
}

/**
 * How the offer of the figure at [start, end) of `sentence` ended, where `values` are every figure of the sentence:
 * words between two figures tell of the one whose clause they are in. In "weighing a $32 billion bid for Wiz, which
 * turned down a $23 billion offer last summer" it is the $23 billion that was turned down, not the bid; in "offered
 * $50 billion, which OpenAI rejected" (no figure after it) the $50 billion.
 */
export function offerStatusAt(sentence: string, start: number, end: number, values: { start: number; end: number }[]): OfferStatus | null {
  const before = values.filter((v) => v.end <= start).at(-1);
  const after = values.find((v) => v.start >= end);
  // Before it: from the previous figure's clause on, only the words of its own clause; with no figure before, all of them.
  const from = before ? Math.max(before.end, clauseStart(sentence, start)) : 0;
  // After it: up to the next figure's clause, whose words are that figure's.
  const to = after ? Math.max(end, clauseStart(sentence, after.start)) : sentence.length;
  return offerStatusOf(`${sentence.slice(from, start)} ${sentence.slice(end, to)}`);
}
