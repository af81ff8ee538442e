import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';
import { jobsCut } from '../../src/analyse/jobsCut.ts';
import { mayBeOneSum } from '../../src/analyse/exchangeRates.ts';
import { placesNamed } from '../../src/analyse/places.ts';

describe('job cuts told by their count (timeline21)', () => {
  it('should read a workforce that shrinks, or roles eliminated, as a layoff', () => {
    expect(describeEntry('The e-commerce giant’s corporate workforce shrinks by another 16,000 roles.').action).toBe('layoff');
    expect(describeEntry('Intel trims its workforce by 15%.').action).toBe('layoff');
    expect(describeEntry('Amazon eliminates about 16,000 corporate roles.').action).toBe('layoff');
    // Look-alikes: a price trimmed, and a round of layoffs that is no funding round.
    expect(describeEntry('Google trims Gemini prices for developers.').action).toBe('price cut');
    expect([...describeEntry('Microsoft cuts a further 305 jobs in a second round of layoffs.').metrics]).toEqual([]);
  });

  it('should count the jobs cut, not the workforce a share is of', () => {
    expect(jobsCut('Microsoft lays off about 6,000 employees.')).toEqual([{ amount: 6000, unit: 'jobs', bound: 'approx' }]);
    expect(jobsCut('Microsoft cuts a further 305 jobs in a second round of layoffs.')).toEqual([{ amount: 305, unit: 'jobs' }]);
    expect(jobsCut('微软裁员约9000人。')).toEqual([{ amount: 9000, unit: 'jobs', bound: 'approx' }]);
    expect(jobsCut('Intel cuts 15% of its 100,000 employees.')).toEqual([]);
  });

  it('should make one round of cuts told by its count one event, and two rounds of other counts two', async () => {
    expect(await eventCount(['Amazon eliminates about 16,000 corporate roles.', 'The e-commerce giant’s corporate workforce shrinks by another 16,000 roles.'])).toBe(1);
    expect(await eventCount(['Microsoft cuts about 9,000 jobs.', '微软裁员约9000人。'])).toBe(1);
    // A count said by one outlet only does not keep the round apart.
    expect(await eventCount(['Microsoft lays off about 6,000 employees.', 'Microsoft announces job cuts.'])).toBe(1);
    // Look-alikes: two rounds of cuts of other counts, and another company's cuts of the same count, stay apart.
    expect(await eventCount(['Microsoft lays off about 6,000 employees.', 'Microsoft cuts a further 305 jobs in a second round of layoffs.'])).toBe(2);
    expect(await eventCount(['Amazon eliminates about 16,000 corporate roles.', 'Meta eliminates about 16,000 roles.'])).toBe(2);
  });
});

describe('verbs of one act (timeline21)', () => {
  it('should read a stake exited, a customer won and a site brought online as the acts they are', () => {
    expect(describeEntry('Nvidia exits its Arm position, its quarterly holdings report shows.').action).toBe('divest');
    expect(describeEntry('SoftBank sells out of Nvidia.').action).toBe('divest');
    expect(describeEntry('Google Cloud wins the Facebook parent as a customer for its servers and storage.').action).toBe('partner');
    expect(describeEntry('オープンAI、UAEで大規模データセンターの建設に合意。').action).toBe('partner');
    expect(describeEntry('The Redmond company brings a second Fairwater site online in Georgia.').action).toBe('online');
    // Look-alikes: a customer's own growth, an exit from a market, and a purchase agreed (買収で合意) are not those acts.
    expect(describeEntry('Google Cloud wins share from AWS.').action).toBeNull();
    expect(describeEntry('Intel exits the modem business.').action).toBeNull();
    expect(describeEntry('ソフトバンク、アンペア買収で合意。').action).toBe('acquire');
  });

  it('should make a stake sold or exited, and a deal told by its sum or by a customer won, one event', async () => {
    expect(await eventCount(['Nvidia sells its entire stake in Arm Holdings, a filing shows.', 'Nvidia exits its Arm position, its quarterly holdings report shows.'])).toBe(1);
    expect(await eventCount(['Meta signs a six-year cloud deal worth more than $10 billion with Google.', 'Google Cloud wins the Facebook parent as a customer for its servers and storage.'])).toBe(1);
    // Look-alikes: a stake exited in another company, and a customer won by another cloud, stay apart.
    expect(await eventCount(['Nvidia sells its entire stake in Arm Holdings, a filing shows.', 'Nvidia exits its SoundHound position.'])).toBe(2);
    expect(await eventCount(['Meta signs a six-year cloud deal worth more than $10 billion with Google.', 'Oracle wins the Facebook parent as a customer for its servers.'])).toBe(2);
  });
});

