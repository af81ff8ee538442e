import { describe, expect, it } from 'vitest';
import { eventCount, titledEventCount } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';
import { placesNamed } from '../../src/analyse/places.ts';
import { unknownSubject } from '../../src/analyse/entities.ts';
import { latinSubject } from '../../src/analyse/entryParties.ts';

describe('export licences applied for, granted and revoked', () => {
  it('should read a licence granted and one applied for as two acts, in English, Chinese and Japanese', () => {
    for (const granted of ['Commerce clears Nvidia’s cut-down B30A for approved Chinese buyers.', 'BIS signs off on AMD’s MI328 shipments.', 'Commerce issues Nvidia’s B30A export licences.', '美国商务部批准AMD的MI328对华出口许可。', '米商務省がエヌビディアのB30Aの対中輸出を認める']) {
      expect(describeEntry(granted).action).toBe('licence');
    }
    for (const applied of ['AMD files licence applications to export the MI328 to China.', 'AMD向美国商务部提交MI328对华出口许可申请。']) expect(describeEntry(applied).action).toBe('apply');
    // Look-alikes: approving a company's results or a budget is no licence, and approving sales tells no results.
    expect(describeEntry('TSMC’s board approves a capital budget.').action).not.toBe('licence');
    expect([...describeEntry('Washington approves sales of Nvidia’s B30A to Chinese buyers.').metrics]).toEqual([]);
  });

  it('should read a licence revoked, pulled or withdrawn as called off', () => {
    expect(describeEntry('BIS pulls the B30A licences.').cancelled).toBe(true);
    expect(describeEntry('Commerce withdraws the B30A licences it granted in September.').cancelled).toBe(true);
    // Look-alike: a licence granted is not.
    expect(describeEntry('Commerce issues Nvidia’s B30A export licences.').cancelled).toBe(false);
  });

  it('should read a ministry as a government, not a company, and its country as no place of the event', () => {
    expect(unknownSubject('Commerce clears Nvidia’s B30A for export.')).toBeNull();
    expect(unknownSubject('The US Commerce Department clears the B30A for export to China.')).toBeNull();
    expect([...placesNamed('美国商务部撤销英伟达B30A出口许可。')]).toEqual([]);
    expect([...placesNamed('AMD获得MI328对华出口许可。')]).toEqual(['China']);
    // Look-alikes: a country's data centres, and its government's agencies, are still the country's.
    expect([...placesNamed('美国数据中心投资')]).toEqual(['United States']);
    expect([...placesNamed('为美国政府机构扩建AI与超算基础设施。')]).toEqual(['United States']);
  });

  it('should make one licence granted one event in three languages, and keep its application and its revocation apart', async () => {
    const granted = ['Commerce signs off on B30A exports to China.', 'The US Commerce Department clears the B30A for export to China.', 'Washington approves sales of Nvidia’s B30A to Chinese buyers.', '米商務省がエヌビディアのB30Aの対中輸出を認める', '美国商务部放行B30A对华出口。'];
    expect(await eventCount(granted)).toBe(1);
    expect(await eventCount(['AMD files licence applications to export the MI328 to China.', 'AMD向美国商务部提交MI328对华出口许可申请。'])).toBe(1);
    expect(await eventCount(['AMD files licence applications to export the MI328 to China.', 'BIS signs off on AMD’s MI328 shipments.'])).toBe(2);
    expect(await eventCount(['Commerce issues Nvidia’s B30A export licences.', 'BIS pulls the B30A licences.'])).toBe(2);
  });

  it('should make one licence revoked one event, though a story on another company tells it without naming its holder', async () => {
    const revoked: [string, string][] = [
      ['AMD wins its China licence as Nvidia loses one', 'BIS pulls the B30A licences.'],
      ['China’s AI capex and Ascend', 'Commerce withdraws the B30A licences it granted in September.'],
      ['中国算力', '美国商务部撤销英伟达B30A出口许可。'],
      ['中国のAI計算基盤', '米商務省がB30Aの輸出許可を取り消し'],
    ];
    expect(await titledEventCount(revoked)).toBe(1);
  });
});

describe('a company in Latin letters opening a Chinese or Japanese entry', () => {
  it('should read it as the entry’s subject, not a chip’s code', () => {
    expect(latinSubject('Thinking Machines Lab宣布完成新一轮融资。')).toBe('Thinking Machines Lab');
    expect(latinSubject('B30A出口许可遭撤销。')).toBeNull();
    expect([...describeEntry('Thinking Machines Lab宣布完成新一轮融资。').companies]).toEqual(['Thinking Machines Lab']);
  });

  it('should keep its round apart from talks of two other companies of the month', async () => {
    expect(await eventCount(['Thinking Machines Lab宣布完成新一轮融资。', 'Reports say Amazon has reopened talks on an OpenAI stake.'])).toBe(2);
  });
});

describe('orders gone and a company bid for', () => {
  it('should read orders that are gone, or lost, as called off, and a market share lost as not', () => {
    expect(describeEntry('Nvidia discloses that its Chinese B30A orders are gone.').cancelled).toBe(true);
    expect(describeEntry('AMD’s 10-Q reveals a lost MI308 order from China.').cancelled).toBe(true);
    expect(describeEntry('Nvidia lost market share in China.').cancelled).toBe(false);
  });

  it('should make orders gone one event with orders withdrawn', async () => {
    expect(await eventCount(['Nvidia discloses that its Chinese B30A orders are gone.', 'Nvidia tells investors its Chinese B30A orders have been withdrawn.'])).toBe(1);
  });

  it('should read a bid for a company named after it as an offer to buy it, one event with its tender offer in Chinese', async () => {
    expect(describeEntry('Wistron bids for Sentai Technology.').action).toBe('acquire');
    // Look-alike: a bid for a campus is no purchase of a company.
    expect(describeEntry('G42 bids for India’s GIFT City compute campus.').action).not.toBe('acquire');
    expect(await eventCount(['Wistron bids for Sentai Technology.', '緯創宣布公開收購散熱廠晟鈦科技。'])).toBe(1);
  });
});
