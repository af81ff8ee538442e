import { describe, expect, it } from 'vitest';
import { eventCount, titledEventCount } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';
import { strangerSubject } from '../../src/analyse/entryParties.ts';

describe('a deal told by its party the vocabulary does not know', () => {
  it('should read the unknown name an entry opens with as its subject, not an owner nor a determiner', () => {
    expect(strangerSubject('Tidewater discloses Google’s unsolicited cash proposal.')).toBe('Tidewater');
    expect(strangerSubject('ChatGPT’s maker books seven years of EC2 capacity for $38 billion.')).toBeNull();
    expect(strangerSubject('Another equal-sized injection leaves the Kindle maker holding twice as much.')).toBeNull();
    expect(strangerSubject('Anthropic closes its Series G.')).toBeNull();
  });

  it('should keep a bid told by its target apart from a round of a company the vocabulary knows, and the bid one event', async () => {
    const bid = 'Tidewater makes Google’s $78-a-share proposal public.';
    expect(await eventCount([bid, 'Anthropic closes its Series G and signs a six-year Google Cloud pact.'])).toBe(2);
    expect(await eventCount([bid, 'Tidewater discloses Google’s unsolicited cash proposal.'])).toBe(1);
  });
});

describe('one facility switched on, told by its owner and by its tenant', () => {
  const bridge = '亚马逊为Anthropic打造的雷尼尔集群在印第安纳州投入使用。';

  it('should read an entry of a facility one company builds for another as naming both its parties, and two side by side as not', () => {
    expect(describeEntry(bridge).bridges).toBe(true);
    expect(describeEntry('Amazon turns on the Indiana cluster it built for Anthropic.').bridges).toBe(true);
    expect(describeEntry('Amazon and Microsoft both switch on Indiana clusters.').bridges).toBe(false);
    // Look-alike: one company's growth measured against another's is no facility of two parties.
    expect(describeEntry('Google Cloud matches AWS’s growth in the March quarter.').bridges).toBe(false);
  });

  it('should make the owner’s and the tenant’s tellings one event once an entry names both', async () => {
    const owner: [string, string] = ['Amazon’s chips carry more of the load', 'Project Rainier switches on in northern Indiana.'];
    const tenant: [string, string] = ['Where Claude is trained', 'Anthropic’s Indiana training cluster begins operating.'];
    expect(await titledEventCount([owner, tenant, ['亚马逊云科技的芯片', bridge]])).toBe(1);
    // Read before the entry that names both, a telling that fits the event only once its parties are known still joins it.
    const chips: [string, string] = ['Amazon’s chip roadmap', 'Project Rainier comes online in Indiana with nearly half a million Trainium2 chips.'];
    const training: [string, string] = ['Memory makers ride the boom', 'Claude’s developer starts training on its Trainium2 supercomputer in the Midwest.'];
    expect(await titledEventCount([chips, owner, training, tenant, ['亚马逊云科技的芯片', bridge]])).toBe(1);
    // Look-alikes: without an entry naming both, owner and tenant stay apart; another company's facility of the place stays apart too.
    expect(await titledEventCount([owner, tenant])).toBe(2);
    expect(await titledEventCount([owner, tenant, ['亚马逊云科技的芯片', bridge], ['Microsoft’s build-out', 'Microsoft’s Indiana supercluster switches on.']])).toBe(2);
  });
});

describe('one company’s pledge told as spending and as investment', () => {
  const pledge = 'Alibaba commits more than RMB 380 billion over three years to AI and cloud infrastructure.';
  it('should make one company’s same sum one pledge, whichever word its money is given', async () => {
    expect(await eventCount([pledge, '阿里巴巴宣布未来三年投入超3800亿元建设云和AI基础设施。'])).toBe(1);
  });

  it('should keep another sum, and the same sum put into another company, apart', async () => {
    expect(await eventCount([pledge, '阿里巴巴宣布未来三年投入4800亿元建设云和AI基础设施。'])).toBe(2);
    expect(await eventCount(['Amazon invests $4 billion in Anthropic.', 'Amazon plans $4 billion of capital spending in Georgia.'])).toBe(2);
  });
});
