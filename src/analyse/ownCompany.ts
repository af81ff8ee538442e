/**
 * The company an article is about when the vocabulary does not know it. A neocloud, a utility or a start-up the
 * vocabulary has never heard of is still the subject of its own results story: its title names it, and its text treats
 * the name as a company's — as the subject opening sentences ("Nebius booked …", "Nebius's contracted power …"), with a
 * company's legal form ("Nebius Group N.V."), or opening Chinese and Japanese sentences in Latin letters (Nebius第三季度营收).
 */
import { findEntities, findMetrics, unknownSubject } from './entities.ts';
import { isPlaceName } from './places.ts';
import { splitSentences } from './splitSentences.ts';

/** A company's legal form after its name: "Group N.V.", "AG", "plc", "Inc.", "Holdings". */
const LEGAL_FORM = String.raw`(?:Group|Holdings?|Inc\.?|Incorporated|Corp\.?|Corporation|AG|SE|plc|PLC|N\.V\.|NV|S\.A\.|SA|Ltd\.?|Limited|LLC|Co\.)`;
/** A name with its legal form: "Nebius Group N.V.", "Siemens Energy AG". */
const WITH_LEGAL_FORM = new RegExp(String.raw`\b([A-Z][\w&-]*[a-z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}?)(?:\s+${LEGAL_FORM})+(?![\w.])`, 'g');
/** A name in Latin letters, with a lower-case letter (not "GPU", "AI"), opening a Chinese or Japanese sentence. */
const OPENS_CJK = /^([A-Z][A-Za-z\d&.-]*[a-z][A-Za-z\d&.-]*(?:\s[A-Z][A-Za-z\d&.-]*){0,2})\s?(?=[\u3400-\u9fff\u3040-\u30ff])/u;

/** `name` without the legal form at its end: "Nebius Group N.V." is Nebius. */
export function withoutLegalForm(name: string): string {
  return name.replace(new RegExp(String.raw`(?:\s+${LEGAL_FORM})+$`), '') || name;
}

/** Where `title` names `name` as a word, or -1. */
const placeIn = (title: string, name: string) => title.search(new RegExp(String.raw`(?<![\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w])`));

/** The names an article's texts treat as a company's, none the vocabulary knows, with the texts, read once per article. */
export interface UnknownCompanies {
  texts: readonly string[];
  /** Each name the texts treat as a company's at least twice, without its legal form. */
  names: readonly string[];
}

/** The names `texts` treat as a company's at least twice that the vocabulary does not know (`UnknownCompanies`). */
export function unknownCompaniesOf(texts: readonly string[]): UnknownCompanies {
  const counts = new Map<string, number>();
  const count = (name: string | null | undefined) => {
    if (!name) return;
    const bare = withoutLegalForm(name);
    counts.set(bare, (counts.get(bare) ?? 0) + 1);
  };
  for (const text of texts) {
    for (const sentence of splitSentences(text)) {
      const plain = sentence.replace(/^[-•*\s]+/, '');
      count(unknownSubject(plain));
      count(OPENS_CJK.exec(plain)?.[1]);
    }
    for (const match of text.matchAll(WITH_LEGAL_FORM)) count(match[1]);
  }
  return { texts, names: [...counts].filter(([name, n]) => n >= 2 && findEntities(name).length === 0).map(([name]) => name) };
}

/** The unknown company `where` (a title, an opening line) names first, of those the article treats as a company, with its place there; or null. */
export function unknownCompanyIn(where: string, companies: UnknownCompanies): { name: string; at: number } | null {
  return companies.names.map((name) => ({ name, at: placeIn(where, name) })).filter((n) => n.at >= 0).sort((a, b) => a.at - b.at)[0] ?? null;
}

/** How many of the article's texts name `name`, as a company the vocabulary knows is counted by the texts that name it. */
export const textsNaming = (name: string, companies: UnknownCompanies): number => companies.texts.filter((text) => placeIn(text, name) >= 0).length;

/** A table's corner that says its rows are companies: "| Company |", "| Utility |", "| Neocloud |", 公司, 企業. */
const COMPANY_CORNER = /^(?:company|companies|firm|utility|utilities|operator|developer|provider|vendor|player|neocloud|hyperscaler|lab|issuer|bidder|buyer|supplier|customer|name)s?\b|公司|企业|企業|厂商|廠商|会社|社名/i;
/** A row label that is a name alone, in Latin letters, maybe with a number or a note in brackets: "Dominion", "Hut 8", "Deutsche Telekom (T-Systems)". */
const NAME_LABEL = /^([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|\d{1,3}(?![\d.,]))){0,3})(?:\s*\([^)]*\))?$/;

/**
 * The company a table's row is of where the vocabulary does not know it: its label, under a corner that says the rows
 * are companies ("| Utility | New capex plan |" over "| AEP | $78B (2027–31) |"), without its legal form; else null.
 */
export function unknownRowCompany(corner: string, label: string): string | null {
  if (!COMPANY_CORNER.test(corner.trim())) return null;
  const name = NAME_LABEL.exec(label.trim())?.[1];
  if (!name || findEntities(name).length > 0 || findMetrics(name).length > 0 || isPlaceName(name)) return null;
  return withoutLegalForm(name);
}
