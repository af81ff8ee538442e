/**
 * `npm run eval [-- --part dev|test] [-- --json]`: builds each part of the evaluation set with the
 * real `digest build`, reads the data API it wrote and scores it against the part's gold
 * (`eval/scoring.ts`). Prints a table of both parts and every miss with its file and line, or
 * with `--json` only `{ "dev": Scores, "test": Scores }`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ArticlesFile, ClaimsFile, TimelineFile } from '../src/schemas.ts';
import { readGold } from './gold.ts';
import { SystemOutput, score, type Found, type Miss, type Scores } from './scoring.ts';
import { splitReport } from './splits.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PARTS = ['dev', 'test'] as const;
type Part = (typeof PARTS)[number];

/** The data API files as far as the scorer reads them: fields a newer build adds are let through. */
const readJson = <T extends z.ZodType>(file: string, schema: T): z.infer<T> => schema.parse(JSON.parse(readFileSync(file, 'utf8')));
const LooseClaims = ClaimsFile.pick({ conflicts: true }).extend({ claims: SystemOutput.shape.claims });
const ArticleIds = z.object({ articles: z.array(ArticlesFile.shape.articles.element.pick({ id: true })) });

/** Builds one part into a temporary folder and returns what its data API says. */
function buildPart(part: Part): SystemOutput {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `digest-eval-${part}-`));
  try {
    const output = path.join(tmp, 'site');
    const args = ['bin/digest.js', 'build', '--input', path.join('eval', 'articles', part), '--output', output, '--no-search', '--quiet'];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`digest build of eval/articles/${part} failed (${run.signal ? `killed by ${run.signal}` : `exit ${run.status}`}):\n${run.stderr}`);
    const data = (name: string) => path.join(output, 'data', name);
    const claims = readJson(data('claims.json'), LooseClaims);
    return {
      claims: claims.claims,
      conflicts: claims.conflicts,
      events: readJson(data('timeline.json'), TimelineFile).events,
      articles: readJson(data('articles.json'), ArticleIds).articles.map((a) => a.id),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Scores one part: its gold, its files and a fresh build. */
function scorePart(part: Part): { scores: Scores; misses: Miss[]; found: Found } {
  const gold = readGold(ROOT, part);
  const files = readdirSync(path.join(ROOT, 'eval', 'articles', part)).sort();
  return score(gold, buildPart(part), files);
}

/** The scores of each part as a Markdown table, to read in a terminal or paste into the README. */
function table(results: [Part, Scores, Found][]): string {
  const f = (n: number) => n.toFixed(3);
  const rows = results.map(([part, s, found]) =>
    [
      part,
      s.articles,
      ...[s.timeline, s.claims, s.conflicts].flatMap((p) => [f(p.precision), f(p.recall), f(p.f1)]),
      s.overstated,
      `${found.entries}/${found.ofEntries}`,
      `${found.mentions}/${found.ofMentions}`,
    ].join(' | '),
  );
  return [
    '| part | articles | timeline P | timeline R | timeline F1 | claims P | claims R | claims F1 | conflicts P | conflicts R | conflicts F1 | overstated | entries found | mentions found |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { part: { type: 'string' }, json: { type: 'boolean', default: false }, splits: { type: 'boolean', default: false } } });
  if (values.part !== undefined && !PARTS.includes(values.part as Part)) {
    process.stderr.write(`--part must be dev or test, not ${values.part}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.splits) {
    // The test part's misses are never read, so its splits are never printed.
    if (values.part !== 'dev') {
      process.stderr.write('--splits reads misses: it takes --part dev only\n');
      process.exitCode = 2;
      return;
    }
    process.stdout.write(splitReport(readGold(ROOT, 'dev'), buildPart('dev')));
    return;
  }
  const parts = values.part ? [values.part as Part] : [...PARTS];
  const results = parts.map((part) => [part, scorePart(part)] as const);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(results.map(([part, r]) => [part, r.scores])), null, 2)}\n`);
    return;
  }
  const lines = [table(results.map(([part, r]) => [part, r.scores, r.found])), ''];
  for (const [part, r] of results) {
    lines.push(`${part}: ${r.misses.length} misses`);
    for (const m of r.misses) lines.push(`eval/articles/${part}/${m.file}:${m.line}  ${m.kind}  ${m.what}`);
    lines.push('');
  }
  process.stdout.write(`${lines.join('\n')}`);
}

main();
