import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mayMatch, requiredLiterals, textBeforeGate } from '../../src/analyse/literalGate.ts';
import { PROJECT_ROOT, SEEDS } from '../helpers/cli.ts';

describe('the literals a pattern needs', () => {
  it.each([
    // Each alternative gives its own; a lookbehind asks for nothing that is consumed.
    [/(?<![\w-])(?:reportedly|people familiar with)/i, ['reportedly', 'people familiar with']],
    // The longest run every match holds: "months", not "first"/"opening" or "nine"/"9".
    [/\b(?:first|opening)\s+(?:nine|9)\s+months\b/i, ['months']],
    [/(?<=Amazon )capex/, ['capex']],
    // Literals as the pattern writes them (a case-insensitive one's are looked for case-insensitively); a class of a few
    // letters is each of them.
    [/Trainium\d/i, ['Trainium']],
    [/[Ss]erver/, ['Server', 'server']],
    [/(?:ab){2}/, ['abab']],
    // Chinese and Japanese: one character is a word, and counts.
    [/(?:营收|收入)同比增长/u, ['营收同比增长', '收入同比增长']],
    [/(?:億|万)ドル/u, ['億ドル', '万ドル']],
  ])('should find what every match of %s holds', (pattern, literals) => {
    expect(requiredLiterals(pattern)?.sort()).toEqual([...literals].sort());
  });

  it.each([/\d+%/, /(?:a|b)c?/, /capex|\d+/, /(?:Azure)?\s+\w+/, /(?!capex)\w+/, /x*/])('should give %s no gate: a match may hold no literal of two characters', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
    expect(mayMatch(pattern, '')).toBe(true);
  });

  it('should try a pattern on text as long as its own source some times over before it works out its gate', () => {
    const pattern = /Trainium\d/i;
    const text = 'Inferentia2 ships';
    const tries = Math.ceil(textBeforeGate(pattern) / text.length);
    for (let i = 0; i < tries; i++) expect(mayMatch(pattern, text)).toBe(true);
    expect(mayMatch(pattern, text)).toBe(false);
    expect(mayMatch(pattern, 'AWS said TRAINIUM3 ships')).toBe(true);
  });

  it('should work out the gate of a pattern of many alternatives after no more text than one of 512 characters needs', () => {
    const pattern = new RegExp(Array.from({ length: 300 }, (_, i) => `capex guidance ${i}`).join('|'));
    expect(pattern.source.length).toBeGreaterThan(5000);
    const text = 'Inferentia2 ships in volume this quarter';
    for (let tried = 0; tried < 64 * 512; tried += text.length) expect(mayMatch(pattern, text)).toBe(true);
    expect(mayMatch(pattern, text)).toBe(false);
    expect(mayMatch(pattern, 'its capex guidance 17 stands')).toBe(true);
  });

  it('should let through only texts that hold a literal, its case folded as the engine folds the pattern\'s', () => {
    const gated = (pattern: RegExp) => {
      mayMatch(pattern, 'x'.repeat(textBeforeGate(pattern)));
      return pattern;
    };
    expect(mayMatch(gated(/Trainium\d/i), 'AWS said TRAINIUM3 ships')).toBe(true);
    expect(mayMatch(gated(/Trainium\d/i), 'Inferentia2 ships')).toBe(false);
    // Case folding beyond lower case: ſ is s to a case-insensitive Unicode pattern, a final ς is σ.
    expect(/stake/iu.test('a ſtake')).toBe(true);
    expect(mayMatch(gated(/stake/iu), 'a ſtake')).toBe(true);
    expect(/οδοσ/i.test('ΟΔΟΣ')).toBe(true);
    expect(mayMatch(gated(/οδοσ/i), 'ΟΔΟΣ')).toBe(true);
    expect(mayMatch(gated(/σ/i), 'οδος')).toBe(true);
    expect(mayMatch(gated(/straße/i), 'STRASSE')).toBe(/straße/i.test('STRASSE'));
    expect(mayMatch(gated(/straße/i), 'Straße')).toBe(true);
    // A case-sensitive pattern's literals keep their case.
    expect(mayMatch(gated(/AWS/), 'aws')).toBe(false);
  });
});

/** The seeds and the first 60 of the evaluation's dev articles (outlets in English, Chinese and Japanese). */
async function corpusFiles(): Promise<string[]> {
  const dev = path.join(PROJECT_ROOT, 'eval', 'articles', 'dev');
  return [...(await readdir(SEEDS)).map((f) => path.join(SEEDS, f)), ...(await readdir(dev)).sort().slice(0, 60).map((f) => path.join(dev, f))];
}

describe('the gates of the reader\'s own patterns', () => {
  it('should never turn away a text that a pattern of the reader matches', async () => {
    // Every pattern the reader runs while it reads them, tried on each of their lines and sentences.
    const files = await corpusFiles();
    const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    const patterns = new Map<string, RegExp>();
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      patterns.set(`${this.source}/${this.flags}`, this);
      return exec.call(this, text);
    };
    try {
      const { readClaims } = await import('../../src/analyse/extractClaims.ts');
      const { parseArticle } = await import('../../src/parse/parseArticle.ts');
      files.forEach((file, i) => {
        const parsed = parseArticle({ file: path.basename(file), text: texts[i]!, encoding: 'utf-8', repairs: [], warnings: [] });
        if ('article' in parsed) readClaims({ ...parsed.article, url: '' });
      });
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(patterns.size).toBeGreaterThan(500);
    const lines = [...new Set(texts.flatMap((t) => t.split(/\r?\n|(?<=[.!?。！？])\s+/u)).filter((line) => line.trim() !== ''))];
    expect(lines.length).toBeGreaterThan(1000);
    const gated = [...patterns.values()].filter((p) => requiredLiterals(p) !== null);
    expect(gated.length).toBeGreaterThan(400);
    const turnedAway: string[] = [];
    for (const pattern of gated) {
      const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      for (const line of lines) if (probe.test(line) && !mayMatch(pattern, line)) turnedAway.push(`${pattern.source.slice(0, 80)} | ${line.slice(0, 80)}`);
    }
    expect(turnedAway).toEqual([]);
  }, 120_000);
});
