import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set): what a chip's spec sheet says — chips per
// machine or pod, compute in FLOPS, a chip vendor's market share — and what training on a chip costs against GPUs.

/** The claims of a long-form article of `paragraphs` under a headline, as modality, subject, metric and value. */
function claims(headline: string, paragraphs: string[], metric = /./): string[] {
  const prose = 'Engineers described the parts to reporters at a briefing this week, and customers asked many questions about them.';
  const text = [headline, '', 'Example Wire | May 8, 2026', '', prose, '', ...paragraphs.flatMap((p) => [p, '']), 'Source: Example Wire'].join('\n');
  return extractClaims(inventedArticle(text))
    .filter((c) => metric.test(c.metric ?? ''))
    .map((c) => `${c.modality} ${c.subject} ${c.metric} ${c.value?.amount}${c.value?.unit}`);
}

describe('a count of chips after a chip’s name', () => {
  it('should count the chips of "Trainium3 packs 144 chips", not the 3 of the name', () => {
    expect(claims('Racks ship', ['Trainium3 crams 144 chips into each UltraServer and is billed at 4.4x Trainium2.'])).toEqual([
      'fact Trainium3 chips per server 144chips',
      'fact Trainium3 performance 4.4x',
    ]);
  });

  it('should still read a count glued to nothing but a name as no count', () => {
    expect(claims('Racks ship', ['Trainium3 shipped to customers, and the chips sold out quickly.'], /chips/)).toEqual([]);
  });
});

describe('chips a machine holds', () => {
  it('should count "them" that a server holds in a sentence that names chips', () => {
    expect(claims('Trainium3 racks ship', ['Each Trainium3 chip runs fast, and every UltraServer links 144 of them over one fabric.'], /chips/)).toEqual([
      'fact Trainium3 chips per server 144chips',
    ]);
  });

  it('should not count "them" with no machine before the count', () => {
    expect(claims('Trainium3 racks ship', ['Trainium3 chips reached many customers, and 40 of them signed up for more capacity.'], /chips/)).toEqual([]);
  });

  it('should read a headline’s "144 Chips" in title case and a Japanese count before チップ or 個', () => {
    expect(claims('Trainium3 UltraServers Arrive: 144 Chips Each', ['Trainium3 chips reached many customers this week.'], /chips per/)).toEqual([
      'fact Trainium3 chips per server 144chips',
    ]);
    expect(claims('Trainium3の新サーバー', ['新型のTrainium3ラックは1ラックに144チップを搭載する。旧型のTrn2 UltraServerに載るのは64個だった。'], /chips per/)).toEqual([
      'fact Trainium3 chips per server 144chips',
      'fact Trainium2 chips per server 64chips',
    ]);
  });

  it('should give the number a machine "topped out at" the unit of the count before it', () => {
    expect(claims('Racks ship', ['A Trainium3 UltraServer links 144 chips; the Trainium2 box topped out at 64.'], /chips/)).toEqual([
      'fact Trainium3 chips per server 144chips',
      'fact Trainium2 chips per server 64chips',
    ]);
  });

  it('should keep chips per pod apart from chips per server, and each TPU generation its own', () => {
    expect(claims('TPU pods grow', ['Google’s TPU v5p pods hold 8,960 chips, while TPU Ironwood pods hold 9,216 chips.'], /chips/)).toEqual([
      'fact TPU v5p chips per pod 8960chips',
      'fact Ironwood chips per pod 9216chips',
    ]);
  });
});

describe('compute in FLOPS', () => {
  it('should read a rate in FLOPS, or in petaflops spelled out, as the chip’s performance with no word for compute', () => {
    expect(claims('Ironwood lands', ['Ironwood is out: 4,600 TFLOPS of FP8 per chip, and pods of 9,000 chips.'], /performance/)).toEqual(['fact Ironwood performance 4600TFLOPS']);
    expect(claims('Trainium3 lands', ['Each Trainium3 manages 2.5 petaflops of FP8 math.'], /performance/)).toEqual(['fact Trainium3 performance 2500TFLOPS']);
  });

  it('should leave a count of chips with no FLOPS the measure it names', () => {
    expect(claims('Ironwood lands', ['Ironwood pods hold 9,000 chips.'], /performance/)).toEqual([]);
  });
});

