/**
 * The names the news gives a company instead of its own, as the entity model reads them:
 * by what it is ("the e-commerce giant"), by a brand of its ("the Kindle maker" is Amazon,
 * "the ChatGPT developer" OpenAI), by its home town ("Redmond", "the Mountain View company",
 * "the Seattle cloud"). Each is how any
 * outlet may write it; a name that could be two companies ("the San Francisco lab", "the
 * chipmaker") is not listed. Companies are named as `ENTITIES` names them.
 */

import { ENTITIES, PARENT } from './vocabulary.ts';
import { CHIEFS, CHIEFS_OF_SEVERAL } from './chiefs.ts';

/** What a company is, where that names one: "the e-commerce giant", "the search giant". */
const DESCRIPTIONS: Record<string, string[]> = {
  // What it began as or sells: "the online bookseller", "the everything store".
  Amazon: ['the (?:e-?commerce|online retail) (?:giant|group)', 'the (?:e-?commerce|online|internet|web) (?:retailer|merchant|store|shop)', 'the e-?tailer', 'the (?:online |internet |e-)?bookseller', 'the everything store'],
  // 搜索巨头的母公司, "the search giant's parent": Alphabet (搜索巨头 alone may be Baidu in Chinese news, and is not listed).
  Google: ['the Google parent', 'the search (?:giant|company|group|firm)', '搜索巨[头頭]的母公司'],
  // The biggest cloud is AWS by every count of market share: "the biggest public cloud", "the largest cloud provider".
  // (Not "the biggest cloud deal" nor "the largest cloud providers": a cloud's deals, customers or market, or several clouds, are no company.)
  AWS: ['the (?:biggest|largest|No\\. ?1|number[- ]one) (?:public[- ])?cloud(?![- ](?:providers|vendors|companies|platforms|players|businesses|deals?|contracts?|agreements?|customers?|clients?|users?|outages?|markets?|spend(?:ing|ers)?|buyers?|bills?|orders?|commitments?|investments?|acquisitions?|IPOs?|rivals?|competitors?|regions?|campus(?:es)?)\\b)(?: (?:provider|vendor|company|platform|player|business))?'],
  // The company that set off the chatbot boom: "the chatbot pioneer".
  OpenAI: ['the (?:AI )?chatbot pioneer'],
  // "The GPU giant": Nvidia in this news ("the chipmaker" or "the GPU maker" could be AMD, and are not listed).
  // "Team Green", after its brand colour, as hardware outlets call it.
  // "The AI chip leader": Nvidia's share of AI accelerators makes it the one so called ("an AI chipmaker" could be any).
  NVIDIA: ['the GPU (?:giant|king|leader|powerhouse)', 'the AI[- ]chip (?:giant|king|leader|powerhouse)', 'Team Green'],
  // "Team Red", AMD's colour, as the same outlets call it.
  AMD: ['Team Red'],
  Oracle: ['the database (?:giant|maker|company|group|titan)'],
  // America's second-largest ride-hailing company, after Uber: 美国第二大网约车平台.
  Lyft: ['美[国國]第二大(?:的)?(?:网约车|網約車|叫车|叫車)(?:平台|公司|业者|業者)', "(?:America|the US)['’]s (?:second-largest|No\\. ?2|number-two) ride-hailing (?:company|app|platform|firm|service)"],
  // South Korea's largest electronics maker: 韓国電機最大手, 韩国最大电子企业.
  Samsung: ['韓国(?:の)?電機最大手', '[韩韓][国國]最大的?(?:电子|電子)(?:企业|企業|公司|集团|集團)', "South Korea['’]s (?:biggest|largest) electronics (?:maker|company|group)"],
};

