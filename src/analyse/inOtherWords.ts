/**
 * A timeline entry said in other words, put back into the words the reader knows, so that
 * two outlets' lines about one event are read alike: a company named by its chief ("Sam
 * Altman's company" → OpenAI), a product by its generation ("Amazon's second-generation
 * training chip", "Third-generation Trn hardware", "Trainium Gen 2" → Trainium2), a metric in
 * plain words ("spends on buildings and servers" → capital spending, "customer deals awaiting
 * delivery" → backlog). A sum spelt as a compound ("a fifty-billion-dollar pledge") needs
 * nothing: the reader's figures read it (parseValue.ts). Each rule is how any outlet might
 * say it, not one article's sentence.
 */
import { COMPANY_OF_CHIEF } from './chiefs.ts';
import { findEntities } from './entities.ts';
import { companyGroup, ENTITIES, PARENT } from './vocabulary.ts';
import { bareSumsAsDollars } from './parseValue.ts';
import { regionsAsPlaces } from './cloudRegions.ts';

/** What a chief's possessive may name: "Sam Altman's company", "Bezos's retailer". */
const ORG_NOUN = String.raw`(?:company|firm|group|start-?up|outfit|business|empire|lab|retailer|chipmaker|cloud giant|tech giant|giant)`;
/** Every chief's full name and distinctive surname, one pattern: one scan per entry. */
const CHIEF_PATTERN = new RegExp(String.raw`\b(?<who>${[...COMPANY_OF_CHIEF.keys()].join('|')})(?:(?<possessive>['’]s?)(?<org>\s+${ORG_NOUN}\b)?)?(?![\w-])`, 'g');

/** "Sam Altman's company" is OpenAI, "Jassy's package" Amazon's, "Jeff Bezos" Amazon. */
function chiefsAsCompanies(text: string): string {
  return text.replace(CHIEF_PATTERN, (...args) => {
    const groups = args.at(-1) as { who: string; possessive?: string; org?: string };
    const company = COMPANY_OF_CHIEF.get(groups.who)!;
    return groups.possessive && !groups.org ? `${company}'s` : company;
  });
}

/** Ordinals as generations: "second", "2nd", 第二. */
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };
const CJK_ORDINALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
/** "version two". */
const VERSION_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const ORDINAL = `(?:${Object.keys(ORDINALS).join('|')})`;
const CJK_ORDINAL = String.raw`(?:[一二三四五]|[1-5])`;

/**
 * Product families numbered by generation: the names the family goes by and, where the
 * company is named, what kind of product it is ("Amazon's second-generation AI training
 * processor" is Trainium2). A generation is a product only where the entity model has it.
 */
const FAMILIES: { family: string; names: string; kinds?: string }[] = [
  { family: 'Trainium', names: 'Trainium|Trn|トレイニアム', kinds: String.raw`(?:AI |machine[- ]learning |custom )?training (?:chips?|processors?|accelerators?|silicon)` },
  { family: 'Inferentia', names: 'Inferentia|Inf', kinds: String.raw`(?:AI |machine[- ]learning |custom )?inference (?:chips?|processors?|accelerators?|silicon)` },
  { family: 'Graviton', names: 'Graviton' },
];
const PRODUCTS = new Set(ENTITIES.filter((e) => e.kind === 'product').map((e) => e.name));

const GENERATION_PATTERNS = FAMILIES.map(({ family, names, kinds }) => {
  const what = kinds ? `(?:(?<name>${names})|(?<kind>${kinds}))` : `(?<name>${names})`;
  const sources = [
    // "second-generation Trainium", "2nd-gen training chip", "third generation of the Trn hardware"
    String.raw`\b(?<ordinal>${ORDINAL})[- ]gen(?:eration|\.)?\s+(?:of\s+(?:the\s+|its\s+)?)?${what}\b`,
    // "its second training chip", "Amazon's third Trainium", "the third Trainium": a company's chips counted in order
    String.raw`\b(?:its|their|the|the company['’]s|(?:Amazon|AWS)['’]s) (?<ordinal3>${ORDINAL})\s+(?:in-house |custom |home-grown )?${what.replace('(?<name>', '(?<name4>').replace('(?<kind>', '(?<kind4>')}\b`,
    // "a third Trainium generation"
    String.raw`\b(?:an?|the|its)\s+(?<ordinal2>${ORDINAL})\s+(?:${names})\s+generation\b`,
    // "Trainium Gen 2", "Trn gen3", "Trainium generation 2"
    String.raw`\b(?:${names})\s?(?:gen(?:eration)?\s?)(?<number>[1-5])\b`,
    // "Amazon's in-house training silicon, version two", "Trainium v3"
    String.raw`\b${what.replace('(?<name>', '(?<name3>').replace('(?<kind>', '(?<kind3>')},?\s+(?:version|v)\s?(?<version>[1-5]|one|two|three|four|five)\b`,
    // "Gen-2 Trainium chips", "Gen 3 Trn"
    String.raw`\bgen(?:eration)?[- ]?(?<number2>[1-5])\s+(?:${names})\b`,
    // 第二代Trainium, 第2世代トレイニアム, Trainium第三代
    String.raw`第(?<cjk>${CJK_ORDINAL})(?:代|世代)\s?(?:${names})`,
    String.raw`(?:${names})\s?第(?<cjk2>${CJK_ORDINAL})(?:代|世代)`,
    // 3世代目のTrainium: Japanese counts a generation with 目 after it.
    String.raw`(?<cjk3>${CJK_ORDINAL})世代目の?\s?(?:${names})`,
  ];
  // "a successor to the original Trn", "the follow-on to Trainium2", "the successor to its second-generation training chip" (read
  // after the generations are named, so that the chip it follows is named however it was said): the generation after it.
  const successor = String.raw`\b(?:an?\s+|the\s+|its\s+)?(?:successor|follow-on|follow-up)\s+(?:to|of)\s+(?:the\s+|its\s+|(?:Amazon|AWS)['’]s\s+)?(?:(?<original>original|first[- ]generation|first)\s+(?:${names})\b(?:\s+(?:chips?|silicon|processors?|accelerators?|hardware))?|(?:${names})\s?(?<before>[1-4])\b)`;
  return { family, owner: companyGroup(PARENT.get(family) ?? family), pattern: new RegExp(sources.join('|'), 'gi'), successor: new RegExp(successor, 'gi') };
});

