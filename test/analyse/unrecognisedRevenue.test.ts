/**
 * 未確認為收入: in Traditional Chinese, contracts "not yet recognised as revenue" are a backlog stated as fact, not
 * something "unconfirmed" (未確認, as Japanese and Chinese hearsay write it). Look-alike: a figure called 未確認 on its
 * own stays hearsay.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { articleOf } from '../helpers/seedArticles.ts';

/** modality | subject | metric | value of each claim `sentence` states. */
async function readingsOf(sentence: string): Promise<string[]> {
  return extractClaims(await articleOf('unrecognised-test', '雲端業務', [sentence])).map((c) => `${c.modality} | ${c.subject} | ${c.metric} | ${c.value!.amount}`);
}

describe('Revenue not yet recognised in Traditional Chinese', () => {
  it('should read contracts 未確認為收入 as a backlog stated as fact', async () => {
    expect(await readingsOf('Azure已簽約但未確認為收入的積壓訂單增至3,100億美元。')).toEqual(['fact | Azure | backlog | 310000000000']);
  });

  it('should keep a figure that is 未確認, unconfirmed, as hearsay', async () => {
    expect(await readingsOf('Azure積壓訂單超過5,000億美元的說法仍屬未確認。')).toEqual([expect.stringMatching(/^rumour \| Azure \| backlog \| 5/)]);
  });
});
