import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';

describe('another verb for the same act (timeline23)', () => {
  it('should read a cut of a share of the workforce as job cuts, and not a cut of prices', async () => {
    expect(describeEntry('Salesforce begins cutting about 10% of its workforce.').action).toBe('layoff');
    expect(describeEntry('Salesforce begins cutting about 10% of its prices.').action).toBeNull();
    expect(await eventCount(['Salesforce begins cutting about 10% of its workforce.', 'Salesforce lays off roughly 7,000 people.'])).toBe(1);
  });

  it('should read co-designing chips for a company as a deal with it, and one with another company as another deal', async () => {
    expect(describeEntry('Broadcom will co-design custom chips for OpenAI.').action).toBe('partner');
    expect(await eventCount(['Broadcom will co-design custom chips for OpenAI.', 'OpenAI and Broadcom sign a deal for 10 gigawatts of accelerators.'])).toBe(1);
    expect(await eventCount(['Broadcom will co-design custom chips for Google.', 'OpenAI and Broadcom sign a deal for 10 gigawatts of accelerators.'])).toBe(2);
  });

  it('should read a joint venture as a deal of its parties, and two joint ventures of other parties as two', async () => {
    expect(describeEntry('ソフトバンクとOpenAI、合弁会社を設立。').action).toBe('partner');
    expect(await eventCount(['ソフトバンクとOpenAI、合弁会社を設立。', 'SoftBank and OpenAI agree to sell AI to Japanese companies together.'])).toBe(1);
    expect(await eventCount(['软银、OpenAI和甲骨文宣布成立合资公司。', '软银与OpenAI宣布成立合资公司。'])).toBe(2);
  });

  it('should read 子会社化 and 买下 as buying a company, and its sum in another currency as the same deal', async () => {
    expect(describeEntry('ソフトバンクグループ、英グラフコアを子会社化。').action).toBe('acquire');
    expect(await eventCount(['ソフトバンクグループ、英グラフコアを子会社化。', 'SoftBank buys the British chip designer Graphcore.'])).toBe(1);
    expect(await eventCount(['超微以約新台幣1000億元買下伺服器廠Acme。', 'AMD buys the server maker Acme for about $3.1 billion.'])).toBe(1);
    // Look-alikes: another company bought is another deal; 美超微 is Supermicro, not AMD.
    expect(await eventCount(['ソフトバンクグループ、英グラフコアを子会社化。', 'SoftBank buys the chip designer Ampere.'])).toBe(2);
    expect(describeEntry('美超微推出新款伺服器。').companies.has('AMD')).toBe(false);
  });

  it('should read 訴え as a suit, the suer first, and a suit the other way round as another', async () => {
    expect(describeEntry('Grokの開発元がChatGPTの開発元を連邦地裁に訴え。').action).toBe('sue');
    expect(await eventCount(['Grokの開発元がChatGPTの開発元を連邦地裁に訴え。', 'xAI sues OpenAI in federal court.'])).toBe(1);
    expect(await eventCount(['ChatGPTの開発元がGrokの開発元を連邦地裁に訴え。', 'xAI sues OpenAI in federal court.'])).toBe(2);
  });

  it('should read a Nasdaq debut as a listing, one told with its owner as the company’s', async () => {
    expect(describeEntry('Arm Holdings shares climb 20% in their Nasdaq debut.').action).toBe('list');
    expect(await eventCount(['Arm Holdings shares climb 20% in their Nasdaq debut.', 'ソフトバンクグループ傘下の英アーム、ナスダックに上場。'])).toBe(1);
    // Look-alike: another company's listing of the month, told with the same owner.
    expect(await eventCount(['Arm Holdings shares climb 20% in their Nasdaq debut.', 'ソフトバンクグループ傘下のペイペイ、ナスダックに上場。'])).toBe(2);
  });
});

describe('a change at the top, and executives of other roles (timeline23)', () => {
  it('should read a boss forced out and interim co-chiefs named as one change at the top', async () => {
    expect(describeEntry('The board forces its chief executive out.').action).toBe('succession');
    expect(await eventCount(['Pat Gelsinger retires as Intel’s chief executive.', 'David Zinsner and Michelle Johnston Holthaus become interim co-CEOs.'])).toBe(1);
    // Look-alike: another company's new chiefs are another change.
    expect(await eventCount(['Pat Gelsinger retires as Intel’s chief executive.', 'Two executives become interim co-CEOs of Samsung.'])).toBe(2);
  });

  it('should keep executives of other roles leaving apart, and one role told twice one', async () => {
    expect([...describeEntry('Google’s cloud chief steps down.').roles]).toEqual(['cloud']);
    expect(await eventCount(['Google’s cloud chief steps down.', 'Google’s search chief steps down to join OpenAI.'])).toBe(2);
    expect(await eventCount(['Google’s cloud chief steps down.', 'Google says its cloud chief will step down at the end of the year.'])).toBe(1);
  });

  it('should read a departure announced, and a unit’s head replaced or appointed, as a change at the top', async () => {
    expect(describeEntry('The researcher says he will leave Meta to start a company.').action).toBe('succession');
    expect(await eventCount(['The researcher says he will leave Meta to start a company.', 'Meta’s chief scientist announces his departure.'])).toBe(1);
    expect(describeEntry('韓国電機最大手、半導体部門トップに新たな責任者を起用。').action).toBe('succession');
    expect(await eventCount(['韓国電機最大手、半導体部門トップに新たな責任者を起用。', 'Samsung replaces the head of its chip division.'])).toBe(1);
    // Look-alike: a product that leaves a market is no departure.
    expect(describeEntry('Meta says the app will leave the EU market.').action).not.toBe('succession');
  });
});

