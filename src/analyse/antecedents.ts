/**
 * Whom a sentence's words stand for when they do not name a company: "It" and "its" (the company the
 * sentence or line before opened with), "the lab" (the AI lab its text named last), and a line that
 * only names a company ("Last one: Nvidia."), which the sentences after it are about. Each returns
 * the sentence as the figure reader should read it, or the company meant; the quote stays as written.
 */
import { findEntities } from './entities.ts';
import { findValues } from './parseValue.ts';
import { bareYenOf } from './readFigures.ts';
import { plainText } from './extractClaims.ts';
import { companyGroup } from './vocabulary.ts';
import { ORDINAL } from './periods.ts';
import { splitSentences } from './splitSentences.ts';
import { KINDS } from './epithets.ts';

/** Companies that make AI models, which the news calls "the lab" or "the startup" once it has named them. */
export const AI_LABS = new Set(['OpenAI', 'Anthropic', 'Mistral', 'Cohere', 'xAI']);
/** "The lab's lawyers", "the AI start-up": a model maker named by what it is. */
const LAB_WORD = /\bthe (?:AI |model )?(?:lab|start-?up|model[- ]maker|AI developer)\b(?!\s+(?:market|sector|space|world|industry))/i;

/**
 * `sentence` with its "the lab" or "the start-up" replaced by the AI lab its text named last (`lab`), when it names
 * no company of its own ("Anthropic is exploring a new round … Amazon declined to comment. The lab's lawyers have put
 * $1.5 billion on the table"): the company the article is about is seldom the one called so.
 */
export function withLab(sentence: string, lab: string | undefined): string {
  const word = lab ? LAB_WORD.exec(sentence) : null;
  if (!word || findEntities(plainText(sentence)).some((e) => e.kind === 'company')) return sentence;
  return `${sentence.slice(0, word.index)}${lab}${sentence.slice(word.index + word[0].length)}`;
}

/**
 * "It" or "Its" opening a sentence: the company the sentence before opened with. Not "It is not the first offer OpenAI has
 * turned down": an "It" that is the thing a later clause's own subject acts on (a deal, an offer) stands for no company.
 */
const PRONOUN_OPENING = /^(?:It|Its)\b(?!['’])(?!\s+(?:is|was|isn['’]t|wasn['’]t)\s+(?:not\s+)?the\s+(?:first|second|third|last|latest|only)\s+(?:[\w-]+\s+){1,3}?(?:[A-Z][\w.'’-]*\s+){1,3}(?:has|had|have)\s)/;

/**
 * "The provider's", "The company's", "The company expects", "The chipmaker guided", "The parent company's" (the group of the
 * company before) opening a sentence: a company called by
 * what it is, in a sentence that names none, is the one the sentence before opened with, as "Its" is ("AWS closed March
 * with a record backlog. The provider's revenue for the three months grew 20%" is AWS's, whichever company the article
 * named first). A kind of company ("the chipmaker", "the retailer": `KINDS`) stands only for a company of that kind.
 * Without a possessive, only as the subject of a verb: "The company expects", not "The company town".
 */
const EPITHET_OPENING = new RegExp(String.raw`^The (?:(?<parent>parent(?: company| group)?|holding company)|(?<generic>company|firm|group|provider)|${KINDS.map((k, i) => `(?<k${i}>${k.kind})`).join('|')})(?<possessive>['’]s)?(?=\s)`);

/** Whether the company the words `epithet` opens a sentence with may stand for `company`: any for "the company", one of its kind for "the chipmaker". */
function fitsEpithet(epithet: RegExpExecArray, company: string): boolean {
  const groups = epithet.groups!;
  if (groups.generic !== undefined || groups.parent !== undefined) return true;
  return KINDS.some((k, i) => groups[`k${i}`] !== undefined && k.companies.includes(companyGroup(company)));
}

