/**
 * The words that give a figure its modality, one table row per modality, the most specific
 * first: an offer or bid, a deal called off, hearsay, a company's own plan, someone else's
 * forecast. A second language is more phrases. `modality.ts` reads them within a figure's
 * clause; this file is only what they are.
 */
import type { Modality, OfferStatus } from '../schemas.ts';

export interface ModalityCue {
  modality: Exclude<Modality, 'fact'>;
  /** Regular-expression sources, matched case-insensitively on word boundaries. */
  phrases: string[];
  /** Said only of deals (an investment, an acquisition): "Trainium2 offers 4x the performance" is no offer. */
  dealsOnly?: boolean;
}

/**
 * Brokers and research houses whose view of a figure is their forecast: "Morgan Stanley sees …", "Bernstein estimates …", and
 * the brokers' analysts as a body: "the sell side had expected $40.1 billion".
 */
export const BROKERS = String.raw`(?:the )?sell[- ]side(?: analysts)?|Morgan Stanley|Macquarie|Jarden|Maybank(?: Investment Bank| IB)?|CLSA|CGS(?:-CIMB| International)|Nomura|Daiwa|Goldman(?: Sachs)?|JP ?Morgan|Bernstein|Jefferies|Evercore(?: ISI)?|UBS|Citi(?:group)?|Barclays|BofA(?: Securities)?|Bank of America|Wedbush|Mizuho|Deutsche Bank|KeyBanc|Piper Sandler|Needham|Oppenheimer|Raymond James|Wells Fargo|(?:TD )?Cowen|Morningstar|Gartner|IDC|Moody['’]s|S&P(?: Global)?(?: Ratings)?|Fitch(?: Ratings)?|DBRS|FactSet|LSEG|Visible Alpha|Zacks|Bloomberg Intelligence|Canalys|Synergy Research(?: Group)?|TrendForce|Counterpoint|Omdia|(?:the )?(?:rating|ratings|credit) (?:agency|firm)|the agency|the broker(?:age)?|(?:the|an?|one) (?:[A-Z][\w-]* ){0,2}(?:brokerage|broker|research (?:house|firm|group)|investment bank|consultancy|market researcher)`;

/** News outlets whose report of a figure is hearsay until its parties confirm it: "…, Bloomberg News reported". */
const OUTLETS = String.raw`Bloomberg(?: News)?|Reuters|The Information|CNBC|(?:The )?Wall Street Journal|WSJ|(?:The )?Financial Times|Axios|Business Insider|Semafor|(?:The )?New York Times|Dow Jones|Nikkei(?: Asia)?|Sky News|Politico|Puck`;
/** An outlet reporting, in its own words: "Bloomberg News reported", "The Information first reported". */
export const OUTLET_REPORTED = String.raw`(?:${OUTLETS}) (?:has |had |first |earlier |previously )?reported`;

/**
 * A modal of possibility ("could", "might", "may well", "should"): not the month ("in May, revenue rose", "April and May").
 */
const HEDGE = String.raw`(?:could|might|should|(?<!\b(?:in|of|since|by|until|through|early|late|mid|from|to|on|last|next|this|end|and|or|\d{1,2})[ -])may)(?: (?:well|easily|eventually|even|still|yet|also|soon|now|ultimately))?`;
/** Verbs that move a figure or land it at a level, after a hedge: "could swell to", "might slow to", "should come in at". */
const HEDGED_VERB = String.raw`(?:reach|hit|top|exceed|grow|rise|climb|surpass|total|invest|spend|pour|raise|add|double|triple|quadruple|swell|balloon|jump|soar|surge|slow|fall|drop|decline|slip|dip|ease|shrink|accelerate|decelerate|re-?accelerate|lift|boost|increase|expand|post|deliver|generate|come in|land|approach|near|cross|pass|top out|be (?:as (?:high|low|much) as|(?:about|around|roughly|near|close to|above|below|north of|south of|over|under))|bring in|see|book|record|earn|make|win|lose|cost|save|capture|collect|reap|rake in|pull in|fetch|command|log|secure|attract|amass|be(?=\s{2})|be (?:\w+er|more|less) than|end up(?: \w+ing)?|be worth)\b`;

/**
 * A condition the figure hangs on, after its "would": "would swell to $700 billion should the deal be expanded", "if growth holds",
 * "unless demand fades". Not "should" as a hedge of its own verb (`HEDGE`), which an article, a pronoun or such a noun never follows.
 */
const CONDITION = String.raw`(?:if|unless|assuming|provided|as long as|should (?:the|it|they|its|their|demand|growth|sales|spending|prices|rates))\b`;
/**
 * "would", but not one that tells what was said ahead, whose "would" is the speaker's: "Amazon said it would invest $8 billion if …",
 * "told investors capex would …". (The look-behind follows the word, so that it is tried only where the word is.)
 */
const UNSAID_WOULD = String.raw`would(?<!\b(?:said|says|told|tells|announced|added|stated|promised|pledged|agreed|expects?|expected)\b[^.;,]{0,40}would)`;

/** An officer who speaks for the company: "president Martin Lau", "CFO Anat Ashkenazi", "the chief executive". */
const OFFICER = String.raw`(?:president|chairman|chairwoman|finance chief|chief financial officer|CFO|chief executive(?: officer)?|CEO|chief operating officer|COO)`;

/** A Japanese verb of money, or of becoming, in the non-past: 投資する, 投じる, となる (read where it ends the sentence after the figure). */
const JA_MONEY_VERB = '(?:(?:投資|出資|投入|拠出|支出|買収|取得|調達|増資|融資|充当)(?:する|します)|(?:投じ|充て|振り向け)(?:る|ます)|(?:と|に)(?:なる|なります))';

/** Verbs that take back a proposal or a plan: "pulled", "withdrew", "dropped", "scrapped", "abandoned". */
const WITHDRAWN = String.raw`pull(?:s|ed|ing)?|withdr(?:ew|aw|awn|aws|awing)|dropp?(?:s|ed|ing)?|scrapp?(?:s|ed|ing)?|abandon(?:s|ed|ing)?`;

/**
 * `word`, but not right after a verb that takes it back: "Nvidia dropped its $40 billion bid for Arm", "Google pulled a $1 billion
 * Indianapolis proposal" are called off, not offered. The figure is blanked out of the scope, hence the spaces. (The look-behind
 * follows the word, so that it is tried only where the word is.)
 */
const notWithdrawn = (word: string) => String.raw`${word}(?<!\b(?:${WITHDRAWN}) (?:(?:its|the|their|a|an) )?\s*(?:[\w$-]+ ){0,4}?${word})`;
/** The same in Chinese: 撤回了對夏普的50億美元投資案, 放弃了出价 are called off. */
const notWithdrawnCjk = (word: string) => `${word}(?<!(?:撤回|撤销|撤銷|取消|放弃|放棄|终止|終止|中止)[^，。；,;]{0,20}${word})`;

/** "declined to comment" (or to confirm) says nothing of an offer. */
const NOT_COMMENT = String.raw`(?!\s+to\s+(?:comment|discuss|elaborate|say|confirm|deny))`;

/** The words between a verb and the deal it ends: "ended a $3.2 billion agreement", "dropped a $2.8 billion lease" (not "ended the quarter with a deal"). */
const BEFORE_DEAL = "(?:a|an|its|the|their) \\s*(?:(?!(?:with|at|on|in|of)\\b)[\\w$€£.,-]+ ){0,4}?";

/**
 * "will" or "would" of a figure to come ("will be", "will have 1.2 gigawatts", "will spend", "will fund $6.9 billion of equity", "will start with
 * 400,000 GPUs", "now thinks it'll drop about $215B on capex": money
 * dropped on something is money spent), not of a comparison ("analysts will compare") nor a fall ("will drop 5%").
 */
const WILL_DO = String.raw`(?: (?:\w+ly|now|still|also))? (?:be|have|house|hold|draw|generate|deliver|require|need|spend|invest|reach|take|get|total|grow|rise|increase|expand|exceed|top|hit|cost|raise|buy|deploy|build|commit|put|pay|add|use|bring|double|triple|pour|inject|fund|contribute|provide|(?:start|begin) with|come (?:to|in at)|energi[sz]e|come (?:online|on ?line|on stream)|go live|switch on|(?:part-)?finance|drop(?=[^.;]{0,40}?\bon\b))\b`;

/**
 * The most specific modality first: a reported offer is an offer, and so is one turned
 * down or walked away from ("walked away from a $50 billion offer"); a plan that is
 * reportedly cancelled is cancelled; a plan or forecast that only hearsay reports is a
 * rumour; analysts' expectations are a forecast and not the company's plan.
 */
