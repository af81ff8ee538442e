/**
 * Optional YAML front matter at the top of an input file, read with gray-matter.
 * Only the fields Digest understands are kept, each validated; anything that tries
 * to be a path or a script is dropped with a warning, never trusted.
 */
import matter from 'gray-matter';
import { z } from 'zod';

/** What the front matter may say about the article. */
export const FrontMatter = z.object({
  title: z.string().nullable(),
  source: z.string().nullable(),
  date: z.string().nullable(),
  originalUrl: z.string().nullable(),
  tags: z.array(z.string()),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export type FrontMatterResult =
  | { ok: true; data: FrontMatter; body: string; bodyFirstLine: number; problems: { line: number; message: string }[] }
  | { ok: false; line: number; reason: string };

const EMPTY: FrontMatter = { title: null, source: null, date: null, originalUrl: null, tags: [] };

/** The line index (0-based) of the closing `---`, or -1 when the text has no front matter block. */
function closingDelimiter(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return -1;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i]!)) return i;
  return -1;
}

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  return null;
};

function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const written = text(value);
  const match = written ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(written) : null;
  if (!match) return null;
  const month = Number(match[2]);
  const day = match[3] ? Number(match[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return match[0];
}

/**
 * Splits `raw` into front matter and body. A YAML error becomes `{ ok: false }` with the
 * file line it points at, so the file is rejected with a reason the user can act on.
 */
export function readFrontMatter(raw: string): FrontMatterResult {
  // Most files have none: their first line says so without splitting the whole text into lines.
  const firstEnd = raw.indexOf('\n');
  if ((firstEnd === -1 ? raw : raw.slice(0, firstEnd)).trim() !== '---') return { ok: true, data: EMPTY, body: raw, bodyFirstLine: 1, problems: [] };
  const lines = raw.split('\n');
  const close = closingDelimiter(lines);
  if (close === -1) return { ok: true, data: EMPTY, body: raw, bodyFirstLine: 1, problems: [] };
  let data: Record<string, unknown>;
  try {
    // gray-matter caches by input string; pass a fresh options object so it never does.
    data = matter(lines.slice(0, close + 1).join('\n') + '\n', {}).data as Record<string, unknown>;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 2 : 1;
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0]!;
    return { ok: false, line, reason: `front matter is not valid YAML (${reason}); fix it or remove the --- block` };
  }
  const problems: { line: number; message: string }[] = [];
  const fieldLine = (name: string) => 1 + Math.max(1, lines.slice(0, close).findIndex((l) => l.startsWith(`${name}:`)));
  const url = text(data.url ?? data.link ?? data.original_url ?? data.originalUrl);
  let originalUrl: string | null = null;
  if (url !== null) {
    if (/^https?:\/\/[^\s/]+/i.test(url)) originalUrl = url;
    else problems.push({ line: fieldLine('url'), message: `front matter url "${url}" is not an http(s) address; ignored` });
  }
  const date = isoDate(data.date);
  if (data.date !== undefined && date === null) {
    problems.push({ line: fieldLine('date'), message: `front matter date "${String(data.date)}" is not a real YYYY-MM-DD date; ignored` });
  }
  const tags = Array.isArray(data.tags) ? data.tags.map(text).filter((t): t is string => t !== null) : text(data.tags) ? [text(data.tags)!] : [];
  // A title or source that is a list or a mapping is not text: say so rather than drop it silently.
  for (const name of ['title', 'source']) {
    const value = data[name];
    if (value !== undefined && value !== null && text(value) === null && typeof value === 'object') {
      problems.push({ line: fieldLine(name), message: `front matter ${name} is not text (${Array.isArray(value) ? 'a list' : 'a mapping'}); ignored` });
    }
  }
  return {
    ok: true,
    data: { title: text(data.title), source: text(data.source ?? data.publisher), date, originalUrl, tags },
    body: lines.slice(close + 1).join('\n'),
    bodyFirstLine: close + 2,
    problems,
  };
}
