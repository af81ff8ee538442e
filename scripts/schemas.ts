/**
 * Writes the JSON Schemas published in `docs/` from the zod schemas they are made
 * from, so that editors can complete and check the files they describe:
 *
 *   npm run schemas
 *
 * test/config.test.ts checks that the committed files equal what this writes now.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { digestConfigJsonSchema } from '../src/config.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each published schema: its file, relative to the project root, and what it holds. */
export const JSON_SCHEMAS: { file: string; schema: () => unknown }[] = [
  { file: 'docs/digest.config.schema.json', schema: digestConfigJsonSchema },
];

/** A schema file's text: two-space JSON and a final newline. */
export const jsonSchemaText = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { file, schema } of JSON_SCHEMAS) {
    writeFileSync(path.join(ROOT, file), jsonSchemaText(schema()));
    console.log(`wrote ${file}`);
  }
}