export const MODALITY_CUES: ModalityCue[] = [
  { modality: 'offer', dealsOnly: true, phrases: [notWithdrawn("offer(?:ed|s|ing)?(?<!\\b(?:public|share|stock|secondary|bond|debt|rights) offering)"), notWithdrawn('bids?'), 'bidding', 'dangl(?:ed|es|ing)',
    // "Amazon put as much as $50 billion in front of OpenAI": money held out to a company, as money dangled is.
    'in front of(?! (?:regulators|shareholders|investors|the board|a judge|lawmakers|Congress|analysts|customers)\\b)',
    // "Amazon sent OpenAI a term sheet for a $50 billion investment": a term sheet put to a company is an offer of terms (one both sides signed is a deal).
    '(?<!\\bsign(?:ed|s|ing)? (?:(?:an?|the|its|their) )?(?:[\\w-]+ )?)term sheets?(?! (?:was |were |has been |had been )?signed\\b)',
    notWithdrawn('propos(?:al|als)'), 'propos(?:ed|es|ing)', 'turned down', 'turns? down', 'turn(?:s|ed|ing)? away', 'reject(?:ed|s|ing|ion)?', 'rebuff(?:ed|s)?', 'said no to', 'says no to', `declin(?:ed|es)${NOT_COMMENT}`, 'spurn(?:ed|s)?', 'unsolicited', 'tender', 'pitch(?:ed|ing)', 'float(?:ed|ing)', 'on the table', 'put(?:s|ting)? forward', 'overtures?', 'approach(?:es)? to', 'approach(?:es)?(?= (?:of|for)\\b)', '(?:sought|seeks?|seeking|tried|tries|trying|attempted) to (?:invest|buy|acquire|take a stake)', 'approach(?:ed|es|ing)? (?:[\\w.&-]+ ){1,2}(?:with|about)',
    // "Why OpenAI walked away from Amazon's $50B", "turned its back on Microsoft's": another company's money, turned down, was offered.
    "(?:walked away from|turned (?:its|their|his|her) backs? on|passed on|snubbed)(?= (?:the )?[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,2}['’]s\\b)",
    // "OpenAI walked away from $50 billion in Amazon money": the sum (blanked out of the scope) is another company's money held out.
    "(?:walked away from|turned (?:its|their|his|her) backs? on|passed on|snubbed|turned down|said no to)(?:\\s+(?:about|roughly|some|nearly|as much as|up to))?\\s+(?:in|of) (?!(?:its|their|his|her|our|the)\\b)[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,2}(?:['’]s)? (?:money|cash|capital|funding|financing|investment)", notWithdrawnCjk('(?:提议|提議|提出|报价|報價|出价|出價|要约|要約)'), '竞购', '競購', '拒绝', '拒絕', '回绝', '回絕', '婉拒',
    // 買収提案を撤回した: a proposal the bidder takes back is called off (Japanese puts the verb after it).
    `${notWithdrawnCjk('提案')}(?![^、。，,]{0,6}?(?:撤回|取り下げ))`, '拒否', '持ちかけ', '持ち掛け', '申し出', '提示(?:した|され|額)', '开价', '開價', '断られ', '打診', '拟议', '擬議', notWithdrawnCjk('(?:出資|投資|買収)案')] },
  // "G42 has bid US$5.2 billion to build India's sovereign AI campus", "submitted a $5.2 billion bid … to build and run a 600 MW
  // campus": a bid for work, not for a company, is an offer too, of the sum and of what it would build (not "in a bid to", an attempt).
  { modality: 'offer', phrases: ["(?<!\\bin (?:a|an|its|their) (?:[\\w-]+ )?)\\bbid(?:s|ding)?\\b(?=[^.;]{0,60}?\\bto (?:build|run|operate|develop|construct|supply|equip)\\b)", '(?:submitted|lodged|placed|tabled|put in) (?:a|an|its|their) (?:[\\w$.~-]+ ){0,3}?bids?\\b'] },
  { modality: 'cancelled', phrases: ['cancel(?:l?ed|s|ling|lation)?', 'terminat(?:ed|es|ing|ion)',
    // "revoked the development order for its 200MW campus, a RM6 billion project": a permit or a licence taken back calls its project off.
    String.raw`revok(?:e|ed|es|ing)(?=\s+(?:(?:the|its|their|a)\s+)?(?:[\w-]+\s+){0,2}(?:order|approval|permit|licen[cs]e|consent|allocation)s?\b)`,
    // "In October the company ended a $3.2 billion agreement to rent computing capacity", "Meta exits its $3.2 billion GPU rental
    // contract", "terminated a 15-year lease": a deal ended is called off (not
    // "ended the quarter with a deal", whose words between are no deal's).
    `\\b(?:end|exit|terminat(?:e|ed|es|ing))(?:ed|s|ing)? ${BEFORE_DEAL}(?:agreement|deal|contract|lease)s?\\b`,
    // "Amazon Web Services had dropped a $2.8 billion lease in Meridian": a lease, contract or project dropped (not "dropped 5%").
    `\\bdrop(?:s|ped|ping)? ${BEFORE_DEAL}(?:agreement|deal|contract|lease|project|campus|plan|build|site|data[- ]cent(?:er|re)|plant|fab|factory|facility|expansion)s?\\b`, 'scrapp?(?:ed|ing|s)?', 'called off', 'calls? off', 'calling off', 'abandon(?:ed|s|ing)?', 'shelv(?:e|ed|es|ing)', 'pulled (?:out|the plug)', 'walked away', "walk(?:s|ing)? away from(?! (?:the )?[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,2}['’]s\\b)",
    // "the $1-billion data centre it dropped", "a campus that was scrapped": the verb after what was called off.
    '(?:it|they|which|that)(?: (?:had|has|have|was|were))? (?:dropped|scrapped|cancell?ed|abandoned|shelved|axed|ditched|nixed|mothballed)',
    // "the $1bn Licking County project Microsoft dropped last year": the company named between the project and its verb.
    "(?<=\\b(?:project|campus|site|plan|facility|build|expansion|cent(?:er|re))s? )(?:[A-Z][\\w.&'’-]*\\s){1,3}(?:had |has |have )?(?:dropped|scrapped|cancell?ed|abandoned|shelved|axed|ditched|nixed|mothballed)",
    // "Google gives up on a $1 billion campus": a project given up.
    'g(?:ive|ives|ave|iving|iven) up on',
    // "Supermicro lost a $1.2 billion rack order when Tessellate cancelled it": an order, contract or lease lost is called off.
    'los(?:t|es|ing) (?:a|an|the|its|their) \\s*(?:[\\w$.-]+ ){0,4}?(?:orders?|contracts?|leases?)\\b',
    // "reversed course on a $1 billion campus", "backed out of", "nixed", "axed", "ditched": other verbs of calling a project off.
    'revers(?:ed|es|ing) course', 'back(?:ed|s|ing)? out', 'back(?:ed|s|ing)? away from', 'decid(?:ed|es|ing) (?:not to|against) (?:proceed|go(?:ing)? ahead|mov(?:e|ing) forward|build)', 'not to (?:proceed|go ahead|move forward) with', "(?:would|will) not (?:build|proceed|go ahead|move forward)|won['’]t (?:build|proceed|go ahead)", 'nix(?:ed|es|ing)', 'ax(?:ed|es|ing)', 'ditch(?:ed|es|ing)', 'jettison(?:ed|s|ing)?', 'mothball(?:ed|s|ing)?', 'pull(?:ed|s|ing)? back from', 'U-turn', 'terminat(?:e|ed|es|ing)',
    // "A $1 billion campus was struck from its plans", "dropped from the plan": taken out of what is to be built.
    '(?:struck|dropped|removed|deleted|cut|taken) (?:off|out of|from) (?:its|the|their) (?:building |construction |expansion )?plans?', 'fell through', 'collapsed',
    // "Talon Peak pulled a data-centre bond", "| Secured notes | $2.4bn | Pulled |" (not "pulled in $5 billion", money earned).
    // "a presidential order prohibited the $2.3 billion sale", "| Lodestar Memory | $21.50/sh | Blocked |", "vetoed", "failed to win
    // clearance", 禁止, 禁じる, 不予批准: a deal a regulator or a government stops is called off (not "a blocking stake").
    'blocked(?! (?:out|off|from view)\\b)', 'pull(?:ed|s|ing)(?= (?:its|the|their|a|an) (?!(?:[\\w-]+ )?(?:lever|trigger|weight|wrap|cover|curtain|string|rug)s?\\b))', 'pulled(?=\\s*(?:$|[.;,)|]))', 'blocking(?! (?:stake|minority|position|shareholding)s?\\b)', 'blocks(?= (?:the|its|their|a|an)\\b)', 'prohibit(?:ed|s|ing)', 'veto(?:ed|es|ing)\\b',
    '(?:failed|fails|failing) to (?:clear|win|secure|obtain|get|receive) (?:[\\w-]+ ){0,2}?(?:approvals?|clearances?)', 'lapsed', '(?<!解除|取消)禁止', '禁じ(?:る|た|られ)', '阻止', '不予(?:批准|核准)', '未(?:获|獲)(?:批准|核准)', '承認(?:せず|しなかっ|を得られ)',
    // "The $9 billion acquisition is dead", "its $10 billion project in Michigan is off", "Microsoft kills $1 billion Ohio project",
    // "shareholders voted it down": a deal or project dead, off, killed or voted down (not "revenue is off 5%": "off" ends the clause).
    '(?:is|are|was|were) (?:now |officially |effectively |all but |as good as |finally |definitely )?dead\\b', 'dead in the water', 'vot(?:ed|es|ing) (?:[\\w-]+ ){0,3}?down', 'pull(?:s|ed|ing)? the plug',
    '(?:deal|project|plan|campus|site|facility|acquisition|merger|takeover|investment|bid|offer|talks|build|expansion|purchase|agreement|pact|contract|order)s?\\b[^.;,]{0,40}?\\b(?:is|are|was|were) (?:now |officially |definitely |also |all )?off(?=\\s*(?:[.;!?]|$))',
    'kill(?:s|ed|ing)? (?:off )?(?:(?:a|an|its|the|their) )?\\s*(?:planned \\s*|proposed \\s*)?(?:[\\w$.-]+ ){0,5}?(?:project|plan|campus|site|deal|bid|proposal|facility|expansion|acquisition|merger|takeover|investment|build|fab|plant|factory|data[- ]cent(?:er|re))s?\\b', 'no longer (?:pursuing|planning|building|going ahead|moving forward|proceeding|developing)', 'withdr(?:ew|aw|awn|aws|awing)',
    // "citing Google's withdrawal last year of a proposed $1 billion campus": the noun, of a project proposed or planned.
    'withdrawals? (?:[\\w-]+ ){0,3}?of (?:(?:a|an|its|the|their) )?\\s*(?:[\\w$.-]+ ){0,2}?(?:proposed|planned)', 'paus(?:ed|es|ing)', '\\bpause(?= (?:its|the|their|a|an|work|construction|building|development)\\b)', 'halt(?:ed|s|ing)', 'suspend(?:ed|s|ing)', 'on (?:hold|ice)', 'fr(?:oze|ozen|eez(?:e|es|ing))',
    // The figure inside the phrase is blanked out when the cue is read: "dropped a  campus", "pulled its  project".
    'dropp?(?:s|ed|ing)? (?:(?:a|an|its|the|their) \\s*)?(?:planned \\s*|proposed \\s*)?(?:[\\w$-]+ ){0,4}?(?:project|plan|campus|site|deal|bid|proposal|facility|request|application)s?', "pull(?:s|ed|ing)? (?:its|the|their|a) \\s*(?:planned \\s*|proposed \\s*)?(?:[\\w-]+ ){0,4}?(?:proposal|plan|application|bid|project|request)s?", '取消', '撤回',
    // 交易最终告吹, 合併案破局, 收购流产, 計画が頓挫, 買収交渉が破談: a deal that falls through.
    '告吹', '破局', '流产', '流產', '泡汤', '泡湯', '作罢', '作罷', '胎死腹中', '破談', '頓挫', '放弃', '放棄', '终止', '終止', '叫停', '喊停', '喊卡', '搁置', '擱置', '暂停', '暫停', '暂缓', '暫緩', '冻结', '凍結', '撤销', '撤銷', '中止', '断念', '白紙撤回', '取りやめ', '取り止め', '取り消し', '白紙(?:に戻|化)', '見送(?:り|った|る|られ)',
    // 契約を打ち切った, 賃借契約を解消, 解約: a contract ended before its term.
    '打ち切(?:り|った|る|られ)', '(?<=契約を?)解消', '解約', '(?<=契約を?)解除',
    // 新拠点の建設を見送っていた: a build put off for good, shelved.
    '見送(?:り|る|った|って|られ)',
    // "its Chinese B30A orders are gone", "a lost MI308 order from China": orders that will not be filled.
    '(?:orders?|bookings?)\\b[^.;,]{0,40}?\\b(?:is|are|was|were|have|has) (?:now |all |since )?(?:been )?gone\\b', '\\blost (?:[\\w-]+ ){0,3}?(?:orders?|bookings?)\\b',
    // "postpones the second phase", 第2期の延期, 延後苫小牧第二期, 先送り: a build put off to no date is off, as one paused is.
    'postpon(?:e|ed|es|ing|ement)', '延期', '延後', '延后', '推迟', '推遲', '先送り',
    // "delays the start of its second Kumamoto fab to 2029", "pushes back production", 量產延至2029年 (not a contract extended: 合约延至2030年).
    '(?:delay(?:s|ed|ing)?|push(?:es|ed|ing)? back) (?:the |its |their )?(?:start|opening|launch|completion|production|construction|operations?|ramp|mass production)\\b', '(?<=(?:量产|量產|投产|投產|启用|啟用|完工|开工|開工|营运|營運|运营|運營|稼働)[^，。]{0,4})延至',
    // 工事を一時停止した, 工事を中断, 停止建设: work on a build stopped.
    '一時停止', '(?:工事|建設|建设|建造|施工)を?(?:一時)?(?:停止|中断)', '(?:停止|中断)(?:建设|建設|施工)',
    // 退出…租约, 退出一项数据中心租赁: a lease or contract exited.
    '退出(?=[^，。；]{0,30}(?:租约|租約|租赁|租賃|合同|合約|协议|協議))'] },
  // "Meta had turned down a rival proposal from Blue Owl Capital to finance the site for about $31 billion": a sum of any
  // measure in a proposal, offer or bid turned down was only offered, and so was a sum someone proposed financing a project for.
  { modality: 'offer', phrases: ['(?:turned down|turns? down|rejected|rejects|rebuffed|spurned) (?:a|an|the|its|their) (?:rival |competing |separate |earlier |larger |unsolicited )?(?:proposal|offer|bid)s?\\b', 'propos(?:ed|es|ing) (?:financing|funding|to (?:finance|fund|pay for))\\b',
    // KKR与Ares曾提出提供195亿美元单一贷款的融资方案: a sum proposed to be provided is offered.
    '(?:提出|提议|提議)(?:向[^，。；\\d]{0,10}?)?提供'] },
  // 开出500亿美元的条件, 入股邀约, 遭到拒绝, 被拒, 予以拒絕: a sum put to another company, or turned down by it, is an offer; so is a
  // tender offer (公開收購, 公开收购要约, TOB, 株式公開買い付け, 買付価格), put to a company's shareholders.
  { modality: 'offer', dealsOnly: true, phrases: ['开出', '開出', '邀约', '邀約', '遭(?:到)?(?:拒绝|拒絕)', '遭拒', '被拒', '予以(?:拒绝|拒絕)', '公[开開]收[购購]', 'TOB(?=\\s?(?:を|に|価格|総額|代金))', '公開買い?付け?', '買い?付け?(?:総額|価格|代金)'] },
  // Hearsay speaks for the plan or forecast it reports: "is weighing …, according to a person briefed on the talks".
  { modality: 'rumour', phrases: ['reportedly', '(?:is|are|was|were) (?:separately |also |now |widely )?reported(?: (?:in|last|earlier|this|on|early|late)(?: [\\w-]+){1,2})? to',
    // "Mistral AI, reported last week to be close to raising about €3.5bn, …": the same said in a participle's aside.
    '(?<=^|[,(]\\s?)reported(?: (?:in|last|earlier|this|on|early|late)(?: [\\w-]+){1,2})? to (?:be|have)\\b', OUTLET_REPORTED,
    // "Street Talk understands the consortium could stretch to $21 a share": what a column or an outlet understands, no one said on the record.
    `(?:Street Talk|DataRoom|Chanticleer|Rear Window|this (?:column|newspaper|masthead|publication|paper|website)|${OUTLETS}) (?:now |also )?understands\\b`,
    // "a reported $300bn deal with Oracle": the deal as reported, not as its parties said it ("a reported net loss" is as booked).
    // A table's label or status in brackets: "Next round (reported)", "In talks (reported)", "(rumoured)" — a deal's, not
    // "Q1 2026 (reported)" or "Revenue (reported)", figures as booked; and a sum so marked, "about US$35bn (reported)" (not
    // "$10bn (reported) against $11bn (adjusted)", as booked, nor a year's column, "Q1 2026 (reported)").
    String.raw`(?:round|raise|talks|deal|bid|stake|funding|financing|valuation|acquisition|contract|agreement)s?\s?\(reported\)|\(reported\)(?<=(?:\s{2}|\d\s?(?:bn|billion|million|m|tn|trillion|GW|MW)\s?)\(reported\))(?![^.;]{0,40}\b(?:adjusted|non-GAAP|underlying|constant[- ]currency)\b)|\((?:[^()]{0,20}\s)?(?:rumou?red|unconfirmed)\)`,
    'an? (?:widely |previously )?reported(?! (?:net|operating|GAAP|basis|figures?|results?|earnings|revenue|loss|profit)\\b)',
    // "OpenAI's reported agreement to buy …": a company's deal or talks as reported, not as booked ("Amazon's reported revenue").
    "(?<=['’]s (?:widely |previously )?)reported(?= (?:[\\w-]+ ){0,2}?(?:agreement|deal|talks|bid|offer|raise|round|stake|contract|purchase|order|acquisition|takeover|merger|funding|financing|commitment)s?\\b)", 'reports? (?:say|said|suggest|claim)\\w*', '(?:press|media|news) reports? (?:put|puts|putting|pegg?(?:ed|s|ing)?|value[sd]?|valuing|estimated?)\\b', 'the same (?:people|person|sources?|insiders?)\\b', 'people (?:familiar|briefed|close)(?: with| to| on| say| said| says| tell| told)', '(?:the|a|one|two|three|several)(?: of (?:the|those|these|them))? (?:person|people)(?: [\\w-]+){0,6} (?:said|says|say)', '(?:people|persons?|sources?|insiders?) (?:with (?:direct )?knowledge of|aware of|involved in)', 'citing (?:[\\w-]+ ){0,2}(?:sources|people|persons?|insiders|a person|documents|memos?|emails)',
    // "…, The Wall Street Journal said, citing unnamed officials": officials the outlet does not name (not "citing executives on the call").
    'citing (?:(?:two|three|several|multiple|unnamed|anonymous|unidentified|current|former|senior|government|company|administration) ){1,3}(?:officials|executives|employees|staffers|aides|bankers)',
    // "according to an internal memo seen by Reuters", "a leaked presentation": a company's papers as an outlet saw them, not as it published them.
    '(?:memos?|documents?|emails?|letters?|presentations?|slides?|decks?|filings?|records?|plans?|notes?|messages?|papers?)\\b[^.;,]{0,20}?\\b(?:seen|viewed|reviewed|obtained) by', 'leaked (?:internal )?(?:memos?|documents?|emails?|letters?|presentations?|slides?|decks?|plans?|figures?|numbers?)', 'supposedly', 'purportedly', 'according to (?:(?:an?|one|two|three|four|several|multiple|unnamed|anonymous) )*(?:people|sources?|persons?|insiders?|(?:the )?(?:media |press |news |local )?reports?)',
    // "…, per sources", "per people close to the talks": the desk's shorthand for the same.
    'per (?:(?:an?|one|two|three|several|multiple|unnamed|anonymous) )*(?:people|sources?|persons?|insiders?)\\b', 'sources? (?:said|say|says|told|tell|familiar|close)', 'rumou?r(?:s|ed)?', 'social[- ]media', 'circulat(?:ing|ed)', 'went viral', 'online (?:chatter|speculation)', '(?:a|the|one|some|several) (?:top |viral |popular |widely[- ](?:shared|circulated|read) )?(?:posts?|threads?|tweets?|bloggers?|commenters?)\\b', 'citing no(?: one|body| sources?)\\b',
    // "Posts on X claimed …", "users on Reddit say …", "User kdrift insisted …": what people post is hearsay, not the company's figure.
    '(?:posts?|threads?|tweets?|users?|commenters?|posters?|redditors?|accounts?) (?:on|in) (?:X|Twitter|Reddit|Threads|Bluesky|LinkedIn|StockTwits|Hacker News|Weibo|forums?|message boards?|social media)\\b',
    // "A chart shared on Reddit put …", "Screenshots on X claimed …", "Social posts touting …": pictures and posts passed around are hearsay too.
    '(?:charts?|screenshots?|images?|graphics?|slides?|memes?)(?: (?:shared|posted|circulated|circulating|going around))? (?:on|in) (?:X|Twitter|Reddit|Threads|Bluesky|LinkedIn|StockTwits|Hacker News|Weibo|forums?|message boards?|social media)\\b', '(?:social|online|viral) (?:posts?|chatter|claims?|speculation)',
    // "A chart making the rounds in Washington puts …": a figure passed from hand to hand is hearsay, wherever it goes round.
    '(?:making|doing|went|gone|going) the rounds',
    // "people were posting that the real backlog was …", "the $464B number going around", "a figure that ricocheted around trading forums".
    '(?:people|users|accounts|traders|investors|someone|somebody|folks) (?:(?:were|are|was|is|have been|had been|kept|keep) )?(?:posting|tweeting|sharing)', '(?:numbers?|figures?|claims?|totals?)(?: that)? (?:(?:was|were|is|are) )?(?:going|floating|passed|ricochet(?:ing|ed)|bounc(?:ing|ed)) (?:a)?round',
    // A figure the company denies or will not confirm is what others say: "Amazon denied reports of …", "; AMZN did not confirm it".
    'den(?:y|ies|ied|ying) (?:the )?(?:reports?|rumou?rs?|claims?|talk|speculation)', '(?:did not|didn[’\'‘]t|has not|hasn[’\'‘]t|have not|would not|declined to|refused to) (?:confirm|verify)', '(?:a |one |the )?(?:users?|commenters?|posters?|redditors?)(?: [\\w-]+){0,2} (?:insist|claim|assert|speculat|guess|swear|swore)\\w*', 'unsourced',
    // "Posts claiming the backlog passed $464 billion were dismissed as inaccurate": claims passed round, or waved away by the company.
    '(?:posts?|tweets?|threads?|videos?|screenshots?) (?:claiming|saying|suggesting|asserting|insisting)', 'dismissed (?:[\\w-]+ ){0,5}?as (?:inaccurate|false|untrue|wrong|incorrect|baseless|unfounded|speculation|rumou?rs?)', '(?:with no|without (?:a|any)) sources?', '(?:is|are|was|were) said to', '(?:is|are|was|were) understood to',
    // "It is understood that Microsoft will spend …", "Meta denied that it plans to spend …": no one stands behind it, or its party denies it.
    "(?:it is|it['’]s|it was) (?:understood|believed|thought|said|rumou?red) that", 'den(?:y|ies|ied|ying) that (?:it|they|the company) (?:plans?|planned|intends?|would|will|is|was|were|had|has|agreed)\\b', '(?:is|are|was|were) believed to', 'in (?:(?:advanced|early|preliminary|exclusive|final|serious|(?:early|late|advanced|final)[- ]stage) )?(?:talks|discussions|negotiations)',
    // "is nearing a deal to invest …", "is close to finalizing …": a deal not yet announced is the word of whoever saw it coming.
    '(?:is|are|was|were) (?:said to be )?(?:nearing|close to|closing in on)(?: (?:a|an|the))? (?:deal|agreement|pact|finali[sz]ing|sealing|signing|clinching|striking)', '(?:held|holding|hold|has had|have had|had) (?:[\\w-]+ )?(?:talks|discussions)',
    // Deliberation the company has not announced is hearsay: "is considering putting as much as $25 billion more", "mulls",
    // "weighs" (not "eyes", which is as often a company's target: "Alphabet eyes $175 billion of capex").
    '(?:is|are|was|were) (?:considering|weighing|mulling|contemplating|exploring)',
    // "An Amazon investment of up to $25 billion is under discussion", "Talks are under way over …", "is sounding out investors", "Apple's
    // mooted $5 billion stake": deliberation not announced, as "is considering" is.
    '(?:is|are|was|were|remains?|remained) (?:still |now )?under (?:discussion|negotiation|consideration)', '(?:talks|discussions|negotiations) (?:are|were|is|was) (?:now )?(?:under ?way|ongoing|continuing|advanced|progressing)', 'sound(?:s|ed|ing) out', 'mooted',
    // Headlines drop the verb "to be": "Meta said to weigh $20 billion financing", "Nvidia nears $5 billion xAI deal".
    '(?<!\\b(?:is|are|was|were|has|have|had|be|been)\\s)said to (?:be |have )?(?:weigh|mull|consider|plan|near|explor|seek|eye|prepar|discuss|invest|spend|buy|offer|agree|raise|back|line up|pursue|court)\\w*',
    'nears (?:an? |the )?\\s*(?:[\\w$.-]+ ){0,4}?(?:deal|agreement|pact|investment|stake|acquisition|takeover|purchase|funding|round)s?\\b', 'mull(?:s|ed|ing)?', '検討(?:している|中)', '(?:正在|正|仍在|还在|還在)(?:考虑|考慮)(?!到)', 'weigh(?:s|ing)(?! (?:on|in|heavily|down))',
    // "A report in September that OpenAI had agreed …", "media reports suggesting …", "never confirmed": what a report says, unconfirmed.
    '(?<!\\bin )(?:a|an|one|media|press|news|earlier|recent|prior|unconfirmed|several) reports? (?:[\\w-]+ ){0,4}?(?:that|saying|suggesting|claiming)',
    // "Reports that xAI is near an order worth around $7 billion …": reports opening a sentence or a clause are an outlet's (not "Dell reports that …").
    '(?<=^\\W{0,3}|[,;:]\\s)reports (?:[\\w-]+ ){0,3}?(?:that|of|saying|suggesting|claiming)\\b',
    // "There are also reports that xAI is close to a server order of about $7 billion": reports said to exist are hearsay.
    '\\bthere (?:are|were|have been|has been) (?:also |now |some |widespread |persistent |unconfirmed )?(?:reports?|rumou?rs?|talk|speculation) (?:that|of)\\b', 'never (?:been )?(?:publicly |officially )?(?:confirmed|verified)',
    // "the $300 billion deal reported by The Information", "as first reported by Bloomberg": another outlet's story, unless confirmed since.
    '(?:deal|agreement|contract|pact|talks|investment|tie-up|stake|order|arrangement)s? (?:[\\w-]+ ){0,2}?(?:first |earlier |previously |widely )?reported by(?![^.;]*\\b(?:later|since|subsequently|officially|publicly|has|have|had) confirmed)', 'as (?:first|earlier|previously|initially) reported by', 'unconfirmed', 'unverified', 'allegedly',
    // "Some investors speculate the backlog is above …", "insiders say OpenAI will buy …", "is thought to exceed": guesses and
    // unnamed voices, not what the company booked or announced.
    'speculat(?:e|es|ed|ing)', 'insiders? (?:said|say|says|told|tell)', '(?:is|are|was|were) thought to',
    // "Word is that Oracle will spend …", "Industry chatter suggests …": talk with no one behind it ("its word is its bond" is none).
    '(?:the )?word is that', 'word has it', 'the word on (?:the|Wall) street', '(?:industry|market|Wall Street|Street|trading[- ]floor|investor|analyst) (?:chatter|buzz|gossip|whispers)\\b', 'chatter (?:suggests|is|has it)\\b',
    // "According to a Bloomberg report, …", "according to The Information": an outlet's story (not "according to Bloomberg data").
    `according to (?:an? |the )?(?:${OUTLETS})(?:['’]s)?(?: (?:report|story|article|scoop)s?\\b|(?!\\s+(?:data|estimates?|consensus|calculations?|analysis|figures|Intelligence|compiled)\\b))`,
    // "the reported $300B OpenAI compute deal": a deal as reported, as "a reported deal" is (not "the reported revenue").
    'the (?:widely |previously )?reported(?=\\s+(?:[\\w$.~-]+\\s+){0,4}?(?:deal|agreement|talks|bid|offer|raise|round|stake|contract|purchase|order|acquisition|takeover|merger|funding|financing|commitment)s?\\b)',
    '据报道', '另据报道', '據報導', '據報道', '据知情人士', '知情人士', '据悉', '據悉', '消息人士',
    // "Amazon has not confirmed talk that …", "Neither side has confirmed it": a figure its parties do not stand behind.
    "(?:(?:has|have|had|did|does|do)(?: not|n['’]t)|would not|wouldn['’]t|could not|couldn['’]t) (?:publicly )?confirmed", 'neither (?:side|company|party|firm) (?:has |have |had )?(?:publicly )?confirmed', 'not (?:been )?confirmed', 'talk (?:that|of)', "talk (?:(?:has|had|is|was) )?(?:surfac|emerg|circulat|swirl|grow|spread|resurfac)\\w*(?: (?:again|anew|online|on Wall Street))? (?:that|of)", 'speculation',
    // 據接近交易的人士透露, 据一位了解情况的人士称, 据透露: people close to it, unnamed.
    '[据據]透露', '(?:接近|熟悉|了解)[^,，。;；]{0,12}?人士', '[据據][^,，。;；]{0,20}?人士', '据传', '據傳',
    // 网友爆料称…: what netizens or bloggers leak or claim is hearsay.
    '爆料', '被(?:曝|爆)', '外[传傳](?![统統输輸])', '模様(?:だ|です|である)?(?=\\s*$)', '(?:网友|網友|博主|大V)[^,，。;；]{0,6}?(?:称|稱|说|說|表示|透露|声称|聲稱)', '传闻', '傳聞', '传言', '傳言', '网传', '網傳', '(?:网上|網上|坊间|坊間|市场|市場)?(?:流传|流傳)', '洽谈', '洽談', '協議(?:中|して)', '交渉(?:中|して)',
    // 据彭博社报道, 據路透報導, 外媒报道, …と報じた: a report names its outlet between 据 and 报道.
    '[据據][^,，。;；]{0,20}?(?:报道|報導|報道)', '(?:外媒|媒体|媒體|彭博社?|路透社?)(?:报道|報導|報道)', '(?:外媒|海外媒体|海外媒體)(?:称|稱|指出?|援引)', '(?:报道|報導)[称稱指]', '(?:有|另有)?消息[称稱指]', '有消息', 'と報じ', '報じられ', 'と伝え(?:た|ている|られ)', '関係者の話',
    // 最大250億ドルに上る可能性があるという, 出資を検討しているという: a possibility or a deliberation passed on (…という) is hearsay.
    '(?:可能性が(?:ある|あった|高い)|検討して(?:いる)?|調整して(?:いる)?)(?:だ|です)?という',
    // A headline that opens with 传 ("rumoured"): 【传亚马逊拟再投资…】, 傳蘋果將….
    '(?:^|(?<=[【\\[「『《]))[传傳](?![统統输輸感播递遞承奇媒闻聞言出送达達])', '(?<![宣])[传傳](?=[拟擬将將欲要再或])', '関係者によると', '関係者によれば', '報道によると', '報道によれば',
    // 日本経済新聞によると, ロイター通信によれば: a paper's or a wire's story, as 据彭博社报道 is (not IDCによると, a research house's data).
    '(?:新聞|新聞社|通信|日経|ブルームバーグ|ロイター|共同|時事|NHK)(?:の(?:報道|取材|調べ))?(?:によると|によれば)',
    // …との情報も出回った, 上る可能性があるという: what goes round, or a possibility passed on ("it may, it is said"), is hearsay
    // in Japanese (not a company's own という: 削減できるという is what it says its chip does).
    'との(?:情報|噂|うわさ|話)', '出回(?:っ|る|り)', '(?:複数の)?関係者が明(?:らかにし|かし)た',
    // 市场曾传出…的消息, 未予证实, 未経確認, 確認されていない: what the market passed around, or no one confirmed (never 未确认为收入, revenue not yet recognised).
    // 供應鏈傳出，鴻海將投資…: word from the supply chain, as from the market, is hearsay.
    '(?:市场|市場|坊间|坊間|外界|业内|業內|业界|業界|供应链|供應鏈|产业链|產業鏈|上下游|同业|同業|圈内|圈內)(?:曾|一度|近日|日前|早前)?[传傳]出',
    // …ことが分かった: the Japanese press's "it has been learned", a story's own finding from people it does not name (not one a
    // filing, a release or results showed, 決算資料で分かった, nor the company's own word, 同社への取材で分かった).
    '(?<!(?:資料|発表|決算|開示|届け?出|報告書|公表|文書|登記|集計|統計|調査|調べ|リリース|(?:同社|当社|会社側)(?:へ|に)の取材)(?:で|により|によって|から)[^。]{0,60})(?:こと|の)が(?:分か|わか)った',
    // 市場盛傳, 坊间疯传: what is "widely rumoured" is hearsay, whoever passes it on.
    '(?:盛|疯|瘋|热|熱)[传傳](?![统統输輸承媒导導])', '(?:均|都|并|並|尚|仍)?未(?:予|获|獲|经|經)?(?:证实|證實)', '(?:未|尚未)(?:获|獲|经|經)?(?:确认|確認)(?!为|為|收入|营收|營收|的?(?:合同|合約|订单|訂單))', '未確認(?!為|为|收入|營收|营收|的?(?:合約|合同|訂單|订单))', '確認(?:されて|して)いない', '(?:已|并|並)?(?:予以)?否[认認]', '否定し(?:た|ている)', '否定了'] },
  // The company's own forecast or outlook is its plan, not someone else's forecast ("analysts raised their forecast" is theirs).
  // "The midpoint of the new range, $10 billion, is below the $10.8 billion analysts had expected", "its new midpoint of $10.0
  // billion", "the new midpoint is $7.90": the middle of a company's range is its guidance too (not an analyst's "midpoint of our range", below).
  { modality: 'plan', phrases: ["(?<!\\b(?:our|my|analysts?['’]?)\\s+(?:[\\w-]+\\s+)?)\\bmid-?point(?:s)?(?= of\\b| it gave\\b|,| (?:is|was|would be|stands at|comes to)\\b)(?! of (?:our|my|analysts?['’]?|the Street['’]s|consensus)\\b)",
    // "At the midpoint that is growth of roughly 20% year on year": what a company's range comes to at its middle.
    "\\bat the mid-?point\\b(?! of (?:our|my|analysts?['’]?|the Street['’]s|consensus)\\b)"] },
  // What a company tells analysts to look for is its guidance: "Microsoft told analysts to look for 37% to 38% growth".
  // A table's column label, read in brackets after its row's ("AWS revenue (Mgmt guide) 40.1"), in a note's abbreviations: "Guide", "Plan", "Budget".
  { modality: 'plan', phrases: [String.raw`\((?:[^()]{0,20}\s)?(?:guide[ds]?|guidance|plan(?:ned)?|budget(?:ed)?|targets?)\)`, "(?:(?<!\\b(?:analysts?|brokers?|economists?|strategists?)\\b[^.;]{0,60})(?:its|their)|the company['’]s|management['’]s)\\s+(?:[\\w-]+\\s+){0,4}(?:forecasts?|projections?|outlook|guidance|guides?|targets?|range)", '(?:told|tells?|telling|advised|advises|asked|asks) (?:analysts|investors|shareholders|the Street|Wall Street) to (?:look for|expect|model|plan for|pencil in|anticipate)',
    // "Tessarine warned that charges could reach $420 million", "the up to $420 million it warned of in October": what a company warns
    // of for itself is its own outlook, a plan, however it hedges it.
    "(?<!\\b(?:analysts?|brokers?|economists?|strategists?|investors)\\s)warn(?:ed|s|ing)?(?: (?:investors|analysts|shareholders|in (?:a|its) [\\w-]+))? (?:that )?(?:[\\w'’-]+ ){0,4}?(?:could|would|may|might|will) (?:reach|total|be|come to|exceed|hit|top|amount to)\\b", '(?<= {2})(?:it|they|the company|management) (?:had )?warned (?:of|about)\\b', '(?:会社|自社|同社)(?:側)?の?(?:予想|見通し)',
    // "the company was \"on track to invest approximately $80 billion\"": a company on track by its own account states its plan ("AWS is on track to …", an outlet's call, is a forecast).
    '(?:the company|the firm|we)(?:[\'’]re| (?:is|was|are|were|remains?|remained))? (?:still )?["“]?on (?:track|course|pace) to',
    // "Amazon said it is on course to spend about $200 billion": a company saying it is on course states its plan.
    // "Finance chief Anat Ashkenazi kept the 2026 forecast of $175 billion to $185 billion": an officer who keeps or moves
    // the company's forecast states its plan.
    "(?:finance chief|chief financial officer|CFO|chief executive|CEO|management)(?:\\s+[A-Z][\\w.'’-]*){0,3}\\s+(?:kept|reiterated|maintained|reaffirmed|stuck (?:to|with)|raised|lifted|lowered|trimmed|narrowed)\\s+(?:the|its)\\s+(?:(?:19|20)\\d{2}\\s+|full[- ]year\\s+|annual\\s+)?(?:(?:capex|capital[- ]spending|spending|revenue|sales)\\s+)?(?:forecast|outlook|projection|range|guidance|plan|target|budget)s?",
    // "Li narrowed Meta's 2026 capital-expenditure forecast to $124 billion to $130 billion": whoever moves or keeps a company's own
    // forecast, named by the company, states its plan (not analysts, whose forecast of it is theirs).
    `(?<!\\b(?:analysts?|brokers?|economists?|strategists?|${BROKERS})\\b[^.;]{0,60})(?:kept|reiterated|maintained|reaffirmed|raised|lifted|lowered|trimmed|narrowed|widened)\\s+(?:the company['’]s|[A-Z][\\w.&-]*['’]s)\\s+(?:(?:19|20)\\d{2}\\s+|full[- ]year\\s+|annual\\s+)?(?:[\\w-]+\\s+){0,2}?(?:forecast|outlook|projection|guidance|range)s?`,
    // "the ¥150 billion buyback", "a $12 billion share repurchase program", 1500億円を上限とする自社株買い: a buyback priced right before
    // it is an authorisation, not shares bought back (blanked out of the scope, the figure leaves its spaces).
    "(?<!\\b(?:complet|finish|execut|conclud)(?:ed|es|ing) (?:(?:a|an|its|the) )?\\s*)(?<= {2})(?:share |stock )?(?:buy-?backs?|repurchase (?:program(?:me)?|plan|authori[sz]ation)s?)\\b", '上限とする自社株',
    // 东京电子宣布回购最多1500亿日元的股票, 拟回购: shares a company announces or intends to buy back are yet to be bought.
    // (Not 该计划下累计回购股份, shares bought back under a plan.)
    '(?:(?:宣布|拟|擬|将|將|获准|獲准|批准)[^，。；,;累已]{0,6}?|(?:计划|計劃))回[购購](?=[^，。；,;]{0,16}?股)',
    // "its board approved a fresh $12B buyback", "has authorised buying back up to ¥150 billion of its own shares": a buyback
    // authorised is money set aside for it, not yet spent.
    "(?:approv|authori[sz]|announc|unveil)(?:ed|es|e|ing|s)? (?:(?:a|an|its|the|another) )?(?:new |fresh |additional |further |expanded |larger )?\\s*(?:[\\w$¥€£.,-]+ ){0,2}?(?:share |stock )?(?:buy-?back|repurchase|buying back|to buy back|to repurchase)",
    // "YTL Power's board approved a capital budget of RM8.5 billion", "approved about US$18.9 billion of capital appropriations and
    // a cash injection of no more than US$7.5 billion", 設備投資予算を承認した: a sum a board or a government approves is yet to be spent.
    "(?:approv|authori[sz]|sanction)(?:ed|es|e|ing|s)? (?:(?:a|an|its|the|another) )?(?:new |fresh |additional |further )?\\s*(?:[\\w$¥€£.,-]+\\s+){0,4}?(?:of )?(?:capital |capex |investment |spending |cash )?(?:budget|appropriations?|injection)s?\\b", '(?:予算|投資計画|出資)を?(?:承認|決議)',
    // "lifted the full-year plan to $95 billion from the approximately $85 billion he set out in September": what an officer or the
    // company set out is its plan (the figure, blanked out of the scope, right before).
    '(?<= {2})(?:it|he|she|they|the company|management) (?:had |has |have )?set out\\b',
    // "CFO Anat Ashkenazi kept the 2026 range … and put 2027 at a minimum of $220 billion": the year an officer puts at a figure.
    `(?<=\\b(?:${OFFICER}|management|the company)\\b[^.;]{0,100}?)(?:put|puts|putting|pegg?(?:ed|s|ing)?) (?:19|20)\\d{2}(?:['’]s)? (?:(?:capex|capital spending|spending|revenue|sales) )?at\\b`,
    // "Tencent's management said full-year capex should exceed RMB 100 billion", "the company said revenue should come in at …": a
    // company's own "should" is its guidance (anyone else's is a guess at the figure, a forecast below).
    `(?<=\\b(?:management|executives|the company|the firm|${OFFICER}(?:\\s+[A-Z][\\w.'’-]*){0,3}|it|they|we)\\s+(?:also\\s+)?(?:said|says|told (?:investors|analysts|shareholders)|reiterated|stated|added|confirmed|noted)\\b[^.;]{0,60}?)should(?: (?:now|still|also))? ${HEDGED_VERB}`,
    // "about 1 GW should be connected by the end of 2026", "the first phase should be online in 2027": capacity that should be in
    // service by a time to come is planned.
    "should(?: (?:now|still|also))? be (?:connected|energi[sz]ed|online|on ?line|operational|live|in service|commissioned|completed|delivered|up and running|brought online|switched on)\\b",
    '(?<!\\b(?:analysts?|brokers?|economists?|strategists?|investors)\\s)(?:said|says|told \\w+|tells \\w+|reiterated|confirmed|added)(?: (?:on \\w+|again|that)){0,2} (?:it|they|the company|[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*)?)(?:[\'’]s|[\'’]re| (?:is|was|are|were|remains?|remained))? (?:still )?["“]?on (?:track|course|pace) (?:to|for)', '(?:会社|自社|同社)(?:側)?(?:は|が)[^。、,]{0,30}?(?:と予想|と見込)', '業績予想'] },
  {
    modality: 'forecast',
    phrases: [
      // "Analysts at Bernstein, a broker, reckon …": a few words, an apposition between commas, before the verb.
      // (Not investors or analysts a company "told to expect": that is its own guidance.)
      `(?<!\\b(?:told|tells?|telling|warned|warns|assured|reassured|advised|guided)\\s)(?:analysts?|Wall Street|the Street|investors|economists|strategists|the market|(?:market|industry) watchers|consensus|observers|researchers|forecasters|brokers|brokerages|${BROKERS})(?:,? [\\w-]+){0,6},? (?:(?:expect|forecast|estimate|predict|project|anticipate|see|believe|reckon|think|pencil|model)\\w*|peg(?:s|ged|ging)?|(?:put(?:s|ting)?|plac(?:e|es|ed|ing))(?= (?:the|that|this) (?:figure|number|total|tally) (?:at|near|around)\\b)|(?:put(?:s|ting)?|plac(?:e|es|ed|ing))(?= (?:[\\w'’-]+ ){0,3}?(?:(?:19|20)\\d{2}|fiscal|FY\\d{2,4}|next year['’]s|full[- ]year)\\b(?: [\\w'’-]+){0,4}? (?:at|near|around)\\b)|(?:(?:were|are|was|is|had been) )?(?:looking for|betting|hoping for)|call(?:s|ed)? for|point(?:s|ed|ing)? to|want(?:s|ed)?(?= (?:[\\w-]+ ){0,4}?(?:of|at|near|around|above|below|to)\\b))`,
      // "the Street sits at about $21.5 billion of revenue for that quarter", "consensus stands at": where the market's estimate is.
      '(?:(?:the|Wall) Street|consensus|the consensus) (?:now |currently )?(?:sits|sat|stands|stood|is|was)(?= (?:at|near|around|closer to)\\b)',
      // "Buy-side whispers put growth closer to 25%", "the whisper number": what traders expect, unpublished, is their forecast.
      '(?:buy-side |sell-side |Street |street )?whispers? (?:numbers? )?(?:put|puts|have|has|see|sees|point|points|is|are)\\b', 'whisper numbers?',
      // "We expect" is as often a company's own guidance (a transcript, a quote) as an analyst's: only its forecast verbs are a forecast,
      // and an opinion of a figure to come ("We now think 2026 capex comes in around $230 billion", "we reckon", "we pencil in").
      // So is a guest's "I think they end the year closer to $225 billion".
      '(?:we|I)(?: \\w+){0,3} (?:forecast|estimate|predict|project|model|think|reckon|pencil)\\w*',
      // A speaker's own call on a figure to come ("My call: Azure averages 36% growth in fiscal '27", "I'd bet on 30%"): their forecast.
      "my (?:own )?(?:call|prediction|forecast|guess|bet|pick|estimate|projection)\\b",
      // "My own number is ninety billion dollars, above their eighty-eight": a speaker's (or a house's) number for a figure to come.
      '(?:my|our) (?:own )?(?:number|figure)s? (?:is|are|was|were|for|comes? in|sits?)\\b', "I (?:predict|reckon)\\b", "I(?:['’]d| would) (?:guess|bet|wager)\\b",
      // The same for someone else's number: "(Street est.)", "(Cons.)", "(Fcst)", "(Proj.)", "(Estimated)", "(Visible Alpha)" ("an estimated 500,000 chips", outside a label, is a fact said roughly).
      String.raw`\((?:[^()]{0,20}\s)?(?:est(?:imated?|imates?)?\.?|ests?\.|cons(?:ensus)?\.?|fcst\.?|proj(?:ected|\.)?|expected|street|visible alpha|factset|lseg)\)`,
      // "…, in Morgan Stanley's view", "in the view of analysts at UBS": the broker's or the analysts' call.
      `in (?:the )?(?:${BROKERS}|analysts?|the Street|Wall Street|economists|strategists|consensus|the market)['’]?s? (?:own )?(?:view|opinion|estimation|reckoning|judge?ment|assessment|models?|numbers?)\\b`,
      `in the (?:view|opinion|estimation|reckoning|judge?ment|assessment) of (?:(?:the|some|most|many) )?(?:${BROKERS}|analysts?|the Street|Wall Street|economists|strategists)`,
      // "raised its price target to $60", 目标价, 目標株価: a broker's price target for a share is its forecast.
      'price targets?', 'target prices?', '目标价', '目標價', '目標株価',
      // "Jarden values NEXTDC at A$21.40 a share": what a broker values a company at is its view, a forecast.
      `(?:values|valued|pegs|pegged)(?<=\\b(?:${BROKERS})(?:['’]s? analysts?)?\\s(?:values|valued|pegs|pegged))`,
      '(?<!\\bload )forecast(?:s|ed|ing)?', 'predict(?:s|ed|ing|ion|ions)?', "(?:the )?Street['’]s", '(?:the|Wall) Street (?:had|was|is|were)', 'modell?(?:ed|ing)', 'per (?:FactSet|LSEG|Visible Alpha|Refinitiv)', 'according to (?:data (?:from|compiled by) )?(?:FactSet|LSEG|Visible Alpha|Refinitiv|S&P Capital IQ|Zacks)',
      // A quoted analyst's view: "We think AWS can grow north of 30%," wrote Evercore ISI analyst …
      '(?:wrote|writes|said|says|told \\w+)(?: [\\w-]+){0,4} analysts?', 'estimates?', 
      // "Harwell Gate Securities now models $178 billion": a sum someone models (the sum itself blanked out of the scope) is a forecast of it.
      '\\bmodel(?:s|l?ed) (?:(?:about|around|roughly|some|nearly|close to) )?(?= )', 'projections?', 'is projected', 'are projected', 'projected(?= (?:[\\w-]+ ){0,4}(?:of|at|to|between)\\b)', 'estimates? (?:of|from|that|by)',
      '(?:is|are|was|were) (?:widely |generally |broadly |now |also |still )?expected to', 'expected by',
      // "looks set to pass $300 billion", "seems poised to": the writer's reading of where a figure goes; "by our estimates" the house's own.
      '(?:looks?|looking|seems?|appears?) (?:set|poised|on track|likely|on course) to', 'by (?:our|my) (?:own )?(?:estimates?|reckoning|forecasts?|models?|projections?)\\b', 'polled by',
      // "A Reuters poll of analysts put …", "Assuming 25% growth, AWS revenue would …": the polled's view, and a figure assumed.
      // "Meta stands to gain $5 billion in cloud revenue from the agreement": what a deal may bring is a guess at it.
      'stands? to (?:gain|make|earn|lose|receive|collect|reap|save|win|get|book|pocket)',
      'polls? of (?:[\\w-]+ )?(?:analysts|economists|strategists|forecasters|brokers|investors)', 'assuming (?:(?:a|an|about|roughly|around|some) )?(?= (?![^.;,]{0,20}\\b(?:debt|liabilit|obligations|loans?)))',
      // "Amazon's 2026 capital spending, projected by analysts at $215 billion": the passive of the analysts' verb.
      `(?:projected|estimated|pegged|put|seen) by (?:(?:most|some|many) )?(?:analysts?|Wall Street|economists|the market|consensus|forecasters|${BROKERS})`, 'consensus',
      // "the backlog could swell to …", "growth might slow to 25%", "may well top", "should come in at 37%": a figure that may come to
      // pass is a guess. Only verbs that move or land a figure, so that "the deal could pay off" or "in May, revenue rose" say nothing.
      `${HEDGE} ${HEDGED_VERB}`,
      // "capex will likely hit $150 billion", "would probably exceed": a hedge adverb turns the future of a plan into a guess.
      `(?:will|would|should|could|may|might)(?: (?:also|still))? (?:likely|probably|possibly|perhaps|conceivably|plausibly) ${HEDGED_VERB}`,
      // "Oracle's backlog would swell to $700 billion should the deal be expanded", "If demand holds, the backlog would top …": a level
      // that follows from a condition is the writer's working-out, not the company's plan ("said it would invest … if", its own).
      `${UNSAID_WOULD}(?: (?:\\w+ly|still|also|then|easily))? ${HEDGED_VERB}(?=[^.;]{0,80}?\\b${CONDITION})`,
      `${UNSAID_WOULD}(?<=\\b(?:if|unless|assuming|at (?:this|that|the current|current|today['’]s) (?:rate|pace|clip))\\b[^.;]{0,80}?would)(?: (?:\\w+ly|still|also|then|easily))? ${HEDGED_VERB}`,
      // "The broker's model has Oracle's backlog at $600 billion", "our model puts …": a house's model of a figure is its forecast.
      // (Not "our business model has driven revenue to …", a company's way of doing business.)
      `(?:(?:${BROKERS})['’]s|analysts?['’]s?) (?:[\\w-]+ )?models?\\b`, '(?:our|my)(?: own)? models? (?:has|have|puts?|pegs?|sees?|shows?|assumes?|implies?|calls? for)\\b',
      // "FactSet has data-center revenue at $71.4B", "the Street puts capex near …": where a data house or the Street has a figure is its estimate.
      // (Not "analysts put the backlog at …", analysts telling a figure as it stands.)
      `(?:consensus|the Street|Wall Street|${BROKERS}) (?:now |currently |still )?(?:ha(?:s|ve|d)|puts?|pegs?|pegged)(?= (?:[\\w'’-]+ ){0,4}?(?:at|near|around|of)\\b)`,
      // "One user is calling for the backlog to hit $300B by year-end": a call on a figure to come.
      '(?:is|are|was|were) calling for(?=[^.;]{0,60}?\\bto (?:hit|reach|top|exceed|grow|rise|climb|be|clear|pass|surpass)\\b)', 'on track to', 'poised to', 'likely to',
      // "is on pace to spend", "is tracking toward $75 billion", "is heading for": where a figure's course leads is an outlet's extrapolation.
      'on (?:pace|course) (?:to|for)', 'on track for', '(?:is|are|was|were|seems?|appears?) (?:now |still )?tracking (?:toward|towards|to|for|at|ahead)', '(?:heading|headed) (?:for|toward|towards|to)\\b', 'en route to',
      // "is seen at 29%", "is pegged at", "is tipped to", "is estimated at", "is anticipated to reach": the passive of a forecast
      // with no company behind it ("was seen as strong", "an estimated 500,000 chips" say nothing of a guess).
      // A headline drops the "is": "Oracle backlog seen topping $600 billion", "Azure growth seen at 38%" (not "has seen", "was seen").
      '(?<!\\b(?:has|have|had|is|are|was|were|be|been|being|not|never)\\s)seen(?= {2}| (?:topping|reaching|hitting|rising|growing|climbing|falling|slowing|exceeding|surpassing|doubling|jumping|at|near|around|above|below)\\b)',
      '(?:is|are|was|were|being|been) (?:now |currently |widely |generally |still |also )?(?:seen|pegged|tipped|estimated|anticipated|forecast|projected|predicted)(?= (?:to|at|near|around|between|(?:[\\w-]+ )?(?:rising|growing|climbing|falling|slowing|reaching|hitting|topping|coming|landing))\\b)',
      // "Microsoft is set to report Azure growth of 38%": a result not yet out is the outlet's or the Street's expectation of it.
      '(?:set|poised|due|slated|expected) to (?:report|post|deliver|show|log|book|announce)',
      // "Expectations are for …", "expectations call for …": the market's, unless the company's own ("its expectations").
      "(?<!(?:its|their|the company['’]s|management['’]s|our) (?:[\\w-]+ )?)expectations (?:are|were|call(?:s|ed)?|point(?:s|ed)?) (?:for|to)\\b",
      // 预计 is a company's guidance, and a forecast when analysts, a bank or the market say it.
      '(?:分析师|分析師|分析員|分析员|分析人士|投信|投顾|投顧|基金经理|基金經理|经理人|經理人|策略师|策略師|经济学家|經濟學家|市场|华尔街|華爾街|机构|機構|外资|外資|投行|券商|法人|摩根士丹利|高盛|摩根大通|业内|業內|业界|業界|外界|アナリスト|市場|穆迪|标普|標普|惠誉|惠譽|评级机构|評級機構|信评机构|信評機構|大摩|小摩|瑞银|瑞銀|花旗|美银|美銀|野村|中金|ムーディーズ|フィッチ|格付け会社|証券会社|(?:研究|研调|研調|调研|調研|市调|市調|咨询|諮詢|顾问|顧問)(?:机构|機構|公司)|集邦(?:科技|咨询|諮詢)?|拓墣|高德纳|高德納|顧能|群智咨询|群智諮詢)[^,，。;；]{0,8}?(?:预计|預計|预期|預期|预测|預測|预估|預估|估计|估計|估算|测算|測算|推测|推測|猜测|猜測|认为|認為|看好|所料|予想|見込む|予測|模型)', // 如券商所料 (as brokers expect). Japanese puts the verb after the figure: ムーディーズはアマゾンの27年の設備投資を2350億ドル程度と見込んでいる.
      // 按照瑞银的模型, 根據研調機構的模型: figures drawn from someone's model are that house's forecast (not the company's own, 公司的模型).
      // (Chinese words only: a pattern with Latin letters in it is read with Latin word boundaries.)
      '(?:按照|根据|根據|依照|依据|依據)(?!(?:该|該|本)?公司|其|管理层|管理層|官方|自身)[^，。；,;]{1,12}?的?(?:模型|模型测算|模型測算)',
      '(?:アナリスト|ムーディーズ|フィッチ|格付け会社|証券会社|市場|野村|大和|みずほ|SMBC日興|ゴールドマン|モルガン)(?:[^は、。]{0,12})?(?:は|では|の間では|の間で)[^。]{0,60}?(?:見込|予想|予測|試算|推計|見積|[」』]?と(?:み|見)(?:る|て|た))', '预测', '預測', '有望', '可望',
      // 照目前的增速, このペースが続けば: a course drawn on from today is the writer's extrapolation; 達しそうだ: "looks likely to reach".
      '(?:照|按|依)(?:目前|当前|當前|现在|現在)(?:的)?(?:增速|速度|趋势|趨勢|势头|勢頭|节奏|節奏)', '(?:この|今の|現在の)(?:ペース|勢い|伸び)が続けば', '(?:達し|超え|上回り|下回り|伸び|増え|届き|なり|膨らみ)そう(?:だ|です|な)', '或将', '或將',
      // 资本开支或达2300亿美元: 或 ("may") right before a verb of reaching a level, not 或 ("or") between two nouns.
      '或(?:会|會|可|能)?(?=(?:达|達|超过|超過|逾|突破|升至|增至|降至|跌至|高达|高達|接近|触及|觸及|破))',
      // …に達するとの見方が多い: a view held (見方), by the market or observers, is their forecast.
      'との見方', '見方が(?:多い|強い|広が|出て)',
      // 3500億ドルを上回る可能性がある: what "may" exceed a level is a guess, as "could exceed" is (passed on with という, hearsay: above).
      '(?:上回|超え|超す|達す|届)る可能性が(?:ある|高い|大きい)',
      // 很可能突破2500亿美元: what "may well" happen is someone's guess, as "could reach" is.
      '(?:很|极|極|非常|更|也)可能(?:会|會)?(?!性)', '(?<!不)可能(?:会|會)?(?:突破|达到|達到|超过|超過|升至|增至|达|達|逾|触及|觸及)',
      // 年底可能突破3000亿美元: the bound (突破, 超过) is read with the figure, so 可能 stands right before it.
      '(?<!不)可能(?:会|會|将|將)?(?=\\s)',
      // "beat the market's expectation of around 23 trillion won", "the Street's estimate of …": the market's number, not the company's.
      "(?:the )?(?:market|Street|consensus|analysts?|investors)['’]s? (?:[\\w-]+ )?(?:expectations?|estimates?|forecasts?|projections?)(?= (?:of|at|for)\\b)", '市场预期', '市場預期', '(?:市场|市場)?普遍(?:预期|預期)', '一致(?:预期|預期|预测|預測)', 'コンセンサス', '予想', '予測(?:する|した|して|され)', '(?:市场|市場)?(?:共识|共識)', '(?:と|に)(?:み|見)られ(?:る|ている)',
    ],
  },
  {
    // An estimates table's column ("2Q26E", "FQ4 26E", "FY27E", "CY2026E", "2H26E", "2026F"): the house's forecast; "1Q26A" is an actual.
    // Apart from the forecast words above, whose every match holds a word the literal gate looks for (literalGate.ts): a mark of
    // one letter has none, and would have the whole pattern tried on every scope. Read right after them, it says the same.
    modality: 'forecast',
    phrases: ['(?:(?:CY|FY|F)(?:20)?\\d{2}|20\\d{2}|[1-4][QH] ?(?:CY|FY)?(?:20)?\\d{2}|F?[QH][1-4] ?(?:CY|FY|F)?(?:20)?\\d{2})E', '(?:(?:CY|FY)?20\\d{2}|FY\\d{2})F'],
  },
  {
    modality: 'plan',
    phrases: [
      'plan(?:s|ned|ning)?', 'expect(?:s|ed|ing|ation|ations)?', 'counting on',
      // "Hon Hai now sees AI server revenue growing more than 150% in 2026": what a company sees its figure doing is its outlook
      // (an analyst's is a forecast, below); "we reaffirm our long-term operating earnings growth rate of 7% to 9%", its target.
      "sees? (?:[\\w'’-]+ ){1,5}?(?:growing|rising|climbing|increasing|falling|declining|reaching|topping|hitting)\\b", "(?:reaffirm|reiterat)(?:s|ed|es|e|ing)? (?:our|its|their) (?:[\\w-]+ ){0,4}?growth rates?\\b", 'anticipat(?:e|es|ed|ing)', 'guid(?:ance|ed|es|ing)',
      // "the company’s ~$72B revenue guide", "a Q2 guide of …": the desk’s noun for guidance (not "a guide to …").
      'guides?(?! (?:to|on)\\b)', 'outlook', 'target(?:s|ed|ing)?',
      // "sets a 5 GW small-reactor goal", "Amazon's goal is to have more than 5 GW … by 2039": a goal is a target.
      'goals?',
      // "has set a goal of at least $4 billion for 2027": a goal a company sets itself is its target.
      '(?:set|sets|setting|has|had|have|with) (?:a|an|its|their|the) (?:new |fresh |higher |lower |stretch |long-term |longer-term )?goals? of', 'aim(?:s|ed|ing)?', 'intend(?:s|ed)?', 'budget(?:s|ed|ing)?',
      // "its $17.5 billion India commitment for 2026–2029": a commitment for years to come is a pledge.
      'commitments?(?= (?:for|over|through|between) (?:20\\d\\d|the next|the coming)\\b)',
      'earmark(?:s|ed)?', 'pledg(?:e|es|ed|ing)', 'promised (?:an? )?(?:investments?|spending|funding) of', 'promise(?:s|d)?(?= of\\b| to\\b| (?:in|on|at|back in|last|this|earlier this) [\\w ,]{1,25}? to\\b)',
      // "SoftBank is putting in $6.9 billion of equity": money a company is putting into a project, still to go in. "The partners
      // put the total cost of the project at about $45 billion": what a project is to cost, as its owners reckon it.
      '(?:is|are) putting (?:in|up)\\b', 'put(?:s|ting)? (?:the|its|their) (?:total |estimated |overall |projected )?(?:cost|price tag|bill)(?: of [^.;]{0,50})? at\\b',
      // "well above the $35 billion it flagged in September", "the $35bn it had indicated": a sum a company signalled ahead is its guidance.
      // So is "the US$200 billion it set out at the start of the year", "the ~$200bn it gave in February", and a sum "flagged in
      // February" right after it.
      // "the $45.6 billion to $45.8 billion it projected when it reported …", "the range it set in August": the same (not "the
      // $91.4 billion it laid out in 2025", money laid out, spent).
      '(?:it|they|the company|management) (?:had |has |have )?(?:flagged|indicated|signall?ed|pointed to|gave|set out|projected|forecast|guided(?: to)?|outlined|issued)(?= (?:in|last|at|earlier|back|previously|before|then|when|with|alongside|along with)\\b|\\s*[.,;]|\\s*$)',
      '(?<=\\b(?:range|target|goal|forecast|outlook|budget|guidance)\\s)(?:it|they|the company|management) (?:had |has |have )?set(?= (?:in|last|at|earlier|back|previously|before|then|when|with|alongside|along with)\\b|\\s*[.,;]|\\s*$)',
      '(?<=\\s{2})(?:flagged|indicated|signall?ed)(?= (?:in|last|earlier|back|previously)\\b)',
      // "the £8bn it promised Britain", "the $30bn they pledged": a sum a company has promised is still to be spent; so is one
      // it announces for something ("AWS announces £8bn for UK data centres").
      '(?<=\\s{2})(?:it|they|the company) (?:had |has |have )?(?:promised|pledged)\\b', 'announc(?:e|es|ed|ing)(?=\\s{2,}for\\b)',
      // "Nvidia has pointed to revenue of about $72bn", "management points to total revenue of …": a sum a company points to is its guidance
      // (not "pointed to its 28% growth", a result it cites).
      '(?:has |had |have )?(?:points?|pointed|pointing) to (?!(?:its|their|the|this|that|these|those|his|her|our)\\b)(?:[\\w-]+ ){0,2}?(?:revenue|sales|growth|capex|capital (?:spending|expenditures?)|spending|outlays?|(?:operating )?income|profit)s? (?:of|at|near|around)\\b',
      // "Amazon has pencilled in $200 billion": a company's own pencilled-in figure is its plan (analysts' is their forecast, above).
      'pencill?(?:ed|ing|s)? in',
      // "steers Q3 revenue to about $99 billion": a company steering a figure of its own to a sum guides it.
      'steer(?:s|ed|ing)? (?:[\\w-]+ ){0,4}?to(?= )',
      // "has put its full-year figure at about 215 billion dollars", "pegs its 2026 total at …": a company's own figure for a
      // year set at a sum is its plan for that year.
      '(?:put|puts|putting|pegg?(?:ed|s|ing)?|sets?|setting) (?:its|their) (?:full[- ]year|annual|(?:19|20)\\d{2}|fiscal[- ]year) (?:[\\w-]+ )?(?:figure|number|total|tally|estimate|target|budget)(?= at\\b)',
      // "against a full-year range of $115 billion to $135 billion": a range for a year is the company's guidance, not a figure booked.
      "(?:full[- ]year|annual|fiscal[- ]year|(?:this|next) year['’]s) (?:[\\w-]+ ){0,2}?range",
      // "Meta reiterated a 2026 range of $115B to $135B": a range for a year named is guidance too; "Alphabet eyes $175 billion of
      // capex": a sum a company eyes, the verb right before it (the figure is blanked out of the scope), is its target.
      '(?:19|20)\\d{2} (?:[\\w-]+ )?range(?= of\\b)', 'eye(?:s|ing)(?= (?:about |roughly |around |some |up to |as much as )?\\s{2})', 'slated to', 'set to', 'set(?:s|ting)? aside',
      // "Amazon's proposed $10 billion campus", "a proposal for a $1 billion site": a project proposed is yet to be built (a deal proposed
      // is an offer, above). Only right before the figure, which the scope leaves out: "the campus it proposed in 2024" was built.
      'proposed(?= {2})', 'proposals? (?:for|of) (?:(?:a|an|its|the) )?(?= )', 'allocat(?:e|es|ed|ing)', 'tentative(?:ly)?', 'letter of intent', 'memorandum of understanding',
      // "Amazon projects capital outlays of about $200 billion", "the company sees spending of …": the verb, not the noun of
      // "data centre projects" or "put $37.5B into capital projects in the three months to March".
      `(?<!\\b(?:capital|construction|infrastructure|building|data[- ]cent(?:er|re)|AI|energy|power|development|its|their|the|new|other|such|these|those|on|into|in|for|of|and)\\s)(?:projects|projecting|sees)(?= (?:[\\w-]+ ){0,4}(?:of|at|to)\\b)`, `(?:will|would)${WILL_DO}`, `(?:it|they|we|he|she)['’]ll${WILL_DO}`,
      // "signed up last autumn to put as much as $5 billion into Anthropic", "committed last November to invest up to $5bn", "agreed in May 2025 to put more than $5 billion into
      // an AI zone": a sum a company has agreed or signed up to put in is promised, whenever it agreed.
      // …を支払うことで合意した, 出資することで合意: money a company agreed to pay or put in, in Japanese.
      `(?:agreed|signed up|committed)(?: [\\w-]+){0,3}? to${WILL_DO}`, '(?<=(?:支払う|払う|投じる|出資する|投資する|拠出する))ことで合意', "(?:is|are)(?: \\w+)? going to", 'intends?', 'seeks? to',
      // "OpenAI hopes to reach $100 billion of revenue", "Meta is preparing to spend", "Nvidia has promised to invest", "vowed to
      // spend": the company's intent in other verbs, right before a verb of money to come ("hopes to win customers" gives none).
      `(?:hop(?:e|es|ed|ing)|preparing|prepares|gearing up|gears up|getting ready|readying|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?) to${WILL_DO}`,
      // "Microsoft is to invest $10 billion in Portugal", "Amazon is lining up $35 billion for data centers": the news desk's future.
      `(?:is|are) to${WILL_DO}`,
      // "meant to grow to roughly 2 GW", "designed to house 1 million chips", "Musk wants Colossus 2 to reach a million GPUs":
      // what a site is meant to reach is still to come (not "a campus designed for about 2.2 GW", its size as built).
      `(?:meant|designed|due|supposed) to${WILL_DO}`, `want(?:s|ed)? (?:[\\w-]+ ){0,3}?to${WILL_DO}`,
      // "the company wants the site above 400 MW by fiscal 2028": where a company wants its own site or figure to stand is its target.
      '(?<!\\b(?:analysts?|investors|shareholders|brokers?|the Street|the market)\\s)wants? (?:the|its|their) (?:[\\w-]+ ){0,3}?(?:(?:above|beyond|past|over|at|near) )?(?= )',
      '(?:is|are) lining up(?= (?:about |roughly |around |some |up to |as much as |another |an? )?\\s)',
      // "Anthropic launched on Monday looking for $5 billion", "against the $5 billion it was looking for": what an issuer set out to raise.
      '(?:launched|marketed|opened|started)(?: [\\w-]+){0,3}? looking for(?= {2})', '(?<= {2})(?:it|they|the company|the issuer|the borrower) (?:was|were|had been) (?:initially |originally )?looking for', 'forecast(?:s|ed)? (?:its|their) own',
      // Money to be spent over the years to come: "will invest … over the next five years".
      // "taking the site to 5GW at full build-out", "2 GW once complete", "toward a first phase of 1 gigawatt", 全部建成后: what a
      // site reaches when built, or a phase is to reach, is still to come.
      // "The deal AMD struck with OpenAI calls for 6 gigawatts of Instinct capacity": what a deal or plan calls for is still to come
      // (analysts who call for a figure forecast it, above).
      '\\bcall(?:s|ed)? for\\b(?<=\\b(?:deal|agreement|contract|pact|plan|accord|arrangement|partnership|programme|program|project)s?\\b[^.;]{0,60}?call(?:s|ed)? for)',
      // "AMD signed a multi-year deal to put 2 GW of Instinct GPUs into Microsoft data centres": what a deal is to put in place is still to come.
      '\\b(?:deal|agreement|contract|pact|accord)s? to (?:put|deploy|install|bring (?:online|on line))\\b(?!\\s+(?:about\\s+|roughly\\s+|some\\s+|up to\\s+)?(?:US|A|C|S|HK)?[$€£¥])',
      'at full build-?out', 'toward(?:s)? (?:a|an|the|its) (?:first |second |third |initial |full )?(?:phase|target|goal) of(?=\\s(?:about |roughly |around |some |up to )?\\s)', '(?:when|once) (?:fully |all (?:[\\w.-]+\\s+|\\s+){0,3}?of it (?:is |has been )?)?(?:built(?: out)?|complete(?:d)?|finished)\\b', 'at completion',
      // "Phase one, designed for 2GW", "The 200 MW first phase remains on schedule for mid-2027": what a site is designed for (the
      // figure right after, not the sum that financed it), or a phase still on schedule for, is still to come ("on track for",
      // "on course to" are read above, as an outlet's forecast).
      '\\bdesigned (?:for|to (?:hold|deliver|reach|support|house|provide|draw|host))(?=\\s(?:about |roughly |around |some |up to |as much as |more than )?\\s)', '(?:remains?|remained|is|are|was|were|stays?|stayed) (?:still )?on schedule (?:for|to)\\b', '(?:全部|全面)?建成后', '(?:全部|全面)?建成後', '完工(?:后|後)', '全面稼働(?:時|後)',
      'starting next year', 'over the (?:next|coming) (?:[\\w-]+ )?(?:years|months|quarters|decade)', '(?:未来|未來|今后|今後)[一二三四五六七八九十两兩几幾数數\\d]+年',
      // Money committed to a campus or to data centres is promised for building (not "committed $8 billion to Anthropic", a stake taken).
      'commit(?:s|ted|ting)?(?:\\s+(?:about|roughly|around|some|nearly|almost|up to|at least|more than|no less than|not less than|a minimum of|over|another|an additional|a further))?\\s+to (?:(?:a|an|its|the|their|two|three|several|new|more)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:campus(?:es)?|data[- ]cent(?:er|re)s?|data halls?|server farms?|sites?|facilit(?:y|ies)|fabs?|factor(?:y|ies)|build-?outs?|expansions?)\\b',
      // "its $20 billion program … is still largely on paper", "the $11 billion campus … that AWS announced in April 2024": money announced for a site, not yet spent.
      '(?:is|are|was|were|remains?|remained|exists?) (?:still )?(?:largely |mostly |only |just |partly )?on paper',
      "(?:campus(?:es)?|data[- ]cent(?:er|re)s?|sites?|facilit(?:y|ies)|program(?:me)?s?|build-?outs?|expansions?)\\b[^.;]{0,60}?\\b(?:that|which) (?:[\\w.&'’-]+ ){1,3}?(?:announced|unveiled)\\b",
      // "The Richmond County campus, about $10 billion, was unveiled in June", "two years after it was announced"; "AWS announced a $10 billion
      // campus"; "Richmond County lands a roughly $10 billion AWS campus": a site announced, or won by a place, is money still to be spent.
      "(?:campus(?:es)?|data[- ]cent(?:er|re)s?|sites?|facilit(?:y|ies)|program(?:me)?s?|build-?outs?|expansions?)\\b[^.;]{0,60}?\\b(?:was|were|is|are|been) (?:first |originally |officially )?(?:announced|unveiled)\\b",
    // "an $11.2 billion build announced on November 5": a site priced right before it and announced, the verb right after.
    "(?<= {2}(?:[\\w-]+ ){0,3})(?:campus(?:es)?|data[- ]cent(?:er|re)s?|sites?|facilit(?:y|ies)|builds?|build-?outs?|projects?|expansions?) (?:first |originally |officially )?(?:announced|unveiled)\\b",
      "(?:announc|unveil|land)(?:ed|es|s|ing)?\\s+(?:(?:a|an|its|their|the)\\s+)?\\s*(?:[\\w$.~-]+\\s+){0,3}?(?:campus(?:es)?|data[- ]cent(?:er|re)s?|data halls?|facilit(?:y|ies)|fabs?|plants?|factor(?:y|ies)|expansions?|build-?outs?|builds?(?= (?:in|at|near|for)\\b))\\b",
      // "Georgia's $11 billion AWS build … is the oldest of the current state pledges": a sum the sentence calls one of the pledges.
      "\\b(?:is|was|are|were)\\s+(?:(?:one|the (?:oldest|newest|largest|biggest|smallest|latest|first|last))\\s+of\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:pledges|commitments|promises)\\b",
      // Money committed to infrastructure, its sum and the years it spans between, is promised for building: "has committed
      // 40 billion yuan (about $5.6 billion) over two years to cloud and AI infrastructure" (the clause read ends before "and";
      // not "committed $38 billion to AWS infrastructure", a deal with another company).
      // So is money committed to a country's infrastructure: "commits £5bn to UK infrastructure", "to Indian cloud infrastructure".
      'commit(?:s|ted|ting)?\\b(?=[^.;]{0,80}?\\bto (?:(?:new|its|their|the)\\s+)?(?:(?:UK|U\\.K\\.|US|U\\.S\\.|EU|[A-Z][a-z]+(?:an|ese|ish|ch|i))\\s+)?(?:(?:cloud|AI|computing|digital)\\s+)*(?:infrastructure\\b|(?:cloud|AI|computing|digital)\\s*$))',
      // Money applied for is not granted yet: "applied for up to ¥25 billion", "its ¥25bn subsidy application".
      '(?:appl(?:y|ies|ied|ying) for|applications?(?= (?:for|is|was|has|to)\\b|$))',
      // Money committed to build something has yet to be spent: "has committed up to $50 billion to build … capacity".
      'commit(?:s|ted|ting)?\\b[^.;]{0,40}\\bto (?:build|construct|develop|expand)',
      // Committing to spend is a promise of money yet to go out: "has committed to spend $11 billion on a campus" (not "has committed $8 billion to Anthropic", a stake taken).
      '(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)) to (?:spend|invest|pour|plough|plow|sink)',
      // Money committed over years named ahead is spread over them: "has committed $17.5 billion to India between 2026 and 2029",
      // "over 2026-2029", "through 2030" (not "has committed $8 billion to Anthropic", a stake taken).
      'commit(?:s|ted|ting)?\\b(?=[^.;]{0,100}?\\b(?:between (?:19|20)\\d{2}|(?:over|for|in) (?:19|20)\\d{2} ?[-–] ?(?:19|20)?\\d{2}|through (?:19|20)\\d{2}|by (?:the end of )?(?:19|20)\\d{2})\\b)',
      // “雷尼尔计划”, 「雷尼爾計畫」（Project Rainier）: a project's name in quotation marks is no plan of its figures.
      // (Not 该计划下累计回购, what was done under a plan.)
      // 整体规划为1吉瓦, 规划容量: a campus's planned size is to come, as 计划 says.
      '计划(?![”」』下])', '計劃(?![”」』下])', '計畫(?![”」』下])', '规划(?![”」』下])', '規劃(?![”」』下])', '預計', '预计', '预告', '預告', '财测', '財測',
      // 給出約990億美元的營收展望: a company's outlook for its revenue is guidance, a figure still to come.
      '(?<=(?:营收|營收|营运|營運|业绩|業績)\\s*)展望',
      // 本季再看990億美元, 全年看增: a company's headline "sees" a period still to come.
      '(?:本季|下季|全年|今年|明年)再?看(?=\\s|增|旺)',
      // 宣布为美国政府机构投入最多500亿美元建设AI算力: money a company announces it will put into building something is yet to be spent.
      '宣布(?!已)[^，。；,;]{0,20}?(?:投入|投资|投資)[^，。；,;]{0,24}?(?:建设|建設|兴建|興建|打造)', '有意(?!义|義|思|识|識|外)', '预估', '預估', '预期', '預期', '拟', '打算', '目标', '指引',
      // 最大250億円を申請した, 申请补贴: money applied for is not granted yet.
      '申請(?!(?:が|は)?(?:認め|承認|採択|通っ))', '申请(?!(?:已|获|獲)?(?:批准|通过))',
      // 売上高1兆円目標, 營收目標: the traditional and Japanese form of 目标 (not a broker's 目標株価, a price target).
      '目標(?!株価|股價|價)',
      // 合同承诺 (contractual commitments, the backlog) is business signed, not a promise of the company's own.
      // 算力承诺合计约1.4万亿美元: commitments summed up are made already, as "$1.4 trillion in commitments" is.
      // 承诺采购300亿美元的Azure算力: a commitment to buy computing capacity is a contract's value, as "committed to buy … of Azure compute" is.
      '(?<!合同|合约|合約)(?<!(?:已|已经|已經)[^，。；,;]{0,12}?(?:作出|做出)[^，。；,;]{0,24}?)承诺(?!合计|合計|总计|總計|总额|總額|累计|累計|(?:采购|採購|购买|購買|租用)[^，。；,;]{0,20}?(?:算力|云|雲|计算|計算|容量))',
      // 可将成本降低40%, 能将…提升: 将 after 可 or 能 (not 可能, "may") marks what is acted on, as 把 does: no future.
      // 将增速写成了21%: 将 as 把 before a verb done (了) tells what was done, no future.
      // 将来の売上高となる契約残高, 将来的收入: "future" describing what a figure is (the backlog's revenue to come), no future of the figure.
      '(?<!(?:^|[^可])能|可|可以|能够|能夠)将(?!近|这|這|该|該|其|此|之|上述|来(?:の|的))(?![^，。；,;\\d]{0,16}?了)',
      // 廣達將在美國投資10億美元: traditional 將 is as often 把 ("將2026年資本支出框定在…"), so only right before a verb of money to come.
      // 將在美國懷俄明州斯威特沃特郡興建: after 將在 or 將於 ("will, in …") a place or a time of any length may come first.
      // 全年資本支出將超過人民幣1,000億元: a level it will pass is to come too.
      '將(?=(?:(?:向|再|會)?[^\\d，。；,;]{0,6}?|(?:在|於)[^\\d，。；,;]{0,16}?)(?:投資|投入|斥資|興建|建設|擴建|達到|達|增至|升至|突破|超過|超出|高於|成長|增長|採購|收購|砸))', // (Not 売上計上が見込まれるバックログ: the backlog is defined as revenue expected, a book of contracts signed.)
      '見込(?:む|み|んで|まれ)(?!る(?:カレント|クラウド|バックログ|受注残|契約残))',
      // 已为资本开支预留约2000亿美元, 今年預算為…: money set aside or budgeted is yet to be spent.
      '预留', '預留', '预算', '預算', '拨出', '撥出',
      // 高于去年9月时给出的约350亿美元: a sum a company gave out back then, as "the $35 billion it flagged in September", is its guidance
      // (not 财报给出的营收, a result a report gives: only after a time named).
      '(?:去年|今年|此前|先前|早前|当时|當時|\\d{1,2}\\s*月)[^，。,；;]{0,4}?(?:时|時)?(?:给出|給出)的',
      // 未来三年投入, 今後5年で: money for the years to come, as "over the next three years" is.
      '(?:未来|未來|今后|今後)(?:[一二两兩三四五六七八九十]|\\d{1,2})[个個]?年',
      // 一年要砸下兩千億美元, 今年还要投入: 要 right before a verb of spending says money yet to go out (not 主要, 需要 or 只要).
      '(?<![主重需只想不也总總])要(?=再?(?:砸|投入|投资|投資|花|斥资|斥資|拿出|支出))',
      // 投资蓝图, 成長の青写真: a blueprint is a plan drawn, not money spent.
      '蓝图', '藍圖', '青写真', '計画', '予定', '方針', '見通し',
      // 量産を目指すラピダス: an aim that names the company after it describes the company, not what its sentence's figures are.
      '目指(?:す(?![\u30A0-\u30FF]{2}|[A-Z][a-z])|し|して)',
      // 华为准备投入200亿元, 準備斥資: getting ready to spend is a plan (not 准备金, reserves); 投じる考えだ, 投資する意向: a company's stated mind.
      // 2000億円を投資する。, 5000億円を投じる。, 設備投資は2000億円となる。: a Japanese verb of money in the non-past, ending the sentence
      // right after the figure, tells what is to come (投じた, となった are done), and so it does before ことを決めた or と発表した.
      // Not a verb after a comma (、) or another figure.
      `${JA_MONEY_VERB}(?<=\\s[^\\s、。，,\\d]{0,20}${JA_MONEY_VERB})(?=\\s*(?:(?:こと|見込み|見通し|方針|予定|計画)[^。、]{0,12}|と(?:発表|表明|明らかに|公表|決め)[^。、]{0,8})?(?:だ|です)?\\s*$)`,
      // 阿里巴巴欲以50亿元收购, 鴻海擬斥資50億美元: "wants to", and traditional 擬 as simplified 拟; 300億ドル出資へ: a Japanese headline's future.
      '(?:意欲|欲)(?=以|在|向|再|斥|投|收|入股|出资|出資|买|買)', '擬(?=[^，。；,;]{0,4}?(?:斥資|投資|投入|收購|出資|入股|興建|以|在|向|於|將|再))',
      '(?:出資|投資|買収|取得|増資|調達|融資|拠出)へ(?<=\\s[^\\s、。，,\\d]{0,20}へ)(?=\\s*$)',
      '(?:准备|準備)(?=(?:再|在|将|將|于|於|向)?[^，。；,;]{0,10}?(?:投入|投资|投資|斥资|斥資|花费|花費|砸|拿出|支出|出资|出資|收购|收購|采购|採購|建设|建設|扩建|擴建))', '(?<=[るすうく])考え(?:だ|です|である|を示|を明らか)', '意向',
    ],
  },
];

