/**
 * The countries and US states the news names as where a company's money goes or where it builds ("$5 billion in UK
 * AI infrastructure", "its Mexico region", "Pennsylvania data centers", 日本のAIインフラ): two entries of one company
 * and month about two places are two events, as two deals with two parties are. A state is within its country, so
 * "US data centres" and "Texas data centres" may be one. A place that only says where a company is from ("Japan's
 * SoftBank", "a US-listed miner") is not where the event is.
 */
import { US_STATES } from './pledgePlaces.ts';

interface Place {
  name: string;
  /** Regular-expression sources: English on word boundaries (case as written), Chinese and Japanese as written. */
  aliases: string[];
  /** The country a state lies in. */
  within?: string;
}

const COUNTRIES: Place[] = [
  { name: 'United States', aliases: ['US', 'U\\.S\\.', 'USA', 'United States', '美国', '美國', '米国', 'アメリカ', '対米', '对美', '對美'] },
  { name: 'United Kingdom', aliases: ['UK', 'U\\.K\\.', 'Britain', 'United Kingdom', 'England', '英国', '英國', 'イギリス'] },
  { name: 'Japan', aliases: ['Japan', '日本', '対日', '对日', '對日'] },
  { name: 'China', aliases: ['China', '中国', '中國', '中国大陆', '対中', '对华', '對華'] },
  { name: 'India', aliases: ['India', '印度', 'インド'] },
  { name: 'Germany', aliases: ['Germany', '德国', '德國', 'ドイツ'] },
  { name: 'France', aliases: ['France', '法国', '法國', 'フランス'] },
  { name: 'Spain', aliases: ['Spain', '西班牙', 'スペイン'] },
  { name: 'Italy', aliases: ['Italy', '意大利', 'イタリア'] },
  { name: 'Netherlands', aliases: ['Netherlands', 'Holland', '荷兰', 'オランダ'] },
  { name: 'Ireland', aliases: ['Ireland', '爱尔兰', 'アイルランド'] },
  { name: 'Sweden', aliases: ['Sweden', '瑞典', 'スウェーデン'] },
  { name: 'Norway', aliases: ['Norway', '挪威', 'ノルウェー'] },
  { name: 'Poland', aliases: ['Poland', '波兰', 'ポーランド'] },
  { name: 'Canada', aliases: ['Canada', '加拿大', 'カナダ'] },
  { name: 'Mexico', aliases: ['Mexico', '墨西哥', 'メキシコ'] },
  { name: 'Brazil', aliases: ['Brazil', '巴西', 'ブラジル'] },
  { name: 'Chile', aliases: ['Chile', '智利', 'チリ'] },
  { name: 'Australia', aliases: ['Australia', '澳大利亚', '澳洲', 'オーストラリア'] },
  { name: 'New Zealand', aliases: ['New Zealand', '新西兰', 'ニュージーランド'] },
  { name: 'South Korea', aliases: ['South Korea', 'Korea', '韩国', '韓國', '韓国'] },
  { name: 'Taiwan', aliases: ['Taiwan', '台湾', '台灣', '臺灣'] },
  { name: 'Singapore', aliases: ['Singapore', '新加坡', 'シンガポール'] },
  { name: 'Malaysia', aliases: ['Malaysia', '马来西亚', 'マレーシア'] },
  { name: 'Indonesia', aliases: ['Indonesia', '印度尼西亚', '印尼', 'インドネシア'] },
  { name: 'Thailand', aliases: ['Thailand', '泰国', '泰國'] },
  { name: 'Vietnam', aliases: ['Vietnam', '越南', 'ベトナム'] },
  { name: 'Philippines', aliases: ['Philippines', '菲律宾', 'フィリピン'] },
  { name: 'Saudi Arabia', aliases: ['Saudi Arabia', 'Saudi', '沙特(?:阿拉伯)?', 'サウジ(?:アラビア)?'] },
  { name: 'United Arab Emirates', aliases: ['UAE', 'United Arab Emirates', 'Abu Dhabi', 'Dubai', '阿联酋', 'アラブ首長国連邦'] },
  { name: 'Qatar', aliases: ['Qatar', '卡塔尔', 'カタール'] },
  { name: 'Israel', aliases: ['Israel', '以色列', 'イスラエル'] },
  { name: 'South Africa', aliases: ['South Africa', '南非', '南アフリカ'] },
  { name: 'Kenya', aliases: ['Kenya', '肯尼亚', 'ケニア'] },
];

