/**
 * Chinese outlets call Microsoft's cloud 微软云 or 微软智能云 whether they mean Azure's growth or the segments Microsoft
 * reports in dollars (it reports no Azure revenue in dollars): a sum of revenue so named is the Microsoft Cloud's or the
 * Intelligent Cloud segment's, a growth rate stays Azure's. And the database giant (数据库巨头) is Oracle, as in English.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines } from '../helpers/inventedArticle.ts';

/** Each figure of a Chinese article of `lines`, dated 30 October 2026. */
const chinese = (lines: string[]) => cjkArticleLines('云厂商季报', '2026年10月30日', lines);

describe('Microsoft’s cloud named in Chinese shorthand', () => {
  it('should read a sum of revenue for 微软云 as the Microsoft Cloud’s, and Azure’s growth beside it as Azure’s', () => {
    expect(chinese(['微软第一财季Azure及其他云服务收入同比增长37%；“微软云”收入574亿美元。'])).toEqual([
      'Azure revenue growth fact 37',
      'Microsoft Cloud revenue fact 57400000000',
    ]);
  });

  it('should read the 智能云 segment’s sum as the Intelligent Cloud’s, and 微软云’s growth as Azure’s', () => {
    expect(chinese(['第一财季，微软智能云收入389亿美元。'])).toEqual(['Intelligent Cloud revenue fact 38900000000']);
    expect(chinese(['第一财季，微软的智能云部门营收389亿美元，同比增长26%。'])).toEqual([
      'Intelligent Cloud revenue fact 38900000000',
      'Intelligent Cloud revenue growth fact 26',
    ]);
    expect(chinese(['第一财季，微软云收入同比增长39%。'])).toEqual(['Azure revenue growth fact 39']);
  });
});

describe('the database giant', () => {
  it('should read 数据库巨头 as Oracle, not the company the sentence before named', () => {
    expect(chinese(['台积电8月营收同比增长34%。', '这家总部位于奥斯汀的数据库巨头在2027财年第一财季实现营收196亿美元，同比增长31%。'])).toEqual([
      'TSMC revenue growth fact 34',
      'Oracle revenue fact 19600000000',
      'Oracle revenue growth fact 31',
    ]);
  });
});