describe('a chip vendor’s share', () => {
  it('should read a percentage of the world’s accelerators as market share, a fact by most third-party estimates', () => {
    expect(claims('Nvidia leads', ['Nvidia sells about 85% of the world’s AI accelerators.'], /share/)).toEqual(['fact NVIDIA market share 85%']);
    expect(claims('Nvidia leads', ['Nvidia holds about 85% of the accelerator market by most independent estimates.'], /share/)).toEqual(['fact NVIDIA market share 85%']);
  });

  it('should not read a percentage of its own chips as market share, and keep an analyst’s estimate a forecast', () => {
    expect(claims('Nvidia leads', ['About 85% of Nvidia’s accelerators go to cloud providers.'], /share/)).toEqual([]);
    expect(claims('Nvidia leads', ['Analysts estimate Nvidia will hold 85% of the accelerator market next year.'], /share/)).toEqual(['forecast NVIDIA market share 85%']);
  });
});

describe('what training on a chip costs', () => {
  it('should read "cheaper for training", a fraction in words and "the bill for training" as the training cost', () => {
    expect(claims('Trainium pitch', ['Amazon sells Trainium as up to 35% cheaper for training than rival GPU instances.'], /cost/)).toEqual(['fact AWS training cost 35%']);
    expect(claims('Trainium pitch', ['Amazon says training a model on its own silicon can be up to one-third cheaper than on GPUs.'], /cost/)).toEqual(['fact AWS training cost 33.3%']);
    expect(claims('Trainium pitch', ['AWS says buyers can cut the bill for training a model by up to thirty percent on Trainium.'], /cost/)).toEqual(['fact AWS training cost 30%']);
  });

  it('should not read a percentage cheaper for something else as a training cost', () => {
    expect(claims('Trainium pitch', ['Amazon says Trainium is up to 35% cheaper for inference than rival GPU instances.'], /training cost/)).toEqual([]);
  });
});

describe('a measure a comparative joins to its figure', () => {
  it('should read "with 40% better energy efficiency" as efficiency, though "performance" stands just before it', () => {
    expect(claims('Trainium3 lands', ['AWS rates Trainium3 at 3.9x Trainium2’s performance with 35% better energy efficiency.'], /performance|efficiency/)).toEqual([
      'fact Trainium3 performance 3.9x',
      'fact Trainium3 energy efficiency 35%',
    ]);
    expect(claims('Trainium3 lands', ['Trainium3 gets 35% more work out of every watt than Trainium2.'], /performance|efficiency/)).toEqual(['fact Trainium3 energy efficiency 35%']);
  });

  it('should leave a figure with a word of its own between it and the measure after it to the nearest measure', () => {
    expect(claims('Trainium3 lands', ['AWS rates Trainium3 at 3.9x Trainium2’s performance with 35% of customers citing energy efficiency.'], /efficiency/)).toEqual([]);
  });
});

describe('a chip the sentence before named', () => {
  it('should give "The chip offers …" to the chip the sentence before named, though a later clause names another', () => {
    expect(
      claims('Supply chain', ['Much of the money goes into Trainium3, which a foundry makes. The chip offers 3.9 times the performance of Trainium2, and each Trn3 UltraServer links 144 chips, the company said.'], /performance/),
    ).toEqual(['fact Trainium3 performance 3.9x']);
  });

  it('should not give "The chips" (several) or a sentence that does not open on the chip to the chip before', () => {
    expect(
      claims('Supply chain', ['Much of the money goes into Trainium3, which a foundry makes. Overall the company said it offers 3.9 times the performance of Trainium2.'], /performance/),
    ).not.toContain('fact Trainium3 performance 3.9x');
  });
});

