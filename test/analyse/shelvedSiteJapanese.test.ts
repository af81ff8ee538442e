/**
 * 見送る, to put off for good: "14億ドルの新拠点の建設を見送っていた" is a build of a new site, $1.4 billion, shelved — spending
 * called off, never a fact; a new site's construction (新拠点の建設) is spending on it, as a data centre's is.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines } from '../helpers/inventedArticle.ts';

describe('a site shelved, in Japanese', () => {
  it('should read a new site whose construction was put off as capex called off', () => {
    expect(cjkArticleLines('マイクロソフトの投資計画', '2026年11月30日', ['マイクロソフトは10月、ウィスコンシン州で計画していた33億ドルの新拠点の建設を見送った。'])).toEqual(['Microsoft capex cancelled 3300000000']);
  });

  it('should still read a new site being built as capex that is going ahead', () => {
    expect(cjkArticleLines('マイクロソフトの投資計画', '2026年11月30日', ['マイクロソフトはウィスコンシン州で33億ドルの新拠点の建設を進めている。'])).toEqual(['Microsoft capex fact 3300000000']);
  });
});
