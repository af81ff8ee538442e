/**
 * The search index: Pagefind's Node API fed with the clean text Digest already has
 * (articles, claims, events) as custom records, instead of making Pagefind re-read
 * the HTML.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteModel } from './siteModel.ts';
import { DigestError } from '../errors.ts';

/** Builds `outDir/pagefind/`; returns the number of records indexed. */
export async function writeSearchIndex(model: SiteModel, outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new DigestError(`the search index could not be created: ${errors.join('; ')}`);
  try {
    const records = [
      ...model.articles.map((a) => ({
        url: a.url,
        title: a.title,
        // The first 3,000 characters: what a reader searches for (title, tagline, TL;DR, takeaways, the opening) —
        // indexing whole long-form texts doubled the index time for little better recall.
        content: [a.title, a.tagline, ...Object.values(a.tldr), ...a.deepInsight, ...a.takeaways, ...a.technicalNotes, ...a.predictions.flatMap((p) => [p.text, p.rationale]), ...a.timeline.map((t) => t.text), ...a.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => (b.kind === 'table' ? [b.table.header, ...b.table.rows].flat().join(' ') : b.kind === 'list' ? b.items.join(' ') : b.text))])].filter(Boolean).join('\n').slice(0, 3000),
        kind: 'article',
      })),
      ...model.analysis.claims.map((c) => ({ url: c.url, title: c.statement, content: [c.statement, ...c.mentions.map((m) => m.quote)].join('\n'), kind: 'claim' })),
      ...model.analysis.events.map((e) => ({ url: e.url, title: `${e.date}: ${e.text}`, content: e.mentions.map((m) => m.text).join('\n'), kind: 'event' })),
    ];
    // Records go to Pagefind's indexing process in parallel batches: one round trip per record would serialise it.
    for (let i = 0; i < records.length; i += 256) {
      const batch = records.slice(i, i + 256).map((record) =>
        // Root-absolute without the prefix: Pagefind's UI adds the base path it was loaded from.
        index.addCustomRecord({ url: record.url, content: record.content, language: 'en', meta: { title: record.title }, filters: { kind: [record.kind] } }),
      );
      for (const [j, added] of (await Promise.all(batch)).entries()) {
        if (added.errors.length) throw new DigestError(`the search index refused ${records[i + j]!.url}: ${added.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new DigestError(`the search index could not be written: ${written.errors.join('; ')}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
