/**
 * Everything the analysis knows about the language of AI and cloud financial news,
 * as data: entities and their aliases, metrics and the phrases that name them,
 * cloud providers and competitor-table row labels. Extend a list here; no code
 * elsewhere names a company or a metric.
 */
import type { Topic } from '../schemas.ts';
import { MONEY_UNITS } from './parseValue.ts';

export type EntityKind = 'company' | 'product' | 'group';

export interface EntityEntry {
  name: string;
  kind: EntityKind;
  /** Regular-expression sources, matched case-insensitively on word boundaries unless `caseSensitive`. */
  aliases: string[];
  caseSensitive?: boolean;
}

/** Longer and more specific aliases are tried first (the matcher sorts them). */
export const ENTITIES: EntityEntry[] = [
  // Chinese and Japanese names are aliases like any other (the longest match wins: 亚马逊云科技 is AWS, 亚马逊 Amazon).
  { name: 'AWS', kind: 'company', aliases: ['AWS', 'Amazon Web Services', '亚马逊(?:云科技|网络服务|云服务|云)', '亞馬遜(?:雲端?|網路服務)', 'アマゾン・?ウェブ・?サービス'] },
  { name: 'Amazon', kind: 'company', aliases: ['Amazon(?!\\s+(?:Web Services|Bedrock|Q\\b|SageMaker))', 'Amazon\\.com', 'Jassy', '亚马逊', '亞馬遜', 'アマゾン(?:・?ドット・?コム)?', '贾西'] },
  { name: 'Microsoft', kind: 'company', aliases: ['Microsoft(?: Azure)?', 'Azure', '微软', '微軟', 'マイクロソフト'] },
  { name: 'Google', kind: 'company', aliases: ['Google(?: Cloud)?', 'GCP', 'Alphabet', '谷歌(?:云|母公司)?', '谷歌', 'グーグル', '字母表'] },
  { name: 'Oracle', kind: 'company', aliases: ['Oracle(?: OCI| Cloud)?', 'OCI', '甲骨文', 'オラクル'] },
  { name: 'Anthropic', kind: 'company', aliases: ['Anthropic'] },
  { name: 'OpenAI', kind: 'company', aliases: ['OpenAI', 'Open AI'] },
  { name: 'NVIDIA', kind: 'company', aliases: ['NVIDIA', 'Nvidia', '英伟达', '輝達', 'エヌビディア'] },
  { name: 'Meta', kind: 'company', aliases: ['Meta(?! AI)', 'Facebook'], caseSensitive: true },
  { name: 'Apple', kind: 'company', aliases: ['Apple'], caseSensitive: true },
  { name: 'IBM', kind: 'company', aliases: ['IBM(?: Cloud)?'] },
  { name: 'Alibaba', kind: 'company', aliases: ['Alibaba(?: Cloud)?', '阿里巴巴', '阿里云', 'アリババ'] },
  { name: 'AMD', kind: 'company', aliases: ['AMD'], caseSensitive: true },
  { name: 'Intel', kind: 'company', aliases: ['Intel'], caseSensitive: true },
  { name: 'DeepMind', kind: 'company', aliases: ['DeepMind'] },
  { name: 'Mistral', kind: 'company', aliases: ['Mistral'] },
  { name: 'Cohere', kind: 'company', aliases: ['Cohere'], caseSensitive: true },
  { name: 'xAI', kind: 'company', aliases: ['xAI'], caseSensitive: true },
  { name: 'CoreWeave', kind: 'company', aliases: ['CoreWeave'] },
  { name: 'TSMC', kind: 'company', aliases: ['TSMC', 'Taiwan Semiconductor(?: Manufacturing)?', '台积电', '台積電'] },
  { name: 'Samsung', kind: 'company', aliases: ['Samsung(?: Electronics)?', '三星(?:电子)?'] },
  { name: 'SK Hynix', kind: 'company', aliases: ['SK ?Hynix', 'Hynix'] },
  { name: 'Micron', kind: 'company', aliases: ['Micron'], caseSensitive: true },
  { name: 'Broadcom', kind: 'company', aliases: ['Broadcom'] },
  { name: 'Qualcomm', kind: 'company', aliases: ['Qualcomm'] },
  { name: 'Arm', kind: 'company', aliases: ['Arm(?: Holdings)?', 'ARM Holdings'], caseSensitive: true },
  { name: 'Super Micro', kind: 'company', aliases: ['Super ?Micro(?: Computer)?', 'Supermicro', 'SMCI'] },
  { name: 'Dell', kind: 'company', aliases: ['Dell(?: Technologies)?'], caseSensitive: true },
  { name: 'Cerebras', kind: 'company', aliases: ['Cerebras'] },
  { name: 'Groq', kind: 'company', aliases: ['Groq'], caseSensitive: true },
  { name: 'SoftBank', kind: 'company', aliases: ['SoftBank', '软银', 'ソフトバンク'] },
  { name: 'Tesla', kind: 'company', aliases: ['Tesla'], caseSensitive: true },
  { name: 'Salesforce', kind: 'company', aliases: ['Salesforce'] },
  { name: 'Databricks', kind: 'company', aliases: ['Databricks'] },
  { name: 'Perplexity', kind: 'company', aliases: ['Perplexity'], caseSensitive: true },
  { name: 'DeepSeek', kind: 'company', aliases: ['DeepSeek'] },
  { name: 'Huawei', kind: 'company', aliases: ['Huawei', '华为'] },
  { name: 'Baidu', kind: 'company', aliases: ['Baidu', '百度'] },
  { name: 'Tencent', kind: 'company', aliases: ['Tencent(?: Cloud)?', '腾讯(?:云)?'] },
  { name: 'ByteDance', kind: 'company', aliases: ['ByteDance', '字节跳动'] },
  { name: 'Trainium2', kind: 'product', aliases: ['Trainium ?2'] },
  { name: 'Trainium3', kind: 'product', aliases: ['Trainium ?3'] },
  { name: 'Trainium4', kind: 'product', aliases: ['Trainium ?4'] },
  { name: 'Trainium', kind: 'product', aliases: ['Trainium(?! ?\\d)'] },
  { name: 'Inferentia2', kind: 'product', aliases: ['Inferentia ?2'] },
  { name: 'Inferentia3', kind: 'product', aliases: ['Inferentia ?3'] },
  { name: 'Inferentia', kind: 'product', aliases: ['Inferentia(?! ?\\d)'] },
  { name: 'Graviton4', kind: 'product', aliases: ['Graviton ?4'] },
  { name: 'Amazon Bedrock', kind: 'product', aliases: ['(?:Amazon )?Bedrock'] },
  { name: 'SageMaker', kind: 'product', aliases: ['(?:Amazon )?SageMaker'] },
  { name: 'Maia', kind: 'product', aliases: ['Maia(?: 100)?'] },
  { name: 'TPU', kind: 'product', aliases: ['TPUs?(?: v\\d+p?)?'] },
  { name: 'H100', kind: 'product', aliases: ['H100'] },
  { name: 'H200', kind: 'product', aliases: ['H200'] },
  { name: 'L40S', kind: 'product', aliases: ['L40S'] },
  { name: 'MI300X', kind: 'product', aliases: ['MI300X?'] },
  { name: 'Blackwell', kind: 'product', aliases: ['Blackwell', 'B200'] },
  { name: 'GB200', kind: 'product', aliases: ['GB200'] },
  { name: 'H20', kind: 'product', aliases: ['H20'] },
  { name: 'Rubin', kind: 'product', aliases: ['(?:Vera )?Rubin'], caseSensitive: true },
  { name: 'MI325X', kind: 'product', aliases: ['MI325X?'] },
  { name: 'MI355X', kind: 'product', aliases: ['MI355X?'] },
  { name: 'Gaudi 3', kind: 'product', aliases: ['Gaudi ?3'] },
  { name: 'Ironwood', kind: 'product', aliases: ['Ironwood'], caseSensitive: true },
  { name: 'Claude', kind: 'product', aliases: ['Claude'] },
  { name: 'AI industry', kind: 'group', aliases: ['(?:AI )?industry(?:-wide)?'] },
];