describe('a lawsuit, whichever side is named first (timeline21)', () => {
  it('should read the suer as the subject of "sues", or as named after "filed by" or 被', () => {
    expect(describeEntry('xAI sues OpenAI, accusing it of stealing trade secrets through hires.').plaintiff).toBe('xAI');
    expect(describeEntry('OpenAI is accused in a lawsuit filed by Elon Musk’s xAI of poaching staff.').plaintiff).toBe('xAI');
    expect(describeEntry('OpenAI被xAI起诉窃取商业机密。').plaintiff).toBe('xAI');
    expect(describeEntry('xAI settles its lawsuit with OpenAI.').action).toBe('settle');
    expect(describeEntry('A judge dismisses xAI’s lawsuit against OpenAI.').action).toBe('ruling');
    expect(describeEntry('OpenAI faces a lawsuit from xAI.').plaintiff).toBe('xAI');
    // Look-alikes: a lawsuit that is only the setting of another act, a company that courts another, and a proposal 却下 (turned down).
    expect(describeEntry('Amazon invests $4 billion in Anthropic amid an antitrust lawsuit.').action).toBe('invest');
    expect(describeEntry('Microsoft courts OpenAI and finds a partner.').action).toBe('partner');
    expect(describeEntry('OpenAI、アマゾンの出資提案を却下。').action).toBe('reject');
  });

  it('should make one suit told actively and passively one event, and a countersuit, a settlement or a ruling another', async () => {
    expect(await eventCount(['xAI sues OpenAI, accusing it of stealing trade secrets through hires.', 'OpenAI is accused in a lawsuit filed by Elon Musk’s xAI of poaching staff to obtain trade secrets.'])).toBe(1);
    expect(await eventCount(['xAI sues OpenAI over trade secrets.', 'OpenAI被xAI起诉窃取商业机密。'])).toBe(1);
    expect(await eventCount(['xAI sues OpenAI over trade secrets.', 'OpenAI countersues xAI for harassment.'])).toBe(2);
    expect(await eventCount(['xAI sues OpenAI over trade secrets.', 'xAI settles its lawsuit with OpenAI.'])).toBe(2);
    expect(await eventCount(['xAI sues OpenAI over trade secrets.', 'A judge dismisses xAI’s lawsuit against OpenAI.'])).toBe(2);
  });
});

describe('a product put on sale that the vocabulary does not know (timeline21)', () => {
  it('should read the name shipped or gone on sale as the product, whoever names its maker', async () => {
    expect([...describeEntry('Nvidia begins shipping DGX Spark.').products]).toEqual(['DGX Spark']);
    expect([...describeEntry('The $3,999 DGX Spark goes on sale.').products]).toEqual(['DGX Spark']);
    expect([...describeEntry('The DGX Spark goes on sale.').products]).toEqual(['DGX Spark']);
    expect(await eventCount(['Nvidia begins shipping DGX Spark.', 'The $3,999 DGX Spark goes on sale.'])).toBe(1);
    // Look-alikes: another product of the same maker put on sale, and the same product previewed, stay apart.
    expect(await eventCount(['Nvidia begins shipping DGX Spark.', 'The DGX Station goes on sale.'])).toBe(2);
    expect(await eventCount(['Nvidia begins shipping DGX Spark.', 'Nvidia previews DGX Spark.'])).toBe(2);
  });
});

