/**
 * A government's money for a company (a subsidy granted, one applied for), the ministries that grant it, chips counted in
 * Japanese with 基 or in two scales (1万6000個), and Japanese wording that looks ahead without meaning a plan: read as a careful
 * reader of Japan's AI build-out reads them.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';
import { unknownSubject } from '../../src/analyse/entities.ts';

const DATE = '27 November 2026';

describe('subsidies', () => {
  it('should read a subsidy granted, in English, Japanese and Chinese, as the receiving company’s fact', () => {
    expect(sentenceClaimLines('Sakura Internet', "Japan's trade ministry approved a subsidy of up to ¥31.1 billion for GPUs at Sakura Internet's Ishikari campus.", DATE)).toEqual([
      'Sakura Internet subsidy null fact 31100000000',
    ]);
    expect(sentenceClaimLines('Rapidus', 'METI decided on Nov. 20 to give Rapidus up to ¥586.5 billion for fiscal 2026, lifting cumulative state support for the chipmaker to about ¥2.3 trillion.', DATE)).toEqual([
      'Rapidus subsidy 2026 fact 586500000000',
      'Rapidus subsidy null fact 2300000000000',
    ]);
    expect(cjkArticleLines('経産省、ラピダスに追加支援', '2026年11月24日', ['経済産業省は20日、次世代半導体の量産を目指すラピダス（東京都千代田区）に対し、2026年度分として最大5865億円を支援すると決めた。'])).toEqual([
      'Rapidus subsidy fact 586500000000',
    ]);
    expect(cjkArticleLines('日本AI算力', '2026年11月30日', ['櫻花網路（Sakura Internet）上半年營收213億日圓，經產省13日核定最高311億日圓補助。'])).toContain('Sakura Internet subsidy fact 31100000000');
  });

  it('should read money applied for as a plan', () => {
    expect(cjkArticleLines('さくらネット決算', '2026年10月28日', ['さくらインターネットは同日、経済産業省の27年度分の助成制度に最大250億円を申請したことも明らかにした。'])).toEqual([
      'Sakura Internet subsidy plan 25000000000',
    ]);
  });

  it('should not take a ministry or a regulator for a company', () => {
    expect(unknownSubject('METI approved the subsidy on Friday.')).toBeNull();
    expect(unknownSubject('FERC rejected the agreement on 20 November.')).toBeNull();
  });

  it('should keep a company’s own aim for its figures a plan, but not an aim that only describes the company', () => {
    expect(cjkArticleLines('ラピダスの計画', '2026年11月24日', ['ラピダスは2027年に売上高1兆円を目指す。'])).toEqual(['Rapidus revenue plan 1000000000000']);
  });
});

describe('chips counted in Japanese', () => {
  it('should read GPUs counted with 基, with a gloss after the chip, and in ten-thousands and units', () => {
    expect(cjkArticleLines('さくらのGPU', '2026年11月24日', ['さくらインターネットのGPUは9月末で約5800基。'])).toEqual(['Sakura Internet chips deployed fact 5800']);
    expect(cjkArticleLines('ソフトバンクのAI基盤', '2026年11月20日', ['ソフトバンクが9月末時点で稼働するGPU（画像処理半導体）は約1万6000個。'])).toEqual(['SoftBank chips deployed fact 16000']);
    expect(cjkArticleLines('ソフトバンクのAI基盤', '2026年11月20日', ['ソフトバンクは1万6000個のGPUを稼働させている。'])).toEqual(['SoftBank chips deployed fact 16000']);
  });
});

describe('Japanese wording that is no plan', () => {
  it('should read a backlog defined as what is expected to be booked as sales, and growth without currency effects "となる", as facts', () => {
    expect(cjkArticleLines('セールスフォース決算', '2026年12月4日', ['セールスフォースの今後12カ月以内に売上高として計上される見込みの契約残高（cRPO）は322億ドルだった。'])).toEqual([
      'Salesforce current backlog fact 32200000000',
    ]);
    expect(cjkArticleLines('サービスナウ決算', '2026年10月30日', ['サービスナウのサブスクリプション売上高は20％増。為替の影響を除くと19％増となる。'])).toEqual([
      'ServiceNow revenue growth (subscriptions) fact 20',
      'ServiceNow revenue growth (constant currency) fact 19',
    ]);
  });
});

describe('halves of a Japanese fiscal year, and results beside a plan', () => {
  const periods = (date: string, line: string) => cjkArticleClaims('決算', date, [line]).map((c) => `${c.metric} ${c.period} ${c.modality} ${c.value!.amount}`);

  it('should read 27年3月期上期, 上期 and 中間期 as the half English calls the first half of that fiscal year', () => {
    expect(periods('2026年10月28日', 'さくらインターネットの27年3月期上期（4-9月）の連結売上高は213億円だった。')).toEqual(['revenue 2026-H1 fact 21300000000']);
    expect(periods('2026年10月28日', 'さくらインターネットは上期の売上高が213億円だった。')).toEqual(['revenue 2026-H1 fact 21300000000']);
    expect(periods('2026年11月5日', 'ソフトバンクの中間期の営業利益は5920億円だった。')).toEqual(['operating profit 2026-H1 fact 592000000000']);
    expect(sentenceClaimLines('Sakura Internet', "Sakura Internet's revenue rose 35% to ¥21.3 billion in the first half.", '28 October 2026')).toContain('Sakura Internet revenue 2026-H1 fact 21300000000');
  });

  it('should read a figure told as the results (実績) as a fact, beside the plan its clause names', () => {
    expect(periods('2026年11月20日', 'KDDIの営業利益は、通期計画の1兆1800億円（25年度実績は1兆1480億円）を据え置いた。')).toEqual([
      'operating profit 2026 plan 1180000000000',
      'operating profit 2025 fact 1148000000000',
    ]);
  });
});

describe('tender offers in Japanese', () => {
  it('should read a TOB’s price a share and its total as the bidder’s offer to buy the company', () => {
    expect(cjkArticleLines('KDDI、データサイトにTOB', '2026年11月20日', ['KDDIはデータサイト・ジャパンに対し1株3150円でTOBを実施すると発表した。買付総額は約1260億円。'])).toEqual([
      'KDDI price per share offer 3150',
      'KDDI acquisition offer 126000000000',
    ]);
  });
});
