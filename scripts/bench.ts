/**
 * `npm run bench`: Digest against the peer a user would otherwise pick — Eleventy over
 * the same texts as plain Markdown pages with one Nunjucks layout, then the Pagefind
 * CLI over that output — on generated corpora of 1,000 and 4,000 articles (40,000 with
 * --large). Runs are interleaved, medians reported, peak memory from GNU time.
 *
 *   npm run bench                      # 1,000 and 4,000 articles, 5 runs each
 *   npm run bench -- --runs 7 --large  # also 40,000 articles (--large-runs, default 1)
 *   npm run bench -- --sizes 4000,40000 --runs 3
 *
 * At 40,000 articles (and above) Digest's full build is also measured with a path prefix
 * and site url, as the Pages workflow builds; `digest serve`'s rebuild is measured below
 * that size only.
 *
 * Five runs a side by default (at least three): this VM's speed drifts within minutes,
 * and a median of five moves less than a median of three.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { generateCorpus } from './benchCorpus.ts';
// @ts-expect-error -- plain JavaScript, no declarations
import { compiledBuild } from './compile.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'bench-results');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    large: { type: 'boolean', default: false },
    'large-runs': { type: 'string', default: '1' },
    sizes: { type: 'string' },
  },
});
const runs = Math.max(3, Number(values.runs));
/** Sizes from this one up are large: a run takes minutes, so they get --large-runs runs (one by default). */
const LARGE = 40_000;
const largeRuns = Math.max(1, Number(values['large-runs']));
/** The prefixed build's flags, as the Pages workflow passes them. */
const PREFIXED = ['--path-prefix', '/aws-digest/', '--site-url', 'https://example.github.io/aws-digest/'];
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.large ? [1000, 4000, LARGE] : [1000, 4000];

interface Measure {
  seconds: number;
  peakMiB: number;
  stdout: string;
}

function ensureGnuTime(): void {
  if (existsSync('/usr/bin/time')) return;
  console.error('bench: installing GNU time to measure peak memory…');
  spawnSync('bash', ['-c', 'apt-get update -qq && apt-get install -y -qq time'], { stdio: 'inherit' });
}

