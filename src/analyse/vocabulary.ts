/**
 * Everything the analysis knows about the language of AI and cloud financial news,
 * as data: entities and their aliases, metrics and the phrases that name them,
 * cloud providers and competitor-table row labels. Extend a list here; no code
 * elsewhere names a company or a metric.
 */
import type { Topic } from '../schemas.ts';
import { MONEY_UNITS } from './parseValue.ts';

export type EntityKind = 'company' | 'product' | 'group';

/** What part of its parent company a business unit is, for the words that name it without its name ("the cloud division"). */
export type UnitRole = 'cloud';

export interface EntityEntry {
  name: string;
  /** A business unit (AWS, Azure) is a company with a parent; a product (a chip, a service) belongs to a unit or a company. */
  kind: EntityKind;
  /** Regular-expression sources, matched case-insensitively on word boundaries unless `caseSensitive`. */
  aliases: string[];
  caseSensitive?: boolean;
  /** The company or unit this one belongs to: AWS → Amazon, Trainium → AWS. */
  parent?: string;
  /** A unit's part of its parent: "Amazon's cloud business" and "the cloud unit" of an Amazon article are AWS. */
  role?: UnitRole;
  /** A group that is many companies whose figures are counted as one (a sector's funding): a sentence naming it and no company is about it. */
  sector?: boolean;
  /** The line of business a unit's own revenue is (`businessLines.ts`): YouTube's advertising is YouTube's revenue, not a line of it. */
  line?: string;
}

/** The words that make 智能云 Microsoft's Intelligent Cloud segment, not Azure: 智能云部门, 智能雲板塊. */
const SEGMENT_CJK = '部门|部門|板块|板塊|分部';

/**
 * Companies, their units and their products, one row each (longer and more specific
 * aliases are tried first: the matcher sorts them). A second language is more aliases.
 * A stock ticker is its company ("GOOGL: the 2026 capex plan …", 亚马逊（AMZN.US）, "NASDAQ: NVDA").
 */
