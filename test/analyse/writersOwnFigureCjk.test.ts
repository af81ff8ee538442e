/**
 * A Chinese research note sets a rumour aside and gives its own figure in one sentence: "市场上流传的'积压订单超4640亿美元'
 * 说法…公司已予以否认，本报告以2440亿美元为准" — the $464B+ is hearsay, the $244B the report's own word for the fact.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines } from '../helpers/inventedArticle.ts';

describe('the writer’s own figure after a rumour it sets aside', () => {
  it('should read the figure the report holds to as a fact and the rumour as hearsay', () => {
    expect(cjkArticleLines('亚马逊跟踪', '2026-06-15', ['截至3月末，AWS积压订单达2440亿美元。市场上流传的"AWS积压订单超4640亿美元"说法并非公司披露口径，公司已予以否认，本报告以2440亿美元为准。'])).toEqual([
      'AWS backlog fact 244000000000',
      'AWS backlog rumour 464000000000',
      'AWS backlog fact 244000000000',
    ]);
  });

  it('should still read a rumour the sentence tells in one breath as hearsay', () => {
    expect(cjkArticleLines('亚马逊跟踪', '2026-06-15', ['市场上流传AWS积压订单超4640亿美元，公司已予以否认。'])).toEqual(['AWS backlog rumour 464000000000']);
  });
});
