/**
 * HTML by tagged template, escaped by default: every interpolated value is escaped
 * unless it is itself the result of `html` (a SafeHtml). There is deliberately no
 * way to mark input text as safe; markdown becomes SafeHtml only through remark
 * with sanitising on (markdown.ts).
 */
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
 * the finished page is encoded or flattened (`finishedPage`), instead of once per level of nesting.
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

const ANYTHING = /^/;
const UTF8 = new TextEncoder();

/** A finished page as Eleventy receives it: the text, or its UTF-8 bytes (see `finishedPage`). */
export type PageOutput = string | Uint8Array;

/**
 * A finished page as Eleventy should hold it. Eleventy keeps every page of a run until
 * the run ends, and a page held as a string lives on the JavaScript heap: at 4,000
 * articles that is 30-40 MB of UTF-16 text per run, which the garbage collector
 * copies out of the young generation and which grows the heap until a full
 * collection. As UTF-8 bytes (a Uint8Array, which a JavaScript template may return
 * and toJSON hands back untouched) the page is off the heap, half the size, and
 * already what the writer thread writes: 4 full collections a build instead of 9.
 * When a transform must rewrite the HTML (`rewritesUrls`, the path prefix), the page
 * stays text, flattened: V8 keeps a string built by concatenation as a tree of its
 * pieces until something reads it whole, and a regular expression can only run over
 * a flat string, so matching one makes V8 copy the text once and drop the pieces.
 */
export function finishedPage(text: string, asText: boolean): PageOutput {
  if (!asText) return UTF8.encode(text);
  ANYTHING.test(text);
  return text;
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