/** Runs a command under GNU time: wall seconds and the peak RSS of its largest process. */
function measure(command: string[], cwd = ROOT): Measure {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', ...command], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || !line) {
    throw new Error(`bench: ${command.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  }
  const [, seconds, kib] = line.split(' ');
  // Each measurement as it comes: a large size takes many minutes.
  // Named by its script (after `node` and Node's own flags) or its program, with the flags that set it apart.
  const at = command[0] === 'node' ? command.findIndex((a, i) => i > 0 && !a.startsWith('-')) : 0;
  const flags = command.slice(at + 1).filter((a) => a.startsWith('--') && !['--input', '--output', '--quiet', '--json'].includes(a));
  console.error(`bench:   ${path.basename(command[at]!)} ${flags.join(' ')}: ${seconds} s, ${Math.round(Number(kib) / 1024)} MiB`);
  return { seconds: Number(seconds), peakMiB: Number(kib) / 1024, stdout: result.stdout };
}

/**
 * Removes a previous output and waits until the disk has settled (this disk discards
 * deleted blocks), so that every measured build, Digest's or the peer's, starts as in
 * CI on a fresh clone: no output folder, nothing left to flush.
 */
async function startFresh(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  spawnSync('sync');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The peer's input: the same texts as Markdown pages with one Nunjucks layout. */
async function writePeerProject(corpus: string, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src', '_includes'), { recursive: true });
  await writeFile(
    path.join(dir, 'eleventy.config.mjs'),
    'export default function (c) { c.setTemplateFormats(["md"]); return { markdownTemplateEngine: false }; }\n',
  );
  await writeFile(
    path.join(dir, 'src', '_includes', 'layout.njk'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>' +
      '<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n',
  );
  for (const name of await readdir(corpus)) {
    // A copy with a front matter title gets it; the others, their first line (after the aggregator's header).
    const { data, content: text } = matter(await readFile(path.join(corpus, name), 'utf8'));
    const title = typeof data.title === 'string' ? data.title : (text.split('\n').find((l) => l.trim() !== '' && !l.includes('collected in')) ?? name);
    const front = `---\ntitle: ${JSON.stringify(title.trim())}\nlayout: layout.njk\n---\n`;
    await writeFile(path.join(dir, 'src', name.replace(/\.txt$/, '.md')), front + text);
  }
}

const eleventyBin = path.join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const pagefindBin = path.join(ROOT, 'node_modules', '.bin', 'pagefind');
const digestBin = path.join(ROOT, 'bin', 'digest.js');

async function benchSize(size: number) {
  const corpus = path.join(WORK, `corpus-${size}`);
  await generateCorpus(path.join(ROOT, 'seeds'), corpus, size);
  const peer = path.join(WORK, `peer-${size}`);
  await writePeerProject(corpus, peer);
  const large = size >= LARGE;
  const sizeRuns = large ? largeRuns : runs;
  const samples = { digest: [] as Measure[], digestPrefixed: [] as Measure[], digestNoSearch: [] as Measure[], eleventy: [] as Measure[], pagefind: [] as Measure[] };
  const stages: Record<string, number[]> = {};
  const stagesNoSearch: Record<string, number[]> = {};
  const stagesPrefixed: Record<string, number[]> = {};
  const collect = (into: Record<string, number[]>, m: Measure) => {
    for (const [stage, ms] of Object.entries(JSON.parse(m.stdout).timings as Record<string, number>)) (into[stage] ??= []).push(ms / 1000);
  };
  const out = path.join(WORK, `digest-out-${size}`);
  const peerOut = path.join(peer, '_site');
  const digest = (...flags: string[]) => measure(['node', '--no-regexp-tier-up', digestBin, 'build', '--input', corpus, '--output', out, '--quiet', '--json', ...flags]);
  const digestFull = async () => {
    await startFresh(out);
    samples.digest.push(digest());
    collect(stages, samples.digest.at(-1)!);
  };
  const digestNoSearch = async () => {
    await startFresh(out);
    samples.digestNoSearch.push(digest('--no-search'));
    collect(stagesNoSearch, samples.digestNoSearch.at(-1)!);
  };
  const digestPrefixed = async () => {
    await startFresh(out);
    samples.digestPrefixed.push(digest(...PREFIXED));
    collect(stagesPrefixed, samples.digestPrefixed.at(-1)!);
  };
  const eleventyThenPagefind = async () => {
    await startFresh(peerOut);
    samples.eleventy.push(measure(['node', eleventyBin, '--config=eleventy.config.mjs', '--input=src', '--output=_site', '--quiet'], peer));
    samples.pagefind.push(measure([pagefindBin, '--site', '_site', '--silent'], peer));
  };
  for (let run = 0; run < sizeRuns; run++) {
    // Creating files costs more right after a large build was written and deleted (seen
    // here as kernel time that grows from run to run), so neither side always follows the
    // other's heaviest build: the order is reversed every other run.
    const order = large ? [digestFull, eleventyThenPagefind, digestPrefixed, digestNoSearch] : [digestFull, eleventyThenPagefind, digestNoSearch];
    for (const step of run % 2 === 0 ? order : order.reverse()) await step();
  }
  // digest serve: a full build, one file edited, the rebuild (in one process, as serve runs it).
  const rebuilds: { fullMs: number; rebuildMs: number; rebuiltPages: number }[] = [];
  for (let run = 0; run < (large ? 0 : runs); run++) {
    const result = spawnSync('node', ['--no-regexp-tier-up', '--import', 'tsx', path.join(ROOT, 'scripts', 'benchRebuild.ts'), corpus, path.join(WORK, `rebuild-${size}`)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(`bench: serve rebuild failed:\n${result.stderr.slice(-2000)}`);
    rebuilds.push(JSON.parse(result.stdout.trim().split('\n').at(-1)!));
  }
  const med = (ms: Measure[]) => median(ms.map((m) => m.seconds));
  const peak = (ms: Measure[]) => (ms.length ? Math.max(...ms.map((m) => m.peakMiB)) : 0);
  const peerTotal = median(samples.eleventy.map((m, i) => m.seconds + samples.pagefind[i]!.seconds));
  return {
    size,
    digest: { seconds: med(samples.digest), peakMiB: peak(samples.digest) },
    digestNoSearch: { seconds: med(samples.digestNoSearch), peakMiB: peak(samples.digestNoSearch) },
    digestPrefixed: large ? { seconds: med(samples.digestPrefixed), peakMiB: peak(samples.digestPrefixed) } : null,
    runs: sizeRuns,
    eleventy: { seconds: med(samples.eleventy), peakMiB: peak(samples.eleventy) },
    pagefind: { seconds: med(samples.pagefind), peakMiB: peak(samples.pagefind) },
    peerTotal,
    ratioFull: med(samples.digest) / peerTotal,
    ratioNoSearch: med(samples.digestNoSearch) / med(samples.eleventy),
    memoryRatioNoSearch: peak(samples.digestNoSearch) / peak(samples.eleventy),
    stages: Object.fromEntries(Object.entries(stages).map(([stage, xs]) => [stage, median(xs)])),
    stagesNoSearch: Object.fromEntries(Object.entries(stagesNoSearch).map(([stage, xs]) => [stage, median(xs)])),
    stagesPrefixed: Object.fromEntries(Object.entries(stagesPrefixed).map(([stage, xs]) => [stage, median(xs)])),
    samples: Object.fromEntries(Object.entries(samples).map(([side, ms]) => [side, ms.map((m) => ({ seconds: m.seconds, peakMiB: Math.round(m.peakMiB) }))])),
    serve: rebuilds.length === 0 ? null : {
      fullSeconds: median(rebuilds.map((r) => r.fullMs / 1000)),
      rebuildSeconds: median(rebuilds.map((r) => r.rebuildMs / 1000)),
      ratio: median(rebuilds.map((r) => r.rebuildMs / r.fullMs)),
      rebuiltPages: median(rebuilds.map((r) => r.rebuiltPages)),
    },
  };
}

ensureGnuTime();
await compiledBuild(); // every measured run starts from the compiled build, as after `npm ci`
await mkdir(WORK, { recursive: true });
const results: Awaited<ReturnType<typeof benchSize>>[] = [];
for (const size of sizes) {
  console.error(`bench: ${size} articles, ${size >= LARGE ? largeRuns : runs} interleaved runs per side…`);
  results.push(await benchSize(size));
}
const f = (x: number) => x.toFixed(2);
const rows = [
  '| articles | Digest full (s) | Eleventy + Pagefind (s) | ratio (target ≤ 0.8) | Digest --no-search (s) | Eleventy alone (s) | ratio (target ≤ 1.0) | peak MiB Digest --no-search / Eleventy | peak MiB Digest full / Pagefind |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.size} | ${f(r.digest.seconds)} | ${f(r.peerTotal)} (${f(r.eleventy.seconds)} + ${f(r.pagefind.seconds)}) | ${f(r.ratioFull)} | ${f(r.digestNoSearch.seconds)} | ${f(r.eleventy.seconds)} | ${f(r.ratioNoSearch)} | ${Math.round(r.digestNoSearch.peakMiB)} / ${Math.round(r.eleventy.peakMiB)} | ${Math.round(r.digest.peakMiB)} / ${Math.round(r.pagefind.peakMiB)} |`,
  ),
];
const stageNames = [...new Set(results.flatMap((r) => Object.keys(r.stages)))];
rows.push('', `| articles | build | ${stageNames.join(' | ')} |`, `| ---: | --- |${stageNames.map(() => ' ---: |').join('')}`);
for (const r of results) {
  rows.push(`| ${r.size} | full | ${stageNames.map((s) => f(r.stages[s] ?? 0)).join(' | ')} |`);
  rows.push(`| ${r.size} | --no-search | ${stageNames.map((s) => f(r.stagesNoSearch[s] ?? 0)).join(' | ')} |`);
  if (r.digestPrefixed) rows.push(`| ${r.size} | prefixed | ${stageNames.map((s) => f(r.stagesPrefixed[s] ?? 0)).join(' | ')} |`);
}
const prefixed = results.filter((r) => r.digestPrefixed);
if (prefixed.length) {
  rows.push('', '| articles | Digest full (s) | Digest full, prefixed (s) | peak MiB full / prefixed / Eleventy | runs |', '| ---: | ---: | ---: | ---: | ---: |');
  for (const r of prefixed) rows.push(`| ${r.size} | ${f(r.digest.seconds)} | ${f(r.digestPrefixed!.seconds)} | ${Math.round(r.digest.peakMiB)} / ${Math.round(r.digestPrefixed!.peakMiB)} / ${Math.round(r.eleventy.peakMiB)} | ${r.runs} |`);
}
if (results.some((r) => r.serve)) rows.push('', '| articles | serve: full build (s) | rebuild after one edit (s) | ratio (target ≤ 0.25) | pages written again |', '| ---: | ---: | ---: | ---: | ---: |');
for (const r of results) if (r.serve) rows.push(`| ${r.size} | ${f(r.serve.fullSeconds)} | ${f(r.serve.rebuildSeconds)} | ${f(r.serve.ratio)} | ${r.serve.rebuiltPages} |`);
const [small, medium, big] = [1000, 4000, LARGE].map((size) => results.find((r) => r.size === size));
if (small && medium) {
  rows.push('', `Growth 1,000 → 4,000 articles: Digest ${f(medium.digest.seconds / small.digest.seconds)}x (target ≤ 4.6x), peer ${f(medium.peerTotal / small.peerTotal)}x.`);
}
if (medium && big) {
  rows.push('', `Growth 4,000 → 40,000 articles: Digest ${f(big.digest.seconds / medium.digest.seconds)}x (target ≤ 11x), peer ${f(big.peerTotal / medium.peerTotal)}x.`);
}
rows.push('', `Medians of ${runs} interleaved runs (${largeRuns} from ${LARGE.toLocaleString('en')} articles); stage times in seconds; ${new Date().toISOString().slice(0, 10)}, node ${process.version}.`);
console.log(rows.join('\n'));
await writeFile(path.join(WORK, 'bench.json'), `${JSON.stringify({ runs, results }, null, 2)}\n`);
