/**
 * The companies a timeline entry's subject may be where the entry calls it by its kind and the town
 * it is based in: "The San Francisco lab turns away …" is one of the labs based there, "The Santa
 * Clara accelerator vendor's …" one of the chip companies based there. Such a subject is not named,
 * but it is no company of another kind or town: it is not the article's own company when that company
 * is not among them, and no event of a company not among them. A kind alone ("The retailer") points at
 * no company here: only its article may say which it is (mergeTimeline.ts).
 */
import { KINDS } from './epithets.ts';

/** Towns that are home to several companies of the news, so that a town with a kind narrows it without naming one. */
const HOMES: Record<string, string[]> = {
  'Santa Clara': ['NVIDIA', 'Intel', 'AMD'],
  'San Francisco': ['OpenAI', 'Anthropic', 'Salesforce', 'Databricks'],
};

/** A line whose subject is a kind of company with its home town before it: "The San Francisco lab", "The Santa Clara chipmaker's" (each kind a group). */
const SUBJECT = new RegExp(
  String.raw`^(?:The|Its)\s+(?<town>${Object.keys(HOMES).join('|')})(?:-based)?\s+(?:${KINDS.map((k, i) => `(?<k${i}>${k.kind})`).join('|')})(?:['’]s)?(?![\w-])`,
  'i',
);

/**
 * The companies the subject of `text` may be, where it is a kind of company with its home town (those of that kind based
 * there); empty where the subject is no such kind. `end` is where the subject's words end, so that a subject the entity
 * model names all the same is left to it.
 */
export function kindSubjectOf(text: string): { companies: Set<string>; end: number } {
  const found = SUBJECT.exec(text);
  if (!found) return { companies: new Set(), end: 0 };
  const kind = KINDS.find((_, i) => found.groups?.[`k${i}`] !== undefined)!;
  const town = Object.keys(HOMES).find((t) => t.toLowerCase() === found.groups!.town!.toLowerCase())!;
  return { companies: new Set(kind.companies.filter((c) => HOMES[town]!.includes(c))), end: found[0].length };
}
