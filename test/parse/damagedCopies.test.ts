import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decodeAndRepair } from '../../src/read/readInputs.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import type { Article, ParsedArticle } from '../../src/schemas.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import { tempDir } from '../helpers/corpus.ts';
import { SEEDS } from '../helpers/cli.ts';
import { hardWrap } from '../helpers/hardWrap.ts';

/** Reads and parses bytes as a build does; fails on a rejection. */
function read(file: string, bytes: Buffer): ParsedArticle {
  const decoded = decodeAndRepair(file, bytes);
  if (!('text' in decoded)) throw new Error(`rejected: ${decoded.reason}`);
  const result = parseArticle(decoded);
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.article;
}

/** The record without what legitimately differs between copies: the file name and line numbers. */
function comparable(article: ParsedArticle) {
  return {
    ...article,
    id: '',
    file: '',
    timeline: article.timeline.map(({ date, text }) => ({ date, text })),
    other: article.other.map(({ text }) => text),
  };
}

const windows1252 = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => { const c = iconv.decode(Buffer.of(b), 'windows-1252'); return c === '\uFFFD' ? String.fromCharCode(b) : c; }).join('');

/** A lossy save in Windows-1252: every character the code page lacks becomes `?`. */
const savedAs1252 = (text: string) => iconv.decode(iconv.encode(text, 'windows-1252'), 'windows-1252');
const tis620 = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => (b === 0xa0 ? ' ' : b < 0x80 ? String.fromCharCode(b) : iconv.decode(Buffer.of(b), 'tis620').replace('\uFFFD', ''))).join('');