describe('a Japanese baseline with a bound', () => {
  it('should keep a chip named before の少なくとも6倍 a baseline', () => {
    expect(claims('次世代チップ', ['同社は次世代の「Trainium4」にも触れ、Trainium3の少なくとも5倍の処理性能になると述べた。'], /performance/)).toEqual(['fact Trainium4 performance 5x']);
  });
});

describe('a cost said as a share of another’s', () => {
  it('should read "train for as little as 65% of what GPU instances cost" as a training cost 35% lower', () => {
    expect(claims('Trainium pitch', ['AWS says its chips can train models for as little as 65% of what rival GPU instances cost.'], /cost/)).toEqual(['fact AWS training cost 35%']);
  });

  it('should keep a share that is not of another’s cost as written', () => {
    expect(claims('Trainium pitch', ['AWS says training accounts for 65% of what its customers spend on Trainium.'], /training cost/)).not.toContain('fact AWS training cost 35%');
  });
});

describe('a percentage pointed back to', () => {
  it('should read "get that forty percent" as the figure before restated, of its subject, across a transcript’s turns', () => {
    expect(
      claims('Chip costs', ['HOST 2: And a lab trains on Trainium, which Amazon says is up to thirty percent cheaper for training than rival GPUs.', 'GUEST: Fair. Whether buyers beyond Anthropic get that thirty percent is the question for next year.'], /cost/),
    ).toEqual(['fact AWS training cost 30%', 'fact AWS training cost 30%']);
  });

  it('should not read the "that" of "said that 25% …" as pointing back to the figure before', () => {
    expect(
      claims('Chip costs', ['Amazon says Trainium is up to thirty percent cheaper for training than rival GPUs. Nvidia said that 25% of its buyers will stay.'], /cost/),
    ).not.toContain('fact AWS training cost 25%');
  });
});

describe('the chip before, named by what it is', () => {
  it('should read "The previous chip was a fourfold leap over the original Trainium" as Trainium2’s performance', () => {
    expect(claims('Trainium3 arrives', ['Trainium3 is pitched at 3.9 times the performance of Trainium2.', 'The previous chip was itself a fourfold leap over the original Trainium.'], /performance/)).toEqual([
      'fact Trainium3 performance 3.9x',
      'fact Trainium2 performance 4x',
    ]);
  });

  it('should leave "previous chips" (several) and a leap over no chip as they were', () => {
    expect(claims('Trainium3 arrives', ['Trainium3 is pitched at 3.9 times the performance of Trainium2.', 'Sales of previous chips saw a fourfold leap over the year.'], /performance/)).toEqual([
      'fact Trainium3 performance 3.9x',
    ]);
  });
});

describe('a chip’s spec against another chip', () => {
  it('should give a multiple over another chip no period, whatever launch date the sentence names', () => {
    const text = ['Rubin nears', '', 'Example Wire | May 8, 2026', '', 'Nvidia promised that Vera Rubin will deliver 3.1x the performance of GB300 when it ships in the second half of 2026.', '', 'Source: Example Wire'].join('\n');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value?.amount}${c.value?.unit}`)).toEqual(['Rubin performance null 3.1x']);
  });

  it('should keep the period of a count of chips to come', () => {
    const text = ['Racks ship', '', 'Example Wire | May 8, 2026', '', 'AWS plans to deploy 900,000 Trainium3 chips in 2027.', '', 'Source: Example Wire'].join('\n');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.metric} ${c.period}`)).toEqual(['chips deployed 2027']);
  });
});

