/**
 * HTML by tagged template, escaped by default: every interpolated value is escaped
 * unless it is itself the result of `html` (a SafeHtml). There is deliberately no
 * way to mark input text as safe; markdown becomes SafeHtml only through remark
 * with sanitising on (markdown.ts).
 */
import { withPathPrefix } from '../urls.ts';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/;

/** Escapes text for an HTML text node or a double-quoted attribute value (templates never use single quotes). */
export const escapeHtml = (text: string): string => (SPECIAL.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c]!) : text);

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

/**
 * The text of an interpolation. Lists are concatenated, not joined: V8 keeps a
 * concatenation as a tree of its pieces, so nested fragments are copied once, when
 * the finished page is encoded (`finishedPage`), instead of once per level of nesting.
 */
function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value) out += render(item);
    return out;
  }
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** Builds HTML from a template literal, escaping every interpolation that is not SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

const UTF8 = new TextEncoder();

/** A finished page as Eleventy receives it: the text, or its UTF-8 bytes (see `finishedPage`). */
export type PageOutput = string | Uint8Array;

/**
 * A root-absolute url where an attribute holds one (`href="/claims/"`, not
 * `href="//host/"` or `href="#x"`). Templates escape `"` in every text, and JSON in
 * a script escapes it as `\"`, so the sequence only starts a real attribute value.
 */
const ROOT_URL_ATTRIBUTE = /(\s(?:href|src|action|formaction|poster|cite)=")(\/(?!\/)[^"]*)/g;

/**
 * A finished page as Eleventy should hold it: its links under the path prefix, as
 * UTF-8 bytes.
 *
 * Eleventy keeps every page of a run until the run ends; held as a string, a page
 * lives on the JavaScript heap (at 4,000 articles 30-40 MB of UTF-16 text per run,
 * which the garbage collector copies out of the young generation and which grows the
 * heap until a full collection). As bytes (a Uint8Array, which a JavaScript template
 * may return and toJSON hands back untouched) it is off the heap, half the size, and
 * already what the writer thread writes: 5 full collections a build instead of 10.
 *
 * The prefix is added here, to the root-absolute urls the templates write, as the
 * data API adds it (`withPathPrefix`), rather than by Eleventy's HtmlBasePlugin, which
 * parsed every page again: at 4,000 articles a build with `--path-prefix` (as GitHub
 * Pages publishes) took 29.4 s and 506 MiB with the plugin, and takes 6.9 s and 301 MiB.
 */
export function finishedPage(text: string, pathPrefix: string): Uint8Array {
  const linked = pathPrefix === '/' ? text : text.replace(ROOT_URL_ATTRIBUTE, (_, attribute: string, url: string) => attribute + withPathPrefix(pathPrefix, url));
  return UTF8.encode(linked);
}

/** Joins SafeHtml fragments (by concatenation, as `render` does). */
export function joinHtml(parts: SafeHtml[], separator = ''): SafeHtml {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += (i > 0 ? separator : '') + parts[i]!.value;
  return new SafeHtml(out);
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonForScript = (value: unknown): SafeHtml =>
  new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));

/** A count with its noun: "1 article", "3 articles", "2 disagreements" (`many` for irregular plurals). */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
