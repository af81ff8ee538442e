import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { heldTo, readFloors, TARGETS } from '../eval/thresholds.ts';
import type { Scores } from '../eval/scoring.ts';
import { PROJECT_ROOT } from './helpers/cli.ts';

/** Both parts scored as `npm run eval -- --json` scores them: a real build of each, read through the data API. */
function scoreBothParts(): { dev: Scores; test: Scores } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'eval/score.ts', '--json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run eval -- --json failed (${run.signal ? `killed by ${run.signal}` : `exit ${run.status}`}):\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('the evaluation’s thresholds', () => {
  const floors = readFloors(path.join(PROJECT_ROOT, 'eval', 'floors.json'));
  let scores: { dev: Scores; test: Scores };
  // Two real builds of 705 articles, beside the other test files on a 2-core runner: up to two minutes each there.
  beforeAll(() => {
    scores = scoreBothParts();
  }, 300_000);

  for (const part of ['dev', 'test'] as const) {
    it(`should hold the ${part} part to the targets, or to its floor where a target is not reached yet`, () => {
      const bound = heldTo(floors[part]);
      const s = scores[part];
      for (const name of ['timeline', 'claims', 'conflicts'] as const) {
        expect(s[name].precision, `${part} ${name} precision`).toBeGreaterThanOrEqual(bound[name].precision);
        expect(s[name].recall, `${part} ${name} recall`).toBeGreaterThanOrEqual(bound[name].recall);
      }
      expect(s.overstated, `${part} overstated claims`).toBeLessThanOrEqual(bound.overstated);
    });
  }

  it('should record floors no higher than the targets, so that a met target is what is held', () => {
    for (const part of ['dev', 'test'] as const) {
      for (const name of ['timeline', 'claims', 'conflicts'] as const) {
        expect(floors[part][name].precision).toBeLessThanOrEqual(TARGETS[name].precision);
        expect(floors[part][name].recall).toBeLessThanOrEqual(TARGETS[name].recall);
      }
      expect(floors[part].overstated).toBeGreaterThanOrEqual(TARGETS.overstated);
    }
  });
});
