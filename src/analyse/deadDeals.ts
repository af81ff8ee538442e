/**
 * A takeover's terms told as agreed, then, later in the same paragraph, the deal called off: "Qualcomm and Corvalis signed in
 * February at $88 per share, a 33% premium, an equity value of $8.2 billion … Qualcomm exercised its right to terminate on
 * Nov. 18". The terms were agreed once, but the deal they priced is dead: the paragraph's own ending tells what they now are.
 */
import { findEntities } from './entities.ts';
import type { Candidate } from './extractClaims.ts';

/** The measures of a takeover's terms, which die with it. */
const DEAL_TERMS = new Set(['price per share', 'deal premium', 'acquisition', 'valuation']);

/** A verb that ends a deal, in English, Chinese and Japanese ("terminated", "blocked", 终止, 禁止, 断念): not a fee's noun, "termination fee". */
const ENDS = /\b(?:terminat(?:ed|es|ing|e)\b(?!\s+fees?)|called off|calls off|abandon(?:ed|s|ing)|walked away from|blocked|prohibit(?:ed|s|ing)|lapsed|scrapped|withdr(?:ew|awn) from)|终止|終止|告吹|(?:禁止|否决|否決)(?=[^，。]{0,20}(?:收购|收購))|(?:断念|撤回|中止|打ち切)(?<=買収[^。]{0,20})|契約を解除/u;
/** The deal a sentence ends: a takeover, merger or sale (not a lease or a project). */
const DEAL = /\b(?:deal|agreement|acquisition|takeover|merger|transaction|purchase|sale|tender offer)s?\b|收购|收購|并购|併購|合并|合併|交易|買収/iu;

/**
 * `earlier`'s facts of a takeover's terms, told in the paragraph before `sentence`, made `cancelled` where `sentence` ends a
 * deal of a company it names (or one of `own`'s, its figures' subjects).
 */
export function cancelDeadDealTerms(earlier: readonly Candidate[], sentence: string, own: readonly Candidate[], cancel: (c: Candidate) => void): void {
  if (earlier.length === 0 || !ENDS.test(sentence) || !DEAL.test(sentence)) return;
  const named = new Set([...findEntities(sentence).filter((e) => e.kind === 'company').map((e) => e.name), ...own.map((c) => c.subject)]);
  for (const c of earlier) if (c.modality === 'fact' && c.metric !== null && DEAL_TERMS.has(c.metric) && c.subject !== null && named.has(c.subject)) cancel(c);
}
