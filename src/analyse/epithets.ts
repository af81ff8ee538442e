/**
 * The names the news gives a company instead of its own, as the entity model reads them:
 * by what it is ("the e-commerce giant"), by a brand of its ("the Kindle maker" is Amazon,
 * "the ChatGPT developer" OpenAI), by its home town ("Redmond", "the Mountain View company",
 * "the Seattle cloud"). Each is how any
 * outlet may write it; a name that could be two companies ("the San Francisco lab", "the
 * chipmaker") is not listed. Companies are named as `ENTITIES` names them.
 */

/** What a company is, where that names one: "the e-commerce giant", "the search giant". */
const DESCRIPTIONS: Record<string, string[]> = {
  // What it began as or sells: "the online bookseller", "the everything store".
  Amazon: ['the (?:e-?commerce|online retail) (?:giant|group)', 'the (?:e-?commerce|online|internet|web) (?:retailer|merchant|store|shop)', 'the e-?tailer', 'the (?:online |internet |e-)?bookseller', 'the everything store'],
  Google: ['the Google parent', 'the search giant'],
  // "The GPU giant": Nvidia in this news ("the chipmaker" or "the GPU maker" could be AMD, and are not listed).
  NVIDIA: ['the GPU (?:giant|king|leader|powerhouse)'],
  Oracle: ['the database (?:giant|maker|company|group|titan)'],
};

/** Brands a company is known by, as patterns. */
const BRANDS: Record<string, string[]> = {
  Amazon: ['Kindle', 'Alexa', 'Echo', 'Prime Video'],
  Microsoft: ['Windows', 'Office', 'Xbox', 'Bing', 'Outlook', 'Copilot'],
  Google: ['Android', 'YouTube', 'Chrome', 'Gmail', 'Pixel', 'Gemini'],
  Apple: ['iPhone', 'iPad', 'Mac', 'Macintosh'],
  Meta: ['Instagram', 'WhatsApp', 'Facebook'],
  OpenAI: ['ChatGPT', 'GPT(?:-\\d+o?)?', 'Sora', 'DALL-E'],
  Anthropic: ['Claude'],
  NVIDIA: ['GeForce', 'CUDA'],
  ByteDance: ['TikTok', 'Douyin'],
  Tencent: ['WeChat'],
};

/** What a brand's company is called after the brand: "the Kindle maker", "the ChatGPT owner", "the Copilot vendor". */
const MAKER = '(?:maker|developer|creator|owner|parent|company|firm|group|giant|lab|vendor|provider|publisher|operator)';
/** What kind of product the brand is, said between it and its maker: "the Office-software giant", "the Xbox console maker". */
const BRAND_KIND = '(?:[- ](?:software|app|chatbot|console|phone|smartphone|device|search|browser|model|assistant|video))?';
/** The same after a brand in Chinese or Japanese: ChatGPTの開発元, ChatGPT的开发商, Windows的母公司. */
const CJK_MAKER = '\\s?(?:の|的)?\\s?(?:開発元|開発会社|運営元|運営会社|親会社|生みの親|开发商|開發商|开发者|開發者|母公司|研发商|研發商|运营商|營運商)';

/** Companies by their home town, with what may follow the town ("the Redmond, Washington-based group"). */
const TOWNS: { company: string; town: string; alone?: boolean; nouns?: string }[] = [
  // A town that is the company in the news even alone: "Redmond shelves a build".
  { company: 'Microsoft', town: 'Redmond', alone: true },
  { company: 'Apple', town: 'Cupertino', alone: true },
  { company: 'Google', town: 'Mountain View' },
  { company: 'Meta', town: 'Menlo Park' },
  // A backer named by its town is the company: "its would-be Seattle patron", "the Seattle suitor".
  { company: 'Amazon', town: 'Seattle', nouns: '(?:company|group|retailer|giant|e-?commerce (?:giant|group|company)|patron|backer|suitor|investor|benefactor)' },
  // Amazon's cloud is the Seattle cloud; Microsoft's is Redmond's.
  { company: 'AWS', town: 'Seattle', nouns: '(?:cloud|cloud (?:giant|provider|arm|unit|business))' },
];
const ORG = '(?:company|group|firm|giant|software maker|tech giant)';

/** Each company's other names, as alias patterns of the entity model. */
export const EPITHETS: { company: string; aliases: string[] }[] = (() => {
  const byCompany = new Map<string, string[]>();
  const add = (company: string, alias: string) => byCompany.set(company, [...(byCompany.get(company) ?? []), alias]);
  for (const [company, descriptions] of Object.entries(DESCRIPTIONS)) for (const description of descriptions) add(company, description);
  // "the ChatGPT maker", and "ChatGPT's owner" too.
  for (const [company, brands] of Object.entries(BRANDS)) {
    // Headlines drop the article: "Amazon takes a stake in Claude maker".
    add(company, `(?:(?:the )?(?:${brands.join('|')})${BRAND_KIND}[- ]|(?:${brands.join('|')})['’]s )${MAKER}`);
    add(company, `(?:${brands.join('|')})${CJK_MAKER}`);
  }
  for (const { company, town, alone, nouns } of TOWNS) {
    add(company, `(?:the|its|their)(?: (?:would-be|prospective|potential|erstwhile|former|longtime|long-time))? ${town}(?:, \\w+)?(?:-based)? ${nouns ?? ORG}`);
    // Alone, but not as a place: "a campus near Redmond" is in the town.
    if (alone) add(company, `(?<!\\b(?:in|near|at|outside|from|to|of|around) )${town}`);
  }
  return [...byCompany].map(([company, aliases]) => ({ company, aliases }));
})();
