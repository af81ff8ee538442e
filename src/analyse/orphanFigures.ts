/**
 * Sums of money a sentence states that the reader filed under no measure: "their ~$200B", "for $8 billion in all",
 * "総額380億ドル". Alone they say nothing a reader could check; beside a corpus where many articles give one claim of
 * the sentence's companies that very sum, they are that claim told in few words. They are read here as orphans — the
 * sentence's companies (else its article's), the sum, the modality its words give it — and the merge
 * (`joinByDominantFigure.ts`) gives each the one claim it can be, or drops it.
 */
import type { Mention, Modality } from '../schemas.ts';
import type { Candidate } from './extractClaims.ts';
import { findEntities } from './entities.ts';
import { readModality } from './modality.ts';
import { parsePeriod } from './periods.ts';
import { compatible, findValues, MONEY_UNITS, type FoundValue } from './parseValue.ts';
import { companyGroup } from './vocabulary.ts';
import { bareYenOf } from './readFigures.ts';
import { memoByText } from '../memoByText.ts';

/** The first part of an orphan's key: no claim is made of it as it is. */
const ORPHAN = 'orphan';
/** Whether a candidate is an orphan. */
export const isOrphan = (c: Candidate) => c.key.startsWith(`${ORPHAN}|`);
const MONEY = new Set<string>(MONEY_UNITS);

/** No article's date nor quarter: what a sentence's own words date. */
const NO_CONTEXT = { articleQuarter: null, articleYear: null };
const namesPeriod = (plain: string) => parsePeriod(plain, plain, NO_CONTEXT) !== null;

/** The companies an orphan's key names, each as its group, in order: `orphan|Amazon,OpenAI`. */
export const orphanCompanies = (key: string): string[] => key.slice(key.indexOf('|') + 1).split(',').filter((name) => name !== '');

/** What a sentence gives its orphans, read once per sentence (news repeats its sentences), each part when first needed. */
interface SentenceSums {
  /** Its sums of money; none where it names its period. */
  sums: FoundValue[];
  /** The modality its words give each sum, once asked. */
  modalities: Map<FoundValue, Modality>;
  /** The companies it names, as their groups. */
  named?: string[];
}

const sentenceSums = memoByText((plain: string): SentenceSums => {
  const sums = findValues(plain, bareYenOf(plain)).filter((f) => MONEY.has(f.value.unit));
  // A sum whose sentence names its period ("$37.5 billion in the fiscal third quarter") is of a measure the reader did not
  // know, more than a claim told in few words: which period's it is, only a measure would say.
  return { sums: sums.length === 0 || namesPeriod(plain) ? [] : sums, modalities: new Map() };
});

/**
 * The orphans of one sentence (`plain`, as read): each sum of money in it that none of `read` — the candidates read from
 * it — states, of the companies the sentence names, else of `fallbackSubject`.
 */
export function orphansOf(plain: string, read: Candidate[], fallbackSubject: string | null, mention: Mention): Candidate[] {
  const told = sentenceSums(plain);
  const sums = told.sums.filter((f) => !read.some((c) => c.value && compatible(c.value, f.value)));
  if (sums.length === 0) return [];
  told.named ??= [...new Set(findEntities(plain).filter((e) => e.kind === 'company').map((e) => companyGroup(e.name)))];
  const companies = told.named.length > 0 ? told.named : fallbackSubject ? [companyGroup(fallbackSubject)] : [];
  if (companies.length === 0) return [];
  const modalityOf = (f: FoundValue): Modality => {
    let modality = told.modalities.get(f);
    if (modality === undefined) told.modalities.set(f, (modality = readModality(plain, f.start, f.end, false)));
    return modality;
  };
  const key = `${ORPHAN}|${[...companies].sort().join(',')}`;
  return sums.map((f) => ({
    key,
    subject: companies[0]!,
    metric: null,
    counterparty: null,
    value: f.value,
    period: null,
    topic: 'other',
    modality: modalityOf(f),
    offerStatus: null,
    reportedPeriod: null,
    mention,
  }));
}
