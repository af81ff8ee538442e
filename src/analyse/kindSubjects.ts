/**
 * The companies a timeline entry's subject may be where the entry calls it by its kind alone,
 * perhaps with the town it is based in: "The San Francisco lab turns away …" is one of the labs
 * based there, "The Santa Clara accelerator vendor's …" one of the chip companies based there.
 * Such a subject is not named, but it is no company of another kind: it is not the article's
 * own company when that company is of another kind, and no event of a company of another kind.
 */
import { KINDS } from './epithets.ts';

/** Towns that are home to several companies of the news, so that a town with a kind narrows it without naming one. */
const HOMES: Record<string, string[]> = {
  'Santa Clara': ['NVIDIA', 'Intel', 'AMD'],
  'San Francisco': ['OpenAI', 'Anthropic', 'Salesforce', 'Databricks'],
};

/** A line whose subject is a kind of company alone, its home town before it or not: "The San Francisco lab", "Its chipmaker's" (each kind a group). */
const SUBJECT = new RegExp(
  String.raw`^(?:The|Its)\s+(?:(?<town>${Object.keys(HOMES).join('|')})(?:-based)?\s+)?(?:${KINDS.map((k, i) => `(?<k${i}>${k.kind})`).join('|')})(?:['’]s)?(?![\w-])`,
  'i',
);

/**
 * The companies the subject of `text` may be, where it is a kind of company alone (with its home town, those of that kind
 * based there); empty where the subject is no such kind. `end` is where the subject's words end, so that a subject the
 * entity model names all the same ("The Microsoft-backed lab") is left to it.
 */
export function kindSubjectOf(text: string): { companies: Set<string>; end: number } {
  const found = SUBJECT.exec(text);
  if (!found) return { companies: new Set(), end: 0 };
  const kind = KINDS.find((_, i) => found.groups?.[`k${i}`] !== undefined)!;
  const town = Object.keys(HOMES).find((t) => t.toLowerCase() === found.groups?.town?.toLowerCase());
  const companies = town ? kind.companies.filter((c) => HOMES[town]!.includes(c)) : kind.companies;
  return { companies: new Set(companies), end: found[0].length };
}