export const ENTITIES: EntityEntry[] = [
  { name: 'Amazon', kind: 'company', aliases: ['Amazon(?!\\s+(?:Web Services|Bedrock|Q\\b|SageMaker))', 'AMZN', 'Amazon\\.com', 'Jassy', '(?:Jeff )?Bezos(?:[’\']s? company)?', '亚马逊(?!云|网络服务|的云)', '亞馬遜(?!雲|網路服務)', 'アマゾン(?!・?ウェブ|のクラウド)(?:・?ドット・?コム)?', '贾西', '賈西', 'ジャシー'] },
  { name: 'AWS', kind: 'company', parent: 'Amazon', role: 'cloud', aliases: ['AWS', 'Amazon Web Services', 'Annapurna(?: Labs)?', '亚马逊(?:云科技|网络服务|云服务|云计算|云)', '亚马逊(?:的)?云(?:计算)?业务', '亞馬遜(?:雲端?|網路服務)', 'アマゾン・?ウェブ・?サービス', 'アマゾンのクラウド(?:事業|部門|サービス)?'] },
  { name: 'Microsoft', kind: 'company', aliases: ['Microsoft(?! Azure| Cloud\\b)', 'MSFT', 'Nadella', '微软(?!(?:智能)?云|的云)', '微軟(?!雲)', 'マイクロソフト(?!のクラウド)', '纳德拉', '納德拉', 'ナデラ'] },
  { name: 'Azure', kind: 'company', parent: 'Microsoft', role: 'cloud', aliases: ['(?:Microsoft )?Azure', `微软(?:智能)?云(?!${SEGMENT_CJK})`, '微软的云(?:计算)?(?:业务|部门)?', '微軟雲', 'マイクロソフトのクラウド(?:事業|部門|サービス)?', 'アジュール'] },
  // Microsoft's wider measures, not Azure: Microsoft Cloud bundles Azure with Microsoft 365 commercial and Dynamics; the
  // Intelligent Cloud segment holds Azure and the server products ("Microsoft Cloud revenue was $49.1 billion" is no Azure figure).
  { name: 'Microsoft Cloud', kind: 'company', parent: 'Microsoft', aliases: ['Microsoft Cloud', '微[軟软][雲云]\\s*[（(]\\s*Microsoft Cloud\\s*[)）]'] },
  { name: 'Intelligent Cloud', kind: 'company', parent: 'Microsoft', aliases: ['Intelligent Cloud', `(?:微[软軟])?智能[云雲](?:${SEGMENT_CJK})`] },
  { name: 'Google', kind: 'company', aliases: ['Google(?! Cloud)', 'Alphabet', 'GOOGL?', 'アルファベット', 'Pichai', '谷歌(?!云|的云)(?:母公司)?', 'グーグル(?!・?クラウド|のクラウド)', '皮查伊', 'ピチャイ'] },
  { name: 'Google Cloud', kind: 'company', parent: 'Google', role: 'cloud', aliases: ['Google Cloud(?: Platform)?', 'GCP', '谷歌云', '谷歌的云(?:计算)?(?:业务|部门)?', '谷歌雲', 'グーグル・?クラウド', 'グーグルのクラウド(?:事業|部門|サービス)?'] },
  // Alphabet's reported lines beside Google Cloud: YouTube's advertising and Search & other are units, not the company
  // ("Search and other revenue grew 12% to $63.1 billion" is no figure of Alphabet's $117.4 billion).
  { name: 'YouTube', kind: 'company', parent: 'Google', line: 'advertising', aliases: ['YouTube', 'ユーチューブ', '油管'] },
  { name: 'Google Search', kind: 'company', parent: 'Google', aliases: ['Google Search', 'Search (?:&|and) other', '谷歌搜索', 'Google検索', 'グーグル検索'] },
  { name: 'Oracle', kind: 'company', aliases: ['Oracle(?! OCI| Cloud)', 'ORCL', '甲骨文(?!云)', 'オラクル', '(?:Larry )?Ellison(?:[’\']s? company)?', '(?:拉里·)?埃利森(?:的公司)?', '(?:ラリー・)?エリソン'] },
  { name: 'OCI', kind: 'company', parent: 'Oracle', role: 'cloud', aliases: ['Oracle OCI', 'Oracle Cloud(?: Infrastructure)?', 'OCI', '甲骨文云(?:基础设施)?'] },
  { name: 'Anthropic', kind: 'company', aliases: ['Anthropic', '(?:Dario )?Amodei(?:[’\']s? company)?', 'アンソロピック', 'アンスロピック'] },
  { name: 'OpenAI', kind: 'company', aliases: ['OpenAI', 'Open AI', '(?:Sam )?Altman(?:[’\']s? company)?', 'オープンAI', 'オープンエーアイ'] },
  { name: 'NVIDIA', kind: 'company', aliases: ['NVIDIA', 'Nvidia', 'NVDA', 'Jensen Huang', '英伟达', '英偉達', '輝達', 'エヌビディア', '黄仁勋', '黃仁勳'] },
  { name: 'Meta', kind: 'company', aliases: ['Meta(?! AI)', 'META', 'Facebook', '脸书', '臉書', 'メタ(?:・プラットフォームズ)?(?![バデンルー])'], caseSensitive: true },
  // Meta's headset and glasses division, which reports its own operating loss.
  { name: 'Reality Labs', kind: 'company', parent: 'Meta', aliases: ['Reality Labs', 'リアリティ・?ラボ', '现实实验室', '現實實驗室'] },
  { name: 'Apple', kind: 'company', aliases: ['Apple', 'AAPL', '苹果(?:公司)?', '蘋果(?:公司)?', 'アップル'], caseSensitive: true },
  { name: 'IBM', kind: 'company', aliases: ['IBM(?: Cloud)?'] },
  // Chiefs in Chinese and Japanese stand for their companies as the English names do (chiefs.ts): 吴泳铭 (Eddie Wu), 马化腾 (Pony Ma), 李彦宏 (Robin Li).
  { name: 'Alibaba', kind: 'company', aliases: ['Alibaba(?! Cloud)(?: Group)?', 'BABA', '阿里巴巴', 'アリババ', '吴泳铭', '吳泳銘', '呉泳銘'] },
  { name: 'Alibaba Cloud', kind: 'company', parent: 'Alibaba', role: 'cloud', aliases: ['Alibaba Cloud', 'Aliyun', '阿里云', '阿里雲', 'Cloud Intelligence Group', '云智能集团', '雲智能集團', 'アリババクラウド'] },
  { name: 'AMD', kind: 'company', aliases: ['AMD', 'Advanced Micro Devices', '(?<!美)超微(?:半導體|半导体)?(?!電腦|电脑)', '超威(?:半导体|半導體)?'], caseSensitive: true },
  { name: 'Intel', kind: 'company', aliases: ['Intel', 'INTC', '英特尔', '英特爾', 'インテル'], caseSensitive: true },
  { name: 'DeepMind', kind: 'company', parent: 'Google', aliases: ['DeepMind'] },
  { name: 'Mistral', kind: 'company', aliases: ['Mistral(?: AI)?', 'ミストラル(?:AI)?', '米斯特拉尔'] },
  { name: 'Cohere', kind: 'company', aliases: ['Cohere'], caseSensitive: true },
  { name: 'xAI', kind: 'company', aliases: ['xAI'], caseSensitive: true },
  { name: 'CoreWeave', kind: 'company', aliases: ['CoreWeave', 'CRWV', 'コアウィーブ', 'コアウイーブ'] },
  { name: 'TSMC', kind: 'company', aliases: ['TSMC', 'TSM', 'Taiwan Semiconductor(?: Manufacturing)?', '台积电', '台積電', '[护護][国國]神山'] },
  { name: 'Foxconn', kind: 'company', aliases: ['Foxconn', 'Hon Hai(?: Precision(?: Industry)?(?: Co\\.)?)?', '鸿海(?:精密)?', '鴻海(?:精密)?', '富士康', 'ホンハイ(?:精密工業)?'] },
  // Taiwan's AI-server makers, as Taiwanese, Chinese and Japanese outlets name them.
  { name: 'Quanta', kind: 'company', aliases: ['Quanta(?: Computer)?', '广达(?:电脑)?', '廣達(?:電腦)?', '広達(?:電脳)?', 'クアンタ(?:・コンピュータ)?'], caseSensitive: true },
  { name: 'Wistron', kind: 'company', aliases: ['Wistron', '纬创', '緯創', 'ウィストロン'] },
  { name: 'Wiwynn', kind: 'company', aliases: ['Wiwynn', '纬颖', '緯穎', 'ウィウィン'] },
  { name: 'Inventec', kind: 'company', aliases: ['Inventec', '英业达', '英業達'] },
  { name: 'Pegatron', kind: 'company', aliases: ['Pegatron', '和硕', '和碩'] },
  { name: 'Compal', kind: 'company', aliases: ['Compal(?: Electronics)?', '仁宝', '仁寶'] },
  { name: 'Gigabyte', kind: 'company', aliases: ['Gigabyte(?: Technology)?', 'GIGABYTE', '技嘉'] },
  { name: 'ASUS', kind: 'company', aliases: ['ASUS(?:TeK)?', 'Asus(?:tek)?', '华硕', '華碩'] },
  { name: 'Acer', kind: 'company', aliases: ['Acer', '宏碁'], caseSensitive: true },
  { name: 'Delta Electronics', kind: 'company', aliases: ['Delta Electronics', '台达电?', '台達電?'] },
  { name: 'Accton', kind: 'company', aliases: ['Accton(?: Technology)?', '智邦'] },
  { name: 'Lite-On', kind: 'company', aliases: ['Lite-?On(?: Technology)?', '光宝(?:科)?', '光寶(?:科)?'] },
  // China's AI-chip makers.
  { name: 'Cambricon', kind: 'company', aliases: ['Cambricon', '寒武纪', '寒武紀'] },
  { name: 'Moore Threads', kind: 'company', aliases: ['Moore Threads', '摩尔线程', '摩爾線程'] },
  { name: 'MetaX', kind: 'company', aliases: ['MetaX', '沐曦'], caseSensitive: true },
  { name: 'Biren', kind: 'company', aliases: ['Biren(?: Technology)?', '壁仞(?:科技)?'] },
  { name: 'Samsung', kind: 'company', aliases: ['Samsung(?: Electronics)?', '三星(?:电子|電子)?', 'サムスン(?:電子)?'] },
  { name: 'SK Hynix', kind: 'company', aliases: ['SK ?Hynix', 'Hynix', 'SK ?海力士', '海力士', 'SK ?ハイニックス'] },
  { name: 'Micron', kind: 'company', aliases: ['Micron', '美光', 'マイクロン'], caseSensitive: true },
  { name: 'Broadcom', kind: 'company', aliases: ['Broadcom', 'AVGO', '博通', 'ブロードコム'] },
  { name: 'Qualcomm', kind: 'company', aliases: ['Qualcomm', 'Cristiano Amon', '高通', 'クアルコム'] },
  // Not a division called an arm in a headline's capitals: "Amazon's Cloud Arm Posts 28% Growth", "the Web-Services Arm" ("SoftBank's Arm" is Arm).
  { name: 'Arm', kind: 'company', aliases: ['(?<!\\b(?:[Cc]loud|[Hh]osting|[Cc]omputing|[Ss]ervices|[Rr]etail|[Vv]enture|[Ii]nvestment|[Cc]hip|[Aa]dvertising|[Aa]ds|[Gg]aming|AI|[Cc]onsulting|[Ff]inance|[Pp]ayments|[Dd]evices)[- ])Arm(?: Holdings)?', 'ARM Holdings', '(?<=英)アーム', 'アーム・?ホールディングス'], caseSensitive: true },
  { name: 'Super Micro', kind: 'company', aliases: ['Super ?Micro(?: Computer)?', 'Supermicro', 'SMCI', '美?超微(?:电脑|電腦)', '美超微', 'スーパー・?マイクロ(?:・?コンピュータ)?'] },
  { name: 'Dell', kind: 'company', aliases: ['Dell(?: Technologies)?', '戴尔(?:科技)?', '戴爾(?:科技)?', '(?<![\u30a0-\u30ff])デル(?:・?テクノロジーズ)?(?![\u30a0-\u30ff])'], caseSensitive: true },
  { name: 'HPE', kind: 'company', aliases: ['HPE', 'Hewlett[- ]Packard Enterprise', '慧与(?:科技)?', '慧與(?:科技)?', 'ヒューレット・?パッカード・?エンタープライズ'], caseSensitive: true },
  { name: 'Cerebras', kind: 'company', aliases: ['Cerebras'] },
  { name: 'Groq', kind: 'company', aliases: ['Groq', 'グロック'], caseSensitive: true },
  { name: 'SoftBank', kind: 'company', aliases: ['SoftBank', 'SBG', '软银', '軟銀', 'ソフトバンク'] },
  { name: 'Tesla', kind: 'company', aliases: ['Tesla', 'TSLA', '特斯拉', 'テスラ'], caseSensitive: true },
  { name: 'Salesforce', kind: 'company', aliases: ['Salesforce', '赛富时', '賽富時', '(?:Marc )?Benioff(?:[’\']s? company)?', '贝尼奥夫', 'セールスフォース(?:・ドット・?コム)?'] },
  { name: 'Databricks', kind: 'company', aliases: ['Databricks'] },
  // Enterprise software's AI sellers, as English, Chinese and Japanese outlets name them (SAP in capitals only: "sap" is a word).
  { name: 'Agentforce', kind: 'product', parent: 'Salesforce', aliases: ['Agentforce', 'エージェントフォース'] },
  { name: 'SAP', kind: 'company', aliases: ['SAP(?: SE)?(?![- ]?(?:HANA|S/4))', '思爱普', '思愛普'], caseSensitive: true },
  { name: 'Palantir', kind: 'company', aliases: ['Palantir(?: Technologies)?', 'PLTR', '帕兰提尔', '帕蘭提爾', 'パランティア(?:・テクノロジーズ)?'] },
  { name: 'Snowflake', kind: 'company', aliases: ['Snowflake', 'スノーフレイク', '雪花公司'], caseSensitive: true },
  { name: 'ServiceNow', kind: 'company', aliases: ['ServiceNow', 'サービスナウ'] },
  { name: 'Workday', kind: 'company', aliases: ['Workday', 'ワークデイ'], caseSensitive: true },
  { name: 'Adobe', kind: 'company', aliases: ['Adobe(?: Inc\\.?| Systems)?', 'ADBE', '奥多比', '奧多比', 'アドビ'], caseSensitive: true },
  { name: 'Intuit', kind: 'company', aliases: ['Intuit', 'INTU', 'インテュイット'], caseSensitive: true },
  { name: 'Autodesk', kind: 'company', aliases: ['Autodesk', 'ADSK', '欧特克', '歐特克', 'オートデスク'] },
  { name: 'CrowdStrike', kind: 'company', aliases: ['CrowdStrike', 'CRWD', 'クラウドストライク'] },
  { name: 'Datadog', kind: 'company', aliases: ['Datadog', 'DDOG'] },
  { name: 'MongoDB', kind: 'company', aliases: ['MongoDB', 'MDB'], caseSensitive: true },
  { name: 'Perplexity', kind: 'company', aliases: ['Perplexity'], caseSensitive: true },
  { name: 'DeepSeek', kind: 'company', aliases: ['DeepSeek', '深度求索'] },
  { name: 'Huawei', kind: 'company', aliases: ['Huawei', '华为', '華為', 'ファーウェイ'] },
  { name: 'Baidu', kind: 'company', aliases: ['Baidu', '百度', '李彦宏', '李彥宏'] },
  { name: 'Tencent', kind: 'company', aliases: ['Tencent(?! Cloud)', '腾讯(?!云)', '騰訊(?!雲)', 'テンセント', '[鹅鵝][厂廠]', '马化腾', '馬化騰'] },
  { name: 'Tencent Cloud', kind: 'company', parent: 'Tencent', role: 'cloud', aliases: ['Tencent Cloud', '腾讯云', '騰訊雲'] },
  // Tencent's segment that holds its cloud, which Tencent reports instead of cloud revenue: its figures are the segment's, not the cloud's.
  { name: 'Fintech and Business Services', kind: 'company', parent: 'Tencent', aliases: ['Fin[Tt]ech and Business Services', 'FBS segment', '金融科技及企[业業]服[务務]', 'フィンテック・ビジネスサービス'] },
  { name: 'ByteDance', kind: 'company', aliases: ['ByteDance', '字节跳动', '字節跳動'] },
  { name: 'Moonshot AI', kind: 'company', aliases: ['Moonshot AI', '月之暗面', 'ムーンショットAI'] },
  { name: 'Sakana AI', kind: 'company', aliases: ['Sakana AI', 'サカナAI', 'サカナ・?エーアイ'] },
  { name: 'MediaTek', kind: 'company', aliases: ['MediaTek', '联发科(?:技)?', '聯發科(?:技)?', 'メディアテック'] },
  // Japan's conglomerates, named in their own news as in their deals with AI companies (not "Sharp" alone, a word of English).
  { name: 'NTT', kind: 'company', aliases: ['NTT(?! ?(?:Data|Docomo|データ|ドコモ))', '日本電信電話'], caseSensitive: true },
  { name: 'Toyota', kind: 'company', aliases: ['Toyota(?: Motor)?', 'トヨタ(?:自動車)?', '丰田(?:汽车)?', '豐田(?:汽車)?'] },
  { name: 'Panasonic', kind: 'company', aliases: ['Panasonic', 'パナソニック(?:HD|ホールディングス)?', '松下电器', '松下電器'] },
  { name: 'Sharp', kind: 'company', aliases: ['Sharp Corp(?:oration)?', 'シャープ', '夏普'] },
  { name: 'Trainium2', kind: 'product', parent: 'AWS', aliases: ['Trainium ?2', 'Trn2', 'トレ[イー]ニアム\\s?2', '(?:(?:Amazon|AWS)[’\']s )?second[- ]generation (?:Trainium|Trn|AI training (?:chip|processor|accelerator))', 'second Trainium generation', '第[2二](?:世代|代)の?(?:AI)?(?:学習|訓練|训练|トレーニング)用?(?:的)?(?:AI)?(?:チップ|芯片|晶片)'] },
  { name: 'Trainium3', kind: 'product', parent: 'AWS', aliases: ['Trainium ?3', 'Trn3', 'トレ[イー]ニアム\\s?3', '(?:(?:Amazon|AWS)[’\']s )?third[- ]generation (?:Trainium|Trn|AI training (?:chip|processor|accelerator))', 'third Trainium generation', '第[3三](?:世代|代)の?(?:AI)?(?:学習|訓練|训练|トレーニング)用?(?:的)?(?:AI)?(?:チップ|芯片|晶片)'] },
  { name: 'Trainium4', kind: 'product', parent: 'AWS', aliases: ['Trainium ?4', 'Trn4', 'トレ[イー]ニアム\\s?4', '(?:(?:Amazon|AWS)[’\']s )?fourth[- ]generation (?:Trainium|Trn|AI training (?:chip|processor|accelerator))', 'fourth Trainium generation', '第[4四](?:世代|代)の?(?:AI)?(?:学習|訓練|训练|トレーニング)用?(?:的)?(?:AI)?(?:チップ|芯片|晶片)'] },
  // "Trainium1", "Trn1": the first generation written with its number, as its successors are.
  { name: 'Trainium', kind: 'product', parent: 'AWS', aliases: ['Trainium(?! ?\\d)', '(?:Trainium ?|Trn)1(?!\\d)', 'トレイニアム(?!\\s?\\d)', 'トレーニアム(?!\\s?\\d)'] },
  { name: 'Inferentia2', kind: 'product', parent: 'AWS', aliases: ['Inferentia ?2'] },
  { name: 'Inferentia3', kind: 'product', parent: 'AWS', aliases: ['Inferentia ?3'] },
  { name: 'Inferentia', kind: 'product', parent: 'AWS', aliases: ['Inferentia(?! ?\\d)'] },
  { name: 'Graviton4', kind: 'product', parent: 'AWS', aliases: ['Graviton ?4'] },
  { name: 'Amazon Bedrock', kind: 'product', parent: 'AWS', aliases: ['(?:Amazon )?Bedrock'] },
  { name: 'SageMaker', kind: 'product', parent: 'AWS', aliases: ['(?:Amazon )?SageMaker'] },
  { name: 'Maia 200', kind: 'product', parent: 'Azure', aliases: ['Maia 200'] },
  { name: 'Maia', kind: 'product', parent: 'Azure', aliases: ['Maia(?: 100)?(?! 200)', 'マイア(?!\\s?200)'] },
  { name: 'Cobalt', kind: 'product', parent: 'Azure', aliases: ['Cobalt(?: 100)?'], caseSensitive: true },
  // A generation of TPU named by its version is that chip, not the family: a v5p pod's 8,960 chips are not Ironwood's 9,216.
  { name: 'TPU v5p', kind: 'product', parent: 'Google Cloud', aliases: ['TPU v5p'] },
  { name: 'TPU', kind: 'product', parent: 'Google Cloud', aliases: ['TPUs?(?: v\\d+p?)?'] },
  { name: 'Ironwood', kind: 'product', parent: 'Google Cloud', aliases: ['(?:TPU ?[「『“]?)?Ironwood(?:[」』”]? ?TPUs?)?', '(?:(?:Google|Google Cloud)[’\'s]* )?seventh[- ]generation (?:TPU|tensor (?:chip|processor|processing unit))s?', 'アイアンウッド'], caseSensitive: true },
  { name: 'H100', kind: 'product', parent: 'NVIDIA', aliases: ['H100'] },
  { name: 'H200', kind: 'product', parent: 'NVIDIA', aliases: ['H200'] },
  { name: 'L40S', kind: 'product', parent: 'NVIDIA', aliases: ['L40S'] },
  { name: 'Blackwell', kind: 'product', parent: 'NVIDIA', aliases: ['Blackwell(?! Ultra)', 'B200', 'ブラックウェル(?!・?ウルトラ)'] },
  { name: 'Blackwell Ultra', kind: 'product', parent: 'NVIDIA', aliases: ['Blackwell Ultra', 'B300', 'ブラックウェル・?ウルトラ'] },
  { name: 'GB200', kind: 'product', parent: 'NVIDIA', aliases: ['GB200'] },
  { name: 'GB300', kind: 'product', parent: 'NVIDIA', aliases: ['GB300'] },
  { name: 'H20', kind: 'product', parent: 'NVIDIA', aliases: ['H20'] },
  { name: 'Rubin', kind: 'product', parent: 'NVIDIA', aliases: ['(?:Vera )?Rubin', '(?:ヴェラ・?|ベラ・?)?ルービン'], caseSensitive: true },
  { name: 'MI300X', kind: 'product', parent: 'AMD', aliases: ['MI300X?'] },
  { name: 'MI325X', kind: 'product', parent: 'AMD', aliases: ['MI325X?'] },
  { name: 'MI355X', kind: 'product', parent: 'AMD', aliases: ['MI355X?'] },
  { name: 'Gaudi 3', kind: 'product', parent: 'Intel', aliases: ['Gaudi ?3'] },
  { name: 'Claude', kind: 'product', parent: 'Anthropic', aliases: ['Claude(?! Code)'] },
  // A product of its own, not the model family: "launches Claude Code on the web" is not "releases Claude Haiku 4.5".
  { name: 'Claude Code', kind: 'product', parent: 'Anthropic', aliases: ['Claude Code'] },
  // Model families, as Claude: a price cut or a launch of one is the same event however the outlet names its company.
  { name: 'Qwen', kind: 'product', parent: 'Alibaba Cloud', aliases: ['Qwen', '通义千问', '通義千問'] },
  { name: 'Gemma', kind: 'product', parent: 'Google', aliases: ['Gemma'], caseSensitive: true },
  // Models named by a letter and a number (R1, K2) in their makers' news, where the word model follows: "DeepSeek开源R1模型", "Kimi开发商推出K2模型".
  { name: 'DeepSeek-R1', kind: 'product', parent: 'DeepSeek', aliases: ['DeepSeek[- ]R1', '(?<![A-Za-z0-9])R1\\s?(?:推理)?(?:模型|モデル)', 'R1 (?:reasoning )?model'], caseSensitive: true },
  { name: 'Kimi K2', kind: 'product', parent: 'Moonshot AI', aliases: ['Kimi[- ]?K2', '(?<![A-Za-z0-9])K2\\s?(?:模型|モデル)', 'K2 model'], caseSensitive: true },
  { name: 'Kimi', kind: 'product', parent: 'Moonshot AI', aliases: ['Kimi(?![- ]?K\\d)'], caseSensitive: true },
  // Baidu's ERNIE (文心) by its version: 文心大模型4.5 is ERNIE 4.5, 文心5.0 ERNIE 5.0.
  { name: 'ERNIE 4.5', kind: 'product', parent: 'Baidu', aliases: ['ERNIE ?4\\.5', '文心(?:大模型)?\\s?4\\.5'] },
  { name: 'ERNIE 5.0', kind: 'product', parent: 'Baidu', aliases: ['ERNIE ?5(?:\\.0)?(?![.\\d])', '文心(?:大模型)?\\s?5(?:\\.0)?(?![.\\d])'] },
  { name: 'ERNIE', kind: 'product', parent: 'Baidu', aliases: ['ERNIE(?! ?\\d)', '文心(?:一言|大模型)?(?!\\s?\\d)'] },
  // Huawei's accelerators, named by the family alone in its roadmaps (昇腾950, 昇腾AI芯片): one chip family's plans.
  { name: 'Ascend', kind: 'product', parent: 'Huawei', aliases: ['Ascend', '昇腾', '昇騰', 'アセンド'], caseSensitive: true },
  { name: 'Dimensity 9500', kind: 'product', parent: 'MediaTek', aliases: ['Dimensity ?9500', '天[玑璣]\\s?9500'] },
  { name: 'Dimensity', kind: 'product', parent: 'MediaTek', aliases: ['Dimensity(?! ?\\d)', '天[玑璣](?!\\s?\\d)'] },
  { name: 'AI industry', kind: 'group', aliases: ['(?:AI )?industry(?:-wide)?'] },
  // Start-ups in the plural are the sector, whose venture funding is counted as one sum ("AI start-ups raised $190 billion
  // last year"): a figure of no single company. One start-up ("the AI start-up") is a lab named before (antecedents.ts);
  // Chinese and Japanese (AI初创公司, AIスタートアップ) do not say whether they mean one or all.
  // Memory chips as a market whose contract prices move ("conventional DRAM contract prices rose 21% quarter on quarter",
  // NAND Flash合约价环比上涨19%, NAND型フラッシュの大口取引価格): a sentence naming one and no company is about its market.
  { name: 'DRAM market', kind: 'group', sector: true, aliases: ['(?:conventional |commodity |mainstream |server |PC )?DRAM(?= (?:contract |spot |average )?prices?)', '(?:通用型|标准型|標準型)?DRAM(?=(?:合约|合約|现货|現貨)?(?:价格?|價格?)|の?(?:大口取引|スポット)?価格)'], caseSensitive: true },
  { name: 'NAND market', kind: 'group', sector: true, aliases: ['NAND(?: [Ff]lash)?(?= (?:contract |spot |average )?prices?)', 'NAND\\s?(?:[Ff]lash|闪存|閃存)?(?=(?:合约|合約|现货|現貨)?(?:价格?|價格?))', 'NAND型?フラッシュ(?:メモリー?)?の?(?=(?:大口取引|スポット)?価格)'], caseSensitive: true },
  { name: 'AI startups', kind: 'group', sector: true, aliases: ['(?:generative[- ])?AI(?: and machine[- ]learning)? start-?ups'] },
  // Intel's processor lines by their code names and their brands: Lunar Lake is the Core Ultra 200V, Granite Rapids and Sierra
  // Forest the Xeon 6 (two launches of one month, a laptop line and a server line, are two events).
  { name: 'Lunar Lake', kind: 'product', parent: 'Intel', aliases: ['Lunar Lake', 'Core Ultra 200V'] },
  { name: 'Xeon 6', kind: 'product', parent: 'Intel', aliases: ['Xeon ?6(?![\\d.])', 'Granite Rapids', 'Sierra Forest'] },
  // ByteDance's models (豆包大模型1.5 Pro is Doubao).
  { name: 'Doubao', kind: 'product', parent: 'ByteDance', aliases: ['Doubao', '豆包'] },
  // Chip companies of this news not listed above: the lithography maker, the AI-chip designer SoftBank bought, Japan's national foundry.
  { name: 'ASML', kind: 'company', aliases: ['ASML', '阿斯麦', '艾司摩爾', '艾斯摩尔'], caseSensitive: true },
  // The chip-tool makers beside ASML, as English, Chinese and Japanese outlets name them (their fiscal years: periods.ts).
  { name: 'Applied Materials', kind: 'company', aliases: ['Applied Materials', 'AMAT', '应用材料', '應用材料', 'アプライド・?マテリアルズ'] },
  { name: 'Lam Research', kind: 'company', aliases: ['Lam Research', 'LRCX', '泛林(?:集团|集團|半导体|半導體)?', '科林研發', 'ラム・?リサーチ'] },
  { name: 'KLA', kind: 'company', aliases: ['KLA(?:-Tencor| Corp(?:oration)?)?', 'KLAC', '科磊', 'ケーエルエー'], caseSensitive: true },
  { name: 'Tokyo Electron', kind: 'company', aliases: ['Tokyo Electron', 'TEL', '東京エレクトロン', '东京电子', '東京威力科創', '东京威力科创'], caseSensitive: true },
  { name: 'NAURA', kind: 'company', aliases: ['NAURA', 'Naura(?: Technology)?', '北方华创', '北方華創'] },
  { name: 'AMEC', kind: 'company', aliases: ['AMEC', 'Advanced Micro-Fabrication Equipment', '中微(?:公司|半导体|半導體)', '(?<![其之当當居集空])中微(?![软軟子型小博])'], caseSensitive: true },
  // AI networking and optics, as English, Chinese and Japanese outlets name them (their fiscal years: periods.ts).
  // A maker of chip-design software, and a chipmaker whose takeovers make news.
  { name: 'Synopsys', kind: 'company', aliases: ['Synopsys', 'SNPS', 'Sassine Ghazi', '新思科技', 'シノプシス'] },
  { name: 'NXP', kind: 'company', aliases: ['NXP(?: Semiconductors)?', '恩智浦(?:半导体|半導體)?', 'NXPセミコンダクターズ'], caseSensitive: true },
  { name: 'Marvell', kind: 'company', aliases: ['Marvell(?: Technology)?', 'MRVL', '美满电子', '美滿電子', '迈威尔', '邁威爾', 'マーベル(?:・テクノロジー)?'] },
  { name: 'Cisco', kind: 'company', aliases: ['Cisco(?: Systems)?', 'CSCO', '思科', 'シスコ(?:・システムズ)?'] },
  { name: 'Arista', kind: 'company', aliases: ['Arista(?: Networks)?', 'ANET', 'アリスタ(?:・ネットワークス)?'], caseSensitive: true },
  { name: 'Coherent', kind: 'company', aliases: ['Coherent(?! (?:optics|optical|light|transceivers?|modules?|DSPs?|detection)\\b)', 'COHR', '高意', 'コヒレント'], caseSensitive: true },
  { name: 'Lumentum', kind: 'company', aliases: ['Lumentum', 'ルメンタム'] },
  { name: 'Credo', kind: 'company', aliases: ['Credo(?: Technology)?', 'CRDO'], caseSensitive: true },
  { name: 'Innolight', kind: 'company', aliases: ['(?:Zhongji )?Innolight', '中际旭创', '中際旭創'] },
  { name: 'Eoptolink', kind: 'company', aliases: ['Eoptolink', '新易盛'] },
  { name: 'Furukawa Electric', kind: 'company', aliases: ['Furukawa Electric', '古河電(?:工|気工業)', '古河电工'] },
  { name: 'Sumitomo Electric', kind: 'company', aliases: ['Sumitomo Electric(?: Industries)?', '住友電(?:工|気工業)', '住友电工'] },
  // Memory and storage makers beside Samsung, SK Hynix and Micron.
  { name: 'Kioxia', kind: 'company', aliases: ['Kioxia', 'キオクシア', '铠侠', '鎧俠'] },
  { name: 'Sandisk', kind: 'company', aliases: ['Sandisk', 'SNDK', '闪迪', '閃迪', 'サンディスク'] },
  { name: 'Western Digital', kind: 'company', aliases: ['Western Digital', 'WDC', '西部数据', '西部數據', '威騰電子', 'ウエスタン・?デジタル'] },
  { name: 'Seagate', kind: 'company', aliases: ['Seagate(?: Technology)?', 'STX', '希捷', 'シーゲイト'] },
  { name: 'CXMT', kind: 'company', aliases: ['CXMT', 'ChangXin Memory(?: Technologies)?', '长鑫(?:存储)?', '長鑫(?:存儲)?'] },
  { name: 'YMTC', kind: 'company', aliases: ['YMTC', 'Yangtze Memory(?: Technologies)?', '长江存储', '長江存儲'] },
  // Chipmakers, server makers, model labs and Japanese and Korean companies of this news, by the names their own outlets give
  // them (an English name the vocabulary lacks is still found as a company; a Chinese or Japanese one is not).
  { name: 'SMIC', kind: 'company', aliases: ['SMIC', 'Semiconductor Manufacturing International', '中芯国际', '中芯國際', '中芯'], caseSensitive: true },
  { name: 'Hua Hong', kind: 'company', aliases: ['Hua Hong(?: Semiconductor)?', '华虹(?:半导体|公司)?', '華虹(?:半導體)?'] },
  { name: 'Hygon', kind: 'company', aliases: ['Hygon', '海光(?:信息)?'] },
  { name: 'Moore Threads', kind: 'company', aliases: ['Moore Threads', '摩尔线程', '摩爾線程'] },
  { name: 'MetaX', kind: 'company', aliases: ['MetaX', '沐曦(?:股份)?'], caseSensitive: true },
  { name: 'Biren', kind: 'company', aliases: ['Biren(?: Technology)?', '壁仞(?:科技)?'] },
  { name: 'Zhipu', kind: 'company', aliases: ['Zhipu(?: AI)?', 'Z\\.ai', '智谱(?:AI|华章)?', '智譜'] },
  { name: 'Moonshot AI', kind: 'company', aliases: ['Moonshot AI', '月之暗面'] },
  { name: 'MiniMax', kind: 'company', aliases: ['MiniMax', '稀宇(?:科技)?'], caseSensitive: true },
  { name: 'Xiaomi', kind: 'company', aliases: ['Xiaomi', '小米(?:集团|集團)?', 'シャオミ'] },
  { name: 'Lenovo', kind: 'company', aliases: ['Lenovo', '联想(?:集团|集團)?', '聯想(?:集團)?', 'レノボ'] },
  { name: 'Kuaishou', kind: 'company', aliases: ['Kuaishou', '快手(?:科技)?'] },
  { name: 'Sony', kind: 'company', aliases: ['Sony(?: Group)?', '索尼', 'ソニー(?:グループ)?'], caseSensitive: true },
  { name: 'Fujitsu', kind: 'company', aliases: ['Fujitsu', '富士通'] },
  { name: 'Hitachi', kind: 'company', aliases: ['Hitachi', '日立(?:製作所|制作所)?'] },
  { name: 'Advantest', kind: 'company', aliases: ['Advantest', '爱德万(?:测试)?', '愛德萬(?:測試)?', 'アドバンテスト'] },
  { name: 'Lasertec', kind: 'company', aliases: ['Lasertec', 'レーザーテック'] },
  { name: 'Renesas', kind: 'company', aliases: ['Renesas(?: Electronics)?', '瑞萨(?:电子)?', '瑞薩(?:電子)?', 'ルネサス(?:エレクトロニクス)?'] },
  { name: 'Ibiden', kind: 'company', aliases: ['Ibiden', 'イビデン'] },
  { name: 'Sakura Internet', kind: 'company', aliases: ['Sakura Internet', 'さくらインターネット'] },
  { name: 'KDDI', kind: 'company', aliases: ['KDDI'], caseSensitive: true },
  { name: 'SK Telecom', kind: 'company', aliases: ['SK Telecom', 'SKT', 'SK电讯', 'SK電訊', 'SKテレコム'], caseSensitive: true },
  { name: 'Naver', kind: 'company', aliases: ['Naver', 'NAVER', 'ネイバー'], caseSensitive: true },
  { name: 'UMC', kind: 'company', aliases: ['UMC', 'United Microelectronics', '联电', '聯電'], caseSensitive: true },
  { name: 'ASE', kind: 'company', aliases: ['ASE Technology', 'ASE Holding', '日月光(?:投控|半导体|半導體)?'] },
  { name: 'Alchip', kind: 'company', aliases: ['Alchip', '世芯(?:电子|電子|-KY)?'] },
  { name: 'Graphcore', kind: 'company', aliases: ['Graphcore', 'グラフコア'] },
  { name: 'Rapidus', kind: 'company', aliases: ['Rapidus', 'ラピダス'] },
  // TSMC's 1.6-nanometre process, by its name or its size (not Apple's A16 chip: the name is a process's only with the word).
  { name: 'A16', kind: 'product', parent: 'TSMC', aliases: ['A16\\s?(?:製程|制程|工艺|工藝|プロセス|process|node|technology)', '1\\.6\\s?(?:奈米|纳米|納米|nm|nanometre|nanometer|ナノ)'] },
  { name: 'Lyft', kind: 'company', aliases: ['Lyft'], caseSensitive: true },
  // Those who build and power the data centres: power and cooling equipment, data-centre landlords, power producers.
  { name: 'Vertiv', kind: 'company', aliases: ['Vertiv(?: Holdings)?', '维谛(?:技术)?', '維諦(?:技術)?', 'バーティブ(?:・ホールディングス)?'] },
  { name: 'Schneider Electric', kind: 'company', aliases: ['Schneider(?: Electric)?', '施耐德(?:电气|電氣)?', 'シュナイダー(?:・?エレクトリック)?'], caseSensitive: true },
  { name: 'Eaton', kind: 'company', aliases: ['Eaton(?: Corp(?:oration)?)?', '伊顿', '伊頓', 'イートン'], caseSensitive: true },
  { name: 'Equinix', kind: 'company', aliases: ['Equinix', 'EQIX', '易昆尼克斯', 'エクイニクス'] },
  { name: 'Digital Realty', kind: 'company', aliases: ['Digital Realty(?: Trust)?', 'デジタル・?リアルティ'] },
  // Other data-centre landlords and developers, and the investors that buy and fund them: a bid, a take-private or a joint
  // venture is theirs, not the article's company's.
  { name: 'Iron Mountain', kind: 'company', aliases: ['Iron Mountain', 'アイアン・?マウンテン'], caseSensitive: true },
  { name: 'CyrusOne', kind: 'company', aliases: ['CyrusOne'] },
  { name: 'QTS', kind: 'company', aliases: ['QTS(?: Data Centers| Realty)?'], caseSensitive: true },
  { name: 'Vantage Data Centers', kind: 'company', aliases: ['Vantage Data Cent(?:er|re)s'] },
  { name: 'Aligned Data Centers', kind: 'company', aliases: ['Aligned Data Cent(?:er|re)s'] },
  { name: 'AirTrunk', kind: 'company', aliases: ['AirTrunk'] },
  { name: 'NextDC', kind: 'company', aliases: ['NextDC', 'NEXTDC'] },
  { name: 'KKR', kind: 'company', aliases: ['KKR(?: & Co\\.?)?', 'Kohlberg Kravis Roberts'], caseSensitive: true },
  { name: 'Blackstone', kind: 'company', aliases: ['Blackstone(?: Group| Inc\\.?| Infrastructure(?: Partners)?)?', '黑石(?:集团|集團)?', 'ブラックストーン'] },
  { name: 'BlackRock', kind: 'company', aliases: ['BlackRock', '贝莱德', '貝萊德', 'ブラックロック'] },
  { name: 'Stonepeak', kind: 'company', aliases: ['Stonepeak(?: Partners)?', 'ストーンピーク'] },
  { name: 'Temasek', kind: 'company', aliases: ['Temasek(?: Holdings)?', '淡马锡', '淡馬錫', 'テマセク'] },
  { name: 'DigitalBridge', kind: 'company', aliases: ['DigitalBridge(?: Group)?'] },
  { name: 'Global Infrastructure Partners', kind: 'company', aliases: ['Global Infrastructure Partners', 'GIP(?= (?:and|, |has|had|is|was|agreed|bought|owns|led))'], caseSensitive: true },
  { name: 'Silver Lake', kind: 'company', aliases: ['Silver Lake(?: Partners)?'], caseSensitive: true },
  { name: 'Constellation Energy', kind: 'company', aliases: ['Constellation(?: Energy)?', '星座能源', 'コンステレーション(?:・?エナジー)?'], caseSensitive: true },
  { name: 'Vistra', kind: 'company', aliases: ['Vistra(?: Corp)?', 'ビストラ'], caseSensitive: true },
  { name: 'NextEra Energy', kind: 'company', aliases: ['NextEra(?: Energy)?', '新纪元能源', 'ネクステラ(?:・?エナジー)?'] },
  { name: 'GE Vernova', kind: 'company', aliases: ['(?:GE )?Vernova', 'GEベルノバ'], caseSensitive: true },
  { name: 'Siemens Energy', kind: 'company', aliases: ['Siemens Energy', '西门子能源', '西門子能源', 'シーメンス・?エナジー'] },
  // Utilities, grid operators and the makers of reactors and fuel cells that sell power to data centres, and Europe's
  // sovereign-cloud builders and GPU clouds: their figures are theirs, not the hyperscaler's whose deal an article is about.
  { name: 'Dominion Energy', kind: 'company', aliases: ['Dominion(?: Energy)?', 'ドミニオン(?:・?エナジー)?', '道明尼(?:能源)?'], caseSensitive: true },
  { name: 'AEP', kind: 'company', aliases: ['AEP', 'American Electric Power', '美国电力(?:公司)?', '美國電力(?:公司)?', 'アメリカン・?エレクトリック・?パワー'], caseSensitive: true },
  { name: 'Southern Company', kind: 'company', aliases: ['Southern Co(?:mpany|\\.)'], caseSensitive: true },
  { name: 'Entergy', kind: 'company', aliases: ['Entergy', 'エンタジー'], caseSensitive: true },
  { name: 'PJM', kind: 'company', aliases: ['PJM(?: Interconnection)?'], caseSensitive: true },
  { name: 'Oklo', kind: 'company', aliases: ['Oklo', 'オクロ'], caseSensitive: true },
  { name: 'Kairos Power', kind: 'company', aliases: ['Kairos(?: Power)?', 'カイロス・?パワー'], caseSensitive: true },
  { name: 'Bloom Energy', kind: 'company', aliases: ['Bloom(?!berg)(?: Energy)?', 'ブルーム・?エナジー', '布鲁姆能源', '布魯姆能源'], caseSensitive: true },
  { name: 'Deutsche Telekom', kind: 'company', aliases: ['Deutsche Telekom', 'Telekom', 'T-Systems', '德国电信', '德國電信', 'ドイツ・?テレコム'], caseSensitive: true },
  { name: 'Nebius', kind: 'company', aliases: ['Nebius(?: Group)?', 'NBIS', 'ネビウス'], caseSensitive: true },
  { name: 'Proximus', kind: 'company', aliases: ['Proximus'], caseSensitive: true },
  { name: 'OVHcloud', kind: 'company', aliases: ['OVH(?:cloud)?'], caseSensitive: true },
  // India's IT services makers and data-centre builders, and the Gulf's AI campuses: their figures are theirs, not the
  // hyperscaler's whose pledge an article is about.
  { name: 'TCS', kind: 'company', aliases: ['TCS', 'Tata Consultancy(?: Services)?', '塔塔咨询(?:服务)?(?:公司)?', '塔塔諮詢(?:服務)?', 'タタ・?コンサルタンシー(?:・?サービシズ)?'], caseSensitive: true },
  { name: 'Infosys', kind: 'company', aliases: ['Infosys', '印孚瑟斯', 'インフォシス'] },
  { name: 'Wipro', kind: 'company', aliases: ['Wipro', '威普罗', 'ウィプロ'], caseSensitive: true },
  { name: 'HCLTech', kind: 'company', aliases: ['HCLTech', 'HCL Tech(?:nologies)?'], caseSensitive: true },
  { name: 'Reliance', kind: 'company', aliases: ['Reliance(?: Industries| Intelligence)?', '(?<![\\w-])RIL(?![\\w-])', '信实(?:工业|集团)?', '信實(?:工業|集團)?', 'リライアンス(?:・?インダストリーズ)?'], caseSensitive: true },
  { name: 'Jio Platforms', kind: 'company', parent: 'Reliance', aliases: ['Jio(?: Platforms)?', 'Jio平台', 'ジオ・?プラットフォームズ'], caseSensitive: true },
  { name: 'Adani', kind: 'company', aliases: ['Adani(?: Group| Enterprises)?(?!\\s?ConneX)', '阿达尼(?:集团)?', '阿達尼', 'アダニ(?:・?グループ)?'], caseSensitive: true },
  { name: 'AdaniConneX', kind: 'company', parent: 'Adani', aliases: ['Adani\\s?ConneX', 'アダニコネックス'] },
  { name: 'Yotta', kind: 'company', aliases: ['Yotta(?: Data Services)?', 'ヨッタ'], caseSensitive: true },
  { name: 'Humain', kind: 'company', aliases: ['Humain', 'HUMAIN', 'ヒューメイン'], caseSensitive: true },
  { name: 'G42', kind: 'company', aliases: ['G42', 'Group 42'], caseSensitive: true },
  // Robotaxis and robots: Waymo, China's robotaxi operators, and humanoid-robot makers.
  { name: 'Waymo', kind: 'company', aliases: ['Waymo', 'ウェイモ', 'ウェイモ'] },
  { name: 'Apollo Go', kind: 'company', parent: 'Baidu', aliases: ['Apollo Go', '萝卜快跑', '蘿蔔快跑', 'アポロ・?ゴー'] },
  { name: 'Pony.ai', kind: 'company', aliases: ['Pony\\.ai', 'Pony AI', '小马智行', '小馬智行', 'ポニー・?エーアイ'] },
  { name: 'WeRide', kind: 'company', aliases: ['WeRide', '文远知行', '文遠知行', 'ウィーライド'] },
  { name: 'Unitree', kind: 'company', aliases: ['Unitree(?: Robotics)?', '宇树(?:科技)?', '宇樹(?:科技)?', 'ユニツリー'] },
  { name: 'Figure AI', kind: 'company', aliases: ['Figure AI', 'フィギュアAI'], caseSensitive: true },
  { name: '1X', kind: 'company', aliases: ['1X Technologies', '(?<![\\w.])1X(?= (?:is|has|was|raised|raises|raising|said|says|plans|valued)\\b)'], caseSensitive: true },
  // DeepSeek's V3 models, by their full names, by their version after the company's name ("DeepSeek releases V3.1"), or before
  // the word model (开源V3模型), as its R1 is.
  { name: 'DeepSeek-V3.1', kind: 'product', parent: 'DeepSeek', aliases: ['DeepSeek[- ]V3\\.1(?!\\d)', '(?<=DeepSeek\\s(?:[\\w-]+\\s){0,2})V3\\.1(?!\\d)', '(?<![A-Za-z0-9.])V3\\.1\\s?(?:模型|モデル|model)'], caseSensitive: true },
  { name: 'DeepSeek-V3', kind: 'product', parent: 'DeepSeek', aliases: ['DeepSeek[- ]V3(?![.\\d])', '(?<=DeepSeek\\s(?:[\\w-]+\\s){0,2})V3(?![.\\d])', '(?<![A-Za-z0-9.])V3\\s?(?:模型|モデル|model)'], caseSensitive: true },
  // Apple's phones of 2025 by their names: the iPhone 17 line and the iPhone Air.
  { name: 'iPhone 17', kind: 'product', parent: 'Apple', aliases: ['iPhone ?17(?:\\s?(?:Pro(?: Max)?|系列|シリーズ))?'] },
  { name: 'iPhone Air', kind: 'product', parent: 'Apple', aliases: ['iPhone ?Air'] },
];

