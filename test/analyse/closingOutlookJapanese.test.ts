/**
 * A Japanese sentence lists sums by year and closes on one verb: "26年通期では約2150億ドル、27年は約2500億ドルを見込む" — the
 * company expects both, so both are its plans, each of its own year (27年 is a year of its own, no sum to date). A clause with
 * a verb of its own ("1～9月の累計は1507億ドルに達し、…を見込む") keeps its own meaning.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines } from '../helpers/inventedArticle.ts';

const lines = (sentences: string[]) => cjkArticleLines('アマゾンの設備投資', '2026年12月3日', sentences);

describe('a Japanese outlook verb closing a list of sums', () => {
  it('should read each sum the closing verb speaks for as a plan, the later year no sum to date', () => {
    expect(lines(['アマゾンの1～9月の設備投資の累計は1507億ドルに達した。26年通期では約2150億ドル、27年は約2500億ドルを見込む。']).filter((l) => !l.endsWith(' 150700000000'))).toEqual([
      'Amazon capex plan 215000000000',
      'Amazon capex plan 250000000000',
    ]);
  });

  it('should leave a clause with its own verb as it says', () => {
    expect(lines(['アマゾンの7～9月期の設備投資は561億ドルだった。1～9月の累計は1507億ドルに達し、会社側は2026年通期で約2150億ドルを見込む。'])).toEqual([
      'Amazon capex fact 56100000000',
      'Amazon capex (nine months) fact 150700000000',
      'Amazon capex plan 215000000000',
    ]);
  });
});
