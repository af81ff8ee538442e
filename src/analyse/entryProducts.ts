/**
 * The product an entry launches where the vocabulary does not know it: a capitalised name right after a verb of launching
 * ("Amazon launches its Nova foundation models", "Meta releases Llama 3"), so that an entry about it is not taken for
 * another launch of its company's ("launches Automated Reasoning checks in Bedrock") nor left apart from the same one
 * named by its generation ("rolls out its third-generation Llama models").
 */
import { isUnknownName } from './entryParties.ts';

/**
 * A verb of launching, then a name: capitalised, of one word, with the number of its release after a space ("Llama 3",
 * "Nova 2"), before a lower-case word or the end of the clause; "its", "a", "new", "third-generation" may come between.
 */
const LAUNCHED = /\b(?:launch|unveil|introduc|releas|debut|roll(?:s|ed|ing)? out|show(?:s|ed|ing)? off)\w*\s+(?:(?:its|their|the|an?)\s+)?(?:(?:new|latest|[\w]+-generation)\s+)?([A-Z][a-z]{2,})(?:\s(\d{1,2}))?(?=\s+[a-z]|\s*[.,;:]|\s*$)/;

/** The unknown product an entry launches: its family's name and the number of its release, if it gives one. */
export function unknownLaunched(text: string): { family: string; release: number | null } | null {
  const match = LAUNCHED.exec(text);
  if (!match || !isUnknownName(match[1]!)) return null;
  return { family: match[1]!, release: match[2] === undefined ? null : Number(match[2]) };
}
