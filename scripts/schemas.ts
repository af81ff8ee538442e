/**
 * Writes the JSON Schemas published in `docs/` from the zod schemas they are made
 * from, so that editors can complete and check the files they describe and users of
 * the data API have its shapes without building anything:
 *
 *   npm run schemas
 *
 * test/docs.test.ts and test/config.test.ts check that the committed files equal what
 * this writes now. To
 * publish another schema, add a row to JSON_SCHEMAS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ArticlesFile, BuildReport, ChangesFile, ClaimsFile, CompetitorsFile, SCHEMA_VERSION, TimelineFile } from '../src/schemas.ts';
import { digestConfigJsonSchema } from '../src/config.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The JSON Schema (draft 2020-12) of a data API file. Generated as zod's input: an object
 * then admits properties it does not list (zod strips them rather than failing), as the
 * contract lets fields be added within a schemaVersion.
 */
export function dataFileJsonSchema(schema: z.ZodType, file: string): unknown {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    title: file,
    description: `Digest's ${file}, data API schemaVersion ${SCHEMA_VERSION} (docs/data-api.md). Generated from src/schemas.ts by npm run schemas.`,
    ...rest,
  };
}

/** Each published schema: its file, relative to the project root, and what it holds. */
export const JSON_SCHEMAS: { file: string; schema: () => unknown }[] = [
  { file: 'docs/digest.config.schema.json', schema: digestConfigJsonSchema },
  { file: 'docs/schemas/articles.schema.json', schema: () => dataFileJsonSchema(ArticlesFile, 'data/articles.json') },
  { file: 'docs/schemas/claims.schema.json', schema: () => dataFileJsonSchema(ClaimsFile, 'data/claims.json') },
  { file: 'docs/schemas/timeline.schema.json', schema: () => dataFileJsonSchema(TimelineFile, 'data/timeline.json') },
  { file: 'docs/schemas/competitors.schema.json', schema: () => dataFileJsonSchema(CompetitorsFile, 'data/competitors.json') },
  { file: 'docs/schemas/build-report.schema.json', schema: () => dataFileJsonSchema(BuildReport, 'data/build-report.json') },
  { file: 'docs/schemas/changes.schema.json', schema: () => dataFileJsonSchema(ChangesFile, 'data/changes.json') },
];

/** A schema file's text: two-space JSON and a final newline. */
export const jsonSchemaText = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { file, schema } of JSON_SCHEMAS) {
    mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    writeFileSync(path.join(ROOT, file), jsonSchemaText(schema()));
    console.log(`wrote ${file}`);
  }
}
