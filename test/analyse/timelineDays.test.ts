import { describe, expect, it } from 'vitest';
import { datedEventCount as eventsOf } from '../helpers/timelineMonth.ts';

describe('entries dated to the day', () => {
  it('should keep apart entries of one company’s financing told on days a week apart, however alike their words', async () => {
    expect(await eventsOf([['2026-11-04', 'First reports of a private-credit package for Meta’s Texas campus.'], ['2026-11-18', 'Meta signs a private-credit package for its Texas campus.']])).toBe(2);
  });

  it('should still join one event dated a day apart by two outlets, or dated to the day by one and to the month by another', async () => {
    expect(await eventsOf([['2026-11-18', 'Meta signs a private-credit package for its Texas campus.'], ['2026-11-19', 'Meta signs a private-credit package for its Texas campus.']])).toBe(1);
    expect(await eventsOf([['2026-11-18', 'Meta signs a private-credit package for its Texas campus.'], ['2026-11', 'Meta signs a private-credit package for its Texas campus.']])).toBe(1);
  });
});
