/**
 * The search index: Pagefind's Node API fed with the clean text Digest already has
 * (articles, claims, events) as custom records, instead of making Pagefind re-read
 * the HTML. Pagefind indexes in its own process, so the pipeline starts it as soon
 * as the articles are parsed: articles are indexed while the analysis runs, claims
 * and events while Eleventy writes the pages.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Analysis, Article } from '../schemas.ts';
import type { MetricSeries } from './metricSeries.ts';
import { formatValue } from '../analyse/parseValue.ts';
import { DigestError } from '../errors.ts';
import { spacedWords } from './language.ts';

interface SearchRecord {
  url: string;
  title: string;
  content: string;
  kind: 'article' | 'claim' | 'event' | 'metric';
}

/** An index being built: add records as they become known, then write it. */
export interface SearchIndexer {
  addArticles(articles: Article[]): void;
  /** Adds the claims and events. */
  addAnalysis(analysis: Analysis): void;
  /** Adds the metric pages: each figure by period. */
  addMetrics(metrics: MetricSeries[]): void;
  /** Writes `outDir/pagefind/` (Pagefind works in its own process); resolves to the number of records. */
  write(outDir: string): Promise<number>;
  /** Stops Pagefind without writing (a failed build). */
  abandon(): Promise<void>;
}

/** The first 3,000 characters of an article: what a reader searches for; whole long-form texts doubled the index time. */
function articleText(a: Article): string {
  const parts = [a.title, a.tagline, ...Object.values(a.tldr), ...a.deepInsight, ...a.takeaways, ...a.technicalNotes, ...a.predictions.flatMap((p) => [p.text, p.rationale]), ...a.timeline.map((t) => t.text)];
  for (const section of a.sections) {
    parts.push(section.heading);
    for (const b of section.blocks) parts.push(b.kind === 'table' ? [b.table.header, ...b.table.rows].flat().join(' ') : b.kind === 'list' ? b.items.join(' ') : b.text);
  }
  return parts.filter(Boolean).join('\n').slice(0, 3000);
}

/**
 * Fragment files at most (Pagefind's `maxFragments`): each page's fragment (its title,
 * url and excerpt text) is a file of its own up to this many pages; beyond it, Pagefind
 * bundles fragments into shared files. At 4,000 articles (4,617 records) that is 462
 * files of ~6 KB instead of 4,617 of ~1 KB, and the full build took 12.4-12.6 s instead
 * of 14.4-15.0 s (three alternating runs each); a search result costs one ~6 KB request.
 */
export const MAX_FRAGMENT_FILES = 500;

/** Starts Pagefind's indexing process; `language` (the pages' `lang`) picks its word stemming, and its UI finds the index by the page's `lang`. */
export function startSearchIndex(language: string): SearchIndexer {
  const created = pagefind.createIndex({ maxFragments: MAX_FRAGMENT_FILES }).then(({ index, errors }) => {
    if (!index) throw new DigestError(`the search index could not be created: ${errors.join('; ')}`);
    return index;
  });
  let count = 0;
  let pending: Promise<unknown> = created;
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= pagefind.close().then(() => undefined)); // once, whoever gets there first
  const add = (records: SearchRecord[]) => {
    count += records.length;
    // Every record at once, in the order added: Pagefind reads them from its pipe as fast as it
    // indexes them. Waiting for one batch before sending the next would need this thread, busy rendering.
    const added = created.then(async (index) => {
      // Root-absolute urls without the prefix: Pagefind's UI adds the base path it was loaded from.
      // One index, in the site's language: Pagefind loads only the index of the page's `lang`,
      // so a record marked `zh` is never searched from an English site. Chinese and Japanese
      // are indexed as words set apart (spacedWords), and queries are split alike.
      const results = await Promise.all(
        records.map((r) => index.addCustomRecord({ url: r.url, content: spacedWords(r.content), language, meta: { title: r.title }, filters: { kind: [r.kind] } })),
      );
      results.forEach((result, i) => {
        if (result.errors.length) throw new DigestError(`the search index refused ${records[i]!.url}: ${result.errors.join('; ')}`);
      });
    });
    pending = Promise.all([pending, added]);
    pending.catch(() => undefined); // reported by write()
  };
  return {
    addArticles(articles) {
      add(articles.map((a) => ({ url: a.url, title: a.title, content: articleText(a), kind: 'article' })));
    },
    addAnalysis(analysis) {
      add([
        // A quote repeated word for word by many articles adds nothing to the index after its first time.
        ...analysis.claims.map((c): SearchRecord => ({ url: c.url, title: c.statement, content: [c.statement, ...[...new Set(c.mentions.map((m) => m.quote))].slice(0, 20)].join('\n'), kind: 'claim' })),
        ...analysis.events.map((e): SearchRecord => ({ url: e.url, title: `${e.date}: ${e.text}`, content: e.mentions.map((m) => m.text).join('\n'), kind: 'event' })),
      ]);
    },
    addMetrics(metrics) {
      add(
        metrics.map((m) => ({
          url: m.url,
          title: `${m.title} over time`,
          content: [m.title, ...m.periods.map((p) => `${p.label}: ${p.points.map((x) => `${formatValue(x.claim.value!)} (${x.outlets.join(', ')})`).join('; ')}`)].join('\n'),
          kind: 'metric',
        })),
      );
    },
    async write(outDir) {
      try {
        await pending;
        const written = await (await created).writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new DigestError(`the search index could not be written: ${written.errors.join('; ')}`);
        return count;
      } finally {
        await close();
      }
    },
    async abandon() {
      await pending.catch(() => undefined);
      await close();
    },
  };
}
