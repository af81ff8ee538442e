/**
 * What a figure is set against, named after it with a figure of its own: "Operating profit rose 8% to ¥592 billion on revenue
 * of ¥3.486 trillion" (the revenue it was earned on), "ARR of $1.2B compares with $540M a year ago" (the level a year before).
 * The figure keeps its own measure and its own time.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('a figure and the revenue it was earned on', () => {
  it('should keep the figure before "on revenue of" the measure named before it', () => {
    expect(sentenceClaimLines('SoftBank', 'Operating profit rose 8% to ¥592 billion on record revenue of ¥3.486 trillion.')).toEqual([
      'SoftBank operating profit null fact 8',
      'SoftBank operating profit null fact 592000000000',
      'SoftBank revenue null fact 3486000000000',
    ]);
    expect(sentenceClaimLines('Oracle', 'Net income rose 20% to $5 billion on revenue of $30 billion.').filter((l) => l.includes('5000000000'))).toEqual(['Oracle net income null fact 5000000000']);
  });
});

describe('a figure and the level a year before it compares with', () => {
  it('should date only the level after "compares with" a year back', () => {
    expect(sentenceClaimLines('Salesforce', 'Agentforce ARR of $1.2B compares with $540M a year ago.', '5 December 2026')).toEqual([
      'Agentforce revenue run rate annual fact 1200000000',
      'Agentforce revenue run rate a year earlier fact 540000000',
    ]);
  });
});
