import { callsOff } from './modality.ts';

/**
 * What the words of a timeline entry say beyond its names and metrics: the kind of act it
 * tells (a launch, an investment, a refusal…), whether it calls something off, and which of its sums are not the event's own —
 * a running total ("bringing its total to $8 billion") or a company's worth ("at a $183 billion
 * valuation"). English, Chinese and Japanese wordings, each as any outlet may write it.
 */

/** Kinds of act, the first row that matches: a launch is not an investment. Chinese and Japanese words are more alternatives of a row; a kind read only where no other act is told has a row of its own at the end. */
export const ACTIONS: [string, RegExp][] = [
  // A letter to shareholders is the event, whatever it argues: "Jassy's annual letter to owners argues…", "uses his yearly shareholder letter to defend…", 致股东信.
  ['letter', /\b(?:(?:shareholder|stockholder|investor|owner)s?['’]? letter|letter to (?:its |his |her |their )?(?:shareholders|stockholders|investors|owners))\b|(?:致|给|給)(?:全体)?股[东東](?:的)?(?:公开)?信|股[东東]信|株主(?:へ|に宛て)の(?:手紙|書簡)/i],
  // A company's structure remade is an act of its own: "completes its restructuring into a public benefit corporation", "becomes
  // OpenAI Group PBC", "forms Meta Superintelligence Labs", "folds its AI teams into a new unit", 重组, 改制, 組織再編 (not a
  // restructuring charge among results).
  ['reorganise', /\b(?:restructur(?:es?|ed|ing)(?! (?:charges?|costs?|expenses?))|recapitali[sz](?:es?|ed|ation)|reorgani[sz](?:es?|ed|ing|ation)|public benefit corporation|PBC|(?:forms?|formed|creat(?:es?|ed)|sets? up)\s+(?:an?\s+|its\s+)?(?:new\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Labs?|unit|division)|(?:folds?|folded|merges?|merged|combines?|combined|consolidat(?:es?|ed))\s[^.;]{0,40}?\binto (?:an?\s+|one\s+)?(?:new\s+|single\s+)?(?:unit|division|lab|group|organi[sz]ation))\b|\b(?:an?|its) new (?:[\w-]+ ){0,2}(?:group|unit|division|organi[sz]ation) (?:(?:at|within|inside) [^.;,]{1,30}? )?(?:that|which) (?:combines|merges|brings together)\b|重组|重組|改组|改組|改制|架构调整|架構調整|组织调整|組織調整|公益公司|組織再編|組織改編|再編|成立[^，。、]{0,16}?(?:部門|部门|事业部|事業部|事业群|事業群)|(?:部門|事業部)を(?:新設|設立)/],
  // A change at the top is an act of its own: "names X and Y co-chief executives", "steps down as CEO", "hands over to", 出任执行长,
  // 卸任, 辞任, 退任, "is chosen to lead the struggling chipmaker" (not a chief executive's words: "CEO says…", nor a head of a project).
  ['succession', /\b(?:(?:names?|named|appoints?|appointed|promotes?|promoted|taps?|tapped|elevates?|elevated)\s[^.;]{0,60}?\b(?:co-)?(?:CEOs?|chief executives?|chief executive officers?)\b|(?:steps?|stepped|stepping) down\b|(?:resigns?|resigned|retires?|retired) as\b|hands? over (?:the )?(?:reins|top job|to)\b|succeeds?\s[^.;]{0,30}?\bas (?:co-)?(?:CEO|chief executive)\b|(?:announc(?:es|ed|ing)|confirm(?:s|ed|ing)) (?:his|her) (?:departure|exit|resignation)\b|(?:he|she) (?:will|is to|is set to) leave\b|replac(?:es|ed|ing) (?:the |its )?(?:head|chief|boss) of\b|(?:push(?:es|ed|ing)?|forc(?:es|ed|ing)) (?:(?:its|their|the) )?(?:[\w-]+ )?(?:boss|chief executive|CEO) out\b|ousts? (?:(?:its|their|the) )?(?:boss|chief executive|CEO)\b|becomes? (?:the )?(?:interim |acting )?(?:co-)?(?:CEOs?|chief executives?)\b|(?:is|was|has been|gets?|got) (?:chosen|picked|tapped|named|appointed|selected) to (?:lead|run|head) (?:the|its) (?:[\w-]+ )?(?:company|firm|group|chip ?maker|retailer|lab|start-?up|giant|maker)\b)|(?:出任|接任|就任)[^，。、]{0,6}?(?:首席执行官|首席執行官|执行长|執行長|CEO|社長|最高経営責任者)|(?:首席执行官|首席執行官|执行长|執行長|CEO|社長|最高経営責任者)[^，。、]{0,4}?(?:卸任|辞任|退任|交棒|辞职|辭職)|卸任|交棒|(?:トップ|責任者|社長|最高経営責任者|CEO)に[^、。]{0,24}?を起用/i],
  // Cutting jobs is an act of its own: "cuts about 14,000 corporate jobs", "lays off", "job cuts", a workforce that "shrinks by
  // another 16,000 roles", 裁员, 裁撤…职位, 精简…人力, 人員削減, 約1万人を減らす (not a cut in prices or in spending).
  ['layoff', /\b(?:lay(?:s|ing)? off|laid off|layoffs?|job cuts?|(?:cuts?|cutting|eliminat(?:es?|ed|ing)|slash(?:es|ed|ing)?|shed(?:s|ding)?|shr(?:inks?|inking|ank|unk)|reduc(?:es?|ed|ing)|trim(?:s|med|ming)?)\s(?:[\w,.~%-]+\s){0,4}?(?:jobs|roles|positions|staff|employees|workers|workforce|headcount)|(?:workforce|headcount|staff)\s(?:shr(?:inks?|ank|unk)|(?:is|was|gets?|got)\s(?:cut|reduced|trimmed|slashed))\b)\b|裁员|裁員|(?:裁撤|削减|削減|精简|精簡)[^，。、]{0,12}?(?:职位|職位|岗位|崗位|人力|员工|員工)|人員削減|人員整理|(?:\d|万|千)人(?:を|の)?(?:減らす|減らし|削減)|(?:職|人員|従業員)[^、。]{0,8}?削減|リストラ/i],
  // A cloud's outage is an act of its own: "an outage in AWS's US-EAST-1 region", "suffers a day-long disruption", "goes dark",
  // 宕机, 服务中断, 大規模障害 (not a supply-chain disruption).
  ['outage', /\b(?:outages?|(?<!supply[- ]chain |supply )disruptions?|(?:goes|went) (?:dark|down|offline)|knocks? (?:[\w-]+ ){0,4}?offline)\b|宕机|當機|当机|服务中断|服務中斷|(?:システム|通信|大規模)?障害/i],
  // A fall in a company's market value is an act of its own: "loses $589 billion of market value in a day", "shares slide 11%", "a
  // sell-off", 市值蒸发, 抛售, 市值损失, 株価急落.
  ['selloff', /\b(?:sell-?offs?|(?:shares|stock|market value|market cap)\s(?:[\w-]+\s)?(?:slides?|slid|plunges?|plunged|tumbles?|tumbled|slumps?|slumped|sinks?|sank|falls?|fell|drops?|dropped|crash(?:es|ed)?)|(?:loses?|lost|wip(?:es|ed)|erases?|erased|sheds?)\s[^.;]{0,30}?\bmarket (?:value|cap))\b|市值[^，。]{0,6}?(?:蒸发|蒸發|损失|損失|缩水|縮水)|抛售|拋售|株価(?:が)?(?:急落|暴落)|時価総額[^、。]{0,8}?(?:消失|減少)/i],
  // Becoming the most valuable company is an act of its own, however its rank is told: "overtakes Microsoft as the world's most
  // valuable company", "market value climbs to $3.34 trillion, the largest of any listed company", 市值全球最高, 時価総額で世界首位.
  ['rank', /\b(?:most valuable (?:listed |public |publicly traded )?(?:company|firm)|largest (?:of any )?(?:listed|public(?:ly traded)?) (?:company|firm)|(?:largest|biggest) (?:company )?by market (?:value|capitali[sz]ation|cap))\b|市值(?:全球|世界)?(?:最高|第一|居首)|(?:全球|世界)最有价值|時価総額(?:で)?世界(?:首位|1位|一位|トップ)/i],
  // A lawsuit settled, and a court's ruling on one, are acts of their own, not the suit filed: "settles its lawsuit with",
  // "a judge dismisses the suit", "a jury finds for", 和解, 判决, 棄却.
  ['settle', /\b(?:settl(?:es?|ed|ing)\s(?:(?:a|an|the|its|their)\s)?(?:[\w'’-]+\s){0,3}?(?:lawsuits?|suits?|cases?|dispute|claims?|litigation)|(?:lawsuits?|suits?|cases?|dispute|litigation)\s(?:[\w-]+\s){0,3}?(?:is|are|was|were)\s+settled)\b|和解/i],
  ['ruling', /\b(?:(?:(?:a|an|the|federal|district|appeals?|appellate|supreme|high|US|U\.S\.|state)\s+(?:court|judge)s?|judges?|jury|juries|tribunal)\b[^.;]{0,60}?\b(?:dismiss(?:es|ed)?|throws? out|threw out|toss(?:es|ed)|rul(?:es|ed|ing)|finds?|found|sides? with|sided with|orders?|ordered|grants?|granted|denies|denied|rejects?|rejected)|dismiss(?:es|ed|al of)\s(?:(?:a|an|the|its|their)\s)?(?:[\w'’-]+\s){0,3}?(?:lawsuit|suit|case|complaint)|verdict)\b|判决|判決|裁定|裁决|裁決|棄却/i],
  // Suing is an act of its own, whichever side an outlet puts first: "xAI sues OpenAI", "OpenAI is accused in a lawsuit filed
  // by xAI", "files a complaint against", "takes OpenAI to court", 起诉, 提告, 提訴, 訴訟を起こす (the suer is `plaintiffOf`'s); not a
  // lawsuit that is only the time or the setting of another act ("invests $4 billion amid an antitrust lawsuit").
  ['sue', /\b(?:sues?|sued|suing|countersu(?:es?|ed|ing)|(?<!\b(?:amid|despite|after|following|during|while|as|with|over)\s(?:(?:a|an|the|its|their)\s)?(?:[\w'’-]+\s){0,3})lawsuits?|(?:files?|filed|filing|brings?|brought|launch(?:es|ed)?|lodges?|lodged)\s(?:(?:a|an)\s)?(?:[\w-]+\s){0,2}?(?:suit|complaint)|(?:takes?|took|taking)\s(?:[\w'’-]+\s){1,3}?to court|legal action against)\b|起诉|起訴|诉讼|訴訟|提告|提訴|告上法庭|訴え(?:る|た|られ|[。、]|$)/i],
  // Turning a deal down is an act of its own, whatever the deal: "OpenAI rejects Amazon's investment proposal", "says no to", "passes on", 出資提案をはねつける;
  // so is a bidder "sent packing", or a board that "says no" at the end of its clause.
  ['reject', /\b(?:reject|refus(?:e|es|ed|ing)\b|rebuff|spurn|snub|shun|turn(?:s|ed|ing)? (?:(?:[A-Z][\w.-]*\s){1,3})?(?:down|away)|declin(?:e|es|ed|ing) (?:an?|the|its|\w+['’]s)\b|pass(?:es|ed)? on\b|wav(?:es|ed|ing) (?:off|away)\b|(?:gives?|gave) (?:\w+ )?the cold shoulder\b|turn(?:s|ed|ing)? (?:its|their) back on\b|says? no (?:thanks )?to\b|said no (?:thanks )?to\b|(?:says?|said) no(?=\s*(?:[.;]|$))|sen(?:ds?|t|ding) (?:\w+ )?packing\b|(?:says?|said) (?:thanks,? but )?no thanks\b|(?:tells?|told|telling) (?:[A-Z][\w.&-]*\s){1,3}(?:thanks,? but )?no(?: thanks)?\b|walk(?:s|ed)? away from\b|brush(?:es|ed)? (?:off|aside)\b|balk(?:s|ed)? at\b)\w*|(?:向|对|對)[^，。,]{0,12}?(?:说|說)不|拒绝|拒絕|婉拒|回绝|回絕|谢绝|謝絕|驳回|駁回|不接受|断った|断られ|断る|断わ|辞退|拒否|拒ん|拒む|袖に(?:する|した|し)|一蹴|蹴っ|蹴る|退け|(?:は|撥)ね(?:つけ|付け)|突っぱね|却下/i],
  // A price cut is an act of its own: "cuts the price of its models", "slashes prices", "cuts Qwen model prices" (what is priced between; not "drops on memory prices", a share price's fall), 値下げ, 降价.
  ['price cut', /\b(?:(?:cut|slash|lower|reduc|trim|drop)(?:s|es|ed|ing|ting)? (?:the |its |their )?(?:(?!(?:on|as|after|amid|while|with|from|despite)\b)[\w.-]+ ){0,3}?(?:prices?|rates|fees)\b|price (?:cuts?|reductions?)\b)|値下げ|価格(?:を)?引き下げ|降价|降價|(?:下调|下調|调低|調低)(?:了)?(?:价格|價格)|(?:价格|價格)(?:下调|下調)/i],
  // Talks are not the deal they may lead to: "is in talks to invest", "weighs a second investment", "nears a deal", "reopens talks", "resumes negotiations", 洽谈, 交渉
  // (not "weighs on shares", nor "eyes", as often a target as a wish).
  // A bid put in for work or for a company is an act of its own, however it is handed over: "lodges its offer for India's GIFT City
  // compute campus", "files its GIFT City proposal with MeitY", "submits a $5.2 billion bid", 提交投标, 入札 (not a lawsuit filed).
  ['bid', /\b(?:(?:lodges?|lodged|lodging|submits?|submitted|submitting|files?|filed|filing|tables?|tabled|places?|placed|puts? in)\s(?:(?:a|an|its|their)\s)?(?:[\w'’$.-]+\s){0,4}?(?:offer|bid|proposal|tender)s?)\b|(?:提交|递交|遞交)[^，。,]{0,12}(?:投标|投標|方案|报价|報價)|入札/i],
  // An export licence applied for and one granted are two acts of one licence: "AMD files licence applications to export the MI328",
  // AMD向美国商务部提交MI328对华出口许可申请, 輸出許可を申請; "Commerce clears Nvidia's B30A for approved Chinese customers", "BIS signs
  // off on AMD's MI328 shipments", 美国商务部批准…出口许可, 対中輸出を認める (one revoked is called off: `isCalledOff`).
  ['apply', /\b(?:appl(?:y|ies|ied|ying) for|files?|filed|filing|submits?|submitted|seeks?|sought|requests?|requested)\b[^.;]{0,40}?\blicen[cs]e|\blicen[cs]e applications?\b|(?:提交|递交|遞交|提出)[^，。]{0,20}?申[请請]|(?:许可|許可)申[请請]|許可を申請|申請を(?:提出|出)/i],
  ['licence', /\b(?:clears?|cleared|approves?|approved|grants?|granted|issues?|issued|signs? off on|signed off on|green-?lights?|green-?lit|authori[sz]es?|authori[sz]ed|permits?|permitted)\b(?=[^.;]{0,60}?\b(?:exports?|licen[cs]es?|sales?|shipments?|customers|buyers)\b)|\b(?:wins?|won|gets?|got|receives?|received|obtains?|obtained|secures?|secured)\s(?:[\w'’-]+\s){0,4}?(?:export\s)?licen[cs]es?\b|(?:批准|获批|獲批|核准|放行|获得|獲得|取得|发放|發放|颁发|頒發)[^，。]{0,20}?(?:出口|输出)?(?:许可|許可)|(?:批准|放行)[^，。]{0,20}?出口|輸出を(?:許可|認め|承認)|許可を(?:取得|付与|出し|与え)/i],
  ['talks', /\b(?:in (?:advanced |early |preliminary |late-stage |final |exclusive )?(?:talks|discussions|negotiations)|(?:holds?|held|(?:re-?)?opens?|(?:re-?)?opened|enters?|entered|resum(?:es?|ed)|restart(?:s|ed)?) (?:[\w-]+ )?(?:talks|negotiations)|negotiat(?:es|ed|ing)|(?:is|are|was|were) (?:considering|weighing|mulling|contemplating|exploring)|said to (?:be )?(?:consider|weigh|mull|contemplat|explor)\w*|mull(?:s|ed|ing)?|weigh(?:s|ing)?(?! (?:on|in|heavily|down))|nears? (?:an? |the )?(?:[\w$.-]+ ){0,3}?(?:deal|agreement|pact)|close to (?:an? |the )?(?:[\w$.-]+ ){0,3}?(?:deal|agreement|pact))\b|洽谈|洽談|商谈|商談|谈判|談判|磋商|交渉|協議中|検討(?:している|中)/i],
  // Going public is an act of its own, a company's once: "goes public on the Nasdaq", "shares start trading after its initial public
  // offering", "lists on the NYSE", 在纳斯达克挂牌上市, 首次公開發行, ナスダックに上場, 新規株式公開 (not a product 正式上市, on sale).
  ['list', /\b(?:go(?:es|ing)? public|went public|initial public offering|IPO|(?:lists?|listed|listing) (?:its shares |its stock )?on (?:the )?(?:Nasdaq|NYSE|New York Stock Exchange|stock market)|(?:shares|stock) (?:start(?:s|ed)?|begin(?:s)?|began|open(?:s|ed)?) trading|start(?:s|ed)? trading (?:in|on)\b|rings? the (?:opening |closing )?bell|(?:lists?|listed|listing|debuts?|debuted) (?:its shares |its stock )?(?:on|in) (?:the )?(?:Hong Kong|STAR Market|Shanghai|Shenzhen|Tokyo|Mumbai|National Stock Exchange|Bombay)|(?:stock[- ]market|trading|market|Nasdaq|NYSE|New York|Wall Street|exchange) debut)\b|首次公开发行|首次公開發行|挂牌|掛牌|登陆(?:港交所|科创板|纳斯达克|纽交所|美股|A股)|登陸(?:港交所|科創板|納斯達克|紐交所|美股)|(?:纳斯达克|納斯達克|那斯達克|纽交所|紐交所|交易所|港交所|美股)(?:挂牌|掛牌)?上市|株式公開|上場(?!企業|会社|株|廃止)/i],
  // Borrowing is an act of its own, not a deal with a party nor money put into one: "raises $30 billion in a bond sale",
  // "taps the debt market", "a $38 billion loan", 发债, 社債を発行 (not "pays down debt", "debt-free", a debt ratio).
  ['borrow', /\b(?:bonds?(?: sale| offering| issue| deal)?|debt (?:sale|offering|raise|financing|deal|market)s?|(?:notes|senior notes) (?:sale|offering)|loans?|borrow(?:s|ed|ing)?|credit (?:facility|line)|(?:sells?|sold|issues?|issued|prices?|priced) (?:\$[\d.,]+\s?(?:billion|bn|million|m|B|M)? (?:of |in )?)?(?:bonds|notes|debt))\b|发债|發債|(?:发行|發行)(?:了)?[^，。,]{0,8}?(?:债券|債券)|债券|債券|社債|借款|贷款|貸款|融資枠|借り入れ/i],
  // Put in customers' hands: "opens to every cloud tenant", "switch on for all EC2 account holders", "racks anyone can rent", "opened for general use", "goes live",
  // "leave preview", "go on general sale", "starts selling" (not "starts renting", which is a customer's deal).
  ['available', /\b(?:generally available|general availability|(?:available|open(?:s|ed|ing)?(?: up)?|switch(?:es|ed|ing)? on|turn(?:s|ed|ing)? on|go(?:es)? on sale|went on sale|ship(?:s|ped|ping)?|arriv(?:e|es|ed|ing)|reach(?:es|ed|ing)?|rolls? out) (?:\w+ ){0,2}?(?:to|for|in) (?:all|every|any)\b|reach(?:es|ed|ing)? (?:all|every|any)\b|(?:rentable|bookable|usable|purchasable|orderable) (?:to|by|for) (?:all|every|any)\b|(?:anyone|any customer|everyone|(?:all )?(?:customers|users|developers|clients)|(?:any|every) (?:paying )?(?:account|customer|user|developer|client|tenant)(?: holder)?) can (?:now )?(?:rent|buy|use|order|book|spin (?:it |them )?up|launch)\b|(?:exit(?:s|ed|ing)?|leav(?:e|es|ing)|left|come(?:s)? out of|came out of) (?:its |the )?(?:preview|beta)\b|out of (?:preview|beta)\b|(?:ship(?:s|ped|ping)?|sell(?:s|ing)?|deliver(?:s|ed|ing)?) to paying (?:customers|users|clients)\b|(?:go(?:es)?|went|going) on (?:general |wide |public )?sale\b|(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began) (?:selling|shipping)\b|becom(?:e|es|ing) (?:generally |widely |broadly )?available\b|(?:widely|broadly) available\b|(?:goes|went|reach(?:es|ed)?|hits?) GA\b|(?:open(?:s|ed|ing)?(?: up)?|available|released?) (?:for|to) general use\b|(?:go(?:es)?|went|going) live\b)|全面上市|正式上市|全面开放|全面開放|全面可用|正式可用|正式商用|全面商用|一般提供|提供(?:を)?開始|一般利用可能|(?:誰|だれ)でも(?:利用|使用|購入|レンタル|使え|借り)|(?:すべて|全て)の(?:顧客|利用者|ユーザー|お客様)(?:が|に|で)|(?:販売|提供|出荷|受注)(?:が|を)?(?:スタート|開始|始ま)|利用可能に(?:なる|なった|なり)?|开售|開售|开卖|開賣|(?:全面|正式)(?:对外|對外)?供[货貨]|(?:向|对|對)所有(?:客户|客戶|用户|用戶)开放|所有(?:客户|客戶|用户|用戶)(?:均|都)可/i],
  // A facility put to work: "the supercomputer is switched on", "the cluster starts running workloads", "begins its first
  // training runs", "comes online", "brings a second site online", "activates", 投入运行, 正式启用, 本格稼働, 稼働を始める (not a chip made available to customers, the row above).
  ['online', /\b(?:(?:is|are|was|were|gets?|got)\s+(?:switched|turned)\s+on|activat(?:es|ed|ing)|switch(?:es|ed)?\s+on|turn(?:s|ed)?\s+on|comes?\s+online|came\s+online|br(?:ings?|inging|ought)\s(?:[\w'’-]+\s){0,5}?online|goes\s+into\s+(?:operation|service)|went\s+into\s+(?:operation|service)|enter(?:s|ed)?\s+(?:operation|service)|(?:starts?|started|begins?|began)\s+(?:operating|(?:running|crunching|processing|serving)\b(?:\s+[\w-]+){0,2}?\s+(?:jobs|workloads|runs|models)|running|(?:its\s+|their\s+)?(?:first\s+)?(?:training\s+)?(?:runs|jobs|workloads|operations?)))\b|投入(?:运行|運行|使用)|正式(?:启用|啟用|运行|運行)|(?:本格)?稼働(?!率)|運用(?:を(?:始め|開始)|開始)|(?<=(?:超算|超级计算机|超級電腦|集群|叢集|数据中心|數據中心|資料中心|算力中心|园区|園區)[^，。,]{0,6})(?:正式)?上[线線]/i],
  // Told before it exists: "previews its next training chip", "a successor is pencilled in", "engineers hint at a follow-on", "a design makes a cameo",
  // "due late next year", a roadmap laid out (华为公布昇腾AI芯片未来三年路线图).
  ['announce', /\b(?:preview|teas(?:e|es|ed|ing)\b|hint(?:s|ed|ing)? at\b|pencil(?:s|led|ed)? in\b|successor\b|follow-on\b|next[- ]generation\b|due (?:(?:in|by|for) (?:late|early|mid)?|(?:late|early|mid)[- ]|next\b)|(?:promised|slated|scheduled|set|expected|due) (?:for|to arrive|to ship|by|in) (?:late|early|mid|next|the end of|the start of|20\d\d)\b|in the works\b|on the roadmap\b|(?:unveils?|publish(?:es)?|lays? out|sets? out|shares?) (?:\w+ ){0,4}?roadmap\b|(?:an? )?(?:first|early) look at\b|sneak peek\b|(?:makes?|made|making) (?:an?|its) (?:brief |first )?cameo\b)\w*|预告|預告|予告|预览|預覽|路线图|路線圖|ロードマップ|下一代|次世代|後継|(?:開発|研究開発|研发|研發)(?:を|中であることを|の)?(?:公表|発表|表明|明らかに)|(?:投入|発売|提供|出荷|リリース)(?:を|の)?予定|20\d\d年(?:末|内|中|後半|前半|度中?)(?:の|に|まで)?(?:投入|発売|提供|出荷|リリース)|(?:将|將|计划|計劃|预计|預計)(?:于|於|在)?20\d\d年(?:底|末|内|內)(?:推出|发布|發布|上市)/i],
  // 発表 unveils a product named before it (チップを発表, プロセッサーを発表, Trainium2を発表, 「Maia 100」を公開), where after results
  // (決算を発表) it only tells them, and so does a new version (新版を発表, 新モデルを発表); 披露 unveils whatever it shows (第2世代のチップを披露). So 发布 and 發表 unveil, but not a
  // report (百度发布第三季度财报 tells its results). A model open-sourced is released: "open-sources R1", 开源R1模型 (not an
  // open-source model named, 开源模型). "makes Llama 4 Scout and Llama 4 Maverick available" puts several on offer.
  // (Not the money a company says it raised: "Waymo unveils its $12 billion raise" tells a funding round.)
  ['launch', /\b(?:launch|unveil|introduc|releas|debut|ship|roll(?:s|ed)? out|mak(?:e|es) (?:[\w.-]+ ){0,8}?available|show(?:s|ed|ing)? off|(?:takes?|pulls?|took|pulled) the wraps off|open[- ]sourc(?:es|ed|ing)\b)\w*(?![^.;]{0,30}?[$€£¥]\s?\d[^.;]{0,25}?\b(?:raise|round|funding|fundraise|financing)\b)|推出|(?:发布|發布|發表)(?![^，。,]{0,8}?(?:财报|財報|业绩|業績|季报|季報|年报|年報|营收|營收))|(?:开源|開源)(?!模型|大模型|的|社区|社區|生态|生態|项目|項目|软件|軟件)|亮相|首发|首發|発売|リリース|(?:チップ|半導体|プロセッサー?|アクセラレーター?|サーバー?|GPU|TPU|CPU|新版|最新版|新モデル|新製品|新型|新バージョン)を(?:正式に)?発表|(?:モデル|製品|チップ|プロセッサー?|新型)を(?:市場に)?投入(?!する予定|を予定|予定|へ|の予定)|(?:(?<![A-Za-z])(?!IPO)[A-Z][A-Za-z0-9.-]*|」|』)を(?:正式に)?(?:発表|公開|披露)|を披露/i],
  // Selling a stake is an act of its own, not money put in: "sells its entire Nvidia stake", "offloads all of its Nvidia shares",
  // "cashes out of", "exits its Arm position", "sells out of", a stake "is to be sold to Silver Lake", 出售…股份, 清仓, 減持, 株を売却 (not bonds sold, borrowing).
  ['divest', /\b(?:(?:sells?|selling|sold|offloads?|offloaded|unloads?|unloaded|dumps?|dumped|divests?|divested|exits?|exited|exiting)\s(?:[\w$.,-]+\s){0,6}?(?:stake|shares|holding|position)s?|(?:stake|shares|holding|position)s?\b[^.;]{0,60}?\b(?:is|are|was|were|to be|will be)\s+sold|cash(?:es|ed)? out of|(?:sells?|sold|selling) out of|divest(?:s|ed|ment) (?:of|from))\b|(?:出售|抛售|拋售)[^，。、]{0,10}?(?:股份|股票|持股|股权|股權)|清仓|清倉|减持|減持|株(?:式)?を(?:全株|全て|すべて)?売却|株の(?:全株|全部|一部)?売却|全株(?:を)?売却|持ち株[^、。]{0,6}売却/i],
  // A cheque or an injection of money is an investment, however worded; so is a bet placed on a company (押注, 下注), and
  // money paid out again (再掏40亿美元), and shares subscribed for (以每股23.28美元認購英特爾普通股).
  // Buying into a company takes a stake in it: "buys into the model builder" invests, it does not acquire; "doubles its bet on the lab", "boosts its Anthropic bet" invest more.
  // A commitment *with* a party is an agreement with it ("a compute commitment with the database company"), not money put into
  // it; one "with another $4 billion" is still money put in.
  ['invest', /\b(?:invest(?!or)|fund|stake|commit(?!\w*\s+with\s+(?!(?:another|an additional|a further|an extra|more|fresh)\b|[$€£¥\d]))|(?:its|their|an?|the) (?:[\w-]+ )?bets? on\b|(?:its|their) (?:[\w-]+ )?bets?\b|rais(?!(?:es|ed|ing)?\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:goals?|targets?|forecasts?|guidance|outlook|estimates?|views?|prices?)\b)|back(?:s|ed|ing)\b|pour|tranche|top(?:s|ped|ping)? up\b|adds? (?:another|a further|an additional)\b|puts? (?:another|a further|an additional)\b|cheques?\b|(?:an?|the|its|opening|first|initial|second|another) checks?\b|injection|infusion|bankroll|wager|buy(?:s|ing)? into\b|bought into\b|(?:minority |majority )?position in\b|doubl(?:es|ed|ing) down on\b|instal+ments?\b)\w*|投资(?![者人])|投資(?![者家])|注资|注資|入股|认购|認購|出资|出資|押注|下注|押宝|押寶|(?:再|又|另)掏(?:出)?/i],
  // 取得 buys a business, a plant or shares, or buys for a sum (ロボット部門を約8000億円で取得へ), not a permit or data obtained (許可を取得).
  // A bid for a company named after it is an offer to buy it: "Wistron bids for Sentai Technology" (not for a campus: "bids for India's GIFT City campus").
  ['acquire', /\b(?:acquir|buy|bought|merg|takeover)\w*|\bbid(?:s|ding)? for\s(?=(?:[A-Z][\w.&-]*\s?){1,3}(?:[.,;]|$))|(?:[円ドル]で|(?:事業|部門|株式?|工場|土地|建物|子会社|会社)を)取得|收购|收購|并购|併購|买下|買下|買収|子会社化/i],
  // Striking, sealing, landing, winning, lining up or booking a deal is making one: "lands a seven-year deal with ChatGPT's developer", "books a multiyear compute order with", "lines up a compute order from",
  // "has booked a capacity purchase by".
  // So is an order or a purchase from a party, in Chinese and Japanese as in English ("wins a compute order"): 与芯片商敲定大额采购,
  // 就合作關係達成新條款 (new terms reached), 向供应商订购算力, 台湾厂商拿下服务器大单, 拿下OpenAI一笔规模空前的长期算力订单, 半導体を発注 (never 采购额 or 采购成本, what purchases cost).
  // And supplying a party: OpenAIにMI450を供給へ, 宣布供應韓國逾26萬顆GPU (not a supply chain, 供应链, nor a supplier, 供应商).
  // Picking a party's product to run one's own is a deal with it: "Apple picks Google's Gemini models to power Siri", "selects AWS as its
  // primary cloud provider".
  // Winning a party as a customer is a deal with it: "Google Cloud wins the Facebook parent as a customer", "lands OpenAI as a client";
  // so is an agreement in Japanese (建設に合意; a purchase or an investment agreed, 買収で合意, is the rows' above), and working
  // together, hand in hand: 与苹果合作, 攜手OpenAI, トヨタ、NTTと組み, 共同開発.
  ['partner', /\b(?:partner|sign|agree|team(?:s|ed)? up|alliance|collaborat|co-(?:design|develop)|joint venture|ink(?:s|ed|ing)?\b|pacts?\b|(?:wins?|won|winning|lands?|landed|landing|secures?|secured|securing|adds?|added|adding|signs? up|signed up)\s(?:[\w'’.-]+\s){1,5}?as\s(?:an?\s|its\s|their\s)?(?:new\s|major\s|anchor\s|big\s|first\s)?(?:cloud\s)?(?:customer|client|tenant)s?\b|(?:picks?|picked|picking|chooses?|chose|chosen|choosing|selects?|selected|selecting)\s(?:[\w'’.-]+\s){1,5}?(?:to (?:power|run|underpin|supply)|as (?:its|the|a) (?:[\w-]+\s)?(?:supplier|partner|provider))\b|(?:strik(?:e|es|ing)|struck|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|land(?:s|ed|ing)?|wins?|won|book(?:s|ed|ing)?|lin(?:e|es|ed|ing) up) (?:an?|the|its) (?:[\w$.,-]+ ){0,4}?(?:deal|contract|agreement|pact|order|purchase|lease)s?\b|commit(?=\w*\s+with\s+(?!(?:another|an additional|a further|an extra|more|fresh)\b|[$€£¥\d])))\w*|签署|簽署|签约|簽約|签下|簽下|签订|簽訂|(?:达成|達成)[^，。,]{0,8}?(?:协议|協議|条款|條款|协定|協定|共识|共識)|提携|締結|契約|合意|合作|合弁|合资|合資|牵手|牽手|携手|攜手|联手|聯手|结盟|結盟|手を組|と組[みむんまめ]|共同開発|(?:敲定|谈妥|談妥|拿下|赢得|贏得)[^，。,]{0,20}?(?:合同|合約|协议|協議|订单|訂單|采购|採購|大单|大單)|(?:采购|採購|订购|訂購|下单|下單)(?!额|額|量|成本|价格|價格)|(?:発注|調達契約|購入契約)|を供給|供給(?:へ|する|契約)|(?:供应|供應|供货|供貨)(?!链|鏈|商|紧|緊|短缺|不足|端|侧|側|能力|量)/i],
  // Opening an office is an act of its own, where no other act is told: "opens its first Asia-Pacific office, in Tokyo", 東京オフィスを開設,
  // 在东京设立办公室 (not a facility built: a data centre is no office); so is siting a headquarters: "picks Taipei for its new
  // headquarters", 台灣新總部落腳北投士林, 海外總部選址台北.
  ['office', /\b(?:open(?:s|ed|ing)?\s(?:[\w'’-]+\s){0,4}?(?:office|offices)|(?:picks?|picked|chooses?|chose|selects?|selected)\s(?:[\w'’-]+\s){0,4}?(?:for|as)\s(?:its|the)\s(?:new\s|overseas\s|regional\s)?(?:headquarters|HQ))\b|(?:總部|总部|本社)[^，。、]{0,20}?(?:落腳|落脚|選址|选址|定址)|(?:オフィス|事務所)を(?:開設|開く|開い|設立)|(?:开设|開設|设立|設立|开设了|設立了)[^，。、]{0,8}?(?:办公室|辦公室|办事处|辦事處)/i],
  // So is entering an arrangement, an accord or a lease with a party, where no other act is told: "commits to a multiyear compute arrangement
  // with the cloud's owner", "a compute lease with AWS"; and so is supplying a party: "to supply Microsoft's data centres" (not a supply chain).
  ['partner', /\b(?:arrangement|accord|lease)s? with\b|\b(?:to|will) supply\b(?!\s+chains?\b)/i],
];
/**
 * An act told as to come: "plans an $18 billion bond sale", "intends to list", "prepares a raise", "agrees to buy" (a purchase
 * agreed is yet to close), 计划发行, 拟收购, 社債発行を計画, 上場を予定 (not a spending "plan" named as a noun, "lifts its capex plan").
 */
const PLANNED = /\b(?:plans?|planning|intends?|intending|prepares?|preparing|proposes?|gears? up)\s+(?:to|an?|the|its|for)\b|\bagree(?:s|d)? to (?:buy|acquire|purchase|take over)\b|(?:计划|計劃|計畫|(?<![模虚虛])(?:拟|擬)|准备|準備|打算)(?!书|書|金|[”」』])|を?(?:計画|予定)(?:する|している|した|中|へ|。|$)/i;
/** An act told as done: "completes its bond sale", "finalises the purchase", 完成发行, 発行を完了 (not a year "wrapped up", its results). */
const COMPLETED = /\b(?:complet(?:es|ed|ing)|finali[sz](?:es|ed|ing))\b|完成|完了|終えた|終了した/i;
/**
 * Whether an entry tells its act as planned or as done, or neither: "Oracle plans a bond sale" and "Oracle completes its
 * bond sale" are two events of one month, the plan and what came of it; an entry that says neither may be either.
 */
export function stageOf(text: string): 'planned' | 'done' | null {
  const planned = PLANNED.test(text);
  const done = COMPLETED.test(text);
  return planned === done ? null : planned ? 'planned' : 'done';
}

/** Money put into a company for a share of it: "invests in", "takes a stake", "backs", 入股, 出資 (not "investors"). */
const EQUITY = /\b(?:invest(?!or)\w*|stakes?|backs|backed|backing|funding round)\b|入股|出资|出資|(?:投资|投資)(?![者人家])/i;
/** Working together, which puts no money in: "expand their partnership", "partner to co-develop", "team up", 提携, 合作. */
const COOPERATION = /\b(?:partner(?:s|ed|ing|ships?)?|team(?:s|ed|ing)? up|alliance|collaborat\w*|co-develop\w*|co-design\w*)\b|提携|合作|協業|携手|攜手|联手|聯手|结盟|結盟|共同開発|と組[みむんまめ]/i;
/**
 * The kind of tie between two companies an entry tells: money put in for a stake ('equity') or working together
 * ('cooperation'), null where it tells neither or both ("invests $4 billion and deepens its partnership").
 */
export function tieOf(text: string): 'equity' | 'cooperation' | null {
  const equity = EQUITY.test(text);
  const cooperation = COOPERATION.test(text);
  return equity === cooperation ? null : equity ? 'equity' : 'cooperation';
}

/**
 * Words before a running total: "bringing its total to", "taking its stake to", "for a total of", "brings its exposure to the
 * start-up to", "ups its Anthropic investment to", "boosts its Anthropic bet to", "its total commitment reaches" (an investment "of" a sum is the sum itself).
 */
const RUNNING_TOTAL = /\b(?:(?:total|stake|holding|exposure)\s+(?:[\w-]+\s+){0,5}?(?:to|of)|(?:stake|holding|exposure|investment|commitment|position|bet)\s+(?:[\w-]+\s+){0,5}?(?:to|reach(?:es|ed|ing)?|hits?))\s+$/i;
/**
 * The same in Chinese and Japanese: 出資を80億ドルに倍増 (its stake raised to a sum), 投资总额增至80亿美元 or 投資總額擴大至1650億美元
 * (its total investment brought to a sum) — never 营收增至376亿美元, where the sum is the result itself.
 */
const RUNNING_TOTAL_JA_BEFORE = /(?:出資|投資|持ち分)(?:額|総額)?を\s*$/u;
const RUNNING_TOTAL_ZH_BEFORE = /(?:总额|總額|累计|累計|持股|投资额|投資額)[^，。,]{0,4}(?:增至|增加至|提高至|提升至|达到|達到|升至|增加到|提高到|扩大至|擴大至|扩大到|擴大到|扩增至|擴增至|拉高至|上调至|上調至)\s*$/u;
/** 累計80億ドルに, 累计投资80亿美元: a sum said to be cumulative, right after the word, is what has built up. */
const CUMULATIVE_BEFORE = /(?:累计|累計)[^，。,、\d]{0,4}$/u;
const runningTotalCjk = (text: string, start: number, end: number) =>
  (RUNNING_TOTAL_JA_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^\s*に/u.test(text.slice(end))) ||
  RUNNING_TOTAL_ZH_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
  CUMULATIVE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
/**
 * A sum that is a company's worth: "valued at", "values it at", "valuing the business at", "is now worth" (not "a deal worth"), "a valuation of", "a valuation above",
 * "at a $183 billion valuation", "market value tops $4 trillion", 估值, 評価額, and its worth on the market: 市值站上4兆美元, 時価総額が4兆ドルに.
 */
const VALUATION_BEFORE = /(?:\b(?:valu(?:ed|es|ing)(?: [\w-]+){0,2}? at|(?:valuations?|market (?:value|capitali[sz]ation|cap))(?: (?:of|to|above|over|north of|exceeding|topping))?|(?:valuation|market (?:value|capitali[sz]ation|cap)) (?:[\w-]+ ){0,3}?(?:to|reach(?:es|ed)?|hits?|tops?)|(?:is|are|was|now) worth)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|above|at least|up to)\s+)?|(?:估值|估值为|估值達|估值达|評価額|市值|市値|時価総額|市場価値|市场价值|市場價值)[^，。,\d]{0,4})$/iu;
const VALUATION_AFTER = /^\s*(?:post-money |pre-money )?valuation\b|^\s*的?估值/iu;
/** Whether the sum at [start, end) of `text` is a company's worth: a sum of its own kind, compared only with other valuations. */
export const isValuation = (text: string, start: number, end: number): boolean => VALUATION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || VALUATION_AFTER.test(text.slice(end, end + 24));

/**
 * A verb of passing a mark before a figure: "revenue tops $15 billion", "crosses $4tn", "breaks through 30%", 超え after
 * it — the figure is a floor the outlet rounded down to, so "$15.2 billion in sales" is the same result. (Chinese 突破,
 * 超过 and 逾 before a figure are bound words `findValues` reads already.)
 */
const PASSED_BEFORE = /(?:\b(?:tops?|topped|topping|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|break(?:s|ing)?(?: through)?|broke(?: through)?|clears?|cleared|eclips(?:es|ed|ing))\s+(?:the\s+)?)$/i;
const PASSED_AFTER = /^\s*(?:を)?(?:超え|突破)/u;
/** Whether the figure at [start, end) of `text` is a mark passed, a floor: "tops $15 billion", 400億ドルを突破. */
export const isMarkPassed = (text: string, start: number, end: number): boolean => PASSED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || PASSED_AFTER.test(text.slice(end, end + 6));

/**
 * Words after a sum put in that make it one investor's part of a round, not the round: "pours up to $30bn into the ChatGPT
 * maker's new funding round", "puts $10 billion into the round", "commits $2 billion as its share of"; and 领投 before it,
 * 软银领投300亿美元. Money raised in a round ("raises $40 billion in a funding round") is the round's own.
 */
const PUT_IN_BEFORE = /\b(?:pour|put|invest|commit|contribut|inject|plough|plow|pump|sink|sank|sunk|provid|chip(?:s|ped|ping)? in|add)\w*\b[^.;]{0,30}$/i;
const SHARE_OF_ROUND_AFTER = /^\s+(?:(?:in|into|to|towards?|of)\s+(?:(?:the|its|this|that|a)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:funding|fundraising|financing|equity|investment)?\s*round|(?:as\s+(?:its\s+|the\s+)?(?:share|part|portion)\s+of))\b/i;
const SHARE_OF_ROUND_BEFORE = /(?:领投|領投|リード投資家として)\s*$/u;
/** Whether the sum at [start, end) of `text` is an investor's part of a funding round, which a round's total may hold. */
export const isShareOfRound = (text: string, start: number, end: number): boolean =>
  (SHARE_OF_ROUND_AFTER.test(text.slice(end, end + 80)) && PUT_IN_BEFORE.test(text.slice(Math.max(0, start - 50), start))) || SHARE_OF_ROUND_BEFORE.test(text.slice(Math.max(0, start - 8), start));

/**
 * A price of one unit, not the event's sum: "$3,000 per work", "$23.28 a share", "$20 per seat"; 以每股23.28美元, 1株あたり
 * 1500円 (not a rate of a year or a month, "$10 billion a year", which sizes a deal).
 */
const PER_UNIT_AFTER = /^\s*(?:per|a|each|for each)\s+(?!year|annum|month|quarter|week|day|decade)(?:[\w-]+\s+)?(?:share|work|book|title|seat|user|employee|worker|author|claimant|unit|chip|GPU|token|hour|article|song|image|ounce|ton|tonne|barrel|kilowatt|megawatt|MWh|kWh)s?\b/i;
/**
 * A price a month or a year of a plan, hyphenated before what it buys: "a $300-a-month 'Heavy' subscription tier", "its $20-per-month
 * plan" (a sum "a year" alone stays a sum: "$3 billion a year").
 */
const PRICE_OF_PLAN = /^-(?:a|per)-(?:month|year)\s+(?:['‘’"“”\w-]+\s+){0,2}?(?:subscriptions?|plans?|tiers?|memberships?|services?|options?)\b/i;
const PER_UNIT_BEFORE = /(?:每(?:股|份|本|部|位|人|件|颗|顆|张|張|篇)|1株(?:あたり|当たり)?)\s*$/u;
/** Whether the sum at [start, end) of `text` is the price of one unit (a share, a work): no sum of the event. */
export const isPerUnit = (text: string, start: number, end: number): boolean => PER_UNIT_AFTER.test(text.slice(end, end + 40)) || PRICE_OF_PLAN.test(text.slice(end, end + 40)) || PER_UNIT_BEFORE.test(text.slice(Math.max(0, start - 8), start));

/** What a charge is called after its sum: "a $4.5bn hit from export curbs", "a $2 billion charge", "a $1bn write-down". */
const CHARGE_AFTER = /^\s*(?:[\w-]+\s+)?(?:hit|charge|write-?down|writedown|write-?off|impairment)s?\b/i;
/**
 * Whether the sum at [start, end) of `text` is a charge the event's figures bear, not its sum: "tops quarterly forecasts despite
 * a $4.5bn hit from US export curbs" is the quarter's results, whatever its sales were.
 */
export const isCharge = (text: string, start: number, end: number): boolean => CHARGE_AFTER.test(text.slice(end, end + 30)) && !/\b(?:takes?|took|books?|booked|records?|recorded)\s+(?:an?\s+)?$/i.test(text.slice(Math.max(0, start - 16), start));

/** Whether the sum at [start, end) of `text` is a running total, not the sum the event is about. */
export const isRunningTotal = (text: string, start: number, end: number): boolean => RUNNING_TOTAL.test(text.slice(Math.max(0, start - 60), start)) || runningTotalCjk(text, start, end);

/** Where a clause that tells why or when begins: "… after neighbours object", "… as costs climb", "… amid protests". */
const REASON_CLAUSE = /\s(?:after|as|because|amid|following|when|while|once)\s/i;

/**
 * A request, bid or plan said to be pulled or withdrawn, in the passive: "Alphabet's rezoning request on Indianapolis's
 * south-east side is pulled", "the application was withdrawn" (not "pulled ahead", "pulled in $5 billion").
 */
const PULLED = /\b(?:request|application|bid|proposal|plan|petition|filing)s?\b[^.;]{0,60}?\b(?:is|are|was|were|gets?|got|has been|have been)\s+(?:quietly\s+)?(?:pulled|withdrawn)\b(?!\s+(?:ahead|in|forward|up)\b)/i;

/** A licence revoked, pulled or withdrawn calls it off: "Commerce withdraws the B30A licences it granted", "BIS pulls the B30A licences". */
const LICENCE_REVOKED = /\b(?:revok|rescind|pull|withdr[ae]w|cancel|suspend)\w*\s(?:[\w'’-]+\s){0,4}?(?:export\s)?licen[cs]es?\b|\blicen[cs]es?\s(?:is|are|was|were|gets?|got|has been|have been)\s(?:revoked|rescinded|pulled|withdrawn|cancell?ed|suspended)\b/i;

/**
 * A company that walks away from a facility of its own plans calls it off: "Facebook's parent walks away from a $1.2 billion
 * data center planned east of Dallas" (not another company's money or offer: "walks away from Amazon's $50 billion").
 */
const WALKS_AWAY = /\bwalk(?:s|ed|ing)? away from (?:a|an|its|the|their|plans? for (?:a|an|its|the))\s+(?:(?:[^.;,]|\.(?=\d)){0,40}?\s)?(?:data[- ]cent(?:er|re)|campus|project|site|facility|build|expansion|plant)s?\b/i;

/**
 * Whether an entry calls something off: in its last words, or in its main clause before a clause that
 * tells why or when ("Google scraps plans for an Indiana campus after neighbours object" is called off,
 * though its last words are the neighbours'), or a request it tells of is pulled.
 */
export function isCalledOff(text: string): boolean {
  const reason = REASON_CLAUSE.exec(text);
  return callsOff(text) || (reason !== null && callsOff(text.slice(0, reason.index))) || PULLED.test(text) || WALKS_AWAY.test(text) || LICENCE_REVOKED.test(text);
}
