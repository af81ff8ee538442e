import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { validationErrors } from '../helpers/validate.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { PROJECT_ROOT, runDigest } from '../helpers/cli.ts';
import { copySeeds, tempDir } from '../helpers/corpus.ts';
import { pageFile } from '../../src/urls.ts';
import type { ArticlesFile, ClaimsFile } from '../../src/schemas.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A three-line Chinese brief stating the seeds' AWS backlog in 亿美元, with no period, as GeekWire does. */
const BRIEF = '亚马逊云科技积压订单达2440亿美元\n财联社5月1日电，亚马逊云科技的积压订单为2440亿美元。\n新增合同大多来自生成式人工智能客户。\n';
const QUOTE = '财联社5月1日电，亚马逊云科技的积压订单为2440亿美元。';

let out: string;
let claims: ClaimsFile;
let articles: ArticlesFile;
beforeAll(async () => {
  const root = await tempDir('chinese');
  const input = path.join(root, 'in');
  out = path.join(root, 'out');
  await copySeeds(input);
  await writeFile(path.join(input, 'zh-cls-brief.txt'), iconv.encode(BRIEF, 'gb18030'));
  await copyFile(path.join(PROJECT_ROOT, 'eval', 'articles', 'dev', 'zh-36kr-openai-offer.txt'), path.join(input, 'zh-36kr.txt'));
  const build = await runDigest(['build', '--input', input, '--output', out]);
  expect(build.code, build.stderr).toBe(0);
  claims = JSON.parse(await readFile(path.join(out, 'data', 'claims.json'), 'utf8'));
  articles = JSON.parse(await readFile(path.join(out, 'data', 'articles.json'), 'utf8'));
}, 240_000);

describe('the seeds, a Chinese brief saved as GB18030 and a long Chinese article', () => {
  it('should join GeekWire’s $244B AWS backlog claim and dispute 虎嗅’s $464B+, naming both outlets', () => {
    const brief = articles.articles.find((a) => a.file === 'zh-cls-brief.txt')!;
    expect(brief.title).toBe('亚马逊云科技积压订单达2440亿美元');
    expect(brief.source).toBe('财联社');
    const backlog = claims.claims.find((c) => c.mentions.some((m) => m.quote === QUOTE))!;
    expect(backlog.statement).toBe('AWS backlog: $244B');
    expect(backlog.value).toEqual({ amount: 244e9, unit: 'USD' });
    const seedIds = articles.articles.filter((a) => a.file.startsWith('000_')).map((a) => a.id);
    expect(backlog.mentions.map((m) => m.article)).toEqual(expect.arrayContaining([...seedIds, brief.id]));
    const conflict = claims.conflicts.find((c) => c.claims.includes(backlog.id))!;
    const other = claims.claims.find((c) => c.id === conflict.claims.find((id) => id !== backlog.id))!;
    expect(other.value).toEqual({ amount: 464e9, unit: 'USD', bound: 'min' });
    expect(conflict.reason).toMatch(/GeekWire.*财联社.*\$244B; 虎嗅 says more than \$464B/);
    // The seeds' articles and the two Chinese ones are all articles (the brief used to be "not a news article").
    expect(articles.articles).toHaveLength(7);
  });

  it('should show the Chinese quote on the claim page, marked lang="zh", beside the English statement', async () => {
    const backlog = claims.claims.find((c) => c.statement === 'AWS backlog: $244B')!;
    const page = await readFile(path.join(out, pageFile(backlog.url)), 'utf8');
    expect(page).toContain(`<span lang="zh">${QUOTE}</span>`);
    expect(page).toContain('<span lang="zh">虎嗅</span>');
    expect(page).toMatch(/<h1[^>]*>AWS backlog: \$244B<\/h1>/);
  });

  it('should slug the Chinese titles in pinyin', () => {
    expect(articles.articles.find((a) => a.file === 'zh-cls-brief.txt')!.url).toBe('/articles/yamaxun-yun-keji-jiya-dingdan-da-2440-yi-meiyuan.html');
  });

  it('should validate every page with html-validate (no errors), Chinese marking included', async () => {
    expect(await validationErrors(out)).toEqual([]);
  });
});

describe('the Chinese pages in chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(out, '/');
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('should have no axe violations on the Chinese article pages and the claim page', async () => {
    const urls = [...articles.articles.filter((a) => a.file.startsWith('zh-')).map((a) => a.url), claims.claims.find((c) => c.statement === 'AWS backlog: $244B')!.url, '/sources/'];
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const url of urls) {
      await page.goto(server.origin + url);
      expect(await page.locator('[lang="zh"]').count(), url).toBeGreaterThan(0);
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      );
      for (const v of result.violations) violations.push(`${url}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 120_000);

  it('should find the Chinese article by its Chinese words with Pagefind', async () => {
    const page = await browser.newPage();
    const brief = articles.articles.find((a) => a.file === 'zh-cls-brief.txt')!;
    const kr = articles.articles.find((a) => a.file === 'zh-36kr.txt')!;
    for (const [query, article] of [['积压订单', brief], ['甲骨文', kr]] as const) {
      await page.goto(`${server.origin}/search/`);
      await page.locator('.pagefind-ui__search-input').fill(query);
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
      const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs, query).toContain(article.url);
    }
    await page.close();
  }, 60_000);
});