/** A list item that opens with words standing for a company named before it: "It", "Its", "The company", "The chipmaker's". */
export const opensWithAntecedent = (item: string): boolean => /^\W{0,3}(?:It|Its)\b(?!['’])/.test(item) || EPITHET_OPENING.test(item.replace(/^\W{0,3}/, ''));

/** "it" or "its" opening a clause after a colon or semicolon: "Anthropic is Google's largest TPU customer: it has agreed …". */
const PRONOUN_AFTER_BREAK = /(?<=[:;]\s+)(?:it|its)\b(?!['’])/;
/** "it" or "its" anywhere, never as an object ("the suit against it"): "For its fiscal Q3 it spent $37.5B." */
const PRONOUN = /(?<!\b(?:against|to|of|on|in|for|with|from|about|by|at|into|over|behind|than)\s)\b(?:it|its)\b(?!['’])/i;
/** A label a post or a transcript line opens with: "Post 5/6:", "PRIYA RAMAN:", "2/". */
const LINE_LABEL = /^[^:：]{0,16}[:：]\s*|^\d+\/\d*\s*/;

/** The possessive between a company and what it owns: "Alphabet's Google Cloud", "Microsoft’s Azure". */
const POSSESSIVE_GAP = /^['’]s\s+$/;

/**
 * The company a sentence opens with, after a label it may open with ("Post 5/6: Microsoft doesn't guide …"). Where it
 * opens with a company's own unit ("Ridgeway's Acme Cloud kept pace: its sales …"), the unit is what the sentence is
 * about, and so what "it" or "its" stands for; the parent only says whose unit it is.
 */
function openerOf(sentence: string): string | undefined {
  const plain = plainText(sentence);
  const label = LINE_LABEL.exec(plain);
  const from = label && findEntities(plain.slice(0, label[0].length)).length === 0 ? label[0].length : 0;
  const companies = findEntities(plain).filter((e) => e.kind === 'company');
  const opener = companies.find((e) => e.start >= from && e.start <= from + 4);
  const unit = opener && companies.find((e) => e.name !== opener.name && companyGroup(e.name) === companyGroup(opener.name) && POSSESSIVE_GAP.test(plain.slice(opener.end, e.start)));
  return (unit ?? opener)?.name;
}

/** A verb right after a name, which makes the name its clause's subject: "AWS is growing", "Oracle raised", "CoreWeave expects". */
const VERB_AFTER = /^\s+(?:(?:also|now|still|again)\s+)?(?:is|was|are|were|has|had|will|would|can|could|may|[a-z]+ed|[a-z]{3,}s)\b/;

/**
 * The company a sentence is about where none opens it: the one company it names, when that company is the subject of
 * one of its clauses ("The money matters because AWS is growing fast again."). Not a company named only as an object
 * ("Shares rose after the deal with OpenAI."), nor one of two.
 */
function subjectOf(sentence: string): string | undefined {
  const plain = plainText(sentence);
  const companies = findEntities(plain).filter((e) => e.kind === 'company');
  if (companies.length === 0 || companies.some((e) => e.name !== companies[0]!.name)) return undefined;
  return companies.some((e) => VERB_AFTER.test(plain.slice(e.end))) ? companies[0]!.name : undefined;
}

/** The company the sentence before stands for: the one it opens with, else the one company it names as a subject. */
const antecedentOf = (last: string) => (last === '' ? undefined : (openerOf(last) ?? subjectOf(last)));

/**
 * `sentence` with the "It" it opens with replaced by the company that opened the sentence
 * before ("Anthropic is in talks to raise $30 billion. It raised $13 billion in September"),
 * else the one company that sentence names as a subject (`subjectOf`);
 * so is "it" opening a clause after a colon, by the company that opened this sentence
 * ("Anthropic is Google's largest TPU customer: it has agreed to use up to 1 million TPUs"),
 * and, in a sentence that names no company, "it" anywhere ("Post 5/6: Microsoft doesn't guide
 * on a calendar year. For its fiscal Q3 it spent $37.5B."), and "The company's", "The company expects"
 * or "The chipmaker" opening a sentence that names none (`EPITHET_OPENING`).
 */
export function withOpener(sentence: string, last: string): string {
  const epithet = LAB_WORD.test(sentence) ? null : EPITHET_OPENING.exec(sentence);
  const asSubject = epithet && (epithet.groups!.possessive !== undefined || VERB_AFTER.test(sentence.slice(epithet[0].length)));
  if (epithet && asSubject && last !== '' && !findEntities(plainText(sentence)).some((e) => e.kind === 'company')) {
    const opener = antecedentOf(last);
    // "The parent company's capital expenditures", after a sentence about Alphabet or Google Cloud: the group's.
    const meant = opener && epithet.groups!.parent !== undefined ? companyGroup(opener) : opener;
    return meant && fitsEpithet(epithet, meant) ? `${meant}${epithet.groups!.possessive ? '’s' : ''}${sentence.slice(epithet[0].length)}` : sentence;
  }
  const pronoun = PRONOUN_OPENING.exec(sentence);
  if (pronoun) {
    const opener = antecedentOf(last);
    return opener ? `${opener}${pronoun[0] === 'Its' ? '’s' : ''}${sentence.slice(pronoun[0].length)}` : sentence;
  }
  const inClause = PRONOUN_AFTER_BREAK.exec(sentence);
  const own = inClause ? openerOf(sentence.slice(0, inClause.index)) : undefined;
  if (inClause && own) return `${sentence.slice(0, inClause.index)}${own}${inClause[0] === 'its' ? '’s' : ''}${sentence.slice(inClause.index + inClause[0].length)}`;
  const relative = RELATIVE_PRONOUN.exec(sentence);
  const subject = relative ? relativeSubject(sentence.slice(0, relative.index)) : undefined;
  if (relative && subject) {
    const at = relative.index + relative[0].length - 2;
    return `${sentence.slice(0, at)}${subject}${sentence.slice(at + 2)}`;
  }
  // (A sentence that calls its subject "the lab" is left to `withLab`.)
  const anywhere = last !== '' && !LAB_WORD.test(sentence) ? PRONOUN.exec(sentence) : null;
  if (!anywhere || findEntities(plainText(sentence)).some((e) => e.kind === 'company')) return sentence;
  const opener = openerOf(last);
  return opener ? `${sentence.slice(0, anywhere.index)}${opener}${anywhere[0].toLowerCase() === 'its' ? '’s' : ''}${sentence.slice(anywhere.index + anywhere[0].length)}` : sentence;
}

/** "it" as the subject of a relative clause that hangs on a place in or thing of another: "…, the rival in which it has sunk $8bn". */
const RELATIVE_PRONOUN = /\b(?:(?:in|into|to|on|for|of|with|behind) which|where)\s+it(?=\s)/i;

/**
 * Whom "it" stands for in a relative clause after `before` ("The snub leaves Oracle leaning on Mistral, the lab in which it
 * has put $2 billion"): not the company the clause hangs on, named last, which "which" stands for, but the one other
 * company the sentence named before it; none where it names no other, or several.
 */
function relativeSubject(before: string): string | undefined {
  const companies = findEntities(plainText(before)).filter((e) => e.kind === 'company');
  const hangsOn = companies.at(-1);
  const others = new Set(companies.filter((e) => companyGroup(e.name) !== companyGroup(hangsOn!.name)).map((e) => e.name));
  return others.size === 1 ? [...others][0] : undefined;
}

/** A sentence that only names a company, maybe after a label: "Last one: Nvidia.", "Next, Oracle.", "Microsoft." */
const TOPIC_LINE = /(?:^|[:：,]\s*)([^:：,]{1,40}?)\s*[.。!?]?$/;

/** The company a topic line names, or undefined. */
export function topicOf(sentence: string): string | undefined {
  const plain = plainText(sentence);
  const tail = TOPIC_LINE.exec(plain)?.[1];
  if (!tail || findValues(plain, bareYenOf(plain)).length > 0) return undefined;
  const named = findEntities(tail).filter((e) => e.kind === 'company');
  return named.length === 1 && tail.slice(0, named[0]!.start).trim() === '' && tail.slice(named[0]!.end).trim() === '' ? named[0]!.name : undefined;
}

/**
 * The company a sentence of no figure opens on, where it names no other group's: "Nvidia itself is not short of customers.
 * Owen ran through Wednesday's figures: revenue of $79.3bn …" — the sentence after it that names no one goes on with it.
 */
export function openingTopicOf(sentence: string): string | undefined {
  const plain = plainText(sentence);
  const named = findEntities(plain).filter((e) => e.kind === 'company');
  const first = named[0];
  if (!first || !/^\W*$/.test(plain.slice(0, first.start)) || findValues(plain, bareYenOf(plain)).length > 0) return undefined;
  return named.every((e) => companyGroup(e.name) === companyGroup(first.name)) ? first.name : undefined;
}

/** The verbs of a company that reports. */
const REPORTS = 'reported|reports|said|says|announced|announces|posted|posts|disclosed|discloses|published|publishes|released|releases';
/** After a company's name (and its ticker or an aside), the verb of a company that reports: "(NYSE:CRM) reported on November 24". */
const REPORTS_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,.;]{1,60},\s*)?(?:(?:also|has|had|on \w+(?: \d{1,2})?,?)\s+)?(?:${REPORTS})\b`, 'i');

/** A verb of reporting near a text's start: only such a text is split to read its first sentence (`reporterOf`). */
const REPORTS_NEAR = new RegExp(String.raw`\b(?:${REPORTS})\b`, 'i');

/**
 * The company a text's first sentence, of no figure, opens on as the one that reports: "Salesforce (NYSE:CRM) reported on
 * November 24.", "Vertiv, the power-equipment maker, said on Wednesday that …". The sentences after it that name no one
 * are its figures.
 */
export function reporterOf(text: string): string | undefined {
  if (!REPORTS_NEAR.test(text.slice(0, 160))) return undefined;
  const plain = plainText(splitSentences(text)[0] ?? '');
  if (findValues(plain, bareYenOf(plain)).length > 0) return undefined;
  const first = findEntities(plain)[0];
  if (!first || first.kind !== 'company' || !/^\W{0,3}(?:the\s+)?$/i.test(plain.slice(0, first.start))) return undefined;
  return REPORTS_AFTER.test(plain.slice(first.end)) ? first.name : undefined;
}

/** A fiscal year named: "fiscal 2026", "fiscal year 2026", "FY2026", 2026财年, 2026會計年度. */
const FISCAL_YEAR_NAMED = /\b(?:fiscal(?:\s+year)?\s+|FY\s?)(20\d{2})\b|(20\d{2})\s*(?:财年|財年|会计年度|會計年度)/gi;
/** A quarter named by its number: "third quarter", "Q3", 第三财季, 第3季度. */
const QUARTER_NUMBER = /\b(first|second|third|fourth)[- ]quarter\b|\bQ([1-4])\b|第\s*([一二三四1-4])\s*(?:财季|財季|季度|季)/gi;
/**
 * A fiscal quarter without its year: "the fourth quarter", "fiscal Q4", 第四财季, and 第4季 as Taiwan writes a quarter
 * (not 2026财年第四财季, 2025年第4季, nor 上一财季).
 */
const BARE_QUARTER = /(?<![\d年度])(?:第\s*)?([一二三四1-4])\s*(?:财季|財季)|(?<![\d年度])第\s*([一二三四1-4])\s*季(?!度)|\b(?:fiscal\s+)?(?:(first|second|third|fourth)[- ]quarter|Q([1-4]))\b(?!\s+(?:of\s+)?(?:(?:its|the)\s+)?(?:fiscal|FY|20\d{2}))/i;
/** Words that give a sentence a year of its own: "2025", 今年, "next year", "fiscal 2027". */
const OWN_YEAR = /\b20\d{2}\b|\bFY\s?\d{2}|(?:今|去|明|本|来|來)年|\b(?:this|last|next|the prior|the previous) (?:fiscal )?year\b/i;

/** The fiscal year the sentence names last, with the quarter it names after it, if any ("fiscal 2026's third quarter" → 2026, 3). */
function fiscalYearOf(sentence: string): { year: string; quarter: number | undefined } | undefined {
  const named = [...sentence.matchAll(FISCAL_YEAR_NAMED)].at(-1);
  if (!named) return undefined;
  const quarters = [...sentence.matchAll(QUARTER_NUMBER)].map((q) => ORDINAL[(q[1] ?? q[2] ?? q[3])!.toLowerCase()]!);
  return { year: (named[1] ?? named[2])!, quarter: quarters.length > 0 ? Math.max(...quarters) : undefined };
}

/**
 * `sentence` with its own fiscal year written beside the quarter it names after it without one: "Microsoft's fiscal 2026
 * capex totalled $152.6bn, with $42.6bn in the fourth quarter alone" is that fiscal year's fourth quarter (not the
 * calendar's). Only where the fiscal year is the one year the sentence names; else null.
 */
function withOwnFiscalYear(sentence: string, bare: RegExpExecArray): string | null {
  const named = [...sentence.slice(0, bare.index).matchAll(FISCAL_YEAR_NAMED)];
  if (named.length !== 1 || (named[0]![1] ?? '') === '') return null;
  const rest = sentence.replace(named[0]![0], '').replace(bare[0], '');
  if (OWN_YEAR.test(rest) || [...sentence.slice(0, bare.index).matchAll(QUARTER_NUMBER)].length > 0) return null;
  const end = bare.index + bare[0].length;
  return `${sentence.slice(0, end)} of fiscal ${named[0]![1]}${sentence.slice(end)}`;
}

/**
 * `sentence` with the fiscal year of the sentence before written beside the fiscal quarter it names without one: "Nvidia
 * closed fiscal 2026's third quarter with record sales. For the fourth quarter it expects $70 billion." is that fiscal
 * year's fourth quarter, as is 第四财季 after 2026财年第三财季. Only a later quarter than the one named before (a first
 * quarter after a third is the next year's), and only when the sentence names no year and no other company of its own.
 */
export function withFiscalYearBefore(sentence: string, last: string): string {
  const bare = BARE_QUARTER.exec(sentence);
  if (bare && bare[3] && !bare[0].startsWith('fiscal')) {
    const own = withOwnFiscalYear(sentence, bare);
    if (own) return own;
  }
  if (!bare || last === '' || OWN_YEAR.test(sentence.replace(bare[0], ''))) return sentence;
  const before = fiscalYearOf(last);
  const quarter = ORDINAL[(bare[1] ?? bare[2] ?? bare[3] ?? bare[4])!.toLowerCase()]!;
  if (!before || (before.quarter !== undefined && quarter <= before.quarter)) return sentence;
  const ours = new Set(findEntities(plainText(last)).filter((e) => e.kind === 'company').map((e) => companyGroup(e.name)));
  if (findEntities(plainText(sentence)).some((e) => e.kind === 'company' && !ours.has(companyGroup(e.name)))) return sentence;
  const end = bare.index + bare[0].length;
  return bare[1] || bare[2] ? `${sentence.slice(0, bare.index)}${before.year}财年${sentence.slice(bare.index)}` : `${sentence.slice(0, end)} of fiscal ${before.year}${sentence.slice(end)}`;
}
