/**
 * The site's url scheme, in one place. Section indexes are folders (`/claims/`); the
 * thousands of item pages are files in them (`/claims/x.html`), as on most news sites:
 * one file per page instead of a folder and a file halves what a build creates on the
 * disk, and that creation, not rendering, was most of the time of a large build here.
 * Every url here is root-absolute; templates use them as they are and the path prefix
 * is added to each finished page (`finishedPage` in render/html.ts), while the data
 * API carries them with the prefix applied by `withPathPrefix`.
 */
import slugifyText from '@sindresorhus/slugify';
import { createHash } from 'node:crypto';

/**
 * A readable ascii slug, or '' when the text has no letters or digits we can keep.
 * Plain-ASCII text (most titles) takes a fast path; the library, which transliterates
 * (it builds and runs ~1,900 patterns a call, ~0.3 ms), would dominate large builds.
 * Text whose only other characters are punctuation the library has no letters for
 * (a claim statement's dashes, a title's curly quotes) takes it too when it has no
 * straight apostrophe, where the two would part ("rock'n" is "rockn" here, "rock-n" there):
 * its slug is then the library's.
 */
export function slugify(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) || (/^[\x20-\x7e\u2010-\u2015\u2018-\u201f\u2026\u00a0\u00b7\u00d7\u2248\u00a3]*$/.test(text) && !text.includes("'"))) {
    return text.replace(/&/g, ' and ').replace(/'/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
  return slugifyText(text, { decamelize: false });
}

/** A short stable hash, for ids and for slugs that need disambiguating. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export const siteUrls = {
  home: '/',
  articles: '/articles/',
  claims: '/claims/',
  timeline: '/timeline/',
  competitors: '/competitors/',
  sources: '/sources/',
  search: '/search/',
  article: (slug: string) => `/articles/${slug}.html`,
  claim: (claimId: string) => `/claims/${claimId}.html`,
  topic: (topic: string) => `/topics/${topic}.html`,
  event: (eventId: string) => `/timeline/#${eventId}`,
  source: (slug: string) => `/sources/${slug}.html`,
  feature: (slug: string) => `/competitors/#${slug}`,
  changes: '/changes/',
  change: (changeId: string) => `/changes/#${changeId}`,
  metrics: '/metrics/',
  metric: (slug: string) => `/metrics/${slug}.html`,
};

/** Slugs an item page cannot have: a section's own index page is `<section>/index.html`. */
export const takenSlugs = (): Set<string> => new Set(['index']);

/** The file, relative to the output folder, that serves a root-absolute page url. */
export const pageFile = (url: string): string => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

/**
 * A path segment as a link writes it: letters, digits, `.`, `_`, `~`, `-` and the
 * %-escapes it has stay; anything else is %-escaped as UTF-8 ("my news" is "my%20news",
 * the path a browser asks for), so a prefix never breaks a link or the server's match.
 */
const percentEncoded = (segment: string): string =>
  segment.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9._~%-]/gu, (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));

/**
 * Normalises a `--path-prefix` to `/` or `/name/`: leading and trailing slash, no
 * doubled slashes, no `..` segments, no address (that is `--site-url`'s), and every
 * character a url path cannot hold %-escaped.
 */
export function normalisePathPrefix(prefix: string): string {
  // An address (`https://user.github.io/repo/`) would become the path `/https:/user.github.io/repo/`.
  if (/^[a-z][a-z0-9+.-]*:/i.test(prefix)) {
    const url = URL.parse(prefix);
    const path = url?.pathname.startsWith('/') ? url.pathname : '/name/';
    throw new Error(`"${prefix}" is an address, not a path: pass its path (--path-prefix ${path}) and the address as --site-url`);
  }
  const segments = prefix.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) throw new Error(`path prefix "${prefix}" must not contain ".."`);
  return segments.length === 0 ? '/' : `/${segments.map(percentEncoded).join('/')}/`;
}

/** Applies a normalised path prefix to a root-absolute url. */
export function withPathPrefix(pathPrefix: string, url: string): string {
  if (!url.startsWith('/')) return url;
  return pathPrefix === '/' ? url : pathPrefix + url.slice(1);
}

/** Chinese or Japanese: Han, kana. `@sindresorhus/transliterate` leaves them out, keeping only a stray Latin word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Writes a Chinese text in Latin letters (pinyin without tones, a word's syllables joined). */
export type Romaniser = (text: string) => string;

/**
 * The romaniser for Chinese titles, when `titles` has one: pinyin-pro (a maintained
 * pinyin library with a phrase dictionary, so 银行 is yinhang and 行长 hangzhang) is
 * 324 KB and takes ~75 ms to load, so a build without Chinese titles never loads it;
 * it then costs ~0.1 ms a title. Words are found by `Intl.Segmenter`.
 */
export async function loadRomaniser(titles: string[]): Promise<Romaniser | undefined> {
  if (!titles.some((t) => CJK.test(t) && !KANA.test(t))) return undefined;
  const { pinyin } = await import('pinyin-pro');
  const words = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) =>
    [...words.segment(text)]
      .map(({ segment }) => (CJK.test(segment) ? pinyin(segment, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('') : segment))
      .join(' ');
}

/**
 * A title's slug: Chinese through the romaniser; Japanese (kana: its kanji are not read
 * as pinyin), or Chinese without a romaniser, is `<outlet>-<hash of outlet and title>`,
 * stable and never a stray Latin word of the title or the file's name.
 */
function titleSlug(title: string, outlet: string | null, romanise?: Romaniser): string {
  if (!CJK.test(title)) return slugify(title);
  if (romanise && !KANA.test(title)) return slugify(romanise(title));
  return `${slugify(outlet ?? '') || 'article'}-${shortHash(`${outlet ?? ''}\u0000${title}`)}`;
}

/**
 * Gives every article a unique, readable, stable slug from its title (a Chinese one in
 * pinyin, see `titleSlug`); a clash (or a title without letters) falls back to the file
 * id, then to a hash of the id. Deterministic: the result depends only on the set of
 * (id, title, source) triples.
 */
export function assignArticleSlugs(articles: { id: string; title: string; source?: string | null }[], romanise?: Romaniser): Map<string, string> {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = takenSlugs();
  const slugs = new Map<string, string>();
  for (const { id, title, source } of sorted) {
    const fromTitle = titleSlug(title, source ?? null, romanise).slice(0, 80).replace(/-+$/, '');
    const candidates = () => [fromTitle, slugify(id), `article-${shortHash(id)}`];
    let slug = fromTitle !== '' && !taken.has(fromTitle) ? fromTitle : (candidates().find((c) => c !== '' && !taken.has(c)) ?? `article-${shortHash(id, 16)}`);
    for (let n = 2; taken.has(slug); n++) slug = `${candidates()[2]}-${n}`;
    taken.add(slug);
    slugs.set(id, slug);
  }
  return slugs;
}
