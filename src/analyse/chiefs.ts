/**
 * The people who stand for a company in the news — its chief executive or founder — so that
 * "Sam Altman's company" or "Jeff Bezos's firm" is read as the company. A table beside the
 * entity model (vocabulary.ts), one row a person, companies named as the entity model names them.
 * Only names that point to one company are listed: "Elon Musk's company" could be three.
 */

export interface Chief {
  /** The full name as written, matched case-sensitively as a whole word. */
  name: string;
  /** The surname alone, where it names no one else in this news (Altman, Bezos); absent where it does (Cook, a county's name too; Tan). */
  surname?: string;
  /** The company they stand for, as `ENTITIES` names it. */
  company: string;
}

export const CHIEFS: Chief[] = [
  { name: 'Sam Altman', surname: 'Altman', company: 'OpenAI' },
  { name: 'Jeff Bezos', surname: 'Bezos', company: 'Amazon' },
  { name: 'Andy Jassy', surname: 'Jassy', company: 'Amazon' },
  { name: 'Matt Garman', surname: 'Garman', company: 'AWS' },
  { name: 'Adam Selipsky', surname: 'Selipsky', company: 'AWS' },
  { name: 'Satya Nadella', surname: 'Nadella', company: 'Microsoft' },
  { name: 'Sundar Pichai', surname: 'Pichai', company: 'Google' },
  { name: 'Thomas Kurian', surname: 'Kurian', company: 'Google Cloud' },
  { name: 'Jensen Huang', surname: 'Huang', company: 'NVIDIA' },
  { name: 'Dario Amodei', surname: 'Amodei', company: 'Anthropic' },
  { name: 'Safra Catz', surname: 'Catz', company: 'Oracle' },
  { name: 'Larry Ellison', surname: 'Ellison', company: 'Oracle' },
  { name: 'Mark Zuckerberg', surname: 'Zuckerberg', company: 'Meta' },
  { name: 'Lisa Su', surname: 'Su', company: 'AMD' },
  { name: 'Tim Cook', company: 'Apple' },
  { name: 'Arvind Krishna', company: 'IBM' },
  { name: 'Hock Tan', company: 'Broadcom' },
  { name: 'Masayoshi Son', surname: 'Son', company: 'SoftBank' },
  { name: 'Michael Dell', company: 'Dell' },
  { name: 'Jeff Clarke', company: 'Dell' },
  { name: 'Charles Liang', company: 'Super Micro' },
  { name: 'Antonio Neri', surname: 'Neri', company: 'HPE' },
  { name: 'Lip-Bu Tan', company: 'Intel' },
  { name: 'Marc Benioff', surname: 'Benioff', company: 'Salesforce' },
  { name: 'Arthur Mensch', company: 'Mistral' },
  { name: 'Michael Intrator', surname: 'Intrator', company: 'CoreWeave' },
  { name: 'Aravind Srinivas', company: 'Perplexity' },
  { name: 'Liang Wenfeng', company: 'DeepSeek' },
  { name: 'Eddie Wu', company: 'Alibaba' },
  // Founders stand for their companies as long as they are in the news: "Jack Ma's company" is Alibaba (Ma alone could be Pony Ma's Tencent).
  { name: 'Jack Ma', company: 'Alibaba' },
  { name: 'Joe Tsai', company: 'Alibaba' },
  { name: 'Robin Li', company: 'Baidu' },
  { name: 'Ren Zhengfei', company: 'Huawei' },
  { name: 'Pony Ma', company: 'Tencent' },
  { name: 'Demis Hassabis', surname: 'Hassabis', company: 'DeepMind' },  // Intel's interim co-chief executives of December 2024, its finance chief and its products chief (a former chief, named as
  // the one replaced, is not listed: "chosen to lead the struggling chipmaker, replacing Pat Gelsinger" names its company by its title).
  { name: 'David Zinsner', surname: 'Zinsner', company: 'Intel' },
  { name: 'Michelle Johnston Holthaus', company: 'Intel' },
];

/** The company each chief stands for, by full name and by surname where that names no one else. */
export const COMPANY_OF_CHIEF = new Map(CHIEFS.flatMap((chief) => [[chief.name, chief.company] as const, ...(chief.surname ? [[chief.surname, chief.company] as const] : [])]));

/** A chief or founder of several companies in this news, each named by its kind: "Elon Musk's AI company" is xAI. */
export interface ChiefOfSeveral {
  /** The full name, and the surname alone where it names no one else in this news. */
  name: string;
  surname?: string;
  /** The name in Chinese and Japanese, as outlets spell it. */
  cjk: string[];
  /** Each company, with the kinds it is called by in English and in Chinese or Japanese, as pattern sources. */
  companies: { company: string; kinds: string; cjkKinds: string }[];
}

/**
 * Chiefs whose name alone could be several companies, but whose name with a kind of company is one: "Musk's AI company"
 * and 马斯克旗下人工智能公司 are xAI, "Musk's carmaker" is Tesla ("Musk's company" stays no one).
 */
export const CHIEFS_OF_SEVERAL: ChiefOfSeveral[] = [
  {
    name: 'Elon Musk',
    surname: 'Musk',
    cjk: ['马斯克', '馬斯克', 'マスク(?:氏)?'],
    companies: [
      { company: 'xAI', kinds: '(?:AI|artificial[- ]intelligence) (?:company|firm|start-?up|lab|venture|outfit|developer)', cjkKinds: '(?:人工智能|AI)\\s?(?:公司|企业|企業|初创公司|初創公司|新创公司|新創公司|实验室|實驗室)|(?:AI|人工知能)\\s?(?:企業|会社|新興企業|スタートアップ)' },
      { company: 'Tesla', kinds: '(?:car ?maker|automaker|electric[- ](?:car|vehicle) (?:maker|company|firm))', cjkKinds: '(?:电动车|電動車|汽车|汽車)(?:公司|企业|企業|厂商|廠商)|(?:EV|電気自動車)(?:メーカー|企業|会社)' },
    ],
  },
];
