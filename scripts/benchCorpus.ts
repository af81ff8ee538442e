/**
 * Generates a benchmark corpus of N articles from the seeds: each copy varies its
 * figures and its title, so the claims really differ from copy to copy.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

/** Gives copy `copy` its own title: the first line after an aggregator header line. */
export function varyTitle(text: string, copy: number): string {
  const lines = text.split('\n');
  const titleIndex = lines[0]?.includes('collected in') ? 1 : 0;
  lines[titleIndex] = `${lines[titleIndex]?.trimEnd()} (edition ${copy})`;
  return lines.join('\n');
}

/** Writes `size` varied copies of the seeds into `outDir` (replaced). */
export async function generateCorpus(seedDir: string, outDir: string, size: number): Promise<void> {
  const seedNames = (await readdir(seedDir)).sort();
  const seeds = await Promise.all(seedNames.map((n) => readFile(path.join(seedDir, n), 'utf8')));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const writes: Promise<void>[] = [];
  for (let copy = 0; copy < size; copy++) {
    const seed = copy % seeds.length;
    const name = `${String(copy).padStart(6, '0')}_${seedNames[seed]}`;
    writes.push(writeFile(path.join(outDir, name), varyTitle(varyFigures(seeds[seed]!, copy), copy)));
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}
