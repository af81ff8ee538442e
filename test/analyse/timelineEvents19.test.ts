import { describe, expect, it } from 'vitest';
import { datedEventCount, eventCount } from '../helpers/timelineMonth.ts';

describe('a product launched that the vocabulary does not know, named in Latin letters in Chinese or Japanese (timeline19)', () => {
  it('should read the name after 发布 or before を発表 as the product, apart from another product of its family', async () => {
    expect(await eventCount(['Mistral releases Magistral 3.', 'Mistral发布推理模型Magistral 3。'])).toBe(1);
    expect(await eventCount(['Mistral releases Magistral 3.', 'ミストラル、推論モデル「Magistral 3」を発表。'])).toBe(1);
    // Look-alikes: a name of two capitalised words is another product, not a release of the first word's family; another release is another launch.
    expect(await eventCount(['Mistral releases Magistral 3.', 'ミストラル、モデル開発サービス「Magistral Studio」を発表。'])).toBe(2);
    expect(await eventCount(['Mistral releases Magistral 3.', 'Mistral发布推理模型Magistral 2。'])).toBe(2);
  });
});

describe('one event dated a day later, across a month’s end, by an outlet in Chinese or Japanese (timeline19)', () => {
  it('should join a launch or a result of a month’s last day to the same one told on the next month’s first day in Chinese or Japanese', async () => {
    expect(await datedEventCount([['2025-04-30', 'Mistral releases Magistral 3, its reasoning model.'], ['2025-05-01', 'Mistral发布推理模型Magistral 3。']])).toBe(1);
    expect(await datedEventCount([['2025-01-31', 'Microsoft reports December-quarter results, with Azure up 31%.'], ['2025-02-01', 'マイクロソフト、10～12月期決算を発表。Azureは31%増。']])).toBe(1);
    // Look-alikes: another release, another figure, the same language on both days, two days apart, or the later in English, stay apart.
    expect(await datedEventCount([['2025-04-30', 'Mistral releases Magistral 3, its reasoning model.'], ['2025-05-01', 'Mistral发布推理模型Magistral 4。']])).toBe(2);
    expect(await datedEventCount([['2025-01-31', 'Microsoft reports December-quarter results, with Azure up 31%.'], ['2025-02-01', 'マイクロソフト、10～12月期決算を発表。Azureは33%増。']])).toBe(2);
    expect(await datedEventCount([['2025-04-30', 'Mistral releases Magistral 3, its reasoning model.'], ['2025-05-01', 'Mistral rolls out Magistral 3 to every customer.']])).toBe(2);
    expect(await datedEventCount([['2025-04-29', 'Mistral releases Magistral 3, its reasoning model.'], ['2025-05-01', 'Mistral发布推理模型Magistral 3。']])).toBe(2);
    expect(await datedEventCount([['2025-04-30', 'Mistral发布推理模型Magistral 3。'], ['2025-05-01', 'Mistral releases Magistral 3, its reasoning model.']])).toBe(2);
  });
});

describe('acts a company does once a month at most (timeline19)', () => {
  it('should make one company’s restructuring, change at the top, job cuts, outage or rout told in other words one event', async () => {
    expect(await eventCount(['Anthropic completes its recapitalisation.', 'Anthropic’s operating company becomes a public benefit corporation.'])).toBe(1);
    expect(await eventCount(['Google forms Google Frontier Labs.', 'Google folds its research teams into a new division run by two former rivals.'])).toBe(1);
    expect(await eventCount(['Intel names Lip-Bu Tan chief executive.', 'Pat Gelsinger steps down as Intel’s CEO.'])).toBe(1);
    expect(await eventCount(['Microsoft cuts about 9,000 jobs.', '微软裁员约9000人。'])).toBe(1);
    expect(await eventCount(['微軟裁撤約9000個職位。', '微軟宣布精簡人力約9,000人。'])).toBe(1);
    expect(await eventCount(['An outage in Azure’s East US region takes down airline check-ins.', 'Microsoft’s cloud goes dark for eight hours.'])).toBe(1);
    expect(await eventCount(['AMD shares plunge 17% in a day.', 'AMD市值单日蒸发400亿美元。'])).toBe(1);
    // Look-alikes: another company’s act, another act of the same company, and a restructuring charge among results stay apart.
    expect(await eventCount(['Microsoft cuts about 9,000 jobs.', 'Google cuts about 9,000 jobs.'])).toBe(2);
    expect(await eventCount(['A major outage hits Google Cloud.', 'A major outage hits Microsoft Azure.'])).toBe(2);
    expect(await eventCount(['Intel names Lip-Bu Tan chief executive.', 'Intel cuts about 15,000 jobs.'])).toBe(2);
    expect(await eventCount(['AMD shares plunge 17% in a day.', 'AMD restructures its data-centre division.'])).toBe(2);
    expect(await eventCount(['Intel posts a $3 billion restructuring charge in its quarterly results.', 'Intel completes its restructuring into two companies.'])).toBe(2);
  });
});

describe('a stake sold (timeline19)', () => {
  it('should make one company’s stake in another sold, told by its sum or its shares, one event', async () => {
    expect(await eventCount(['Microsoft sells its entire Intel stake for $2 billion.', 'Satya Nadella’s company offloads all 40 million of its Intel shares.'])).toBe(1);
    expect(await eventCount(['Microsoft sells its entire Intel stake for $2 billion.', '微软清仓英特尔持股。'])).toBe(1);
    // Look-alikes: a stake bought, and a stake in another company sold, stay apart.
    expect(await eventCount(['Microsoft sells its entire Intel stake for $2 billion.', 'Microsoft buys a stake in Intel for $5 billion.'])).toBe(2);
    expect(await eventCount(['Microsoft sells its entire Intel stake.', 'Microsoft offloads all of its Nvidia shares.'])).toBe(2);
  });
});

describe('a party supplied, in Chinese and Japanese (timeline19)', () => {
  it('should read supplying a party as a deal with it, one with the same two parties’ agreement', async () => {
    expect(await eventCount(['メタ、AMDとGPU調達契約を締結。', 'AMD、メタにMI450を供給へ。'])).toBe(1);
    expect(await eventCount(['Meta signs a GPU supply deal with AMD.', 'AMD宣布向Meta供应MI450芯片。'])).toBe(1);
    // Look-alikes: another party supplied, and a supply chain, are no deal of these two.
    expect(await eventCount(['メタ、AMDとGPU調達契約を締結。', 'AMD、オラクルにMI450を供給へ。'])).toBe(2);
    expect(await eventCount(['Meta signs a GPU supply deal with AMD.', 'AMD与Meta的供应链紧张加剧。'])).toBe(2);
  });
});

describe('one company’s deals with the same party the vocabulary does not know (timeline19)', () => {
  it('should make a purchase and a deal for the same start-up one event', async () => {
    expect(await eventCount(['Microsoft agrees to buy Quillon for $9 billion.', 'Microsoft strikes its biggest deal in years, for the data start-up Quillon.'])).toBe(1);
    // Look-alikes: another start-up, a purchase agreed and one completed, and another buyer stay apart.
    expect(await eventCount(['Microsoft agrees to buy Quillon for $9 billion.', 'Microsoft strikes its biggest deal in years, for the data start-up Vantaro.'])).toBe(2);
    expect(await eventCount(['Microsoft agrees to buy Quillon for $9 billion.', 'Microsoft completes its deal for the data start-up Quillon.'])).toBe(2);
    expect(await eventCount(['Microsoft agrees to buy Quillon.', 'Oracle strikes a deal for the data start-up Quillon.'])).toBe(2);
  });
});
