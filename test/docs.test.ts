/**
 * The README and docs/ against the program: the flag table against `--help` and the
 * parser, the data API's reference and JSON Schemas against the zod schemas and a real
 * build's data files, links between the documents, and the first screen's promises.
 */
import { describe, expect, inject, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { PROJECT_ROOT } from './helpers/cli.ts';
import { parseCommandLine, USAGE } from '../src/cli.ts';
import { JSON_SCHEMAS, jsonSchemaText } from '../scripts/schemas.ts';

const read = (file: string) => readFile(path.join(PROJECT_ROOT, file), 'utf8');

/** The text of a README section, from its `## heading` to the next. */
async function readmeSection(heading: string): Promise<string> {
  const readme = await read('README.md');
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README section "${heading}"`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** Flags named in `text`: `--word` and `-x`. */
const flagsIn = (text: string) => [...text.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1]!);

/** Every flag `--help` lists, with whether it takes a value (`--input DIR`). */
function helpFlags(): Map<string, boolean> {
  const options = USAGE.slice(USAGE.indexOf('Options:'), USAGE.indexOf('Examples:'));
  const flags = new Map<string, boolean>();
  for (const line of options.split('\n').slice(1)) {
    const match = /^\s+((?:-\w, )?--[a-z-]+)( [A-Z/|]\S*)?\s{2,}/.exec(line);
    if (match) for (const flag of match[1]!.split(', ')) flags.set(flag, Boolean(match[2]));
  }
  return flags;
}

/** Every property name anywhere in a JSON Schema. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNames(item, names);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') for (const name of Object.keys(value as object)) names.add(name);
      propertyNames(value, names);
    }
  }
  return names;
}

const DATA_SCHEMAS = JSON_SCHEMAS.filter((s) => s.file.startsWith('docs/schemas/'));

describe('the README flag table', () => {
  it('should document every flag --help lists, and list in --help every flag it documents', async () => {
    const rows = (await readmeSection('The build command')).split('\n').filter((line) => line.startsWith('| `'));
    const documented = new Set(rows.flatMap((row) => flagsIn(row.split('|')[1]!)));
    const help = helpFlags();
    expect(help.size).toBeGreaterThan(10);
    for (const flag of ['--port', '--json', '--verbose', '--build-date']) expect(documented, flag).toContain(flag);
    expect([...documented].sort()).toEqual([...help.keys()].sort());
  });

  it('should list in --help only flags the command line accepts', async () => {
    for (const [flag, takesValue] of helpFlags()) {
      const args = ['build', '--input', PROJECT_ROOT, flag, ...(takesValue ? ['1'] : [])];
      const outcome = await parseCommandLine(args).then(
        () => 'accepted',
        (error: Error) => error.message,
      );
      expect(outcome, flag).not.toMatch(/Unknown option/);
    }
  });
});

