import { describe, expect, it } from 'vitest';
import { titledEventCount as eventCount } from '../helpers/timelineMonth.ts';

// Entries written for these tests (not copied from the evaluation set), in the forms the forty-third and forty-fourth dev
// batches showed the timeline joining: entries of one month that name no company, each in a story about another company.

describe('entries that leave their company to their article', () => {
  it('should keep apart two entries that name no company, in stories about two companies', async () => {
    expect(await eventCount([['TSMC’s October sales set a record', 'The company publishes a record monthly turnover.'], ['CoreWeave’s third quarter: the backlog keeps growing', 'Third-quarter numbers: backlog climbs to a new record.']])).toBe(2);
    // Look-alike: an entry that names the company of the other's story is its event.
    expect(await eventCount([['TSMC’s October sales set a record', 'The company publishes a record monthly turnover.'], ['The week in AI infrastructure', 'TSMC posts its October sales figure.']])).toBe(1);
  });

  it('should read a quarter’s results with a sum, named by no company, as its story’s company’s', async () => {
    expect(await eventCount([['Nvidia (NVDA): a twelve-figure quarter', 'Fiscal 3Q27 revenue passes $100bn for the first time.'], ['AMD’s Instinct ramp', 'AMD reports record September-quarter revenue.']])).toBe(2);
    // Look-alike: the same results told by name in another story are one event.
    expect(await eventCount([['Nvidia (NVDA): a twelve-figure quarter', 'Fiscal 3Q27 revenue passes $100bn for the first time.'], ['The week in chips', 'Nvidia’s third-quarter sales pass $100bn.']])).toBe(1);
  });
});

describe('a party named beside a company, a deal exited, and states in Chinese and Japanese', () => {
  it('should join two entries that name one party after "with", "and" or "-backed", and keep another party’s apart', async () => {
    expect(await eventCount([['Meta’s quarter', 'Meta ends its GPU lease with Halvorsen Compute.'], ['The week in AI', 'Meta exits its $2.1 billion GPU rental contract with Halvorsen Compute.']])).toBe(1);
    expect(await eventCount([['Meta’s campus', 'Meta and Ridgefield close the phase-two financing.'], ['The week in AI', 'Ridgefield-backed venture agrees to pay for phase two.']])).toBe(1);
    // Look-alike: a lease exited with another party is another event.
    expect(await eventCount([['Meta’s quarter', 'Meta ends its GPU lease with Halvorsen Compute.'], ['The week in AI', 'Meta exits its GPU rental contract with Brightline Cloud.']])).toBe(2);
  });

  it('should read a lease exited in Chinese or Japanese as called off, in the state it names', async () => {
    expect(await eventCount([['Amazon’s quarter', 'AWS pulls out of a data-center lease in east Mississippi.'], ['亚马逊三季报', 'AWS退出密西西比州一处数据中心租约。']])).toBe(1);
    expect(await eventCount([['Amazon’s quarter', 'AWS pulls out of a data-center lease in east Mississippi.'], ['アマゾン決算', 'アマゾンがミシシッピ州の賃借契約を解除']])).toBe(1);
    // Look-alike: a lease in another state is another event.
    expect(await eventCount([['Amazon’s quarter', 'AWS pulls out of a data-center lease in east Mississippi.'], ['亚马逊三季报', 'AWS退出俄亥俄州一处数据中心租约。']])).toBe(2);
  });
});