describe('one earnings release, whatever figure each outlet picked (timeline21)', () => {
  it('should compare two results entries of one company measure by measure', async () => {
    expect(await eventCount(['Microsoft reports fiscal first-quarter revenue of $77.7 billion, up 18%.', 'Microsoft posts quarterly results showing Azure growth of 40%.'])).toBe(1);
    expect(await eventCount(['英伟达第三财季营收达570亿美元，同比增长62%。', '英伟达发布2026财年第三季度财报，数据中心业务收入512亿美元。'])).toBe(1);
    // Look-alikes: the same measure with another figure, and another company's results, stay apart.
    expect(await eventCount(['Microsoft reports fiscal first-quarter revenue of $77.7 billion, up 18%.', 'Microsoft posts quarterly revenue of $70.1 billion.'])).toBe(2);
    expect(await eventCount(['英伟达第三财季营收达570亿美元，同比增长62%。', '英伟达第三财季营收达510亿美元。'])).toBe(2);
    expect(await eventCount(['Microsoft posts quarterly results showing Azure growth of 40%.', 'Microsoft reports December-quarter results, with Azure up 39%.'])).toBe(2);
    expect(await eventCount(['Microsoft reports fiscal first-quarter revenue of $77.7 billion, up 18%.', 'Alphabet posts quarterly results showing Google Cloud growth of 34%.'])).toBe(2);
  });

  it('should read three months said as a span as a quarter of any fiscal year, so a results release and its backlog are one report', async () => {
    expect(describeEntry('オラクル、9～11月期決算を発表。').quarter).toBe(true);
    expect(describeEntry('Oracle reports September-November results.').quarter).toBe(true);
    expect(describeEntry('Oracle reports results for the September to October period.').quarter).toBe(false);
    expect(await eventCount(['オラクル、9～11月期決算を発表。残存履行義務は5230億ドルに。', 'オラクルの受注残高、前四半期から680億ドル増加。'])).toBe(1);
    // Look-alike: a backlog of a month that names no quarter is no part of the report.
    expect(await eventCount(['オラクル、9～11月期決算を発表。残存履行義務は5230億ドルに。', 'オラクルの受注残高が680億ドルに。'])).toBe(2);
  });
});

describe('a total and a part of one announcement (timeline21)', () => {
  it('should read money an investor puts into a round as its part of the round, not the round', () => {
    const part = describeEntry('SoftBank agrees to pour up to $30bn into the ChatGPT maker’s new funding round.');
    expect(part.values).toEqual([]);
    expect(part.part).toEqual([{ amount: 30e9, unit: 'USD', bound: 'max' }]);
    // Look-alikes: money raised in a round is the round's, and money put into a company its investment.
    expect(describeEntry('OpenAI raises $40 billion in a funding round led by SoftBank.').part).toEqual([]);
    expect(describeEntry('Microsoft puts $1 billion into OpenAI.').part).toEqual([]);
  });

  it('should make a round and an investor’s part that it can hold one event', async () => {
    const round = 'OpenAI raises $40 billion at a $300 billion valuation in a round led by SoftBank.';
    expect(await eventCount([round, 'SoftBank agrees to pour up to $30bn into the ChatGPT maker’s new funding round.'])).toBe(1);
    // Look-alikes: a part larger than the round, and two investors' parts of other sums, stay apart.
    expect(await eventCount([round, 'SoftBank agrees to pour $60bn into the ChatGPT maker’s new funding round.'])).toBe(2);
    expect(await eventCount(['SoftBank agrees to pour $30bn into OpenAI’s funding round.', 'SoftBank puts $2bn into OpenAI’s funding round.'])).toBe(2);
  });

  it('should read a total raised to (擴大至) as a running total, so the sum added and the new total are one pledge', async () => {
    expect(describeEntry('台積電將在美投資總額擴大至1650億美元。').values).toEqual([]);
    expect(await eventCount(['台積電宣布對美國追加投資1000億美元。', '台積電將在美投資總額擴大至1650億美元。'])).toBe(1);
    // Look-alike: another sum added is another pledge.
    expect(await eventCount(['台積電宣布對美國追加投資1000億美元。', '台積電宣布對美國追加投資400億美元。'])).toBe(2);
  });
});