/** Companies that belong to another: a deal between them is not a deal. */
export const PARENT_COMPANY: Record<string, string> = { AWS: 'Amazon', DeepMind: 'Google', 'Amazon Bedrock': 'Amazon' };

/** A company's group: itself, or the company it belongs to. */
export const companyGroup = (name: string) => PARENT_COMPANY[name] ?? name;

export interface MetricEntry {
  name: string;
  topic: Topic;
  /** Units a value of this metric may have (`USD`, `%`, `x`, or a unit as written). */
  units: string[];
  /** Phrases naming the metric (regular-expression sources, case-insensitive). */
  phrases: string[];
  /** Whether a product (a chip) rather than a company is the natural subject. */
  productSubject?: boolean;
  /** For deals: the key also names the counterparty (to whom, in whom). */
  counterparty?: boolean;
  /** A period the metric implies when the text gives none. */
  impliedPeriod?: string;
  /** A verb of movement ("rose", "fell"): the growth of another metric named in the clause, or of revenue; "down" makes it negative. */
  movement?: 'up' | 'down';
  /** A percentage of this metric is how much lower it is ("40% lower training costs"), so a rise makes it negative. */
  percentIsReduction?: boolean;
}

/** Order matters only for ties at the same distance: more specific metrics first. */
export const METRICS: MetricEntry[] = [
  { name: 'performance per watt', topic: 'chips', units: ['x', '%', 'TFLOPS/W'], productSubject: true, phrases: ['performance[- ]per[- ]watt', 'perf(?:ormance)?/w(?:att)?', 'power efficiency'] },
  { name: 'energy efficiency', topic: 'chips', units: ['x', '%'], productSubject: true, phrases: ['energy efficiency', 'energy[- ]efficient', '能效', '能源效率', '电力效率', '電力効率'] },
  { name: 'memory capacity', topic: 'chips', units: ['x', '%', 'GB', 'TB'], productSubject: true, phrases: ['memory capacity', 'memory'] },
  { name: 'inference cost', topic: 'cost', units: ['%', ...MONEY_UNITS, 'x'], percentIsReduction: true, phrases: ['inference costs?', 'costs? (?:of|for) inference', '(?<=\\d%? )on inference', 'inference (?:prices?|pricing)', '推理成本', '推論コスト'] },
  { name: 'training cost', topic: 'cost', units: ['%', ...MONEY_UNITS, 'x'], percentIsReduction: true, phrases: ['training costs?', 'costs? (?:reduction )?(?:of|for|on) training', '训练成本', '訓練成本', '学習コスト'] },
  { name: 'cost per million tokens', topic: 'cost', units: MONEY_UNITS, phrases: ['cost per (?:1M|one million|million|1 million) tokens'] },
  { name: 'performance', topic: 'chips', units: ['x', '%', 'TFLOPS'], productSubject: true, phrases: ['(?:compute |training )?performance', 'faster', 'training throughput', 'throughput', '性能', '算力'] },
  { name: 'inference latency', topic: 'chips', units: ['ms'], productSubject: true, phrases: ['inference latency', 'latency'] },
  { name: 'cluster size', topic: 'chips', units: ['chips'], productSubject: true, phrases: ['(?:ultra)?clusters?', 'interconnect(?:ed|ion|s)?', 'supercomputer'] },
  { name: 'chips deployed', topic: 'chips', units: ['chips'], phrases: ['deploy(?:ed|s|ing|ment)?', 'us(?:e|es|ed|ing)(?=\\s+(?:up to\\s+|more than\\s+|over\\s+|about\\s+|as many as\\s+)?\\d)', 'order(?:ed|s)?', 'buy(?:s|ing)?', 'bought', 'purchas(?:e|ed|es|ing)', 'shipp?(?:ed|ing|ments?)?', 'install(?:ed|s|ing)?', '使用', '部署', '采购', '购买', '订购', '導入'] },
  { name: 'bandwidth', topic: 'chips', units: ['Gbps'], phrases: ['bandwidth'] },
  { name: 'process node', topic: 'chips', units: ['nm'], productSubject: true, phrases: ['process node', 'process'] },
  { name: 'power capacity', topic: 'capex', units: ['GW'], phrases: ['power', 'capacity', 'data cent(?:er|re)s?'] },
  { name: 'backlog', topic: 'backlog', units: MONEY_UNITS, phrases: ['backlog', 'remaining performance obligations?', 'RPO', '积压订单', '订单积压', '未履约订单', '未交付订单', '剩余履约义务', '受注残高?'] },
  { name: 'capex', topic: 'capex', units: [...MONEY_UNITS, '%'], phrases: ['capital expenditures?', 'capex', 'capital spending', '(?:AI |infrastructure )?spend(?:ing)?(?: spree| plan)?', 'investment plan', 'infrastructure investment', '资本开支', '资本支出', '资本性支出', '資本支出', '設備投資'] },
  { name: 'operating profit', topic: 'revenue', units: [...MONEY_UNITS, '%'], phrases: ['operating (?:profit|income)', 'operating margins?', '营业利润', '经营利润', '营业收益', '營業利益', '営業利益'] },
  { name: 'free cash flow', topic: 'revenue', units: MONEY_UNITS, phrases: ['free cash flow', 'FCF', '自由现金流', 'フリーキャッシュフロー'] },
  { name: 'revenue run rate', topic: 'revenue', units: MONEY_UNITS, impliedPeriod: 'annual', phrases: ['(?:annual )?(?:revenue )?run[- ]rate'] },
  { name: 'revenue growth', topic: 'revenue', units: ['%'], phrases: ['revenue (?:growth|increase)', '(?:year-over-year |YoY )?growth', '增速', '增长率', '増収率'] },
  // A verb of movement names the growth of the metric named beside it ("capex rose 20%"), or else of revenue.
  { name: 'revenue growth', topic: 'revenue', units: ['%'], movement: 'up', phrases: ['(?:同比|环比)?(?:增长|增加|上升|提升|提高|上涨)了?', '増(?:加|収)?', '伸び', 'gr(?:ew|ow(?:s|n|ing)?)', 'up(?! to)', 'increas(?:e|ed|es|ing)', 'rose', 'ris(?:e|es|en|ing)', 'jump(?:ed|s)?', 'climb(?:ed|s|ing)?', 'surg(?:e|ed|es|ing)', 'soar(?:ed|s|ing)?'] },
  { name: 'revenue growth', topic: 'revenue', units: ['%'], movement: 'down', phrases: ['(?:同比|环比)?(?:下降|下滑|下跌|减少|降低)了?', '減(?:少|収)?', 'fell', 'fall(?:s|ing)?', 'declin(?:e|ed|es|ing)', 'dropp?(?:ed|s|ing)?', 'down(?! to)', 'decreas(?:e|ed|es|ing)', 'shr(?:ank|ink(?:s|ing)?|unk)', 'slid', 'plung(?:e|ed|es|ing)', 'sank', 'slump(?:ed|s|ing)?'] },
  { name: 'revenue', topic: 'revenue', units: MONEY_UNITS, phrases: ['(?:AI )?revenues?', 'sales', '营收', '营业收入', '收入', '销售额', '營收', '売上高?', '売り上げ'] },
  { name: 'market share', topic: 'market', units: ['%'], phrases: ['market share', 'share of the (?:\\w+ ){0,3}market', '(?:\\w+ ){0,2}market', '市场份额', '市占率', '份额', '市場シェア', 'シェア'] },
  { name: 'upfront payment', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['upfront'] },
  { name: 'milestone payments', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['milestone(?:-based)? (?:payments?|funding|tranches?)', 'milestones'] },
  { name: 'investment', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['investments?', 'invest(?:ed|s|ing)?', 'stake', 'funding', 'commit(?:ment|ted|s|ting)?', 'offer(?:ed)?', 'deal', 'committed capital', '投资', '投入', '注资', '入股', '融资', '报价', '提议', '出資', '投資'] },
  { name: 'valuation', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['valuation', 'valued at', '估值', '評価額'] },
];