/** The words that name a unit by its role: "cloud business", "cloud-computing division". */
export const UNIT_ROLE_WORDS: Record<UnitRole, string> = {
  cloud: 'cloud(?:[- ]computing)? (?:business|division|unit|arm|segment|operations|platform)',
};
/** After its parent's name, a unit's role word alone names it: "Amazon's cloud revenue" is AWS's. */
export const UNIT_ROLE_AFTER_PARENT: Record<UnitRole, string> = {
  // "Microsoft's flagship cloud platform": a word that praises the unit may stand before it.
  cloud: '(?:(?:flagship|core|fast-growing|fast[- ]growing|main|profitable|lucrative) )?cloud(?:[- ]computing)?(?: (?:business|division|unit|arm|segment|operations|platform))?(?![\\w-])',
};
/** A period Chinese writes between a company and its unit: 微软第三财季智能云, 谷歌今年一季度云业务, Alphabet 首季雲端營收 (首季, the first quarter). */
const CJK_PERIOD_BETWEEN = '(?:(?:20\\d{2}\\s*(?:财年|財年|年)|今年|去年)?(?:(?:第?[一二三四1-4]|首)\\s*(?:财季|財季|季度|季)|[上下]半年)(?:的)?)?';
/**
 * The same in Chinese and Japanese, written against the parent's name in either script or
 * in Latin letters: 亚马逊的云业务, 亞馬遜雲端事業, Google 雲端, 谷歌云端, アマゾンのクラウド部門.
 */
export const UNIT_ROLE_AFTER_PARENT_CJK: Record<UnitRole, string> = {
  cloud: `${CJK_PERIOD_BETWEEN}(?:旗下的?|傘下の|的|の)?(?:(?:智能(?=[云雲](?!${SEGMENT_CJK})))?[云雲](?:端|计算|計算)?(?:业务|業務|部门|部門|事业|事業)?|クラウド(?:事業|部門)?)`,
};
/**
 * A unit named by its role alone in Chinese or Japanese, whose it is left to the text around
 * it as for "the cloud division": 其云计算部门, 旗下雲端業務, 该公司的云业务, 同社のクラウド部門.
 */
export const UNIT_ROLE_ONLY_CJK: Record<UnitRole, string> = {
  // (Not an AI cloud, a kind of business of its own: AI云业务, GPU雲端業務, AIクラウド事業.)
  cloud: '(?:(?:其|旗下|该公司|該公司|公司)(?:的)?)?(?<!(?:AI|GPU|算力|智算)\\s?)[云雲](?:端|计算|計算)?(?:业务|業務|部门|部門|事业部?|事業部?)|(?:同社の)?(?<!(?:AI|GPU)・?)クラウド(?:事業|部門)',
};

