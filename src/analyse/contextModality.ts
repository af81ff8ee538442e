/**
 * Modality told beyond a figure's own sentence. News often states a figure plainly and puts what it is elsewhere: in
 * the heading of its section ("## Guidance", "## What analysts expect", "## 市场传闻", "## 見通し"), in a sentence of no
 * figure that announces it ("Here is what the Street is looking for.", 分析师给出了如下预测。), in hearsay the sentence
 * before names its source for ("…, Nikkei reported on Friday. The facility totals $15 billion"), in a sentence after it
 * that calls it off ("That plan is now dead.", 该计划已被叫停。), or in a tag of its headline ("Sources: …", 消息人士：…).
 * A figure whose own words give it a modality keeps it; one told as plain fact takes the context's, unless its own words
 * tell a result that happened (a heading of guidance may also hold last year's actual).
 */
import type { Modality } from '../schemas.ts';
import { callsOff, readModality, saysHearsay } from './modality.ts';
import { memoByText } from '../memoByText.ts';

/** A modality a context gives figures of no cue of their own. */
export type ContextModality = Extract<Modality, 'plan' | 'forecast' | 'rumour'>;

/** Hearsay, named as such: "rumour mill", "what insiders say", 市场传闻, 消息人士, 関係者の話, 観測. */
const HEARSAY = /\b(?:rumou?rs?|rumou?r mill|chatter|gossip|whispers|scuttlebutt|speculation|unconfirmed|people familiar|(?:sources|insiders) (?:say|said|close to)|(?:what )?(?:sources|insiders) (?:say|tell))\b|传闻|傳聞|传言|傳言|传出|傳出|消息人士|知情人士|小道消息|市场消息|市場消息|関係者|事情に詳しい|うわさ|噂|観測/i;
/**
 * Expectations: "What analysts expect", "Estimates", "consensus", "Our predictions", "price targets", "what the Street is
 * looking for", 预测, 预期, 看法, 見方, 予想 — not "beat expectations", a result told against them. Whose they are is the
 * company's where the words name it ("What management expects"), else someone else's.
 */
const EXPECTS = /\b(?:expects?|expected|expectations?|estimates?|consensus|forecasts?|predictions?|projections?|preview|price targets?|looking for|(?:our|analysts['’]?|the street['’]s) (?:view|take|call)|whisper(?:s| numbers?))\b|预测|預測|预期|預期|看法|见解|見解|見方|予想|予測|コンセンサス/i;
const COMPANY_WORDS = /\b(?:company|management|executives|the firm)\b|公司|管理层|管理層|会社|経営陣/i;
/** Words that set a result against expectations: "Results beat expectations", 高于预期, 予想を上回る. */
const AGAINST = /\b(?:beat|beats|top(?:s|ped)?|miss(?:es|ed)?|ahead of|above|below|versus|vs\.?|against|than)\b|超出|超过|超過|高于|高於|低于|低於|好于|好於|不及|上回|下回/i;
/** A company's own plans: "Guidance", "Outlook", "Targets", 业绩指引, 展望, 目标, 見通し, 会社計画. */
const OWN_PLANS = /\b(?:guidance|outlook|targets?|plans?|goals?|budgets?)\b|指引|展望|计划|計劃|計畫|目标|目標|预算|預算|見通し|計画|会社予想|予算|方針/i;

/** The modality words about figures give them, or null: hearsay first, then expectations (a company's own, or others'), then plans. */
function cueOf(words: string): ContextModality | null {
  if (HEARSAY.test(words)) return 'rumour';
  if (AGAINST.test(words)) return null;
  if (EXPECTS.test(words)) return COMPANY_WORDS.test(words) ? 'plan' : 'forecast';
  return OWN_PLANS.test(words) ? 'plan' : null;
}

/** Chinese or Japanese text, whose headings are read whole. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * A heading short enough to be a label of what its section holds ("Guidance", "What analysts expect", "## 市场传闻",
 * "## 見通し"): a longer one, or one that lists ("Rumours, refusals and retreats"), names topics, whose section tells
 * actuals too.
 */
const isLabel = (heading: string) => !/,|、|\s(?:and|&)\s|[与和及與]/u.test(heading) && heading.split(/\s+/).length <= 7 && heading.replace(/[\s\p{P}]/gu, '').length <= 36 && (!CJK.test(heading) || heading.replace(/[\s\p{P}]/gu, '').length <= 8);

/**
 * The modality a section heading gives the figures under it, or null. An English label opens with what it holds ("Guidance",
 * "What analysts expect", "The rumour mill", "Our predictions for 2026"): a heading whose cue comes later tells news of its own
 * ("Amazon trims its AI spending plan"), as a headline does.
 */
