/**
 * The dollar a bare "$" means. Outlets outside the United States write their own dollar as "$" and mark the American
 * one: "capital expenditure of about US$215 billion ($331 billion) this year … In Australia, AWS has committed $20
 * billion to local data centres". An article that writes "US$" before at least two figures of its text, and names one
 * country with a dollar of its own (Australia, Canada, New Zealand, Singapore, Hong Kong) and no other, means that
 * country's dollar by a bare "$". An American outlet's "$" stays the US dollar: it writes no "US$" in its text, or names
 * no such country, or several. An article that says which dollar its figures are in ("All figures in Australian dollars")
 * means that one.
 *
 * Taiwan's dollar is written 元 as the yuan is: "鴻海11月合併營收9,326億元" is NT$932.6 billion. An article in traditional
 * characters that marks Taiwan's dollar once (新台幣, 台幣, NT$, a table's "單位：新台幣億元") or carries a Taiwanese
 * dateline (台北報導, 中央社), and names no renminbi or Hong Kong dollar, means Taiwan's dollar by a bare 元.
 */
import type { Candidate } from './extractClaims.ts';
import { writtenAs } from './extractClaims.ts';

const DOLLAR_COUNTRIES: { unit: string; country: RegExp }[] = [
  { unit: 'AUD', country: /\bAustralian?s?\b/ },
  { unit: 'CAD', country: /\bCanad(?:a|ians?)\b/ },
  { unit: 'NZD', country: /\bNew Zealand(?:ers?)?\b/ },
  { unit: 'SGD', country: /\bSingapore(?:ans?)?\b/ },
  { unit: 'HKD', country: /\bHong Kong(?:ers?)?\b/ },
];
/** An article's own note of the dollar it writes "$" for: "All figures in Australian dollars", "Amounts are in Singapore dollars". */
const DOLLAR_NOTE = /\b(?:figures|amounts|sums|prices|numbers|values)(?: are| quoted)? in (?<country>Australian|Canadian|New Zealand|Singapore|Hong Kong) dollars\b/i;
/** "US$215 billion", "US$ 1.5bn": a figure marked as American dollars. */
const US_DOLLAR_FIGURE = /\bUS\$\s?\d/g;
/** A figure's own words that write it with a bare "$": "$20 billion", "about $5bn" (not "US$", "A$", "C$", "HK$"). */
const BARE_DOLLAR = /(?:^|[^A-Za-z$])\$\s?\d/;

/** A mark of Taiwan's dollar, or a Taiwanese dateline. */
const TAIWANESE = /新?[台臺][币幣]|NT\$|[台臺]北(?:報導|报导|電|电)|中央社/;
/** A mark of another currency written 元 (the renminbi, Hong Kong's and Macau's dollars). */
const OTHER_YUAN = /人民[币幣]|RMB|CNY|[港澳][元币幣]|HK\$/;
/** Characters written one way in traditional Chinese and another in simplified: which of the two an article is written in. */
const TRADITIONAL = /[營億幣與這為會發灣產務經濟萬實際個們從過對開關當點數術長]/g;
const SIMPLIFIED = /[营亿币与这为会发湾产务经济万实际个们从过对开关当点数术长]/g;
/** A figure's own words that write it in bare 元: "9,326億元", "2.8兆元", "每股285元" (not 人民币, 港元, 新台幣). */
const BARE_YUAN = /\d\s?(?:万亿|萬億|[万萬亿億兆])?\s?元/;

/** The currency a bare 元 means in an article of `texts`: 'TWD' for a Taiwanese article (above), or null for the yuan. */
export function homeYuanOf(texts: readonly string[]): string | null {
  const text = texts.join('\n');
  if (!TAIWANESE.test(text) || OTHER_YUAN.test(text)) return null;
  return (text.match(TRADITIONAL)?.length ?? 0) > (text.match(SIMPLIFIED)?.length ?? 0) ? 'TWD' : null;
}

/** `candidates` with each figure written in bare 元 given in `home` (see `homeYuanOf`). */
export function inHomeYuan(candidates: Candidate[], home: string | null): void {
  if (home === null) return;
  for (const c of candidates) {
    if (c.value?.unit !== 'CNY') continue;
    const written = writtenAs(c.mention.quote, c.value)[0];
    if (written && BARE_YUAN.test(written.text) && !OTHER_YUAN.test(written.text)) c.value = { ...c.value, unit: home };
  }
}

/** The dollar a bare "$" means in an article of `texts` (its headline, paragraphs and items, not its tables), or null for the US dollar. */
export function homeDollarOf(texts: readonly string[]): string | null {
  const text = texts.join('\n');
  const note = DOLLAR_NOTE.exec(text)?.groups?.country;
  if (note) return DOLLAR_COUNTRIES.find(({ country }) => country.test(note))?.unit ?? null;
  if ((text.match(US_DOLLAR_FIGURE)?.length ?? 0) < 2) return null;
  const named = DOLLAR_COUNTRIES.filter(({ country }) => country.test(text));
  return named.length === 1 ? named[0]!.unit : null;
}

/** `candidates` with each figure written with a bare "$" given in `home` dollars (see `homeDollarOf`). */
export function inHomeDollars(candidates: Candidate[], home: string | null): void {
  if (home === null) return;
  for (const c of candidates) {
    if (c.value?.unit !== 'USD') continue;
    const written = writtenAs(c.mention.quote, c.value)[0];
    if (written && BARE_DOLLAR.test(written.text) && !/US\$/i.test(written.text)) c.value = { ...c.value, unit: home };
  }
}