/**
 * A state's other names in the news: its postal abbreviation with stops after a town ("Rockingham, N.C."), its nickname ("a
 * Keystone State expansion"), and its names in Chinese and Japanese (密西西比州, ミシシッピ州) where data centres are built.
 */
const STATE_ALIASES: Record<string, string[]> = {
  'North Carolina': ['N\\.C\\.', '北卡罗来纳', '北卡羅來納', '北卡', 'ノースカロライナ'], 'South Carolina': ['S\\.C\\.', '南卡罗来纳', '南卡羅來納', 'サウスカロライナ'],
  Pennsylvania: ['Keystone State', '宾夕法尼亚', '賓夕法尼亞', '宾州', '賓州', 'ペンシルベニア'], Texas: ['Lone Star State', '德克萨斯', '得克萨斯', '德州', '得州', '德克薩斯', 'テキサス'],
  Mississippi: ['密西西比', 'ミシシッピ'], Louisiana: ['路易斯安那', '路易斯安納', 'ルイジアナ'], Indiana: ['印第安纳', '印第安納', 'インディアナ'], Ohio: ['俄亥俄', 'オハイオ'],
  Virginia: ['弗吉尼亚', '維吉尼亞', 'バージニア'], Georgia: ['佐治亚', '喬治亞', 'ジョージア州'], Arizona: ['亚利桑那', '亞利桑那', 'アリゾナ'], Utah: ['犹他', '猶他', 'ユタ'],
  Wisconsin: ['威斯康星', '威斯康辛', 'ウィスコンシン'], Oregon: ['俄勒冈', '俄勒岡', 'オレゴン'], Iowa: ['爱荷华', '愛荷華', 'アイオワ'], California: ['加利福尼亚', '加利福尼亞', '加州', 'カリフォルニア'],
  Tennessee: ['田纳西', '田納西', 'テネシー'], Nevada: ['内华达', '內華達', 'ネバダ'], Oklahoma: ['俄克拉何马', '奧克拉荷馬', 'オクラホマ'], Wyoming: ['怀俄明', '懷俄明', 'ワイオミング'],
  Michigan: ['密歇根', '密西根', 'ミシガン'], Minnesota: ['明尼苏达', '明尼蘇達', 'ミネソタ'], Alabama: ['阿拉巴马', '阿拉巴馬', 'アラバマ'], Illinois: ['伊利诺伊', '伊利諾', 'イリノイ'], Kentucky: ['肯塔基', 'ケンタッキー'],
};

/**
 * Cities the news names as where a company opens an office or builds ("its first Asia-Pacific office, in Tokyo", 東京オフィス),
 * each within its country: "a Tokyo office" is in Japan, not in Seoul.
 */
const CITIES: Place[] = [
  { name: 'Tokyo', aliases: ['Tokyo', '東京', '东京'], within: 'Japan' },
  { name: 'Osaka', aliases: ['Osaka', '大阪'], within: 'Japan' },
  { name: 'Seoul', aliases: ['Seoul', 'ソウル', '首尔', '首爾'], within: 'South Korea' },
  { name: 'London', aliases: ['London', 'ロンドン', '伦敦', '倫敦'], within: 'United Kingdom' },
  { name: 'Paris', aliases: ['Paris', 'パリ', '巴黎'], within: 'France' },
  { name: 'Bengaluru', aliases: ['Bengaluru', 'Bangalore', 'バンガロール', '班加罗尔'], within: 'India' },
  { name: 'Mumbai', aliases: ['Mumbai', 'ムンバイ', '孟买'], within: 'India' },
  { name: 'Taipei', aliases: ['Taipei', '台北', '臺北'], within: 'Taiwan' },
  { name: 'Sydney', aliases: ['Sydney', 'シドニー', '悉尼'], within: 'Australia' },
  { name: 'Toronto', aliases: ['Toronto', 'トロント', '多伦多'], within: 'Canada' },
  { name: 'Berlin', aliases: ['Berlin', 'ベルリン', '柏林'], within: 'Germany' },
  { name: 'Dublin', aliases: ['Dublin', 'ダブリン', '都柏林'], within: 'Ireland' },
];