/** The numbered product of a family: Trainium's second generation is Trainium2, its first plain Trainium. */
function generation(family: string, n: number): string | null {
  if (n === 1) return family;
  return PRODUCTS.has(`${family}${n}`) ? `${family}${n}` : null;
}

function generationsAsProducts(text: string): string {
  let out = text;
  for (const { family, owner, pattern, successor } of GENERATION_PATTERNS) {
    out = out.replace(pattern, (match, ...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      // A kind of chip is the family only in a sentence about the family's company.
      if ((g.kind ?? g.kind3 ?? g.kind4) && !findEntities(text).some((e) => e.kind === 'company' && companyGroup(e.name) === owner)) return match;
      const ordinal = g.ordinal ?? g.ordinal2 ?? g.ordinal3;
      const cjk = g.cjk ?? g.cjk2 ?? g.cjk3;
      const n = ordinal ? ORDINALS[ordinal.toLowerCase()]! : cjk ? (CJK_ORDINALS[cjk] ?? Number(cjk)) : g.version ? (VERSION_WORDS[g.version.toLowerCase()] ?? Number(g.version)) : g.original ? 2 : g.before ? Number(g.before) + 1 : Number(g.number ?? g.number2);
      return generation(family, n) ?? match;
    });
    out = out.replace(successor, (match, ...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      return generation(family, g.original ? 2 : Number(g.before) + 1) ?? match;
    });
  }
  return out;
}

/**
 * Chips whose generations go by names, not numbers: Google's seventh TPU is Ironwood, its sixth Trillium.
 * A generation is named only where the entity model knows that name.
 */
const NAMED_GENERATIONS: { names: string; generations: Record<number, string> }[] = [{ names: String.raw`(?:Cloud )?TPUs?|tensor[- ]process(?:or|ing unit)s?`, generations: { 6: 'Trillium', 7: 'Ironwood' } }];
const ORDINALS_TO_SEVEN: Record<string, number> = { ...ORDINALS, sixth: 6, '6th': 6, seventh: 7, '7th': 7 };
const NAMED_GENERATION_PATTERNS = NAMED_GENERATIONS.map(({ names, generations }) => ({
  generations,
  pattern: new RegExp(String.raw`\b(?<ordinal>${Object.keys(ORDINALS_TO_SEVEN).join('|')})[- ]gen(?:eration|\.)?\s+(?:${names})\b`, 'gi'),
}));
/** A tensor processor is a TPU, by whichever words: "its Google tensor-processor arrangement". */
const TENSOR_PROCESSOR = /\btensor[- ]process(?:or|ing[- ]unit)(s?)\b/gi;

/** "its seventh-generation TPU" as Ironwood, "tensor processors" as TPUs. */
function namedGenerations(text: string): string {
  const named = NAMED_GENERATION_PATTERNS.reduce(
    (out, { generations, pattern }) =>
      out.replace(pattern, (match, ...args) => {
        const name = generations[ORDINALS_TO_SEVEN[(args.at(-1) as { ordinal: string }).ordinal.toLowerCase()]!];
        return name && PRODUCTS.has(name) ? `${name} TPU` : match;
      }),
    text,
  );
  return named.replace(TENSOR_PROCESSOR, 'TPU$1');
}