/**
 * Words that tell a plan as revised, a later plan than the one before it: "raised its capex plan to about $215 billion",
 * "now expects", "capital expenditures would now come to", 上调至, 上方修正, 引き上げ. Read in the plan figure's own scope.
 */
export const REVISION_PHRASES = [
  String.raw`(?:rais|lift|increas|boost|hik|upp|bump|cut|lower|trimm?|reduc|revis|updat|scal|narrow|tighten|widen)(?:e|ed|es|ing|s)?(?: up| back| down)? (?:[\w'’-]+ ){0,6}?to`,
  String.raw`now (?:expects?|sees?|plans?|projects?|forecasts?|guides?|targets?|anticipates?|puts?|pegs?|calls? for|comes? to|stands? at)`,
  String.raw`(?:will|would|should) now`,
  String.raw`(?:raised|higher|lowered|lower|reduced|revised|updated|new|latest) (?:[\w-]+ ){0,2}?(?:guidance|targets?|forecasts?|outlook|plans?|budgets?)`,
  '上调', '下调', '调高', '调低', '调升', '调降', '上修', '下修', '上調', '下調', '調高', '調低', '調升', '調降', '上方修正', '下方修正', '引き上げ', '引き下げ',
  // 收窄至, 絞り込んだ: a range narrowed is a plan revised, as one raised or cut is.
  '收窄', '缩窄', '縮窄', '絞り込',
];

/** Words that say how an offer ended. */
export const OFFER_STATUS: { status: OfferStatus; pattern: RegExp }[] = [
  { status: 'rejected', pattern: /遭(?:到)?拒|被拒|\b(?:turned down|turns? down|said no to|says no to|reject(?:ed|s|ion)|rebuff(?:ed|s)?|declin(?:ed|es)(?!\s+to\s+(?:comment|discuss|elaborate|say|confirm|deny))|spurn(?:ed|s)?|chose (?:to partner with|another|instead)|walked away|turned (?:its|their|his|her) backs? on|passed on|snubbed|turn(?:s|ed|ing)? away)\b|拒绝|拒絕|回绝|回絕|婉拒|拒否|断った|断られ/i },
  { status: 'accepted', pattern: /\b(?:accept(?:ed|s)|agreed to (?:the|its|an?) (?:offer|bid|deal)|clinched|sealed)\b|接受了|同意了|受け入れ/i },
];
