/**
 * Reads a figure's modality from the words around it: reported as so (`fact`), a
 * company's own plan or guidance (`plan`), someone else's prediction (`forecast`), an
 * offer or bid (`offer`, with whether it was accepted or rejected), a deal called off
 * (`cancelled`) or hearsay (`rumour`). The cues are one table, one row per modality;
 * a second language is more phrases.
 */
import type { Modality, OfferStatus } from '../schemas.ts';
import { phrasePattern } from './entities.ts';

interface ModalityCue {
  modality: Exclude<Modality, 'fact'>;
  /** Regular-expression sources, matched case-insensitively on word boundaries. */
  phrases: string[];
  /** Said only of deals (an investment, an acquisition): "Trainium2 offers 4x the performance" is no offer. */
  dealsOnly?: boolean;
}

/** Brokers and research houses whose view of a figure is their forecast: "Morgan Stanley sees …", "Bernstein estimates …". */
const BROKERS = String.raw`Morgan Stanley|Goldman(?: Sachs)?|JP ?Morgan|Bernstein|Jefferies|Evercore(?: ISI)?|UBS|Citi(?:group)?|Barclays|BofA(?: Securities)?|Bank of America|Wedbush|Mizuho|Deutsche Bank|KeyBanc|Piper Sandler|Needham|Oppenheimer|Raymond James|Wells Fargo|(?:TD )?Cowen|Morningstar|Gartner|IDC`;

/** "declined to comment" (or to confirm) says nothing of an offer. */
const NOT_COMMENT = String.raw`(?!\s+to\s+(?:comment|discuss|elaborate|say|confirm|deny))`;

/** "will" or "would" of a figure to come ("will be", "will spend"), not of a comparison ("analysts will compare"). */
const WILL_DO = String.raw`(?: \w+ly)? (?:be|spend|invest|reach|total|grow|rise|increase|expand|exceed|top|hit|cost|raise|buy|deploy|build|commit|put|pay|add|use|double|triple|pour|inject)\b`;

/**
 * The most specific modality first: a reported offer is an offer, and so is one turned
 * down or walked away from ("walked away from a $50 billion offer"); a plan that is
 * reportedly cancelled is cancelled; a plan or forecast that only hearsay reports is a
 * rumour; analysts' expectations are a forecast and not the company's plan.
 */
