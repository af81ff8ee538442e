/**
 * A Japanese figure set against a forecast with that forecast's own figure — "730億ドルと市場予想の714億ドルを上回った" — is
 * the result that beat it; the forecast's words speak for the forecast's figure only, and the verb after them still
 * speaks for the first figure ("…を上回る見通しだ", an outlook).
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines } from '../helpers/inventedArticle.ts';

describe('a Japanese figure set against a forecast with its own figure', () => {
  it('should read the figure that beat the forecast as a fact and the forecast’s figure as a forecast', () => {
    expect(cjkArticleLines('エヌビディア決算', '2026年6月17日', ['エヌビディアのデータセンター部門の売上高は730億ドルと市場予想の714億ドルを上回った。'])).toEqual([
      'NVIDIA data center revenue fact 73000000000',
      'NVIDIA data center revenue forecast 71400000000',
    ]);
  });

  it('should leave the outlook the sentence ends with speaking for its first figure', () => {
    expect(cjkArticleLines('マイクロソフト', '2026年6月17日', ['マイクロソフトの2027年の設備投資は1900億ドルと、アナリスト予想の1800億ドルを上回る見通しだ。'])).toEqual([
      'Microsoft capex plan 190000000000',
      'Microsoft capex forecast 180000000000',
    ]);
  });

  it('should still read a figure told as expected, with no figure of the forecast after it, as a forecast', () => {
    expect(cjkArticleLines('エヌビディア決算', '2026年6月17日', ['エヌビディアの売上高は730億ドルと予想される。'])).toEqual(['NVIDIA revenue forecast 73000000000']);
  });
});