describe('a sum given in another currency (timeline21)', () => {
  it('should take two sums in two currencies for one where some rate of the years makes them so', () => {
    expect(mayBeOneSum({ amount: 50e9, unit: 'USD', bound: 'max' }, { amount: 7.8e12, unit: 'JPY' }, 0.1)).toBe(true);
    expect(mayBeOneSum({ amount: 80e9, unit: 'USD' }, { amount: 440e9, unit: 'JPY' }, 0.1)).toBe(false);
    expect(mayBeOneSum({ amount: 10e9, unit: 'USD' }, { amount: 70e9, unit: 'CNY' }, 0.1)).toBe(true);
  });

  it('should read a country named before its currency as the currency, not a place', () => {
    expect([...placesNamed('AIインフラに日本円にしておよそ7兆8000億円を投資へ')]).toEqual([]);
    expect([...placesNamed('日本のAIインフラに投資')]).toEqual(['Japan']);
  });

  it('should make one pledge told in dollars and in yen one event, and far sums two', async () => {
    const dollars = '亚马逊云科技宣布投资最高500亿美元，为美国政府机构扩建AI与超算基础设施。';
    expect(await eventCount([dollars, 'アマゾン・ウェブ・サービス、米政府機関向けAIインフラに日本円にしておよそ7兆8000億円を投資へ。'])).toBe(1);
    // Look-alikes: a yen sum no rate makes the dollar one, and a yen pledge for Japan, stay apart.
    expect(await eventCount([dollars, 'アマゾン・ウェブ・サービス、米政府機関向けAIインフラに4400億円を投資へ。'])).toBe(2);
    expect(await eventCount([dollars, 'アマゾン・ウェブ・サービス、日本のAIインフラにおよそ7兆8000億円を投資へ。'])).toBe(2);
  });
});

describe('a chief of several companies named with one’s kind (timeline21)', () => {
  it('should read Musk’s AI company as xAI, his carmaker as Tesla, and his company alone as no one', () => {
    expect([...describeEntry('马斯克旗下人工智能公司从英伟达、思科等投资者处募得两百亿美元。').companies]).toContain('xAI');
    expect([...describeEntry('Elon Musk’s AI company raises $20 billion.').companies]).toEqual(['xAI']);
    expect([...describeEntry('マスク氏のAI企業が200億ドルを調達。').companies]).toEqual(['xAI']);
    expect([...describeEntry('Musk’s carmaker cuts prices.').companies]).toEqual(['Tesla']);
    expect([...describeEntry('Musk’s company raises $20 billion.').companies]).not.toContain('xAI');
  });

  it('should make a round told by the company’s name and by its founder’s AI company one event', async () => {
    expect(await eventCount(['xAI完成200亿美元E轮融资。', '马斯克旗下人工智能公司从英伟达、思科等投资者处募得两百亿美元。'])).toBe(1);
    // Look-alike: his carmaker's money is another company's.
    expect(await eventCount(['xAI完成200亿美元E轮融资。', '马斯克旗下电动车公司募得两百亿美元。'])).toBe(2);
  });
});

describe('one agreement told by the chips it covers and by its worth (timeline21)', () => {
  it('should make the same two parties’ agreement, sized in chips and in money, one event', async () => {
    const chips = 'Anthropic strikes a deal to use up to one million Google TPUs.';
    expect(await eventCount([chips, 'Google seals a cloud agreement worth tens of billions of dollars to supply the Claude maker with its in-house chips.'])).toBe(1);
    // Look-alikes: an investment beside the agreement, and another party's agreement, stay apart.
    expect(await eventCount([chips, 'Google invests $2 billion in Anthropic.'])).toBe(2);
    expect(await eventCount([chips, 'Google seals a cloud agreement worth tens of billions of dollars to supply Meta with its in-house chips.'])).toBe(2);
  });
});