export const MODALITY_CUES: ModalityCue[] = [
  { modality: 'offer', dealsOnly: true, phrases: ['offer(?:ed|s|ing)?', 'bids?', 'bidding', 'dangl(?:ed|es|ing)', 'propos(?:al|als|ed|es|ing)', 'turned down', 'turns? down', 'reject(?:ed|s|ing|ion)?', 'rebuff(?:ed|s)?', 'said no to', 'says no to', `declin(?:ed|es)${NOT_COMMENT}`, 'spurn(?:ed|s)?', 'unsolicited', 'tender', 'pitch(?:ed|ing)', 'float(?:ed|ing)', 'on the table', 'overtures?',
    // "Why OpenAI walked away from Amazon's $50B", "turned its back on Microsoft's": another company's money, turned down, was offered.
    "(?:walked away from|turned (?:its|their|his|her) backs? on|passed on|snubbed)(?= (?:the )?[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,2}['’]s\\b)", '提议', '提議', '提出', '报价', '報價', '出价', '出價', '要约', '竞购', '競購', '拒绝', '拒絕', '回绝', '回絕', '婉拒', '提案', '拒否', '持ちかけ', '持ち掛け', '申し出', '提示(?:した|され|額)', '开价', '開價', '断られ', '打診', '(?:出資|投資|買収)案'] },
  { modality: 'cancelled', phrases: ['cancel(?:l?ed|s|ling|lation)?', 'scrapp?(?:ed|ing|s)?', 'called off', 'calls? off', 'calling off', 'abandon(?:ed|s|ing)?', 'shelv(?:e|ed|es|ing)', 'pulled (?:out|the plug)', 'walked away',
    // "the $1-billion data centre it dropped", "a campus that was scrapped": the verb after what was called off.
    '(?:it|they|which|that)(?: (?:had|has|have|was|were))? (?:dropped|scrapped|cancell?ed|abandoned|shelved|axed|ditched|nixed|mothballed)',
    // "reversed course on a $1 billion campus", "backed out of", "nixed", "axed", "ditched": other verbs of calling a project off.
    'revers(?:ed|es|ing) course', 'back(?:ed|s|ing)? out', 'nix(?:ed|es|ing)', 'ax(?:ed|es|ing)', 'ditch(?:ed|es|ing)', 'jettison(?:ed|s|ing)?', 'mothball(?:ed|s|ing)?', 'pull(?:ed|s|ing)? back from', 'U-turn', 'terminat(?:e|ed|es|ing)', 'fell through', 'collapsed', 'withdr(?:ew|aw|awn|aws|awing)',
    // The figure inside the phrase is blanked out when the cue is read: "dropped a  campus", "pulled its  project".
    'dropp?(?:s|ed|ing)? (?:(?:a|an|its|the|their) \\s*)?(?:planned |proposed )?(?:[\\w$-]+ ){0,4}?(?:project|plan|campus|site|deal|bid|proposal|facility)s?', "pull(?:s|ed|ing)? (?:its|the|their|a) \\s*(?:[\\w-]+ )?(?:proposal|plan|application|bid|project)s?", '取消', '撤回', '放弃', '放棄', '终止', '終止', '叫停', '喊停', '搁置', '擱置', '暂停', '暫停', '冻结', '凍結', '撤销', '撤銷', '中止', '断念', '白紙撤回', '見送(?:り|った|る|られ)'] },
  // 开出500亿美元的条件, 入股邀约, 遭到拒绝, 被拒: a sum put to another company, or turned down by it, is an offer.
  { modality: 'offer', dealsOnly: true, phrases: ['开出', '開出', '邀约', '邀約', '遭(?:到)?(?:拒绝|拒絕)', '遭拒', '被拒'] },
  // Hearsay speaks for the plan or forecast it reports: "is weighing …, according to a person briefed on the talks".
  { modality: 'rumour', phrases: ['reportedly', '(?:is|are|was|were) reported to', 'reports? (?:say|said|suggest)\\w*', 'people (?:familiar|briefed|close)(?: with| to| say| said| says| tell| told)', '(?:the|a|one|two|three|several)(?: of (?:the|those|these|them))? (?:person|people)(?: [\\w-]+){0,4} (?:said|says|say)', 'according to (?:people|sources|persons?|a person|insiders|reports?)', 'sources? (?:said|say|says|familiar|close)', 'rumou?r(?:s|ed)?', 'social[- ]media', 'circulat(?:ing|ed)', 'went viral', 'online (?:chatter|speculation)', '(?:a|the|one|some|several) (?:top |viral |popular |widely[- ](?:shared|circulated|read) )?(?:posts?|threads?|tweets?|bloggers?|commenters?)\\b', 'citing no(?: one|body| sources?)\\b',
    // "Posts on X claimed …", "users on Reddit say …", "User kdrift insisted …": what people post is hearsay, not the company's figure.
    '(?:posts?|threads?|tweets?|users?|commenters?|posters?|redditors?|accounts?) (?:on|in) (?:X|Twitter|Reddit|Threads|Bluesky|LinkedIn|StockTwits|Hacker News|Weibo|forums?|message boards?|social media)\\b',
    // "A chart shared on Reddit put …", "Screenshots on X claimed …", "Social posts touting …": pictures and posts passed around are hearsay too.
    '(?:charts?|screenshots?|images?|graphics?|slides?|memes?)(?: (?:shared|posted|circulated|circulating|going around))? (?:on|in) (?:X|Twitter|Reddit|Threads|Bluesky|LinkedIn|StockTwits|Hacker News|Weibo|forums?|message boards?|social media)\\b', '(?:social|online|viral) (?:posts?|chatter|claims?|speculation)',
    // A figure the company denies or will not confirm is what others say: "Amazon denied reports of …", "; AMZN did not confirm it".
    'den(?:y|ies|ied|ying) (?:the )?(?:reports?|rumou?rs?|claims?|talk|speculation)', '(?:did not|didn[’\'‘]t|has not|hasn[’\'‘]t|have not|would not|declined to|refused to) (?:confirm|verify)', '(?:a |one |the )?(?:users?|commenters?|posters?|redditors?)(?: [\\w-]+){0,2} (?:insist|claim|assert|speculat|guess|swear|swore)\\w*', 'unsourced', '(?:with no|without (?:a|any)) sources?', '(?:is|are|was|were) said to', '(?:is|are|was|were) understood to', 'in talks', 'unconfirmed', 'allegedly', '据报道', '另据报道', '據報導', '據報道', '据知情人士', '知情人士', '据悉', '據悉', '消息人士',
    // "Amazon has not confirmed talk that …", "Neither side has confirmed it": a figure its parties do not stand behind.
    "(?:(?:has|have|had|did|does|do)(?: not|n['’]t)|would not|wouldn['’]t|could not|couldn['’]t) (?:publicly )?confirmed", 'neither (?:side|company|party|firm) (?:has |have |had )?(?:publicly )?confirmed', 'not (?:been )?confirmed', 'talk (?:that|of)', 'speculation',
    // 據接近交易的人士透露, 据一位了解情况的人士称, 据透露: people close to it, unnamed.
    '[据據]透露', '(?:接近|熟悉|了解)[^,，。;；]{0,12}?人士', '[据據][^,，。;；]{0,20}?人士', '据传', '據傳', '传闻', '傳聞', '传言', '傳言', '网传', '網傳', '(?:网上|網上|坊间|坊間|市场|市場)?(?:流传|流傳)', '洽谈', '洽談', '協議(?:中|して)', '交渉(?:中|して)',
    // 据彭博社报道, 據路透報導, 外媒报道, …と報じた: a report names its outlet between 据 and 报道.
    '[据據][^,，。;；]{0,20}?(?:报道|報導|報道)', '(?:外媒|媒体|媒體|彭博社?|路透社?)(?:报道|報導|報道)', '(?:报道|報導)[称稱指]', '(?:有|另有)?消息[称稱指]', '有消息', 'と報じ', '報じられ', 'と伝え(?:た|ている|られ)', '関係者の話',
    // A headline that opens with 传 ("rumoured"): 【传亚马逊拟再投资…】, 傳蘋果將….
    '(?:^|(?<=[【\\[「『《]))[传傳](?![统統输輸感播递遞承奇媒闻聞言出送达達])', '関係者によると', '報道によると',
    // 市场曾传出…的消息, 未予证实, 未経確認, 確認されていない: what the market passed around, or no one confirmed (never 未确认为收入, revenue not yet recognised).
    '(?:市场|市場|坊间|坊間|外界|业内|業內|业界|業界)(?:曾|一度|近日|日前|早前)?[传傳]出', '(?:均|都|并|並|尚|仍)?未(?:予|获|獲|经|經)?(?:证实|證實)', '(?:未|尚未)(?:获|獲|经|經)?(?:确认|確認)(?!为|為|收入|营收|營收|的?(?:合同|合約|订单|訂單))', '未確認', '確認(?:されて|して)いない', '(?:已|并|並)?(?:予以)?否[认認]', '否定し(?:た|ている)'] },
  // The company's own forecast or outlook is its plan, not someone else's forecast.
  { modality: 'plan', phrases: ["(?:its|their|the company['’]s|management['’]s) (?:[\\w-]+ ){0,3}(?:forecasts?|projections?|outlook|guidance|targets?)", '(?:会社|自社|同社)(?:側)?の?(?:予想|見通し)', '業績予想'] },
  {
    modality: 'forecast',
    phrases: [
      // "Analysts at Bernstein, a broker, reckon …": a few words, an apposition between commas, before the verb.
      // (Not investors or analysts a company "told to expect": that is its own guidance.)
      `(?<!\\b(?:told|tells?|telling|warned|warns|assured|reassured|advised|guided)\\s)(?:analysts?|Wall Street|investors|economists|the market|consensus|observers|researchers|forecasters|${BROKERS})(?:,? [\\w-]+){0,6},? (?:expect|forecast|estimate|predict|project|anticipate|see|believe|reckon|think|pencil|model)\\w*`,
      // "We expect" is as often a company's own guidance (a transcript, a quote) as an analyst's: only its forecast verbs are a forecast,
      // and an opinion of a figure to come ("We now think 2026 capex comes in around $230 billion", "we reckon").
      'we(?: \\w+){0,3} (?:forecast|estimate|predict|project|model|think|reckon)\\w*',
      'forecast(?:s|ed|ing)?', 'predict(?:s|ed|ing|ion|ions)?', "(?:the )?Street['’]s", '(?:the|Wall) Street (?:had|was|is|were)', 'modell?(?:ed|ing)', 'per (?:FactSet|LSEG|Visible Alpha|Refinitiv)',
      // A quoted analyst's view: "We think AWS can grow north of 30%," wrote Evercore ISI analyst …
      '(?:wrote|writes|said|says|told \\w+)(?: [\\w-]+){0,4} analysts?', 'estimates?', '(?:20\\d{2}|[1-4]Q\\d{2}|F?Q[1-4] ?\\d{2}|[FC]Y ?(?:20)?\\d{2}|[12]H\\d{2}|H[12] ?\\d{2})E', 'projections?', 'is projected', 'are projected', 'estimates? (?:of|from|that|by)',
      '(?:is|are|was|were) expected to', 'expected by', 'polled by', 'consensus', 'could (?:reach|hit|top|exceed|grow|rise)', 'may (?:reach|hit|top|exceed)', 'on track to', 'poised to', 'likely to',
      // 预计 is a company's guidance, and a forecast when analysts, a bank or the market say it.
      '(?:分析师|分析師|分析員|分析员|分析人士|市场|华尔街|華爾街|机构|機構|投行|券商|法人|摩根士丹利|高盛|摩根大通|业内|業內|业界|業界|外界|アナリスト|市場)[^,，。;；]{0,8}?(?:预计|預計|预期|預期|预测|預測|预估|預估|估计|估計|认为|認為|予想|見込む|予測)', '预测', '預測', '有望', '或将', '或將', '市场预期', '市場預期', '(?:市场|市場)?普遍(?:预期|預期)', '一致(?:预期|預期|预测|預測)', 'コンセンサス', '予想', '(?:市场|市場)?(?:共识|共識)', '(?:と|に)(?:み|見)られ(?:る|ている)',
    ],
  },
  {
    modality: 'plan',
    phrases: [
      'plan(?:s|ned|ning)?', 'expect(?:s|ed|ing|ation|ations)?', 'counting on', 'anticipat(?:e|es|ed|ing)', 'guid(?:ance|ed|es|ing)', 'outlook', 'target(?:s|ed|ing)?', 'aim(?:s|ed|ing)?', 'intend(?:s|ed)?', 'budget(?:s|ed|ing)?',
      'earmark(?:s|ed)?', 'pledg(?:e|es|ed|ing)',
      // "Amazon has pencilled in $200 billion": a company's own pencilled-in figure is its plan (analysts' is their forecast, above).
      'pencill?(?:ed|ing|s)? in', 'slated to', 'set to', 'set(?:s|ting)? aside', 'allocat(?:e|es|ed|ing)', 'tentative(?:ly)?', 'letter of intent', 'memorandum of understanding',
      // "Amazon projects capital outlays of about $200 billion", "the company sees spending of …": the verb, not "data centre projects".
      `(?:projects|sees)(?= (?:[\\w-]+ ){0,4}(?:of|at|to)\\b)`, `(?:will|would)${WILL_DO}`, `agreed to${WILL_DO}`, "(?:is|are)(?: \\w+)? going to", 'intends?', 'seeks? to', 'forecast(?:s|ed)? (?:its|their) own',
      // Money to be spent over the years to come: "will invest … over the next five years".
      'starting next year', 'over the (?:next|coming) (?:[\\w-]+ )?(?:years|months|quarters|decade)',
      // Money committed to build something has yet to be spent: "has committed up to $50 billion to build … capacity".
      'commit(?:s|ted|ting)?\\b[^.;]{0,40}\\bto (?:build|construct|develop|expand)',
      '计划', '計劃', '預計', '预计', '预告', '預告', '财测', '財測', '有意(?!义|義|思|识|識|外)', '预估', '預估', '预期', '預期', '拟', '打算', '目标', '指引', '承诺', '将(?!近|这|這|该|該|其|此|之|上述)', '見込(?:む|み|んで|まれ)',
      // 已为资本开支预留约2000亿美元, 今年預算為…: money set aside or budgeted is yet to be spent.
      '预留', '預留', '预算', '預算', '拨出', '撥出', '計画', '予定', '方針', '見通し', '目指(?:す|し|して)',
    ],
  },
];

