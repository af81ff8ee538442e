import { describe, expect, it } from 'vitest';
import { inReaderWords } from '../../src/analyse/inOtherWords.ts';
import { isCalledOff } from '../../src/analyse/entryActs.ts';
import { eventsOfMonth as eventsOf } from '../helpers/timelineMonth.ts';

describe('timeline results said with when they came (timeline14)', () => {
  it('should read a quarter’s figures followed by when they were posted as the company’s results', async () => {
    expect(inReaderWords('Oracle reports its second-quarter figures a day later.')).toBe('Oracle reports its second-quarter revenue a day later.');
    expect(await eventsOf(['Oracle reports its second-quarter figures a day later.', 'Oracle posts fiscal second-quarter results with cloud sales up 20%.'])).toHaveLength(1);
    expect(await eventsOf(['Salesforce files its January–March numbers the same week.', 'Salesforce posts quarterly results with revenue up 9%.'])).toHaveLength(1);
  });

  it('should keep another company’s figures of that week apart, and leave figures followed by another measure as written', async () => {
    expect(await eventsOf(['Adobe reports its second-quarter figures the same week.', 'Oracle posts fiscal second-quarter results with cloud sales up 20%.'])).toHaveLength(2);
    expect(inReaderWords('Oracle posts its quarterly figures the same week as its capital spending plan.')).toBe('Oracle posts its quarterly figures the same week as its capital spending plan.');
  });
});

describe('timeline deals told as a lease or a purchase (timeline14)', () => {
  it('should read a compute lease or a capacity purchase between two parties as their deal', async () => {
    expect(await eventsOf(['Anthropic takes out a multiyear compute lease with Google.', 'Anthropic commits to a six-year capacity deal with Google.'])).toHaveLength(1);
    expect(await eventsOf(['Meta is said to have booked a vast multi-year capacity purchase from Oracle.', 'Oracle and Meta sign a $20 billion cloud contract.'])).toHaveLength(1);
  });

  it('should keep a lease or a purchase with another party apart', async () => {
    expect(await eventsOf(['Anthropic takes out a multiyear compute lease with Microsoft.', 'Anthropic commits to a six-year capacity deal with Google.'])).toHaveLength(2);
    expect(await eventsOf(['Meta is said to have booked a vast multi-year capacity purchase from Oracle.', 'Google and Meta sign a $10 billion cloud contract.'])).toHaveLength(2);
  });
});

describe('timeline entries calling a project off before saying why (timeline14)', () => {
  it('should read a project called off in the main clause, before a clause of why or when, as called off', async () => {
    expect(isCalledOff('Microsoft scraps plans for a Wisconsin campus after residents protest.')).toBe(true);
    expect(await eventsOf(['Microsoft scraps plans for a Wisconsin campus after residents protest.', 'Microsoft cancels its Wisconsin data centre project.'])).toHaveLength(1);
  });

  it('should not read a project opened before such a clause as called off', async () => {
    expect(isCalledOff('Microsoft opens a Wisconsin campus after residents protest.')).toBe(false);
    expect(await eventsOf(['Microsoft opens a Wisconsin campus after residents protest.', 'Microsoft cancels its Wisconsin data centre project.'])).toHaveLength(2);
  });

  it('should read retreating from a proposal of one’s own as calling it off, and not retreating from a price', async () => {
    expect(await eventsOf(['Amazon retreats from a disputed Georgia proposal.', 'Amazon drops its bid for a Georgia campus.'])).toHaveLength(1);
    expect(inReaderWords('Amazon shares retreat from a record high.')).toBe('Amazon shares retreat from a record high.');
  });
});

describe('timeline entries whose subject is a kind of company of a town (timeline14)', () => {
  it('should read a chip company called by its kind and town as one of that kind, not as its article’s retailer', async () => {
    const title = 'Amazon’s chips, one year on';
    expect(await eventsOf(['The Santa Clara chip designer’s data-centre takings hit a record.', 'Intel posts record data center sales for the quarter.'], title)).toHaveLength(1);
    // Its article is about Amazon, but a chip designer is no retailer: Amazon's results of the month are another event.
    expect(await eventsOf(['The Santa Clara chip designer’s data-centre takings hit a record.', 'Amazon posts quarterly results with revenue up 10%.'], title)).toHaveLength(2);
  });

  it('should let a lab called by its town be the lab another outlet names, and never a company of another kind', async () => {
    const lab = 'The San Francisco lab turns down the e-commerce giant’s stake proposal.';
    expect(await eventsOf([lab, 'Anthropic rejects the retailer’s investment proposal.'])).toHaveLength(1);
    expect(await eventsOf(['The Santa Clara chip designer turns down the e-commerce giant’s stake proposal.', 'Anthropic rejects the retailer’s investment proposal.'])).toHaveLength(2);
  });
});

describe('timeline money committed to capital spending', () => {
  it('should read money a company commits to capital spending as its capex, one event with its spending told otherwise', async () => {
    expect(await eventsOf(['Fabrikam commits to about $30 billion in capital spending.', 'Fabrikam says it will spend roughly $30 billion on capex this year.'])).toHaveLength(1);
    // Look-alike: money committed to another company is an investment in it, another event than the company's capex.
    expect(await eventsOf(['Fabrikam commits $3 billion to Northwind.', 'Fabrikam says it will spend roughly $30 billion on capex this year.'])).toHaveLength(2);
  });
});
