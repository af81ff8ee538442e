import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ArticlesFile, ChangesFile, ClaimsFile, TimelineFile, type ChangeKind } from '../src/schemas.ts';
import { tempDir } from './helpers/corpus.ts';
import { hashTree } from './helpers/tree.ts';
import { serveStatic } from './helpers/server.ts';
import { BLOOMBERG, buildEdition, EDITIONS_SITE_URL, editionInputs, FIRST_DATE, SECOND_DATE } from './helpers/editions.ts';
import { useAnalysedSeeds } from './helpers/seedArticles.ts';
import { continueEdition, KEPT_CHANGES, KEPT_EDITIONS } from '../src/editions/continueEdition.ts';
import type { PreviousEdition } from '../src/editions/readPrevious.ts';

let dir: string;
let inputs: { first: string; second: string };
const out = (name: string) => path.join(dir, name);
const data = async (site: string, name: string): Promise<unknown> => JSON.parse(await readFile(path.join(out(site), 'data', `${name}.json`), 'utf8'));
const edition = async (site: string) => ({
  articles: ArticlesFile.parse(await data(site, 'articles')).articles,
  claims: ClaimsFile.parse(await data(site, 'claims')),
  events: TimelineFile.parse(await data(site, 'timeline')).events,
  changes: ChangesFile.parse(await data(site, 'changes')),
});
const page = (site: string, file: string) => readFile(path.join(out(site), file), 'utf8');

beforeAll(async () => {
  dir = await tempDir('editions');
  inputs = await editionInputs(dir);
  const first = await buildEdition(inputs.first, out('first'), FIRST_DATE);
  expect(first.code, first.stderr).toBe(0);
  // The second edition twice from the first's data folder (reproducibility), and once from the
  // first served over HTTP; a third edition of the same input a week later.
  const server = await serveStatic(out('first'), '/');
  try {
    const builds = await Promise.all([
      buildEdition(inputs.second, out('second'), SECOND_DATE, ['--previous', path.join(out('first'), 'data')]),
      buildEdition(inputs.second, out('second-again'), SECOND_DATE, ['--previous', path.join(out('first'), 'data')]),
      buildEdition(inputs.second, out('second-http'), SECOND_DATE, ['--previous', `${server.origin}/`]),
    ]);
    for (const build of builds) expect(build.code, build.stderr).toBe(0);
  } finally {
    await server.close();
  }
  // The site folder itself also names an edition (its data/ is read).
  const third = await buildEdition(inputs.second, out('third'), '2026-12-01', ['--previous', out('second')]);
  expect(third.code, third.stderr).toBe(0);
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a first edition', () => {
  it('should list no changes and date every record with the build date', async () => {
    const first = await edition('first');
    expect(first.changes).toEqual({ schemaVersion: 1, editions: [FIRST_DATE], changes: [] });
    const records = [...first.articles, ...first.claims.claims, ...first.claims.conflicts, ...first.events];
    expect(records.length).toBeGreaterThan(60);
    expect(new Set(records.map((r) => r.firstSeen))).toEqual(new Set([FIRST_DATE]));
  });

  it('should write nothing time-dependent without --previous and --build-date', async () => {
    const site = inject('siteRoot');
    const read = async (name: string) => JSON.parse(await readFile(path.join(site, 'data', `${name}.json`), 'utf8'));
    const [articles, claims, timeline, changes] = await Promise.all(['articles', 'claims', 'timeline', 'changes'].map(read));
    const records = [...articles.articles, ...claims.claims, ...claims.conflicts, ...timeline.events];
    expect(records.every((r: { firstSeen: unknown }) => r.firstSeen === null)).toBe(true);
    expect(changes).toEqual({ schemaVersion: 1, editions: [], changes: [] });
    expect(await readFile(path.join(site, 'changes', 'index.html'), 'utf8')).toContain('This is the first edition the digest remembers');
  });
});

