/**
 * A company turns down one party's approach once a month, however each outlet words it and whatever it says the money was
 * for: "Meta rejects Blue Owl's offer to fund the Amarillo campus" and "Meta turns down Blue Owl's Caprock proposal" are one
 * event; another party's offer turned down the same month is another.
 */
import { describe, expect, it } from 'vitest';
import { eventsOfMonth } from '../helpers/timelineMonth.ts';

describe('approaches turned down', () => {
  it("should make one event of a company turning down one party's approach, told in other words", async () => {
    expect(await eventsOfMonth(["Oracle rejects Silverline Capital's offer to finance the Abilene campus.", "Oracle turns down Silverline Capital's Stargate proposal."])).toEqual([
      ["Oracle rejects Silverline Capital's offer to finance the Abilene campus.", "Oracle turns down Silverline Capital's Stargate proposal."],
    ]);
  });

  it("should keep apart the approaches of two parties turned down in one month", async () => {
    expect(await eventsOfMonth(["Oracle rejects Silverline Capital's offer to finance the campus.", "Oracle rejects Harbor Peak's offer to finance the campus."])).toHaveLength(2);
  });
});
