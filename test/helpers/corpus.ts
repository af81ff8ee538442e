/** Builds test corpora on disk: copies of the seeds, damaged copies, hostile files. */
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SEEDS } from './cli.ts';

export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a><iframe src="//evil"></iframe></textarea>&amp;&lt;b&gt;';

/** A fresh temp folder. */
export const tempDir = (name: string) => mkdtemp(path.join(os.tmpdir(), `digest-${name}-`));

/** Copies the seeds into `dir/` (created). */
export async function copySeeds(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await cp(SEEDS, dir, { recursive: true });
}

/** An aggregator-format article whose every field carries hostile markup. */
export function hostileArticle(): string {
  return [
    `---`,
    `title: "Evil ${HOSTILE.replace(/"/g, '\\"')}"`,
    `url: "javascript:alert(4)"`,
    `tags: ["${'<script>alert(5)</script>'}"]`,
    `---`,
    `📰Evil Outlet ${HOSTILE}•Freshcollected in 5m`,
    `Hostile headline ${HOSTILE}`,
    `💡Tagline ${HOSTILE}`,
    `⚡ 30-Second TL;DR`,
    `What Changed`,
    `AWS backlog reached $300B ${HOSTILE}`,
    `Why It Matters`,
    `It matters ${HOSTILE}`,
    `🔑 Enhanced Key Takeaways`,
    `- •Takeaway ${HOSTILE} with $12 billion capex.`,
    `📊 Competitor Analysis▸ Show`,
    `| Feature | AWS | Microsoft Azure |`,
    `|---|---|---|`,
    `| Custom Silicon | ${HOSTILE.replace(/\|/g, '')} | Maia |`,
    `| Ragged | only one cell |`,
    `| Too long | a | b | c | d |`,
    `🔮 Future Implications`,
    `AWS will do evil ${HOSTILE} by 2027.`,
    `Because ${HOSTILE}.`,
    `⏳ Timeline`,
    `2026-13`,
    `Impossible month ${HOSTILE}.`,
    `2025-02`,
    `Evil event ${HOSTILE}.`,
    `Original source: ${HOSTILE} ↗`,
  ].join('\n');
}

/**
 * The seeds plus one file of every kind of bad input. Returns the corpus folder and
 * the names of the files that must be rejected.
 */