describe.each(['002_e58296ae0857730c', '003_170541114e84f7e1', '004_f8a458f6d888d2ee'])('damaged copies of %s', (seed) => {
  const clean = readFileSync(path.join(SEEDS, `${seed}.txt`), 'utf8');
  const expected = comparable(read(`${seed}.txt`, Buffer.from(clean, 'utf8')));

  it('should parse Windows-1252 mojibake into the same record', () => {
    expect(comparable(read('w.txt', Buffer.from(windows1252(clean), 'utf8')))).toEqual(expected);
  });

  it('should parse CRLF, a BOM, stray blank lines and trailing tabs into the same record', () => {
    const messy = `\uFEFF${clean.split('\n').map((line, i) => (i % 7 === 3 ? `${line}\t\r\n` : `${line}\t`)).join('\r\n')}`;
    expect(comparable(read('m.txt', Buffer.from(messy, 'utf8')))).toEqual(expected);
  });

  it('should read no-break and thin spaces (as HTML scrapes leave them) like plain ones', () => {
    const spaced = clean.replace(/ /g, (space, i: number) => (i % 5 === 0 ? '\u00a0' : i % 7 === 0 ? '\u202f' : space));
    const got = comparable(read('n.txt', Buffer.from(spaced, 'utf8')));
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u202f]/g, ' '));
    expect(plain(got)).toEqual(plain(expected));
  });

  it('should parse a copy saved in Windows-1252, every character it lacks a question mark, into the same record but for those characters', () => {
    const got = comparable(read('q.txt', iconv.encode(clean, 'windows-1252')));
    // What the save destroyed is destroyed in the expectation too; headings, icons, bullets and the tagline's mark are recognised anyway.
    const lostCjk = /[\u4e00-\u9fff]/.test(clean);
    const blank = lostCjk ? { header: null, source: null, originalSource: null } : {};
    expect({ ...got, ...blank }).toEqual({ ...JSON.parse(savedAs1252(JSON.stringify(expected))), ...blank });
    expect(got.tagline).toBe(expected.tagline === null ? null : savedAs1252(expected.tagline));
  });

  it('should parse a copy whose emoji were dropped (4-byte characters, as utf8mb3 databases drop them) into the same record', () => {
    const dropped = clean.replace(/[\u{10000}-\u{10FFFF}]\uFE0F?/gu, '');
    const got = comparable(read('e.txt', Buffer.from(dropped, 'utf8')));
    const noEmoji = JSON.parse(JSON.stringify(expected).replace(/[\u{10000}-\u{10FFFF}]\uFE0F?/gu, '')) as typeof expected;
    // A footer line that was nothing but an emoji (the lone 📰) is gone with it.
    expect(got).toEqual({ ...noEmoji, footer: noEmoji.footer.filter((line) => line !== '') });
  });

  it('should parse a copy hard-wrapped at 72 columns into the same record (or, for long-form, the same text)', () => {
    const wrapped = hardWrap(clean, 72, { keepTableRows: true });
    expect(wrapped.split('\n').length).toBeGreaterThan(clean.split('\n').length);
    const got = comparable(read('h.txt', Buffer.from(wrapped, 'utf8')));
    const withoutLines = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'line' ? undefined : v)));
    if (expected.format === 'aggregator') expect(withoutLines(got)).toEqual(withoutLines(expected));
    else {
      // In a format without blank lines, a wrap at a sentence end or a short first fragment cannot be
      // told from a paragraph break or a heading: every word is kept, in order, wherever the breaks fall.
      const words = (a: typeof got) =>
        a.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap((b) => (b.kind === 'table' ? [...b.table.header, ...b.table.rows.flat()] : 'text' in b ? [b.text] : b.items))]).join(' ').split(/\s+/);
      expect(words(got)).toEqual(words(expected));
      expect(got.title).toBe(expected.title);
    }
  });

  it('should parse lossy TIS-620 damage into the same record, but for what the damage destroyed', () => {
    const damaged = tis620(clean);
    const got = comparable(read('t.txt', Buffer.from(damaged, 'utf8')));
    // The header's outlet icon is a guess; a known Chinese outlet's name (虎嗅) is recognised whole.
    const blank = { header: null };
    expect({ ...got, ...blank }).toEqual({ ...expected, ...blank });
    expect(got.header?.source ?? null).toBe(expected.header?.source ?? null);
    const decoded = decodeAndRepair('t.txt', Buffer.from(damaged, 'utf8'));
    expect('warnings' in decoded ? decoded.warnings : []).toEqual([]);
  });

  it('should warn, naming the line, where lossy TIS-620 damage destroyed a Chinese name it does not know', () => {
    const unknown = clean.replace(/^Original source: .*$/m, 'Original source: 某某科技日报 ↗');
    const line = unknown.split('\n').findIndex((l) => l.startsWith('Original source')) + 1;
    if (line === 0) {
      expect(seed, 'only the long-form seed has no source line').toBe('003_170541114e84f7e1');
      return;
    }
    const decoded = decodeAndRepair('t.txt', Buffer.from(tis620(unknown), 'utf8'));
    expect('warnings' in decoded ? decoded.warnings.map((w) => w.line) : []).toEqual([line]);
  });
});

/** Windows-1252 as most tools decode it: the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are lost as U+FFFD. */
const windows1252Lossy = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252').replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '\uFFFD');

describe('seeds damaged twice: their TIS-620 mojibake read again as Windows-1252, its undefined bytes lost', () => {
  it('should give every seed its title, outlet, tagline and parts, and the same claims, conflicts and timeline as the seeds', async () => {
    const dir = await tempDir('twice');
    try {
      for (const name of readdirSync(SEEDS)) writeFileSync(path.join(dir, name), windows1252Lossy(readFileSync(path.join(SEEDS, name), 'utf8')));
      const [seeds, damaged] = [await loadArticles(), await loadArticles(dir)];
      expect(damaged.some((a) => JSON.stringify(a).includes('\uFFFD'))).toBe(true); // the damage is there
      const parts = (a: ParsedArticle) => [a.title, a.source, a.tagline, a.takeaways.length, a.predictions.length, a.timeline.length, a.other.length];
      expect(damaged.map(parts)).toEqual(seeds.map(parts));
      const summary = (articles: Article[]) => {
        const { claims, conflicts, events } = analyse(articles);
        return { claims: claims.map((c) => `${c.statement} ×${c.mentions.length}`), conflicts: conflicts.map((c) => c.reason), events: events.map((e) => `${e.date} ×${e.mentions.length}`) };
      };
      expect(summary(damaged)).toEqual(summary(seeds));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