/** A chief's or a town's name in Chinese and Japanese, which no word boundary sets apart: 贝索斯创办的公司, 雷德蒙德的软件巨头. */
const CJK_NAMES: Record<string, string[]> = {
  // 西雅图电商巨头, シアトルのネット通販大手: the Seattle e-commerce giant (the town alone is the city).
  Amazon: ['贝索斯', '貝佐斯', 'ベゾス', '西雅[图圖]的?(?:电商|電商|零售|网购|網購)(?:巨头|巨頭|公司|集团|集團|龙头|龍頭)', 'シアトルの(?:ネット通販|通販|EC|電子商取引)(?:大手|企業|会社|巨人)'],
  Microsoft: ['雷德蒙德?', 'レドモンド'],
  OpenAI: ['奥特曼', '奧特曼', 'アルトマン'],
  Meta: ['扎克伯格', '祖克柏', 'ザッカーバーグ'],
  // 拉里·埃里森的公司, 埃利森旗下的甲骨文: Larry Ellison, as each outlet spells him.
  // …, and the database giant, as English calls it too: 数据库巨头, 資料庫巨擘, データベース大手.
  Oracle: ['(?:拉里·)?埃[里利]森', '(?:賴瑞·)?艾利森', '(?:ラリー・)?エリソン', '(?:数据库|數據庫|資料庫|データベース)(?:巨头|巨頭|巨擘|龙头|龍頭|大手)'],
  // Chiefs and founders as Chinese and Japanese outlets write them: Tim Cook (库克), Robin Li (李彦宏), Pony Ma (马化腾), Ren Zhengfei (任正非).
  Apple: ['(?:蒂姆·)?[库庫]克(?!群岛|群島)', 'ティム・クック'],
  Baidu: ['李彦宏', '李彥宏'],
  Tencent: ['马化腾', '馬化騰'],
  Huawei: ['任正非'],
  // DeepSeek is the hedge fund High-Flyer's (幻方量化) model company: 幻方量化旗下大模型公司, "High-Flyer's AI lab".
  DeepSeek: ['幻方(?:量化)?(?:旗下|孵化|创办|創辦)的?(?:大模型|人工智能|AI)?(?:公司|企业|企業|初创公司|初創公司|实验室|實驗室)', 'High-Flyer[’\']s (?:AI )?(?:lab|start-?up|unit|spin-?off)'],
};

/** Brands a company is known by, as patterns. */
const BRANDS: Record<string, string[]> = {
  Amazon: ['Kindle', 'Alexa', 'Echo', 'Prime Video'],
  Microsoft: ['Windows', 'Office', 'Xbox', 'Bing', 'Outlook', 'Copilot', 'Surface', 'Teams', 'LinkedIn'],
  Google: ['Android', 'YouTube', 'Chrome', 'Gmail', 'Pixel', 'Gemini'],
  Apple: ['iPhone', 'iPad', 'Mac', 'Macintosh'],
  Meta: ['Instagram', 'WhatsApp', 'Facebook'],
  OpenAI: ['ChatGPT', 'GPT(?:-\\d+o?)?', 'Sora', 'DALL-E'],
  Anthropic: ['Claude'],
  NVIDIA: ['GeForce', 'CUDA'],
  ByteDance: ['TikTok', 'Douyin', '抖音'],
  xAI: ['Grok'],
  Tencent: ['WeChat'],
};

/** What a brand's company is called after the brand: "the Kindle maker", "the ChatGPT owner", "the Copilot vendor". */
const MAKER = '(?:maker|developer|creator|owner|parent|company|firm|group|giant|lab|vendor|provider|publisher|operator)';
/** What kind of product the brand is, said between it and its maker: "the Office-software giant", "the Xbox console maker". */
const BRAND_KIND = '(?:[- ](?:software|app|chatbot|console|phone|smartphone|device|search|browser|model|assistant|video|series|family|models))?';
/** A brand that is a family of models, said as one: "the GPT series", GPT系列模型, GPTシリーズ. */
const CJK_BRAND_KIND = '(?:\\s?(?:系列|シリーズ))?(?:\\s?(?:大)?模型|\\s?モデル)?';
/** The same after a brand in Chinese or Japanese: ChatGPTの開発元, ChatGPT的开发商, Windows的母公司. */
const CJK_MAKER = '\\s?(?:の|的)?\\s?(?:開発元|開発会社|運営元|運営会社|親会社|生みの親|开发商|開發商|开发者|開發者|母公司|研发商|研發商|运营商|營運商|メーカー)';

/** Companies by their home town, with what may follow the town ("the Redmond, Washington-based group"). */
export const TOWNS: { company: string; town: string; alone?: boolean; possessive?: boolean; nouns?: string }[] = [
  // A town that is the company in the news even alone: "Redmond shelves a build".
  { company: 'Microsoft', town: 'Redmond', alone: true },
  { company: 'Apple', town: 'Cupertino', alone: true },
  // "Mountain View's parent", "Mountain View's enterprise unit": the town's possessive is the company.
  { company: 'Google', town: 'Mountain View', alone: true, possessive: true },
  { company: 'Meta', town: 'Menlo Park', possessive: true },
  // A backer named by its town is the company: "its would-be Seattle patron", "the Seattle suitor"; so is its trade
  // with what it sells on: "Seattle's online retailer", "the Seattle e-commerce giant".
  { company: 'Amazon', town: 'Seattle', nouns: '(?:(?:(?:online|internet|web|e-?commerce) )?(?:company|group|retailer|giant|store|merchant)|patron|backer|suitor|investor|benefactor)' },
  // Amazon's cloud is the Seattle cloud; Microsoft's is Redmond's.
  // A hyperscaler is a cloud: "the Seattle hyperscaler", "Seattle's hyperscaler".
  { company: 'AWS', town: 'Seattle', nouns: '(?:cloud|cloud (?:giant|provider|arm|unit|business)|hyperscaler)' },
];
const ORG = '(?:company|group|firm|giant|software maker|tech giant|(?:search|internet|advertising|social[- ]media) (?:giant|group|company))';
/**
 * What a town after "from" is the sender of, so a company: "turns down a $20bn bid from Cupertino", "an overture from
 * Redmond". Not a place's own name after it ("an offer from Seattle-based investors", "an investment from Seattle's
 * pension fund"), nor "data centres from Seattle to Dublin".
 */