describe('the second edition, built with --previous pointing at the first', () => {
  it('should list every kind of change in sentences a reader understands, this edition first', async () => {
    const { changes } = await edition('second');
    expect(changes.editions).toEqual([SECOND_DATE, FIRST_DATE]);
    const of = (kind: ChangeKind) => changes.changes.filter((c) => c.kind === kind).map((c) => c.summary);
    expect(of('article-added')).toEqual(['New article from Bloomberg Technology: “Amazon Cloud Biggest AI-Driven Jump Since 2022”.']);
    expect(of('conflict-appeared')).toEqual(['New disagreement: Bloomberg Technology puts the AWS revenue growth (2026-Q1) at 21%; 虎嗅 says 28%.']);
    // The Ledger's $20.1B for AWS's first-quarter operating profit is gone from the second edition; an undated plan
    // ($180B against $200B) never disagreed.
    expect(of('conflict-settled')).toEqual(['The sources no longer disagree on the AWS operating profit (2026-Q1): $20.1B is no longer reported; $23.9B (虎嗅) stands.']);
    expect(of('claim-values-changed').sort()).toEqual([
      'Bloomberg Technology puts the AWS revenue growth (2026-Q1) at 21%; 虎嗅 said 28%.',
      'The AWS backlog now reads $244.4B (was $244B), after The Ledger reported it.',
    ]);
    expect(of('claim-added')).toContain('New figure from Bloomberg Technology: Amazon capex (2026-Q1): $18B.');
    expect(of('event-added')).toContain('New on the timeline, 2026-04: AWS reports fastest quarterly growth since 2022 driven by AI demand.');
    expect(of('event-merged')).toContain('Bloomberg Technology also reports 2024-03: Amazon completes its $4 billion investment in Anthropic (2 sources now).');
    for (const change of changes.changes) {
      expect(change.date).toBe(SECOND_DATE);
      expect(change.id).toMatch(new RegExp(`^${change.kind}-${SECOND_DATE}-[0-9a-f]{10}$`));
    }
    expect(new Set(changes.changes.map((c) => c.id)).size).toBe(changes.changes.length);
    // Every change names what it concerns, and what it names exists in this edition (settled claims aside).
    const second = await edition('second');
    const claimIds = new Set(second.claims.claims.map((c) => c.id));
    const eventIds = new Set(second.events.map((e) => e.id));
    for (const change of changes.changes) {
      expect(change.articles.length + change.claims.length + change.events.length).toBeGreaterThan(0);
      if (change.kind !== 'conflict-settled') expect(change.claims.every((id) => claimIds.has(id))).toBe(true);
      expect(change.events.every((id) => eventIds.has(id))).toBe(true);
    }
  });

  it('should carry firstSeen forward and date only the new records with this build', async () => {
    const [first, second] = [await edition('first'), await edition('second')];
    const seen = (records: { id: string; firstSeen: string | null }[]) => new Map(records.map((r) => [r.id, r.firstSeen]));
    const articles = seen(second.articles);
    expect(articles.get(BLOOMBERG)).toBe(SECOND_DATE);
    expect([...articles].filter(([id]) => id !== BLOOMBERG).every(([, d]) => d === FIRST_DATE)).toBe(true);
    const firstClaims = new Set(first.claims.claims.map((c) => c.id));
    for (const claim of second.claims.claims) expect(claim.firstSeen).toBe(firstClaims.has(claim.id) ? FIRST_DATE : SECOND_DATE);
    const firstEvents = new Set(first.events.map((e) => e.id));
    for (const event of second.events) expect(event.firstSeen).toBe(firstEvents.has(event.id) ? FIRST_DATE : SECOND_DATE);
    expect(second.events.filter((e) => e.firstSeen === SECOND_DATE).map((e) => e.date).sort()).toEqual(['2025-02', '2026-04']);
    const dates = new Map(second.claims.conflicts.map((c) => [c.reason.split(' ')[0]!, c.firstSeen]));
    expect(second.claims.conflicts.map((c) => c.firstSeen).sort()).toEqual([FIRST_DATE, FIRST_DATE, SECOND_DATE]);
    expect(dates.get('Bloomberg')).toBe(SECOND_DATE);
  });

  it('should keep a claim id when new mentions join it, even when they move its figure, and every continuing event id', async () => {
    const [first, second] = [await edition('first'), await edition('second')];
    const backlog = (e: typeof first) => e.claims.claims.find((c) => c.key.includes('backlog') && c.mentions.some((m) => m.quote.includes('$244 billion')))!;
    expect(backlog(first).statement).toBe('AWS backlog: $244B');
    expect(backlog(second).statement).toBe('AWS backlog: $244.4B');
    expect(backlog(second).id).toBe(backlog(first).id);
    expect(backlog(second).mentions.length).toBe(5);
    // 虎嗅's Q1 growth, dated 2026-Q1 by its article's other Q1 figures already in the first edition, is the claim
    // Bloomberg's 21% now disputes: the same claim, its id kept, with a disagreeing mention more.
    const growth = (e: typeof first) => e.claims.claims.find((c) => c.metric === 'revenue growth' && c.value?.amount === 28)!;
    expect(growth(first).key).toBe('fact|aws|revenue growth|2026-q1');
    expect(growth(second).id).toBe(growth(first).id);
    const secondEvents = new Set(second.events.map((e) => e.id));
    expect(first.events.every((e) => secondEvents.has(e.id))).toBe(true);
    expect(second.events.length).toBe(first.events.length + 2);
    // Urls follow the ids.
    for (const claim of second.claims.claims) expect(claim.url).toBe(`/claims/${claim.id}.html`);
  });

  it('should keep the earlier editions and their change ids, and list nothing new when nothing changed', async () => {
    const [second, third] = [await edition('second'), await edition('third')];
    expect(third.changes.editions).toEqual(['2026-12-01', SECOND_DATE, FIRST_DATE]);
    expect(third.changes.changes).toEqual(second.changes.changes);
    expect(third.claims.claims.map((c) => [c.id, c.firstSeen])).toEqual(second.claims.claims.map((c) => [c.id, c.firstSeen]));
    const changesPage = await page('third', 'changes/index.html');
    expect(changesPage).toContain('Edition of 1 Dec 2026 (this edition)');
    expect(changesPage).toContain('Nothing changed in this edition.');
    expect(changesPage).toContain('Edition of 24 Nov 2026');
  });

  it('should write byte-identical sites from the same inputs, --previous and --build-date, whether the previous edition is a folder or a url', async () => {
    const site = await hashTree(out('second'));
    expect(Object.keys(site).length).toBeGreaterThan(90);
    expect(await hashTree(out('second-again'))).toEqual(site);
    expect(await hashTree(out('second-http'))).toEqual(site);
  });

  it('should show the changes page grouped by kind, linked from the home page with a count, feeds announced', async () => {
    const changes = await page('second', 'changes/index.html');
    const home = await page('second', 'index.html');
    expect(home).toContain('<a href="/changes/">What&#39;s new since 17 Nov 2026: 1 new disagreement, 1 disagreement settled, 2 figures with another value,'.replace('&#39;', "'"));
    for (const html of [changes, home]) {
      expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Digest: what changed (Atom)" href="/changes/feed.xml">');
      expect(html).toContain('<link rel="alternate" type="application/feed+json" title="Digest: what changed (JSON Feed)" href="/changes/feed.json">');
    }
    const headings = [...changes.matchAll(/<h3 id="edition-2026-11-24-([a-z-]+)">/g)].map((m) => m[1]);
    expect(headings).toEqual(['conflict-appeared', 'conflict-settled', 'claim-values-changed', 'claim-added', 'event-added', 'event-merged', 'article-added']);
    expect(changes.indexOf('Edition of 24 Nov 2026 (this edition)')).toBeLessThan(changes.indexOf('Edition of 17 Nov 2026'));
    const { changes: list } = (await edition('second')).changes;
    for (const change of list) expect(changes).toContain(`<li id="${change.id}">`);
  });

  it('should publish each change once in an Atom feed and a JSON Feed, with stable absolute ids and urls', async () => {
    const { changes } = (await edition('second')).changes;
    const atom = new XMLParser({ ignoreAttributes: false }).parse(await page('second', 'changes/feed.xml')).feed;
    const entries = [atom.entry].flat();
    expect(entries).toHaveLength(changes.length);
    expect(atom.link.map((l: Record<string, string>) => l['@_href'])).toEqual([`${EDITIONS_SITE_URL}changes/feed.xml`, `${EDITIONS_SITE_URL}changes/`]);
    entries.forEach((entry: { id: string; link: Record<string, string>; summary: string; updated: string }, i: number) => {
      expect(entry.id).toBe(`${EDITIONS_SITE_URL}changes/#${changes[i]!.id}`);
      expect(entry.link['@_href']).toBe(entry.id);
      expect(entry.summary).toBe(changes[i]!.summary);
      expect(entry.updated).toBe(`${SECOND_DATE}T00:00:00Z`);
    });
    const json = JSON.parse(await page('second', 'changes/feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${EDITIONS_SITE_URL}changes/feed.json`);
    expect(json.items.map((item: { id: string }) => item.id)).toEqual(entries.map((e: { id: string }) => e.id));
    for (const item of json.items) {
      expect(new URL(item.url).href).toBe(item.url);
      expect(typeof item.content_text).toBe('string');
      expect(item.date_published).toBe(`${SECOND_DATE}T00:00:00Z`);
    }
    // The same change keeps its entry id in the next edition's feed.
    const third = new XMLParser().parse(await page('third', 'changes/feed.xml')).feed;
    expect([third.entry].flat().map((e: { id: string }) => e.id)).toEqual(entries.map((e: { id: string }) => e.id));
  });

  it('should give a figure reported for several periods a page with a chart and a table, linked from its claims, topic, home and sitemap', async () => {
    const metric = await page('second', 'metrics/aws-revenue-growth.html');
    expect(metric).toContain('<h1>AWS revenue growth over time</h1>');
    expect(metric).toMatch(/<svg role="img" aria-labelledby="chart-0-title chart-0-desc"/);
    // (The seeds' 35% of "AI Revenue Growth (YoY)" is AWS's AI revenue growth, a line of its business: not on this page.)
    expect(metric).toContain('<desc id="chart-0-desc">2025-Q1: 14% (Bloomberg Technology); 2026-Q1: 21% (Bloomberg Technology, disputed) against 28% (虎嗅, disputed)</desc>');
    expect(metric).toContain('21% — Bloomberg Technology ≠ disputed');
    const rows = [...metric.matchAll(/<th scope="row">([^<]+)<\/th>\n<td class="num"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(['2025-Q1 14%', '2026-Q1 21%', '2026-Q1 28%']);
    const { claims } = (await edition('second')).claims;
    const growth = claims.find((c) => c.metric === 'revenue growth' && c.value?.amount === 21)!;
    expect(await page('second', `claims/${growth.id}.html`)).toContain('<a href="/metrics/aws-revenue-growth.html">AWS revenue growth over time</a>');
    expect(await page('second', 'topics/revenue.html')).toContain('<a href="/metrics/aws-revenue-growth.html">AWS revenue growth</a>');
    expect(await page('second', 'index.html')).toContain('<a href="/metrics/aws-revenue-growth.html">AWS revenue growth</a>');
    expect(await page('second', 'metrics/index.html')).toContain('<a href="/metrics/aws-revenue-growth.html">AWS revenue growth</a>');
    expect(await page('second', 'sitemap.xml')).toContain(`<loc>${EDITIONS_SITE_URL}metrics/aws-revenue-growth.html</loc>`);
    // A figure with one value for one period has no page (Amazon's investment in Anthropic has several now: two forecasts,
    // the additional $10-15 billion and the total of $35-40 billion, and its tranches dated by the timeline's entries).
    expect(metric).not.toContain('AWS operating profit');
    await expect(page('second', 'metrics/aws-operating-profit.html')).rejects.toThrow(/ENOENT/);
  });
});

describe('a previous edition that cannot be read', () => {
  let hanging: Server;
  let hangingUrl: string;
  beforeAll(async () => {
    const broken = (name: string) => out(`broken-${name}`);
    for (const name of ['version', 'json']) await cp(path.join(out('first'), 'data'), broken(name), { recursive: true });
    const claims = JSON.parse(await readFile(path.join(broken('version'), 'claims.json'), 'utf8'));
    await writeFile(path.join(broken('version'), 'claims.json'), JSON.stringify({ ...claims, schemaVersion: 2 }));
    const timeline = await readFile(path.join(broken('json'), 'timeline.json'), 'utf8');
    await writeFile(path.join(broken('json'), 'timeline.json'), timeline.slice(0, timeline.length / 2));
    // A server that accepts the request and never answers.
    hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const address = hanging.address();
    hangingUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/site/`;
  });
  afterAll(async () => {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  });

  it('should warn once, naming what failed, and build a first edition: missing, another schemaVersion, invalid JSON, a server that hangs', async () => {
    const cases: [string, string, RegExp][] = [
      ['missing', path.join(dir, 'no-such-edition'), /no-such-edition\/articles\.json does not exist/],
      ['version', out('broken-version'), /broken-version\/claims\.json has schemaVersion 2; this build reads schemaVersion 1/],
      ['json', out('broken-json'), /broken-json\/timeline\.json is not valid JSON/],
      ['hanging', hangingUrl, /http:\/\/127\.0\.0\.1:\d+\/site\/data\/\w+\.json did not answer within 10 s/],
    ];
    // The hanging server's build waits the real 10 s timeout, beside the others.
    const results = await Promise.all(cases.map(([name, previous]) => buildEdition(inputs.second, out(`after-${name}`), SECOND_DATE, ['--previous', previous])));
    for (const [i, [name, , message]] of cases.entries()) {
      const result = results[i]!;
      expect(result.code, result.stderr).toBe(0);
      const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning:'));
      expect(warnings, name).toHaveLength(1);
      expect(warnings[0]).toMatch(message);
      expect(warnings[0]).toMatch(/^warning: the previous edition could not be read: .*; this build is a first edition$/);
      const report = JSON.parse(await readFile(path.join(out(`after-${name}`), 'data', 'build-report.json'), 'utf8'));
      expect(report.warnings.map((w: { message: string }) => w.message)).toEqual([warnings[0]!.replace(/^warning: /, '')]);
      const built = await edition(`after-${name}`);
      expect(built.changes).toEqual({ schemaVersion: 1, editions: [SECOND_DATE], changes: [] });
      expect(built.articles.every((a) => a.firstSeen === SECOND_DATE)).toBe(true);
    }
  }, 180_000);

  it('should fail under --strict with a clear message, leaving the output as it was', async () => {
    const before = await hashTree(out('first'));
    const result = await buildEdition(inputs.second, out('first'), SECOND_DATE, ['--strict', '--previous', path.join(dir, 'no-such-edition')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--strict: the previous edition could not be read: .*no-such-edition\/articles\.json does not exist; the previous output is unchanged/);
    expect(await hashTree(out('first'))).toEqual(before);
  });
});

describe('continueEdition', () => {
  const seeds = useAnalysedSeeds('continue-edition');
  /** The seeds' own first edition, as the next build reads it back. */
  const firstOf = (date: string): PreviousEdition => {
    const edition = continueEdition(seeds.articles, seeds.analysis, null, date);
    return { source: 'test', ...edition.analysis, articles: edition.articles, editions: edition.changes.editions, changes: edition.changes.changes };
  };

  it('should list nothing when nothing changed, and keep every id and firstSeen', () => {
    const next = continueEdition(seeds.articles, seeds.analysis, firstOf(FIRST_DATE), SECOND_DATE);
    expect(next.changes.changes).toEqual([]);
    expect(next.changes.editions).toEqual([SECOND_DATE, FIRST_DATE]);
    expect(next.analysis.claims.map((c) => [c.id, c.firstSeen])).toEqual(seeds.analysis.claims.map((c) => [c.id, FIRST_DATE]));
    expect(next.analysis.events.map((e) => e.firstSeen)).toEqual(seeds.analysis.events.map(() => FIRST_DATE));
    expect(next.since).toBe(FIRST_DATE);
  });

  it('should never give a previous id to a claim that does not continue it: a figure that no longer agrees is a new claim', () => {
    const previous = firstOf(FIRST_DATE);
    const capex = previous.claims.find((c) => c.statement === 'Amazon capex plan: $200B')!;
    // The previous edition had another figure under this id.
    previous.claims = previous.claims.map((c) => (c === capex ? { ...c, value: { amount: 300e9, unit: 'USD' }, statement: 'Amazon capex plan: $300B' } : c));
    const next = continueEdition(seeds.articles, seeds.analysis, previous, SECOND_DATE);
    const now = next.analysis.claims.find((c) => c.statement === 'Amazon capex plan: $200B')!;
    expect(now.id).toBe(`${capex.id}-2`);
    expect(now.url).toBe(`/claims/${capex.id}-2.html`);
    expect(now.firstSeen).toBe(SECOND_DATE);
    expect(next.changes.changes.map((c) => [c.kind, c.summary])).toEqual([['claim-values-changed', 'GeekWire puts the Amazon capex plan at $200B; GeekWire said $300B.']]);
  });

  it(`should keep the changes of the last ${KEPT_EDITIONS} editions, at most ${KEPT_CHANGES}`, () => {
    const previous = firstOf(FIRST_DATE);
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) - n * 86_400_000).toISOString().slice(0, 10);
    previous.editions = Array.from({ length: 60 }, (_, i) => day(i + 1));
    previous.changes = previous.editions.flatMap((date) =>
      Array.from({ length: 25 }, (_, i) => ({ id: `article-added-${date}-${i}`, kind: 'article-added' as const, date, summary: `Article ${i}.`, articles: [`a${i}`], claims: [], conflicts: [], events: [] })),
    );
    previous.articles = previous.articles.filter((a) => a.id !== BLOOMBERG);
    const next = continueEdition(seeds.articles, seeds.analysis, previous, '2026-01-01');
    expect(next.changes.editions).toHaveLength(KEPT_EDITIONS);
    expect(next.changes.editions[0]).toBe('2026-01-01');
    expect(next.changes.changes).toHaveLength(KEPT_CHANGES);
    expect(next.changes.changes[0]!.summary).toBe('New article from Bloomberg Technology: “Amazon Cloud Biggest AI-Driven Jump Since 2022”.');
    expect(new Set(next.changes.changes.map((c) => c.date)).size).toBe(41); // this edition's and the 40 newest earlier ones, 25 each
    expect(next.changes.changes.every((c) => c.date === '2026-01-01' || next.changes.editions.includes(c.date!))).toBe(true);
  });
});