describe('one facility of a place agreed or announced (timeline21)', () => {
  it('should make a company’s facility of one place, announced by one outlet and agreed by another, one event', async () => {
    const announced = 'OpenAI, G42, Oracle, Nvidia, Cisco and SoftBank announce Stargate UAE, a 1-gigawatt computing cluster in Abu Dhabi.';
    expect(await eventCount([announced, 'オープンAI、UAEで大規模データセンター「スターゲートUAE」の建設に合意。'])).toBe(1);
    // Look-alikes: another place's facility, another company's, and the facility switched on, stay apart.
    expect(await eventCount([announced, 'オープンAI、ノルウェーで大規模データセンターの建設に合意。'])).toBe(2);
    expect(await eventCount([announced, 'Microsoft agrees to build a data centre in the UAE.'])).toBe(2);
    expect(await eventCount([announced, 'OpenAI’s Abu Dhabi cluster comes online.'])).toBe(2);
    // Two sums far apart are two facilities of one place.
    expect(await eventCount(['Amazon commits $20 billion to Pennsylvania data centres.', 'Amazon plans a $3 billion data centre campus in Pennsylvania.'])).toBe(2);
  });
});

describe('a stake sold with the seller’s results (timeline21)', () => {
  it('should read 全株売却 as a stake sold', () => {
    expect(describeEntry('SBGがエヌビディア株の全株売却を決算発表で明らかに。').action).toBe('divest');
    // Look-alike: a sale of goods is no stake sold.
    expect(describeEntry('エヌビディアの売上高が過去最高に。').action).toBeNull();
  });

  it('should keep a stake sold, made known at its seller’s results, apart from the sold company’s results', async () => {
    const exit = 'SBGがエヌビディア株の全株売却を決算発表で明らかに。';
    expect(await eventCount([exit, 'Nvidia posts its biggest-ever quarter of data center sales.'])).toBe(2);
    // Control: the same sale told twice stays one event.
    expect(await eventCount([exit, 'SoftBank sells its entire Nvidia stake for $5.8 billion.'])).toBe(1);
  });
});

describe('a rival left behind is a yardstick (timeline21)', () => {
  it('should keep one company’s results, told against a rival, apart from the rival’s results', async () => {
    const google = 'Alphabet’s September-quarter numbers put Google’s cloud business ahead of AWS on growth.';
    expect(await eventCount([google, 'Amazon’s September-quarter results put AWS growth at 33%.'])).toBe(2);
    expect(await eventCount(['Alphabet公布三季度业绩，谷歌云增速再度跑赢AWS。', 'アマゾンの7～9月期決算、AWSの増収率は33％に加速。'])).toBe(2);
    // Control: the company's own results, told against a rival and plainly, are one event.
    expect(await eventCount([google, 'Alphabet公布三季度业绩，谷歌云增速再度跑赢AWS。'])).toBe(1);
  });
});

describe('a state by its abbreviation, its nickname, or before its county (timeline21)', () => {
  it('should read N.C., the Keystone State and "North Carolina’s Richmond County" as states', () => {
    expect([...placesNamed('Amazon’s cloud division targets about $10 billion at a campus near Rockingham, N.C.')]).toEqual(['North Carolina']);
    expect([...placesNamed('Amazon’s cloud unit pledges a large Keystone State expansion.')]).toEqual(['Pennsylvania']);
    expect([...placesNamed('North Carolina’s Richmond County lands a roughly $10 billion AWS campus.')]).toEqual(['North Carolina']);
    // Look-alike: a company's origin is no place of its event.
    expect([...placesNamed('Japan’s SoftBank invests in OpenAI.')]).toEqual([]);
  });

  it('should keep one company’s pledges to two states apart, and one state’s pledge one event', async () => {
    expect(await eventCount(['Amazon’s cloud unit pledges a large Keystone State expansion.', 'Amazon’s cloud division targets about $10 billion at a campus near Rockingham, N.C.'])).toBe(2);
    expect(await eventCount(['North Carolina’s Richmond County lands a roughly $10 billion AWS campus.', 'Amazon’s cloud division targets about $10 billion at a campus near Rockingham, N.C.'])).toBe(1);
  });
});

