import { describe, expect, it } from 'vitest';
import { eventCount, eventsOfMonth } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';
import { placesNamed } from '../../src/analyse/places.ts';

describe('a report is no launch, and a month’s sales no quarter’s results (timeline22)', () => {
  it('should read 发布 and 發表 before a report as telling it, not unveiling anything', () => {
    expect(describeEntry('百度发布第三季度财报，营收同比下降7%。').action).toBeNull();
    expect(describeEntry('聯發科發表旗艦晶片天璣9500。').action).toBe('launch');
    expect(describeEntry('百度发布文心大模型5.0。').action).toBe('launch');
  });

  it('should keep a model launched and the same month’s results apart', async () => {
    expect(await eventCount(['百度发布文心大模型5.0。', '百度发布第三季度财报，营收同比下降7%。'])).toBe(2);
  });

  it('should keep one month’s sales apart from a quarter’s results, and make one month’s sales told twice one', async () => {
    expect(await eventCount(['鴻海第三季稅後淨利577億元，年增17%。', '鴻海公布10月營收8960億元，創歷年同期新高。'])).toBe(2);
    expect(await eventCount(['Foxconn’s October revenue hits a record.', '鴻海公布10月營收8960億元，創歷年同期新高。'])).toBe(1);
    // Look-alike: a span of months is a quarter, not a month.
    expect(describeEntry('鴻海1至3月營收創新高。').month).toBe(false);
  });
});

describe('which product an entry is about (timeline22)', () => {
  it('should tell a coding tool from the model family it is named after', async () => {
    expect([...describeEntry('Anthropic launches Claude Code on the web.').products]).toEqual(['Claude Code']);
    expect(await eventCount(['Anthropic releases Claude Haiku 4.5.', 'Anthropic launches Claude Code on the web.'])).toBe(2);
  });

  it('should read a brand and then its model as the model', async () => {
    expect([...describeEntry('Kimi开发商推出K2模型，总参数1万亿。').products]).toEqual(['Kimi K2']);
    expect([...describeEntry('阿里巴巴开源新一代通义千问模型Qwen3。').products]).toEqual(['Qwen3']);
    expect(await eventCount(['Alibaba releases Qwen3, a family of open-weight hybrid reasoning models.', '阿里巴巴开源新一代通义千问模型Qwen3。'])).toBe(1);
    // Look-alike: another numbered model of the brand is another launch.
    expect(await eventCount(['Alibaba releases Qwen3, a family of open-weight hybrid reasoning models.', '阿里巴巴开源通义千问模型Qwen2。'])).toBe(2);
  });

  it('should read a rival matched (比肩) as a yardstick, no party', () => {
    expect([...describeEntry('DeepSeek开源R1模型，性能比肩OpenAI o1。').companies]).toEqual(['DeepSeek']);
    expect([...describeEntry('DeepSeek与OpenAI合作。').companies].sort()).toEqual(['DeepSeek', 'OpenAI']);
  });
});

describe('sums that are not the event’s, and one sum in two currencies (timeline22)', () => {
  it('should read a price of one unit as no sum of the event, but a yearly sum as one', () => {
    expect(describeEntry('The Claude maker strikes a copyright settlement with book writers worth about $3,000 per work.').values).toEqual([]);
    expect(describeEntry('輝達以每股23.28美元認購英特爾普通股，總額約新台幣1500億元。').values.map((v) => v.unit)).toEqual(['TWD']);
    expect(describeEntry('Oracle signs a cloud contract worth $30 billion a year.').values.map((v) => v.amount)).toEqual([30e9]);
  });

  it('should make a settlement told by its total and by its price per work one event', async () => {
    expect(await eventCount(['Anthropic agrees to pay $1.5 billion to settle a class action brought by authors.', 'The Claude maker strikes a copyright settlement with book writers worth about $3,000 per work.'])).toBe(1);
    // Look-alike: two settlements of other totals stay apart.
    expect(await eventCount(['Anthropic agrees to pay $1.5 billion to settle a class action brought by authors.', 'Anthropic agrees to pay $50 million to settle a suit brought by music publishers.'])).toBe(2);
  });

  it('should make one purchase told in dollars and in yen one event, and a purchase of a far sum another', async () => {
    expect(await eventCount(['ソフトバンクグループ、スイスABBのロボティクス事業を53億7500万ドルで買収することで合意。', '孫正義氏率いるソフトバンクG、ABBのロボット部門を約8000億円で取得へ。'])).toBe(1);
    expect(await eventCount(['ソフトバンクグループ、スイスABBのロボティクス事業を53億7500万ドルで買収することで合意。', 'ソフトバンクG、半導体設計会社を約1500億円で取得へ。'])).toBe(2);
  });

  it('should read a business valued in more words as its worth, and a stake "to be sold" as a sale', () => {
    expect(describeEntry('A 51% stake in Altera is to be sold to Silver Lake in a deal valuing the business at $8.75 billion.').worth.map((v) => v.amount)).toEqual([8.75e9]);
    expect(describeEntry('A 51% stake in Altera is to be sold to Silver Lake in a deal valuing the business at $8.75 billion.').action).toBe('divest');
    // Look-alike: shares bought in a sale are no stake sold by the buyer.
    expect(describeEntry('Nvidia buys $5 billion of Intel shares.').action).toBe('acquire');
  });
});

