import { describe, expect, it } from 'vitest';
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';
import { inReaderWords } from '../../src/analyse/inOtherWords.ts';
import { findEntities, unknownSubject } from '../../src/analyse/entities.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

/** The events one month's entries make, each as the texts of its mentions (in articles whose title names no company). */
async function eventsOf(texts: string[]): Promise<string[][]> {
  const [base] = await loadArticles();
  const articles: Article[] = texts.map((text, i) => ({ ...base!, id: `t${i}`, file: `t${i}.txt`, title: 'The week in AI infrastructure', tagline: null, timeline: [{ date: '2025-02', text, line: 1 }] }));
  return mergeTimeline(articles).events.map((e) => e.mentions.map((m) => m.text));
}

describe('timeline events', () => {
  it('should merge paraphrases of one event that share no distinctive word', async () => {
    expect(await eventsOf(['Amazon reports record capital expenditures driven by generative AI infrastructure.', "Amazon's capex hits an all-time high on AI buildout."])).toHaveLength(1);
    expect(await eventsOf(['AWS unveils Trainium2 custom AI training chips at re:Invent.', 'Amazon debuts its second-generation Trainium2 accelerator.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon commits $4 billion to Anthropic.', 'Anthropic secures a $4B investment from Amazon.'])).toHaveLength(1);
    // "The cloud division" of an Amazon story is AWS: the same backlog.
    expect(await eventsOf(['AWS backlog reaches a record $244 billion.', "Amazon's cloud business posts record-breaking backlog of $244B."])).toHaveLength(1);
  });

  it('should keep apart different events of one month, however alike their words', async () => {
    const seedsMonth = [
      'Amazon reports record capital expenditures driven by generative AI infrastructure.',
      'AWS announces record-breaking cloud backlog growth driven by generative AI demand.',
      "AWS launches global expansion of 'AI-Ready' data center clusters.",
    ];
    expect(await eventsOf(seedsMonth)).toHaveLength(3);
    // Another company, another chip, another figure, a deal called off.
    expect(await eventsOf(['Amazon reports record capital expenditures.', 'Microsoft reports record capital expenditures.'])).toHaveLength(2);
    expect(await eventsOf(['AWS launches Trainium2 instances.', 'AWS launches Trainium3 instances.'])).toHaveLength(2);
    expect(await eventsOf(['Amazon invests $4 billion in Anthropic.', 'Amazon invests $2.75 billion in Anthropic.'])).toHaveLength(2);
    expect(await eventsOf(['Microsoft plans a $3.3 billion data center in Wisconsin.', 'Microsoft scraps a $3.3 billion data center in Wisconsin.'])).toHaveLength(2);
  });

  it('should merge entries that name one event in other words: unbilled revenue, server farms, a build-out budget, dropping a project, a result by its percentage', async () => {
    expect(await eventsOf(['Oracle says its contracted backlog hit a record.', 'Signed but unbilled Oracle revenue climbs faster than ever.'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft opens new AI server farms in Europe.', 'Microsoft expands its AI data centre footprint across Europe.'])).toHaveLength(1);
    expect(await eventsOf(['Meta keeps its build-out budget for the year unchanged.', 'Meta reaffirms its capex plan for the year.'])).toHaveLength(1);
    expect(await eventsOf(['Google drops a planned $2 billion campus in Texas.', 'Google cancels its $2 billion Texas data centre project.'])).toHaveLength(1);
    expect(await eventsOf(["Oracle's quarterly report shows cloud sales climbing 52%.", 'Oracle posts results with cloud revenue up 52%.'])).toHaveLength(1);
    // The same percentage of two companies is two results.
    expect(await eventsOf(['Oracle posts results with cloud revenue up 52%.', 'Google posts results with cloud revenue up 52%.'])).toHaveLength(2);
  });

  it('should read a top-up as an investment and a running total as no sum of the event, in any order of the outlets', async () => {
    const topUp = ['Microsoft puts a further $2 billion into Mistral.', 'The Redmond company tops up its Mistral holding, bringing the total to $5 billion.', 'Microsoft adds another $2 billion to Mistral, taking its total stake to $5 billion.'];
    expect(await eventsOf(topUp)).toHaveLength(1);
    expect(await eventsOf([...topUp].reverse())).toHaveLength(1);
    // Another sum is another top-up.
    expect(await eventsOf(['Microsoft puts a further $2 billion into Mistral.', 'Microsoft puts a further $3 billion into Mistral.'])).toHaveLength(2);
  });

  it('should know a company by its founder or chief, spending by its buildings and servers, a backlog by deals awaiting delivery, and a chip by its generation', async () => {
    expect(await eventsOf(['Jeff Bezos’s company spends more on buildings and servers than ever.', 'Amazon reports record capital expenditures.'])).toHaveLength(1);
    expect(await eventsOf(['Oracle says customer deals awaiting delivery jumped to a record.', 'Oracle’s unfilled cloud commitments hit a record.', 'Oracle reports a record backlog.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon’s second-generation AI training processor becomes generally available.', 'AWS makes Trainium2 generally available.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon’s third-generation AI training processor becomes generally available.', 'AWS makes Trainium2 generally available.'])).toHaveLength(2);
    expect(await eventsOf(['Sam Altman’s company turns down an offer from Microsoft.', 'OpenAI rejects an offer from Microsoft.'])).toHaveLength(1);
  });
});

describe('timeline entries said in other words', () => {
  it("should read a chief's possessive as the company: \"Dario Amodei's start-up\" is Anthropic", async () => {
    expect(await eventsOf(['Anthropic opens an office in Tokyo.', "Dario Amodei's start-up opens an office in Tokyo."])).toHaveLength(1);
    expect(await eventsOf(['Meta lifts its capex plan for the year.', "Zuckerberg's company lifts its capex plan for the year."])).toHaveLength(1);
    // Two chiefs are two companies.
    expect(await eventsOf(["Lisa Su's company launches a new accelerator.", "Jensen Huang's company launches a new accelerator."])).toHaveLength(2);
  });

  it('should read a product named by its generation as the numbered product', async () => {
    expect(await eventsOf(["Amazon's second-generation inference chip reaches customers.", 'Inferentia2 instances reach customers in every region.'])).toHaveLength(1);
    expect(await eventsOf(['AWS ships Trainium Gen 3 servers to cloud buyers.', 'Trn3 racks go on sale.'])).toHaveLength(1);
    expect(await eventsOf(['第二代Trainium芯片全面上市。', 'AWS makes Trainium2 generally available.'])).toHaveLength(1);
    expect(await eventsOf(['The 2nd-gen Trn hardware goes on sale.', 'Trainium2 goes on sale.'])).toHaveLength(1);
    expect(await eventsOf(['Gen-2 Inferentia servers reach every region.', 'Inferentia2 servers arrive in all regions.'])).toHaveLength(1);
    // Another generation is another product; a kind of chip is a family's only beside its company.
    expect(await eventsOf(["Amazon's second-generation training chip ships.", "Amazon's third-generation training chip ships."])).toHaveLength(2);
    expect(await eventsOf(["Google's second-generation training chip ships to customers.", 'Trainium2 ships to customers.'])).toHaveLength(2);
  });

  it('should read a metric said in plain words as the metric', async () => {
    // Capital spending: money into buildings, servers, land and equipment.
    expect(await eventsOf(['Meta reports record capital expenditures.', 'Meta spends more on servers and buildings than in any prior quarter.'])).toHaveLength(1);
    expect(await eventsOf(['Oracle reports record capex.', 'Land, building and equipment purchases at Oracle reach a new high.'])).toHaveLength(1);
    // Backlog: orders and commitments not yet delivered.
    expect(await eventsOf(["Oracle's order backlog climbs to a record.", 'Oracle says unfulfilled customer contracts hit a new high.'])).toHaveLength(1);
    expect(await eventsOf(["Google Cloud's order backlog jumps to a record.", 'Customer orders awaiting delivery at Google Cloud swell like never before.'])).toHaveLength(1);
    // Data centres, growth, a segment's revenue.
    expect(await eventsOf(['Microsoft opens AI-optimised facilities across Asia.', 'Microsoft launches new data centres across Asia.'])).toHaveLength(1);
    expect(await eventsOf(['Google Cloud expands at its fastest pace in two years.', 'Google Cloud posts its strongest revenue growth in two years.'])).toHaveLength(1);
    expect(await eventsOf(["AMD's server-chip business brings in a record sum.", 'AMD posts its best quarter of data center sales.'])).toHaveLength(1);
    // One company's capex and backlog in one month are two events, however plainly said.
    expect(await eventsOf(['Oracle says unfulfilled customer contracts hit a new high.', 'Oracle spends more on land and buildings than ever before.'])).toHaveLength(2);
  });

  it('should read a sum spelt in words as its figure', async () => {
    expect(await eventsOf(['Microsoft earmarks up to $30 billion for AI capacity in Britain.', 'Britain gets a thirty-billion-dollar computing pledge from the Redmond company.'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft earmarks $30 billion for AI capacity in Britain.', 'Britain gets a twenty-five-billion-dollar computing pledge from the Redmond company.'])).toHaveLength(2);
  });

  it('should read turning a deal down as one kind of act, apart from making one', async () => {
    expect(await eventsOf(["Anthropic rebuffs Google's approach.", 'Anthropic says no to a Google proposal.'])).toHaveLength(1);
    expect(await eventsOf(["Anthropic turns down Google's investment proposal.", "Anthropic rebuffs Google's overture."])).toHaveLength(1);
    expect(await eventsOf(["Anthropic rejects Google's approach.", 'Anthropic signs a deal with Google.'])).toHaveLength(2);
    // A month of two deals and a result stays three events: another company, another figure.
    const month = ['Microsoft earmarks $25 billion of computing capacity for European governments.', 'OpenAI signs an $18 billion compute contract with Azure.', 'Nvidia posts its biggest-ever quarter of data center sales.'];
    expect(await eventsOf(month)).toHaveLength(3);
  });

  it('should know a company by its brand or home town, and a metric, a deal or a launch in far-fetched words', async () => {
    // Spending on steel and servers by "the Windows maker" is Microsoft's capex; its backlog stays apart.
    const month = ['Microsoft posts record capital expenditure on AI.', 'Quarterly outlays on steel and servers by the Windows maker reach a new peak.', 'Microsoft says contracted-but-unbilled business swells at a record clip.'];
    expect(await eventsOf(month)).toEqual([[month[0], month[1]], [month[2]]]);
    // A cheque is an investment; the same parties and sum are one deal whatever each calls it.
    expect(await eventsOf(['Microsoft invests $1 billion in Mistral.', 'Mistral banks its first cheque from the Xbox maker.'])).toHaveLength(1);
    expect(await eventsOf(["Nadella's company commits forty billion dollars to rent CoreWeave capacity.", 'Microsoft signs a $40 billion capacity contract with CoreWeave.'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft signs a $40 billion capacity contract with CoreWeave.', 'Microsoft signs a $40 billion capacity contract with Oracle.'])).toHaveLength(2);
    // The company's chip "version three", open to every customer, is the numbered chip's launch.
    expect(await eventsOf(["Amazon's in-house training silicon, version three, opens to every EC2 customer.", 'AWS makes Trainium3 generally available.'])).toHaveLength(1);
    expect(await eventsOf(["Amazon's in-house training silicon, version three, opens to every EC2 customer.", 'AWS makes Trainium2 generally available.'])).toHaveLength(2);
  });

  it('should make one event of a company calling something off twice in a month, and keep its other acts apart', async () => {
    expect(await eventsOf(['Redmond abandons a campus in the Midwest.', 'Microsoft cancels its $3.3 billion Wisconsin data centre project.'])).toHaveLength(1);
    expect(await eventsOf(['Redmond abandons a campus in the Midwest.', 'Microsoft opens a $3.3 billion Wisconsin data centre.'])).toHaveLength(2);
    expect(await eventsOf(['Redmond abandons a campus in the Midwest.', 'Google cancels its Texas data centre project.'])).toHaveLength(2);
  });
});

/** The events one month's entries make, each entry in an article of its own with the given title (the article's company). */
async function eventsInArticles(entries: { title: string; text: string }[]): Promise<string[][]> {
  const [base] = await loadArticles();
  const articles: Article[] = entries.map(({ title, text }, i) => ({ ...base!, id: `a${i}`, file: `a${i}.txt`, title, tagline: null, timeline: [{ date: '2026-05', text, line: 1 }] }));
  return mergeTimeline(articles).events.map((e) => e.mentions.map((m) => m.text));
}

describe('timeline entries read for what they are about', () => {
  it('should join an entry that names no product, metric or sum to the one event of its company and kind of act', async () => {
    const deal = 'Microsoft puts $2 billion into Mistral.';
    const vague = 'A fresh cash infusion from the Xbox maker lands in Paris.';
    expect(await eventsOf([deal, vague])).toHaveLength(1);
    // Two investments of the company that month: which one is a guess, so it stays apart.
    expect(await eventsOf([deal, 'Microsoft invests $1 billion in Cohere.', vague])).toHaveLength(3);
    // Another kind of act, or another company, is another event.
    expect(await eventsOf([deal, 'The Xbox maker turns down a rival approach.'])).toHaveLength(2);
    expect(await eventsOf([deal, 'A fresh cash infusion from the iPhone maker lands in Paris.'])).toHaveLength(2);
  });

  it("should read an entry that names no company as its article's, and keep a chip announced apart from one on sale", async () => {
    const aws = 'AWS doubles down on Inferentia for cheap inference';
    const onSale = { title: 'Inference chips: the state of play', text: 'AWS makes Inferentia2 generally available.' };
    const teased = { title: 'Inference chips: the state of play', text: 'AWS previews Inferentia3, due in late 2026.' };
    const events = await eventsInArticles([onSale, teased, { title: aws, text: 'Version-two parts open to every cloud tenant.' }, { title: aws, text: 'Engineers tease a follow-on for the year after.' }]);
    expect(events).toEqual([[onSale.text, 'Version-two parts open to every cloud tenant.'], [teased.text, 'Engineers tease a follow-on for the year after.']]);
    // Of another company's article, or of another generation, it is not that event.
    expect(await eventsInArticles([onSale, teased, { title: "Google's TPU pitch to cloud buyers", text: 'Version-two parts open to every cloud tenant.' }])).toHaveLength(3);
    expect(await eventsInArticles([onSale, teased, { title: aws, text: 'Version-three parts open to every cloud tenant.' }])).toHaveLength(3);
  });

  it('should read the kind of act and a generation in Chinese and Japanese entries too', async () => {
    const aws = 'AWS doubles down on Inferentia for cheap inference';
    const onSale = { title: 'Inference chips: the state of play', text: 'AWS makes Inferentia2 generally available.' };
    const teased = { title: 'Inference chips: the state of play', text: 'AWS previews Inferentia3, due in late 2026.' };
    const events = await eventsInArticles([onSale, teased, { title: aws, text: '第二代芯片全面上市。' }, { title: aws, text: 'AWS、次世代チップを予告' }]);
    expect(events).toEqual([[onSale.text, '第二代芯片全面上市。'], [teased.text, 'AWS、次世代チップを予告']]);
    expect(await eventsInArticles([onSale, teased, { title: aws, text: '第三代芯片全面上市。' }])).toHaveLength(3);
    // A Chinese entry that ends in 。 still calls its project off; data centres said in Chinese are data centres, their sales results.
    expect(await eventsOf(['Google cancels its $2 billion Texas data centre project.', '谷歌取消得克萨斯州20亿美元的数据中心项目。'])).toHaveLength(1);
    expect(await eventsOf(['Google opens a $2 billion Texas data centre.', '谷歌取消得克萨斯州20亿美元的数据中心项目。'])).toHaveLength(2);
    expect(await eventsOf(['Microsoft launches AI data centres across Asia.', '微软在亚洲推出AI数据中心集群。'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft launches AI data centres across Asia.', '微软数据中心营收创新高。'])).toHaveLength(2);
    // Turning an offer down and making one are two acts in any language.
    expect(await eventsOf(['Google makes an offer for a stake in Mistral.', 'Mistral拒绝了谷歌的提议。'])).toHaveLength(2);
    expect(await eventsOf(["Mistral rebuffs Google's approach.", 'Mistral拒绝了谷歌的提议。'])).toHaveLength(1);
  });

  it('should read a chip family named alone as any of its generations, and a company\'s results as one event', async () => {
    expect(await eventsOf(['Microsoft previews Maia 200, due in early 2026.', 'Microsoft teases its next-generation Maia chip for next year.'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft makes Maia 200 generally available.', 'Microsoft teases its next-generation Maia chip for next year.'])).toHaveLength(2);
    expect(await eventsOf(['AWS previews Inferentia3, due next year.', 'Amazon teases its next-generation Trainium chip for next year.'])).toHaveLength(2);
    // Revenue, its growth and operating income of one company in one month are its results; its spending is not.
    expect(await eventsOf(["Oracle's cloud revenue climbs 52%, its best pace in years.", 'Oracle posts record operating income.'])).toHaveLength(1);
    expect(await eventsOf(["Oracle's cloud revenue climbs 52%, its best pace in years.", "Oracle's capex hits a record."])).toHaveLength(2);
    expect(await eventsOf(["Oracle's cloud revenue climbs 52%, its best pace in years.", 'Google posts record operating income.'])).toHaveLength(2);
  });

  it('should keep an entry out of an event when any of its first entries disagrees, though another that names less agrees', async () => {
    expect(await eventsOf(['Google Cloud reports a record backlog.', 'Signed-but-unbilled work at the cloud unit swells to a record.', "Oracle's backlog hits a record."])).toHaveLength(2);
    expect(await eventsOf(['Meta reaffirms its $60 billion capex plan.', 'Meta keeps its build-out budget for the year on track.', 'Meta reaffirms a $70 billion capex plan.'])).toHaveLength(2);
    expect(await eventsOf(['Meta reaffirms its $60 billion capex plan.', 'Meta keeps its build-out budget for the year on track.', 'Meta reaffirms a $60bn capex plan.'])).toHaveLength(1);
  });

  it('should know a backlog, data centres, a chip counted in order and availability in yet other words', async () => {
    expect(await eventsOf(["Oracle's contracted revenue pipeline swells to a record.", "Oracle's order backlog hits a record."])).toHaveLength(1);
    expect(await eventsOf(["Oracle's contracted revenue pipeline swells to a record.", "Oracle's revenue hits a record."])).toHaveLength(2);
    expect(await eventsOf(['Microsoft opens new data halls in Sweden.', 'Microsoft launches AI data centres in Sweden.'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft brings AI-ready server clusters online in Sweden.', 'Microsoft launches AI data centres in Sweden.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon shows off its second inference chip at re:Invent.', 'AWS unveils Inferentia2.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon shows off its third inference chip at re:Invent.', 'AWS unveils Inferentia2.'])).toHaveLength(2);
    const ga = { title: 'Inference chips: the state of play', text: 'AWS makes Inferentia3 generally available.' };
    expect(await eventsInArticles([ga, { title: 'AWS bets on cheap inference', text: 'The third-generation chip reaches every EC2 region.' }])).toHaveLength(1);
    expect(await eventsInArticles([ga, { title: 'AWS bets on cheap inference', text: 'The second-generation chip reaches every EC2 region.' }])).toHaveLength(2);
  });

  it('should know spending on bricks and racks, work booked but not delivered, a unit growing at a clip, a brand\'s owner and a project put on ice', async () => {
    expect(await eventsOf(["Meta's outlays on bricks and racks hit a new high.", 'Meta reports record capex.'])).toHaveLength(1);
    expect(await eventsOf(['Orders signed but yet to be billed at Oracle grow at a record pace.', "Oracle's backlog hits a record."])).toHaveLength(1);
    expect(await eventsOf(['Orders signed but yet to be billed at Oracle grow at a record pace.', "Oracle's capex hits a record."])).toHaveLength(2);
    expect(await eventsOf(['Annapurna Labs previews its next inference part, due by the end of 2026.', 'AWS previews Inferentia3, due next year.'])).toHaveLength(1);
    expect(await eventsOf(['Google Cloud grows at its quickest clip in two years.', 'Google Cloud posts its strongest revenue growth in two years.'])).toHaveLength(1);
    expect(await eventsOf(["YouTube's owner commits $2 billion to Anthropic.", 'Google invests $2 billion in Anthropic.'])).toHaveLength(1);
    expect(await eventsOf(["Instagram's owner commits $2 billion to Anthropic.", 'Google invests $2 billion in Anthropic.'])).toHaveLength(2);
    expect(await eventsOf(['The Windows maker puts an Ohio campus on ice.', 'Microsoft cancels a $1 billion Ohio data centre.'])).toHaveLength(1);
    expect(await eventsOf(['The Windows maker breaks ground on an Ohio campus.', 'Microsoft cancels a $1 billion Ohio data centre.'])).toHaveLength(2);
  });

  it('should read the successor of a generation as the next one', async () => {
    expect(await eventsOf(['A successor to the original Inferentia takes the stage in Las Vegas.', 'AWS unveils Inferentia2.'])).toHaveLength(1);
    expect(await eventsOf(['The follow-on to Trainium2 is unveiled in Las Vegas.', 'AWS unveils Trainium3 at its conference.'])).toHaveLength(1);
    expect(await eventsOf(['The follow-on to Trainium2 is unveiled in Las Vegas.', 'AWS unveils Trainium2 at its conference.'])).toHaveLength(2);
  });

  it('should know spending, a backlog, data centres and a segment\'s sales in other plain words, and the company by what it is', async () => {
    expect(await eventsOf(['The online retailer ploughs more into sites and servers than ever.', 'Amazon reports record capex.'])).toHaveLength(1);
    expect(await eventsOf(['Meta commits to its biggest-ever budget for land and hardware.', 'Meta lifts its capex plan for the year.'])).toHaveLength(1);
    expect(await eventsOf(['Alphabet says it will triple its outlays next year.', 'Google raises its capex plan to $100 billion.'])).toHaveLength(1);
    expect(await eventsOf(['Contracts not yet converted into revenue swell at Oracle.', "Oracle's order backlog hits a record."])).toHaveLength(1);
    expect(await eventsOf(['Halls built for AI training open across Microsoft regions in Europe.', 'Microsoft opens AI data centres in Europe.'])).toHaveLength(1);
    expect(await eventsOf(["The GPU giant's data-centre arm hauls in a record sum.", 'Nvidia posts record data center revenue.'])).toHaveLength(1);
    // Another company's segment, or the same company's other figure, is another event.
    expect(await eventsOf(["AMD's accelerator unit books a record quarter.", 'Nvidia posts record data center revenue.'])).toHaveLength(2);
    expect(await eventsOf(['Contracts not yet converted into revenue swell at Oracle.', "Oracle's capex hits a record."])).toHaveLength(2);
  });

  it('should read a sum said without its currency as dollars, never a count', async () => {
    expect(await eventsOf(['CoreWeave lands a twelve-billion order from the ChatGPT maker.', 'OpenAI signs a $12 billion contract with CoreWeave.'])).toHaveLength(1);
    expect(await eventsOf(['CoreWeave lands a fifteen-billion order from the ChatGPT maker.', 'OpenAI signs a $12 billion contract with CoreWeave.'])).toHaveLength(2);
    expect(await eventsOf(['Government buyers are promised a dedicated twenty-billion build.', 'Microsoft earmarks $20 billion for government cloud capacity.'])).toHaveLength(1);
    expect(inReaderWords('Meta ships a model of eight billion parameters.')).not.toMatch(/dollar/);
    expect(inReaderWords('The deal is worth nearly forty billion.')).toContain('forty billion dollars');
  });

  it('should join two events an entry is one with, in whichever order the outlets come, unless they disagree', async () => {
    const first = 'Nadella’s company commits twenty billion dollars over five years to rent CoreWeave servers.';
    const second = 'The Xbox maker books years of CoreWeave-hosted compute in a deal worth nearly twenty-one billion.';
    const both = 'Microsoft signs a five-year, $20 billion compute contract with CoreWeave.';
    expect(await eventsOf([first, second, both])).toHaveLength(1);
    expect(await eventsOf([both, first, second])).toHaveLength(1);
    expect(await eventsOf([first, second.replace('twenty-one', 'thirty'), both])).toHaveLength(2);
  });
});

describe('timeline entries of two companies in one month', () => {
  it("should keep an entry that names no company out of another company's results, by its article, and let it join its own", async () => {
    const microsoft = { title: "Microsoft's quarter in charts", text: 'Microsoft posts fiscal third-quarter revenue growth of 18%, led by Azure.' };
    const vague = { title: "Amazon's cloud bet pays off", text: 'The computing-rental unit logs its fastest expansion in three years.' };
    const aws = { title: 'Cloud earnings roundup', text: 'AWS revenue growth hits a three-year high.' };
    const events = await eventsInArticles([microsoft, vague, aws]);
    expect(events).toHaveLength(2);
    expect(events).toContainEqual([vague.text, aws.text]);
    // The look-alike: the same words in an article on Microsoft are Microsoft's results.
    const ofMicrosoft = { ...vague, title: 'Redmond keeps climbing' };
    const lookAlike = await eventsInArticles([microsoft, ofMicrosoft, aws]);
    expect(lookAlike).toHaveLength(2);
    expect(lookAlike).toContainEqual([microsoft.text, ofMicrosoft.text]);
    // A product names its company, whatever the article is about: an entry on Trainium3 in an article on Google's TPUs is AWS's.
    const chip = { title: "Google's TPU pitch to cloud buyers", text: 'Trainium3 reaches general availability in EC2.' };
    expect(await eventsInArticles([{ title: 'Chips', text: 'AWS makes Trainium3 generally available.' }, chip])).toHaveLength(1);
  });

  it('should know a cloud by what it rents out, a chip segment by its haul, a company by what it sells, and a government as none', async () => {
    expect(inReaderWords('The rent-a-server business speeds up; its GPU-rental arm too.')).toBe('The cloud business accelerates its revenue growth; its cloud arm too.');
    expect(inReaderWords('The web-services division and its hosting arm grow.')).toBe('The cloud division and its cloud arm grow.');
    expect(inReaderWords('The car-rental unit grows.')).toBe('The car-rental unit grows.');
    expect(inReaderWords("Jensen Huang's firm posts a record haul from its server accelerators.")).toContain('NVIDIA posts a record data center revenue');
    expect(inReaderWords('The GPU giant reports bumper takings from data-centre chips.')).toContain('data center revenue');
    expect(inReaderWords('The GPU giant reports a haul of new customers.')).not.toContain('revenue');
    const results = 'NVIDIA reports record data center revenue of $40 billion.';
    expect(await eventsOf([results, "Lisa Su's company books its largest haul from AI accelerators."])).toHaveLength(2);
    expect(await eventsOf([results, 'The GPU leader rakes in its largest haul from AI accelerators.'])).toHaveLength(1);
    const cloud = 'AWS revenue growth hits its highest since 2022.';
    expect(await eventsOf([cloud, "The internet bookseller's cloud-rental division notches its quickest expansion since 2022."])).toHaveLength(1);
    expect(await eventsOf([cloud, "The Windows maker's cloud-rental division notches its quickest expansion since 2022."])).toHaveLength(2);
    const backlog = 'Oracle reports a record backlog of $455 billion.';
    expect(await eventsOf([backlog, "The database giant's pile of signed-but-unbilled work tops $455bn."])).toHaveLength(1);
    expect(await eventsOf(['Google Cloud reports a record backlog.', "The database giant's backlog hits a record."])).toHaveLength(2);
    // A company's results said as results, earnings, numbers or a haul are its results; an earnings call that reveals a backlog is about the backlog.
    const revenue = 'Oracle revenue climbs 14% in the quarter.';
    expect(await eventsOf([revenue, "Safra Catz's company posts fiscal second-quarter earnings, beating forecasts."])).toHaveLength(1);
    expect(await eventsOf([revenue, 'Larry Ellison’s firm reports September-to-November numbers with cloud sales up.'])).toHaveLength(1);
    expect(await eventsOf([revenue, "Oracle's earnings call reveals a record backlog."])).toHaveLength(2);
    expect(await eventsOf([revenue, 'Salesforce posts fiscal second-quarter earnings, beating forecasts.'])).toHaveLength(2);
    // A capital stands for its government, not for an unknown company that would keep the entry apart.
    expect(unknownSubject("Washington's defence agencies get a pledge of up to $30B in computing capacity.")).toBeNull();
    expect(unknownSubject('Brussels fines a search engine.')).toBeNull();
    expect(unknownSubject("Washington Post's owner buys a start-up.")).toBe('Washington Post');
    const pledge = 'Microsoft earmarks $30 billion of computing capacity for federal agencies.';
    expect(await eventsOf([pledge, "Washington's defence agencies get a pledge of $30B in computing capacity."])).toHaveLength(1);
    expect(await eventsOf([pledge, "Washington's defence agencies get a pledge of $45B in computing capacity."])).toHaveLength(2);
  });
});

describe('timeline entries that name sums', () => {
  it('should keep a pledge of up to one sum apart from a deal of a smaller one, and join a deal to its sum said nearly', async () => {
    const contract = 'Microsoft signs a five-year, $12 billion GPU-rental contract with CoreWeave.';
    const nearly = 'The Windows maker rents half a decade of CoreWeave servers in a deal worth nearly twelve billion.';
    // "up to $20 billion" does not contradict $12 billion, but it is not the same sum: another deal.
    const pledge = 'Defence agencies are promised up to $20 billion of GPU capacity by Microsoft.';
    expect(await eventsOf([contract, pledge])).toHaveLength(2);
    const events = await eventsOf([contract, nearly, pledge]);
    expect(events).toHaveLength(2);
    expect(events).toContainEqual([contract, nearly].sort());
    // A pledge of up to that sum, said otherwise, is the pledge.
    expect(await eventsOf([pledge, 'Microsoft earmarks as much as $20 billion in computing capacity for the Pentagon.'])).toHaveLength(1);
  });

  it('should read capacity or compute bought for a sum as a deal, not as power or performance', async () => {
    const contract = 'Anthropic signs a three-year, $9 billion compute contract with Google Cloud.';
    // Bought capacity and a compute contract name the deal by its sum, whichever word the outlet uses for what is bought.
    expect(await eventsOf([contract, "Claude's maker books three years of TPU capacity for $9 billion."])).toHaveLength(1);
    // The look-alike: another sum for capacity is another deal.
    expect(await eventsOf([contract, "Claude's maker books three years of TPU capacity for $3 billion."])).toHaveLength(2);
    // Capacity with no sum is still data-centre capacity: an expansion stays apart from the contract.
    expect(await eventsOf([contract, 'Google Cloud adds gigawatts of data centre capacity in Ohio.'])).toHaveLength(2);
  });
});

describe('timeline acts in more words and languages', () => {
  const aws = 'AWS doubles down on Inferentia for cheap inference';
  const onSale = { title: 'Inference chips: the state of play', text: 'AWS makes Inferentia2 generally available.' };
  const teased = { title: 'Inference chips: the state of play', text: 'AWS previews Inferentia3, due in late 2026.' };

  it('should read availability, sales starting and a chip announced for a later year in Japanese and Chinese', async () => {
    // 誰でも使える, 販売開始, 所有客户均可: on sale; 開発を発表, 2026年後半の投入, 予告: told before it exists; 2世代目: the second generation.
    for (const text of ['2世代目の推論用チップを誰でも使えるように。', '第2世代の推論チップを搭載したサーバーの販売を開始。', '第二代推理芯片所有客户均可租用。']) {
      const events = await eventsInArticles([onSale, teased, { title: aws, text }]);
      expect(events).toHaveLength(2);
      expect(events).toContainEqual([onSale.text, text]);
    }
    for (const text of ['3世代目の推論用チップの開発を発表、2026年後半の投入を予定。', '第三代推理芯片将于2026年底推出。']) {
      const events = await eventsInArticles([onSale, teased, { title: aws, text }]);
      expect(events).toHaveLength(2);
      expect(events).toContainEqual([teased.text, text]);
    }
    // The look-alike: another generation on sale is neither event.
    expect(await eventsInArticles([onSale, teased, { title: aws, text: '4世代目の推論用チップを誰でも使えるように。' }])).toHaveLength(3);
  });

  it('should read turning a deal down and cutting prices as acts of their own in any language', async () => {
    const refusal = "Mistral rebuffs Google's approach.";
    for (const text of ['Mistralがグーグルの出資提案を一蹴。', 'Mistral、グーグルからの買収案を袖にした。', 'Mistral谢绝了谷歌的入股提议。', "Mistral shuns Google's overture."]) {
      expect(await eventsOf([refusal, text])).toHaveLength(1);
    }
    expect(await eventsOf(['Google makes an offer for a stake in Mistral.', 'Mistralがグーグルの出資提案を一蹴。'])).toHaveLength(2);
    // A price cut and a launch of one company's models in one month are two events; a price cut said twice is one.
    const cut = 'Google Cloud slashes prices for its Gemma models in Europe.';
    expect(await eventsOf([cut, 'グーグル・クラウドが欧州向けGemmaの利用料を値下げ。'])).toHaveLength(1);
    expect(await eventsOf([cut, '谷歌云下调了欧洲Gemma模型的价格。'])).toHaveLength(1);
    expect(await eventsOf([cut, 'Google Cloud launches its Gemma models in Europe.'])).toHaveLength(2);
  });

  it('should read buying into a company and a wager as investing, and an exposure brought to a sum as a running total', async () => {
    const deal = 'Microsoft puts $2 billion into Mistral.';
    expect(await eventsOf([deal, "Nadella's company buys into the Paris model maker."])).toHaveLength(1);
    // Buying a company is acquiring it, another act.
    expect(await eventsOf([deal, "Nadella's company buys the Paris model maker."])).toHaveLength(2);
    const topUp = 'Microsoft puts a further $2 billion into Mistral.';
    expect(await eventsOf([topUp, "A second wager lifts the Xbox maker's exposure to the French AI start-up to $5 billion."])).toHaveLength(1);
    expect(await eventsOf([topUp, 'A second wager of $3 billion goes to the French AI start-up from the Xbox maker.'])).toHaveLength(2);
  });
});

describe('timeline entries naming a company, its unit and its figure in other words', () => {
  it("should know a brand's vendor, a brand's kind of product, its Chinese or Japanese maker and a backer by its town", async () => {
    expect(findEntities("The Copilot vendor's cloud platform grows.").map((e) => e.name)).toEqual(['Microsoft', 'Azure']);
    expect(findEntities('The Windows-software maker and the Xbox console owner report.').map((e) => e.name)).toEqual(['Microsoft', 'Microsoft']);
    expect(findEntities('ChatGPT的母公司与Claude的开发商').map((e) => e.name)).toEqual(['OpenAI', 'Anthropic']);
    expect(findEntities('ChatGPTの開発元が提案を退ける。').map((e) => e.name)).toEqual(['OpenAI']);
    expect(findEntities('Anthropic thanks its would-be Seattle backer.').map((e) => e.name)).toEqual(['Anthropic', 'Amazon']);
    // A town's backer is the company only where the town is its home; a product kind names no maker on its own.
    expect(findEntities('Mistral thanks its would-be Paris backer.').map((e) => e.name)).toEqual(['Mistral']);
    expect(findEntities('The software giant reports.')).toEqual([]);
    // The possessive's unit is the unit of whoever it names, or nothing where that company has no such unit.
    expect(findEntities("The iPhone maker's cloud platform grows.").map((e) => e.name)).toEqual(['Apple']);
  });

  it('should know a results entry by a hosting platform, an infrastructure unit, a growth said as a fraction or a steep upturn', async () => {
    const azure = 'Microsoft reports fiscal second-quarter results with Azure up 40%.';
    expect(await eventsOf([azure, "The Outlook software maker's hosting platform grows by two-fifths."])).toHaveLength(1);
    // Another fraction is another result.
    expect(await eventsOf([azure, "The Outlook software maker's hosting platform grows by a third."])).toHaveLength(2);
    expect(inReaderWords('Sales rose by three-quarters, costs by a half.')).toBe('Sales rose by 75%, costs by 50%.');
    const aws = 'AWS revenue growth hits its highest since 2022.';
    expect(await eventsOf([aws, "Garman's infrastructure unit posts its steepest upswing in three years."])).toHaveLength(1);
    expect(await eventsOf([aws, "Nadella's infrastructure unit posts its steepest upswing in three years."])).toHaveLength(2);
  });

  it('should read pulling the plug or scuttling as calling off, and cash for compute as an investment', async () => {
    const cancelled = 'Google cancels its $2 billion Texas data centre project.';
    expect(await eventsOf([cancelled, 'The Android owner pulls the plug on a Lone Star server-hall project.'])).toHaveLength(1);
    expect(await eventsOf([cancelled, 'The Android owner scuttles a Lone Star build before ground is broken.'])).toHaveLength(1);
    expect(await eventsOf([cancelled, 'The Android owner breaks ground on a Lone Star server-hall project.'])).toHaveLength(2);
    const refusal = "Mistral rejects Google's $5 billion investment proposal.";
    expect(await eventsOf([refusal, 'The Paris lab spurns an equity-for-chips courtship from the Android owner.'])).toHaveLength(1);
    expect(await eventsOf([refusal, 'The Paris lab spurns an equity-for-chips courtship from the Windows owner.'])).toHaveLength(2);
    expect(inReaderWords('a cash-for-capacity courtship')).toBe('a investment courtship');
    expect(inReaderWords('a chips-for-ads courtship')).toBe('a chips-for-ads courtship');
  });
});

describe('timeline entries that could be two events, and more ways of saying an act', () => {
  it('should keep an entry that names no company apart when it fits two companies\' events of the month', async () => {
    const results = ['AWS revenue growth hits its highest since 2022.', 'Azure revenue growth hits 40%, led by AI.'];
    const vague = "The cloud giant's top line grows at its fastest clip in three years.";
    expect(await eventsOf([...results, vague])).toHaveLength(3);
    // In an article about one of the two companies it is that company's.
    const events = await eventsInArticles([{ title: 'Cloud earnings roundup', text: results[0]! }, { title: 'Cloud earnings roundup', text: results[1]! }, { title: "Amazon's cloud quarter", text: vague }]);
    expect(events).toHaveLength(2);
    expect(events).toContainEqual([results[0], vague]);
  });

  it('should read walking back plans or dropping a build as calling off, customers who can now rent as availability, and no thanks as a refusal', async () => {
    const cancelled = 'Google cancels its $2 billion Texas data centre project.';
    expect(await eventsOf([cancelled, 'Google walks back plans for a Texas facility.'])).toHaveLength(1);
    expect(await eventsOf([cancelled, 'The Android owner drops its Texas build.'])).toHaveLength(1);
    // Dropping a price or a lawsuit calls off no project.
    expect(await eventsOf([cancelled, 'Google drops its Texas lawsuit.'])).toHaveLength(2);
    const onSale = 'AWS makes Inferentia2 generally available.';
    expect(await eventsOf([onSale, 'Customers can now rent time on Inferentia2 instances.'])).toHaveLength(1);
    expect(await eventsOf(['AWS previews Inferentia2, due next year.', 'Customers can now rent time on Inferentia2 instances.'])).toHaveLength(2);
    expect(await eventsOf(["Mistral rebuffs Google's approach.", "Mistral says no thanks to Google's mega-investment."])).toHaveLength(1);
  });

  it('should read a stake brought to a sum as a running total, a position in a company as investing, and a brand maker without its article', async () => {
    const topUp = 'Microsoft puts a further $2 billion into Mistral.';
    expect(await eventsOf([topUp, 'Microsoft ups its Mistral investment to $5 billion.'])).toHaveLength(1);
    expect(await eventsOf([topUp, "Microsoft's total Mistral commitment reaches $5 billion."])).toHaveLength(1);
    // An investment of a sum is that sum: another sum is another deal.
    expect(await eventsOf([topUp, 'Microsoft makes an investment of $5 billion in Mistral.'])).toHaveLength(2);
    expect(await eventsOf(['Google invests $1 billion in Anthropic.', 'Google takes minority position in Claude maker.'])).toHaveLength(1);
    expect(await eventsOf(['Google invests $1 billion in Anthropic.', 'Google takes minority position in ChatGPT maker.'])).toHaveLength(2);
  });
});

describe('timeline entries naming a product the entity model does not know', () => {
  it('should read a numbered name as a product of its own, never as any launch of its company', async () => {
    const onSale = 'AWS makes Inferentia2 generally available.';
    expect(await eventsOf([onSale, 'AWS launches Graviton5.'])).toHaveLength(2);
    expect(await eventsOf([onSale, 'AWS launches Graviton5.', 'Graviton5 reaches general availability.'])).toHaveLength(2);
    // A quarter or a fiscal year is no product: the entry joins the company's one launch of the month.
    expect(await eventsOf([onSale, 'AWS launches new inference chips to every customer in Q4.'])).toHaveLength(1);
  });
});

describe('timeline entries of aggregators that name no company by its name (issue 15, dev batches 10 and 11)', () => {
  it("should take a product in an article's title as its company's: an entry that names nothing joins that company's one launch", async () => {
    const ga = { title: 'Inference chips: the state of play', text: 'AWS makes Inferentia3 generally available to all customers.' };
    const maia = { title: 'Inference chips: the state of play', text: 'Microsoft makes Maia 200 generally available to all customers.' };
    const vague = 'Servers built on the new part finally ship to paying customers.';
    // "Amazon's second Inferentia …" is read as Inferentia2, a product of AWS: the article is about Amazon.
    expect(await eventsInArticles([ga, maia, { title: "Amazon's second Inferentia is cheap, and it wants Nvidia's customers", text: vague }])).toContainEqual([ga.text, vague]);
    // Negative control: in an article whose title names Microsoft's chip first, the entry is Microsoft's launch.
    expect(await eventsInArticles([ga, maia, { title: 'Maia 200 is here, and it wants Amazon customers', text: vague }])).toContainEqual([maia.text, vague]);
  });

  it('should read leaving preview, any paying account spinning it up and shipping to paying customers as availability, not an announcement', async () => {
    const ga = { title: 'Inference chips: the state of play', text: 'AWS makes Inferentia3 generally available.' };
    const teased = { title: 'Inference chips: the state of play', text: 'AWS previews Inferentia4, due in late 2027.' };
    const aws = 'AWS bets on cheap inference';
    for (const text of ['The newest in-house part leaves preview, and any paying account can now spin it up.', 'The new part comes out of beta.', 'Racks of the new part ship to paying customers.']) {
      const events = await eventsInArticles([ga, teased, { title: aws, text }]);
      expect(events).toContainEqual([ga.text, text]);
    }
    // Negative control: a part that enters preview is announced, not on sale.
    expect(await eventsInArticles([ga, teased, { title: aws, text: 'The next in-house part enters preview for a few customers.' }])).not.toContainEqual([ga.text, 'The next in-house part enters preview for a few customers.']);
  });

  it('should read a company named by the maker of its brand, the biggest public cloud, a town’s possessive and a chief or town in Chinese', async () => {
    expect(await eventsOf(['The maker of ChatGPT signs a $12 billion compute deal with CoreWeave.', 'OpenAI commits $12 billion to CoreWeave capacity.'])).toHaveLength(1);
    expect(await eventsOf(['The Surface maker shelves a planned Georgia data centre.', 'Microsoft cancels its Georgia data centre project.'])).toHaveLength(1);
    expect(await eventsOf(['The largest cloud provider reports its fastest growth since 2022.', 'AWS posts its quickest revenue growth in three years.'])).toHaveLength(1);
    expect(await eventsOf(["Mountain View's parent raises its capex plan to $90 billion.", 'Alphabet lifts its capital spending outlook to $90 billion.'])).toHaveLength(1);
    expect(await eventsOf(['雷德蒙德的软件巨头公布业绩，智能云增长33%。', 'Microsoft posts results with Azure up 33%.'])).toHaveLength(1);
    expect(await eventsOf(['贝索斯创办的公司重申，全年1000亿美元的建设预算不变。', 'Amazon keeps its $100 billion capex plan for the year.'])).toHaveLength(1);
    // Negative controls: the maker of another brand, a deal or several clouds, a place in the town, are no such company.
    expect(await eventsOf(['The maker of Claude signs a $12 billion compute deal with CoreWeave.', 'OpenAI commits $12 billion to CoreWeave capacity.'])).toHaveLength(2);
    expect(await eventsOf(['The biggest cloud deal of the year goes to Oracle.', 'AWS posts its quickest revenue growth in three years.'])).toHaveLength(2);
    expect(findEntities('The largest cloud providers all raised capex.')).toEqual([]);
    expect(findEntities("A campus in Mountain View's north opens.").map((e) => e.name)).toEqual([]);
  });

  it('should read a pace of growth however said, beating estimates as results, and a company’s bare percentage as its growth', async () => {
    const results = 'Oracle reports its quickest cloud revenue growth in a decade.';
    for (const text of ['Oracle says demand lifted its cloud arm at the fastest clip in ten years.', 'Oracle’s hosting business hits a year-over-year pace it had not seen since 2015.', 'Oracle logs a quarter of acceleration.', 'Oracle tops Wall Street estimates for its cloud business.', "Oracle's cloud unit clocks 52% in the quarter."]) {
      expect(await eventsOf([results, text])).toHaveLength(1);
    }
    // Negative controls: another company's pace, a share of staff, a stake, and AI acceleration are no results of Oracle.
    expect(await eventsOf([results, "Google's cloud unit clocks 52% in the quarter."])).toHaveLength(2);
    expect(await eventsOf([results, 'Oracle lays off 10% of its cloud staff.'])).toHaveLength(2);
    expect(await eventsOf([results, 'Oracle takes a 5% stake in Cohere.'])).toHaveLength(2);
    expect(await eventsOf([results, 'Oracle touts AI acceleration for every database.'])).toHaveLength(2);
  });

  it("should read a build-out's tab or budget and money poured into servers and sites as capital spending, in English and Chinese", async () => {
    const plan = 'Meta lifts its capex plan for the year.';
    expect(await eventsOf([plan, 'META tells investors its 2026 infrastructure tab will climb sharply.'])).toHaveLength(1);
    expect(await eventsOf(['Meta keeps its $70 billion capex plan.', 'Meta says it will pour as much as $70 billion into servers and sites this year.'])).toHaveLength(1);
    expect(await eventsOf(['Meta keeps its $70 billion capex plan.', 'Meta把全年基建预算定在700亿美元上下。'])).toHaveLength(1);
    // Negative controls: money poured into a company is an investment, another sum another plan, and investors are no investing.
    expect(await eventsOf(['Meta keeps its $70 billion capex plan.', 'Meta says it will pour $7 billion into Scale AI.'])).toHaveLength(2);
    expect(await eventsOf(['Meta keeps its $70 billion capex plan.', 'Meta把全年基建预算定在600亿美元上下。'])).toHaveLength(2);
    expect(await eventsOf(['Meta keeps its $70 billion capex plan.', 'Meta向投资者重申，全年建设预算不变。'])).toHaveLength(1);
  });

  it('should let entries in two languages that share no word meet on one sum of money', async () => {
    const english = 'Amazon sticks to its $200 billion plan for the year.';
    expect(await eventsOf([english, '该公司重申，两千亿美元的全年预算保持不变。'])).toHaveLength(1);
    expect(await eventsOf([english, '该公司重申，一千亿美元的全年预算保持不变。'])).toHaveLength(2);
  });

  it('should read "thanks but no thanks" as a refusal, a pact as a deal, and a capacity pact as no measure of capacity', async () => {
    const refusal = "Mistral rejects Microsoft's $10 billion approach.";
    expect(await eventsInArticles([{ title: 'Week in AI', text: refusal }, { title: 'Week in AI', text: 'Mistral says thanks but no thanks to a suitor from Redmond.' }])).toHaveLength(1);
    expect(await eventsInArticles([{ title: 'Week in AI', text: refusal }, { title: 'Week in AI', text: 'Mistral says thanks to Microsoft for its backing.' }])).toHaveLength(2);
    const deal = 'OpenAI signs a $20 billion compute contract with Oracle.';
    expect(await eventsOf([deal, 'The maker of GPT-5 inks a multiyear capacity pact with Oracle.'])).toHaveLength(1);
    // Negative control: capacity that a company adds is a measure of its own.
    expect(await eventsOf([deal, 'Oracle adds 2 GW of capacity for OpenAI.'])).toHaveLength(2);
  });

  it('should let only figures of one kind disagree, and read a multiple as the rise it makes', async () => {
    const plan = 'Meta lifts its capex plan to $140 billion.';
    // A sum and a multiple measure two things: "doubles" does not deny $140 billion.
    expect(await eventsOf([plan, 'Meta will double its capex this year, up 2x.'])).toHaveLength(1);
    expect(await eventsOf(['Meta doubles its capex plan (2x).', 'Meta capex plan up 100% for the year.'])).toHaveLength(1);
    // Negative controls: two multiples, or a multiple and another rise, still disagree.
    expect(await eventsOf(['Meta doubles its capex plan (2x).', 'Meta triples its capex plan (3x).'])).toHaveLength(2);
    expect(await eventsOf(['Meta doubles its capex plan (2x).', 'Meta capex plan up 40% for the year.'])).toHaveLength(2);
  });

  it("should read a company's own 投入 that changes as its spending, the company behind a brand, a re-acceleration as growth and a wave-off as a refusal", async () => {
    expect(await eventsOf(['Meta raises its capex plan for the year.', 'Meta宣布今年投入将较去年增加三成。'])).toHaveLength(1);
    expect(await eventsOf(['Meta raises its capex plan for the year.', '搜索巨头的母公司宣布今年投入将较去年翻一番。'])).toHaveLength(2);
    expect(await eventsOf(['Alphabet raises its capex plan for the year.', '搜索巨头的母公司宣布今年投入将较去年翻一番。'])).toHaveLength(1);
    expect(await eventsOf(['Oracle posts its quickest cloud revenue growth in a decade.', "Oracle's cloud business re-accelerates."])).toHaveLength(1);
    expect(await eventsOf(["OpenAI rejects Oracle's $20 billion approach.", "The company behind ChatGPT waves off Oracle's $20 billion approach."])).toHaveLength(1);
    expect(await eventsOf(["Meta keeps its capex plan for the year.", "Menlo Park's capex plan for the year stays put."])).toHaveLength(1);
    // Negative controls: money put into another company (向…投入) is an investment; the company behind Claude is not OpenAI; an accelerator is no growth.
    expect(await eventsOf(['Meta raises its capex plan for the year.', 'Meta向Scale AI投入将超过140亿美元。'])).toHaveLength(2);
    expect(await eventsOf(["OpenAI rejects Oracle's $20 billion approach.", "The company behind Claude waves off Oracle's $20 billion approach."])).toHaveLength(2);
    expect(await eventsOf(['Oracle posts its quickest cloud revenue growth in a decade.', 'Oracle ships new accelerators.'])).toHaveLength(2);
  });

  it("should read a company's investment plan (投资计划) as its capital spending, and a Japanese line's 伸び or 成長 as its growth", async () => {
    const plan = 'Meta keeps its $70 billion capex plan for the year.';
    expect(await eventsOf([plan, 'Meta reaffirms its $70 billion investment plan.'])).toHaveLength(1);
    expect(await eventsOf([plan, 'Meta重申今年约700亿美元的投资计划不变。'])).toHaveLength(1);
    const results = 'Oracle reports its quickest cloud revenue growth in a decade.';
    expect(await eventsOf([results, 'オラクルのクラウド部門が約10年ぶりの高い伸びを記録。'])).toHaveLength(1);
    // Negative controls: an investment in a company stays a deal, and another company's growth another result.
    expect(await eventsOf([plan, 'Meta makes a $70 billion investment in Scale AI.'])).toHaveLength(2);
    expect(await eventsOf([results, 'グーグルのクラウド部門が約10年ぶりの高い伸びを記録。'])).toHaveLength(2);
  });

  it("should read a product's maker as its company, a best quarter as results, a chip rentable by every customer as on sale and a first look as an announcement", async () => {
    const results = 'Nvidia reports record quarterly data-centre revenue.';
    expect(await eventsOf([results, 'The Blackwell designer posts its best quarter ever.'])).toHaveLength(1);
    expect(await eventsOf(['Oracle reports its quickest cloud revenue growth in a decade.', 'Oracle logs its strongest quarter in ten years.'])).toHaveLength(1);
    const ga = { title: 'Inference chips: the state of play', text: 'AWS makes Inferentia3 generally available.' };
    const teased = { title: 'Inference chips: the state of play', text: 'AWS previews Inferentia4, due in late 2027.' };
    const aws = 'AWS bets on cheap inference';
    expect(await eventsInArticles([ga, teased, { title: aws, text: 'Third-gen inference silicon is now rentable by every AWS customer.' }])).toHaveLength(2);
    expect(await eventsInArticles([ga, teased, { title: aws, text: 'Engineers give an early look at a fourth Inferentia.' }])).toContainEqual([teased.text, 'Engineers give an early look at a fourth Inferentia.']);
    // Negative controls: the maker of another company's chip is that company; a chip rentable by a few is not on sale to all.
    expect(await eventsOf([results, 'The Trainium maker posts its best quarter ever.'])).toHaveLength(2);
    expect(await eventsInArticles([ga, teased, { title: aws, text: 'Third-gen inference silicon is rentable by a few design partners.' }])).toHaveLength(3);
  });

  it("should read a line whose subject is a kind of company alone as its article's company, only where that company is of that kind", async () => {
    // An outlet that names only the investor, and one that names only the start-up, agree only if the line's subject is the investor.
    const deal = { title: 'Week in AI', text: 'Amazon puts another $4 billion into the San Francisco lab.' };
    const retailer = 'The retailer writes Anthropic a second four-billion-dollar cheque.';
    expect(await eventsInArticles([deal, { title: 'Amazon doubles down on Claude', text: retailer }])).toHaveLength(1);
    // Negative controls: in a chipmaker's story "the retailer" is no one named; in Amazon's, "the chipmaker" is not Amazon.
    expect(await eventsInArticles([deal, { title: 'Nvidia doubles down on Claude', text: retailer }])).toHaveLength(2);
    expect(await eventsInArticles([deal, { title: 'Amazon doubles down on Claude', text: 'The chipmaker writes Anthropic a second four-billion-dollar cheque.' }])).toHaveLength(2);
  });

  it('should read the company of that kind that a title names among several, and "doubles its bet on" as an investment', async () => {
    const deal = { title: 'Week in AI', text: 'Amazon puts another $4 billion into Anthropic.' };
    const bet = 'The retailer doubles its bet on the San Francisco lab.';
    expect(await eventsInArticles([deal, { title: "Meta passes on Amazon's cloud, Anthropic takes it", text: bet }])).toHaveLength(1);
    // Negative control: a title that names no retailer leaves "the retailer" no one named.
    expect(await eventsInArticles([deal, { title: 'Meta passes on Google, Anthropic does not', text: bet }])).toHaveLength(2);
  });

  it('should read walking away from a planned project as calling it off, and walking away from an offer as no cancellation', async () => {
    expect(await eventsOf(['Meta walks away from a proposed $2 billion data centre in Spain.', 'Meta scraps its $2 billion Spanish data centre.'])).toHaveLength(1);
    expect(await eventsOf(['Redmond walks away from a planned server campus in Georgia.', 'Microsoft cancels a $1 billion Georgia data centre project.'])).toHaveLength(1);
    // Negative control: a plan and walking away from it in one month are two events.
    expect(await eventsOf(['Meta walks away from a planned data centre in Spain.', 'Meta plans a data centre in Spain.'])).toHaveLength(2);
  });

  it('should read a record quarter named by its month or business as results, a budget named by its year as capital spending, and 最快的季度增长 as growth', async () => {
    expect(await eventsOf(['Oracle reports a record November quarter for its cloud arm.', 'Oracle posts results with cloud revenue up 52%.'])).toHaveLength(1);
    expect(await eventsOf(['The database giant clocks its best cloud quarter in a decade.', "Oracle's quarterly report shows cloud sales climbing 52%."])).toHaveLength(1);
    expect(await eventsOf(["Meta sets out a 2027 budget far above this year's.", 'Meta raises its capital spending plan for 2027.'])).toHaveLength(1);
    expect(await eventsOf(['甲骨文云业务录得十年来最快的季度增长。', "Oracle's quarterly report shows cloud sales climbing 52%."])).toHaveLength(1);
    // Negative controls: another company's record quarter or growth, and a budget beside a company's results.
    expect(await eventsOf(['Oracle reports a record November quarter.', 'Google reports a record November quarter.'])).toHaveLength(2);
    expect(await eventsOf(["Meta sets out a 2027 budget far above this year's.", 'Meta reports record quarterly revenue.'])).toHaveLength(2);
    expect(await eventsOf(['甲骨文云业务录得十年来最快的季度增长。', '微软云业务录得十年来最快的季度增长。'])).toHaveLength(2);
  });

  it('should read "for general use" as on sale and a cameo as a first look, and know a product abbreviated with its generation', async () => {
    expect(await eventsOf(['Inferentia3 instances open for general use.', 'AWS previews Inferentia3.'])).toHaveLength(2);
    expect(await eventsOf(['Inferentia3 instances open for general use.', 'AWS makes Inferentia3 generally available.'])).toHaveLength(1);
    expect(await eventsOf(['A Trn4 preview closes the keynote.', 'AWS previews Trainium4.'])).toHaveLength(1);
    expect(await eventsOf(['A Trn4 preview closes the keynote.', 'AWS previews Trainium3.'])).toHaveLength(2);
    // A generation said alone joins the one event of its article's company that names its product: the product names its company.
    const chips = "Amazon's chip week";
    const teased = { title: 'Week in AI', text: 'A Trn4 preview closes the keynote.' };
    const sold = { title: 'Week in AI', text: 'Trainium3 racks reach every AWS customer.' };
    expect(await eventsInArticles([teased, sold, { title: chips, text: 'A fourth-generation design makes a cameo at the same show.' }])).toContainEqual([teased.text, 'A fourth-generation design makes a cameo at the same show.']);
    // Negative control: a third-generation cameo is no look at the fourth generation.
    expect(await eventsInArticles([teased, sold, { title: chips, text: 'A third-generation design makes a cameo at the same show.' }])).toHaveLength(3);
  });

  it('should read a commitment with a party, or 签下 a contract, as an agreement, and a commitment with more money as an investment', async () => {
    expect(await eventsOf(['Reports tie Meta to a giant compute commitment with the database company.', 'Meta signs a $20 billion cloud deal with Oracle.'])).toHaveLength(1);
    expect(await eventsOf(['Meta与甲骨文签下五年云计算合同。', 'Meta signs a five-year cloud deal with Oracle.'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft doubles its Mistral commitment with another $2 billion.', 'Microsoft puts a further $2 billion into Mistral.'])).toHaveLength(1);
    // Negative controls: another party is another deal.
    expect(await eventsOf(['Meta与甲骨文签下五年云计算合同。', 'Meta与谷歌签下云计算合同。'])).toHaveLength(2);
    expect(await eventsOf(['Reports tie Meta to a giant compute commitment with the database company.', 'Meta signs a $20 billion cloud deal with Google.'])).toHaveLength(2);
  });

  it("should read one deal of the same two parties told by its signing and by what it is as one event, and a refusal as another", async () => {
    expect(await eventsOf(['Meta与甲骨文签下五年算力合同。', "Oracle lands a five-year deal with Instagram's parent."])).toHaveLength(1);
    // Negative controls: another party is another deal; turning a deal down is not signing it.
    expect(await eventsOf(['Meta与甲骨文签下五年算力合同。', 'Google lands a five-year deal with Meta.'])).toHaveLength(2);
    expect(await eventsOf(['Mistral turns down a deal with Microsoft.', 'Mistral signs a deal with Microsoft.'])).toHaveLength(2);
  });

  it('should read a business keeping pace with or outgrowing a rival as its results, not where its spending keeps pace', async () => {
    const results = "Oracle's quarterly report shows cloud sales climbing 52%.";
    expect(await eventsOf([results, "The database giant's cloud arm keeps pace with its bigger rivals this reporting season."])).toHaveLength(1);
    expect(await eventsOf([results, 'Oracle outgrows every larger cloud in the quarter.'])).toHaveLength(1);
    // Negative controls: spending that keeps pace is spending; another company keeping pace is its own results.
    expect(await eventsOf([results, "Oracle keeps pace with rivals' capital spending."])).toHaveLength(2);
    expect(await eventsOf([results, "Google's cloud arm keeps pace with its bigger rivals this reporting season."])).toHaveLength(2);
  });

  it('should read a growth rate "near" a figure as about it', async () => {
    expect(await eventsOf(["Microsoft's quarterly report shows Azure holding near 40%.", 'Microsoft posts results with Azure up 39%.'])).toHaveLength(1);
    // Negative control: near 40% is not 33%.
    expect(await eventsOf(["Microsoft's quarterly report shows Azure holding near 40%.", 'Microsoft posts results with Azure up 33%.'])).toHaveLength(2);
  });

  it('should read results in more words: 财报 and 決算 alone, blowing past estimates, a business that speeds up, and a stake raised to a sum in Japanese as a running total', async () => {
    const results = 'Oracle posts results with cloud revenue up 52%.';
    expect(await eventsOf([results, '甲骨文公布第二财季财报，云业务表现亮眼。'])).toHaveLength(1);
    expect(await eventsOf([results, 'オラクルが9〜11月期決算を発表。'])).toHaveLength(1);
    expect(await eventsOf([results, 'Oracle blows past estimates again.'])).toHaveLength(1);
    expect(await eventsOf([results, "Oracle's cloud arm speeds up for a third straight quarter."])).toHaveLength(1);
    const topUp = 'Microsoft puts a further $2 billion into Mistral.';
    expect(await eventsOf([topUp, 'マイクロソフト、ミストラルへの出資を50億ドルに拡大。'])).toHaveLength(1);
    // Negative controls: results that report capex are about capex; spending that speeds up is spending; a stake raised by another sum is another top-up.
    expect(await eventsOf([results, '甲骨文公布财报，资本开支创新高。'])).toHaveLength(2);
    expect(await eventsOf([results, "Oracle's data-centre build-out speeds up."])).toHaveLength(2);
    expect(await eventsOf([topUp, 'マイクロソフト、ミストラルに30億ドルを追加出資。'])).toHaveLength(2);
  });

  it('should read going live and 辞退 as the acts they are', async () => {
    expect(await eventsOf(['Inferentia3 instances go live.', 'AWS previews Inferentia3.'])).toHaveLength(2);
    expect(await eventsOf(['Inferentia3 instances go live.', 'AWS makes Inferentia3 generally available.'])).toHaveLength(1);
    expect(await eventsOf(['ミストラル、マイクロソフトからの出資打診を辞退。', 'Mistral turns down an investment from Microsoft.'])).toHaveLength(1);
    // Negative control: declining an investment is not taking it.
    expect(await eventsOf(['ミストラル、マイクロソフトからの出資打診を辞退。', 'Microsoft invests in Mistral.'])).toHaveLength(2);
  });

  it('should read growing the fastest, growing on demand, accelerating and beating on a business as results, and "the third" chip of a family as its generation', async () => {
    const results = 'Oracle posts results with cloud revenue up 52%.';
    expect(await eventsOf([results, "Oracle's cloud unit grows the fastest in a decade."])).toHaveLength(1);
    expect(await eventsOf([results, "Oracle's cloud segment grows on AI demand."])).toHaveLength(1);
    expect(await eventsOf([results, "The database giant's cloud arm accelerates again."])).toHaveLength(1);
    expect(await eventsOf([results, 'Oracle beats on cloud.'])).toHaveLength(1);
    expect(await eventsOf(['The third Inferentia ships to customers.', 'AWS launches Inferentia3.'])).toHaveLength(1);
    // Negative controls: growing a footprint, accelerating a build-out, an accelerator and another generation are no results of the same event.
    expect(await eventsOf([results, 'Oracle grows its data-centre footprint in Japan.'])).toHaveLength(2);
    expect(await eventsOf([results, 'Oracle accelerates its data-centre build-out.'])).toHaveLength(2);
    expect(await eventsOf(['The second Inferentia ships to customers.', 'AWS launches Inferentia3.'])).toHaveLength(2);
  });

  it('should read a bet raised to a sum as a running total', async () => {
    const topUp = 'Microsoft puts a further $2 billion into Mistral.';
    expect(await eventsOf([topUp, 'Microsoft boosts its Mistral bet to $5 billion.'])).toHaveLength(1);
    // Negative control: another sum put in is another top-up.
    expect(await eventsOf([topUp, 'Microsoft puts another $3 billion into its Mistral bet.'])).toHaveLength(2);
  });

  it('should read 向…说不 as turning a deal down and トレイニアム with its number as that generation', async () => {
    expect(await eventsOf(['Mistral向微软说不。', 'Mistral turns down an investment from Microsoft.'])).toHaveLength(1);
    expect(await eventsOf(['トレーニアム2搭載インスタンスの一般提供を開始。', 'AWS makes Trainium2 generally available.'])).toHaveLength(1);
    // Negative controls: saying no to no one is no refusal of this deal; another generation is another chip.
    expect(await eventsOf(['Mistral向微软说不。', 'Microsoft invests in Mistral.'])).toHaveLength(2);
    expect(await eventsOf(['トレーニアム2搭載インスタンスの一般提供を開始。', 'AWS makes Trainium3 generally available.'])).toHaveLength(2);
  });

  it("should read a company's valuation as no sum of its round, and a deal for a count of chips as about chips", async () => {
    const round = 'Mistral closes a €2 billion Series D.';
    expect(await eventsOf([round, 'Mistral raises €2 billion at a €40 billion valuation.'])).toHaveLength(1);
    expect(await eventsOf([round, 'Mistral is now worth €40 billion after its latest round.'])).toHaveLength(1);
    expect(await eventsOf(['Meta agrees to use up to 500,000 Google TPUs.', 'Meta signs a deal for up to 500,000 Google TPUs.'])).toHaveLength(1);
    // Negative controls: a round of another sum is another round; a deal worth a sum is that deal's sum; chips of another supplier are another deal.
    expect(await eventsOf([round, 'Mistral raises €5 billion at a €40 billion valuation.'])).toHaveLength(2);
    expect(await eventsOf(['Meta signs a compute deal worth $10 billion with Google.', 'Meta signs a $30 billion compute deal with Google.'])).toHaveLength(2);
    expect(await eventsOf(['Meta agrees to use up to 500,000 Google TPUs.', 'Meta signs a deal for up to 500,000 Trainium chips with Amazon.'])).toHaveLength(2);
  });

  it('should read landing or striking a deal as making one, and two valuations far apart as two events', async () => {
    expect(await eventsOf(['Oracle lands a five-year deal with Instagram\'s parent.', 'Meta commits $20 billion over five years to Oracle.'])).toHaveLength(1);
    expect(await eventsOf(['OpenAI is now worth $500 billion.', "OpenAI's valuation reaches $500 billion in a share sale."])).toHaveLength(1);
    // Negative controls: turning a deal down is not landing it; another valuation is another round.
    expect(await eventsOf(['Oracle lands a five-year deal with Instagram\'s parent.', 'Meta turns down a deal with Oracle.'])).toHaveLength(2);
    expect(await eventsOf(['OpenAI is now worth $500 billion.', "OpenAI's valuation reaches $300 billion in a share sale."])).toHaveLength(2);
  });

  it("should read a quarter's report or its month-named results as results, and keep its capex plan of the month apart", async () => {
    const results = 'Oracle posts results with cloud revenue up 52%.';
    expect(await eventsOf([results, "Oracle's November-quarter report puts its cloud unit ahead of forecasts."])).toHaveLength(1);
    expect(await eventsOf([results, 'Oracle reports its November-quarter results.'])).toHaveLength(1);
    expect(await eventsOf([results, "Oracle's fiscal second-quarter report comes out after the bell."])).toHaveLength(1);
    // Negative controls: the same company's spending plan of the month, and a report that names its capital spending, are no results.
    expect(await eventsOf(['Oracle reports its November-quarter results.', 'Oracle sets out a bigger infrastructure budget for the year.'])).toHaveLength(2);
    expect(await eventsOf([results, "Oracle's quarterly report shows capital spending doubling."])).toHaveLength(2);
  });

  it('should read building costs and an investment blueprint as capital spending', async () => {
    const capex = "Alphabet's capital spending climbs sharply in the second quarter.";
    expect(await eventsOf([capex, 'Alphabet reports second-quarter construction costs well above last year.'])).toHaveLength(1);
    expect(await eventsOf(['甲骨文公布本年度约五百亿美元的投资蓝图。', 'Oracle sets its capital spending plan at $50 billion for the year.'])).toHaveLength(1);
    // Negative controls: its revenue, told with no quarter, is no spending; money put into another company is no spending plan.
    // (Its revenue told as the same quarter's is its report's news, one event: timelineEvents17.test.ts.)
    expect(await eventsOf([capex, 'Alphabet reports revenue well above last year.'])).toHaveLength(2);
    expect(await eventsOf(['甲骨文公布本年度约五百亿美元的投资蓝图。', 'Oracle invests $50 billion in a chip start-up, Cerebras.'])).toHaveLength(2);
  });

  it('should read the sharpest yearly jump and matching that pace as growth, and Seattle\'s hyperscaler as AWS', async () => {
    const results = 'Oracle posts results with cloud revenue up 52%.';
    expect(await eventsOf([results, "Oracle's cloud arm posts its sharpest year-on-year jump in a decade."])).toHaveLength(1);
    expect(await eventsOf(['Microsoft posts results with Azure up 39%.', "Microsoft's cloud platform matches that pace in its quarterly report."])).toHaveLength(1);
    expect(await eventsOf(['AWS posts results with revenue up 25%.', "Seattle's hyperscaler logs its briskest expansion since 2021."])).toHaveLength(1);
    // Negative controls: the stock's jump is no result; a town's pension fund is no company.
    expect(await eventsOf([results, 'Oracle shares post their sharpest jump in a decade.'])).toHaveLength(2);
    expect(findEntities(inReaderWords("Seattle's pension fund logs its best year since 2021."))).toEqual([]);
  });

  it('should read dropping a planned server farm as calling it off', async () => {
    expect(await eventsOf(['Meta drops a planned server farm in Texas.', 'Meta calls off a $2 billion data centre project in Texas.'])).toHaveLength(1);
    // Negative control: opening one is not calling it off.
    expect(await eventsOf(['Meta opens a server farm in Texas.', 'Meta calls off a $2 billion data centre project in Texas.'])).toHaveLength(2);
  });

  it("should read an arrangement with a party as a deal, and a model family's developer and a backer's lab as their companies", async () => {
    const deal = 'Anthropic signs a five-year compute contract with Google.';
    expect(await eventsOf([deal, 'Anthropic commits to a multiyear chip arrangement with Google.'])).toHaveLength(1);
    expect(await eventsOf([deal, 'Claude系列模型的开发者与谷歌签下为期五年的算力合约。'])).toHaveLength(1);
    expect(await eventsOf([deal, 'The developer of the Claude models signs a compute contract with Google.'])).toHaveLength(1);
    expect(await eventsOf(['Anthropic turns down an investment proposal from Meta.', 'The Amazon-backed lab rebuffs a funding approach from Meta.'])).toHaveLength(1);
    // Negative controls: its refusal of another's offer in the month is no deal; another family's developer is another company;
    // a lab's refusal is not its backer's.
    expect(await eventsOf(['Anthropic commits to a multiyear chip arrangement with Google.', "Anthropic turns down Google's investment proposal."])).toHaveLength(2);
    expect(await eventsOf([deal, 'GPT系列模型的开发者与谷歌签下为期五年的算力合约。'])).toHaveLength(2);
    expect(await eventsOf(['Amazon rebuffs a funding approach from Meta.', 'The Amazon-backed lab rebuffs a funding approach from Meta.'])).toHaveLength(2);
  });

  it("should keep apart an entry naming two companies that could be either's results of the month", async () => {
    const both = ['Microsoft posts results with Azure up 39%.', 'AWS posts results with revenue up 28%.'];
    expect(await eventsOf([...both, 'Amazon and Microsoft both report their results.'])).toHaveLength(3);
    // Control: where only one of its companies has results that month, it is those results.
    expect(await eventsOf([both[0]!, 'Microsoft and OpenAI report their results.'])).toHaveLength(1);
  });

  it('should read an order or a purchase from a party (敲定…采购, 訂購, 発注) as a deal, and a quarter\'s 成绩单 as its results', async () => {
    const deal = 'Meta is reported to have signed a $20 billion cloud deal with Oracle.';
    expect(await eventsOf([deal, '外媒称Instagram母公司与甲骨文敲定大额云服务采购。'])).toHaveLength(1);
    expect(await eventsOf([deal, '市場盛傳 Meta 向甲骨文大舉訂購運算資源'])).toHaveLength(1);
    expect(await eventsOf([deal, 'メタ、オラクルにクラウド計算資源を発注。'])).toHaveLength(1);
    const results = 'Oracle posts results with cloud revenue up 52%.';
    expect(await eventsOf([results, '甲骨文交出9至11月成绩单。'])).toHaveLength(1);
    expect(await eventsOf([results, '甲骨文交出一季度成績單，雲端業務亮眼'])).toHaveLength(1);
    // Negative controls: an order from another supplier is another deal; turning an order down is no order; another company's report card is its own.
    expect(await eventsOf([deal, '市場盛傳 Meta 向谷歌大舉訂購運算資源'])).toHaveLength(2);
    expect(await eventsOf([deal, 'Meta拒绝了甲骨文的采购提议。'])).toHaveLength(2);
    expect(await eventsOf([results, '谷歌交出一季度成绩单。'])).toHaveLength(2);
  });
});

describe('timeline entries of dev batch 13’s kinds: a quarter’s report, a capital programme, a matched pace, a home town', () => {
  it('should read a quarter’s report, reporting a quarter by its months, a capital programme and matching a pace as the measures they are', async () => {
    expect(await eventsOf(['Oracle posts fiscal second-quarter results with cloud sales up 68%.', "Oracle's fiscal second-quarter report lands after the bell."])).toHaveLength(1);
    expect(await eventsOf(['Oracle posts fiscal second-quarter results with cloud sales up 68%.', "Catz's firm reports its September–November period; the database business beats forecasts."])).toHaveLength(1);
    expect(await eventsOf(['Meta sets a steeper capital spending budget for 2026.', 'Meta reveals its 2026 capital program will rise by half.'])).toHaveLength(1);
    expect(await eventsOf(['Google Cloud grows 34% in the quarter.', "Alphabet's cloud platform matches that pace the same week."])).toHaveLength(1);
    // Negative controls: a year's capex plan is not the quarter's report, and another company's report is another event.
    expect(await eventsOf(['Oracle posts fiscal second-quarter results with cloud sales up 68%.', 'Oracle sets its capex plan for the year.'])).toHaveLength(2);
    expect(await eventsOf(['Oracle posts fiscal second-quarter results with cloud sales up 68%.', "Microsoft's fiscal second-quarter report lands after the bell."])).toHaveLength(2);
  });

  it('should read a home town opening an entry as the company based there only in a story on that company', async () => {
    const amazon = "Amazon's data-centre bill keeps climbing";
    const entries = (title: string) => [{ title: amazon, text: 'AWS announces a $10 billion data center project in Ohio.' }, { title, text: 'Seattle picks an Ohio cornfield for a giant server campus.' }];
    expect(await eventsInArticles(entries(amazon))).toHaveLength(1);
    // Negative control: in a story on Microsoft, "Seattle" is a city, not its neighbour across the lake.
    expect(await eventsInArticles(entries("Microsoft's cloud keeps booming"))).toHaveLength(2);
  });
});

describe('timeline entries that measure one company by another (timeline12)', () => {
  it('should not make a company named only as the yardstick of another a party of its event', async () => {
    const month = ['微软云业务季度增速创两年新高。', 'Microsoft posts its fastest cloud growth in two years.'];
    // Oracle's results, measured against Microsoft's pace, are Oracle's news, not Microsoft's.
    expect(await eventsOf([...month, '甲骨文同日公布季度业绩，云业务增速与微软相同。'])).toHaveLength(2);
    expect(await eventsOf([...month, "Oracle's cloud unit reports quarterly results, growing in line with Microsoft's."])).toHaveLength(2);
    // It joins its own company's results of the month.
    expect(await eventsOf(['甲骨文同日公布季度业绩，云业务增速与微软相同。', 'Oracle posts its quarterly results.'])).toHaveLength(1);
  });

  it('should keep a company named beside another as a party when it is no yardstick', async () => {
    // 与 that says "with", not "as much as": the deal is both companies', and another party's deal stays apart.
    expect(await eventsOf(['甲骨文与微软签署云合作协议。', 'Oracle signs a cloud partnership with Microsoft.', 'Oracle signs a cloud partnership with Google.'])).toHaveLength(2);
  });
});

describe('timeline entries in other words: results, budgets, backlogs, refusals and chiefs (timeline12)', () => {
  it('should read quarterly figures, a month-span result, a brisk quarter, a sharp yearly gain and chip takings as the results they are', async () => {
    const month = ['Intel posts its quarterly results with foundry sales up 12%.'];
    expect(await eventsOf([...month, "Intel's foundry arm reports its second-quarter figures."])).toHaveLength(1);
    expect(await eventsOf([...month, "Intel's April–June results show foundry demand holding up."])).toHaveLength(1);
    expect(await eventsOf([...month, "Intel posts a record June-quarter result for its foundry business."])).toHaveLength(1);
    expect(await eventsOf([...month, "Intel's foundry arm notches its briskest quarter in five years."])).toHaveLength(1);
    expect(await eventsOf([...month, "Intel's foundry arm posts its sharpest year-over-year gain since 2021."])).toHaveLength(1);
    expect(await eventsOf(['AMD posts its quarterly results.', "AMD's quarterly server-chip takings set a high."])).toHaveLength(1);
  });

  it('should keep a month-span report that shows another measure, and a stock gain, apart from the results', async () => {
    const month = ['Intel posts its quarterly results with foundry sales up 12%.'];
    expect(await eventsOf([...month, "Intel's annual budget shows capital spending doubling."])).toHaveLength(2);
    expect(await eventsOf([...month, 'Intel shares post their sharpest gain since 2021 on a takeover rumour.'])).toHaveLength(2);
  });

  it('should read a building budget, an outlay range, money poured into halls of servers and 设施支出 as capital spending', async () => {
    const month = ['Meta sets its capital spending plan for the year.'];
    expect(await eventsOf([...month, 'Meta fixes its 2027 building budget.'])).toHaveLength(1);
    expect(await eventsOf([...month, 'Meta lays out its own 2027 outlay range.'])).toHaveLength(1);
    expect(await eventsOf([...month, 'Meta says how much it will pour into halls of servers this year.'])).toHaveLength(1);
    expect(await eventsOf([...month, 'Meta公布全年设施支出区间。'])).toHaveLength(1);
    // Money put into another company is an investment, not the budget.
    expect(await eventsOf([...month, 'Meta pours $2 billion into Scale AI.'])).toHaveLength(2);
  });

  it('should read a report whose backlog follows it (未履约合同) and contracted commitments as the backlog', async () => {
    const month = ["Oracle's contracted backlog swells again."];
    expect(await eventsOf([...month, '甲骨文公布季度业绩，未履约合同规模再创新高。'])).toHaveLength(1);
    expect(await eventsOf([...month, "Oracle's quarterly filing shows contracted commitments climbing."])).toHaveLength(1);
    // A report with no backlog after it is the results.
    expect(await eventsOf([...month, '甲骨文公布季度业绩，营收增长12%。'])).toHaveLength(2);
  });

  it('should read a refusal, doubling down with an instalment and 正式對外供貨 as the acts they are', async () => {
    expect(await eventsOf(['Mistral rejects a $5 billion approach from Microsoft.', "Mistral refuses the Redmond company's cash."])).toHaveLength(1);
    expect(await eventsOf(['Microsoft puts a further $2 billion into Mistral.', 'Microsoft doubles down on Mistral with a second instalment.'])).toHaveLength(1);
    // A refusal and an investment between the same two parties are two events.
    expect(await eventsOf(['Microsoft puts a further $2 billion into Mistral.', "Mistral refuses the Redmond company's cash."])).toHaveLength(2);
    expect(await eventsOf(['Microsoft makes Maia 200 generally available to all customers.', '微軟第二代AI晶片Maia 200正式對外供貨。'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft makes Maia 200 generally available to all customers.', 'Microsoft previews its next-generation Maia 300.'])).toHaveLength(2);
  });

  it('should read 扎克伯格 as Meta and Team Green as Nvidia, and keep other companies apart', async () => {
    expect(await eventsOf(['Meta sets its capital spending plan for the year.', '扎克伯格旗下公司公布全年资本开支计划。'])).toHaveLength(1);
    expect(await eventsOf(['Nvidia posts record data center revenue.', 'Team Green closes its fiscal year with another record for the data center segment.'])).toHaveLength(1);
    expect(await eventsOf(['AMD posts record data center revenue.', 'Team Green closes its fiscal year with another record for the data center segment.'])).toHaveLength(2);
  });
});

describe('timeline entries naming a company by its kind as sender, by its town and kind, and budgets in words (timeline12)', () => {
  /** One month's entries, each in an article whose title names `company`. */
  async function eventsIn(title: string, texts: string[]): Promise<string[][]> {
    const [base] = await loadArticles();
    const articles: Article[] = texts.map((text, i) => ({ ...base!, id: `k${i}`, file: `k${i}.txt`, title, tagline: null, timeline: [{ date: '2025-02', text, line: 1 }] }));
    return mergeTimeline(articles).events.map((e) => e.mentions.map((m) => m.text));
  }

  it("should read a cheque from the company's kind as from the company its story is about", async () => {
    // Two backers put money into the lab the same month: the retailer's cheque is Amazon's in a story on Amazon.
    const month = ['Amazon puts a further $4 billion into Anthropic.', 'Google puts a further $2 billion into Anthropic.', 'The Claude developer receives a fresh multibillion-dollar cheque from the retailer.'];
    expect(await eventsIn('Amazon deepens its bet on AI labs', month)).toHaveLength(2);
    // In a story on a chipmaker, "the retailer" is no one named: the cheque could be either backer's, and stays apart.
    expect(await eventsIn('Nvidia ships more GPUs', month)).toHaveLength(3);
  });

  it('should read the Mountain View search giant as Google, 投资指引 and a figure for months of construction as capital spending', async () => {
    expect(await eventsOf(['Google sets out a much larger capital spending plan.', 'The Mountain View search giant says its spending will jump.'])).toHaveLength(1);
    expect(await eventsOf(['Meta sets its capital spending plan for the year.', 'Meta给出全年投资指引。'])).toHaveLength(1);
    expect(await eventsOf(['Meta sets its capital spending plan for the year.', 'Meta gives analysts a figure for the next year of construction.'])).toHaveLength(1);
    // Money put into another company is an investment, whatever its guidance: it stays apart from the budget.
    expect(await eventsOf(['Meta sets its capital spending plan for the year.', 'Meta向Scale AI投资140亿美元。'])).toHaveLength(2);
  });
});
