import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';
import { jobsCut } from '../../src/analyse/jobsCut.ts';

describe('job cuts told by their count (timeline21)', () => {
  it('should read a workforce that shrinks, or roles eliminated, as a layoff', () => {
    expect(describeEntry('The e-commerce giant’s corporate workforce shrinks by another 16,000 roles.').action).toBe('layoff');
    expect(describeEntry('Intel trims its workforce by 15%.').action).toBe('layoff');
    expect(describeEntry('Amazon eliminates about 16,000 corporate roles.').action).toBe('layoff');
    // Look-alikes: a price trimmed, and a round of layoffs that is no funding round.
    expect(describeEntry('Google trims Gemini prices for developers.').action).toBe('price cut');
    expect([...describeEntry('Microsoft cuts a further 305 jobs in a second round of layoffs.').metrics]).toEqual([]);
  });

  it('should count the jobs cut, not the workforce a share is of', () => {
    expect(jobsCut('Microsoft lays off about 6,000 employees.')).toEqual([{ amount: 6000, unit: 'jobs', bound: 'approx' }]);
    expect(jobsCut('Microsoft cuts a further 305 jobs in a second round of layoffs.')).toEqual([{ amount: 305, unit: 'jobs' }]);
    expect(jobsCut('微软裁员约9000人。')).toEqual([{ amount: 9000, unit: 'jobs', bound: 'approx' }]);
    expect(jobsCut('Intel cuts 15% of its 100,000 employees.')).toEqual([]);
  });

  it('should make one round of cuts told by its count one event, and two rounds of other counts two', async () => {
    expect(await eventCount(['Amazon eliminates about 16,000 corporate roles.', 'The e-commerce giant’s corporate workforce shrinks by another 16,000 roles.'])).toBe(1);
    expect(await eventCount(['Microsoft cuts about 9,000 jobs.', '微软裁员约9000人。'])).toBe(1);
    // A count said by one outlet only does not keep the round apart.
    expect(await eventCount(['Microsoft lays off about 6,000 employees.', 'Microsoft announces job cuts.'])).toBe(1);
    // Look-alikes: two rounds of cuts of other counts, and another company's cuts of the same count, stay apart.
    expect(await eventCount(['Microsoft lays off about 6,000 employees.', 'Microsoft cuts a further 305 jobs in a second round of layoffs.'])).toBe(2);
    expect(await eventCount(['Amazon eliminates about 16,000 corporate roles.', 'Meta eliminates about 16,000 roles.'])).toBe(2);
  });
});