describe('one company’s pledge to a facility of a place the vocabulary does not know (timeline22)', () => {
  it('should make the same sum for a data-centre campus and for an AI hub one pledge, and another sum another', async () => {
    expect(await eventCount(['Alphabet will pour about $15bn over five years into a data centre campus in Andhra Pradesh.', 'Google commits $15 billion to an AI hub in Visakhapatnam.'])).toBe(1);
    expect(await eventCount(['Alphabet will pour about $15bn over five years into a data centre campus in Andhra Pradesh.', 'Google commits $6 billion to an AI hub in Visakhapatnam.'])).toBe(2);
  });
});

describe('verbs of one act (timeline22)', () => {
  it('should read a model open-sourced as released, but an open-source model named as no act', () => {
    expect(describeEntry('阿里巴巴开源新一代通义千问模型Qwen3。').action).toBe('launch');
    expect(describeEntry('Mistral open-sources its new small model.').action).toBe('launch');
    expect(describeEntry('开源模型下载量创新高。').action).toBeNull();
  });

  it('should read shares subscribed for, a business taken over (取得) and working hand in hand as the acts they are', () => {
    expect(describeEntry('輝達以每股23.28美元認購英特爾普通股。').action).toBe('invest');
    expect(describeEntry('ソフトバンク、シャープ堺工場の一部を約1000億円で取得。').action).toBe('acquire');
    expect(describeEntry('阿里巴巴确认与苹果合作，为中国iPhone用户提供AI功能。').action).toBe('partner');
    expect(describeEntry('富士康攜手ChatGPT開發商，共同開發AI伺服器機櫃。').action).toBe('partner');
    expect(describeEntry('トヨタ、NTTと組み「モビリティAI基盤」を共同開発へ。').action).toBe('partner');
    expect(describeEntry('パナソニック、国内外で約1万人を減らす構造改革に乗り出す。').action).toBe('layoff');
    // Look-alike: a permit obtained is no purchase.
    expect(describeEntry('ソフトバンク、データセンター建設の許可を取得。').action).not.toBe('acquire');
  });

  it('should read a party’s product picked to run one’s own as a deal, and a deal told with what it is for as the deal', () => {
    expect(describeEntry('Apple picks Google’s Gemini models to power the next version of Siri.').action).toBe('partner');
    expect([...describeEntry('Apple picks Google’s Gemini models to power the next version of Siri.').metrics]).toEqual([]);
    expect(describeEntry('Alphabet and Apple strike a multiyear deal under which Gemini will underpin the next generation of Apple Foundation Models.').action).toBe('partner');
    // Look-alike: one company's next generation is announced, and a data centre's power measured.
    expect(describeEntry('Google previews its next-generation TPU.').action).toBe('announce');
    expect([...describeEntry('Microsoft adds 2 GW of power at its Wisconsin campus.').metrics]).toEqual(['power capacity']);
  });

  it('should make one deal picked and struck one event, and one struck with another party another', async () => {
    expect(await eventCount(['Apple picks Google’s Gemini models to power the next version of Siri.', 'Alphabet and Apple strike a multiyear deal under which Gemini will underpin the next generation of Apple Foundation Models.'])).toBe(1);
    expect(await eventCount(['Apple picks Google’s Gemini models to power the next version of Siri.', 'OpenAI and Apple strike a multiyear deal under which ChatGPT will underpin the next generation of Apple Intelligence.'])).toBe(2);
  });
});

