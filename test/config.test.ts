import { describe, expect, it } from 'vitest';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
// js-yaml comes with Eleventy (its front matter parser); it has no type declarations of its own.
// @ts-expect-error -- plain JavaScript, no declarations
import yaml from 'js-yaml';
import { PROJECT_ROOT, runDigest, SEEDS } from './helpers/cli.ts';
import { tempDir } from './helpers/corpus.ts';
import { htmlFiles } from './helpers/tree.ts';
import { DigestConfig, DEFAULT_SETTINGS } from '../src/config.ts';
import { parseCommandLine } from '../src/cli.ts';
import { JSON_SCHEMAS, jsonSchemaText } from '../scripts/schemas.ts';

/** Three of the seeds, copied into `dir`. */
async function threeArticles(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = (await readdir(SEEDS)).sort().filter((_, i) => i % 2 === 0);
  expect(files).toHaveLength(3);
  for (const file of files) await cp(path.join(SEEDS, file), path.join(dir, file));
}

/** Every file under `dir`, relative, sorted: what a refused build must leave as it was. */
async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

/** The `npm run build -- …` command in a shell script, its continued lines (`\\` at the end) joined. */
const buildCommandIn = (script: string) =>
  script
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npm run build -- '));

/** A command line split into words, double-quoted words kept whole: `a "b c"` → ['a', 'b c']. */
const words = (command: string) => [...command.trim().matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('digest.config.json', () => {
  it('should take a flag over the config file over the default, and say where each setting came from with --verbose', async () => {
    const dir = await tempDir('config-precedence');
    await threeArticles(path.join(dir, 'articles'));
    const config = { title: 'From the file', input: 'articles', output: 'from-file', search: false, feedSize: 2 };
    await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify(config));
    const result = await runDigest(['build', '--output', 'from-flag', '--verbose'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    // The flag's output folder, not the file's.
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['from-flag']));
    expect(await readdir(dir)).not.toContain('from-file');
    const site = path.join(dir, 'from-flag');
    // The file's title, input, search and feed size over the defaults.
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toContain('<title>From the file — AI news, numbers reconciled</title>');
    expect(JSON.parse(await readFile(path.join(site, 'data', 'build-report.json'), 'utf8')).articles).toBe(3);
    expect(await readdir(site)).not.toContain('pagefind');
    expect(JSON.parse(await readFile(path.join(site, 'feed.json'), 'utf8')).items).toHaveLength(2);
    const lines = result.stderr.split('\n');
    expect(lines).toContain('  output         "from-flag"  (flag --output)');
    expect(lines).toContain('  title          "From the file"  (config file digest.config.json)');
    expect(lines).toContain('  input          "articles"  (config file digest.config.json)');
    expect(lines).toContain('  search         false  (config file digest.config.json)');
    expect(lines).toContain('  feedSize       2  (config file digest.config.json)');
    expect(lines).toContain('  language       "en"  (default)');
    expect(lines).toContain('  maxFileSizeMb  8  (default)');
    expect(lines.filter((line) => /^ {2}\w+ +.+ \((default|config file .+|flag --[a-z-]+)\)$/.test(line))).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
  });

  it('should take input and output relative to a --config file in another folder, read it despite a BOM, and print no settings without --verbose', async () => {
    const dir = await tempDir('config-elsewhere');
    await threeArticles(path.join(dir, 'project', 'articles'));
    // Saved with a byte order mark, as some Windows editors do.
    await writeFile(path.join(dir, 'project', 'site.json'), `\uFEFF${JSON.stringify({ input: 'articles', output: 'site', search: false })}`);
    const result = await runDigest(['build', '--config', path.join('project', 'site.json')], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('(default)');
    expect(JSON.parse(await readFile(path.join(dir, 'project', 'site', 'data', 'build-report.json'), 'utf8')).articles).toBe(3);
  });

  const badFiles: [string, string, RegExp][] = [
    ['invalid JSON, with the line and column', '{\n  "title": "Mine",\n  "feedSize": 10\n  "language": "de"\n}\n', /^digest: digest\.config\.json:4:3: invalid JSON: Expected ',' or '}' after property value$/],
    ['invalid JSON that V8 gives no position for', '{\n  "search": tru\n}\n', /^digest: digest\.config\.json:2:16: invalid JSON: Unexpected token '\\n'$/],
    ['an unknown key', '{ "titel": "Mine" }', /^digest: digest\.config\.json: unknown key "titel"; the keys are \$schema, title, tagline, .*feedSize$/],
    ['a wrong type', '{ "feedSize": "ten" }', /^digest: digest\.config\.json: "feedSize" must be a whole number of articles from 1 to 10000, not "ten"$/],
    ['a path prefix without slashes', '{ "pathPrefix": "news" }', /^digest: digest\.config\.json: "pathPrefix" must be a path that starts and ends with "\/", such as "\/" or "\/news\/", not "news"$/],
  ];
  for (const [what, text, message] of badFiles) {
    it(`should refuse a config file with ${what}: one line naming the file and the key, exit 2, nothing written`, async () => {
      const dir = await tempDir('config-bad');
      await threeArticles(path.join(dir, 'articles'));
      await writeFile(path.join(dir, 'digest.config.json'), text);
      // An output folder from an earlier build, which a build would replace.
      const earlier = await runDigest(['build', '--config', path.join(SEEDS, '..', 'digest.config.json'), '--input', 'articles', '--output', 'dist', '--no-search', '--quiet'], { cwd: dir });
      expect(earlier.code, earlier.stderr).toBe(0);
      const before = await listing(dir);
      const index = await readFile(path.join(dir, 'dist', 'index.html'));
      const result = await runDigest(['build', '--input', 'articles', '--output', 'dist'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(message);
      expect(await listing(dir)).toEqual(before);
      expect(await readFile(path.join(dir, 'dist', 'index.html'))).toEqual(index);
    });
  }

  it('should refuse a --config file that does not exist, exit 2', async () => {
    const result = await runDigest(['build', '--config', 'no-such.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('digest: no-such.json: config file not found\n');
  });

  it("should keep the repository's config valid, naming the committed JSON Schema, with the seeds' site name", async () => {
    const text = await readFile(path.join(PROJECT_ROOT, 'digest.config.json'), 'utf8');
    const config = DigestConfig.parse(JSON.parse(text));
    expect(config).toMatchObject({ title: 'Digest', tagline: 'AI news, numbers reconciled', input: 'seeds', output: 'dist' });
    expect(config.$schema).toBe('./docs/digest.config.schema.json');
    const schema = JSON.parse(await readFile(path.join(PROJECT_ROOT, config.$schema!), 'utf8'));
    // Every key of the repository's file is one the schema knows, and no other is allowed.
    expect(schema.additionalProperties).toBe(false);
    for (const key of Object.keys(JSON.parse(text))) expect(Object.keys(schema.properties)).toContain(key);
  });

  it('should have committed the JSON Schemas that the zod schemas make now (npm run schemas writes them)', async () => {
    expect(JSON_SCHEMAS.map((s) => s.file)).toContain('docs/digest.config.schema.json');
    for (const { file, schema } of JSON_SCHEMAS) {
      expect(await readFile(path.join(PROJECT_ROOT, file), 'utf8'), `${file} is out of date: run npm run schemas`).toBe(jsonSchemaText(schema()));
    }
    const config = JSON.parse(jsonSchemaText(JSON_SCHEMAS[0]!.schema()));
    expect(config.properties.feedSize).toMatchObject({ type: 'integer', minimum: 1, default: 50 });
    expect(config.properties.pathPrefix.pattern).toBe('^\\/(?:.*\\/)?$');
    expect(config.required ?? []).toEqual([]);
  });

  it('should document every config key in the README', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### The config file'));
    const documented = [...table.matchAll(/^\| `(\w+)` \| /gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.keys(DEFAULT_SETTINGS));
  });
});

describe('the GitHub Pages workflow', () => {
  const workflowFile = path.join(PROJECT_ROOT, '.github', 'workflows', 'pages.yml');
  interface Step {
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
  }
  const steps = async (): Promise<Step[]> => (yaml.load(await readFile(workflowFile, 'utf8')) as { jobs: Record<string, { steps: Step[] }> }).jobs.build!.steps;

  it('should run the build command the README documents, with the path prefix and site url from configure-pages', async () => {
    const run = (await steps()).flatMap((s) => buildCommandIn(s.run ?? ''));
    expect(run).toHaveLength(1);
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Publish on GitHub Pages'), readme.indexOf('## Publish your own digest'));
    const documented = buildCommandIn(/```sh\n([\s\S]*?)```/.exec(section)![1]!);
    expect(documented).toHaveLength(1);
    expect(words(run[0]!)).toEqual(words(documented[0]!));
    expect(words(run[0]!)).toEqual(expect.arrayContaining(['--path-prefix', '${{ steps.pages.outputs.base_path }}/', '--site-url', '${{ steps.pages.outputs.base_url }}/']));
    expect(run[0]).not.toContain('github.event.repository.name');
    expect((await steps()).find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@v\d+$/);
  });

  it('should publish at the address configure-pages gives, for a project site, a user site and a custom domain', async () => {
    const run = (await steps()).flatMap((s) => buildCommandIn(s.run ?? ''))[0]!;
    // configure-pages' outputs (base_path, base_url) have no trailing slash; a root site's base_path is empty.
    const sites = [
      { basePath: '/aws-digest', baseUrl: 'https://user.github.io/aws-digest', prefix: '/aws-digest/', url: 'https://user.github.io/aws-digest/' },
      { basePath: '', baseUrl: 'https://user.github.io', prefix: '/', url: 'https://user.github.io/' },
      { basePath: '', baseUrl: 'https://news.example.com', prefix: '/', url: 'https://news.example.com/' },
    ];
    // What `npm run build -- <flags>` runs: the package's build script (`node <V8 flags> bin/digest.js build`) followed by the flags.
    const script = words(JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.build);
    expect(words(run).slice(0, 4)).toEqual(['npm', 'run', 'build', '--']);
    for (const site of sites) {
      const flags = words(
        run
          .replaceAll('${{ steps.pages.outputs.base_path }}', site.basePath)
          .replaceAll('${{ steps.pages.outputs.base_url }}', site.baseUrl)
          .replaceAll('"${previous[@]}"', '') // a first edition: the live site has no data yet
          .replaceAll('$(date -u +%F)', '2026-05-01'), // the shell gives the run's date
      ).slice(4);
      const parsed = await parseCommandLine([...script.slice(script.indexOf('bin/digest.js') + 1), ...flags]);
      expect(parsed.command).toBe('build');
      if (parsed.command !== 'build') continue;
      expect(parsed.options).toMatchObject({ pathPrefix: site.prefix, siteUrl: site.url, input: 'seeds', output: 'dist', strict: true });
    }
  });

  it('should build on Node 24, which engines, the README and CI name as supported beside Node 20', async () => {
    const setup = (await steps()).find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(setup.with?.['node-version']).toBe(24);
    const engines: string = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).engines.node;
    /** Whether a Node version satisfies the engines range (the forms it uses: ^x.y.z and >=x). */
    const supports = (version: string) => {
      const [major, minor] = version.split('.').map(Number) as [number, number];
      return engines.split('||').some((range) => {
        const [, op, rMajor, rMinor = '0'] = /^\s*(\^|>=)(\d+)(?:\.(\d+))?/.exec(range) ?? [];
        if (op === '>=') return major >= Number(rMajor);
        return op === '^' && major === Number(rMajor) && minor >= Number(rMinor);
      });
    };
    expect(supports('24.0.0')).toBe(true);
    expect(supports(process.versions.node)).toBe(true); // the Node CI runs the tests on
    expect(supports('18.20.0')).toBe(false);
    const ci = await readFile(path.join(PROJECT_ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toContain('node@24');
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('CI tests Node 20 and 24');
    expect(readme).toContain('installs Node 24');
  });
});

describe('publishing your own digest', () => {
  it('should carry the config file’s title, tagline, description and language into every page, both feeds, the 404 page and robots.txt', async () => {
    const dir = await tempDir('own-digest');
    await threeArticles(path.join(dir, 'artikel'));
    const title = 'Wolken & Chips';
    const tagline = 'KI-Nachrichten, nachgerechnet';
    const description = 'Was die Quellen über KI-Rechenzentren sagen, und wo sie sich widersprechen.';
    const config = { $schema: './docs/digest.config.schema.json', title, tagline, description, language: 'de', siteUrl: 'https://news.example.com', input: 'artikel', search: false };
    await writeFile(path.join(dir, 'digest.config.json'), `${JSON.stringify(config, null, 2)}\n`);
    // As the Pages workflow builds: the edition dated (by its commit), so the Atom feed is written too.
    const result = await runDigest(['build', '--build-date', '2026-05-01'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const site = path.join(dir, 'dist');
    const read = (file: string) => readFile(path.join(site, file), 'utf8');
    const escaped = 'Wolken &amp; Chips';

    const home = await read('index.html');
    expect(home).toContain(`<title>${escaped} — ${tagline}</title>`);
    expect(home).toContain(`<p class="site-name"><a href="/">${escaped}</a> <span class="tagline">${tagline}</span></p>`);
    expect(home).toContain(`<meta property="og:site_name" content="${escaped}">`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(home)![1]!);
    expect(jsonLd).toMatchObject({ '@type': 'WebSite', name: title, description, inLanguage: 'de', url: 'https://news.example.com/' });

    const pages = await htmlFiles(site);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const text = await read(page);
      expect(text, page).toContain('<html lang="de">');
      expect(text, page).toContain(`<meta property="og:site_name" content="${escaped}">`);
      expect(text, page).toContain(`<a href="/">${escaped}</a>`);
      if (page !== 'index.html') expect(text, page).toMatch(new RegExp(`<title>[^<]+ · ${escaped}</title>`));
      // The seeds' name is gone but from the credit to the generator in the footer; the tagline with it.
      expect(text.replace('Built by Digest', ''), page).not.toMatch(/Digest|numbers reconciled/);
    }
    const notFound = await read('404.html');
    expect(notFound).toContain(`<title>Page not found · ${escaped}</title>`);

    const atom = await read('feed.xml');
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(atom).toContain(`<title>${escaped}</title>\n<subtitle>${tagline}</subtitle>`);
    expect(atom).toContain('<link href="https://news.example.com/feed.xml" rel="self"/>');
    const feed = JSON.parse(await read('feed.json'));
    expect(feed).toMatchObject({ title, description, language: 'de', home_page_url: 'https://news.example.com/' });
    expect(feed.items).toHaveLength(3);
    expect(home).toContain(`<link rel="alternate" type="application/atom+xml" title="${escaped} (Atom)" href="/feed.xml">`);
    expect(await read('robots.txt')).toContain('Sitemap: https://news.example.com/sitemap.xml\n');
  });
});