/** Every place, a US state within the United States, a city within its country. */
const PLACES: Place[] = [...COUNTRIES, ...CITIES, ...US_STATES.map((state) => ({ name: state.replace(/ state$/, ''), aliases: [state, ...(STATE_ALIASES[state] ?? [])], within: 'United States' }))];

const WITHIN: ReadonlyMap<string, string> = new Map(PLACES.flatMap((p) => (p.within ? [[p.name, p.within] as const] : [])));
const ALIASES = PLACES.flatMap((place) => place.aliases.map((alias) => ({ alias, name: place.name }))).sort((a, b) => b.alias.length - a.alias.length);
const LATIN = ALIASES.filter((a) => /^[\x00-\x7f]+$/.test(a.alias));
const CJK = ALIASES.filter((a) => !LATIN.includes(a));
/**
 * A Latin place's name where it is a place, not the start of a longer proper name ("Georgia Power", "Mexico City")
 * nor a company's origin ("Japan's SoftBank", "US-listed", "China-based"; a state's county is in it: "North Carolina's Richmond County"), nor a currency ("US$22 billion"); case-sensitive, as "us" is no country.
 */
const LATIN_PLACE = new RegExp(String.raw`\b(?:${LATIN.map((a) => `(${a.alias})`).join('|')})(?!\w|\.\w|\$|['’]s\b(?!\s+[A-Z]\w+\s+(?:County|Parish|Township)\b)|-(?:based|listed|headquartered|born)\b|\s+[A-Z][a-z])`, 'g');
/**
 * Chinese and Japanese write a place against the words around it: 日本のAIインフラ, 投资墨西哥; but a country's name before
 * its currency's is the currency (日本円にして, 米国ドル建て, 台湾ドル), and before a ministry's the ministry (美国商务部撤销许可,
 * 米国商務省が許可), no place (its government's agencies are still its: 为美国政府机构扩建AI基础设施).
 */
const CJK_PLACE = new RegExp(`(?:${CJK.map((a) => `(${a.alias})`).join('|')})(?!\\s?(?:円|元|圓|圆|ドル|ポンド|ユーロ|ウォン|ルピー|商务部|商務部|商務省|财政部|財政部|財務省|经济产业省|經濟產業省|経済産業省))`, 'gu');
const namesOf = (text: string, pattern: RegExp, aliases: { name: string }[]) => [...text.matchAll(pattern)].map((m) => aliases[m.slice(1).findIndex((g) => g !== undefined)]!.name);

/** The places a text names as where its event is: "UK AI infrastructure", "墨西哥区域", "its Pennsylvania campuses". */
export function placesNamed(text: string): Set<string> {
  return new Set([...namesOf(text, LATIN_PLACE, LATIN), ...namesOf(text, CJK_PLACE, CJK)]);
}

const LATIN_NAME = new RegExp(String.raw`^(?:${LATIN.map((a) => a.alias).join('|')})$`);
/** Whether `name` is a country's or a US state's ("Korea", "Texas"), which owns no company's figure: "Korea's 260,000-GPU agreement". */
export const isPlaceName = (name: string): boolean => LATIN_NAME.test(name);

/** Whether two places may be where one event is: the same, or one within the other (Texas, the United States). */
const samePlace = (x: string, y: string) => x === y || WITHIN.get(x) === y || WITHIN.get(y) === x;
/** Whether two entries name places, and none of the one's may be any of the other's. */
export const otherPlaces = (a: Set<string>, b: Set<string>): boolean => a.size > 0 && b.size > 0 && ![...a].some((x) => [...b].some((y) => samePlace(x, y)));