const DEAL_FROM = '(?:offers?|approach(?:es)?|overtures?|bids?|proposals?|investments?|cheques?|checks?|backing|funding|money|cash)';

/**
 * A lab named by the company that backs it, where that backer's lab is one in this news: "the Microsoft-backed lab" is
 * OpenAI, "the Amazon-backed start-up" Anthropic (微软支持的实验室, マイクロソフトが出資する研究所). Only the backed
 * company is named: a refusal by "the Microsoft-backed lab" is no act of Microsoft's.
 */
const BACKED: { company: string; backers: string }[] = [
  { company: 'OpenAI', backers: 'Microsoft|MSFT|微软|微軟|マイクロソフト' },
  { company: 'Anthropic', backers: 'Amazon|AMZN|亚马逊|亞馬遜|アマゾン' },
];
/** What a backed company is called: "the Microsoft-backed lab", "the Amazon-backed AI start-up". */
const BACKED_NOUN = '(?:AI )?(?:lab|start-?up|developer|model (?:maker|developer|builder)|chatbot (?:maker|developer))';
const CJK_BACKED_NOUN = '(?:(?:AI|人工智能)\\s?)?(?:实验室|實驗室|初创公司|初創公司|研究所|新興企業|スタートアップ)';

/** What a company led or founded by someone is called after their name: "Larry Ellison's company", "the Ellison-led group". */
const CHIEF_ORG = '(?:company|firm|group|outfit|empire|business|start-?up|lab)';

