import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims, paragraphClaims } from '../helpers/inventedArticle.ts';
import { eventCount } from '../helpers/timelineMonth.ts';

// Sentences written for these tests (not copied from the evaluation set), in the forms the forty-seventh and forty-eighth
// dev batches showed the reader missing: server makers' orders, shipments and earnings per share, sums that Malaysian and
// Singapore papers write as "US$8.07bil", small sums in Chinese and Japanese without a scale, the server makers' names in
// Chinese and Japanese and their fiscal years, a company's own forecast named with four words before it, and reports that
// open a sentence. Each rule has a look-alike that must stay as it was.

describe('server makers: orders, shipments and earnings per share', () => {
  it("should read a quarter's orders, shipments and adjusted EPS, with analysts' estimates beside them", () => {
    expect(
      claims('Dell', 'For the quarter ended Oct. 31, Dell said AI server orders of $14.8 billion topped the $13 billion the Street expected, while AI server shipments reached $8.6 billion and adjusted earnings per share came to $2.64.', '26 November 2026'),
      // Dell's fiscal quarter of August to October is the calendar quarter that holds most of it.
    ).toEqual(['Dell orders 2026-Q3 fact 14800000000', 'Dell orders 2026-Q3 forecast 13000000000', 'Dell shipments 2026-Q3 fact 8600000000', 'Dell earnings per share (adjusted) 2026-Q3 fact 2.64']);
  });

  it('should read what a company expects to ship, and its own shipment forecast raised, as its plan', () => {
    expect(claims('Dell', 'Dell lifted its full-year AI server shipment forecast to $28 billion.', '26 November 2026')).toEqual(['Dell shipments FY2027 plan 28000000000']);
    // Look-alike: a backlog of orders is the backlog, not the quarter's orders.
    expect(claims('Dell', 'Dell ended the quarter with an AI backlog of $19.2 billion.', '26 November 2026').map((c) => c.replace(/ \S+ fact/, ' fact'))).toEqual(['Dell backlog fact 19200000000']);
  });

  it('should read orders and EPS in Chinese and Japanese, and the server makers by their names there', () => {
    expect(claims('Dell', '戴尔本季度AI服务器订单达到148亿美元，经调整每股收益2.64美元，高于市场预期的2.51美元。', '26 November 2026')).toEqual([
      'Dell orders 2026-Q3 fact 14800000000',
      'Dell earnings per share (adjusted) 2026-Q3 fact 2.64',
      'Dell earnings per share 2026-Q3 forecast 2.51',
    ]);
    expect(claims('Dell', 'デルの1株利益は2.64ドルと、市場予想の2.51ドルを上回った。', '26 November 2026')).toEqual(['Dell earnings per share null fact 2.64', 'Dell earnings per share null forecast 2.51']);
    expect(claims('Super Micro', '美超微第一财季营收58亿美元。', '6 November 2026')).toEqual([expect.stringMatching(/^Super Micro revenue \S+ fact 5800000000$/)]);
    // Look-alike: an order backlog in Chinese is the backlog.
    expect(claims('Dell', '戴尔AI积压订单金额为192亿美元。', '26 November 2026')).toEqual(['Dell backlog null fact 19200000000']);
  });
});

describe('sums as Malaysian and Singapore papers write them', () => {
  it('should read "bil" and "mil" as billions and millions, and RM as the ringgit', () => {
    const values = paragraphClaims('Super Micro', 'Super Micro posted net sales of US$6.2bil for the quarter and wrote off the RM450mil it had spent on a plant in Johor.', '6 November 2026').map((c) => c.value);
    expect(values).toContainEqual(expect.objectContaining({ amount: 6.2e9, unit: 'USD' }));
    expect(values).toContainEqual(expect.objectContaining({ amount: 450e6, unit: 'MYR' }));
    expect(claims('Super Micro', 'Super Micro posted net sales of US$6.2bil for the quarter.', '6 November 2026')).not.toContainEqual(expect.stringMatching(/ 6\.2$/));
  });
});

describe('reports that open a sentence', () => {
  it('should read "Reports that …" as hearsay, and a company that reports as itself', () => {
    expect(claims('xAI', 'Reports that xAI is close to an order worth around $5 billion have not been confirmed by either side.')).toEqual(['xAI orders null rumour 5000000000']);
    expect(claims('Dell', 'Dell reports that AI server orders reached $14.8 billion in the quarter. Its shares rose in late trading.', '26 November 2026')).toEqual(['Dell orders 2026-Q3 fact 14800000000']);
  });
});

describe('a spending target moved', () => {
  it('should merge one company raising its own target, plan or budget, told in other words and in Chinese and Japanese', async () => {
    expect(
      await eventCount([
        'Tencent lifts its three-year AI infrastructure target at its developer conference.',
        'Tencent unveils a bigger AI spending plan in Shenzhen.',
        'Pony Ma enlarges the AI budget on stage.',
        '马化腾宣布上调AI基础设施投入目标。',
        'テンセントがAI投資目標を上方修正',
      ]),
    ).toBe(1);
  });

  it('should keep a stake bought, and another company raising its target, apart', async () => {
    expect(await eventCount(['Tencent lifts its three-year AI infrastructure target.', 'Tencent invests $1 billion in Moonshot AI.'])).toBe(2);
    expect(await eventCount(['Tencent lifts its three-year AI infrastructure target.', 'Baidu raises its AI spending plan.'])).toBe(2);
  });
});