describe('Japanese and Chinese counts and tenths of chips (round r3)', () => {
  it('should read 個 closing a count before から (up from) as chips the machine holds', () => {
    expect(claims('Trainium3の新サーバー', ['新型のTrainium3ラックは1ラックに144チップを搭載し、Trn2 UltraServerの64個から増えた。'], /chips per/)).toEqual([
      'fact Trainium3 chips per server 144chips',
      'fact Trainium2 chips per server 64chips',
    ]);
    // Look-alike: 個 before から with no machine in the sentence counts nothing.
    expect(claims('Trainium3の新サーバー', ['Trainium3の受注は前年の64個から増えた。'], /chips per/)).toEqual([]);
  });

  it('should count chips named before the count: トレイニアム2が約30万個稼働', () => {
    expect(claims('新しいクラスター', ['新しいクラスターでは、トレイニアム2が約30万個稼働している。'], /cluster|chips/)).toEqual(['fact Trainium2 cluster size 300000chips']);
    // Look-alike: a count of something else after a chip's name is no count of chips.
    expect(claims('新しいクラスター', ['新しいクラスターでは、トレイニアム2の発表会に約300人が集まった。'], /cluster|chips/)).toEqual([]);
  });

  it('should read 4割高い (40% higher) as tenths, where 割高 alone is "pricey"', () => {
    expect(claims('Trainium3の新サーバー', ['Trainium3は前世代より電力効率も4割高い。'], /energy/)).toEqual(['fact Trainium3 energy efficiency 40%']);
    expect(claims('Trainium3の新サーバー', ['Trainium3の電力効率は割高な前世代を上回る。'], /energy/)).toEqual([]);
  });

  it('should read 最多可省四成 and 训练…开销…低四成 as a training cost up to 40% lower', () => {
    expect(claims('Trainium训练成本', ['亚马逊称，用Trainium训练模型最多可省三成成本。'], /training/)).toEqual(['fact AWS training cost 30%']);
    expect(claims('Trainium训练成本', ['亚马逊称，用Trainium训练模型的开销比同类GPU实例低三成。'], /training/)).toEqual(['fact AWS training cost 30%']);
    // Look-alike: 省 as a province is no saving.
    expect(claims('Trainium训练成本', ['广东省四成企业已用Trainium训练模型。'], /training/)).toEqual([]);
  });
});

describe('Japanese counters and tables of chips', () => {
  it('should read 基 before a chip as a count of chips, not 基 before a server', () => {
    expect(claims('新型ラック', ['新型のラックは1ラックに72基のRubin GPUをつなぐ。'], /chips/)).toEqual(['fact Rubin chips per server 72chips']);
    // Look-alike: 基 counts the servers, and no chip is counted.
    expect(claims('新型ラック', ['同社は4基のGPUサーバーを新たに導入した。'], /chips/)).toEqual([]);
  });

  it('should read chips a maker supplies to companies listed before に as the maker’s', () => {
    expect(claims('GPU供給', ['エヌビディアは3月、マイクロソフトやメタなどに合計5万個超のGPUを供給することで合意した。'], /chips/)).toEqual(['fact NVIDIA chips deployed 50000chips']);
    // Look-alike: the company after による (according to) is no recipient, and the chips are still the maker’s own.
    expect(claims('GPU供給', ['マイクロソフトによると、エヌビディアは5万個のGPUを供給した。'], /chips/)).toEqual(['fact NVIDIA chips deployed 50000chips']);
  });

  it('should read a count and its measure word under a label of chips, measured by the cell that says per what', () => {
    const table = ['| 基盤 | チップ数 | 単位 |', '|---|---|---|', '| Trainium3 UltraServer | 144個 | 1台 |', '| Ironwood | 9216個 | 1ポッド |'].join('\n');
    expect(claims('チップの数', ['## クラスター単位では', table], /chips/)).toEqual(['fact Trainium3 chips per server 144chips', 'fact Ironwood chips per pod 9216chips']);
    // Look-alike: the same cells under a label of units shipped count no chips.
    const shipped = ['| 基盤 | 出荷台数 | 単位 |', '|---|---|---|', '| Trainium3 UltraServer | 144個 | 1台 |'].join('\n');
    expect(claims('チップの数', [shipped], /chips/)).toEqual([]);
  });
});