export function headingModality(heading: string): ContextModality | null {
  if (!isLabel(heading) || AGAINST.test(heading)) return null;
  return cueOf(CJK.test(heading) ? heading : heading.split(/\s+/).slice(0, 4).join(' '));
}

/**
 * A sentence of no figure that announces the figures after it: "Here is what …", "as follows", "the following", one that
 * ends in a colon, 如下, 以下是, 次の通り; or one that says someone laid out, gave or outlined targets, guidance or forecasts
 * ("Microsoft executives laid out their targets for the next fiscal year", 管理层给出了明年的目标, 来期の目標を示した).
 */
const ANNOUNCES = /\b(?:here(?:['’]s| is| are)|as follows|the following|below)\b|[:：]\s*$|如下|以下(?:是|为|為)|次の(?:通り|とおり)|以下の(?:通り|とおり)/i;
const LAID_OUT = /\b(?:laid out|lays out|set out|sets out|outlined|outlines|gave|gives|spelled out|shared|detailed|described|unveiled)\b|(?:给出|給出|公布|披露|提出|发布|發布)了?|(?:示し|公表し|発表し|明らかにし)た/i;

/** The modality a sentence of no figure that announces what follows gives the figures after it in its section, or null. */
export const leadInModality = memoByText((sentence: string): ContextModality | null => {
  if (!ANNOUNCES.test(sentence) && !(LAID_OUT.test(sentence) && (OWN_PLANS.test(sentence) || EXPECTS.test(sentence)))) return null;
  const cue = cueOf(sentence);
  if (cue) return cue;
  const told = readModality(sentence, sentence.length, sentence.length, true);
  return told === 'plan' || told === 'forecast' || told === 'rumour' ? told : null;
});

/** Hearsay a sentence names its source for, in Chinese or Japanese: 据《晚点》报道, 供應鏈傳出, 関係者によると, と報じた. */
const HEARSAY_CJK = /[据據][^，。,]{0,20}(?:报道|報導|報道|消息)|援引|(?:報道|报道|報導)によると|と報じ(?:た|ている)|(?:関係者|事情に詳しい(?:人|筋))(?:によると|によれば|の話では|は)/u;

/** Whether `sentence` tells its story as hearsay, which the next sentence of its paragraph goes on telling. */
export const tellsHearsay = memoByText((sentence: string): boolean => HEARSAY.test(sentence) || HEARSAY_CJK.test(sentence) || saysHearsay(sentence));

/** A line that gives a figure its label: "Azure growth: at least 35%", "收入增速：不低于20%" — a list's row written as prose. */
export const isLabelLine = (text: string): boolean => text.length <= 100 && /^[^.。:：]{1,40}[:：]/u.test(text);

/** "per AWS", "according to the company": a figure its sentence attributes to its source. */
const ATTRIBUTED = /\bper (?:[A-Z][\w&.-]*|the company)\b|\b[Aa]ccording to (?:the company|its (?:filing|release|statement|results)|[A-Z][\w&.-]*(?:'s)? (?:filing|release|statement|results))/;
/** A sentence that speaks for itself: a company says, confirms or announces what it states. */
const OWN_WORD = /\b(?:said|says|confirmed|confirms|announced|announces|disclosed|discloses|pointed out|noted|spokes(?:person|man|woman)|tells? (?:customers|investors|analysts)|told (?:customers|investors|analysts|reporters)|in a (?:statement|filing|release)|filings? show(?:s|ed)?)\b|表示|宣布|确认|確認|证实|證實|公告|公布|披露|发言人|發言人|[称稱]|発表|明らかにした|と説明|としている|広報/i;

/**
 * A result that happened, in the figure's own words: "revenue was", "it spent", "has already committed", "so far", 累计,
 * 已, 完成了, だった, 完了した (a heading of guidance may hold last year's actual beside the outlook; a paragraph of hearsay
 * the money a company has already put in).
 */
const RESULT = /\b(?:year-ago|was|were|rose|grew|fell|reported|posted|came in|came to|totall?ed|jumped|climbed|increased|declined|dropped|spent|raised|invested|booked|recorded|generated|delivered|ended|closed|finished|stood|signed|completed|already|so far|to date|actuals?)\b|累计|累計|迄今|至今|已经|已經|已|此前|曾|完成|签署|簽署|录得|錄得|だった|でした|となった|すでに|既に|(?:完了|完成|締結|実施|計上|記録|達成)した|に達した/i;

/** How strongly a context speaks: a heading, a lead-in or a headline's tag for every figure it holds; hearsay told before, only for a figure not already established. */
export interface ContextOf {
  modality: ContextModality;
  /** Hearsay carried from the sentence before, which a result or a past period ends. */
  carried?: boolean;
}

/**
 * The modality `own` (what a figure's own words give) becomes in `context`, told in `sentence`; `past` says the figure's
 * period ended before the article's month. A figure its own sentence attributes to a company ("the company said",
 * 公司表示), or a fact of a past period or told as a result, keeps its own (but under a heading of hearsay, which reports
 * results too: "## 関係者の話 … 購入した").
 */
export function inContext(own: Modality, context: ContextOf, sentence: string, past: boolean): Modality {
  if ((own !== 'fact' && own !== 'plan') || OWN_WORD.test(sentence) || ATTRIBUTED.test(sentence)) return own;
  if (context.modality === 'rumour') return context.carried && (own === 'plan' || past || RESULT.test(sentence)) ? own : 'rumour';
  return own === 'fact' && !past && !RESULT.test(sentence) ? context.modality : own;
}

/**
 * A sentence that opens by pointing back, or names what it calls off as "that plan", "those orders" ("On November 4 Nvidia
 * disclosed that every one of those orders had been cancelled"), the takeover it told ("…, and the companies have now abandoned
 * the transaction"), 该计划, この契約, その後、計画は (not "This month the partners … dropped plans for one in Ohio", which opens
 * with a time).
 */
const REFERS_BACK = /^[\s"“'‘(（「『]*(?:that|this|the|those|these|it)\b(?!\s+(?:month|week|year|quarter|morning|afternoon|evening|spring|summer|autumn|fall|winter|time)\b)|\b(?:those|these|that|this)\s+(?:orders?|deals?|contracts?|agreements?|leases?|purchases?|plans?|projects?)\b|\b(?:the|that|this)\s+(?:(?:proposed|planned|pending|agreed)\s+)?(?:transaction|takeover|acquisition|merger)\b|(?:该|該|此|这|這|上述|前述|その|この|当該)(?:项|項|笔|筆)?(?:计划|計劃|計畫|项目|項目|合同|合約|协议|協議|交易|投资|投資|計画|契約|案|プロジェクト|事業|提携)|^[\s「『]*(?:その後|之后|之後|此后|此後)?[、，,]?\s*(?:计划|計劃|計畫|計画|契約)/iu;
/** Calling off, in Chinese or Japanese: 已被叫停, 宣布终止, 喊停, 撤回された, 解消した. */
const CALLED_OFF_CJK = /叫停|喊停|取消|终止|終止|撤回|放弃|放棄|中止|告吹|搁置|擱置|解消|白紙|断念|見送/u;

/** Where a clause of cause or time opens after the main one: "… had been cancelled after Chinese regulators told buyers to stop". */
const CAUSE_OR_TIME = /\s(?:after|because|as|when|once|since)\s/i;

/**
 * Whether `sentence`, of no figure, calls off what the sentence before told: "That plan is now dead", 该计划已被叫停, 計画は撤回された;
 * its main clause may do so before a clause of cause ("… those orders had been cancelled after regulators told buyers to stop").
 */
export const callsOffBefore = memoByText((sentence: string): boolean => REFERS_BACK.test(sentence) && (CALLED_OFF_CJK.test(sentence) || callsOff(sentence) || callsOff(sentence.split(CAUSE_OR_TIME)[0]!)));

/** A headline's tag that puts the story on hearsay or on others' expectations: "Sources: …", 消息人士：, 市場傳言：, 関係者：, アナリストはこう見る：. */
const HEADLINE_TAG = /^[^:：]{0,14}[:：]/u;

/** The modality a headline's tag gives the lead's figures of no cue of their own, or null. */
export function headlineTagModality(title: string): ContextModality | null {
  const tag = HEADLINE_TAG.exec(title)?.[0];
  if (!tag) return null;
  return /^\s*(?:exclusive|scoop|sources?|report)\s*[:：]/i.test(tag) ? 'rumour' : cueOf(tag);
}

/**
 * Whether `period` (a key's: `2025`, `2026-q1`, `2026-h1`, `FY2026`, case aside) ended before the month of an article of
 * `year`-`month`, on the calendar of a company whose fiscal year ends in `fiscalEnd`: its fiscal year 2026 ends in that month
 * of 2026, and a fiscal quarter filed under a calendar one ends a month after it (a year ending in January: August–October
 * is the third quarter) or a month before it (a year ending in November: September–November is the fourth).
 */
export function periodEnded(period: string | null, year: number | null | undefined, month: number | null | undefined, fiscalEnd = 12): boolean {
  const p = /^(FY)?(\d{4})(?:-([qh])([1-4]))?$/i.exec(period ?? '');
  if (!p || !year || !month) return false;
  const span = p[3]?.toLowerCase() === 'q' ? 3 : 6;
  const shift = p[3]?.toLowerCase() === 'q' ? [0, 1, -1][fiscalEnd % 3]! : 0;
  const lastMonth = p[3] ? Number(p[4]) * span + shift : p[1] ? fiscalEnd : 12;
  return Number(p[2]) * 12 + lastMonth < year * 12 + month;
}
