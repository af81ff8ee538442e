/**
 * A price offered in cash for a company is a bid to buy it, however the sentence puts it ("its roughly $4.1B cash offer", "an
 * unsolicited all-cash offer from ServiceNow Inc. valued at about $4.1 billion"), not a valuation of the buyer; and a note's
 * shorthand puts a measure and its sum side by side ("AI orders US$16.2bn, AI backlog US$24.7bn"), or says what orders topped.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';

describe('a price offered for a company', () => {
  it('should read a cash offer or proposal for a company as an offer to buy it', () => {
    expect(sentenceClaimLines('ServiceNow', 'Orrvale, the agentic IT-operations start-up, turned down ServiceNow’s roughly $4.1B cash offer on 16 November.', DATE)).toEqual(['ServiceNow acquisition null offer 4100000000']);
    expect(sentenceClaimLines('ServiceNow', 'We think ServiceNow was right not to chase Orrvale after the start-up’s board rejected its roughly $4.1bn cash proposal.', DATE)).toEqual(['ServiceNow acquisition null offer 4100000000']);
  });

  it('should read an offer "from" a company "valued at" a sum as that offer, not a valuation', () => {
    expect(sentenceClaimLines('ServiceNow', 'Orrvale said Monday its board had rejected an unsolicited all-cash offer from ServiceNow Inc. valued at about $4.1 billion, saying the proposal undervalued the company.', DATE)).toEqual(['ServiceNow acquisition null offer 4100000000']);
    // Look-alike: a company valued in a funding round is valued.
    expect(sentenceClaimLines('Orrvale', 'Orrvale was valued at about $2.1 billion in its last round.', DATE)).toEqual(['Orrvale valuation null fact 2100000000']);
  });
});

describe('a note’s shorthand of orders', () => {
  it('should read a measure and its sum side by side', () => {
    expect(sentenceClaimLines('Dell', 'Dell FQ3 FY27: AI orders US$16.2bn, AI backlog US$24.7bn.', DATE)).toEqual(['Dell orders null fact 16200000000', 'Dell backlog null fact 24700000000']);
    expect(sentenceClaimLines('Dell', 'Dell: AI orders $16.2bn, AI shipments $9.4bn.', DATE)).toEqual(['Dell orders null fact 16200000000', 'Dell shipments null fact 9400000000']);
    // Look-alike: unfilled orders are the backlog.
    expect(sentenceClaimLines('Dell', 'Dell: unfilled orders $24.7bn.', DATE)).not.toContain('Dell orders null fact 24700000000');
  });

  it('should read what orders topped as the orders', () => {
    expect(sentenceClaimLines('Oracle', 'On Thursday Oracle priced $20 billion of senior notes in seven tranches; orders topped $85 billion.', DATE)).toEqual(['Oracle bond sale null fact 20000000000', 'Oracle orders null fact 85000000000']);
  });
});