describe('the data API reference', () => {
  it('should have committed the JSON Schemas that the zod schemas make now (npm run schemas writes them)', async () => {
    expect(DATA_SCHEMAS.map((s) => path.basename(s.file)).sort()).toEqual(
      ['articles', 'build-report', 'changes', 'claims', 'competitors', 'timeline'].map((name) => `${name}.schema.json`),
    );
    for (const { file, schema } of JSON_SCHEMAS) {
      expect(await read(file), `${file} is out of date: run npm run schemas`).toBe(jsonSchemaText(schema()));
    }
    // No schema left behind by a row that was removed.
    const published = new Set(JSON_SCHEMAS.map((s) => s.file));
    for (const file of await readdir(path.join(PROJECT_ROOT, 'docs', 'schemas'))) expect(published).toContain(`docs/schemas/${file}`);
  });

  it("should describe a real build's data files, and refuse a record the contract does not allow", async () => {
    const site = inject('siteRoot');
    const ajv = new Ajv2020({ allErrors: true });
    for (const { file, schema } of DATA_SCHEMAS) {
      const validate = ajv.compile(JSON.parse(await read(file)) as object);
      const name = path.basename(file).replace('.schema.json', '.json');
      const data = JSON.parse(await readFile(path.join(site, 'data', name), 'utf8'));
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(validate({ ...data, schemaVersion: 2 }), name).toBe(false);
    }
    const claims = ajv.compile(JSON.parse(await read('docs/schemas/claims.schema.json')) as object);
    const data = JSON.parse(await readFile(path.join(site, 'data', 'claims.json'), 'utf8'));
    const [first, ...others] = data.claims;
    expect(claims({ ...data, claims: [{ ...first, mentions: [] }, ...others] })).toBe(false);
    expect(claims({ ...data, claims: [{ ...first, topic: 'gossip' }, ...others] })).toBe(false);
    // Fields may be added within a schemaVersion: a consumer's validator must not refuse them.
    expect(claims({ ...data, claims: [{ ...first, addedLater: true }, ...others] })).toBe(true);
  });

  it('should name in docs/data-api.md every data file and every field the schemas have', async () => {
    const reference = await read('docs/data-api.md');
    expect(reference).toMatch(/schemaVersion/);
    for (const { file, schema } of DATA_SCHEMAS) {
      expect(reference, file).toContain(`## ${path.basename(file).replace('.schema.json', '.json')}`);
      expect(reference, file).toContain(`(${file.replace('docs/', '')})`);
      const names = propertyNames(schema());
      expect(names.size, file).toBeGreaterThan(4);
      for (const name of names) expect(reference, `${file}: ${name}`).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});

describe('the documents', () => {
  it('should link only to files in the repository, and to the data API reference, not to ../shared/', async () => {
    const documents = ['README.md', ...(await readdir(path.join(PROJECT_ROOT, 'docs'))).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    expect(documents).toContain('docs/data-api.md');
    expect(documents).toContain('docs/benchmarks.md');
    for (const document of documents) {
      const text = await read(document);
      expect(text, document).not.toContain('shared/DATA-API.md');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        expect(existsSync(path.join(PROJECT_ROOT, path.dirname(document), target!)), `${document} → ${target}`).toBe(true);
      }
    }
    expect(await readmeSection('What the build produces')).toContain('[`docs/data-api.md`](docs/data-api.md)');
  });

  it("should say on the first screen how to build and test, and that the tests install Debian's chromium with apt", async () => {
    const readme = await read('README.md');
    const firstScreen = readme.slice(0, readme.indexOf('\n## '));
    expect(firstScreen).toContain('npm ci && npm run build');
    expect(firstScreen).toContain('npm ci && npm test');
    expect(firstScreen).toMatch(/installs Debian's `chromium` package with `apt-get`/);
    // …which is what npm test does.
    expect(JSON.parse(await read('package.json')).scripts.test).toMatch(/^bash scripts\/ensure-chromium\.sh && /);
    expect(await read('scripts/ensure-chromium.sh')).toMatch(/apt-get install -y -qq chromium/);
  });

  it('should keep the Speed section to the latest run and how to rerun it, the history in docs/benchmarks.md', async () => {
    const speed = await readmeSection('Speed');
    expect(speed).toContain('npm run bench');
    expect(speed).toContain('[`docs/benchmarks.md`](docs/benchmarks.md)');
    expect(speed).not.toMatch(/\(run \d\)|previous session|Tried and dropped/);
    const history = await read('docs/benchmarks.md');
    expect(history).toMatch(/\| 4000 \(run 1\) \|/);
    expect(history).toContain('Tried and dropped');
  });
});

describe('npm ci on a fresh clone', () => {
  it("should find every dependency's install script reviewed in allowScripts, so npm ends without an advisory", async () => {
    const lock = JSON.parse(await read('package-lock.json')) as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };
    const { allowScripts = {} } = JSON.parse(await read('package.json')) as { allowScripts?: Record<string, boolean> };
    const withScripts = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript);
    expect(withScripts.map(([where]) => where)).toContain('node_modules/esbuild');
    for (const [where, entry] of withScripts) {
      const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
      expect(allowScripts[name] ?? allowScripts[`${name}@${entry.version}`], `${name} in allowScripts`).toBeTypeOf('boolean');
    }
  });
});