/** Words that make the company before them the speaker of a sentence, not its subject ("Amazon claims …", "according to Nvidia"). */
// "OpenAI said no to Amazon's overture", 'OpenAI said "thanks, but no thanks" to Amazon's offer' are an answer to a deal, not speech
// about another's figure.
export const SPEECH_AFTER = /^(?:['’]s\s+(?:team|management|leadership|executives|finance chief|CFO|CEO|chief executive|boss))?(?:\s+(?:[A-Z][\w.-]*|CEO|chief executive|executives?|officials?|spokesp\w+))*\s+(?:claim|say|said|says|told|argu|note|stat|believ|insist|boast|tout|contend|maintain|predict|expect|guid|forecast|project|sees\b|count(?:s|ed|ing)? on)\w*\b(?!\s+no\b|,?\s+["“‘'][^"”’']{0,24}?\bno\b(?!\s+comment))/;
export const SPEECH_BEFORE = /\baccording to\s+(?:the\s+)?$/i;

/** The groups that are sectors (`EntityEntry.sector`), by name. */
export const SECTORS: ReadonlySet<string> = new Set(ENTITIES.flatMap((e) => (e.sector ? [e.name] : [])));

/** The cloud units (AWS, Azure, Google Cloud…), by name: money another company commits to one buys its computing. */
export const CLOUD_UNITS: ReadonlySet<string> = new Set(ENTITIES.flatMap((e) => (e.role === 'cloud' ? [e.name] : [])));

/** The line of business each unit's own revenue is, by the unit's name (YouTube → advertising). */
export const OWN_LINE: ReadonlyMap<string, string> = new Map(ENTITIES.flatMap((e) => (e.line ? [[e.name, e.line] as const] : [])));

/** A company's parent by name (AWS → Amazon, Trainium → AWS). */
export const PARENT: ReadonlyMap<string, string> = new Map(ENTITIES.flatMap((e) => (e.parent ? [[e.name, e.parent] as const] : [])));

/** The company at the top of `name`'s family: itself, or the company its unit or product belongs to. */
export function companyGroup(name: string): string {
  let at = name;
  for (let parent = PARENT.get(at); parent; parent = PARENT.get(at)) at = parent;
  return at;
}

/**
 * A sum ahead of a word: " about $5B", " some $13 billion", and one said in words however long ("around one and a half
 * billion pounds", "one hundred and six and a half billion").
 */
const MONEY_AHEAD = String.raw`\s+(?:about |around |approximately |almost |close to |nearly |more than |over |some |roughly |up to |as much as |another |a further )?(?:[$€£¥₹₩]|(?:US|NT|HK|A|C|S)\$|Rs\.? ?|RMB ?|\d|(?:[a-z]+[- ]){1,7}(?:billion|million|trillion)\b)`;
/** Before a sum of money: "raised $5B", "put some $13 billion into". */
const BEFORE_MONEY = `(?=${MONEY_AHEAD})`;
/** A relative clause that tells what the thing before it came to: "which totalled", "that were worth" (its sum after it). */
export const WHICH_CAME_TO_WORDS = String.raw`(?:which|that)\s+(?:totall?ed|totals?|came to|come to|amounted to|(?:was|were|are|had been)\s+(?:worth|valued at))`;
/** Before a sum in Chinese: 价值约3,000亿美元, 逾 500 億美元 (the currency after the figure). */
const CJK_MONEY_AHEAD = String.raw`(?=\s?(?:价值|價值)?\s?(?:约|約|近|逾|超过|超過|高达|高達)?\s?\d[\d,.]*\s?(?:万亿|萬億|亿|億|万|萬)\s?(?:美元|欧元|歐元|日元|港元|人民币|人民幣|元))`;
/**
 * Not a round said as the time of a valuation: "its valuation after its Fabrikam-led funding round is $40 billion" is a
 * valuation, not the round's sum ("raised $5 billion in its Series C round" is; "is worth $40 billion after its latest
 * round" tells the round, whose sum it is not).
 */
/** A round of something else than funding: "a second round of layoffs", "a round of talks", "a round of tariffs". */
const NOT_A_FUNDING_ROUND = String.raw`(?!\s+of\s+(?:layoffs|lay-offs|job cuts|cuts|redundancies|firings|talks|negotiations|tariffs|sanctions|price cuts)\b)`;
const ROUND_AS_TIME = String.raw`(?<!\bvaluation (?:after|since|before|following) (?:its |the |a |this |that |their )?(?:[\w-]+ ){0,2}(?:funding(?: round)?|round|series [A-H]))`;

/** Infrastructure with the words that describe it: "AI infrastructure", "cloud computing and AI infrastructure", "new data centres". */
const INFRASTRUCTURE_WORDS = String.raw`(?:(?:new|its|their|AI|cloud|computing|digital|data|and)\s+){0,5}(?:infrastructure|data cent(?:er|re)s)\b`;
/** Not money put into infrastructure ("puts $0.2 trillion behind data centres"), which is spending, not a stake in a company. */
const NOT_INTO_INFRASTRUCTURE = String.raw`(?![^;]{0,40}?\b(?:into|behind) ${INFRASTRUCTURE_WORDS})`;
/** Before "valued at", not a stake or holding in a company: "its stake in OpenAI is now valued at …". */
const NOT_A_STAKE_VALUED = String.raw`(?<!\b(?:stake|holding|shareholding|position|interest)s?\s+in\s+[^.;]{1,60}?\s+(?:is|are|was|were|now|would be|will be)\s+(?:now\s+|currently\s+)?valued)`;
/** A sum within a few words either side: "the $50 billion it put on the table", "first cheque … was US$4 billion". */
const MONEY_NEAR = String.raw`(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:billion|million|bn|[BM]\b)|\b(?:billion|million)\b)`;
const BESIDE_MONEY = `(?:(?=[^.;]{0,40}?${MONEY_NEAR})|(?<=${MONEY_NEAR}[^.;]{0,40}?))`;
/** What a count of money in a period came to, after its noun: "orders of $16.2 billion", "shipments reached a record $9.4 billion". */
const COMES_TO_MONEY = String.raw`(?=\s+(?:of|totall?(?:ed|ing)|reached|hit|topped|exceeded|came (?:in )?(?:to|at)|(?:rose|climbed|jumped|grew|surged|fell) to|were|was)\s+(?:a record\s+|about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more than\s+|over\s+|almost\s+)?(?:US|A|C|S|HK)?[$€£¥]\s?\d)`;
/** Before another company's money: "walked away from Amazon's $50B". */
const OF_ANOTHER = String.raw`(?=\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}['’]s\s+(?:[$€£¥₹]|US\$|\d))`;
/** Words that make "a share" the price of a deal: an offer, a bid, an agreement to buy or sell a company. */
const DEAL_WORD = String.raw`\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?|proposals?|proposed|approach(?:es|ed)?|deal|agreement|agreed|signed|terms|takeover|acqui(?:re[ds]?|ring|sition)|buy(?:s|ing)?|bought|buyout|merger|tender|take[- ]private|taken private|sell|sold|consideration)\b`;
/** Words of a company's own earnings or payouts, whose sum a share is no deal's price: "earned $3.38 a share", "a dividend of $1 a share". */
const EARNINGS_WORD = String.raw`\b(?:earn(?:s|ed|ing|ings)?|EPS|profits?|income|FFO|AFFO|dividends?|payouts?|loss(?:es)?)\b`;
const DEAL_WORD_CJK = '(?:收购|收購|要约|要約|报价|報價|出价|出價|并购|併購|私有化|竞购|競購|交易|协议|協議)';
/** (TOB's O in brackets: a phrase with two Latin letters in a row is read as an English one, entities.ts `isCjkAlias`.) */
const DEAL_WORD_JA = '(?:買収|T[O]B|公開買い?付け?|買い?付け|提案|合併|取得)';
/** Words between a percentage and "premium" that leave it a deal's premium: "a 42% cash premium". */
const DEAL_PREMIUM_ADJECTIVE = '(?:cash|takeover|control|implied|headline)';
/** Not the market's price above an offer: "shares trade at a 2% premium to the offer". */
const NOT_OVER_THE_OFFER = String.raw`(?!\s+(?:to|over|above)\s+(?:the\s+|its\s+)?(?:[\w$.-]+\s+){0,2}(?:offer|bid|deal|proposal|takeover)(?:\s+price)?\b)`;

/**
 * A verb of buying, then what is bought: one to three words that are no goods, shares or capacity (a company, or "of" and a
 * company): "buy Core Scientific", "bought AirTrunk", "purchase of Mellanox"; not "buy in", "buy AMD GPUs", "buy Azure capacity".
 */
const BUY_VERB = String.raw`(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))`;
const WHOLE_BOUGHT = String.raw`(?:\s+of)?(?!\s+(?:[\w.&'’-]+\s+){0,2}?(?:GPUs?|TPUs?|CPUs?|chips?|processors?|systems?|racks?|shares?|stock|stakes?|bonds?|notes|servers?|capacity|compute|power|electricity|accelerators?|equipment|land|licen[cs]es?)\b)\s+(?:(?!(?:in|into|up|back|out|more|some|the|a|an|from)\b)[\w.&'’-]+\s+){0,2}(?!(?:in|into|up|back|out|more|some|the|a|an|from)\b)[\w.&'’-]+`;
/**
 * A deal is money put in, unless its clause has just named a takeover: "agreed to buy Core Scientific in an all-stock deal
 * valued at about $9 billion", "acquire Windsurf in a deal worth $3 billion" price the company bought (the acquisition).
 */
const DEAL_NOT_A_TAKEOVER = String.raw`deal(?<!\b(?:acqui(?:re[ds]?|ring|sition)|takeover|buyout|merger)[^.;,]{0,60}deal|${BUY_VERB}${WHOLE_BOUGHT}\s+in\s+an?\s+(?:[\w-]+\s+){0,2}deal)`;
/**
 * An approach with its price on it is an offer to buy a company, as takeover news uses the word: "Google's $3bn approach to
 * Contoso", "AMD's $4.9 billion cash approach", "a sweetened £2.7bn approach from SAP", "an approach to Contoso involving up to
 * $3 billion", "a rival approach of about $7.1 billion" — not "a cautious approach to spending", which names no sum of its own.
 */
const PRICED_APPROACH = String.raw`approach(?:es)?(?=\s+(?:of|worth|valued at)${MONEY_AHEAD})|approach(?:es)?(?<=(?:billion|million|trillion|bn|tn|\d\s?[BMT])[- ](?:(?:all[- ])?(?:cash|stock|share)[- ]|(?:takeover|unsolicited|hostile|formal|informal|revised|sweetened|improved|fresh|new|rival)[- ]){0,2}approach(?:es)?)|approach(?:es)?(?=\s+to\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\s+(?:involving|worth|valued at)\s+(?:(?:up to|as much as|about|some|roughly)\s+)?(?:[$€£¥]|US\$|USD|EUR|\d))`;
/** Right after "orders", a verb that moves them or "growth": the orders of a period, moved ("orders grew 38% organically"). */
const ORDERS_MOVED = String.raw`\s+(?:(?:also|again|organically|sharply|strongly)\s+)?(?:grew|rose|increased|climbed|jumped|surged|soared|fell|dropped|declined|slipped|(?:were|was)\s+(?:up|down))\b|\s+growth\b`;
/** Before a count: "use up to one million TPUs", "run as many as 1 million chips". */
const BEFORE_COUNT = String.raw`(?=\s+(?:up to\s+|more than\s+|over\s+|about\s+|as many as\s+|nearly\s+|roughly\s+|around\s+|approximately\s+|some\s+|almost\s+|close to\s+|at least\s+|an estimated\s+)?(?:\d|one |two |half a |a quarter of a |a million))`;
/**
 * A cost written as how much cheaper something is: "training on Trainium is as much as 40% cheaper", "training a model on
 * its silicon can be up to two-fifths cheaper", "forty percent cheaper" (a share in words or a fraction, as figures are read).
 */
const CHEAPER = String.raw`(?=\s+(?:[\w-]+\s+){0,8}?(?:up to\s+|as much as\s+|about\s+|nearly\s+)?(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent)|[a-z]+(?:-[a-z]+)?\s(?:percent|per cent)|(?:one|two|three|four|a)[- ](?:half|thirds?|quarters?|fifths?|tenths?))\s+(?:cheaper|less expensive|lower|less|below))`;

/** A quarter named by its place or its last month: "the December quarter", "the current quarter", "Q4". */
const QUARTER_NAME = String.raw`(?:(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|first|second|third|fourth|current|next|coming|fiscal (?:first|second|third|fourth)|fiscal)[- ]quarter)|Q[1-4])`;
/** A sum followed by no measure of its own: "about $3.6 billion" (not "$3.6 billion of capex"). */
const SUM_NAMING_NO_MEASURE = String.raw`(?:about |roughly |around |approximately |some )?(?:US)?[$€£¥][\d.,]+\s?(?:billion|million|bn|[BM])\b(?!\s+(?:of|in)\s)`;
/** "28% higher than a year before", "lower than in the same quarter last year", "32% more than in the same stretch of 2025": a change on the period before, a verb of movement. */
const THAN_BEFORE = String.raw`(?=\s+than\s+(?:(?:in|during)\s+)?(?:a year (?:before|earlier|ago)|a quarter (?:before|earlier)|the (?:same|year-earlier|year-ago|prior-year|previous|prior) (?:period|quarter|year|stretch|months)))`;
/**
 * After a rate, `words` ("more|higher|above") of a comparison with an earlier sum that is no one's expectation: "83% more than
 * the $51.2 billion of a year ago", "135% above the $6.5bn of the same quarter a year earlier" (not "12% above the $88.1
 * billion analysts expected").
 */
const rateOverLevel = (words: string) =>
  String.raw`(?<=(?:%|\bper ?cent|\bpercent)\s)(?:${words})\b(?=\s+(?:than\s+)?the\s+(?:US|NT|HK|A|C|S)?[$€£¥]\s?\d(?!(?:[^.;]|\.(?=\d)){0,70}?\b(?:expect|estimat|consensus|forecast|guid|analyst|target|project|predict|model|outlook|Street)))`;

/** Right after a count and the words between it and what it counts: "4.6 million fully driverless |rides|". */
const COUNTED = String.raw`(?<=\d[\d,.]*(?:\s?(?:million|thousand|[MK]))?\+?\s(?:(?:paid|fully|driverless|autonomous|robotaxi|Robotaxi|passenger|weekly|self-driving)\s){0,3})`;

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
  /** A figure of this metric is the group's, whichever unit is named: a company reports its capex as one. */
  ownedByGroup?: boolean;
  /**
   * What customers pay is the business unit's that sells the product: a chip's training cost
   * is its unit's (Trainium → AWS), and a company's is its cloud unit's (Amazon → AWS).
   */
  ownedByUnit?: boolean;
  /** A flow over a period (capex, revenue, growth): its actual is known only once the period has ended. */
  overPeriod?: boolean;
  /** A sum a share (earnings, a deal's price): never a sum of millions, which is a company's or a deal's whole (readFigures.ts `shareSized`). */
  perShare?: boolean;
}

/**
 * The shares and their price, not a stock of something ("its stock of signed contracts"), stock issued as an investment
 * ("preferred stock"), what a price is paid in ("about $9 billion in stock", "an all-stock deal") nor the shares a bidder
 * offers to buy ("to acquire all outstanding shares for $71.00 per share": the takeover's price).
 */
const SHARE_PRICE_PHRASES = ['shares(?! of)(?<!\\b(?:acquire|buy|purchase)\\s+(?:all\\s+)?(?:(?:the|its|of\\s+the|of\\s+its)\\s+)?(?:(?:outstanding|remaining|issued)\\s+)?shares)', '(?<!(?:preferred|common|nonvoting|non-voting|voting|restricted|treasury|convertible|\\bin|\\ball)[\\s-])stock(?! of\\b|-based\\b)(?: price)?', 'share price', '股价', '股價', '株価'];

/** Between a verb of share and its percentage: "about", "more than". */
const SHARE_BOUND = String.raw`(?:(?:about|around|roughly|nearly|almost|some|more than|over|less than|under|just|only|just over|just under)\s+)?`;
/** A group's sales a share is of: "of Amazon's net sales", "of the company's total revenue", "of its revenue". */
const SALES_OF = String.raw`(?:(?:[A-Z][\w.&-]*|[a-z][\w.&-]*['’]s|its|the|their|the (?:company|group|parent)['’]s)(?:['’]s)?\s+){0,2}(?:(?:[\w-]+[- ]quarter|fiscal(?:[- ]year)?|full[- ]year|[A-Z][a-z]+[–-][A-Z][a-z]+|[A-Z]{2,5}|server|cloud|data[- ]cent(?:er|re))\s+)?(?:(?:net|total|overall|group|company-wide|consolidated|annual|quarterly)\s+)?(?:revenues?|sales|turnover)\b`;
/** The US government as the one a licensed chip's revenue share goes to: "Washington", "the US government", "the Treasury". */
const US_GOVERNMENT = String.raw`(?:Washington|the (?:US |U\.S\. |American |federal )?(?:government|Treasury))`;
/** What a share is of, said back: "China made up 29% of it", "fell to 38% of the total" (the revenue named before). */
const SALES_SAID_BACK = String.raw`(?:it|the total|the whole|the [A-Z]{2,5} figure)\b`;

/** Order matters only for ties at the same distance: more specific metrics first. */
export const METRICS: MetricEntry[] = [
  // Performance per watt is energy efficiency: work done per unit of energy ("40% more work per watt", "40% more energy efficient").
  { name: 'energy efficiency', topic: 'chips', units: ['x', '%', 'TFLOPS/W'], productSubject: true, phrases: ['performance[- ]per[- ]watt', 'perf(?:ormance)?/w(?:att)?', 'power efficiency', 'per-watt efficiency', 'efficiency per watt', 'energy efficiency', 'energy[- ]efficient', '(?:more |the )?work (?:done )?per watt', '(?:work|performance|compute|computation) (?:out of|from) (?:every|each) watt', 'per[- ]watt', '每瓦(?:的)?性能', 'ワット(?:当たり|あたり)(?:の)?性能', '能效', '能源效率', '电力效率', '電力効率', '電力效率', 'エネルギー効率'] },
  // "Seagate shipped 214 exabytes of hard-drive capacity", "on 241 EB shipped": storage capacity shipped in a period, in exabytes.
  { name: 'storage shipped', topic: 'chips', overPeriod: true, units: ['EB'], phrases: ['shipp(?:ed|ing|ments?)', 'ships?', 'capacity', 'exabytes?', 'EB', 'petabytes?', '出[货貨]', '出荷'] },
  { name: 'memory capacity', topic: 'chips', units: ['x', '%', 'GB', 'TB'], productSubject: true, phrases: ['memory capacity', 'memory'] },
  { name: 'inference cost', topic: 'cost', units: ['%', ...MONEY_UNITS, 'x'], percentIsReduction: true, ownedByUnit: true, phrases: [`inference${CHEAPER}`, 'inference costs?', 'costs? (?:of|for) inference', 'costs?(?<=\\binference\\b[^.;,]{0,40}costs?)', '(?<=\\d%? )on inference', 'inference (?:prices?|pricing)', '推理成本', '推論コスト', '成本(?<=(?:推理|推論)[^。；;]{0,12}成本)', 'コスト(?<=推論[^。]{0,32}コスト)'] },
  { name: 'training cost', topic: 'cost', units: ['%', ...MONEY_UNITS, 'x'], percentIsReduction: true, ownedByUnit: true, phrases: [`train(?:ing)?${CHEAPER}`, 'training costs?', '(?:model[- ])?training (?:bills?|expenses?|spend)', '(?:costs?|bills?) (?:reduction )?(?:of|for|on) training',
    // "up to 40% cheaper for training than comparable GPU instances": the training named after how much cheaper it is.
    'train(?:ing)?(?<=\\b(?:cheaper|less expensive|less|lower)\\s+(?:for|to|when|in)\\s+train(?:ing)?)',
    // "its chips can train models for as little as 60% of what comparable GPU instances cost": training for a share of another's cost.
    'train(?=\\s+(?:[\\w-]+\\s+){0,3}?for\\s+(?:as little as\\s+|only\\s+|just\\s+|about\\s+)?\\d+(?:\\.\\d+)?\\s?%\\s+of\\s+(?:what|the (?:cost|price))\\b)', '(?:costs?|bills?)(?<=\\btrain(?:ing|s)?\\b[^.;,]{0,40}(?:costs?|bills?))',
    // "Training a model on Trainium, the company says, costs as much as 40 percent less": a speaker between commas.
    'costs?(?<=\\btrain(?:ing|s)?\\b[^.;,]{0,40},[^.;,]{0,30},\\s+costs?)',
    // "customers who train on Trainium pay up to 40% less", "who move training to Trainium see up to 40% lower cost":
    // what those who train on a chip or a cloud pay, or a lower cost said a few words after the training.
    'pay(?=\\s+(?:up to |as much as |about |roughly |nearly )?[^.;]{0,30}?\\bless\\b)(?<=\\btrain(?:s|ing)?\\s+(?:(?:their |its |a |large )?models?\\s+)?on\\b[^.;,]{0,30}pay)', 'cost(?<=\\btraining\\b[^.;,]{0,60}\\b(?:lower|less|cheaper|reduced) cost)',
    // "now costs customers up to 40% less to train on": the training named after the figure.
    `costs?${CHEAPER}(?=[^.;]{0,80}?\\bless to train\\b)`, '训练成本', '訓練成本', '学習コスト', '成本(?<=(?:训练|訓練)[^。；;]{0,12}成本)',
    // 训练模型的开销比同档GPU实例低四成: the training's expense (开销, 费用) as its cost.
    '(?:开销|開銷|费用|費用)(?<=(?:训练|訓練)[^。；;，,]{0,12}(?:开销|開銷|费用|費用))',
    // 使用Trainium训练模型可比同类GPU实例节省最多四成成本: the cost saved further on in the training's clause.
    '成本(?<=(?:训练|訓練)[^。；;，,]{0,30}(?:节省|節省|降低|减少|減少)[^。；;，,]{0,8}成本)', 'コスト(?<=学習[^。]{0,32}コスト)'] },
  { name: 'cost per million tokens', topic: 'cost', units: MONEY_UNITS, phrases: ['cost per (?:1M|one million|million|1 million) tokens'] },
  // "AWS cut on-demand prices for Trn2 instances by up to 25%", "up to 25% lower on-demand prices", "cut what it charges for its
  // older Trainium2 instances by as much as 25 per cent", 按需价格最多下调25%, 利用料金は最大25％引き下げた: how much cheaper a
  // product is sold for, the product's (a fall, as "cheaper" is, told as the size of the cut).
  { name: 'price cut', topic: 'cost', units: ['%'], percentIsReduction: true, productSubject: true, phrases: [
    "(?:cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?)(?=\\s+(?:(?:the|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:prices?|pricing|charges|fees|rates)\\b|\\s+what\\s+(?:it|they)\\s+charges?\\b)",
    '(?<=\\d\\s?%\\s)(?:lower|cheaper|reduced)(?=\\s+(?:[\\w-]+\\s+){0,2}?prices?\\b)', 'price (?:cuts?|reductions?)', 'prices? (?:cut|reduced|lowered)',
    '降价', '降價', '(?:价格|價格|售价|售價|定价|定價)(?=[^，。；\\d]{0,8}(?:下调|下調|降低|调降|調降))', '値下げ', '(?:料金|価格)(?=[^、。]{0,16}引き下げ)'] },
  { name: 'performance per dollar', topic: 'chips', units: ['x', '%'], productSubject: true, phrases: ['perf(?:ormance)?[- ]per[- ]dollar', 'perf(?:ormance)?/\\$', 'price[- ]performance', '每美元性能', '每美元的性能', '性价比', '性價比', 'ドル当たり(?:の)?性能', 'コストパフォーマンス', 'コスパ'] },
  { name: 'performance', topic: 'chips', units: ['x', '%', 'TFLOPS'], productSubject: true, phrases: ['(?:compute |training )?performance',
    // Not "four percentage points faster than the 24%": rates compared, no chip's speed.
    '(?<!\\bpoints?\\s)faster', '(?:more |the )?compute(?: power)?(?! capacity)', 'training throughput', 'throughput', '性能',
    // 運算效能 (Taiwan's word for computing performance); never 能效, energy efficiency.
    '(?:运算|運算|计算|計算|AI)?效能',
    // 算力提升至4.4倍: computing power, not the compute bought ("算力合同", 算力需求, 算力中心).
    '算力(?!合同|合約|协议|協議|需求|订单|訂單|租|投资|投資|支出|开支|開支|采购|採購|中心|集群|服务|服務|供应|供應)',
    // "Trainium2 was quoted at 4x the original Trainium", "was 4x its predecessor": a chip's multiple of the generation before.
    '(?:quoted|rated|billed|pegged|benchmarked) at(?=\\s+(?:about |roughly |up to |nearly )?\\d+(?:\\.\\d+)?\\s?(?:x|×|times)\\b)', '(?:predecessor|previous generation|prior generation|original)(?<=\\d\\s?(?:x|×|times)\\s+(?:its|the)\\s+(?:[\\w-]+\\s+)?(?:predecessor|previous generation|prior generation|original))',
    // "The second generation was roughly four times the first": a multiple, in figures or words, of the first generation.
    'first(?!\\s+(?:quarter|half|year|month|week|day|fiscal|time|place|round|tranche))(?<=(?:\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten))\\s?(?:x|×|times)\\s+the\\s+first)'] },
  { name: 'inference latency', topic: 'chips', units: ['ms'], productSubject: true, phrases: ['inference latency', 'latency'] },
  // "Trainium3 racks, each packing 144 of the new chips", "144 chips per system", 一台服务器塞进144颗: how many chips one machine holds.
  { name: 'chips per server', topic: 'chips', units: ['chips'], productSubject: true, phrases: ['(?:ultra)?servers?', 'racks?', '(?:per|each|a|one) (?:system|node|box)', '服务器', '伺服器', '机架', '機架', '机柜', '機櫃', 'サーバー', '(?<!ブ)ラック'] },
  // "pods of 9,216 chips", "pods reach 8,960 chips": a pod joins many machines, so its count is its own measure, not a server's.
  { name: 'chips per pod', topic: 'chips', units: ['chips'], productSubject: true, phrases: ['pods?', 'ポッド'] },
  { name: 'cluster size', topic: 'chips', units: ['chips'], productSubject: true, phrases: ['(?:ultra)?clusters?', 'interconnect(?:ed|ion|s)?', 'supercomputer', '集群', '叢集', 'クラスター', '束ね(?:た|る)',
    // 由50万颗Trainium2芯片组成, 約50万個のチップで構成される: what a cluster is made of.
    '(?:组成|組成|构成|構成)',
    // Anthropic's Project Rainier is a cluster, however its name is written: its chips are its size.
    '(?:Project )?Rainier', '雷尼[尔爾](?:计划|計劃|計畫)?', '(?<!ト)レーニア(?!ム)'] },
  // A robotaxi service's rides: in a week ("450,000 paid rides a week", 每周…单, 週45万回) or in a period ("4.6 million fully
  // driverless rides in the quarter", 订单量, 乗車回数), and its fleet ("a fleet of 2,600 robotaxis", 车队规模, 車両).
  { name: 'weekly rides', topic: 'other', units: ['rides'], phrases: [`${COUNTED}(?:rides|trips)(?=\\s+(?:a|per|each|every) week\\b)`, '每周', '每週', '週(?=\\s?\\d)'] },
  { name: 'rides', topic: 'other', overPeriod: true, units: ['rides'], phrases: [`${COUNTED}(?:rides|trips)(?!\\s+(?:a|per|each|every) week\\b)`, '(?:出行|乘车|乘車|无人驾驶|無人駕駛)(?:订单|訂單)(?:量)?', '(?<!积压|積壓|未履约|未履約|在手|储备|儲備)(?:订单|訂單)量', '单量', '單量', '乗車回数', '乗車'] },
  // Prices of a unit of capacity or energy ("cleared at $374.20/MW-day", "pay about $85 per megawatt-hour") and energy used
  // ("used about 183 TWh of electricity"), in the units parseValue.ts gives them.
  { name: 'capacity price', topic: 'cost', units: MONEY_UNITS.map((unit) => `${unit}/MW-day`), phrases: ['capacity (?:auction |market )?(?:clearing )?prices?', 'clearing prices?', '容量(?:拍卖|拍賣)?(?:价格|價格)', '出清(?:价格|價格)', '容量(?:オークション)?(?:価格|単価)', '約定価格'] },
  { name: 'power price', topic: 'cost', units: MONEY_UNITS.map((unit) => `${unit}/MWh`), phrases: ['(?:power|electricity|energy) prices?', '电价', '電價', '電力(?:価格|料金|単価)'] },
  { name: 'electricity use', topic: 'other', overPeriod: true, units: ['TWh'], phrases: ['(?:electricity|power|energy) (?:use|consumption|demand)', '用电量', '用電量', '耗电量', '耗電量', '電力(?:消費|使用|需要)量?'] },
  { name: 'fleet size', topic: 'other', units: ['vehicles'], phrases: ['fleet', `${COUNTED}(?:robotaxis|vehicles)`, '(?:车队|車隊)(?:规模|規模)?', 'ロボタクシー(?:車両)?'] },
  { name: 'chips deployed', topic: 'chips', units: ['chips'], phrases: ['deploy(?:ed|s|ing|ment)?', `(?:us(?:e|es|ed|ing)|run(?:s|ning)?)${BEFORE_COUNT}`,
    // "Google lines up as many as a million TPUs for the lab": chips lined up for a company to use.
    `lin(?:es|ed|ing) up${BEFORE_COUNT}`, 'use of',
    // "the Abilene campus already houses roughly 450,000 GB200s", "will start with about 400,000 GB300 GPUs", "designed for
    // roughly 400,000 graphics processors", "could run on as many as two million TPUs", "covered up to one million chips": the
    // chips a site or a deal is for.
    `hous(?:e|es|ed|ing)${BEFORE_COUNT}`, `start(?:s|ed|ing)? with${BEFORE_COUNT}`, `(?:designed|built|sized|planned) for${BEFORE_COUNT}`,
    `(?:equipped|fitted|filled|stocked) with${BEFORE_COUNT}`, `cover(?:s|ed|ing)?${BEFORE_COUNT}`,
    // "Korea's 260,000-GPU agreement", "a 50,000-chip supply deal": chips a deal counts.
    '(?:agreement|deal|contract|order)s?(?<=(?:chip|GPU|TPU|accelerator|processor)\\s(?:supply\\s)?(?:agreement|deal|contract|order)s?)',
    // "agreed to supply more than 260,000 GPUs to Seoul", "promises a quarter of a million chips", "signed up for 50,000 GPUs":
    // chips a maker undertakes to deliver, or a buyer to take, counted.
    `(?:suppl(?:y|ies|ied|ying)|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|sign(?:s|ed|ing)? up for)${BEFORE_COUNT}`, `order(?:ed|s)?(?!${ORDERS_MOVED})`, 'buy(?:s|ing)?', 'bought', 'purchas(?:e|ed|es|ing)', 'shipp?(?:ed|ing|ments?)?', 'install(?:ed|s|ing)?',
    // Chips a cluster uses or adopts are its size (Rainier 集群使用了50万颗…, 叢集採用近50萬顆…), not chips a company deploys.
    '(?<!(?:集群|叢集|クラスター)[^，。,；;]{0,6})(?:使用|部署|采用|採用)',
    // Anthropic将获得最多100万颗谷歌TPU, 採用した: chips a company gets or adopts are chips it deploys.
    '获得', '獲得', '采购', '购买', '订购', '導入',
    // 26万個超のGPUを供給する, 向其供应50万颗GPU: chips a maker supplies, as "agreed to supply 260,000 GPUs" (not 供給網 or 供应链, the chain).
    '供給(?!網|体制|不足|過剰)', '供[应應](?!链|鏈|商|短缺)',
    // "more than a million Trainium3 chips in service", 在役的Trainium3芯片, 稼働中のチップ: chips at work are chips deployed.
    '(?:in|into) service', '在役', '稼働(?:中|数|台数)',
    // GPUを55万個搭載, 配备了50万颗GPU: chips a machine or a cluster is fitted with.
    '搭載', '配备', '配備',
    // GPUをおよそ40万個設置する, 最大200万個のTPUを利用できる: chips a site installs or a company can use.
    '設置', '利用(?!者|率|料)',
    // 出货约130万块, 出荷した…約130万個, 交付超过20万块: chips shipped, as "shipped" above.
    '出[货貨]', '[发發][货貨]', '出荷', '交付'] },
  { name: 'bandwidth', topic: 'chips', units: ['Gbps'], phrases: ['bandwidth'] },
  { name: 'process node', topic: 'chips', units: ['nm'], productSubject: true, phrases: ['process node', 'process'] },
  // 電力容量約為1.2吉瓦, 算力總容量約達30吉瓦, 受電容量が約200メガワット: capacity, power and compute said in gigawatts.
  { name: 'power capacity', topic: 'capex', units: ['GW'], phrases: ['power(?!\\s+(?:developers?|producers?|compan(?:y|ies)|firms?|utilit(?:y|ies)|plants?|providers?|suppliers?|generators?|groups?|stations?)\\b)', 'capacity', 'data cent(?:er|re)s?', 'server farms?', '容量', '电力', '電力', '供电能力', '供電能力', '算力(?=[总總]?容量)', '数据中心', '數據中心', '資料中心', 'データセンター'] },
  // "Uber's gross bookings reached $49.7 billion in the quarter", 总预订额: the value of what customers booked on a platform in a
  // period, a flow (not a backlog of contracts not yet delivered, nor the revenue the platform keeps of it).
  // "returned $13.9 billion to shareholders", "handed $13.9bn back to shareholders", 股东回报, 株主還元: buybacks and dividends
  // paid out in a period (not revenue, nor money investors put in).
  { name: 'shareholder returns', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: ['shareholder returns?', '(?:return(?:s|ed|ing)?|hand(?:s|ed|ing)?|g[ai]ve|giv(?:es|ing)|paid|pa(?:ys|ying)) (?:back )?(?=(?:[^.;]|\\.(?=\\d)){0,40}?\\b(?:back )?to (?:its )?(?:shareholders|stockholders)\\b)', '(?:share )?(?:buybacks?|repurchases?) and dividends', 'dividends and (?:share )?(?:buybacks?|repurchases?)', '股东回报', '股東回報', '株主還元'] },
  // "its board approved a fresh $12B buyback", "authorised buying back up to ¥150 billion of its own shares", 自社株買い, 股票回购:
  // money set aside to buy back shares (not the returns paid in a period above, nor revenue).
  { name: 'share buyback', topic: 'revenue', units: MONEY_UNITS, phrases: ['(?:share |stock )?(?:buy-?backs?|repurchases?)(?! and dividends)(?: (?:program(?:me)?s?|plans?|authori[sz]ations?))?', "(?:(?:buy(?:ing|s)?|bought) back|repurchas(?:ed|ing))(?=(?:[^.;]){0,40}?\\b(?:shares|stock)\\b)", '自社株(?:買い|取得)', '(?:股票|股份)回[购購]', '回[购購](?=[^，。；,;]{0,12}?股)'] },
  { name: 'gross bookings', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: ['gross bookings', '(?:总|總)预订额', '(?:总|總)預訂額', '総予約額'] },
  // The part of a backlog due within a year, which companies report beside the whole ("remaining performance obligations were
  // $65.4 billion; current RPO … was $32.2 billion"): another measure, never a second value of the backlog.
  { name: 'current backlog', topic: 'backlog', units: MONEY_UNITS, phrases: ['current (?:remaining performance obligations?|RPO)', 'cRPO', '(?:当期|當期)(?:剩余履约义务|剩餘履約義務)'] },
  { name: 'backlog', topic: 'backlog', units: MONEY_UNITS, phrases: [
    // "the order book of committed contracts stood at $244 billion": the book of contracts, not money committed to a company
    // (first, so that the whole phrase is matched before "order book" alone).
    '(?:order book|(?:order )?backlog|stock|pile) of (?:committed|signed|contracted) (?:contracts|commitments|business|orders)', '(?:order )?backlog', 'remaining performance obligations?', 'RPO', 'bookings(?<!\\bnet bookings)', 'order book',
    // "its generative AI book of business had passed $14 billion", 累计签约额: what customers have signed for so far.
    'book of business', '(?:累计|累計)(?:签约|簽約)(?:额|額|金额|金額)',
    // A landlord's bookings: "signed a record $218 million of annualized rent", 新签租约的年化租金.
    'annuali[sz]ed rents?', '年化租金',
    // "its stock of signed, not-yet-billed contracts", "unbilled contracts": contracts not yet turned into revenue.
    // "its pile of signed but not yet delivered cloud contracts": contracts sold and not yet served.
    '(?:signed,?\\s+(?:but\\s+)?)?(?:not[- ]yet[- ](?:billed|recogni[sz]ed|delivered|fulfill?ed)|unbilled|undelivered)\\s+(?:[\\w-]+\\s+)?(?:contracts|revenue|business)', '(?:(?:signed |contracted )?(?:revenue|contracts|business) (?:(?:it|that|which) (?:has|have) )?)?(?:not yet recogni[sz]ed|yet to be recogni[sz]ed|yet to recogni[sz]e)(?: (?:as )?revenue)?',
    // "commitments signed but not yet booked as revenue": booked is recognised, in the words of a ledger.
    '(?:(?:contracts|commitments|business) )?(?:signed (?:but )?)?(?:not yet booked|yet to be booked) as (?:revenue|sales)',
    // "$244bn of contracted revenue", "contracts worth $244 billion that AWS has yet to deliver on": sold, not yet earned.
    'contracted (?:future |forward |cloud )?revenue', '(?:has|have) yet to (?:deliver|fulfil?l|perform)(?: on)?',
    // "contracts worth $244 billion that it hasn't yet delivered on", "$244 billion in contracted business still to be
    // delivered", "signed contracts that haven't turned into revenue yet": the same, said with a negation or "still to be".
    '(?:has|have)(?:n[\'’]t| not) (?:yet )?(?:deliver(?:ed)?|fulfill?ed|performed)(?: on)?', '(?:still|yet) to be (?:delivered|fulfill?ed|performed|billed)', '(?:has|have)(?:n[\'’]t| not) (?:yet )?(?:turned|been turned|converted|been converted) into (?:revenue|sales)',
    // 订单余额, 合同余额 (訂單餘額, 合約餘額): the balance of orders or contracts signed and not yet delivered.
    '(?:订单|訂單|合同|合約|合约)(?:余额|餘額)',
    // 在手合同总额 (the contracts in hand): the book of contracts signed, as a backlog.
    '在手(?:合同|合約|合约|订单|訂單)(?:总额|總額|金额|金額)?',
    // 尚未确认为收入的合同金额, 未認列收入的合約金額, 未履约合同: contracted sums not yet recognised as revenue; 已签约但尚未确认的合同金额,
    // a contract's sum "signed but not yet recognised", says the same without naming revenue (a contract word must follow: 尚未确认的消息 is no backlog).
    // Spoken 还没 (還沒) says "not yet" as 尚未 does: 还没认列的合约订单.
    '(?:尚未|还未|還未|仍未|还没|還沒|未)(?:被)?(?:确认|確認|认列|認列|入账|入賬)(?:(?:为|為)?(?:收入|营收|營收)的?(?:合同|合約|合约|订单|訂單)?|的?(?:合同|合約|合约|订单|訂單))(?:金额|金額|总额|總額)?', '(?:収益|売上)(?:として)?(?:計上|認識)されていない(?:契約)?(?:金?額)?', '(?:未履[约約行]|待履[约約])(?:的)?(?:合同|合約|合约)(?:金额|金額|总额|總額)?',
    // "$90 billion in committed contracts that it has yet to book as revenue": contracts signed, not yet turned into sales.
    '(?:committed|signed|contracted) (?:contracts|commitments|business|orders) (?:(?:that|which) )?(?:it|they|the (?:company|group|firm)|[A-Z][\\w-]*) (?:has|have) yet to (?:book|bill|recogni[sz]e|deliver)(?: (?:as|into) (?:revenue|sales))?',
    // "signed-but-unbilled contracts", "Amazon's contracted-but-undelivered AWS orders": sold, not yet delivered or billed.
    '(?:signed|contracted|booked)[- ](?:but[- ])?un(?:billed|delivered|fulfill?ed)(?: [A-Z][\\w-]*)? (?:contracts|revenue|business|work|orders|deals|commitments)',
    // "A $244 billion pipeline": a company's pipeline priced as a sum is the business it has signed up (not "a $2 billion gas pipeline").
    'pipeline(?<=(?:billion|trillion|\\d\\s?(?:bn|tn|[BT]))[- ]pipeline)',
    // "contracted but unbilled revenue", "signed but unrecognised sales", "signed contracts not yet billed"
    '(?:(?:contracted|signed)[- ](?:but[- ])?)?un(?:billed|recogni[sz]ed) (?:[A-Z][\\w-]* )?(?:revenue|sales)', '(?:contracts|revenue|business) not yet billed', 'under contract (?:but )?not yet (?:billed|recogni[sz]ed)', '(?:contracted|committed|signed) (?:revenue|business|work|sales) (?:that is |that has )?not yet (?:been )?(?:booked|billed|recogni[sz]ed|delivered)', 'unfilled (?:[\\w-]+ )?(?:commitments|orders|contracts)', '(?:customer )?(?:deals|contracts|orders|commitments) awaiting (?:delivery|fulfil?ment)', '积压订单', '订单积压', '(?:合同|合約|合约)?(?:积压|積壓)(?:金额|金額|总额|總額)', '(?:合同|合約|合约)(?:积压|積壓)', '訂單積壓', '订单储备', '訂單儲備', '未履约订单', '未履行订单', '未交付订单', '在手订单', '未完成订单', '剩余履约义务', '未履行的?履约义务', '未履行的?履約義務', '(?:收入|营收|營收)(?:积压|積壓)', '積壓訂單', '未履約訂單', '未履行訂單', '未交付訂單', '在手訂單', '未完成訂單', '剩餘履約義務', '受注残高?', '残存履行義務', '(?:クラウド・?)?バックログ'] },
  // A company's outlays, a year or a period between ("Amazon's 2026 outlays", "Meta's March-quarter outlays"), and "an outlay
  // of" a sum are its spending; "its 2025 outlay of $46 billion", the singular after a possessive, is a baseline's words.
  { name: 'capex', topic: 'capex', overPeriod: true, units: [...MONEY_UNITS, '%'], ownedByGroup: true, phrases: ['capital[- ]expenditures?', 'capex', 'capital[- ](?:spending|outlays?|investments?|projects|budgets?|outlook|plans?|programs?|programmes?)', "outlays(?<=(?:['’]s|\\bits|\\btheir)(?:\\s[\\w-]+){0,2}\\s+outlays)", 'outlays(?<=\\b(?:20\\d{2}|AI|infrastructure)\\s+outlays)', 'outlay(?<=\\ban\\s+outlay)(?= of\\b)', '(?:purchases of )?property and equipment', '(?:buildings|construction) and (?:servers|equipment)(?: purchases)?', 'equipment purchases',
    // "its three-year pledge for AI and cloud infrastructure": money pledged to build, not to a company.
    "pledges?(?= (?:for|to|on) (?:[\\w-]+ ){0,4}?(?:infrastructure|data cent(?:er|re)s)\\b)",
    // "pour $200 billion into AI infrastructure" is spending on it, not an investment in a company.
    `pour(?:s|ed|ing)?${BEFORE_MONEY}(?=[^;]{0,40}?\\binto (?:AI |its |new )?(?:infrastructure|data cent(?:er|re)s)\\b)`,
    // "invest around $200 billion in 2026, most of it in data centers": money put into infrastructure, not into a company.
    // So is "invest 380 billion yuan over the next three years in cloud computing and AI infrastructure".
    `invest(?:s|ed|ing)?${BEFORE_MONEY}(?=[^;]{0,80}?\\b(?:in|into) ${INFRASTRUCTURE_WORDS})`,
    // "a price tag of $200B on this year's build-out", "axed a $1 billion Ohio build": what building costs is spending.
    '(?<=\\b(?:on|for) (?:[\\w\'’]+ ){0,2})build-?outs?', 'build(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+(?:[A-Z][\\w-]*\\s+)?build)(?!-)', '(?:AI |infrastructure )?spend(?:ing)?(?: spree| plan)?', `spent${BEFORE_MONEY}(?![^.;]{0,60}?\\b(?:to (?:buy|acquire)|acqui|buyback|repurchas))`,
    // "Alphabet had already laid out $131.2 billion": money laid out is money spent.
    `(?:laid|lays|laying) out${BEFORE_MONEY}`,
    // "the $131 billion Amazon spent last year", "the $37.5bn it spent in the quarter": the sum a company spent, named after it.
    "spent(?<=(?:[$€£]\\s?[\\d.,]+\\s?(?:bn|billion|b|tn|trillion)?|billion|trillion)\\s+(?:[\\w'’]+\\s+){1,2}spent)(?!\\s+(?:to (?:buy|acquire)|on (?:buybacks|acquisitions)))", 'investment plan', 'infrastructure investment', '(?:build-?out|infrastructure|construction) (?:budget|plan)s?', '(?:data cent(?:er|re) )?(?:projects?(?!\\s+(?:about |around |roughly |nearly |some |more than |over )?(?:[$€£¥₹]|US\\$|\\d))|campus(?:es)?|sites?)',
    // "a proposal for a billion-dollar facility": a facility built; one lent ("a $5 billion credit facility") is debt.
    "(?<!\\b(?:credit|loan|lending|revolving|debt|financing|borrowing) )facilit(?:y|ies)", 'data cent(?:er|re)s?(?= (?:in|near|at|campus|project)\\b)',
    // "the $1-billion data centre it dropped", "a $2bn data center", "its $1B data-center plan", "a $1 billion server farm": a data centre priced right before it.
    'data[- ]cent(?:er|re)s?(?<=(?:billion|million|bn|\\d[BM])[- ]data[- ]cent(?:er|re)s?)', 'server farms?(?<=(?:billion|million|bn|\\d[BM])[- ]server farms?)', '(?:数据中心)?(?:项目|园区)',
    // "scrap a $3.5 billion HBM packaging plant", "a planned US$3.5 billion advanced-packaging fab": a plant priced right before it.
    // "the ¥104 billion production building it had planned in Miyagi": a building for making things, priced right before it, too.
    '(?:plants?|fabs?|factor(?:y|ies)|(?<=(?:production|manufacturing|assembly|clean-?room|factory|R&D)[- ])buildings?)(?<=(?:billion|million|bn|\\d[BM])[- ](?:[\\w-]+[- ]){0,3}(?:plants?|fabs?|factor(?:y|ies)|buildings?))',
    // 德國100億歐元建廠計畫, 在美设厂: building a plant is spending on it, as a priced build is.
    '(?:建厂|建廠|设厂|設廠|扩厂|擴廠)(?:计划|計劃|計畫|项目|項目|案)?', '(?:數據中心|資料中心)?(?:項目|專案|園區)', '(?:數據中心|資料中心|数据中心)案', 'データセンター(?:の)?(?:計画|建設|プロジェクト|新設)', '(?:新)?工場(?:の)?(?:計画|建設|新設)', '(?:新)?(?:工厂|工廠)(?:的)?(?:计划|計劃|計畫|建设|建設|项目|項目)', '(?:新|新規)?拠点(?:の)?(?:建設|新設|整備)', '投入(?=[^。；;]{0,30}?(?:数据中心|數據中心|資料中心|基础设施|基礎設施|算力|服务器|伺服器|资本开支|资本支出|資本支出|資本開支))',
    // 在俄亥俄州利金县投资10亿美元建设数据中心: money put into a place to build a data centre there is capital spent (the
    // whole phrase, so 投资 alone, money put into a company, does not also read it).
    '在[^，。；,;在]{1,16}?(?:投资|投資)(?=\\s?(?:约|約|近|超过|超過|逾)?\\s?[\\d.,]+\\s?(?:亿|億|万|萬)[^，。；,;]{0,8}?(?:建设|建設|建造|兴建|興建)[^，。；,;]{0,8}?(?:数据中心|數據中心|資料中心|园区|園區))',
    // 计划今年投入约2000亿美元, 计划今年花0.2万亿美元: a sum a company puts in or spends, not into another company
    // (向/对 Anthropic投入 is an investment), is its spending.
    '(?<![向对對给給於于](?!一家)[^，。；,;]{0,24})(?:投入|花费|花費|斥资|斥資|花|砸)(?:了|下)?(?=\\s?(?:约|約|近|超过|超過|逾|多达|多達|最多|最高)?\\s?(?:\\d|[一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千]*[亿億万萬]))', '资本开支', '资本支出', '资本性支出', '資本支出', '資本開支', '資本的支出', '設備投資', '(?:基础设施|基礎設施)(?:投资|投資|支出)', '(?:投资|投資)(?:预算|預算)', 'インフラ投資',
    // 在物业和设备上的投入, 物業、廠房及設備: "property and equipment", what capex buys.
    '(?:物业|物業)(?:(?:、|和|及)(?:厂房|廠房))?(?:和|及|与|與|、)(?:设备|設備)',
    // 约两千亿美元的投资蓝图, 投資計畫: a company's investment plan is its spending, as "investment plan" is; not one for another
    // company (对Anthropic的投资计划 is a stake).
    '(?<![向对對给給於于][^，。；,;]{0,24})(?:投资|投資)(?:蓝图|藍圖|计划|計劃|計畫)',
    // 資料中心計畫, 数据中心建设计划: a data-centre plan is its spending.
    '(?:数据中心|數據中心|資料中心)(?:建设|建設)?(?:计划|計劃|計畫)',
    // 興建10億美元資料中心, 一座50亿美元的数据中心: a data centre with its sum before it is what is spent on it, as "a $1 billion data
    // center" is.
    '(?:数据中心|數據中心|資料中心)(?<=(?:亿|億|万|萬)(?:美元|元|港元|日元)的?(?:数据中心|數據中心|資料中心))',
    // Money "for data centers, chips and power", "for cloud and AI infrastructure", 用于……基础设施: spending on them, in a
    // country named by its people's adjective too ("for Korean cloud infrastructure", "into Canadian data centres").
    `(?:for|on|into|behind) (?:[A-Z][a-z]+(?:an|ese|ish|ch|i) )?(?:new |its |AI |cloud (?:and AI )?|computing )?(?:data cent(?:er|re)s|infrastructure)\\b`, '用[于於](?:建设|建設)?[^,;。]{0,24}?(?:数据中心|數據中心|資料中心|基础设施|基礎設施)',
    // クラウドとAIのインフラに3800億人民元を投じる: money put into infrastructure, in Japanese, as 用于……基础设施 in Chinese.
    'インフラ(?:整備|建設)?に(?=[^。、]{0,20}?投じ)'] },
  // The bottom line and the gross margin, so that neither is read as the revenue or the operating profit a sentence's verb would give it.
  { name: 'net income', topic: 'revenue', overPeriod: true, units: [...MONEY_UNITS, '%'], phrases: ['net (?:income|profits?|earnings)', 'bottom line', '(?:净|淨)(?:利润|利潤|利)', '(?:纯|純)利', '(?:当期)?純利益',
    // 稅後純益573億元, 歸屬母公司純益: how Taiwan writes net profit (not 每股純益, earnings per share).
    '(?<!每股)(?:纯|純)益(?!率)', '最終(?:的な)?(?:利益|損益)',
    // "SoftBank earned ¥3.4 trillion in the half": what a company earned, a sum, is its profit (not "earned a place").
    // (Not what it earned of another measure: "earned $5.9 billion of operating income".)
    `earn(?:ed|s)${BEFORE_MONEY}(?!(?:[^.;]|\\.(?=\\d)){0,40}?\\b(?:of|in)\\s+(?:[\\w-]+\\s+){0,2}(?:operating|gross|adjusted|pre-?tax|revenue|sales|interest|fees|royalt))`] },
  { name: 'gross margin', topic: 'revenue', overPeriod: true, units: ['%'], phrases: ['gross margins?', 'margin(?<=\\bgross profit\\b(?:[^.;]|\\.(?=\\d)){0,80}\\bmargin)(?=\\s+of\\b)', '毛利率', '粗利率'] },
  // A margin is a share of revenue, not a change of the profit: "an operating margin of 37.5%" never meets "operating income rose 20%".
  // "Operating income at AWS was $27.9bn, a margin of 63.6 per cent": a margin told after operating income is the operating
  // margin (after gross profit, the gross margin).
  { name: 'operating margin', topic: 'revenue', overPeriod: true, units: ['%'], phrases: ['operating (?:profit |income )?margins?', 'margin(?<=\\boperating (?:income|profit)\\b(?:[^.;]|\\.(?=\\d)){0,80}\\bmargin)(?=\\s+of\\b)', '(?:营业|經營|经营|營業|营运|營運)(?:利润|利潤)率', '営業利益率', '営業マージン'] },
  // "an operating loss of $5.6 billion", "Reality Labs … lost $6.2 billion in the quarter", "a $4.4 billion loss a year earlier",
  // 经营亏损, 営業損失: what a business lost over a period, told as the size of the loss (not a net loss, net income's).
  { name: 'operating loss', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: ['operating loss(?:es)?', 'lost(?=\\s+(?:(?:about|roughly|nearly|some|more than|over|another|almost|close to)\\s+)?(?:US|A|C|S|HK)?[$€£¥]\\s?\\d)',
    'loss(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+loss)', '(?:经营|經營|营业|營業|运营|運營)(?:亏损|虧損)', '営業(?:損失|赤字)'] },
  { name: 'operating profit', topic: 'revenue', overPeriod: true, units: [...MONEY_UNITS, '%'], phrases: ['operating (?:profit|income)(?! margins?)', '营业利润', '经营利润', '營業利潤', '經營利潤', '营运利润', '營運利潤', '(?:经营|經營|营业|營業)溢利', '營業利益', '営業利益'] },
  // Earnings before interest, tax and amortisation (and depreciation): a profit measure of its own, never the operating profit
  // nor the net income ("adjusted EBITA of 9.07 billion yuan", 经调整EBITA; a multiple of it, "15x EV/EBITDA", is no sum).
  { name: 'EBITDA', topic: 'revenue', overPeriod: true, units: [...MONEY_UNITS, '%'], phrases: ['(?<!/\\s?)(?<!\\d\\s?[x×]\\s?)EBITDA(?! margins?|\\s+multiples?)'] },
  { name: 'EBITA', topic: 'revenue', overPeriod: true, units: [...MONEY_UNITS, '%'], phrases: ['(?<!/\\s?)(?<!\\d\\s?[x×]\\s?)EBITA(?!D)(?! margins?|\\s+multiples?)'] },
  { name: 'operating cost', topic: 'cost', units: [...MONEY_UNITS, '%'], percentIsReduction: true, phrases: ['operating (?:costs?|expenses?)', 'opex', '运营成本', '营运成本', '营业成本', '運營成本', '營運成本', '运营费用', '运营开支', '營運費用', '運營費用', '营运费用', '经营费用', '經營費用', '営業費用'] },
  // "total expenses of $164 billion to $167 billion", "total costs and expenses", 全年总费用, 2027年の総費用: all a company spends to run
  // itself in a period, its costs of revenue and operating expenses together, as Meta guides it; never its capex, which it
  // guides beside them.
  { name: 'total expenses', topic: 'cost', overPeriod: true, units: MONEY_UNITS, phrases: ['total (?:costs and )?expenses', '(?:总|總)(?:费用|費用)', '(?:费用|費用)(?:总额|總額)', '総費用', '費用総額'] },
  { name: 'free cash flow', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: ['free cash flow', 'FCF', '自由现金流', 'フリーキャッシュフロー'] },
  // "Now Assist ended September at $960m of ACV", 年度合同价值达到9.6亿美元: the yearly value of contracts signed, a software
  // maker's measure of its bookings, neither revenue nor a run rate of it.
  { name: 'annual contract value', topic: 'backlog', units: MONEY_UNITS, phrases: ['annual(?:i[sz]ed)? contract value', '(?<![\\w-])ACV(?![\\w-])', '年度合同价值', '年度合同價值', '年間契約額'] },
  // "TCS booked deals worth $10.9 billion in the quarter", "total contract value (TCV) of $10.9 billion", 新签合同总价值, 受注総額:
  // the value of the contracts an IT services maker signed in a period, its deal wins (not its revenue nor a backlog); the
  // large deals alone are a measure of their own.
  { name: 'large deal value', topic: 'backlog', overPeriod: true, units: MONEY_UNITS, phrases: ['large[- ]deals?(?: TCV| wins| value| bookings)?(?= (?:of|at|worth|were|was|came|totall?ed|rose|fell|stood)\\b)', '大(?:额|額)(?:合同|交易|订单|訂單)(?:总价值|總價值|金额|金額)?', '大型案件(?:の受注額)?'] },
  { name: 'total contract value', topic: 'backlog', overPeriod: true, units: MONEY_UNITS, phrases: ['total contract value', '(?<![\\w-])TCV(?![\\w-])', 'deal wins', '(?:booked|won|bagged|clinched)(?= (?:new )?(?:deals|contracts) (?:worth|valued at|totall?ing|of)\\b)', '(?:新签|新簽)?合同(?:总价值|總價值|总额|總額)', '(?:新签|新簽)(?:订单|訂單)(?:总额|總額|金额|金額)', '受注総額', '契約総額'] },
  { name: 'revenue run rate', topic: 'revenue', units: MONEY_UNITS, impliedPeriod: 'annual', phrases: ['run[- ]rate (?:revenues?|sales)', '(?:annual )?(?:revenue )?run[- ]rate', 'annuali[sz]ed (?:revenues?|sales)',
    // "a business running at more than $16 billion a year", "an annualised pace above $25 billion": revenue at a yearly rate.
    'run(?:ning|s)? at(?=\\s+(?:more than |over |above |about |around |roughly |nearly |almost |some )?(?:[$€£¥]|US\\$)[\\d.,]+\\s?(?:billion|million|bn|[BM])\\b\\s+(?:a|per) year\\b)', 'annuali[sz]ed (?:pace|rate)(?= (?:of|above|over|near|around) )', 'annual(?:ized|ised)? recurring revenues?', 'ARR(?=\\b)', '年化(?:收入|营收|營收)', '(?:年間)?経常収益'] },
  { name: 'revenue growth', topic: 'revenue', overPeriod: true, units: ['%'], phrases: ['(?:revenue|sales|top[- ]line) (?:growth|increase)',
    // "faster than the 41% pace of the May quarter", "growing at a 30% clip": the pace a business grows at.
    '(?<=(?:%|\\bper ?cent|\\bpercent)\\s)(?:pace|clip)\\b', '(?:year-over-year |YoY )?growth',
    // "it has accelerated every quarter: 28% in the three months to March, 32% …", "decelerated to 20%", a headline's "AWS
    // accelerates to 32%", "growth slowed to 17%": the rate a business grew at, said by the verb of its change of pace, done
    // (not "accelerating to 32% by the December quarter", a call).
    '(?:re-?)?(?:ac|de)celerat(?:ed|es)(?=\\s+(?:to|every|each)\\b|\\s*:)', 'slow(?:ed|s)(?=\\s+to\\s+(?:about |around |roughly |nearly |just )?\\d)', '(?:营收|营业收入|收入|销售额|營收|營業收入|銷售額|売上高?)(?:同比|环比|年|季)?(?:增长|增速|增幅|增|成長)了?率?', '増収率?', '(?<!同比|[环環]比|按年|按季)(?:增速|增幅)', '增长率', '增長率', '成長率'] },
  // A verb of movement names the growth of the metric named beside it ("capex rose 20%"), or else of revenue.
  { name: 'revenue growth', topic: 'revenue', overPeriod: true, units: ['%'], movement: 'up', phrases: ['gr(?:ew|ow(?:s|n|ing)?)', 'up(?! to)', 'increas(?:e|ed|es|ing)', 'rose', 'ris(?:e|es|en|ing)', 'jump(?:ed|s)?', 'climb(?:ed|s|ing)?', 'surg(?:e|ed|es|ing)', 'soar(?:ed|s|ing)?', 'expand(?:ed|s|ing)?', 'gain(?:ed|s)?', 'advanc(?:ed|es|ing)', `(?:higher|more)${THAN_BEFORE}`, 'leapt', 'leap(?:ed|s)?',
    // "shares were 4% higher": a rise said after its figure.
    '(?<=(?:%|\\bper ?cent|\\bpercent)\\s)higher\\b',
    rateOverLevel('more|higher|above'),
    // "lifted sales 28%", "boosted revenue by 12%", "the unit managed only 17%": growth said with another verb.
    '(?:lift|boost)(?:ed|s|ing)? (?:its |their )?(?:sales|revenues?|top[- ]line)', 'managed(?: only| just| a mere)?(?= \\d)', '(?:同比|[环環]比|按年|按季)?(?:增长|增長|增加|上升|提升|提高|上涨|上漲)了?', '[年季]增', '成長', '増(?:加)?', '伸び',
    // 资本支出为375亿美元，同比增幅接近五成: a rise year on year (同比增幅, 环比增速) is of the metric its clause or the one
    // before names, as 同比增长 is.
    '(?:同比|[环環]比|按年|按季)(?:增幅|增速)',
    // 大增, 激增, 飙升, 按年升: a change verb with an intensifier, or a single character after 同比/按年.
    '(?:大|劲|勁|激|猛|骤|驟|暴|急|狂)增', '(?:飙|飆|攀|跃|躍|急|大)升', '(?:同比|[环環]比|按年|按季)(?:升|涨|漲)',
    // "revenue more than tripled in 2025", 营收同比翻了一番多: a multiplying verb with no object of its own is a rise
    // (multipliedRises.ts reads it in percent), never "doubled its stake" nor "doubled down".
    '(?:doubl|tripl|quadrupl)(?:ed|es|ing)(?=\\s*(?:[,.;:!?)"”’]|$)|\\s+(?:in|from|over|since|during|year|compared|versus|vs|to|on|last|after|as|while|and|but|for|again)\\b)', '(?:同比|[环環]比|按年|按季)?翻了?(?:一|两|兩)?(?:番|倍)'] },
  { name: 'revenue growth', topic: 'revenue', overPeriod: true, units: ['%'], movement: 'down', phrases: ['fell', 'fall(?:s|ing)?', 'declin(?:e|ed|es|ing)', 'dropp?(?:ed|s|ing)?', 'down(?! to)', 'decreas(?:e|ed|es|ing)', 'shr(?:ank|ink(?:s|ing)?|unk)', 'slid', 'slipp?(?:ed|s|ing)?(?! to\\b)', 'dipp?(?:ed|s|ing)?(?! to\\b)', "(?<=(?:%|\\bper ?cent|\\bpercent)\\s)below(?=\\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October)['’]s?\\b)", `(?:lower|less)${THAN_BEFORE}`, '(?<=(?:%|\\bper ?cent|\\bpercent)\\s)lower\\b', rateOverLevel('less|lower|below'), 'plung(?:e|ed|es|ing)', 'sank', 'slump(?:ed|s|ing)?', '(?:同比|[环環]比|按年|按季)?(?:下降|下滑|下跌|减少|降低|衰退)了?', '[年季][減减]', '減(?:少|収)?',
    // 大跌, 骤降, 锐减, 下挫, 按年跌.
    '(?:大|暴|急|狂|骤|驟|锐|銳)(?:跌|减|減|降)', '下挫', '(?:同比|[环環]比|按年|按季)(?:跌|降|减|減)'] },
  { name: 'data center revenue', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: [
    // The verb too (first, as the longer phrase), so that it is no further from the sum than "brought in" alone: "the data
    // center segment brought in $49.2 billion".
    // "the data-center segment, by comparison, booked $51.2 billion in revenue", "the segment alone brought in", "the
    // business had generated": an aside, an adverb or an auxiliary between, and a verb of booking; "the data center division
    // accounted for $62.3 billion of that": its part of the company's revenue; "the data center segment generated revenue of
    // $41 billion", the revenue it generated.
    'data[- ]cent(?:er|re) (?:segment|division|business|unit|arm)(?:,[^,.;]{1,30},| alone| also| itself| (?:had|has|have)(?: (?:already|again|also))?)? (?:generat(?:ed|es|ing)|(?:brought|brings?|took|takes?|raked|rakes?) in|accounted for|contribut(?:ed|es|ing)|(?:booked|posted|reported)(?!(?:[^.;]|\\.(?=\\d)){0,40}?\\b(?:loss(?:es)?|profits?|income|margins?)\\b))\\b(?: (?:revenues?|sales) of\\b)?', 'data[- ]cent(?:er|re) (?:revenue|sales|segment)',
    // "sold $51.2bn-worth of data-centre chips", "its data center division generated $39.1 billion": what the segment sells.
    // "Almost ninety-four billion dollars from data centres alone", "$51bn of sales from data centers": money that comes from
    // them; not money saved, spent or raised there ("saved $2 billion from data centres it closed").
    'data[- ]cent(?:er|re)s(?<=(?:billion|million|bn|dollars?|\\d\\s?[BM])\\s+(?:(?:of|in) (?:revenue|sales)\\s+)?(?:came\\s+)?from (?:its |the )?data[- ]cent(?:er|re)s)(?<!\\b(?:sav|cut|spen[dt]|los[et]|invest|pour|put|rais|borrow|trim|shav|wr(?:ite|ote|itten))\\w*\\b[^.;]{0,50})',
    'data[- ]cent(?:er|re)(?<=\\b(?:sold|sells|selling)\\b[^;]{0,40}data[- ]cent(?:er|re))', 'data[- ]cent(?:er|re) (?:division|business|unit)(?= (?:posted|reported|booked|had)\\b)', 'data[- ]cent(?:er|re)(?= [$€£¥])', '数据中心(?:业务|部门)?(?:营收|收入|销售额)', '(?:數據中心|資料中心)(?:業務|部門)?(?:營收|收入|銷售額)', 'データセンター(?:部門|事業)?の?売上高?',
    // 数据中心部门实现营收411亿美元, 数据中心板块当季收入, データセンター部門の8～10月期売上高: the segment's revenue with a verb or a period between.
    '数据中心(?:业务|部门|板块)[^。，,；]{0,8}?(?:营收|收入|销售额)', '(?:數據中心|資料中心)(?:業務|部門|板塊)[^。，,；]{0,8}?(?:營收|收入|銷售額)', 'データセンター(?:部門|事業)の[^。、，]{0,12}?売上高?'] },
  { name: 'revenue', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: ['(?:AI )?revenues?', 'sales', 'top[- ]line', 'turnover',
    // "Seagate's December-quarter guidance of $3.30 billion at the midpoint": a quarter's guidance that names no measure is of its
    // revenue ("guidance of $3.30 billion of capital spending", a measure named right after, keeps its own).
    // "guided the December quarter to $3.6 billion", "guided to $3.6 billion for the December quarter": a quarter's guidance
    // that names no measure is of its revenue.
    `guided(?= (?:the )?${QUARTER_NAME} to ${SUM_NAMING_NO_MEASURE}|(?: (?:it|them|investors|analysts))? to ${SUM_NAMING_NO_MEASURE} for the ${QUARTER_NAME}\\b)`,
    "guidance(?<=(?:quarter|Q[1-4])(?:['’]s)?\\sguidance)(?= of (?:about |roughly |around )?(?:US)?[$€£¥][\\d.,]+\\s?(?:billion|million|bn|[BM])\\b(?!\\s+of\\b))", '营收', '营业收入', '营业额', '收入', '销售额', '營收', '營業收入', '營業額', '銷售額', '売上高?', '売り上げ',
    // "lifted its full-year subscription guide to $10.02B", "raised its 2026 subscription guidance": guidance of subscription
    // revenue, named by the line alone.
    '(?<=\\bsubscriptions?\\s)(?:guid(?:e|ance)|outlook|forecast|target)\\b',
    // 製品収入, サービス収入: revenue as Japanese names a line of it (収入 alone is also income: only after what was sold).
    '(?:製品|サービス|クラウド|ライセンス|サブスクリプション)収入',
    // "had guided to about ninety-nine billion for the whole company": a sum said of the whole company, after one of a
    // segment, is its revenue (not where a measure is named before it: "capex of about $40 billion for the whole company").
    'for the (?:whole|entire) (?:company|group|business)(?<=(?:billion|million|trillion|bn|dollars?|\\d\\s?[BMT])\\s+for the (?:whole|entire) (?:company|group|business))(?<!\\b(?:capex|capital|spending|outlays?|backlog|income|profits?|margins?|investments?|costs?|cash|earnings)\\b[^.;]{0,80})',
    // "brought in $37.6 billion", "took in", "generated $137.1 billion": what a business sells, unless a measure of profit or cash follows the sum
    // (what a round or an offering "brought in" is money raised: "the Series G brought in $25 billion").
    // "revenue of $19.6 billion, with Oracle Cloud Infrastructure contributing $6.9 billion": what a unit contributed to it (not equity).
    `contribut(?:ing|ed)${BEFORE_MONEY}(?!(?:[^.;]|\\.(?=\\d)){0,40}\\b(?:equity|capital|funding)\\b)`,
    `(?<!\\b(?:Series [A-Z]\\d?|rounds?|raise|funding|IPO|(?:public |share )?offering)\\s)(?:(?:brought|brings?|bringing|took|takes?|taking|raked|rakes?) in|generat(?:ed|es|ing))${BEFORE_MONEY}(?!(?:[^.;]|\\.(?=\\d)){0,40}?\\b(?:in|of)\\s+(?:[\\w-]+\\s+){0,2}(?:income|profits?|cash|earnings|margins?|EBITDA|capex|spending|backlog|orders)\\b)`] },
  // "Shares were 4% higher" is a move of the price, as "shares rose 4%" is its growth: "share price: 4%" would read as the price.
  { name: 'share price', topic: 'market', units: MONEY_UNITS, phrases: SHARE_PRICE_PHRASES },
  // "raised its price target to $60", "Price target: $160, up from $128", 目标价, 目標株価: a broker's price for a share to come,
  // always its forecast (readFigures.ts), never a price the shares traded at.
  { name: 'price target', topic: 'market', units: MONEY_UNITS, perShare: true, phrases: ['price targets?', 'target prices?', '目标价', '目標價', '目標株価'] },
  { name: 'share price growth', topic: 'market', units: ['%'], phrases: SHARE_PRICE_PHRASES },
  // How a memory chip's contract or spot price moved, in percent ("DRAM contract prices rose 21%", 合约价环比上涨19%, 大口取引価格は
  // 前期比19%上昇): a price change, never a growth of revenue.
  { name: 'contract price', topic: 'market', units: ['%'], phrases: ['(?:contract|spot) prices?', 'prices?(?<=(?:DRAM|NAND|[Ff]lash|memory) prices?)', '(?:合约|合約)(?:价格?|價格?)', '(?:现货|現貨)(?:价格?|價格?)', '(?:大口取引|スポット)価格'] },
  { name: 'market share', topic: 'market', units: ['%'], phrases: ['market share', 'share of the (?:\\w+ ){0,3}market', 'share of (?:the )?(?:[\\w-]+ ){0,3}(?:accelerators|chips|GPUs|spending)',
    // "sells more than 80% of the world's AI accelerators": a percentage of all the world's chips is a share of their market.
    '(?<=%\\s)of (?:the )?(?:world[\'’]s|global) (?:[\\w-]+ ){0,2}(?:accelerators|chips|GPUs|processors)',
    // "four in every five AI accelerators sold carry Nvidia's name": a count in every so many chips is a share of their market.
    '(?<=\\bin (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten)\\s)(?:[\\w-]+ ){0,2}(?:accelerators|chips|GPUs|processors)', '(?:\\w+ ){0,2}market(?<!\\b(?:STAR|stock|equity|capital|bond|debt) market)', '市场份额', '市占率', '市场占有率', '市場占有率', '份额', '市場シェア', 'シェア'] },
  // "AWS accounted for 18% of Amazon's net sales", AWS占亚马逊总营收的18%, アマゾンの売上高の18%を占める: a business's share of
  // its group's sales, a measure of its own, never its revenue growth nor a market share.
  { name: 'share of group revenue', topic: 'revenue', units: ['%'], phrases: [
    `(?:account(?:ed|s|ing)? for|ma(?:de|kes|king) up|represent(?:ed|s|ing)?|contribut(?:ed|es|ing)|(?<!(?:capex|spending|expenses?|costs?|income|profits?|expenditures?|margins?)\\s+)(?:was|were|is|are|reach(?:ed|es)?))(?=\\s+(?:already\\s+)?${SHARE_BOUND}[\\d.]+\\s?(?:%|percent|per cent)\\s+of\\s+(?:${SALES_OF}|${SALES_SAID_BACK}))`,
    // "with China at 38% of sales", "China fell to 38% of the total": a share told by where it stands or moved to.
    `(?:at|or|(?:fell|dropped|slipped|declined|rose|climbed|increased|grew|shrank|shrunk|sank|sunk|slid|edged (?:up|down)) to)(?=\\s+${SHARE_BOUND}[\\d.]+\\s?(?:%|percent|per cent)\\s+of\\s+(?:${SALES_OF}|${SALES_SAID_BACK}))`,
    // "revenue of $3.46 billion, 31% of it from China": the share named after its figure.
    '(?<=[\\d.]\\s?(?:%|percent|per cent)\\s)of (?:it|that|the total) (?:came )?from\\b',
    `(?:share|portion|proportion|slice) of\\s+${SALES_OF}`,
    '占(?=[^，。,；;\\d]{0,16}(?:营收|收入|營收|销售额|銷售額)的?\\s*(?:约|約|近|超过|超過)?\\s*\\d)',
    // 中国区占比29%, 中国区营收占比为38%, 中国向け比率は38%: a region's share of the sales, told as a proportion.
    '(?:区|區|地区|地區|市场|市場)(?:营收|收入|營收|销售额|銷售額)?占比', '(?:营收|收入|營收|销售额|銷售額)占比', '向け(?:売上高?|売り上げ)?(?:の)?比率',
    '(?:売上高?|売り上げ|収入)の(?=\\s*(?:約|およそ)?\\s*[\\d.]+\\s*[%％]を占め)',
    // 中国売上高比率3.4％, 売上高全体の3.4％: a region's part of the company's sales, in Japanese.
    '(?:売上高?|売り上げ)比率', '(?:売上高?|売り上げ)全体の(?=\\s*(?:約|およそ)?\\s*[\\d.]+\\s*[%％])'] },
  // A government's money for a company's plant or chips: "a subsidy of up to ¥31.1 billion", "state support", 最大311億円の助成,
  // 最高5,865億日圓支援 where a ministry gives it. The company that receives it is its subject (a ministry is no company).
  { name: 'subsidy', topic: 'investment', units: MONEY_UNITS, phrases: ['subsid(?:y|ies)', '(?:state|government|public|federal)(?:[\'’]s)? (?:support|aid|funding|grants?)', '(?:CHIPS Act|chips act) (?:grants?|awards?|funding)',
    '助成(?:金|額)?', '補助金', '补贴', '補貼', '补助金?', '補助(?!金)', '支援(?:額|金)',
    '支援(?<=(?:政府|国|國|経産省|経済産業省|經濟產業省|經產省|经济产业省|经产省)[^。！？\n]{0,90}支援)'] },
  { name: 'upfront payment', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['upfront'] },
  { name: 'milestone payments', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['milestone(?:-based)? (?:payments?|funding|tranches?)', 'milestones'] },
  // "a Vision Fund investment gain of ¥2.74 trillion", 投資利益, 投资收益: what investments earned over a period, a profit, not money put in.
  { name: 'investment gain', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: ['investment (?:gains?|income)', 'gains? on (?:its |their )?investments', '(?:fund|portfolio) gains?', '(?:投资|投資)(?:收益|利益|利润|利潤)'] },
  { name: 'investment', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['investments?', 'invest(?:ed|s|ing)?', 'stake',
    // "$40 billion at a post-money valuation of $300 billion": the sum told right before the valuation it was raised at is the round.
    'at(?<=(?:billion|million|trillion|bn|\\d[BMbm]?)\\s+at)(?= (?:an? )?(?:(?:post|pre)-money )?valuation\\b)', '(?:holding|shareholding)(?= in\\s[^.;]{1,60}?\\b(?:valued|worth)\\b)', '(?:position|holding)s?(?<=\\b(?:add(?:s|ed|ing)?|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing))\\b[^.;]{0,40}\\bto (?:its|their|his|her) (?:[\\w-]+ )?(?:position|holding)s?)', `(?:said no to|turned down|rejected|rebuffed|spurned|walked away from)${BEFORE_MONEY}`,
    // "walked away from Amazon's $50B", "turned its back on Microsoft's $10 billion": another company's money turned down.
    `(?:said no to|turned down|rejected|rebuffed|spurned|snubbed|passed on|walked away from|turned (?:its|their|his|her) backs? on)${OF_ANOTHER}`,
    // "the $50 billion it put on the table for OpenAI"; a cheque, a top-up or a follow-on is money put in — with a sum
    // beside it, so that a timeline entry's "a second cheque" stays a word, not a measure.
    `(?:on the table|cheques?|top-?ups?)${BESIDE_MONEY}`,
    // "followed in December 2025 with a promise of $17.5 billion over 2026 to 2029": money a company promised to put in.
    `promise(?:s|d)?(?= of\\b)${BESIDE_MONEY}`,
    // "Microsoft pledges $30bn for the UK", "AWS announces £8bn for UK data centres", "the £8bn it promised Britain": a sum a
    // company pledges, announces for something or has promised is money it means to put in (money pledged for
    // infrastructure or data centres, a country's or not, is spending: "pledged 380 billion yuan for cloud and AI
    // infrastructure", "pledges $20bn for US data centres").
    `pledg(?:e|es|ed|ing)${BEFORE_MONEY}(?![^;]{0,60}?\\b(?:for|on|into|in) (?:(?:UK|US|EU|[A-Z][a-z]+(?:an|ese|ish|ch|i)) )?(?:new |its |AI |cloud (?:and AI )?|computing )?(?:data cent(?:er|re)s|infrastructure)\\b)`, `announc(?:e|es|ed|ing)(?=${MONEY_AHEAD}[\\w.,]*(?:\\s(?:billion|million|trillion))?\\s+for\\b)`,
    // (Not "up from the $2.0 billion it had promised", the target a raised one replaces, of the measure raised.)
    '(?:promised|pledged)(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+(?:it|they|the company)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:promised|pledged))(?<!\\bfrom\\s+(?:the|its|their)\\s+(?:US)?[$€£¥]?[\\d.,]+\\s?(?:billion|million|bn|[BM])\\s+(?:it|they|the company)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:promised|pledged))',
    // "counts Amazon as its largest backer, to the tune of $8 billion", "backed by Microsoft to the tune of $13 billion": what a
    // backer put in.
    'to the tune of(?<=\\bback(?:ed|ers?|ing)\\b[^.;]{0,60}to the tune of)',
    // "Tesla put in $2 billion of it", 特斯拉出资20亿美元, テスラも20億ドルを出資: money a company put into another's round.
    `put(?:s|ting)? in${BEFORE_MONEY}`, `出资${CJK_MONEY_AHEAD}`, '出資(?<=(?:億|万)ドルを出資)',
    // "an equity injection of up to $50 billion": money put into a company, priced beside it.
    // A central bank's "liquidity injection" puts money into markets, not into a company.
    `(?<!\\b(?:liquidity|monetary|fiscal|stimulus) )(?:(?:equity|cash|capital) )?injections?${BESIDE_MONEY}`,
    // "Anthropic's first $4 billion from Amazon", "a second $2bn from Google": a tranche of money from an investor.
    // "Amazon's $8 billion in Anthropic looks …", "Amazon's first $4 billion in Anthropic was announced": one company's
    // money in another (or a tranche of it), named and nothing after it, is its stake ("Amazon's $37.6 billion in AWS
    // revenue" is the revenue's).
    "in(?<=['’]s\\s+(?:(?:first|initial|original|second|third|latest)\\s+)?(?:US)?\\$?\\s?(?:[\\d.,]+|[a-z]+(?:[- ][a-z]+){0,3})\\s?(?:billion|million|bn|[BM])(?:\\s+dollars)?\\s+in)(?=\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?(?:[,.;]|$|\\s+(?:is|was|looks|has|had|remains|now|and|but)\\b))",
    'from(?<=\\b(?:first|initial|second|third|another|a further)\\s+(?:US)?\\$?[\\d.,]+\\s?(?:billion|million|bn|[BM])\\s+from)(?=\\s+[A-Z])',
    // Money sunk, ploughed or pumped into a company ("has ploughed $8bn into the lab"): a sum, never a share price that
    // sank ("sank 8%"), and into a company, not into data centres or chips (spending).
    `(?:plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|pump(?:s|ed|ing)?|inject(?:s|ed|ing)?|funnel(?:s|led|ed|ling|ing)?|sink(?:s|ing)?|sank|sunk)(?=\\s+(?:about |nearly |more than |over |some |roughly |another |a further )?(?:[$€£¥₹]|US\\$|\\d[\\d.,]*\\s?(?:bn|billion|million|trillion)\\b|(?:[a-z]+[- ]){1,3}(?:billion|million|trillion)\\b))(?=[^.;]{0,40}?\\binto\\s+(?!(?:(?:new|its|their|AI|more|the)\\s+)*(?:data[- ]cent|infrastructure|servers?|capacity|chips|facilities|campus|projects?|buildings)))`,
    // A follow-on round, or one priced ("a $25 billion follow-on"); a chip's "follow-on" is its successor.
    'follow-on(?= (?:investments?|rounds?|funding|stakes?|cheques?|checks?)\\b)', 'follow-on(?<=(?:billion|million|bn|\\d[BM])[- ]follow-on)', `funding(?: round)?${ROUND_AS_TIME}`, 'commit(?:ment|ted|s|ting)?', '(?:采购|採購|算力)(?:承诺|承諾)',
    // "earmarked more than $5 billion for an AI zone", "earmarks $11 billion for two counties": money set aside for a
    // project or a place, as a commitment is; money earmarked for data centres, infrastructure or capital projects is spending (capex).
    'earmark(?:s|ed|ing)?(?!(?:[^.;]|\\.(?=\\d)){0,60}?\\b(?:for|on) (?:new |its |AI |cloud )?(?:data cent(?:er|re)s|infrastructure|capital|capex|spending|construction)\\b)', 'offer(?:ed)?(?!(?:[^.;]|\\.(?=\\d)){0,40}?\\bto (?:acquire|buy|purchase|take over)\\b)', 'overtures?', DEAL_NOT_A_TAKEOVER, 'committed capital', 'proposals?', 'package', `series [A-H]${ROUND_AS_TIME}`, `(?:funding )?round${ROUND_AS_TIME}${NOT_A_FUNDING_ROUND}`, `(?:rais(?:e|es|ed|ing)|put(?:s|ting)?|pour(?:s|ed|ing)?|seek(?:s|ing)?|sought|buy(?:s|ing)?|purchas(?:e|es|ed|ing))${BEFORE_MONEY}${NOT_INTO_INFRASTRUCTURE}`,
    // "Meta is in talks to rent about $12 billion of TPU capacity": capacity rented from a provider is bought from it.
    `rent(?:s|ed|ing)?${BEFORE_MONEY}`,
    // "the $50B Amazon dangled in front of OpenAI": money held out to a company; "mulling another $25 billion for Anthropic".
    'dangl(?:ed|es|ing)',
    // "announces a new mega-round": a round of funding, however large.
    'mega-?rounds?',
    // "SoftBank will contribute $6.9 billion of equity", "is putting in $6.9 billion of equity": a sum of equity is money put in.
    'equity(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+(?:of|in)\\s+equity)',
    // One priced contract ("a $38bn, seven-year compute contract", "a $3.2bn capacity lease", "an agreement worth $38 billion", 380亿美元的算力合同, 的算力採購協議): a
    // deal between two parties; never contracts in the plural, which a backlog counts ("$244 billion of committed contracts").
    '(?:contract|agreement|lease)(?!s)(?<=(?:billion|million|bn|\\d\\s?[BM]|dollars?)[-,]?\\s(?:[\\w-]+,?\\s){0,3}(?:contract|agreement|lease))', '(?:contract|agreement|lease|commitment)(?= (?:worth|valued at)\\b)',
    // "OpenAI's seven-year capacity contract with AWS, inked in November, is worth $38 billion": the same, said by its verb.
    '(?:contract|agreement|lease)(?!s)(?=(?:\\s(?:with|between)\\s[^,.;]{1,40})?(?:,[^,.;]{1,40},)?\\s(?:is|was|had been|has been)\\s(?:now\\s)?(?:worth|valued at)\\b)',
    // "walking away from about $2.8bn of future rent": the rent a lease commits its tenant to is the lease's sum.
    'rent(?:al payments|s)?(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+(?:of|in)\\s+(?:future\\s+|committed\\s+)?rent(?:al payments|s)?)', '(?<=(?:亿|億)(?:美元|元)的?(?:算力|[云雲](?:端|计算|計算)?)?(?:采购|採購|租赁|租賃)?)(?:合同|合約|合约|协议|協議)',
    // The same in Japanese (380億ドル規模の契約, 32億ドル規模の計算能力の賃借契約), and a contract topped up by a sum (算力合同追加至多200亿美元).
    '(?<=億ドル(?:規模)?の(?:[^\\d、。,]{1,12}?の)?(?:賃借|賃貸|リース|利用|購入)?)契約', '契約(?<=億ドルを支払う契約)', '購入(?<=(?:億|兆)ドル分(?:を|の)?購入)(?=(?:する|した|して)?(?:こと|契約|で合意|に合意))', '(?:合同|合約|合约|契約)(?=(?:再)?追加)',
    // "Amazon's eight-billion-dollar position in Anthropic": a priced holding in a company is money put into it.
    '(?:position|holding|stake)s?(?<=(?:billion|million|bn|dollars?|\\d\\s?[BM])[- ](?:position|holding|stake)s?)(?= in\\b)',
    // "a new raise of as much as $30 billion", "sounding out investors for $30bn": money a company raises.
    `(?:raise|investors)(?=\\s+(?:of|for)${MONEY_AHEAD})`,
    // "xAI completes an $18 billion raise", "a $2bn equity raise"; "OpenAI banks $40 billion", "Mistral bags €3.5 billion", "nets
    // $6 billion from investors": money a company raises, priced before the noun or after the verb (not profit or orders banked).
    // (Not "a $2 billion raise from Microsoft", whose reading turns on who raises from whom: headlineFigures.ts.)
    'raise(?<=(?:billion|million|bn|\\d\\s?[BM])[- ](?:equity[- ]|funding[- ]|capital[- ])?raise)(?!\\s+from\\b)',
    `(?:bank(?:s|ed)|bag(?:s|ged)|nets|netted)${BEFORE_MONEY}(?![^.;]{0,40}?\\b(?:profits?|revenues?|sales|income|earnings|orders|contracts|fees)\\b)`, `(?:mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?)${BEFORE_MONEY}`,
    // "has taken eight billion dollars from Amazon", "received $2 billion from Google": money taken from an investor.
    `(?:tak(?:en|es|ing)|took|receiv(?:ed|es|ing)|accept(?:ed|s|ing)|got(?:ten)?|secur(?:ed|es|ing)|land(?:ed|s))${BEFORE_MONEY}(?=[^.;]{0,40}?\\bfrom\\b)`, '投资(?![者人])', '注资', '注資', '入股', '投了(?=\\s?(?:约|約|近)?\\s?\\d)', '(?<=[向对對给給][^，。；,;]{0,24})投入', '融资(?!租赁)', '融資(?!租賃)', '募资', '募資', '资金调达', '資金調達', '調達(?<=(?:ラウンド|増資)[^。、]{0,20}調達)', '报价', '提议', '领投', '領投', '出資', '投資(?![者家])',
    // 向甲骨文采购3000亿美元算力, 採購價值 3,000 億美元的運算資源: a sum of purchases from a party, as "agreed to buy $300 billion of computing power".
    // 向AWS订下380亿美元、为期七年的服务器容量: capacity booked from a party is bought from it.
    `(?:采购|採購|订购|訂購|购买|購買|订下|訂下|租用)${CJK_MONEY_AHEAD}`,
    // 日本で2兆2600億円を投じる計画: money a company puts in, unless its capex is named after it (722億ドルを投じ、26年の設備投資を…).
    // (Not money put into infrastructure, クラウドとAIのインフラに3800億人民元を投じる: spending, as capex reads it, as 用于…基础设施 is.)
    '(?<!インフラ(?:整備|建設)?に[^。、]{0,20})投じ(?:る|て|た|ます)?(?![^。]{0,20}?(?:設備投資|データセンター))'] },
  // "holds a stake of roughly 27% in OpenAI", "owns approximately 27 per cent of OpenAI's for-profit arm", 持股约27%, 所持…约27%的股份,
  // 27%の株式を保有, 約27％を出資する:
  // the share of a company another owns, with the company owned as its counterparty (money put in is the investment).
  { name: 'stake', topic: 'investment', units: ['%'], counterparty: true, phrases: ['stakes?', `(?:own|hold)(?:s|ed|ing)?(?=\\s+(?:about |approximately |roughly |around |nearly |almost |some |just over |just under |more than |less than )?\\d[\\d.]*\\s?(?:%|per ?cent|percent)\\s+of\\b(?!\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}(?:market|sector|industry|segment)\\b))`, '持股(?:比例)?', '(?:股份|股权|股權)(?<=(?:持有|所持)[^，。；]{0,12}(?:股份|股权|股權))', '株式(?=[^。、]{0,12}?保有)', '出資比率', '出資(?<=[%％]\\s?を出資)', '持ち分(?:比率)?',
    // "an investment that would have bought 20% of the company", "taking 20 per cent of the start-up", 入股20%, 約20％を握る: a share of a
    // company bought or held.
    `(?:buy|buys|bought|buying|acquire[sd]?|acquiring|tak(?:e|es|en|ing)|took)(?=\\s+(?:about |approximately |roughly |around |nearly |almost |some |up to |as much as |more than )?\\d[\\d.]*\\s?(?:%|per ?cent|percent)\\s+of\\b)`,
    '入股(?=\\s?(?:约|約)?\\s?\\d[\\d.]*\\s?[%％])', '握(?<=[%％]\\s?を握)'] },
  // "a Chinese customer's US$1.1bn order for MI308 accelerators", "cancelled an order for about $1.1 billion of its MI308 chips",
  // "orders worth about $4.5bn for the B30A", "$4.5 billion of B30A orders", 约11亿美元的MI308芯片订单, 約45億ドル分の注文: a sum of
  // goods ordered from a company, its orders (never a backlog's unfilled or signed orders, nor an order book, nor an order of
  // computing capacity, a contract between two parties, nor orders "turned into revenue", revenue).
  { name: 'orders', topic: 'revenue', units: MONEY_UNITS, phrases: [
    // "ASML took €5.9 billion of net bookings in the quarter", 净订单额, 純受注: the orders a period brought in, net of cancellations.
    'net bookings', '(?:净|淨)(?:订单|訂單)(?:金额|金額|额|額)?', '純受注(?:額|高)?',
    'orders?(?=\\s+(?:worth|valued at|for\\s+(?:about |roughly |around |some |nearly |up to |more than )?(?:US|A|C|S|HK)?[$€£¥]\\s?\\d))',
    'orders?(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,3}orders?)(?<!\\b(?:unfilled|undelivered|unbilled|committed|signed|contracted|pending|backlog(?:ged)?|compute|computing|cloud|capacity|services?)\\s+orders?)(?!\\s+(?:book|backlog)|\\s+(?:that\\s+|which\\s+)?(?:turned|converted|became|were\\s+(?:turned|converted|booked))\\b)',
    '(?:订单|訂單)(?<=(?:亿|億)(?:美元|元)的?\\s?(?:[A-Za-z0-9][\\w-]{0,12}\\s?)?(?:芯片|晶片|加速器|服务器|伺服器|产品|產品|GPU|机柜|機櫃|机架|機架)?(?:订单|訂單))(?!(?:积压|積壓|余额|餘額|储备|儲備))', '注文(?<=(?:億|兆)ドル(?:分|規模)?の(?:[A-Za-z0-9][\\w-]{0,12})?(?:チップ|半導体|製品|GPU)?注文)',
    // "Dell FQ3 FY27: AI orders US$16.2bn, AI backlog US$24.7bn": a note's shorthand, the measure and its sum side by side.
    '(?<!\\b(?:unfilled|undelivered|unbilled|backlog(?:ged)?)\\s+)orders?(?=\\s+(?:US|NT|HK|A|C|S)?[$€£¥]\\s?\\d)',
    // What a quarter's orders came to: "AI server orders of $16.2 billion", "orders reached $16.2 billion", 订单达到162亿美元, 受注額が162億ドル.
    `orders?(?<!\\b(?:unfilled|undelivered|unbilled|backlog(?:ged)?)\\s+orders?)${COMES_TO_MONEY}`,
    // "cancelled their orders, which totalled approximately $4.5 billion"; "US$2.1 billion of B30A purchase commitments": goods a buyer committed to buy.
    `orders?(?=,?\\s+${WHICH_CAME_TO_WORDS}\\b)`,
    'purchase commitments?(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,3}purchase commitments?)',
    // "an HBM4 supply agreement with Nvidia worth about $9 billion", "a two-year deal worth about $2 billion to supply 1.6T
    // transceivers to Amazon", 价值约90亿美元的HBM4供货协议, 約30億ドル分を受注: goods a buyer agreed to take from a supplier.
    'supply\\s+(?:agreement|deal|contract|pact)s?(?:(?=[^.;]{0,60}?\\b(?:worth|valued at)\\b)|(?<=(?:billion|million|bn|\\d\\s?[BM])\\s+(?:[\\w.-]+\\s+){0,3}supply\\s+(?:agreement|deal|contract|pact)s?))',
    '(?:deal|agreement|contract|pact)s?(?=[^.;]{0,50}?\\bto (?:supply|deliver|provide) (?:[\\w.-]+ ){0,3}(?:chips|transceivers|modules|memory|HBM|drives|components|parts|servers|systems|equipment|tools)\\b)',
    '(?:供货|供貨)(?:协议|協議|合同|合约|合約)', '供給(?:契約|合意)', '(?<=(?:億|兆)ドル(?:分を|を)?)受注(?=する|した|し)',
    '(?<!积压|積壓|未完成|未履约|未履約|在手|储备|儲備)(?:订单|訂單)(?:金额|金額|额|額)?(?=\\s?(?:达到?|達到?|为|為|共计|共計|录得|錄得)?\\s?(?:约|約|近|超过|超過|逾)?\\s?[\\d.,]+\\s?(?:亿|億))',
    // How a period's orders moved: "orders grew 38% organically", "organic orders rose 38%", "order intake was up 12%", "orders
    // growth of 38%", 有机订单同比增长38%, 有機受注は前年同期比38％増えた (not "orders for chips rose", whose count is of chips).
    `(?:organic\\s+)?(?:orders?(?:\\s+intake)?|order\\s+intake)(?=${ORDERS_MOVED})`,
    '(?<!积压|積壓|未完成|未履约|未履約|在手|储备|儲備)(?:有机|有機)?(?:订单|訂單)(?:金额|金額|额|額)?(?=(?:同比|环比|環比|按年)?(?:增长|增長|下降|减少|減少))', '(?:有機)?受注(?:額|高)?(?=(?:は|が|も)?(?:前年同期比|前年比)?\\s?[\\d.,]+\\s?[%％](?:増|減))', '受注(?:額|高)(?=(?:が|は|も)\\s?(?:約|およそ)?[\\d.,]+\\s?(?:億|兆))'] },
  // What a server maker shipped in a period, in money: "AI server shipments of $9.4 billion", "shipped $9.4 billion of AI
  // servers", "expects to ship about $35 billion of AI servers" (a plan), 出货额, 出荷額.
  { name: 'shipments', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, phrases: [
    `shipments?${COMES_TO_MONEY}`,
    // "AI orders $16.2bn, AI shipments $9.4bn": the measure and its sum side by side, as a note writes them.
    'shipments?(?=\\s+(?:US|NT|HK|A|C|S)?[$€£¥]\\s?\\d)',
    `ship(?:s|ped|ping)?(?=\\s+(?:a record\\s+|about\\s+|roughly\\s+|around\\s+|some\\s+|nearly\\s+|more than\\s+|over\\s+|almost\\s+|at least\\s+)?(?:US|A|C|S|HK)?[$€£¥]\\s?[\\d.,]+\\s?(?:billion|million|bn|[BM]\\b|bil\\b|mil\\b)\\s+(?:of|worth of)\\s)`,
    'shipment (?:forecast|guidance|target|goal|outlook)s?', '(?:出货|出貨)(?:额|額|金额|金額)', '出荷(?:額|金額)'] },
  // A company's earnings per share ("adjusted EPS of $2.91", 每股收益2.91美元, 1株利益).
  { name: 'earnings per share', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, perShare: true, phrases: ['(?:adjusted |diluted |non-GAAP |GAAP )?(?:earnings|profit|income) per (?:diluted )?share', '(?<![\\w-])EPS(?![\\w-])',
    // "operating earnings of $1.96 per share", "2026 guidance of $9.40–9.80 a share": earnings, or a company's guidance, told with
    // the sum a share right after it.
    '(?:(?:operating|adjusted|diluted|reported|GAAP|non-GAAP) )?earnings(?= (?:of|were|was|came (?:in )?(?:at|to)|rose to|fell to) (?:about |roughly )?[$€£]\\s?\\d[\\d.]*(?:\\s?(?:[-–]|to)\\s?[$€£]?\\d[\\d.]*)? (?:per|a) (?:diluted )?share\\b)',
    'guidance(?:\\s+range)?(?= (?:of|to|at) (?:about |roughly )?[$€£]\\s?\\d[\\d.]*(?:\\s?(?:[-–]|to)\\s?[$€£]?\\d[\\d.]*)? (?:per|a) (?:diluted )?share\\b)',
    // "Adjusted earnings came to 52 cents a share", "earned 52 cents a share": the same, told in cents.
    '(?:(?:operating|adjusted|diluted|reported|GAAP|non-GAAP) )?earnings(?= (?:of|were|was|came (?:in )?(?:at|to)|rose to|fell to) (?:about |roughly )?\\d{1,2}(?:\\.\\d+)? cents? (?:per|a) (?:diluted )?share\\b)', '(?:earned|made)(?= (?:about |roughly )?\\d{1,2}(?:\\.\\d+)? cents? (?:per|a) (?:diluted )?share\\b)', '每股(?:收益|盈利|利润|利潤|盈餘|純益|纯益)', '1株(?:当たり|あたり)?(?:の)?(?:純)?利益'] },
  // A real-estate trust's earnings per share, as such trusts report them: "AFFO per share reached $10.42", "Core FFO came in at $2.02
  // per share", 每股AFFO, 每股核心FFO, 1株当たりコアFFO. Adjusted funds from operations and funds from operations (core, normalised)
  // are two measures, as a trust gives both.
  { name: 'AFFO per share', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, perShare: true, phrases: ['(?<![\\w-])AFFO(?:\\s+per\\s+(?:diluted\\s+)?share|/share|(?=(?:[^.;]|\\.(?=\\d)){0,40}?\\b(?:per|a)\\s+share\\b))', 'adjusted funds from operations per share', '每股\\s?AFFO', '1株(?:当たり|あたり)(?:の)?\\s?AFFO'] },
  { name: 'FFO per share', topic: 'revenue', overPeriod: true, units: MONEY_UNITS, perShare: true, phrases: ['(?<![\\w-])(?:core |normali[sz]ed |adjusted )?FFO(?:\\s+per\\s+(?:diluted\\s+)?share|/share|(?=(?:[^.;]|\\.(?=\\d)){0,40}?\\b(?:per|a)\\s+share\\b))', '(?<!adjusted )funds from operations per share', '每股\\s?(?:核心)?\\s?FFO', '1株(?:当たり|あたり)(?:の)?\\s?(?:コア)?\\s?FFO'] },
  // "AMD took an $800 million inventory charge on the MI308", "a $1.2bn write-down", 计提8亿美元存货减值, 8億ドルの評価損: a sum a
  // company writes off its books, a charge (no order, no cost of running it; not a charge a result is told without, "excluding a
  // $2.4 billion charge for a fine, it would have been $39.3 billion").
  { name: 'write-down', topic: 'cost', units: MONEY_UNITS, phrases: ['(?:inventory |impairment |restructuring )?charges?(?<=\\b(?:took|takes|taking|booked|books|booking|recorded|records|recording|incurred|incurs|posted|posts)\\s+(?:an?\\s+)?(?:US)?\\$\\s?[\\d.,]+\\s*(?:billion|million|bn|[BM])\\s+(?:[\\w-]+\\s+){0,2}charges?)', 'write-?(?:downs?|offs?)', 'impairments?', '(?:存货|存貨|资产|資產)?减值', '評価損', '減損',
    // "Tessarine's $365 million China charge", "the $4.5 billion charge Nvidia took", "charges of up to $420 million", "recorded $365
    // mln of charges", 費用計上: a charge told by its sum (not one billed to customers).
    String.raw`charges?(?<=\$\s?[\d.,]+\s*(?:billion|million|mln|bn|[BM])\s+(?:[\w-]+\s+){0,2}charges?)(?<!\b(?:excluding|excludes|excluded|without|before|ex)\b[^;]{0,40})(?!\s+(?:for|to)\s+(?:customers|users|subscribers|clients))`, String.raw`charges? of(?=\s+(?:up to |about |roughly |some |nearly )?(?:US)?\$)`, String.raw`charges?(?= (?:could|would|may|might|will) (?:reach|total|be|come to|exceed|top)\s+(?:up to |about |roughly |some |nearly )?(?:US)?\$)`, String.raw`of charges(?<=\d\s*(?:billion|million|mln|bn|[BM])\s+of charges)`, '費用計上', '(?:关联|關聯|相关|相關)?(?:费用|費用)(?=\s?\d)(?<=(?:计提|計提|确认|確認)[^。]{0,10}(?:费用|費用))'] },
  // "in exchange for 15% of the revenue", "a 15% cut for Washington", "with a 20% revenue share", 营收分成15%, 売上高の15％を米政府に:
  // the part of a licensed chip's sales a company pays the government that licenses it.
  { name: 'revenue share', topic: 'other', units: ['%'], phrases: [String.raw`revenue[- ]shar(?:e|ing)(?=[^.;]{0,60}?\b(?:government|Washington|Treasury|licen[cs]es?|exports?)\b)`, String.raw`(?<=\b(?:government|Washington|Treasury|licen[cs]es?|licensed|exports?)\b[^.;]{0,80}?)revenue[- ]shar(?:e|ing)`, `cut (?:for|to) ${US_GOVERNMENT}`,
    String.raw`of (?:the |its |their |those )?(?:chips?['’] )?(?:revenue|sales)(?=(?:[^.;]){0,40}?\b(?:(?:to|for) ${US_GOVERNMENT}|in exchange for|licen[cs]es?)\b)(?<=\d\s?(?:%|per ?cent|percent)\s+of (?:the |its |their |those )?(?:chips?['’] )?(?:revenue|sales))`,
    String.raw`(?:in exchange for|hand(?:s|ed|ing)? over|pay(?:s|ing)?|remit(?:s|ted|ting)?|give(?:s|n)?|gave|surrender(?:s|ed)?)(?=\s+(?:about |roughly |some )?\d[\d.]*\s?(?:%|per ?cent|percent)\s+of (?:the |its |their |those )?(?:chips?['’] )?(?:related )?(?:revenue|sales))`,
    '(?:营收|收入|營收|销售额|銷售額)?分成(?:比例)?(?<=(?:政府|美国|美國|华盛顿|華盛頓|许可|許可|出口)[^。]{0,40}分成(?:比例)?)', '上缴|上繳', '(?:売上高?|売り上げ)の(?=\\s*[\\d.]+\\s*[%％]を(?:米)?(?:政府|国庫))'] },
  { name: 'settlement', topic: 'other', units: MONEY_UNITS, counterparty: true, phrases: ['settle(?:ment|ments|d|s)?'] },
  // "agreed to pay about $20 billion to license Groq's technology", "a $2 billion licensing deal", 技術ライセンス取得などに…を支払う,
  // 技术授权费: money paid for the right to use another's technology, a deal with its licensor (not licence sales, a revenue line).
  { name: 'licence', topic: 'other', units: MONEY_UNITS, counterparty: true, phrases: ['licen[cs]e(?<=\\bto licen[cs]e)', 'licen[cs](?:e|ing) (?:deal|agreement|pact|fee)s?', 'ライセンス(?:の)?(?:取得|契約|料)', '(?:技术|技術)(?:授权|授權)(?:费|費|协议|協議)?'] },
  // "a $410 million break fee", "the $520 million reverse termination fee", 4.1亿美元分手费, 1億1500万ドルの逆違約金: what one side of a
  // deal pays the other when it fails, a sum of its own (never the deal's price, nor money the payer invests or spends).
  { name: 'termination fee', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['(?:(?:reverse|regulatory|antitrust)[- ])?(?:termination|break(?:-?up)?|walk-?away)[- ]fees?', '(?:反向)?(?:分手|终止|終止)(?:费|費)(?:用)?', '(?:反向)?(?:违约金|違約金)(?<=(?:分手|终止|終止|反向|交易|收购|收購|并购|併購)[^。；]{0,12}(?:违约金|違約金))', '逆?違約金(?<=(?:買収|合併|契約解除|逆)[^。、]{0,12}違約金)', '(?:契約)?解約金'] },
  // "a 42% premium to the undisturbed price", "a premium of 31% over Friday's close", 溢价42%, 42%のプレミアム: how far the price a deal
  // offers or pays for a company's shares is above their market price, a term of the deal (never the shares' own rise, nor growth).
  { name: 'deal premium', topic: 'investment', units: ['%'], counterparty: true, phrases: [String.raw`premium(?<=\d\s?(?:%|per ?cent|percent)\s(?:${DEAL_PREMIUM_ADJECTIVE}\s)?premium)${NOT_OVER_THE_OFFER}`, String.raw`premium(?=\s+of\s+(?:about |around |roughly |nearly |some |more than |almost )?\d[\d.]*\s?(?:%|per ?cent|percent)\s+(?:to|over|above|on)\b)`, '溢价(?:率)?', '溢價(?:率)?', 'プレミアム'] },
  // "$72.50 a share in cash", "Google's $78-a-share offer", "agreed to sell at A$18.50 a share", 每股72.50美元, 1株72.50ドル: the price a
  // deal offers or pays for each share of the company bought (never the shares' market price, nor earnings per share).
  { name: 'price per share', topic: 'investment', units: MONEY_UNITS, counterparty: true, perShare: true, phrases: [
    String.raw`(?:a|per|each)[- ]share(?<=\d[- ](?:a|per|each)[- ]share|\d\s(?:a|per|each)\sshare)(?:(?<=${DEAL_WORD}(?:[^.;]|\.(?=\d)){0,120}?)|(?=(?:[^.;]|\.(?=\d)){0,120}?${DEAL_WORD}))(?<!${EARNINGS_WORD}(?:[^.;]|\.(?=\d)){0,60}?)`,
    // "| $72.50/sh |": a price a share as a table of deals writes it.
    String.raw`sh(?<=\d\/sh)`,
    // "Google's $78-a-share offer": the deal's noun right after the price it names; "a 1.9% discount to the $72.50 deal price".
    String.raw`price(?<=\d\s(?:deal|offer|bid|takeover|acquisition|tender|agreed|purchase|merger) price)`,
    String.raw`(?:offer|bid|proposal|approach|deal|agreement|price|tender)s?(?<=\d-(?:a|per)-share\s+(?:(?:all-)?cash\s+|revised\s+|rival\s+|sweetened\s+|improved\s+|takeover\s+)?(?:offer|bid|proposal|approach|deal|agreement|price|tender)s?)`,
    String.raw`每股(?=\s?(?:约|約)?\s?\d[\d.,]*\s?(?:美元|港元|港币|港幣|新元|澳元|令吉|日元|元))(?:(?<=${DEAL_WORD_CJK}[^。；]{0,40}每股)|(?=[^。；]{0,40}${DEAL_WORD_CJK}))`,
    String.raw`1株(?:当たり|あたり)?(?=\s?(?:約)?\s?\d[\d.,]*\s?(?:ドル|円|豪ドル|リンギ|シンガポールドル))(?:(?<=${DEAL_WORD_JA}[^。]{0,40}1株(?:当たり|あたり)?)|(?=[^。]{0,40}${DEAL_WORD_JA}))`] },
  { name: 'acquisition', topic: 'investment', units: MONEY_UNITS, counterparty: true, phrases: ['acqui(?:re[ds]?|ring|sition)', 'takeover', 'buyout', 'bid (?:for|to buy)',
    // "made a play for Halvorsen Photonics, … offering about $1.6 billion in cash": a price offered for a company in cash or stock.
    'offer(?:ing|ed|s)?(?=(?:[^.;]|\\.(?=\\d)){0,40}?\\bin (?:cash|stock|shares|cash and (?:stock|shares))\\b)', PRICED_APPROACH,
    // "agreed to buy ABB's robotics business for $5.4bn", "bought the chip unit of …": a business bought is acquired (not "buy
    // $300 billion of computing power", a purchase of a service).
    "(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))(?=\\s+(?:[\\w.&-]+['’]s\\s+|(?:its|the|a|an)\\s+)(?:[\\w-]+\\s+){0,2}(?:business|unit|division|arm|operations|subsidiary|segment)\\b)",
    // "agreed to buy Core Scientific in an all-stock deal", "bought AirTrunk for $24 billion", "the purchase of Mellanox for $6.9
    // billion": a company bought whole, for its price or in a deal (the verb alone is the phrase: the company stays a party).
    // "agreed to buy Ampere Computing, a designer of server processors, for $6.5 billion": an appositive may stand before the price.
    `${BUY_VERB}(?=${WHOLE_BOUGHT}(?:,\\s[^;]{1,80}?,)?\\s+(?:for${MONEY_AHEAD}|in\\s+an?\\s+(?:[\\w-]+\\s+){0,2}(?:deal|transaction)\\b))`,
    // "offered $6 billion to buy the start-up", "its offer to buy Halcyon": an offer to buy a company is a bid for it, not money put in.
    '(?<=\\boffer(?:s|ed)?\\b(?:[^.;]|\\.(?=\\d)){0,40}?\\bto )(?:buy|purchase|take over)\\b',
    // "its $1.4B purchase of Datavine", "their $2.1B merger": a priced purchase of a company named, or a priced merger, is its takeover.
    "(?:purchases?|mergers?)(?<=(?:billion|million|trillion|bn|tn|\\d\\s?[BMT])[- ](?:(?:planned|proposed|agreed|pending|all[- ](?:cash|stock))[- ])?(?:purchases?|mergers?))(?!\\s+of\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:GPUs?|TPUs?|chips?|processors?|servers?|capacity|compute|power|equipment|shares?|stock|bonds?)\\b)",
    // "rebuffed a $97.4bn bid led by Elon Musk", "a $97.4 billion unsolicited bid": a priced bid is for the company.
    'bids?(?<=(?:billion|million|trillion|bn|tn|\\d\\s?[BMT])\\s+(?:(?:unsolicited|rival|hostile|takeover|all-cash|cash)\\s+)?bids?)',
    // "turned down ServiceNow's roughly $4.1B cash offer", "its roughly $4.1bn cash proposal", "an unsolicited all-cash offer
    // from ServiceNow valued at about $4.1 billion": money offered in cash (or shares) for a company is a price to buy it.
    '(?:(?:unsolicited|rival|hostile|takeover)\\s+)?(?:all[- ])?(?:cash|stock|cash-and-stock)\\s+(?:offers?|proposals?|bids?)\\b',
    // "Perplexity bids $34.5 billion for Google's Chrome": a sum bid for something is the price offered to buy it (not one bid for a contract or a licence).
    `bid(?:s|ding)?(?=${MONEY_AHEAD}[^;,]{0,24}?\\s(?:for|to buy)\\b(?!\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:contracts?|tenders?|licen[cs]es?|spectrum|rights|leases?)\\b))`, '收购', '收購', '并购', '併購', '買収',
    // 出價20億美元競購一家日本伺服器廠: a bid in competition to buy; 約71億ドルの対抗案, a rival's proposal to buy.
    '竞购', '競購', '対抗(?:提案|案|買収案)',
    // "a rival proposal of about $7.1 billion", "its revised proposal of $20.10 a share": a takeover proposal with its price.
    String.raw`proposals?(?<=\b(?:rival|takeover|buyout|acquisition|counter|sweetened|revised|improved|non-binding|indicative)\s+proposals?)(?=\s+(?:of|worth|valued at)${MONEY_AHEAD})`,
    // 欲取得其控制权, 競購…控制權, 経営権の取得: a bid for control of a company is a bid to buy it, as "a bid for control of" is.
    '(?:控制权|控制權|控股权|控股權|経営権|支配権)',
    // 全株取得, 全株式の取得, 完全子会社化: buying all of a company's shares, or making it a wholly owned subsidiary, is buying the company.
    '(?:全|発行済み?(?:の)?全)株(?:式)?(?:の)?取得', '完全子会社化',
    // 1株3150円でTOB, 株式公開買い付け, 買付総額は約1260億円: a tender offer for a company's shares is a bid to buy it.
    '(?<=円\\s?で\\s?)TOB', 'TOB(?=\\s?(?:価格|総額|代金))', '公開買い?付け?', '買い?付け?(?:総額|価格|代金)'] },
  // "CoreWeave raised $1.5 billion in its initial public offering", "CoreWeave's IPO brought in $1.5bn", 上市募资, 新規株式公開で調達:
  // the money a listing raises, a figure of the company listed (not an offer, nor its backer's revenue).
  // What the company keeps after underwriting fees is another measure: "net proceeds from the IPO came to about $1.4bn".
  { name: 'IPO net proceeds', topic: 'investment', units: MONEY_UNITS, phrases: ['net proceeds (?:from|of) (?:the |its |their )?(?:IPO|initial public offering|(?:stock market )?listing)', '(?:IPO|initial public offering|listing) net proceeds'] },
  { name: 'IPO proceeds', topic: 'investment', units: MONEY_UNITS, phrases: ['IPO', 'initial public offering', '(?:stock market |share )?(?:listing|debut|flotation)(?<=(?:its|the|their|[\'’]s|market|share) (?:stock market |share )?(?:listing|debut|flotation))', '(?:首次公开募股|首次公開募股|首次公开发行|首次公開發行|上市募资|上市募資|IPO募资|IPO募資|新規株式公開|新規上場)'] },
  // (Not a stake's worth: "Microsoft's holding in OpenAI is valued at roughly $153bn" values the holding, not the company.)
  // "an all-stock deal valued at about $9 billion": what a deal is valued at is its sum, the acquisition's or the contract's, not a company's valuation.
  // "at a pre-money valuation of $940 billion", "$940 billion pre-money", 投前估值9400亿美元: what a company was worth before a round's
  // money went in, another measure than the valuation after it ("$1 trillion post-money"), which the same round states beside it.
  { name: 'pre-money valuation', topic: 'investment', units: MONEY_UNITS, phrases: ['pre-money(?: (?:valuation|value|price|mark))?', '投前(?:估值)?', '出資前(?:の)?(?:企業)?評価額'] },
  { name: 'valuation', topic: 'investment', units: MONEY_UNITS, phrases: ['valuation', 'post-money(?= (?:price|value|mark)\\b)', 'post-money(?<=(?:billion|million|trillion|bn|tn|\\d\\s?[BMT])\\s?post-money)', '(?:enterprise|equity) value', `valu(?:e|es|ed|ing)(?<!\\b(?:deal|transaction|takeover|acquisition|merger|purchase|buyout|offer|bid|agreement|contract|pact|lease|commitment)s?,?(?: (?:had|has|have) been| (?:is|was|were|are))? valu(?:e|es|ed|ing))(?<!\\b(?:offer|bid|proposal)s?\\s+from\\s+(?:[\\w.&'’-]+\\s+){1,4}valu(?:e|es|ed|ing))(?= (?:[\\w-]+ ){0,4}at\\b)${NOT_A_STAKE_VALUED}`, '估值', '評価額', '企業価値'] },
  // "CoreWeave's market value reached $55.6 billion", コアウィーブの時価総額は556億ドル: what a listed company is worth on the
  // market on a day, as a valuation is in a funding round; never its backlog or revenue, whatever the sum.
  { name: 'market value', topic: 'market', units: MONEY_UNITS, phrases: ['market (?:value|valuation|capitali[sz]ation|cap)', 'market-cap', '市值', '时价总额', '時價總額', '時価総額'] },
  // "Meta sold $30 billion of bonds", 甲骨文完成發行180億美元公司債: money a company borrows by selling its debt, never money it
  // invests or spends, whatever the sum.
  { name: 'bond sale', topic: 'other', units: MONEY_UNITS, phrases: ['bonds?(?: (?:sale|deal|offering|issue|issuance))?', '(?:debt|bond) (?:sale|offering|issue|issuance|raise)', '(?:senior |corporate )?notes(?<=\\b(?:sold|sells?|selling|issued|issues?|issuing|priced|prices?|pricing|offer(?:ed|s|ing)?)\\b[^.;]{0,40}\\bnotes)',
    // "The US$4bn seven-year notes are priced", "senior unsecured notes due 2032": notes a company borrows on, told by their
    // term or their sale after them.
    'notes(?<=\\b(?:[\\w-]+-year|unsecured|secured|senior|convertible|exchangeable) notes)', 'notes(?=\\s+(?:due|maturing)\\s+(?:in\\s+)?20\\d{2}\\b|\\s+(?:are|were|is|was|have been|has been)\\s+(?:priced|sold|issued|placed))', '(?:two|three|four|five|six|seven|eight|nine|ten|multi|\\d+)-tranche(?= (?:trade|deal|sale|offering|bond|issue|notes|debt)\\b)', '(?:came|comes|coming|returned|returns) to (?:the )?(?:bond |debt |credit )?market', '(?:公司|企业|企業)[债債]', '[债債]券',
    // 最初计划发行100亿元, 当初の発行予定額は200億ドル: what an issue sells, in a sentence of bonds.
    '[发發]行(?:规模|規模|金额|金額|额|額)?(?<=(?:[债債]|票据|票據)[^。]{0,60}[发發]行(?:规模|規模|金额|金額|额|額)?)', '発行(?:予定)?(?:額|規模|総額)?(?<=(?:社債|債券|[^国]債)[^。]{0,60}発行(?:予定)?(?:額|規模|総額)?)', '[发發]行(?:公司|企业|企業)?[债債]', '[发發][债債]', '社債'] },
  // "closed $38 billion of project debt", "a $38 billion loan package", "agreed to lend $38 billion", "a margin loan of up to
  // $15 billion", 380亿美元项目贷款, 150億ドルの借り入れ: money lent to a company or its project, never money it invests or spends.
  // "closed a US$29bn joint-venture financing", "arranged $29 billion in private financing", "financed … through a US$27bn joint
  // venture", "| Financing |", 270億ドルを確保: money a project raises from others than the company, debt and equity together (not a
  // loan alone, nor the company's capex; "heads a $40 billion financing" of a start-up is a round, money invested).
  { name: 'financing', topic: 'other', units: MONEY_UNITS, phrases: ['(?:joint[- ]venture|private(?:[- ]credit)?|off-balance-sheet)[- ]financing', '^financing$',
    'joint[- ]venture(?<=(?:billion|million|bn|\\d\\s?[BM])[- ](?:[\\w-]+\\s+){0,2}joint[- ]venture)', '確保(?<=ドルを確保)'] },
  { name: 'loans', topic: 'other', units: MONEY_UNITS, phrases: ['loans?(?: package| facility)?', 'project(?:-level)? (?:debt|financing)', 'financial close', 'debt (?:financing|facility)', 'credit (?:facility|line)', 'lend(?:s|ing)?', 'lent', 'borrow(?:s|ed|ing)?', '[贷貸]款', '借り入れ', '借入'] },
  // "45,000 wafers a month", 月产能5.5万片, 月産5万枚: a fab's output, in wafers a month.
  { name: 'wafer capacity', topic: 'chips', units: ['wafers/month'], phrases: ['month(?<=wafers? (?:a|per|each) month)', '(?:产能|產能|月产|月產)', '(?:生産|生產)能力', '月産'] },
  // The terms of a bond or a loan, each its own measure beside its size: the interest it pays ("a 5.85 per cent coupon", "the
  // 10-year notes pay 4.95 per cent", "tranche at 7.5%", "SOFR plus 4.50%", 票面利率5.85%, 利率は年3.42％), the orders it drew
  // ("Orders peaked around $41 billion", "the book reached about $41bn", 认购金额, 注文額は最大で約1120億ドル), how many times
  // over they covered it ("4.1 times covered", 超额认购4倍), and the spread it or its issuer's credit trades at ("58 basis
  // points over Treasuries", "five-year CDS widened to 385bp", 利差, スプレッド).
  { name: 'coupon', topic: 'other', units: ['%'], phrases: ['coupons?', '(?<!dividend )yield(?:s|ing)?(?! curve)', '(?:interest|borrowing) rates?', '(?:SOFR|Libor|Euribor|the benchmark)\\s?(?:plus|\\+)',
    String.raw`(?:notes|bonds?|tranches?|debentures|paper|piece)(?=(?:[^.;]|\.(?=\d)){0,50}?\b(?:at|pays?|paying|of)\s+(?:about |roughly |around )?\d[\d.]*\s?(?:%|per ?cent|percent))`,
    '票面(?:利率|息率)', '(?:年)?利率', '息率', '息票', '收益率', '殖利率', '表面利率', '利回り', 'クーポン'] },
  { name: 'bond orders', topic: 'other', units: MONEY_UNITS, phrases: [
    String.raw`(?:order ?books?|orders|demand|books?)(?=[^.;]{0,60}?\b(?:notes|bonds?|tranches?|(?:bond|debt) (?:sale|deal|offering)s?)\b)`, String.raw`(?<=\b(?:notes|bonds?|tranches?|(?:bond|debt) (?:sale|deal|offering)s?)\b[^.;]{0,80}?)(?:order ?books?|orders|demand|books?)`,
    'books?(?<=\\b(?:the|its|final|peak) books?)(?=\\s+(?:reached|peaked|topped|hit|closed|swelled|grew)\\b)',
    // "Orders peaked around $41 billion": orders that peak or swell are a book being built.
    'orders(?= (?:peaked|swelled) )', '(?:认购|認購)(?:金额|金額|规模|規模|订单|訂單)', '(?:注文|応募)(?:額|総額)?(?<=(?:社債|債券|[债債])[^。]{0,30}(?:注文|応募)(?:額|総額)?)', '需求(?<=(?:债|債|票据|票據)[^。]{0,30}需求)'] },
  { name: 'cover ratio', topic: 'other', units: ['x'], phrases: ['(?:times )?covered', 'oversubscri(?:bed|ption)', 'cover(?: ratio)?', 'times the (?:final |deal |issue |offering |launch )?size', '超[额額](?:认购|認購)', '(?:认购|認購)倍数', '応募倍率', '倍(?=の(?:応募|注文|需要))'] },
  { name: 'credit spread', topic: 'other', units: ['bp'], phrases: ['(?:credit|bond|yield|swap|CDS|risk|new[- ]issue) spreads?', 'spreads?(?= (?:over|above|to|against|widened|tightened|narrowed|blew out)\\b| of (?:about |roughly |around )?\\d)', '(?:widen|tighten|narrow)(?:ed|s|ing)', 'CDS', 'credit[- ]default[- ]swaps?', '(?:over|above) (?:Treasuries|mid-swaps|SOFR|gilts|Bunds|JGBs)', '利差', '(?:信用违约|信用違約)(?:掉期|互换|互換|交換)', 'スプレッド', '保証料率', 'ベーシスポイント', '基[点點]'] },
  // "priced $14 billion of new debt", "raised $US14 billion in debt", 負債による資金調達: all the debt a company raises at once, its
  // notes and loans together — a total its parts (a $6 billion term loan, $8 billion of notes) do not dispute.
  { name: 'debt raised', topic: 'other', units: MONEY_UNITS, phrases: ['debt (?:package|deal)s?', 'debt\\b(?<=\\b(?:of|in)\\s(?:new\\s|fresh\\s|secured\\s)?debt)(?!\\s+(?:load|levels?|ratios?|pile|burden|markets?|investors?|holders?))', '負債による(?:資金)?調達', '(?:债务|債務)融资'] },
];

/** The metrics that are flows over a period (revenue, capex, growth), by name: a backlog or a valuation is a level at a time. */
export const FLOW_METRICS: ReadonlySet<string> = new Set(METRICS.filter((m) => m.overPeriod).map((m) => m.name));
/** A takeover's whole price, and its price a share (readFigures.ts and the tables of deals, tableLabels.ts). */
export const ACQUISITION = METRICS.find((m) => m.name === 'acquisition')!;
export const PRICE_PER_SHARE = METRICS.find((m) => m.name === 'price per share')!;
export const BOND_SALE = METRICS.find((m) => m.name === 'bond sale')!;

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
