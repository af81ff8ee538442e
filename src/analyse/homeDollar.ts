/**
 * The dollar a bare "$" means. Outlets outside the United States write their own dollar as "$" and mark the American
 * one: "capital expenditure of about US$215 billion ($331 billion) this year … In Australia, AWS has committed $20
 * billion to local data centres". An article that writes "US$" before at least two figures of its text, and names one
 * country with a dollar of its own (Australia, Canada, New Zealand, Singapore, Hong Kong) and no other, means that
 * country's dollar by a bare "$". An American outlet's "$" stays the US dollar: it writes no "US$" in its text, or names
 * no such country, or several.
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
/** "US$215 billion", "US$ 1.5bn": a figure marked as American dollars. */
const US_DOLLAR_FIGURE = /\bUS\$\s?\d/g;
/** A figure's own words that write it with a bare "$": "$20 billion", "about $5bn" (not "US$", "A$", "C$", "HK$"). */
const BARE_DOLLAR = /(?:^|[^A-Za-z$])\$\s?\d/;

/** The dollar a bare "$" means in an article of `texts` (its headline, paragraphs and items, not its tables), or null for the US dollar. */
export function homeDollarOf(texts: readonly string[]): string | null {
  const text = texts.join('\n');
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
