/**
 * The README says why the reader's tables are hand-written: `npm run compare-nlp` reads the same
 * financial-news figures with Digest's reader and with compromise. This holds that comparison to
 * what the README reports, so that a change to either reader that turns it around is seen.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run compare-nlp', () => {
  it('should read every figure of the comparison with Digest, and fewer with compromise', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compareNlp.ts'], { encoding: 'utf8' });
    const right = (reader: string) => Number(new RegExp(`^${reader}[^:]*: (\\d+) of (\\d+) right`, 'm').exec(output)?.[1]);
    expect(output).toMatch(/^Digest \(findValues\): 30 of 30 right$/m);
    expect(right('compromise')).toBeLessThan(30);
    expect(output).toMatch(/compromise: load \d+ ms; per sentence [\d.]+ ms against Digest's [\d.]+ ms/);
  }, 60_000);
});
