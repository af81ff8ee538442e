import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeAndRepair, readInputs } from '../../src/read/readInputs.ts';
import { readWebPage } from '../../src/read/readWebPage.ts';
import { isWebPage } from '../../src/read/sniffWebPage.ts';
import { tempDir } from '../helpers/corpus.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import type { DecodedFile, ParsedArticle } from '../../src/schemas.ts';

/** A news page as outlets publish it: masthead, navigation, a story, a sidebar, a footer, tracking scripts. */
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Azure grows 39% as Microsoft lifts spending | Harbour Ledger</title>
  <meta property="og:site_name" content="Harbour Ledger">
  <meta property="article:published_time" content="2026-04-29T21:05:00Z">
  <link rel="canonical" href="https://harbourledger.example/tech/azure-39">
  <script>var price = "$777 billion";</script>
  <style>p { color: #333 }</style>
</head>
<body>
  <header class="site"><a href="/">Harbour Ledger</a> Subscribe for $1 a week</header>
  <nav><ul><li><a href="/markets">Markets</a></li><li><a href="/tech">Tech</a></li></ul></nav>
  <article>
    <header>
      <h1>Azure grows 39% as Microsoft lifts &amp; widens its spending</h1>
      <p class="byline">By Ana Ruiz · <time datetime="2026-04-29">April 29</time></p>
    </header>
    <p>Microsoft said on Wednesday that revenue at <a href="https://azure.example">Azure</a> and other
       cloud services grew <b>39%</b> in its fiscal third quarter.</p>
    <div class="ad" hidden>Sponsored: earn $555 billion</div>
    <figure><img src="chart.png" alt="Chart"><figcaption>Capex, $bn: 37.5</figcaption></figure>
    <h2>Spending</h2>
    <div>Capital expenditures including finance leases were $37.5 billion in the quarter, the company said.</div>
    <ul>
      <li>Azure growth: 39%</li>
      <li>Guidance for next quarter: 37% to 38%</li>
    </ul>
    <table>
      <thead><tr><th>Quarter</th><th>Capex ($bn)</th></tr></thead>
      <tbody><tr><td>FY26 Q2</td><td>34.9</td></tr><tr><td>FY26 Q3</td><td>37.5</td></tr></tbody>
    </table>
    <aside>Related: Oracle's backlog hits $999 billion</aside>
  </article>
  <footer>© 2026 Harbour Ledger. Terms. $0 billion.</footer>
  <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-04-28", "publisher": {"name": "HL Media"}}</script>
</body>
</html>
`;

const decoded = (file: string, text: string): DecodedFile => {
  const result = decodeAndRepair(file, Buffer.from(text, 'utf8'), readWebPage);
  if (!('text' in result)) throw new Error(`rejected: ${result.reason}`);
  return result;
};
const parsed = (file: string, text: string): ParsedArticle => {
  const result = parseArticle(decoded(file, text));
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.article;
};

describe('saved web pages', () => {
  it('should read a page as front matter from its metadata and its story as lines, without the page around it', () => {
    expect(readWebPage(PAGE)).toBe(
      [
        '---',
        'date: "2026-04-29"',
        'source: "Harbour Ledger"',
        'url: "https://harbourledger.example/tech/azure-39"',
        '---',
        '# Azure grows 39% as Microsoft lifts & widens its spending',
        '',
        'By Ana Ruiz · April 29',
        '',
        'Microsoft said on Wednesday that revenue at Azure and other cloud services grew 39% in its fiscal third quarter.',
        '',
        '## Spending',
        '',
        'Capital expenditures including finance leases were $37.5 billion in the quarter, the company said.',
        '',
        '- Azure growth: 39%',
        '- Guidance for next quarter: 37% to 38%',
        '',
        '| Quarter | Capex ($bn) |',
        '| --- | --- |',
        '| FY26 Q2 | 34.9 |',
        '| FY26 Q3 | 37.5 |',
        '',
      ].join('\n'),
    );
  });

  it('should make an article of a saved page, with its headline, outlet, date and url, and record the reading as a repair', () => {
    const file = decoded('azure.html', PAGE);
    expect(file.repairs).toContainEqual({ file: 'azure.html', kind: 'web-page', count: 1 });
    const article = parsed('azure.html', PAGE);
    expect(article).toMatchObject({
      title: 'Azure grows 39% as Microsoft lifts & widens its spending',
      titleSource: 'title line',
      source: 'Harbour Ledger',
      date: '2026-04-29',
      originalUrl: 'https://harbourledger.example/tech/azure-39',
    });
    const text = JSON.stringify(article);
    for (const noise of ['$777', '$555', '$999', '$1 a week', 'Markets', '©', 'chart.png', '<']) expect(text).not.toContain(noise);
    expect(article.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table')).toBeDefined();
  });

  it("should take the headline from the page's metadata when the story has no h1, and its date and outlet from JSON-LD", () => {
    const page = `<!doctype html><html><head><title>AWS backlog reaches $244 billion - Wire</title>
      <script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2026-05-01T08:00:00+08:00","publisher":{"@type":"Organization","name":"Pacific Wire"}}]</script></head>
      <body><main><p>Amazon Web Services said its backlog of contracted revenue reached $244 billion at the end of March, up 20% from a year earlier.</p>
      <p>The unit's revenue rose 28% to $37.6 billion in the first quarter, the company said on Thursday.</p></main></body></html>`;
    expect(parsed('wire.htm', page)).toMatchObject({ title: 'AWS backlog reaches $244 billion - Wire', titleSource: 'front matter', source: 'Pacific Wire', date: '2026-05-01' });
  });

  it('should read an .html file saved without document tags, and leave text that only mentions tags as text', () => {
    const fragment = '<h1>Oracle backlog climbs</h1>\n<p>Oracle said its remaining performance obligations rose to $523 billion in the quarter ended in November.</p>\n<p>Analysts had expected a smaller figure, closer to $500 billion, for the period.</p>\n';
    expect(isWebPage('oracle.html', fragment)).toBe(true);
    expect(parsed('oracle.html', fragment).title).toBe('Oracle backlog climbs');
    const note = 'Scraper notes\n\nThe page used <p> tags for every line and the <h1> held the headline of the story about $523 billion.\n';
    expect(isWebPage('notes.txt', note)).toBe(false);
    expect(decoded('notes.txt', note).text).toBe(note);
  });

  it('should read the web pages of an input folder, as .html or under another name, and nothing else as one', async () => {
    const dir = await tempDir('web-pages');
    await writeFile(path.join(dir, 'azure.html'), PAGE);
    await writeFile(path.join(dir, 'azure-saved.txt'), `\uFEFF\n  ${PAGE}`);
    await writeFile(path.join(dir, 'azure-utf16.htm'), Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(PAGE, 'utf16le')]));
    await writeFile(path.join(dir, 'plain.txt'), 'Azure grows 39%\n\n<Microsoft> said on Wednesday that Azure revenue grew 39% in its fiscal third quarter, ahead of forecasts.\n');
    const { decoded } = await readInputs(dir, { maxBytes: 1 << 20 });
    const pages = decoded.filter((d) => d.repairs.some((r) => r.kind === 'web-page')).map((d) => d.file);
    expect(pages.sort()).toEqual(['azure-saved.txt', 'azure-utf16.htm', 'azure.html']);
    for (const file of pages) expect(decoded.find((d) => d.file === file)!.text).toBe(readWebPage(PAGE));
    expect(decoded.find((d) => d.file === 'plain.txt')!.text).toContain('<Microsoft> said');
  });

  it('should give the same claims for a seed saved as a web page as for its text', async () => {
    const text = await readFile('seeds/000_9233e89c7bacff11.txt', 'utf8');
    const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    const lines = text.split('\n').filter((l) => l.trim());
    const body: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('|')) {
        body.push(`<p>${escape(lines[i]!)}</p>`);
        continue;
      }
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
        const cells = lines[i]!.slice(1, -1).split('|').map((c) => c.trim());
        if (!cells.every((c) => /^-+$/.test(c))) rows.push(cells);
      }
      i--;
      body.push(`<table>${rows.map((r, n) => `<tr>${r.map((c) => (n === 0 ? `<th>${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`).join('')}</table>`);
    }
    const page = `<!DOCTYPE html><html><head><title>${escape(lines[1]!)}</title></head><body><nav>Home</nav><div class="story">${body.join('\n')}</div><footer>Footer</footer></body></html>`;
    const fromText = parsed('000.txt', text);
    const fromPage = parsed('000.html', page);
    expect(fromPage.title).toBe(fromText.title);
    const claims = (a: ParsedArticle) => analyse([{ ...a, url: '/articles/000/' }]).claims.map((c) => [c.statement, c.mentions.map((m) => m.quote)]);
    expect(claims(fromPage)).toEqual(claims(fromText));
    expect(claims(fromText).length).toBeGreaterThan(5);
  });
});
