/**
 * Writes the public data API (`data/*.json`, schemaVersion 1) beside the pages.
 * Every file is validated against its zod schema before it is written, and every
 * `url` gets the path prefix, as the contract says.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  ArticlesFile,
  BuildReport,
  ClaimsFile,
  CompetitorsFile,
  SCHEMA_VERSION,
  TimelineFile,
  type Analysis,
  type Article,
} from '../schemas.ts';
import { withPathPrefix } from '../urls.ts';
import { DigestError } from '../errors.ts';

const withUrl = <T extends { url: string }>(prefix: string, record: T): T => ({ ...record, url: withPathPrefix(prefix, record.url) });

function validated<S extends z.ZodType>(schema: S, value: unknown, name: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DigestError(`data/${name} does not match the data API schema; this is a bug in Digest:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Writes articles, claims, timeline, competitors and the build report under `outDir/data/`. */
export async function writeDataFiles(
  outDir: string,
  input: { articles: Article[]; analysis: Analysis; report: BuildReport; pathPrefix: string },
): Promise<void> {
  const { articles, analysis, report, pathPrefix } = input;
  const files: [string, z.ZodType, unknown][] = [
    ['articles.json', ArticlesFile, { schemaVersion: SCHEMA_VERSION, articles: articles.map((a) => withUrl(pathPrefix, a)) }],
    [
      'claims.json',
      ClaimsFile,
      { schemaVersion: SCHEMA_VERSION, claims: analysis.claims.map((c) => withUrl(pathPrefix, c)), conflicts: analysis.conflicts },
    ],
    ['timeline.json', TimelineFile, { schemaVersion: SCHEMA_VERSION, events: analysis.events.map((e) => withUrl(pathPrefix, e)) }],
    ['competitors.json', CompetitorsFile, { schemaVersion: SCHEMA_VERSION, ...analysis.competitors }],
    ['build-report.json', BuildReport, report],
  ];
  const dataDir = path.join(outDir, 'data');
  await mkdir(dataDir, { recursive: true });
  await Promise.all(
    files.map(([name, schema, value]) =>
      writeFile(path.join(dataDir, name), `${JSON.stringify(validated(schema, value, name), null, 2)}\n`),
    ),
  );
}