describe('an office opened (timeline22)', () => {
  it('should read an office opened, in a city within its country', () => {
    expect(describeEntry('Anthropic opens its first Asia-Pacific office, in Tokyo.').action).toBe('office');
    expect(describeEntry('アンソロピック、東京オフィスを開設。').action).toBe('office');
    expect([...placesNamed('Anthropic opens its first Asia-Pacific office, in Tokyo.')]).toEqual(['Tokyo']);
  });

  it('should make one office told in two languages one event, and an office of another city another', async () => {
    expect(await eventCount(['Anthropic opens its first Asia-Pacific office, in Tokyo.', 'アンソロピック、東京オフィスを開設。ダリオ・アモデイCEOが来日。'])).toBe(1);
    expect(await eventCount(['Anthropic opens its first Asia-Pacific office, in Tokyo.', 'Anthropic opens an office in Seoul.'])).toBe(2);
  });
});

describe('a headquarters sited, a roadmap laid out, a round raised (timeline22)', () => {
  it('should make one headquarters sited told by its district and its city one event, and another country’s another', async () => {
    expect(describeEntry('輝達海外總部「Constellation」選址台北北士科。').action).toBe('office');
    expect(await eventCount(['黃仁勳宣布輝達台灣新總部落腳北投士林科技園區。', '輝達海外總部「Constellation」選址台北北士科。'])).toBe(1);
    expect(await eventCount(['輝達海外總部「Constellation」選址台北北士科。', '輝達日本總部選址東京。'])).toBe(2);
  });

  it('should read a roadmap laid out as an announcement, one with the chips it plans of the family', async () => {
    expect(describeEntry('华为公布昇腾AI芯片未来三年路线图。').action).toBe('announce');
    expect(await eventCount(['华为副董事长徐直军在全联接大会上披露昇腾950、960、970的推出计划。', '华为公布昇腾AI芯片未来三年路线图。'])).toBe(1);
    // Look-alike: a chip of the family put on sale is not the roadmap that plans it.
    expect(await eventCount(['华为公布昇腾AI芯片未来三年路线图。', 'Huawei’s Ascend 910C goes on general sale.'])).toBe(2);
  });

  it('should make a round told by its sum and by its valuation one, but not two sums that differ, nor money raised by another', async () => {
    expect(describeEntry('Sakana AI、シリーズBで約200億円を調達。').raised).toBe(true);
    expect(describeEntry('Amazon raises its capex forecast.').raised).toBe(false);
    expect(await eventCount(['Sakana AI、シリーズBで約200億円を調達。', '東京のAIスタートアップ、サカナAIが評価額約4000億円で資金を確保。'])).toBe(1);
    expect(await eventCount(['Sakana AI、シリーズBで約200億円を調達。', 'Sakana AI、約50億円を調達。'])).toBe(2);
    expect(await eventCount(['Sakana AI、シリーズBで約200億円を調達。', 'Mistral raises fresh capital.'])).toBe(2);
  });
});

describe('a new chief chosen, and a new version made available (timeline22)', () => {
  it('should read someone chosen to lead a company as a change at the top, but not one chosen to lead a project', () => {
    expect(describeEntry('The former Cadence boss is chosen to lead the struggling chipmaker, replacing Pat Gelsinger.').action).toBe('succession');
    expect(describeEntry('A veteran engineer is chosen to lead the chip project.').action).toBeNull();
  });

  it('should take the company led from the article where its kind is of it, and only then', async () => {
    const texts = ['Intel names Lip-Bu Tan chief executive.', 'The former Cadence boss is chosen to lead the struggling chipmaker, replacing Pat Gelsinger.'];
    expect(await eventsOfMonth(texts, 'Former Cadence Chief to Run Intel')).toHaveLength(1);
    // Look-alike: in a story on Amazon, "the chipmaker" is no company its title names.
    expect(await eventsOfMonth(texts, 'Amazon’s Week in Chips')).toHaveLength(2);
  });

  it('should read a new version unveiled, and a quoted name made available, whatever its case', async () => {
    expect(describeEntry('NTTが軽量大規模言語モデルの新版を発表、1基のGPUで動作。').action).toBe('launch');
    expect([...describeEntry('NTT、国産LLM「tsuzumi 2」を提供開始。').products]).toEqual(['tsuzumi 2']);
    expect(await eventCount(['NTTが軽量大規模言語モデルの新版を発表、1基のGPUで動作。', 'NTT、国産LLM「tsuzumi 2」を提供開始。'])).toBe(1);
    // Look-alike: another company's product made available is another event.
    expect(await eventCount(['NTTが軽量大規模言語モデルの新版を発表、1基のGPUで動作。', 'ソフトバンク、国産LLM「Sarashina」を提供開始。'])).toBe(2);
  });
});

