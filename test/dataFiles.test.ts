import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDataFiles } from '../src/render/writeDataFiles.ts';
import { ArticlesFile, BuildReport, ClaimsFile, CompetitorsFile, SCHEMA_VERSION, TimelineFile, type Analysis } from '../src/schemas.ts';
import { useAnalysedSeeds } from './helpers/seedArticles.ts';
import { continueEdition } from '../src/editions/continueEdition.ts';

const seeds = useAnalysedSeeds('data');
const report: BuildReport = { schemaVersion: SCHEMA_VERSION, inputs: 6, articles: 5, rejected: [{ file: 'empty.txt', reason: 'the file is empty' }], repairs: [], warnings: [], titles: [] };

const read = async (dir: string, name: string): Promise<unknown> => JSON.parse(await readFile(path.join(dir, 'data', name), 'utf8'));

describe('writeDataFiles', () => {
  it('should write every data file as JSON that matches its schema and holds every record, urls with the path prefix', async () => {
    const { root, articles, analysis } = seeds;
    const dir = path.join(root, 'ok');
    await writeDataFiles(dir, { ...continueEdition(articles, analysis, null, '2026-11-24'), report, pathPrefix: '/aws-digest/' });
    const written = ArticlesFile.parse(await read(dir, 'articles.json'));
    expect(written.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(written.articles.map((a) => a.url)).toEqual(articles.map((a) => `/aws-digest${a.url}`));
    expect(written.articles[0]!.sections).toEqual(articles[0]!.sections);
    const claims = ClaimsFile.parse(await read(dir, 'claims.json'));
    expect(claims.claims).toHaveLength(analysis.claims.length);
    expect(claims.conflicts).toEqual(analysis.conflicts.map((c) => ({ ...c, firstSeen: '2026-11-24' })));
    expect(written.articles.every((a) => a.firstSeen === '2026-11-24')).toBe(true);
    expect(TimelineFile.parse(await read(dir, 'timeline.json')).events).toHaveLength(analysis.events.length);
    expect(CompetitorsFile.parse(await read(dir, 'competitors.json')).features).toEqual(analysis.competitors.features);
    expect(BuildReport.parse(await read(dir, 'build-report.json'))).toEqual(report);
  });

  it('should refuse a record that breaks the contract, naming the file, the field and the record', async () => {
    const { root, articles, analysis } = seeds;
    const broken = { ...analysis, claims: [analysis.claims[0]!, { ...analysis.claims[1]!, topic: 'gossip' }] } as unknown as Analysis;
    await expect(writeDataFiles(path.join(root, 'bad'), { ...continueEdition(articles, broken, null, null), report, pathPrefix: '/' })).rejects.toThrow(/data\/claims\.json: claims\[1\]/);
  });
});
