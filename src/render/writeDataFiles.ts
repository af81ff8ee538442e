/**
 * Writes the public data API (`data/*.json`, schemaVersion 1) beside the pages.
 * Every record is validated against its zod schema before it is written, and every
 * `url` gets the path prefix, as the contract says.
 */
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  ArticlesFile,
  BuildReport,
  ChangesFile,
  ClaimsFile,
  CompetitorsFile,
  SCHEMA_VERSION,
  TimelineFile,
  type PublishedArticle,
} from '../schemas.ts';
import type { PublishedAnalysis } from '../editions/continueEdition.ts';
import { withPathPrefix } from '../urls.ts';
import { DigestError } from '../errors.ts';

const withUrl = <T extends { url: string }>(prefix: string, record: T): T => ({ ...record, url: withPathPrefix(prefix, record.url) });

function validated<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DigestError(`${where} does not match the data API schema; this is a bug in Digest:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * Writes `value` as JSON, validated field by field and record by record against
 * `schema`, one record per line, in chunks of about 1 MiB: a corpus of any size never
 * needs its whole file as one string in memory.
 */
async function writeValidatedJson(file: string, schema: z.ZodObject, value: Record<string, unknown>, name: string): Promise<void> {
  const handle = await open(file, 'w');
  let buffer = '{';
  const write = async (text: string) => {
    buffer += text;
    if (buffer.length >= 1 << 20) {
      await handle.write(buffer);
      buffer = '';
    }
  };
  try {
    let fields = 0;
    for (const [key, field] of Object.entries(schema.shape)) {
      const where = `data/${name}: ${key}`;
      if (field instanceof z.ZodArray && Array.isArray(value[key])) {
        await write(`${fields++ ? ',' : ''}\n${JSON.stringify(key)}:[`);
        const records = value[key] as unknown[];
        for (let i = 0; i < records.length; i++) await write(`${i ? ',' : ''}\n${JSON.stringify(validated(field.element as z.ZodType, records[i], `${where}[${i}]`))}`);
        await write(records.length ? '\n]' : ']');
      } else {
        const data = validated(field as z.ZodType, value[key], where);
        if (data !== undefined) await write(`${fields++ ? ',' : ''}\n${JSON.stringify(key)}:${JSON.stringify(data)}`);
      }
    }
    await handle.write(`${buffer}\n}\n`);
  } finally {
    await handle.close();
  }
}

/** Writes articles, claims, timeline, competitors, changes and the build report under `outDir/data/`, one after another. */
export async function writeDataFiles(
  outDir: string,
  input: { articles: PublishedArticle[]; analysis: PublishedAnalysis; changes: ChangesFile; report: BuildReport; pathPrefix: string },
): Promise<void> {
  const { articles, analysis, changes, report, pathPrefix } = input;
  const files: [string, z.ZodObject, () => Record<string, unknown>][] = [
    ['articles.json', ArticlesFile, () => ({ schemaVersion: SCHEMA_VERSION, articles: articles.map((a) => withUrl(pathPrefix, a)) })],
    ['claims.json', ClaimsFile, () => ({ schemaVersion: SCHEMA_VERSION, claims: analysis.claims.map((c) => withUrl(pathPrefix, c)), conflicts: analysis.conflicts })],
    ['timeline.json', TimelineFile, () => ({ schemaVersion: SCHEMA_VERSION, events: analysis.events.map((e) => withUrl(pathPrefix, e)) })],
    ['competitors.json', CompetitorsFile, () => ({ schemaVersion: SCHEMA_VERSION, ...analysis.competitors })],
    ['changes.json', ChangesFile, () => changes],
    ['build-report.json', BuildReport, () => report],
  ];
  const dataDir = path.join(outDir, 'data');
  await mkdir(dataDir, { recursive: true });
  for (const [name, schema, value] of files) await writeValidatedJson(path.join(dataDir, name), schema, value(), name);
}
