/**
 * Where a company's money goes. A sum pledged to a US state ("plans to invest at least $11 billion in Georgia", "its
 * $20 billion Pennsylvania program", "committed $10 billion to a campus in Richmond County, North Carolina") is about
 * that state the way a deal is about its counterparty: the same sum pledged to two states is two claims, and neither
 * is the company's yearly spending. A pledge is money still to be spent, a plan, and of no one year (the year said is
 * when it was announced); money said spent there so far is a fact of its own date.
 */
import type { Modality } from '../schemas.ts';

export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington state',
  'West Virginia', 'Wisconsin', 'Wyoming',
];

/** A state's name, not the start of a longer proper name ("Georgia Power", "New York Times", "Virginia Tech"). */
const PLACE = new RegExp(String.raw`\b(${[...US_STATES].sort((a, b) => b.length - a.length).join('|')})\b(?!\s+[A-Z])`);

/**
 * What may stand between a sum and the state it goes to: nothing ("a $20 billion Pennsylvania program"), or words
 * without a clause break up to "in", "across", "for", "to" or "into", then perhaps a county or town and its comma
 * ("to a campus in Richmond County, North Carolina", "on campuses in Butts and Douglas counties in Georgia", "its
 * $1 billion Licking County, Ohio, campus").
 */
const TO_STATE = /^(?:-plus)?\s+(?:[^,;:.]{0,80}?\b(?:in|across|for|to|into|throughout)\s+)?(?:[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*)*(?:\s+(?:County|Parish|Township))?,\s+)?$/;

/**
 * A project named with its state before its sum, in the sum's clause: "Meta's Richland Parish campus in Louisiana carries
 * the same $10 billion price tag". (Not where a measure of the company stands between: "its campus in Virginia pushed
 * capital spending to $131 billion" is the company's capex.)
 */
const PROJECT_IN = /\b(?:campus|project|site|facility|development|build-?out|expansion|data cent(?:er|re)s?)\s+(?:in|across)\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+(?:County|Parish|Township))?,\s+)?$/;
const MEASURE_WORDS = /\b(?:spend\w*|capex|capital|revenue|sales|budget|outlays?|income|profit)\b|[\d,;]/i;

/** Words that make a sum said as a fact a pledge: "committed", "pledged", "its $20 billion program", "a price tag". */
const PLEDGE_WORDS = /\b(?:commit(?:s|ted|ting|ments?)?|pledg(?:e|es|ed|ing)|program(?:me)?s?|announc(?:e|es|ed|ing|ements?)|unveil(?:s|ed|ing)?|earmark(?:s|ed|ing)?|promis(?:e|es|ed|ing)|price tag)\b/i;

/** Words saying the money has gone out already: "had put $3.6 billion to work", "has invested", "spent", "so far". */
const SPENT = /\b(?:spent|deployed|invested|put\b[^;]{0,50}\bto work|so far|to date)\b/i;

/** Words saying the project stands done, or nearly: "is nearly complete", "opened in May", "now operational". */
const DONE = /\b(?:complete[ds]?|completion|finished|opened|operational|up and running|in service|built)\b/i;

/**
 * The US state a sum of money goes to, read from the words after the figure up to the next figure: "in Georgia",
 * "its $20 billion Pennsylvania program"; else from a project named with its state before the sum in its clause (which
 * starts at `clauseFrom`); null where none is named there. Only for money a company puts into
 * something (capex, an investment with no company on its other side), never a company's deal with another company.
 */
export function placeOfSum(sentence: string, figure: { start: number; end: number }, nextFigureStart: number | undefined, clauseFrom = 0): string | null {
  const after = sentence.slice(figure.end, Math.min(nextFigureStart ?? sentence.length, figure.end + 140));
  const place = PLACE.exec(after);
  if (place && TO_STATE.test(after.slice(0, place.index))) return nameOf(place[1]!);
  const before = sentence.slice(clauseFrom, figure.start);
  const named = [...before.matchAll(new RegExp(PLACE.source, 'g'))].at(-1);
  if (!named || !PROJECT_IN.test(before.slice(0, named.index)) || MEASURE_WORDS.test(before.slice(named.index + named[0].length))) return null;
  return before.length - named.index <= 60 ? nameOf(named[1]!) : null;
}

const nameOf = (place: string) => place.replace(/ state$/, '');

/**
 * How a sum read with `modality` from its clause's `words` (and the words `after` it) goes to a place: as a pledge, a plan (a plan, or a fact told
 * in words of pledging, "committed about $10 billion to a campus in …", "its $20 billion Pennsylvania program"); as
 * money said spent there, a fact ("had put $3.6 billion to work in Georgia"); else not at all (a project built, done or
 * broken ground on, called off, rumoured or forecast is told as it is), null.
 */
export function placedModality(words: string, modality: Modality, after = ''): 'plan' | 'fact' | null {
  if (modality === 'fact' && SPENT.test(words)) return 'fact';
  // "its $7 billion Ohio program, announced in May 2025, is nearly complete": what the rest of the sentence says is done.
  if (modality === 'fact' && DONE.test(`${words} ${after}`)) return null;
  return modality === 'plan' || (modality === 'fact' && PLEDGE_WORDS.test(words)) ? 'plan' : null;
}
