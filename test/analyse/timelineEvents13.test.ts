import { describe, expect, it } from 'vitest';
import { inReaderWords } from '../../src/analyse/inOtherWords.ts';
import { asEvents, eventsOfMonth as eventsOf } from '../helpers/timelineMonth.ts';

describe('timeline entries naming a chip by the one it follows (timeline13)', () => {
  it('should read the successor to a chip named by its generation as the next generation', () => {
    expect(inReaderWords('AWS shows off the follow-on to its second-generation training processor.')).toBe('AWS shows off Trainium3.');
    expect(inReaderWords('Amazon gives a glimpse of the successor to Amazon’s third-generation Trainium.')).toBe('Amazon gives a glimpse of Trainium4.');
    // The chip named alone is that chip, not the one after it.
    expect(inReaderWords('AWS shows off its second-generation training processor.')).toBe('AWS shows off its Trainium2.');
  });

  it('should keep a teaser of the next chip apart from the current chip reaching customers in the same month', async () => {
    const month = ['Trainium2 capacity becomes generally available to every AWS account.', 'AWS gives a first look at the successor to its second-generation training processor.', 'Amazon teases Trainium3 for next year.'];
    expect(await eventsOf(month)).toEqual(asEvents([[month[0]!], [month[1]!, month[2]!]]));
  });
});

describe('timeline acts of availability in more words (timeline13)', () => {
  it('should read leaving preview, going on general sale and starting to sell as putting a product in customers’ hands', async () => {
    // Each said of the chip that a preview of the next one in the same month must not swallow.
    const ga = ['Trn2 servers leave preview for all AWS regions.', 'Trainium2 capacity becomes generally available to every AWS account.'];
    expect(await eventsOf([...ga, 'AWS previews Trainium3.'])).toEqual(asEvents([ga, ['AWS previews Trainium3.']]));
    const sale = ['Amazon’s second-generation training boxes go on general sale.', 'AWS starts selling servers built around its second-generation training processor.', 'Trainium2 racks become available to all customers.'];
    expect(await eventsOf(sale, 'Amazon’s chips, one year on')).toHaveLength(1);
  });

  it('should not read a customer starting to rent capacity as a product going on sale', async () => {
    const month = ['Meta starts renting GPU capacity from CoreWeave.', 'CoreWeave makes its Blackwell clusters available to all customers.'];
    expect(await eventsOf(month)).toHaveLength(2);
  });
});

describe('timeline entries naming results by a founder or a beat, and a letter to shareholders (timeline13)', () => {
  it('should read a founder’s company as the company he founded, and keep another company’s results apart', async () => {
    expect(inReaderWords('Jack Ma’s company reports December-quarter numbers.')).toBe('Alibaba reports December-quarter revenue.');
    expect(await eventsOf(['Jack Ma’s company reports December-quarter numbers.', 'Alibaba posts results with cloud revenue up 34%.'])).toHaveLength(1);
    expect(await eventsOf(['Jack Ma’s company reports December-quarter numbers.', 'Tencent posts results with cloud revenue up 34%.'])).toHaveLength(2);
  });

  it('should read a beat or a miss a company posts as its results, not as any act', async () => {
    expect(inReaderWords('Oracle posts a narrow miss in its fiscal second quarter.')).toBe('Oracle reports revenue in its fiscal second quarter.');
    expect(await eventsOf(['Oracle posts a narrow miss in its fiscal second quarter.', 'Oracle reports quarterly results below forecasts.'])).toHaveLength(1);
    // A beat of another company is another company's results; a drum beat is no result.
    expect(await eventsOf(['Oracle posts a narrow miss in its fiscal second quarter.', 'Adobe posts a beat in its fiscal fourth quarter.'])).toHaveLength(2);
    expect(inReaderWords('The keynote keeps a steady beat of product news.')).toBe('The keynote keeps a steady beat of product news.');
  });

  it('should make one event of a company’s letter to shareholders, whatever each outlet says it argues', async () => {
    const letter = ['Satya Nadella’s yearly shareholder letter defends the AI spending.', 'Microsoft uses its annual letter to investors to make the case for its data centre build-out.'];
    expect(await eventsOf(letter)).toHaveLength(1);
    // The letter is not the month's capex report, nor another company's letter.
    expect(await eventsOf([letter[0]!, 'Microsoft reports record capital spending.'])).toHaveLength(2);
    expect(await eventsOf([letter[0]!, 'Alphabet’s annual letter to shareholders defends the AI spending.'])).toHaveLength(2);
  });
});

