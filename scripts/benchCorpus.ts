/**
 * Generates a benchmark corpus of N articles from the seeds: each copy varies its
 * figures and its title, so the claims really differ from copy to copy.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../src/parse/parseArticle.ts';

/** Scales every money figure and percentage in `text` by a factor that depends on `copy`. */
export function varyFigures(text: string, copy: number): string {
  const factor = 1 + ((copy * 37) % 90) / 100;
  const scale = (n: string) => {
    const value = Number(n.replace(/,/g, '')) * factor;
    return n.includes('.') ? value.toFixed(1) : String(Math.round(value));
  };
  return text
    .replace(/\$(\d[\d,]*(?:\.\d+)?)/g, (_, n: string) => `$${scale(n)}`)
    .replace(/(\d+(?:\.\d+)?)%/g, (_, n: string) => `${Math.min(99, Number(scale(n)))}%`);
}

/**
 * Gives copy `copy` its own title where the parser takes it from: its title line, or,
 * for a seed whose title is derived from its first sentence (the long-form one), a
 * front matter title — so no two copies share a title, as in a real corpus.
 */
export function varyTitle(text: string, copy: number, derivedTitle: string | null): string {
  if (derivedTitle !== null) return `---\ntitle: ${JSON.stringify(`${derivedTitle} (edition ${copy})`)}\n---\n${text}`;
  const lines = text.split('\n');
  const titleIndex = lines[0]?.includes('collected in') ? 1 : 0;
  lines[titleIndex] = `${lines[titleIndex]?.trimEnd()} (edition ${copy})`;
  return lines.join('\n');
}

/** The title a seed's copies would share if only their title line were varied: a derived one, or null. */
function derivedTitle(file: string, text: string): string | null {
  const parsed = parseArticle({ file, text, encoding: 'utf-8', repairs: [], warnings: [] });
  return 'article' in parsed && parsed.article.titleSource !== 'title line' ? parsed.article.title : null;
}

/** Writes `size` varied copies of the seeds into `outDir` (replaced). */
export async function generateCorpus(seedDir: string, outDir: string, size: number): Promise<void> {
  const seedNames = (await readdir(seedDir)).sort();
  const seeds = await Promise.all(seedNames.map((n) => readFile(path.join(seedDir, n), 'utf8')));
  const derived = seeds.map((text, i) => derivedTitle(seedNames[i]!, text));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const writes: Promise<void>[] = [];
  for (let copy = 0; copy < size; copy++) {
    const seed = copy % seeds.length;
    const name = `${String(copy).padStart(6, '0')}_${seedNames[seed]}`;
    writes.push(writeFile(path.join(outDir, name), varyTitle(varyFigures(seeds[seed]!, copy), copy, derived[seed]!)));
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}