/** Words that say how an offer ended. */
const OFFER_STATUS: { status: OfferStatus; pattern: RegExp }[] = [
  { status: 'rejected', pattern: /遭(?:到)?拒|被拒|\b(?:turned down|turns? down|said no to|says no to|reject(?:ed|s|ion)|rebuff(?:ed|s)?|declin(?:ed|es)(?!\s+to\s+(?:comment|discuss|elaborate|say|confirm|deny))|spurn(?:ed|s)?|chose (?:to partner with|another|instead)|walked away|turned (?:its|their|his|her) backs? on|passed on|snubbed)\b|拒绝|拒絕|回绝|回絕|婉拒|拒否|断った|断られ/i },
  { status: 'accepted', pattern: /\b(?:accept(?:ed|s)|agreed to (?:the|its|an?) (?:offer|bid|deal)|clinched|sealed)\b|接受了|同意了|受け入れ/i },
];

/** Where a cue no longer speaks for the figures after it: a new clause with its own verb (after a closing quote too: `"rumors about investments," and says …`), or a question. */
const SCOPE_BREAK = /[?？]|;|\s(?:but|while|whereas|although|though|yet|after|compared (?:with|to))\s|,\s+(?:far |well |much |sharply )?(?:above|below|up from|down from|against|versus|vs\.?)\s|,["”’]?\s+(?:and|but)\s|,\s+(?:which|an? [\w-]+ (?:that|which))\s|\.\s|[,，]\s*(?:但是?|而|不过|不過|然而|同时|同時|另外)|[,，](?=[^,，。]{0,6}[则則])|[,，](?=\s*(?:目前|已经|已經|此前|此外|去年|上年|前年|昨年|过去|過去|半年前|[三六九]\s*[个個]?月前|上一?(?:季|财季|財季)))|[,，](?=\s*(?:远|遠|高于|高於|低于|低於|较|較|相比|同比|[环環]比|按年|按季))|[,，](?=[^,，。]{0,12}(?:表示|回应|澄清|指出))|。/gi;
/** Where the words after a figure that still describe it end ("the $50B offer to OpenAI was rejected", not "…, which will …"). */
const AFTER_END = /[;,(—–，；（。]|\s(?:and|but|while|which|whereas|although|because|as|after|before|when|since|compared (?:with|to)|versus|than|ahead of|above|below|short of)\s/i;

const CUE_PATTERNS = MODALITY_CUES.map((cue) => ({ ...cue, pattern: phrasePattern(cue.phrases, 'i', String.raw`[\w-]`) }));

/** The words that speak for the figure at [start, end): its clause before it and the words right after it. */
function scopeOf(sentence: string, start: number, end: number): string {
  let from = 0;
  for (const match of sentence.matchAll(SCOPE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) from = breakEnd;
    else break;
  }
  // "约2000亿美元（约合新台币6.4兆元）的计划", "$41 billion (about €35 billion), a plan": a bracket that restates the figure
  // in another currency is passed over, so that the words after it still speak for the figure.
  const after = sentence.slice(end).replace(RESTATED_AFTER, (bracket) => ' '.repeat(bracket.length));
  const stop = AFTER_END.exec(after);
  // A wire's attribution after the clause speaks for all of it: "… up to $25 billion more, the person said"; so does a denial: "…; AMZN did not confirm it".
  const attribution = stop ? (TRAILING_ATTRIBUTION.exec(after.slice(stop.index)) ?? TRAILING_DENIAL.exec(after.slice(stop.index)) ?? TRAILING_DENIAL_CJK.exec(after.slice(stop.index))) : null;
  // A quotation's speaker, after its closing quote, speaks for every figure in it: "“We think AWS can grow north of 30% in Q2 as …,” wrote Evercore ISI analyst …".
  const quoted = OPENING_QUOTE.test(sentence.slice(0, start)) ? QUOTE_ATTRIBUTION.exec(after) : null;
  return `${sentence.slice(from, start)} ${after.slice(0, stop ? stop.index : after.length)}${attribution ? ` ${attribution[0]}` : ''}${quoted ? ` ${quoted[1]}` : ''}`;
}

/** A bracket right after a figure that restates it: （約30兆円）, (about €35 billion), （约合新台币6.4兆元）. */
const RESTATED_AFTER = /^\s?[（(][^（()）]{0,24}?\d[^（()）]{0,12}[)）]/u;

/** An opening quotation mark: a curly one, or a straight one at the start or after a space. */
const OPENING_QUOTE = /[“‘]|(?:^|\s)"/;
/** The attribution after a quotation's closing mark: `,” wrote Evercore ISI analyst Mark Mahaney`, `," she said`, `," one post insisted, citing no one`. */
const QUOTE_ATTRIBUTION = /^[^"”]*[,.!?]?["”]\s*,?\s*((?:wrote|writes|said|says|told \w+|added|noted)\s+[^,;.]{0,60}|[^,;.]{1,40}?\b(?:wrote|said|says|insist(?:s|ed)|claim(?:s|ed)|argu(?:es|ed)|post(?:s|ed)|tweet(?:s|ed))\b(?:,\s*citing [^,;.]{1,30})?)/;

/** A clause that denies what came before it: "; AMZN did not confirm it", ", which the company has not confirmed", ", a claim Amazon denied". */
const TRAILING_DENIAL = /^[;,]\s*(?:(?:and|but|which|a (?:claim|figure|number|report) (?:that )?)\s*)?[^,;.]{0,40}?\b(?:(?:did not|didn['’]t|has not|hasn['’]t|have not|would not|declined to|refused to) (?:confirm|verify)|(?:denied|disputed|den(?:y|ies))\b)[^,;.]{0,30}/i;

/** The same in Chinese and Japanese: "，甲骨文和OpenAI均未予证实", "，亚马逊已予以否认", "、同社は確認していない". */
const TRAILING_DENIAL_CJK = /^[;,，、]\s*[^,;，、。]{0,24}?(?:(?:均|都|并|並|尚|仍|迄今)?未(?:予|获|獲|经|經)?(?:证实|證實|确认|確認)(?!为|為)|(?:已|并|並)?(?:予以)?否[认認]|確認(?:されて|して)いない|否定し)[^,;，、。]{0,12}/u;

/** A clause that attributes what came before it to someone: ", the person said", ", people familiar with the matter said", ", sources say". */
const TRAILING_ATTRIBUTION = /^,\s*(?:according to [^,;.]{1,60}|(?:(?:the|a|one|two|three|several)(?: of (?:the|those|these|them))? )?(?:person|people|sources?|insiders?)\b[^,;.]{0,60}?\b(?:said|say|says|told \w+))(?=[,;.]|$)/i;

/**
 * A research house's own number set against another: "ahead of our 26.5%", "vs. our $37.1bn", "below my 30%", "in line
 * with our estimate of …" — not a company's "our $200 billion investment", which compares with nothing.
 */
const OUR_NUMBER_BEFORE = /\b(?:ahead of|above|below|beat(?:s|ing)?|miss(?:es|ed|ing)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|short of|shy of|under|over|than|vs\.?|versus|against|compared (?:with|to)|in line with)\s+(?:our|my)\s+(?:(?:own|new|revised|prior|previous|old|earlier|updated|current|published)\s+)?$/i;
/** A mark after a figure that says it is an estimate: "$37.1bn (HCe)", "212 (our est.)", "26% (E)", "$41bn (est.)". */
const ESTIMATE_MARK_AFTER = /^\s*\((?:[A-Z]{1,5}e|e|E|est\.?|estimated?|our est(?:imate|\.)?|ours|forecast|fcst\.?)\)/;

/** The modality a cue gives the figure at [start, end) of `sentence`, or `fact` where no cue speaks for it. */
export function readModality(sentence: string, start: number, end: number, deal: boolean): Modality {
  if (OUR_NUMBER_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) || ESTIMATE_MARK_AFTER.test(sentence.slice(end, end + 24))) return 'forecast';
  const scope = scopeOf(sentence, start, end);
  for (const cue of CUE_PATTERNS) {
    if (cue.dealsOnly && !deal) continue;
    // A figure asked about ("AWS backlog over $464 billion?") is not asserted: it is what others say.
    if (cue.modality === 'rumour' && /[?？]/.test(scope)) return 'rumour';
    if (cue.pattern.test(scope)) return cue.modality;
  }
  return 'fact';
}

const CALLED_OFF = CUE_PATTERNS.find((cue) => cue.modality === 'cancelled')!.pattern;

/** Whether the last words of `text` say something was called off (a timeline entry's "Microsoft cancels…"), offers or not. */
export function callsOff(text: string): boolean {
  // The full stop that ends the entry (。 breaks a scope) is no clause of its own.
  const end = text.replace(/[\s。．.!！?？]+$/u, '').length;
  return CALLED_OFF.test(scopeOf(text, end, end));
}

/** How an offer ended, as `text` (a sentence that mentions it) says, or null. */
export function offerStatusOf(text: string): OfferStatus | null {
  return OFFER_STATUS.find((s) => s.pattern.test(text))?.status ?? null;
}