describe('timeline entries naming results, backlogs, data centres, chips and deals in other words (timeline13)', () => {
  it('should read topping Street estimates and record data-centre numbers as results', async () => {
    expect(await eventsOf(['Meta’s ad business tops Street estimates.', 'Meta posts quarterly results with revenue up 22%.'])).toHaveLength(1);
    expect(await eventsOf(['AMD ends its year with record datacenter numbers.', 'AMD posts record data center sales for the December quarter.'])).toHaveLength(1);
    // Another company's record is another event; a capex figure is no result.
    expect(await eventsOf(['AMD ends its year with record datacenter numbers.', 'Intel posts record data center sales for the December quarter.'])).toHaveLength(2);
    expect(inReaderWords('Meta’s capex numbers keep climbing.')).toBe('Meta’s capex numbers keep climbing.');
  });

  it('should read contracts awaiting delivery (待交付合同) and a contract pile as a backlog', async () => {
    expect(await eventsOf(['甲骨文待交付合同规模大幅增加。', 'Oracle reports a record backlog.'])).toHaveLength(1);
    expect(await eventsOf(['Oracle’s quarterly figures show its contract pile growing again.', 'Oracle’s unfilled orders climb to a record.'])).toHaveLength(1);
    // A pile of cash is no backlog, and Microsoft's backlog is not Oracle's.
    expect(inReaderWords('Oracle sits on a cash pile.')).toBe('Oracle sits on a cash pile.');
    expect(await eventsOf(['甲骨文待交付合同规模大幅增加。', 'Microsoft reports a record backlog.'])).toHaveLength(2);
  });

  it('should read clusters built for a workload as data centres, and a cluster of chips named alone as none', async () => {
    expect(await eventsOf(['Microsoft starts a European rollout of clusters designed for AI training.', 'Microsoft opens new AI data centres across Europe.'])).toHaveLength(1);
    expect(inReaderWords('CoreWeave rents out GPU clusters to OpenAI.')).toBe('CoreWeave rents out GPU clusters to OpenAI.');
  });

  it('should read tensor processors as TPUs and a TPU by its generation as the chip of that name', async () => {
    expect(await eventsOf(['Meta expands its tensor-processor deal with Google.', 'Meta agrees to use many more Google TPUs.'])).toHaveLength(1);
    expect(await eventsOf(['Google puts its seventh-generation TPU in customers’ hands.', 'Ironwood TPUs reach general availability on Google Cloud.'])).toHaveLength(1);
    // Its sixth generation is another chip, not Ironwood.
    expect(inReaderWords('Google ships its sixth-generation TPU.')).not.toContain('Ironwood');
    expect(await eventsOf(['Google ships its sixth-generation TPU widely.', 'Ironwood TPUs reach general availability on Google Cloud.'])).toHaveLength(2);
  });

  it('should read booking an order with a party as a deal with it, and keep a deal with another party apart', async () => {
    expect(await eventsOf(['Meta has booked a huge multiyear compute order with Oracle.', 'Oracle and Meta sign a $20 billion cloud contract.'])).toHaveLength(1);
    expect(await eventsOf(['Meta has booked a huge multiyear compute order with Oracle.', 'Google and Meta sign a $10 billion cloud contract.'])).toHaveLength(2);
  });
});

describe('timeline entries naming a cloud region by its code (timeline13)', () => {
  it('should read a region code as the place it serves and a region’s zone as an availability zone', async () => {
    expect(inReaderWords('AWS opens a third availability zone in its eu-south-1 region.')).toBe('AWS opens a third availability zone in its Milan region.');
    expect(await eventsOf(['AWS adds a third zone to its Milan region.', 'AWS opens a third availability zone in its eu-south-1 region.'])).toHaveLength(1);
  });

  it('should keep zones of two regions apart, and leave zones that are no region’s as written', async () => {
    expect(await eventsOf(['AWS adds a third zone to its Milan region.', 'AWS opens a third availability zone in its ap-northeast-3 region.'])).toHaveLength(2);
    expect(inReaderWords('Microsoft builds in a free-trade zone of the region.')).toBe('Microsoft builds in a free-trade zone of the region.');
  });
});