/** Cloud providers as competitor tables name them, in the order the matrix shows them. */
export const PROVIDERS: { name: string; pattern: RegExp }[] = [
  { name: 'AWS', pattern: /\b(?:aws|amazon)\b/i },
  { name: 'Microsoft Azure', pattern: /\b(?:microsoft|azure)\b/i },
  { name: 'Google Cloud', pattern: /\b(?:google|gcp)\b/i },
  { name: 'Oracle OCI', pattern: /\b(?:oracle|oci)\b/i },
  { name: 'IBM Cloud', pattern: /\bibm\b/i },
  { name: 'Alibaba Cloud', pattern: /\balibaba\b/i },
  { name: 'CoreWeave', pattern: /\bcoreweave\b/i },
];

/** Competitor-table row labels that name the same feature. */
export const FEATURE_ALIASES: { feature: string; pattern: RegExp }[] = [
  { feature: 'Custom Silicon', pattern: /^(?:custom (?:ai )?(?:silicon|chips?)|ai chips?|chip strategy)$/i },
  { feature: 'AI Partners', pattern: /^(?:primary |key )?ai partners?$/i },
  { feature: 'AI Strategy', pattern: /^(?:primary )?(?:ai |model )strategy$/i },
  { feature: 'Primary Focus', pattern: /^primary focus$/i },
  { feature: 'Market Share', pattern: /^market share\b/i },
];

/** Words that make a value a forecast rather than a reported fact. */
export const FUTURE_MARKERS = /\b(?:will|would|expects?|expected|forecasts?|projected|predicts?|by (?:the end of )?(?:Q[1-4] )?20\d\d|within \d+ (?:months|years))\b/i;
