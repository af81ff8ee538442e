/**
 * One decoded file → one article record, or a rejection that says why it is not an
 * article. Front matter is read first; then the body is read as the aggregator format
 * when it shows that format's header line or sections, else as a long-form article.
 */
import path from 'node:path';
import type { DecodedFile, ParsedArticle, Rejection, Section, Warning } from '../schemas.ts';
import { readFrontMatter } from './frontMatter.ts';
import { countAggregatorSections, hasHeaderLine, parseAggregator } from './parseAggregator.ts';
import { openingDate } from './publicationDate.ts';
import { parseLongform } from './parseLongform.ts';
import { deriveTitle } from './deriveTitle.ts';
import { ENDS_SENTENCE, nonEmpty, toSourceLines, wordCount } from './sourceLines.ts';
import { unwrapLines } from './unwrapLines.ts';

export type ParseResult = { article: ParsedArticle; warnings: Warning[] } | { rejection: Rejection };

/** The article id: the file's name without its extension, unchanged (sub-folders kept). */
export const articleId = (file: string): string => {
  const ext = path.posix.extname(file);
  return ext && ext !== file ? file.slice(0, -ext.length) : file;
};

const EMPTY_PARTS = {
  header: null,
  tagline: null,
  tldr: { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null },
  deepInsight: [],
  takeaways: [],
  competitorTables: [],
  technicalNotes: [],
  predictions: [],
  timeline: [],
  sections: [],
  footer: [],
  originalSource: null,
  other: [],
} satisfies Partial<ParsedArticle>;

/** A sentence's end: `.`, `!` or `?` before a space or the end (not `$2.5B`), or `。！？` anywhere. */
const SENTENCE_END = /[.!?]["'”’)]*(?=\s|$)|[。！？]/gu;

/**
 * Is there prose enough to call a long-form file an article? Two paragraphs of 12 words
 * or one of 40, or news in brief: 12 words and a figure (in digits or in words, see FIGURE) in at least two sentences, or in
 * one under a headline (a wire brief's paragraphs are often a sentence of 8 words each;
 * a one-sentence brief is a headline and its lede). A list of words, a headline alone or
 * a line of labels is none of these.
 */
const hasProse = (paragraphs: string[], headline: boolean) => {
  const long = paragraphs.filter((p) => wordCount(p, 12) >= 12);
  if (long.length >= 2 || long.some((p) => wordCount(p, 40) >= 40)) return true;
  const sentences = paragraphs.reduce((n, p) => n + (p.match(SENTENCE_END)?.length ?? 0), 0);
  const words = paragraphs.reduce((n, p) => n + wordCount(p, 12), 0);
  return sentences >= (headline ? 1 : 2) && words >= 12 && paragraphs.some((p) => FIGURE.test(p));
};
/** A figure: a digit, or a number in Chinese or Japanese numerals with its magnitude (六千億, 两万亿, 三成, 十亿). */
const FIGURE = /\p{Nd}|[〇一二三四五六七八九十两兩百千][十百千万萬亿億兆成倍]/u;

/**
 * The prose of a long-form body: its paragraphs, its labelled notes ("Why it matters: …",
 * one sentence led by a label, as Axios writes every paragraph) and the items of its lists
 * that are sentences ("- OpenAI walked away from a $50 billion offer."), not words.
 */
const proseOf = (sections: Section[]): string[] =>
  sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'note' ? [b.text] : b.kind === 'list' ? b.items.filter((item) => ENDS_SENTENCE.test(item)) : [])),
  );

/** Parses one decoded input file. Never throws on any text. */
export function parseArticle(decoded: DecodedFile): ParseResult {
  const { file } = decoded;
  const reject = (reason: string, line?: number): ParseResult => ({ rejection: line ? { file, reason, line } : { file, reason } });
  const front = readFrontMatter(decoded.text);
  if (!front.ok) return reject(front.reason, front.line);
  const warnings: Warning[] = front.problems.map((p) => ({ file, line: p.line, message: p.message }));
  const lines = unwrapLines(toSourceLines(front.body, front.bodyFirstLine));
  const filled = nonEmpty(lines);
  if (filled.length === 0) return reject('no text after the front matter: the file is empty');
  // One line is a title without a body, unless it is prose (a text whose line breaks were lost).
  if (filled.length === 1 && !front.data.title) {
    if (!hasProse([filled[0]!.text], false)) return reject('only one line of text (a title without an article body)', filled[0]!.line);
    warnings.push({ file, line: filled[0]!.line, message: 'the whole text is one line (were its line breaks lost?); read as one paragraph' });
  }
  const meta = front.data;
  const base = { id: articleId(file), file, date: meta.date, originalUrl: meta.originalUrl, tags: meta.tags };

  if (hasHeaderLine(lines) || countAggregatorSections(lines) >= 2) {
    const parts = parseAggregator(lines);
    warnings.push(...parts.problems.map((p) => ({ file, line: p.line, message: p.message })));
    warnings.push(...parts.other.map((o) => ({ file, line: o.line, message: `line not recognised as part of the aggregator format; kept under "other"` })));
    const { titleLine, problems: _problems, ...fields } = parts;
    const hasContent =
      Object.values(parts.tldr).some((v) => v !== null) ||
      parts.takeaways.length + parts.competitorTables.length + parts.technicalNotes.length + parts.predictions.length + parts.timeline.length + parts.deepInsight.length > 0;
    if (!hasContent) return reject('an aggregator page with no content: no TL;DR, takeaways, tables, notes, predictions or timeline');
    const derived = parts.tagline ?? parts.tldr.whatChanged;
    const [title, titleSource] = meta.title
      ? [meta.title, 'front matter']
      : titleLine
        ? [titleLine.text, 'title line']
        : derived
          ? [deriveTitle(derived), parts.tagline ? 'tagline' : 'TL;DR']
          : [base.id, 'file name'];
    const source = meta.source ?? parts.header?.source ?? parts.originalSource;
    const date = meta.date ?? (parts.tagline ? openingDate(parts.tagline) : null);
    return { article: { ...base, ...fields, date, format: 'aggregator', title, titleSource, source, sections: [] }, warnings };
  }

  // With a title in the front matter, a headline line stays in the text as its first heading.
  const longform = parseLongform(lines, { headline: !meta.title });
  warnings.push(...longform.problems.map((p) => ({ file, line: p.line, message: p.message })));
  if (!hasProse(proseOf(longform.sections), longform.titleLine !== null || meta.title !== null)) {
    return reject('not a news article: no aggregator sections (TL;DR, takeaways, timeline…) and no paragraphs of prose', filled[0]!.line);
  }
  const [title, titleSource] = meta.title
    ? [meta.title, 'front matter']
    : longform.titleLine
      ? [longform.titleLine.text, 'title line']
      : // A text whose prose is all list items (a headline taken for a section name, then bullets) has no paragraph to take it from.
        [deriveTitle(longform.paragraphs[0] ?? proseOf(longform.sections)[0]!), 'first sentence'];
  return {
    article: { ...EMPTY_PARTS, ...base, date: meta.date ?? longform.date, format: 'longform', title, titleSource, source: meta.source ?? longform.source, sections: longform.sections, timeline: longform.timeline },
    warnings,
  };
}
