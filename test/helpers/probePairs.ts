/**
 * Pair probes: invented files of two short articles, by two outlets, separated by a line
 * `=====`, each stating one figure (or one timeline entry). A probe's file name ends with
 * what a careful reader says of the two, written before the reader ran on them:
 * `same` (one claim, or one event), `conflict` (two claims of one fact that disagree),
 * `apart` (two facts: neither merged nor disputed) or `noconflict` (merged or apart,
 * but never disputed: "more than $460 billion" beside "$464 billion").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inventedArticle } from './inventedArticle.ts';
import type { Article } from '../../src/schemas.ts';
import { analyse } from '../../src/analyse/analyse.ts';

export interface PairProbe {
  file: string;
  expected: 'same' | 'conflict' | 'apart' | 'noconflict';
  articles: [Article, Article];
}

/** Every probe of `dir`, its two articles parsed as input files `<probe>-a.txt` and `<probe>-b.txt` would be. */
export function readPairProbes(dir: string): PairProbe[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const parts = readFileSync(path.join(dir, file), 'utf8').split(/^=====[ \t]*$/m);
      if (parts.length !== 2) throw new Error(`${file}: a pair probe has two articles separated by a line "=====", not ${parts.length}`);
      const expected = file.replace(/\.txt$/, '').split('-').pop() as PairProbe['expected'];
      if (!['same', 'conflict', 'apart', 'noconflict'].includes(expected)) throw new Error(`${file}: the name must end with -same, -conflict, -apart or -noconflict`);
      const name = file.replace(/\.txt$/, '');
      return { file, expected, articles: [inventedArticle(parts[0]!.trim(), `${name}-a.txt`), inventedArticle(parts[1]!.trim(), `${name}-b.txt`)] };
    });
}

/** What the reader makes of two articles' figures: one claim, two disputed claims, two claims apart, or no claim from one side. */
export function relationOf(articles: [Article, Article]): 'same' | 'conflict' | 'apart' | 'no claim' {
  const { claims, conflicts } = analyse(articles);
  const [a, b] = articles.map((article) => new Set(claims.filter((c) => c.mentions.some((m) => m.article === article.id)).map((c) => c.id)));
  if (a!.size === 0 || b!.size === 0) return 'no claim';
  if ([...a!].some((id) => b!.has(id))) return 'same';
  return conflicts.some((k) => k.claims.some((id) => a!.has(id)) && k.claims.some((id) => b!.has(id))) ? 'conflict' : 'apart';
}