/** Each company's other names, as alias patterns of the entity model. */
export const EPITHETS: { company: string; aliases: string[] }[] = (() => {
  const byCompany = new Map<string, string[]>();
  const add = (company: string, alias: string) => byCompany.set(company, [...(byCompany.get(company) ?? []), alias]);
  for (const [company, descriptions] of Object.entries(DESCRIPTIONS)) for (const description of descriptions) add(company, description);
  for (const [company, names] of Object.entries(CJK_NAMES)) for (const name of names) add(company, name);
  // "the ChatGPT maker", and "ChatGPT's owner" too.
  for (const [company, brands] of Object.entries(BRANDS)) {
    // Headlines drop the article: "Amazon takes a stake in Claude maker".
    add(company, `(?:(?:the )?(?:${brands.join('|')})${BRAND_KIND}[- ]|(?:${brands.join('|')})${BRAND_KIND}['’]s )${MAKER}`);
    // "GPT系列模型的开发者": a model family's developer is its company.
    add(company, `(?:${brands.join('|')})${CJK_BRAND_KIND}${CJK_MAKER}`);
    // The other way round: "the maker of GPT-5", "the owner of Instagram", "the developer of the GPT models".
    add(company, `(?:the )?(?:maker|developer|creator|owner|parent|publisher|operator) of (?:the )?(?:${brands.join('|')})(?: (?:series|family|models?))?\\b`);
    // "the company behind ChatGPT", "the lab behind Claude", ChatGPT背后的公司.
    add(company, `(?:the )?(?:company|firm|lab|start-?up|group|outfit|team) behind (?:${brands.join('|')})\\b`);
    add(company, `(?:${brands.join('|')})(?:背后|背後)的(?:公司|企业|企業|团队|團隊|初创公司)`);
  }
  for (const { company, backers } of BACKED) {
    add(company, `(?:the |its )?(?:${backers})[- ]backed ${BACKED_NOUN}\\b`);
    add(company, `(?:${backers})(?:(?:支持|投资|投資|扶持)的|が出資する|出資の)${CJK_BACKED_NOUN}`);
  }
  // A product's maker is the company or unit it belongs to: "the Trainium maker" is AWS, "the H100 designer" Nvidia.
  const kindOf = new Map(ENTITIES.map((e) => [e.name, e.kind]));
  for (const product of ENTITIES.filter((e) => e.kind === 'product' && PARENT.has(e.name))) {
    let owner = PARENT.get(product.name)!;
    while (kindOf.get(owner) === 'product' && PARENT.has(owner)) owner = PARENT.get(owner)!;
    // Its plain names, without the look-aheads that keep its numbered siblings out ("Trainium(?! ?\\d)" is "Trainium").
    const names = product.aliases.map((alias) => alias.replace(/\(\?!(?:[^()]|\([^()]*\))*\)/g, '')).filter((alias) => /^[A-Za-z0-9 ?.-]+$/.test(alias));
    if (names.length > 0) add(owner, `(?:the )?(?:${names.join('|')})[- ](?:chip ?)?(?:maker|designer|developer|vendor|creator)`);
  }
  // "Larry Ellison's company", "Zuckerberg's firm", "the Ellison-led company": its chief's or founder's (chiefs.ts).
  for (const { name, surname, company } of CHIEFS) {
    add(company, `(?:the )?(?:${[name, ...(surname ? [surname] : [])].join('|')})(?:['’]s?|-(?:led|run|founded|controlled)) ${CHIEF_ORG}\\b`);
  }
  // "Elon Musk's AI company", "the Musk-owned AI start-up", 马斯克旗下人工智能公司, マスク氏のAI企業: a chief of several companies with one's kind.
  for (const { name, surname, cjk, companies } of CHIEFS_OF_SEVERAL) {
    const names = [name, ...(surname ? [surname] : [])].join('|');
    for (const { company, kinds, cjkKinds } of companies) {
      add(company, `(?:the )?(?:${names})(?:['’]s?|-(?:led|run|founded|controlled|owned)) (?:${kinds})\\b`);
      add(company, `(?:${cjk.join('|')})(?:旗下|创办|創辦|创立|創立|的|の|が率いる|が創業した|が設立した)的?(?:${cjkKinds})`);
    }
  }
  const fromTowns = new Set<string>();
  for (const { company, town, alone, possessive, nouns } of TOWNS) {
    add(company, `(?:the|its|their)(?: (?:would-be|prospective|potential|erstwhile|former|longtime|long-time))? ${town}(?:, \\w+)?(?:-based)? ${nouns ?? ORG}`);
    // The town's possessive before what the company is: "Seattle's hyperscaler", "Seattle's e-commerce giant" (not "Seattle's pension fund").
    if (nouns) add(company, `${town}['’]s ${nouns}`);
    // Alone, but not as a place: "a campus near Redmond" is in the town.
    if (alone) add(company, `(?<!\\b(?:in|near|at|outside|from|to|of|around) )${town}`);
    else if (possessive) add(company, `(?<!\\b(?:in|near|at|outside|from|to|of|around) )${town}['’]s\\b`);
    // A town that is two entries' (Seattle: Amazon, and its cloud) sends money as the first, the company.
    if (!fromTowns.has(town)) add(company, `(?<=\\b${DEAL_FROM} from )${town}(?![\\w-]|['’]s)`);
    fromTowns.add(town);
  }
  return [...byCompany].map(([company, aliases]) => ({ company, aliases }));
})();

/**
 * What kind of company each is, for a line that calls its subject by its kind alone ("The retailer writes
 * Anthropic a cheque", "The chipmaker's data-centre sales set a record"): such a subject is the company
 * its article is about only where that company is of that kind (a chipmaker's article never makes "the
 * retailer" its own). Companies as their groups are named (AWS is Amazon's).
 */
export const KINDS: { kind: string; companies: string[] }[] = [
  { kind: String.raw`(?:retailer|e-?tailer|merchant|online store)`, companies: ['Amazon', 'Alibaba'] },
  { kind: String.raw`(?:chip ?maker|chip (?:designer|giant|firm|company)|semiconductor (?:maker|giant|firm|company|group)|(?:GPU|accelerator) (?:maker|designer|vendor))`, companies: ['NVIDIA', 'AMD', 'Intel', 'Broadcom', 'Qualcomm', 'Arm', 'TSMC', 'Samsung', 'SK Hynix', 'Micron'] },
  { kind: String.raw`software (?:maker|giant|company|firm|group|vendor)`, companies: ['Microsoft', 'Oracle', 'Salesforce'] },
  { kind: String.raw`search (?:giant|company|group)`, companies: ['Google', 'Baidu'] },
  { kind: String.raw`(?:AI )?(?:lab|start-?up|model (?:maker|developer|builder))`, companies: ['OpenAI', 'Anthropic', 'Mistral', 'xAI', 'Cohere', 'DeepSeek', 'Perplexity'] },
  { kind: String.raw`(?:social[- ]media (?:giant|company|group)|social network)`, companies: ['Meta'] },
  { kind: String.raw`cloud (?:provider|giant|company|vendor|leader)`, companies: ['Amazon', 'Microsoft', 'Google', 'Oracle', 'Alibaba', 'CoreWeave', 'Tencent', 'IBM'] },
];