describe('a supplier that opens the entry (timeline22)', () => {
  it('should read a party that supplies the other as the other side of its deal', () => {
    // (Constellation Energy is in the vocabulary now: a supplier it does not know, Brookfield, is the stranger.)
    expect([...describeEntry('Brookfield says it will restart a hydro plant to supply Microsoft’s data centres.').strangers]).toEqual(['Brookfield']);
    expect(describeEntry('Brookfield says it will restart a hydro plant to supply Microsoft’s data centres.').action).toBe('partner');
    expect([...describeEntry('Constellation says it will restart Three Mile Island Unit 1 to supply Microsoft’s data centres.').companies].sort()).toEqual(['Constellation Energy', 'Microsoft']);
    expect(describeEntry('Constellation says it will restart Three Mile Island Unit 1 to supply Microsoft’s data centres.').action).toBe('partner');
    expect(describeEntry('Microsoft warns of supply chain constraints.').action).toBeNull();
  });

  it('should make a deal told by its buyer and by its supplier one event, and another supplier’s another', async () => {
    expect(await eventCount(['Microsoft signs a 20-year power purchase agreement with Constellation Energy.', 'Constellation says it will restart Three Mile Island Unit 1 to supply Microsoft’s data centres.'])).toBe(1);
    expect(await eventCount(['Microsoft signs a 20-year power purchase agreement with Constellation Energy.', 'Brookfield says it will build wind farms to supply Microsoft’s data centres.'])).toBe(2);
  });
});

describe('the most valuable company (timeline22)', () => {
  it('should read a company ranked first by its worth as an act, and the one it overtakes as no party', () => {
    expect(describeEntry('Nvidia overtakes Microsoft as the world’s most valuable company.').action).toBe('rank');
    expect([...describeEntry('Nvidia overtakes Microsoft as the world’s most valuable company.').companies]).toEqual(['NVIDIA']);
    // Look-alike: a most valuable product is no rank of a company.
    expect(describeEntry('Nvidia says Blackwell is its most valuable product line.').action).toBeNull();
  });

  it('should make one company’s rank told twice one event, and another company’s rank another', async () => {
    const rank = 'The chipmaker’s market value climbs to about $3.34 trillion, the largest of any listed company.';
    expect(await eventsOfMonth([rank, 'Nvidia overtakes Microsoft as the world’s most valuable company.'], 'Nvidia Tops the Table')).toHaveLength(1);
    expect(await eventCount(['Nvidia overtakes Microsoft as the world’s most valuable company.', 'Microsoft overtakes Apple as the world’s most valuable company.'])).toBe(2);
  });
});

describe('a company’s capital budget beside a site it names (timeline22)', () => {
  it('should keep a capex plan for no place apart from a campus named by its place in the same month', async () => {
    expect(await eventCount(['オラクルが設備投資計画を約850億ドルに上方修正。', 'Oracle names Rock Springs, Wyoming as home for a gigawatt-class campus.'])).toBe(2);
    expect(await eventCount(['Meta raises its capex plan to about $70 billion.', 'Meta picks Richland Parish, Louisiana for its largest data centre campus.'])).toBe(2);
  });

  it('should still make one event of a campus and the sum pledged for it in its place', async () => {
    // Look-alike: the sum is the site's, told with its place.
    expect(await eventCount(['Meta commits $10 billion to a data centre campus in Richland Parish, Louisiana.', 'Meta picks Richland Parish, Louisiana for a $10 billion data centre campus.'])).toBe(1);
  });
});
