import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';

// Entries written for these tests (not copied from the evaluation set), in the forms the forty-first and forty-second dev
// batches showed the timeline missing: one event told by outlets that share only a name the vocabulary does not know.

describe('entries that share a name the vocabulary does not know', () => {
  it('should join entries of one month that open with one unknown company and name one unknown chip, in one act', async () => {
    expect(await eventCount(['Lambdora unveils its Q7 inference chip.', 'Lambdora shows off the Q7 accelerator.'])).toBe(1);
  });

  it('should join entries that name one unknown chip by its code, in English and in Chinese', async () => {
    expect(await eventCount(['Washington clears the cut-down X40C for sale to China.', 'Commerce signs off on X40C exports to China.'])).toBe(1);
    expect(await eventCount(['Nvidia tells investors its Chinese X40C orders have been cancelled.', '中国客户取消X40C订单的消息得到英伟达确认。'])).toBe(1);
  });

  it('should keep apart a deal and its cancellation, and an offer and its rejection, though one name joins them', async () => {
    expect(await eventCount(['Lambdora signs a three-year Blackwell supply agreement with Nvidia.', 'Lambdora cancels its Blackwell supply agreement with Nvidia.'])).toBe(2);
    expect(await eventCount(['Nvidia bids $3 billion for Kestrel Optics.', 'Kestrel Optics rejects the Nvidia bid.'])).toBe(2);
  });
});