/** What capital is spent on, as a list of two or more ("land and hardware", "concrete-and-chips"). */
const ASSETS = String.raw`(?:land|buildings?|construction|servers?|racks|hardware|equipment|gear|property|plant|machinery|facilities|sites|bricks|concrete|steel|chips|silicon)`;
const ASSET_LIST = String.raw`(?:new )?${ASSETS}(?:(?:,? and |, |-and-)(?:new )?${ASSETS})+`;
/** A quarter named by the month it ends or its season: "December-quarter", "the March quarter", "holiday-quarter". */
const QUARTER_NAMED = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|holiday)[- ]quarter`;
/**
 * Metrics in plain words, each as the phrase the reader knows for it. The money a company puts
 * into buildings, servers and equipment is its capital spending; orders and commitments not
 * yet delivered are its backlog; purpose-built AI facilities are data centres; a unit that
 * expands at a pace, or its quickest expansion, is its growth; a segment that brings in a sum is its revenue.
 */
const PLAIN_METRICS: [RegExp, string][] = [
  // "spends more on buildings and servers", "pours more into facilities and gear", "a yearly tab for sites and silicon"
  [new RegExp(String.raw`\b(?:spen(?:ds?|ding|t)|outlays?|purchases?|investment|allowance|budget|tab|bill|pour(?:s|ed|ing)?|sink(?:s|ing)?|sank|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?)(?: (?:more|less|heavily|record sums|(?:even )?more money))? (?:on|in|into|for) ${ASSET_LIST}\b`, 'gi'), 'capital spending'],
  // The sum between the verb and what it buys: "will pour as much as $185 billion into servers and sites" is capital spending of that sum.
  [new RegExp(String.raw`\b(?:spen(?:ds?|ding|t)|pour(?:s|ed|ing)?|sink(?:s|ing)?|sank|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|invest(?:s|ed|ing)?) ((?:(?:as much as|up to|about|some|nearly|roughly|around|more than|over|another|a further|an?)\s)*[$€£¥]?[\d.,]+\s?(?:[bm]n|billion|million|trillion|bln)?\s?(?:dollars)?) (?:on|in|into) ${ASSET_LIST}\b`, 'gi'), 'capital spending of $1'],
  // A budget or bill for the build-out, said by what it pays for: "its 2026 infrastructure tab", 基建预算, 建设预算, 基建投入, 設施投資.
  [/\b(?:infrastructure|build-?out|building|construction|capital|data[- ]cent(?:er|re)) (?:tab|bill|budget|outlays?)\b/gi, 'capital spending'],
  [/(?:基建|建设|建設|基礎建設|设施|設施)(?:预算|預算|投入|开支|開支|支出|投资|投資)/g, '资本开支'],
  // What a company's building costs it is capital spent: "first-quarter construction costs running ahead of last year", "its build-out costs".
  [/\b(?:building|construction|build-?out) costs\b/gi, 'capital spending'],
  // A company's budget for a year, named by the year, is its spending plan: "sets out a 2026 budget", "its 2027 budget".
  [/\b(?:an?|its|their|the) 20\d\d budget\b/gi, 'a capital spending budget'],
  // A company's own 投入 that changes (今年投入将较去年翻一番, 投入再增): its spending, not money put into another company (向…投入).
  [/(?<![向对對给給於于][^，。；,;]{0,24})投入(?=\s?(?:将|將|会|會|较|較|比|翻|增|提|再|大幅|继续|繼續))/g, '资本开支'],
  [new RegExp(String.raw`\b${ASSET_LIST} (?:purchases|spending|outlays|investments?|allowance|budget|bill|tab)\b`, 'gi'), 'capital spending'],
  // A company's outlays, named by whose they are, how often or for which quarter: "doubles its outlays", "its yearly outlays", "first-quarter outlays", "March-quarter outlays".
  [/\b(?:its|their|the company['’]s|the group['’]s|annual|yearly|quarterly|(?:first|second|third|fourth|March|June|September|December)[- ]quarter) outlays\b/gi, 'capital spending'],
  [/\b(?:customer |client )?(?:deals|orders|contracts|commitments|bookings) (?:awaiting|pending) (?:delivery|fulfil+ment)\b/gi, 'backlog'],
  // The same in Chinese: 待交付合同, 尚未交付的订单, 待履行合約.
  [/(?:待|未|尚未)(?:交付|履行)的?(?:合同|合約|订单|訂單)/g, '积压订单'],
  // A pile, stack or book of contracts is a backlog: "the contract pile swelling again", "its order stack", "its contract book
  // jumping again" (an order book is one already).
  [/\b(?:contract|deal|booking)s? (?:pile|stack|mountain|book)\b|\borders? (?:pile|stack|mountain)\b/gi, 'backlog'],
  [/\b(?:customer |client )?(?:deals|orders|contracts|commitments) (?:yet to be|not yet) (?:delivered|fulfill?ed|filled|served)\b/gi, 'backlog'],
  [/\bun(?:filled|fulfill?ed|delivered) (?:[A-Z][\w-]* )?(?:customer )?(?:orders|commitments|contracts|deals|obligations)\b/gi, 'backlog'],
  // "signed deals not yet turned into sales", "contracts yet to be converted to revenue"
  [/\b(?:(?:signed|contracted|booked|customer|client) )?(?:deals|orders|contracts|commitments|business) (?:not yet|yet to be) (?:turned|converted|recogni[sz]ed|booked|billed) (?:in)?(?:to|as) (?:sales|revenue|income)\b/gi, 'backlog'],
  // "work booked but not yet delivered", "orders signed but yet to be billed", "revenue its cloud unit has contracted but not yet
  // recognised" (the revenue so qualified is the backlog, not revenue earned)
  [/\b(?:revenue (?:(?:that|which) )?(?:[\w'’-]+ ){1,3}?(?:has|have) |(?:work|business|orders|deals|contracts|revenue) )?(?:booked|signed|contracted|won),? but (?:not yet|yet to be) (?:delivered|billed|recogni[sz]ed|fulfill?ed|served)\b/gi, 'backlog'],
  // Revenue already contracted is not yet revenue: "its contracted revenue pipeline", "committed sales".
  [/\b(?:contracted|committed|signed) (?:future )?(?:revenue|sales|business|work|commitments)(?: pipeline| book)?\b/gi, 'backlog'],
  // "signed-but-undelivered work", "contracted but unbilled business"
  [/\b(?:signed|contracted|booked)[- ](?:but[- ])?un(?:delivered|fulfill?ed|billed|served)\b(?: (?:work|business|deals|orders|contracts|commitments))?/gi, 'backlog'],
  [/\b(?:purpose-built |AI[- ](?:optimi[sz]ed |ready )?|machine[- ]learning |GPU )+(?:facilities|server halls|computing halls)\b/gi, 'data centres'],
  // A server farm is a data centre: "drops a planned server farm in Ohio" calls one off.
  [/\bserver[- ]farm\b/gi, 'data centre'],
  // Halls of servers are data centres, whatever they are tuned for.
  [/\b(?:server|computing|compute|data) halls\b/gi, 'data centres'],
  // Clusters of servers, AI-ready or not, are data centres ("AI-ready server clusters", "data-centre clusters").
  [/\b(?:server|data[- ]?cent(?:er|re)) clusters\b/gi, 'data centres'],
  // 数据中心集群, データセンター: data centres, unless what follows makes them a project (capex) or a segment (its sales).
  [/(?:数据中心|數據中心|資料中心|データセンター)(?!\s?の?(?:营收|營收|收入|销售|銷售|业务|業務|部门|部門|事業|売上|项目|項目|专案|專案|园区|園區|計画|计划|建設|建设|プロジェクト))(?:集群|叢集|クラスター|群)?/g, ' data centres '],
  // Halls, campuses or buildings made for a workload: "halls designed for neural-network workloads".
  [/\b(?:halls|campuses|buildings|facilities|clusters)(?= (?:designed|built|tuned|optimi[sz]ed|purpose-built|made|dedicated) for\b)/gi, 'data centres'],
  [/\b(?:expand(?:s|ed|ing)?|grow(?:s|n|ing)?|grew) at (?:a|its|the) (?:[\w-]+ ){0,2}(?:speed|pace|rate|clip)\b/gi, 'revenue growth'],
  // How fast, whatever the verb: "lifted that business at the fastest clip in four years", "hits a year-over-year pace it had not
  // touched since 2022", "logs a quarter of acceleration" (an accelerator, AI acceleration or an accelerated chip is no growth).
  [/\b(?:(?:its|the|a|an) )?(?:(?:fastest|quickest|briskest|strongest|swiftest|sharpest|steepest|slowest|weakest|highest|best)|year-over-year|year-on-year|yoy|annual) (?:speed|pace|rate|clip)\b/gi, 'revenue growth'],
  [/\b(?:an?|its|one|the) (?:quarter|period|year|stretch) of (?:re-?)?acceleration\b/gi, 'revenue growth'],
  // 伸び, 高い伸び, 最速の成長 in a Japanese line: how fast it grew (設備投資の伸び names its measure first, and keeps it).
  [/(?:高い|大きな|最速の|過去最高の)?(?:伸び率?|成長(?!率))(?=を|が|と|に|で|は|。|、|$)/g, '成長率'],
  // A company's investment plan or budget, with no one it is put into, is its capital spending: "its $200 billion investment plan", 投资计划.
  // A blueprint is a plan: "its investment blueprint", 投资蓝图.
  [/\binvestment (?=(?:plan|budget|program(?:me)?|programs|pledge|blueprint)s?\b)/gi, 'capital spending '],
  [/(?:投资|投資)(?=(?:计划|計劃|計画|预算|預算|规划|規劃|蓝图|藍圖|指引))/g, '资本开支'],
  // A figure or price tag a company gives for its coming months of building is its budget: "gives a figure for the coming twelve months of construction".
  [/\b(?:a|its|the) (?:figure|number|price tag|sum) (?:for|on) (?:the |its )?(?:[\w-]+ ){0,4}?(?:construction|build-?out|building)\b/gi, 'a capital spending budget'],
  // A company's best or worst quarter is its results: "AWS clocks its best quarter since 2022".
  // A word or two may say which business or which quarter: "its best cloud quarter", "a record October quarter", "another record quarter".
  [/\b(?:its|a|the|their|another) (?:best|strongest|biggest|weakest|worst|record|blockbuster|fastest|quickest|briskest|swiftest|sharpest|steepest)(?: [\w-]+){0,2}? (?:quarter|three months|quarterly (?:showing|performance))\b/gi, 'revenue growth'],
  // 最快的季度增长, 最强增长, 最高的增速: how fast a business grew, in Chinese (增长 alone, "an increase", names no measure).
  [/(?:最快|最高|最强|最強|最猛)的?(?:季度|单季|單季|年度)?(?:增长|增長|增速|成长|成長)/g, '增速'],
  // 公布第三财季财报, 1〜3月期決算を発表: a company's results, where the entry names no other measure after them (财报显示资本开支… is about capex,
  // 财报出炉，剩余履约义务升至… about its backlog).
  // A quarter's 成绩单 ("report card": 交出一季度成绩单) is its results too.
  [/(?:财报|財報|业绩|業績|決算|决算|成绩单|成績單)(?![^。]*?(?:资本|資本|开支|開支|支出|订单|訂單|积压|積壓|未履[约約]|履[约約](?:义务|義務)|RPO|受注|設備投資|投资|投資|出資|出资))/g, '营收'],
  // A business that speeds up, quickens or gathers pace grows faster: "the cloud unit speeds up for a fourth straight quarter" (not spending or a roll-out that speeds up).
  [/(?<!\b(?:spending|capex|outlays?|investments?|budgets?|build-?outs?|construction|roll-?outs?|deployments?) )\b(?:speeds? up|sped up|quickens?|quickened|picks? up (?:speed|pace)|picked up (?:speed|pace)|gathers? (?:pace|speed|momentum)|gathered (?:pace|speed|momentum))\b(?![^.;]{0,40}\b(?:spend|capex|capital|outlays?|invest|budget|build|roll-?outs?|deploy|construct|campus|data[- ]cent|sites?\b|facilit|hiring|production|deliver|shipments?))/gi, 'accelerates its revenue growth'],
  // A business that grows the fastest, grows on demand or by a figure, or accelerates, is told by its growth: "grows the fastest in 13
  // quarters", "the cloud unit accelerates again", "the segment grows on AI demand" (never "grows its footprint", an accelerator,
  // nor spending, building or a roll-out that accelerates).
  [/\bgr(?:ows|ew|owing) (?:the )?(?:fastest|quickest)\b/gi, 'posts its fastest revenue growth'],
  [/\bgr(?:ows|ew)(?= (?:on|by|at|as|faster|strongly|sharply|again|briskly|rapidly)\b)/gi, 'posts revenue growth'],
  [/\baccelerat(?:es|ed)\b(?! (?:its |the |their |a )?(?:[\w-]+ )?(?:spending|capex|investments?|build(?:-?outs?|ing)?|construction|roll-?outs?|deployments?|plans?|deliver(?:y|ies)|shipments?|production|data[- ]cent(?:er|re)s?|hiring|buybacks?|growth))/gi, 'accelerates its revenue growth'],
  // "MSFT beats on Azure", "misses on cloud": an earnings beat or miss is a result.
  [/\b(?:beats?|misses|missed) on\b/gi, 'reports revenue on'],
  // So is topping or missing forecasts: "tops quarterly forecasts", "beats Wall Street's estimates" (not a forecast of
  // spending: "beats capex forecasts").
  [/\b(?:tops?|topped|topping|beats?|beating|misses|missed|missing)\s+(?:(?:the|its|analysts['’]?|Wall Street['’]s|quarterly|revenue|sales|earnings|profit|consensus)\s+){0,3}(?:forecasts?|estimates?|expectations)\b/gi, 'reports quarterly revenue against forecasts'],
  // A quarter sized by a sum is its sales: "a record $50bn quarter" (not "a $5 billion quarterly dividend", nor a quarter's
  // spending: "a $30 billion capex quarter" names its metric); the first such quarter is a mark passed: "reports its first-ever
  // $100 billion quarter" is sales topping $100 billion.
  [/\b(?:an?|its|their) (?:first-ever|first) ([$€£¥][\d.,]+\s?(?:billion|bn|trillion|tn)) quarter\b/gi, 'quarterly revenue topping $1'],
  [/\b(?:an?|its|their)(?: (?:record|best-ever|record-breaking))? ([$€£¥][\d.,]+\s?(?:billion|bn|trillion|tn)) quarter\b/gi, 'quarterly revenue of $1'],
  // So is a beat or a miss that a company posts: "Azure posts a beat in its fiscal third quarter", "logs a narrow miss".
  [/\b(?:posts?|posted|posting|delivers?|delivered|reports?|reported|notch(?:es|ed)|scores?|scored|logs?|logged) (?:a|an|another|its) (?:(?:big|narrow|solid|clean|modest|slight|huge|strong|rare|surprise|top-line|revenue|earnings) )?(?:beat|miss)\b/gi, 'reports revenue'],
  // A business that keeps pace with, outpaces or outgrows a rival is told by how fast it grew: "keeps pace with its larger rival"
  // (not where it is spending that keeps pace: "keeps pace with rivals' capital spending").
  [/(?:\b(?:keep(?:s|ing)?|kept) pace with\b|\b(?:outpac(?:es|ed|ing)|outgr(?:ows|ew|owing|own))\b)(?![^.;]{0,40}\b(?:spend|capex|capital|outlays?|invest|budget|build))/gi, 'matches the revenue growth of'],
  // A business that matches a pace just told grows as fast: "the rival platform matches that pace".
  [/\bmatch(?:es|ed|ing)? (?:that|this|the same|its rival['’]s) pace\b/gi, 'matches the revenue growth of'],
  // A business that re-accelerates grows faster again: "AWS re-accelerates", "Azure's reacceleration" (never an accelerator).
  [/\bre-?accelerat(?:es|ed|ing|ion)\b/gi, 'revenue growth'],
  // "its quickest expansion", "its steepest upturn", "the sharpest pick-up": how fast a business grows.
  [/\b(?:quickest|fastest|briskest|strongest|swiftest|sharpest|steepest|slowest|weakest) (?:expansion|acceleration|upturn|upswing|pick-?up|growth spurt)\b/gi, 'revenue growth'],
  // A jump or a rise said as the sharpest of a span is one too, yearly or not ("the sharpest year-on-year jump in four years"), where
  // it is not the stock's ("shares post their sharpest jump since 2020") nor what it spends ("the steepest rise in capital spending").
  [/(?<!\b(?:shares|stocks?|share price)\b[^.;]{0,30})\b(?:quickest|fastest|briskest|strongest|swiftest|sharpest|steepest|slowest|weakest) (?:(?:year-on-year|year-over-year|yoy|annual|quarterly) (?:expansion|acceleration|upturn|upswing|pick-?up)|(?:(?:year-on-year|year-over-year|yoy|annual|quarterly) )?(?:jump|rise|climb|gain))\b(?! (?:in|of) (?:its |their )?(?:capital|capex|spending|outlays|costs|backlog|orders|shares|stock))/gi, 'revenue growth'],
  // A business that rents out servers or hosts the web is a cloud: "the server-rental arm", "its computing-rental unit", "the rent-a-server
  // business", "the web-services division", "its hosting arm".
  // An infrastructure unit or a hosting platform is one too ("Jassy's infrastructure unit", "its computing-rental platform").
  [/\b(?:(?:server|computer|computing|compute|cloud|infrastructure|GPU|capacity)[- ]rental|rental[- ](?:computing|servers?)|rent-an?-(?:server|GPU|computer)|server-leasing|computing-for-hire|web[- ]services|(?:web[- ]|cloud[- ])?hosting|(?:cloud[- ]|computing[- ]|IT[- ])?infrastructure) (?=(?:business|division|unit|arm|segment|operations|platform)\b)/gi, 'cloud '],
  // Cash or a stake given for compute is an investment paid in kind: "a cash-for-capacity courtship", "a stake-for-compute proposal".
  [/\b(?:cash|equity|stake|shares|money|capital)[- ]for[- ](?:capacity|compute|chips|credits|cloud(?:[- ]credits)?|servers|GPUs)\b/gi, 'investment'],
  // A haul or takings from data-centre chips are their sales: "a record haul from its server accelerators", "takings from AI chips".
  [/\b(?:haul|takings|sales|revenue|income|intake) (?:from|on|at) (?:its |their |the )?(?:server[- ]?(?:GPUs?|chips?|accelerators?|processors?|silicon)|AI[- ](?:GPUs?|chips?|accelerators?|processors?|silicon)|(?:data[- ]?cent(?:er|re)) (?:GPUs?|chips?|accelerators?|processors?|silicon|hardware|business|unit|segment|division|arm)|accelerators?)\b/gi, 'data center revenue'],
  // A chip segment's takings are its sales: "the quarterly server-chip takings", "a new high for data centre takings".
  [/\b(?:server[- ]?(?:GPU|chip|accelerator)|AI[- ]chip|accelerator|data[- ]?cent(?:er|re)) (?:takings|haul|intake)\b/gi, 'data center revenue'],
  // A chip maker's record data-centre numbers are that segment's sales: "closes its year with record datacenter numbers".
  [/\b(?<=(?:record|best-ever|all-time-high|bumper) )(?:data[- ]?cent(?:er|re)) numbers\b/gi, 'data center revenue'],
  // Money poured into halls of servers is capital spent: "how much it means to pour into warehouses of servers".
  [/\b(?:pour(?:s|ed|ing)?|sink(?:s|ing)?|sank|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|spend(?:s|ing)?|spent) (?:(?:[\w$.-]+ ){0,3}?)(?:on|into) (?:warehouses|halls|buildings|rooms|sheds|barns) (?:full )?of (?:servers|computers|chips|GPUs)\b/gi, 'capital spending'],
  // The range or guidance a company gives for its own outlay is its capital spending: "lays out its own 2026 outlay range".
  [/\b(?:its|their)(?: own)?(?: 20\d\d)? outlay (?=(?:range|guidance|band|forecast|outlook|plan)\b)/gi, 'capital spending '],
  // A company's results in words, where nothing else is named after them: "posts fiscal third-quarter results", "reports January-March
  // numbers, with …", "a record haul.", "results below forecasts", "its first-quarter figures the same week" (when it reports them says
  // nothing of what they are); "its earnings call reveals a backlog" is about the backlog.
  [/(?<=\b(?:quarterly|annual|full-year|half-year|(?:fiscal[- ])?(?:first|second|third|fourth)[- ]quarter|(?:fiscal )?Q[1-4]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[-–— ](?:to[- ])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|record|bumper|blowout|best-ever|biggest-ever|record-breaking|latest|its|their) )(?:results|earnings|numbers|haul|figures)(?=\s*(?:[.,;:!?)]|$)|\s+(?:with|led|as|after|beating|topping|that|below|above|ahead of|short of|in line with)\b|\s+(?:(?:a|one|two) (?:day|week)s? (?:earlier|later|before|after)|(?:on |in )?the same (?:day|week|evening|night|morning|afternoon)|that (?:same )?(?:day|week|evening))\s*(?:[.,;:!?)]|$)|\s+show(?:s|ed|ing)?\b(?![^.;]*?\b(?:capital|capex|spend|outlays?|backlog|orders?|invest|budget|build)))/gi, 'revenue'],
  // A company's results that land, arrive or are out are its results: "AMZN's numbers land", "Nvidia's earnings arrive" (not a
  // figure that lands: "capex lands at $35 billion" names its measure).
  [/(?<=['’]s? )(?:results|earnings|numbers|figures)(?= (?:land|arrive|drop|hit|are out|come out|came out|landed|arrived|dropped)\b)/gi, 'revenue'],
  // A quarter's report is its results, and so are a month-named quarter's results, where they name no other measure after them:
  // "the December-quarter report lands a day early", "its fiscal third-quarter report shows cloud demand outrunning supply",
  // "reports its June-quarter results" (not "its quarterly report shows capital spending doubling").
  [new RegExp(String.raw`(?:(?<=\b(?:quarterly|earnings|(?:fiscal[- ])?(?:first|second|third|fourth)[- ]quarter|(?:fiscal )?Q[1-4]|${QUARTER_NAMED}) )report|(?<=\b${QUARTER_NAMED} )(?:results?|earnings|numbers))\b(?![^.;]*?\b(?:capital|capex|spending|outlays?|backlog|bookings|obligations|orders|budget|guidance|outlook)\b)`, 'gi'), 'revenue'],
  // Beating or falling short of its own outlook is a result too: "beats its own first-quarter outlook", "clears its own forecast"
  // (not spending that tops its own guidance).
  [/(?<!\b(?:capex|spending|outlays?|investments?|budgets?|costs?)\s)\b(?:beat(?:s|ing)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|clear(?:s|ed|ing)?|surpass(?:es|ed|ing)?|miss(?:es|ed|ing)?) (?:its|their) own (?:[\w-]+ )?(?:outlook|guidance|forecast)\b/gi, 'reports revenue above its outlook'],
  // Beating or missing what analysts expected is a result: "MSFT tops estimates for its hosting business", "misses forecasts", "blows past estimates".
  [/\b(?:beat(?:s|ing)?|top(?:s|ped|ping)?|miss(?:es|ed|ing)?|exceed(?:s|ed|ing)?|falls? short of|fell short of|surpass(?:es|ed|ing)?|(?:blow(?:s|ing)?|blew|sail(?:s|ed|ing)?|race(?:s|d)?|breez(?:es|ed|ing)) past|crush(?:es|ed|ing)?|smash(?:es|ed|ing)?) (?:(?:Wall Street|analysts['’]?|(?:the )?Street['’]?s?|consensus|market) )?(?:estimates|expectations|forecasts|consensus)\b/gi, 'reports revenue'],
  // A quarter's report is the company's results, where the entry names no other measure: "its fiscal third-quarter report lands",
  // "reports its January–March period" (not "a quarterly report shows capex doubling", about capex).
  [/\b((?:fiscal[- ])?(?:first|second|third|fourth)[- ]quarter|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[- ]quarter|quarterly) report\b(?![^.;]*?\b(?:capex|capital|spend|outlays?|backlog|orders?|invest|budget|build))/gi, '$1 revenue report'],
  [/\breport(?:s|ed|ing)? (?:its|their) ((?:fiscal )?(?:(?:first|second|third|fourth)[- ]quarter|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s?(?:[-–—]|to|through)\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*) (?:period|quarter|three months))\b/gi, 'reports revenue for its $1'],
  // A capital programme or plan is capital spending: "its 2026 capital program will roughly double".
  [/\bcapital (?:program(?:me)?s?|plans?|budgets?)\b/gi, 'capital spending'],
  // A business that matches a pace grows as fast: "Alphabet's rival platform matches that pace" (not a pace of spending or building).
  [/\b(?:match(?:es|ed|ing)?|equals?|equall?ed) (?:that|the same|its|their|this) pace\b(?![^.;]{0,40}\b(?:spend|capex|capital|outlays?|invest|budget|build))/gi, 'matches the revenue growth'],
  // "Nvidia's server-GPU business brings in", "the accelerator unit books its largest haul": what that segment sells.
  [/\b(?:server[- ]GPU|server[- ]chip|AI[- ]chip|accelerator|data[- ]?cent(?:er|re)) (?:business|unit|segment|division|arm)(?:['’]s?)? (?:(?:brings?|brought|takes?|took|rakes?|raked|pulls?|pulled|hauls?|hauled) in|books?|booked|hauls?|hauled|generates?|generated)\b/gi, 'data center revenue of'],
];

/**
 * Ways of calling a project off that are not the modality cues' ("halts an Ohio build", "puts a
 * campus on ice", "reverses course on a data centre", "pulls the plug on a project", "scuttles a
 * build", "walks back plans", "drops its Ohio build", "walks away from a planned campus", "retreats from a contested
 * proposal", "gives up its Lehigh Valley lease" — walking away from a project or a lease of one's own, not from another's offer —
 * and "The Tunica County proposal is dropped", not "shares dropped"): for a timeline entry, they call it off.
 */
const CALLED_OFF_THING = String.raw`(?:build(?:-out)?|data[- ]cent(?:er|re)|expansion|site|campus|plans?|facility|project|proposal|lease|contract)`;
const CALLS_OFF = new RegExp(
  String.raw`\b(?:halt(?:s|ed|ing)?|ax(?:es|ed|ing)|nix(?:es|ed|ing)?|mothball(?:s|ed|ing)?|revers(?:es|ed|ing) course on|backs? out of|backed out of|pull(?:s|ed|ing)? the plug on|pull(?:s|ing)? out of|scuttl(?:e|es|ed|ing)|kill(?:s|ed|ing)? off|walk(?:s|ed|ing)? back(?: on)?|(?:drop(?:s|ped|ping)?|walk(?:s|ed|ing)? away from|retreat(?:s|ed|ing)? from|g(?:ive|ives|ave|iving|iven) up)(?= (?:its|an?|the|their) (?:[\w$-]+ ){0,4}?${CALLED_OFF_THING}\b)|dropped(?<=\b${CALLED_OFF_THING}s?\s(?:is|was|are|were|has been|have been|gets?|got)\sdropped))(?![\w-])`,
  'gi',
);
const ON_ICE = /\b(?:puts?|putting) ((?:[\w$-]+ ){1,5})on ice\b/gi;

/** A share said as a fraction after "by" ("climbs by two-fifths", "grew by a third"), and what one part of each is, in percent. */
const BY_FRACTION = /\bby (?:(?<one>a|one)[- ](?<part>half|third|quarter|fifth)|(?<count>two|three|four)[- ](?<parts>thirds|quarters|fifths))\b/gi;
const PART: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20 };
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4 };

/** "by two-fifths" as "by 40%": a timeline entry's growth said as a fraction is its percentage. */
function fractionsAsPercentages(text: string): string {
  return text.replace(BY_FRACTION, (...args) => {
    const g = args.at(-1) as { one?: string; part?: string; count?: string; parts?: string };
    const share = g.part ? PART[g.part.toLowerCase()]! : PART[g.parts!.toLowerCase().slice(0, -1)]! * COUNT[g.count!.toLowerCase()]!;
    return `by ${Number(share.toFixed(1))}%`;
  });
}

function plainMetricWords(text: string): string {
  return PLAIN_METRICS.reduce((out, [pattern, phrase]) => out.replace(pattern, phrase), text);
}

/**
 * "Commits to its biggest-ever budget", "commits to a plan": committing to something is a
 * pledge, not money put into a company; only "commits $4 billion" or "commits to Anthropic" invests.
 */
const COMMITS_TO = /\bcommit(?:s|ted|ting)? to (?=(?:its|their|an?|the) )/gi;

/** `text` in the words the reader knows: region codes as their places, chiefs as their companies, generations as products, plain-word metrics as the reader's phrases, bare sums as dollars. */
export function inReaderWords(text: string): string {
  return bareSumsAsDollars(fractionsAsPercentages(plainMetricWords(namedGenerations(generationsAsProducts(chiefsAsCompanies(regionsAsPlaces(text)))))).replace(COMMITS_TO, 'pledges ').replace(CALLS_OFF, 'cancels').replace(ON_ICE, 'cancels $1'));
}

/** A generation said without its product family: "Gen-two accelerators", "a version-three successor", "third-generation hardware". */
const GENERATION_ONLY = new RegExp(
  String.raw`\b(?:gen(?:eration)?[- ]?(?<number>[1-5]|one|two|three|four|five)|(?<ordinal>${ORDINAL})[- ]gen(?:eration|\.)?|version[- ](?<version>[1-5]|one|two|three|four|five))\b`,
  'i',
);

/** 第二代芯片, 第2世代のチップ, 3世代目のチップ: a generation without its family, in Chinese or Japanese. */
const CJK_GENERATION_ONLY = new RegExp(String.raw`第(${CJK_ORDINAL})(?:代|世代)|(${CJK_ORDINAL})世代目`);

/** The generation an entry names without naming its product, or null. */
export function generationNamed(text: string): number | null {
  const found = CJK_GENERATION_ONLY.exec(text);
  const cjk = found?.[1] ?? found?.[2];
  if (cjk) return CJK_ORDINALS[cjk] ?? Number(cjk);
  const g = GENERATION_ONLY.exec(text)?.groups;
  if (!g) return null;
  if (g.ordinal) return ORDINALS[g.ordinal.toLowerCase()]!;
  const word = (g.number ?? g.version)!.toLowerCase();
  return VERSION_WORDS[word] ?? Number(word);
}