describe('a figure that is not the event’s, and a product named otherwise (timeline23)', () => {
  it('should read a plan’s monthly price as no sum of the event, and a yearly sum as one', () => {
    expect(describeEntry('xAI unveils its newest chatbot alongside a $30-a-month premium tier.').values).toEqual([]);
    expect(describeEntry('Microsoft will spend $3 billion a year on data centres.').values.length).toBe(1);
  });

  it('should read a quarter sized by a sum as its sales, a first such quarter as a mark passed, and no dividend', async () => {
    expect([...describeEntry('Microsoft reports its first-ever $80 billion quarter.').metrics]).toEqual(['results']);
    expect(await eventCount(['Microsoft reports its first-ever $80 billion quarter.', 'Microsoft’s quarterly revenue rises 18% to $81.3 billion.'])).toBe(1);
    expect(describeEntry('Microsoft declares a $5 billion quarterly dividend.').metrics.has('results')).toBe(false);
  });

  it('should read a rival’s model measured against as no product of the event', async () => {
    expect([...describeEntry('抖音母公司推出新一代大模型，多项评测比肩GPT-5。').products]).toEqual([]);
    expect([...describeEntry('抖音母公司推出新一代大模型，多项评测比肩GPT-5。').companies]).toEqual(['ByteDance']);
    expect(await eventCount(['字节跳动发布豆包大模型1.6。', '抖音母公司推出新一代大模型，多项评测比肩GPT-5。'])).toBe(1);
    // Look-alike: the rival's own launch is another event.
    expect(await eventCount(['字节跳动发布豆包大模型1.6。', 'OpenAI推出GPT-5。'])).toBe(2);
  });

  it('should tell one maker’s laptop and server processors apart, each by its code name or its brand', async () => {
    expect(await eventCount(['Intel launches its Core Ultra 200V laptop processors.', 'Intel rolls out Lunar Lake.'])).toBe(1);
    expect(await eventCount(['Intel launches Lunar Lake laptop chips.', 'Intel launches Granite Rapids server chips.'])).toBe(2);
  });

  it('should read a chief named in Chinese as the company, and not a place of the same name', async () => {
    expect([...describeEntry('庫克在發表會推出新一代手機陣容。').companies]).toEqual(['Apple']);
    expect(await eventCount(['蘋果發表iPhone 17系列。', '庫克在發表會推出新一代手機陣容。'])).toBe(1);
    expect(describeEntry('库克群岛签署海底电缆协议。').companies.has('Apple')).toBe(false);
  });
});

describe('a charge borne, forecasts topped, a process by its size, a unit formed (timeline23)', () => {
  it('should read forecasts topped as results, and a charge borne as no sum of them', async () => {
    expect([...describeEntry('The chip designer tops quarterly forecasts despite a $2bn hit from export curbs.').metrics]).toEqual(['results']);
    expect(describeEntry('The chip designer tops quarterly forecasts despite a $2bn hit from export curbs.').values).toEqual([]);
    expect(describeEntry('AMD takes a $800 million charge on export curbs.').values.length).toBe(1);
    expect(await eventCount(['AMD reports second-quarter revenue of $7.7 billion.', 'AMD tops quarterly forecasts despite an $800 million hit from export curbs.'])).toBe(1);
  });

  it('should read a process named by its size as the process, and not a phone chip of the same name', () => {
    expect([...describeEntry('台積電揭曉1.6奈米製程。').products]).toEqual(['A16']);
    expect([...describeEntry('TSMC unveils its A16 process.').products]).toEqual(['A16']);
    expect(describeEntry('Apple’s A16 Bionic chip powers the phone.').products.has('A16')).toBe(false);
  });

  it('should read a new unit formed as a reorganisation, and another company’s as another', async () => {
    expect(describeEntry('微軟成立新的AI平台部門。').action).toBe('reorganise');
    expect(await eventCount(['微軟成立新的AI平台部門。', 'Microsoft sets up a new group that combines its developer and AI teams.'])).toBe(1);
    expect(await eventCount(['微軟成立新的AI平台部門。', 'Meta sets up a new group that combines its research and product teams.'])).toBe(2);
  });

  it('should read a model’s version after its maker’s name as the model', async () => {
    expect([...describeEntry('DeepSeek releases V3.1, a hybrid reasoning model.').products]).toEqual(['DeepSeek-V3.1']);
    expect(await eventCount(['DeepSeek releases V3.1, a hybrid reasoning model.', '深度求索推出新版模型。'])).toBe(1);
    // Look-alike: another version is another launch.
    expect(await eventCount(['DeepSeek releases V3.1, a hybrid reasoning model.', 'DeepSeek releases DeepSeek-V3, an open-weight model.'])).toBe(2);
  });

  it('should read a company relied on less as no party, and a model brought to market as a launch', async () => {
    expect([...describeEntry('Redmond brings its first in-house model to market to reduce its reliance on OpenAI.').companies]).toEqual(['Microsoft']);
    expect([...describeEntry('レドモンド、初の内製モデルを投入しOpenAIへの依存を減らす。').companies]).toEqual(['Microsoft']);
    expect(describeEntry('レドモンド、初の内製モデルを投入しOpenAIへの依存を減らす。').action).toBe('launch');
    expect(await eventCount(['マイクロソフト、自社開発の音声モデル「MAI-Voice-2」を公開。', 'レドモンド、初の内製モデルを投入しOpenAIへの依存を減らす。'])).toBe(1);
    // Look-alikes: a model still to come is no launch; a deal with the company relied on names it as a party.
    expect(describeEntry('レドモンド、内製モデルを年内に投入する予定。').action).not.toBe('launch');
    expect([...describeEntry('Microsoft signs a new deal with OpenAI.').companies].sort()).toEqual(['Microsoft', 'OpenAI']);
  });
});