export async function makeHostileCorpus(): Promise<{ dir: string; mustReject: string[]; mustKeep: string[] }> {
  const root = await tempDir('hostile');
  const dir = path.join(root, 'in');
  await copySeeds(dir);
  const seed004 = await readFile(path.join(SEEDS, '004_f8a458f6d888d2ee.txt'));
  const files: Record<string, string | Buffer> = {
    'empty.txt': '',
    'whitespace.txt': '  \n\t\n   \n',
    'binary.bin.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 4, 5, 0, 7, 8, 0, 0]),
    'title-only.txt': 'Amazon AI Deals Face $200B Spend Scrutiny\n',
    'note.md': '# Shopping\n\n- milk\n- eggs\n',
    'huge.txt': Buffer.alloc(16 * 1024 * 1024, 'a'),
    'bad front matter.txt': '---\ntitle: [unclosed\n---\nAWS Booms\n',
    'path-title.txt': '---\ntitle: "../../x"\nurl: "../../../etc/passwd"\n---\n' + seed004.toString('utf8').replace('Amazon Cloud Biggest', 'Path Title Amazon Cloud Biggest'),
    'hostile <img src=x onerror=alert(1)> "quoted".txt': hostileArticle(),
    'Копия 虎嗅 copy of seed.txt': seed004,
    // A stray Latin-1 byte (0xE9, "é") on line 5 of an otherwise UTF-8 article.
    'invalid-utf8.txt': Buffer.concat([
      Buffer.from(seed004.toString('utf8').replace('Amazon Cloud Biggest', 'Invalid Bytes Amazon Cloud Biggest').split('\n').slice(0, 4).join('\n') + '\nCaf', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from(` note\n${seed004.toString('utf8').split('\n').slice(4).join('\n')}`, 'utf8'),
    ]),
    // A scraped list with no full stops (5,000 figures in one "sentence") and a 5,000-row table.
    'run-on.txt': `Run-on AWS figures\n\n${'AWS revenue rose to $1B, capex hit 5%, '.repeat(5000)}\n`,
    'huge-table.txt': `Huge table\n\n| Provider | Revenue |\n| --- | --- |\n${Array.from({ length: 5000 }, (_, i) => `| AWS ${i} | $${i}B |`).join('\n')}\n`,
    // Damage a scrape or a disk leaves: stray control bytes, lost line breaks, HTML references.
    'control-bytes.txt': seed004.toString('utf8').replace('Amazon Cloud Biggest', 'Control \u0000Bytes Amazon Cloud Biggest').replace('Fastest', 'Fast\u0007est'),
    'one-line.txt': seed004.toString('utf8').replace('Amazon Cloud Biggest', 'One Line Amazon Cloud Biggest').split('\n').filter((l) => l.trim()).join(' '),
    'escaped.txt': seed004.toString('utf8').replace('Amazon Cloud Biggest', 'Escaped Amazon Cloud Biggest').replace(/&/g, '&amp;').replace(/'/g, '&#39;'),
    'prose-first.txt': `AWS revenue rose 17% to $29.3 billion in the first quarter of 2026, the company said, as demand for AI compute kept growing.\n\nAnalysts expect Amazon's capital expenditures to reach $200 billion this year, far above what rivals have committed.\n\nWhat comes next\n\nAWS said its backlog stood at $244 billion at the end of the quarter.\n`,
    // Two different articles under one name: both would have the id "same-name".
    'same-name.md': `Microsoft Azure grows 39%\n\nMicrosoft said Azure revenue grew 39% in the March quarter, its fiscal third quarter, ahead of the 37% analysts expected.\n\nSource: CNBC\n`,
    'same-name.txt': `Oracle's backlog swells\n\nOracle said its remaining performance obligations rose to $553 billion at the end of its fiscal third quarter, up from $455 billion.\n\nSource: Reuters\n`,
    // Markup nested thousands deep, which markdown parsers take minutes over: shown as text.
    'nested-markup.txt': `Nested markup\n\nAWS said its backlog stood at $244 billion at the end of the first quarter of 2026.\n\n${'> '.repeat(20_000)}deep\n\n${'*_'.repeat(20_000)}x${'_*'.repeat(20_000)}\n\n| Provider | Note |\n| --- | --- |\n| AWS | ${'*_'.repeat(20_000)}x |\n`,
    // A title and an outlet whose slugs are the name of a section's own index page.
    'index-titled.txt': `Index\n\nAWS said its backlog stood at $244 billion at the end of the first quarter of 2026, up 40 percent from a year ago.\n\nSource: Index\n`,
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed004.toString('utf8').replace('Amazon Cloud Biggest', 'UTF16 Amazon Cloud Biggest'), 'utf16le')]),
  };
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  await writeFile(path.join(dir, 'unreadable.txt'), seed004.toString('utf8').replace('Amazon Cloud Biggest', 'Unreadable'));
  await chmod(path.join(dir, 'unreadable.txt'), 0o000);
  await symlink('loop-b.txt', path.join(dir, 'loop-a.txt'));
  await symlink('loop-a.txt', path.join(dir, 'loop-b.txt'));
  const mustReject = ['empty.txt', 'whitespace.txt', 'binary.bin.txt', 'title-only.txt', 'note.md', 'huge.txt', 'Копия 虎嗅 copy of seed.txt', 'loop-a.txt', 'loop-b.txt', 'bad front matter.txt', 'huge-table.txt', 'same-name.txt'];
  const mustKeep = ['000_9233e89c7bacff11.txt', '001_e735458e1800b1fc.txt', '002_e58296ae0857730c.txt', '003_170541114e84f7e1.txt', '004_f8a458f6d888d2ee.txt', 'hostile <img src=x onerror=alert(1)> "quoted".txt', 'utf16.txt', 'path-title.txt', 'invalid-utf8.txt', 'run-on.txt', 'control-bytes.txt', 'one-line.txt', 'escaped.txt', 'prose-first.txt', 'same-name.md', 'index-titled.txt', 'nested-markup.txt'];
  return { dir, mustReject, mustKeep };
}
