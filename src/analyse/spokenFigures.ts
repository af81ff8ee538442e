/**
 * Numbers a speaker says without their unit. On air and on calls a figure's unit is said once and then left out:
 * "Azure grew thirty-nine percent. In constant currency it was thirty-eight", "About two hundred billion in capex for
 * 2026. — Last year was a hundred and thirty-one.", "The consensus is around two fifteen" (215, in a talk of hundreds
 * of billions). A bare number in words takes the unit, and the scale, of the figure it answers: the one before it in
 * its sentence, else one of the figures heard before it. Ages, counts and years in words are not figures.
 */
import type { Value } from '../schemas.ts';
import { memoByText } from '../memoByText.ts';
import { findValues, NUMBER_IN_WORDS, numberInWords, ONES as ONE_WORDS, TEENS as TEEN_WORDS, TENS as TEN_WORDS } from './parseValue.ts';

const ONES = ONE_WORDS.join('|');
const TEENS = TEEN_WORDS.join('|');
const TENS = TEN_WORDS.join('|');
/** What may follow a number whose unit is left out: the end of its clause, a word of time, comparison or estimate, never a noun. */
const LEFT_OUT_AFTER = String.raw`(?=\s*(?:[,.;:!?)"”’—–]|$)|\s+(?:in|for|on|at|last|this|next|per|from|versus|vs|against|expected|estimated|forecast|year[- ]over[- ]year|a year|and|but|so|or|again|too|as well)\b)`;
/** A number, or a range of two ("thirty-seven to thirty-eight"), said with no unit and no noun after it. */
// Each number is matched whole before what follows it is looked at (a lookahead and a backreference make it atomic), so
// that "thirty-seven and a half billion" is never "thirty-seven" followed by "and".
const BARE_NUMBER = new RegExp(String.raw`\b(?=(?<low>${NUMBER_IN_WORDS}))\k<low>(?:\s+to\s+(?=(?<high>${NUMBER_IN_WORDS}))\k<high>)?${LEFT_OUT_AFTER}`, 'gi');
/** Hundreds said the short way, "two fifteen" for two hundred fifteen, as a sum of hundreds of billions is said. */
const SHORT_HUNDREDS = new RegExp(String.raw`\b(?<hundreds>${ONES})\s+(?<rest>(?:${TENS})(?:-(?:${ONES}))?|${TEENS})${LEFT_OUT_AFTER}`, 'gi');
/** A number word right before: "twenty twenty-six" is a year, "two fifteen" is read whole. */
const NUMBER_WORD_BEFORE = new RegExp(String.raw`\b(?:${ONES}|${TEENS}|${TENS}|hundred|thousand|oh)[\s-]+$`, 'i');
/** Words before a number that make it no figure: "one of", "the top twenty", "number twelve", "aged forty". */
const NO_FIGURE_BEFORE = /\b(?:the|top|number|no\.|aged?|age of)\s+$/i;
/** A sentence about a person's age or a time of day, whose numbers are no figures. */
const AGE_OR_TIME = /\b(?:he|she|him|his|her|i['’]m|i am|you['’]re|aged?|years? old|birthday|born|o['’]clock|a\.m\.|p\.m\.|am|pm|eastern|pacific)\b/i;
/** Time words after a short hundreds ("two fifteen p.m."). */
const TIME_AFTER = /^\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock|eastern|pacific|ET|PT)\b/i;

/** The scale a sum is said in: two hundred billion dollars is 200 billions. */
const scaleOf = (amount: number): number => (Math.abs(amount) >= 1e12 ? 1e12 : Math.abs(amount) >= 1e9 ? 1e9 : Math.abs(amount) >= 1e6 ? 1e6 : 1);
const SCALE_WORDS: Record<number, string> = { 1e12: 'trillion dollars', 1e9: 'billion dollars', 1e6: 'million dollars', 1: 'dollars' };

/** How a number in `value`'s unit is said after it ("percent", "billion dollars"), if `number` can be one of that size. */
function unitFor(number: number, value: Value, shortHundreds: boolean): string | undefined {
  if (value.unit === '%') return !shortHundreds && number <= 100 ? 'percent' : undefined;
  if (value.unit !== 'USD') return undefined;
  const scale = scaleOf(value.amount);
  const heard = Math.abs(value.amount) / scale;
  // "Two fifteen" is hundreds only beside hundreds: after "forty-three billion" it is no sum.
  if (shortHundreds && (heard < 100 || heard >= 1000)) return undefined;
  // A sum of one size with the one it answers ($131B after $200B, not $20B after $200B).
  return number * 4 >= heard && number <= heard * 4 ? SCALE_WORDS[scale] : undefined;
}

interface Spoken {
  start: number;
  end: number;
  /** The number as a figure would write it: "two fifteen" is "two hundred fifteen". */
  words: string;
  number: number;
  short: boolean;
}

/**
 * A word only a number of ten or more, or with decimals, is said with: a cheap first test before the patterns above,
 * which try every word boundary of the sentence against every number in words.
 */
const NUMBER_OF_TEN_OR_MORE = new RegExp(String.raw`\b(?:${TEENS}|${TENS}|hundred|thousand|million|billion|trillion|point|half|quarters?|thirds?|fifths?|tenths?)\b`, 'i');

/** The numbers of `sentence` said with no unit, left to right; asked of every sentence after a figure, so memoised. */
const bareNumbers = memoByText(readBareNumbers);

function readBareNumbers(sentence: string): Spoken[] {
  if (!NUMBER_OF_TEN_OR_MORE.test(sentence) || AGE_OR_TIME.test(sentence)) return [];
  const found: Spoken[] = [];
  const fits = (start: number) => !NUMBER_WORD_BEFORE.test(sentence.slice(0, start)) && !NO_FIGURE_BEFORE.test(sentence.slice(Math.max(0, start - 16), start));
  for (const match of sentence.matchAll(SHORT_HUNDREDS)) {
    const rest = numberInWords(match.groups!.rest!)!;
    if (!fits(match.index) || TIME_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
    const number = numberInWords(match.groups!.hundreds!)! * 100 + rest;
    found.push({ start: match.index, end: match.index + match[0].length, words: `${match.groups!.hundreds} hundred ${match.groups!.rest}`, number, short: true });
  }
  for (const match of sentence.matchAll(BARE_NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((f) => start < f.end && end > f.start) || !fits(start)) continue;
    const number = numberInWords(match.groups!.low!);
    // "One", "a", "a quarter": words far more often than numbers; a figure said bare is ten or more, or has decimals.
    if (number === undefined || (number < 10 && Number.isInteger(number))) continue;
    found.push({ start, end, words: match[0], number, short: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A sentence with its bare numbers said in the unit of the figures they answer, and the figure the first one answers. */
export interface SpokenUnits<T> {
  said: string;
  answered: T;
}

/**
 * `sentence` with each number it says without a unit written in the unit (and scale) of the figure it answers — the
 * figure before it in the sentence, else the last of `heard` (figures said before, oldest first) it can be one of: the
 * same number ("Google Cloud also printed twenty-eight" after AWS's 28%), else one of its size — and the heard figure
 * the first one answers. Undefined where the sentence says no such number. `sameOnly` (the sentence is about another
 * company than the figures heard) keeps only the same number: "Google Cloud also printed twenty-eight" after AWS's
 * $37.6 billion is no sum of $28 billion, and without a 28 heard before, its unit is not known.
 */
export function withSpokenUnits<T extends { value: Value }>(sentence: string, heard: T[], sameOnly = false): SpokenUnits<T> | undefined {
  const spoken = bareNumbers(sentence);
  if (spoken.length === 0 || heard.length === 0) return undefined;
  let said = sentence;
  let shift = 0;
  let answered: T | undefined;
  for (const number of spoken) {
    const start = number.start + shift;
    const within = findValues(said.slice(0, start)).at(-1)?.value;
    const source =
      (within && unitFor(number.number, within, number.short) ? { value: within } : undefined) ??
      heard.findLast((h) => h.value.unit === '%' ? h.value.amount === number.number : h.value.amount / scaleOf(h.value.amount) === number.number) ??
      (sameOnly ? undefined : heard.findLast((h) => unitFor(number.number, h.value, number.short) !== undefined));
    const unit = source && unitFor(number.number, source.value, number.short);
    if (!source || !unit) continue;
    // A number that takes its unit from its own sentence answers the last figure heard in that unit.
    answered ??= heard.includes(source as T) ? (source as T) : heard.findLast((h) => h.value.unit === source.value.unit);
    const written = `${number.words} ${unit}`;
    said = `${said.slice(0, start)}${written}${said.slice(number.end + shift)}`;
    shift += written.length - (number.end - number.start);
  }
  return answered ? { said, answered } : undefined;
}
