/**
 * "Much of that spending is going into Trainium3 … The chip offers 4.4 times the performance of Trainium2": a sentence
 * that opens on "the chip" (the part, the processor, the accelerator) speaks of the chip the sentence before named,
 * even where a later clause names another ("…, and each Trn3 UltraServer links 144 chips").
 */
import type { Figure } from './readFigures.ts';
import { isBaseline } from './readFigures.ts';
import { findEntities, ownerOf } from './entities.ts';
import { companyGroup } from './vocabulary.ts';

/** A sentence opening on a chip it does not name: "The chip offers …", "This accelerator is …", not "The chips" (several). */
const CHIP_ANAPHOR = /^\W{0,3}(?:the|this|that) (?:new |newer |latest )?(?:chip|part|processor|accelerator)\b(?!s)/i;

/**
 * `figures` with a chip's measure that was left to its company, or to no one, given to the chip the sentence before (`last`, as plain
 * text) named last, not as a baseline, where `sentence` (plain text) opens on "the chip" and that chip is the company's.
 * The figures read stay as they are where the sentence does not open so.
 */
export function ofChipAnaphor(figures: Figure[], sentence: string, last: string): Figure[] {
  if (last === '' || !CHIP_ANAPHOR.test(sentence)) return figures;
  const left = (f: Figure) => f.metric.productSubject === true && (f.subject === null || ownerOf(f.subject) === f.subject);
  if (!figures.some(left)) return figures;
  const chip = findEntities(last).findLast((e) => e.kind === 'product' && !isBaseline(last, e));
  if (!chip) return figures;
  return figures.map((f) => (left(f) && (f.subject === null || companyGroup(f.subject) === companyGroup(chip.name)) ? { ...f, subject: chip.name } : f));
}