describe('a deal with a party the vocabulary does not know, beside money for a place (timeline21)', () => {
  it('should read the party that opens an agreement as a stranger', async () => {
    const { unknownParties } = await import('../../src/analyse/entryParties.ts');
    expect([...unknownParties('Talen and Amazon rework their Susquehanna nuclear arrangement into a straight power purchase deal.')]).toEqual(['Talen']);
    expect([...unknownParties('Talen Energy signs Amazon to a 1,920-megawatt power deal.')]).toEqual(['Talen Energy']);
    // Look-alike: a town that stands for its company is that company.
    expect([...unknownParties('Redmond signs OpenAI to a new cloud deal.')]).toEqual([]);
  });

  it('should keep money for a state apart from a power deal with another party, and one party’s deal one event', async () => {
    const pledge = 'AWS commits at least $20 billion to Pennsylvania data halls.';
    const rework = 'Talen and Amazon rework their Susquehanna nuclear arrangement into a straight power purchase deal.';
    expect(await eventCount([pledge, rework])).toBe(2);
    // Control: the party named in full and by its first word is one party, its deal one event.
    expect(await eventCount([rework, 'Talen Energy signs Amazon to a 1,920-megawatt, front-of-the-meter power deal from its Susquehanna nuclear plant.'])).toBe(1);
  });
});

describe('a facility walked away from (timeline21)', () => {
  it('should read a company walking away from a facility of its own as calling it off, and make it one event with the facility abandoned', async () => {
    const walks = 'Facebook’s parent walks away from a $1.2 billion data center planned east of Dallas.';
    expect(describeEntry(walks).cancelled).toBe(true);
    expect(await eventCount([walks, 'Meta abandons its planned Kaufman County, Texas, campus.'])).toBe(1);
    // Look-alikes: the facility planned stays apart from the facility walked away from, and walking away from another
    // company's money is turning it down, no facility called off.
    expect(await eventCount([walks, 'Meta plans a $1.2 billion data center east of Dallas.'])).toBe(2);
    expect(describeEntry('OpenAI walks away from Amazon’s $50 billion offer.').cancelled).toBe(false);
  });
});

describe('a facility switched on, named by the chips it runs (timeline21)', () => {
  it('should make a facility of one place named by its maker’s chips one event with it named by its maker', async () => {
    const chips = 'Project Rainier comes online in Indiana with nearly half a million Trainium2 chips training Claude.';
    expect(await eventCount([chips, 'Anthropic’s Indiana supercluster on Amazon silicon switches on.'])).toBe(1);
    // Look-alikes: another company's facility of that place, and the same maker's facility of another place, stay apart.
    expect(await eventCount([chips, 'Microsoft’s Indiana supercluster switches on.'])).toBe(2);
    expect(await eventCount([chips, 'Amazon’s Mississippi supercluster switches on.'])).toBe(2);
  });
});

describe('one sum for one place, told as building or as investment (timeline21)', () => {
  it('should make one company’s same sum for one place one pledge, whatever each outlet calls the money', async () => {
    const build = 'The Seattle company’s cloud unit unveils an $11 billion build in Butts and Douglas counties, Georgia.';
    expect(await eventCount([build, 'Amazon’s cloud arm earmarks $11 billion for two Georgia counties.'])).toBe(1);
    // Look-alikes: the same sum for another place, and another sum for the same place, stay apart.
    expect(await eventCount(['Amazon unveils an $11 billion build in Georgia.', 'Amazon earmarks $11 billion for Ohio.'])).toBe(2);
    expect(await eventCount(['Amazon unveils an $11 billion build in Georgia.', 'Amazon earmarks $4 billion for Georgia.'])).toBe(2);
  });
});
