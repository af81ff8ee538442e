import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { entityPatternSources, findEntities } from '../../src/analyse/entities.ts';
import { companyGroup } from '../../src/analyse/vocabulary.ts';
import { useAnalysedSeeds } from '../helpers/seedArticles.ts';

const context = { fallbackSubject: 'Amazon', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.metric.name}${f.counterparty ? ` ${f.counterparty}` : ''} ${f.value.amount}${f.value.unit}`);
const seeds = useAnalysedSeeds('entities');

describe('entity model', () => {
  it('should know a company by the names the news gives it: its brand, its home town', () => {
    const names = (text: string) => findEntities(text).map((e) => e.name);
    expect(names('The iPhone maker and the ChatGPT developer signed a deal.')).toEqual(['Apple', 'OpenAI']);
    expect(names('Cupertino answered the Mountain View company within a week.')).toEqual(['Apple', 'Google']);
    expect(names('The Seattle cloud raised prices.')).toEqual(['AWS']);
    // A town as a place is no company.
    expect(names('A campus near Redmond was sold.')).toEqual([]);
  });

  it('should read a home town after a deal word’s "from" as the company that sends the money', () => {
    const names = (text: string) => findEntities(text).map((e) => e.name);
    expect(read('The Claude maker waves off a $30bn overture from Cupertino.')).toEqual(['Apple investment Anthropic 30000000000USD']);
    expect(names('A $20bn offer from Seattle landed on the table.')).toEqual(['Amazon']);
    // Look-alikes: a town's own people and places, and a town as a place, stay no company.
    expect(names('The start-up took an investment from Seattle-based angels.')).toEqual([]);
    expect(names('It won funding from Seattle’s pension fund.')).toEqual([]);
    expect(names('The cables run from Seattle to Tokyo.')).toEqual([]);
  });


  it('should know units and products by their parents', () => {
    expect(['Trainium2', 'AWS', 'Maia', 'Azure', 'TPU', 'Google Cloud', 'H100'].map(companyGroup)).toEqual(['Amazon', 'Amazon', 'Microsoft', 'Microsoft', 'Google', 'Google', 'NVIDIA']);
    const names = (text: string, about: string | null = null) => findEntities(text, about).map((e) => e.name);
    expect(names("Amazon's cloud business and Microsoft's cloud unit")).toEqual(['AWS', 'Azure']);
    expect(names('Amazon Web Services, Microsoft Azure and Google Cloud Platform')).toEqual(['AWS', 'Azure', 'Google Cloud']);
    // Named by its role alone, a unit is the unit of the company named before it, else of the article's.
    expect(names('Microsoft said the cloud division grew.')).toEqual(['Microsoft', 'Azure']);
    expect(names('The cloud division grew.', 'Amazon')).toEqual(['AWS']);
    expect(names('The cloud division grew.')).toEqual([]);
  });

  it('should never give a unit’s revenue to its parent', () => {
    expect(read("Amazon's cloud business grew revenue 17% to $29.3 billion.")).toEqual(['AWS revenue growth 17%', 'AWS revenue 29300000000USD']);
    expect(read('Microsoft said Azure revenue grew 39%.')).toEqual(['Azure revenue growth 39%']);
  });

  it('should keep the speaker apart from the subject, and give a chip’s training cost to its unit', () => {
    expect(read('Amazon claims Trainium can deliver up to 40% lower training costs compared to equivalent NVIDIA H100 clusters.')).toEqual(['AWS training cost 40%']);
    expect(read('According to Nvidia, Blackwell delivers 4x the training performance of H100.')).toEqual(['Blackwell performance 4x']);
    // The speaker alone is the subject.
    expect(read('Amazon said it expects capex of $200 billion.')).toEqual(['Amazon capex 200000000000USD']);
  });

  it('should read a company it does not know from the sentence, never as the article’s company', () => {
    // Money invested in data centres is the company's capital spending (vocabulary.ts), still its own.
    expect(read('Reliance will invest Rs 5,000 crore in new data centres.')).toEqual(['Reliance capex 50000000000INR']);
    expect(read('Mistral raised 5 billion euros from investors.')).toEqual(['Mistral investment 5000000000EUR']);
    // A sentence opening with an ordinary word still belongs to the article's company.
    expect(read('Capital expenditures reached $18 billion.')).toEqual(['Amazon capex 18000000000USD']);
  });

  it('should let a named metric win over the verb of movement', () => {
    // A cost's percentage is how much lower it is, so a rise of 40% is -40%.
    expect(read("AWS's operating costs rose 40%.")).toEqual(['AWS operating cost -40%']);
    expect(read('Backlog rose 20% to $195 billion.')).toEqual(['Amazon backlog growth 20%', 'Amazon backlog 195000000000USD']);
  });

  it('should make article 003’s two training-cost mentions one claim about AWS', () => {
    const training = seeds.analysis.claims.filter((c) => c.metric === 'training cost');
    expect(training.map((c) => [c.subject, c.value, c.mentions.length])).toEqual([['AWS', { amount: 40, unit: '%' }, 2]]);
  });
});

describe('the entity model as compiled', () => {
  it('should keep every pattern of names under the 20 KB of source beyond which V8 stops optimising a regular expression', () => {
    const sources = entityPatternSources();
    // The names, their units' roles and their epithets are more than one such pattern holds today: they are split.
    expect(sources.reduce((n, s) => n + s.length, 0)).toBeGreaterThan(20 * 1024);
    for (const source of sources) expect(source.length).toBeLessThanOrEqual(20 * 1024);
  });

  it('should find names from every piece of the split pattern, the longest where two start together', () => {
    // A role alias ("Amazon's cloud business"), a plain name, an epithet and a Chinese name, each in another piece or not.
    expect(findEntities("Amazon's cloud business beat Microsoft, the Redmond giant, and 英伟达.").map((e) => e.name)).toEqual(['AWS', 'Microsoft', 'Microsoft', 'NVIDIA']);
  });
});

describe('a division called an arm in a headline', () => {
  it('should not read "Cloud Arm" in a title-case headline as Arm, the chip designer, and still read Arm where it is named', () => {
    expect(findEntities("Oracle's Cloud Arm Posts 52% Growth as Bookings Swell").map((e) => e.name)).not.toContain('Arm');
    expect(findEntities("Alphabet's Hosting Arm Beats Forecasts").map((e) => e.name)).not.toContain('Arm');
    // Look-alikes: Arm by its name, after its owner's possessive and beside another company, is Arm.
    expect(findEntities('Arm Holdings lifts its royalty forecast').map((e) => e.name)).toEqual(['Arm']);
    expect(findEntities("SoftBank's Arm posts record revenue").map((e) => e.name)).toContain('Arm');
    expect(findEntities('Qualcomm and Arm settle their licence dispute').map((e) => e.name)).toContain('Arm');
  });
});


describe('Microsoft’s wider cloud measures', () => {
  it('should read Microsoft Cloud and the Intelligent Cloud segment as measures of their own, not Azure', () => {
    expect(read('Microsoft Cloud revenue was $42.4 billion in the first quarter of 2026.')).toEqual(['Microsoft Cloud revenue 42400000000USD']);
    expect(read('Microsoft’s Intelligent Cloud segment posted revenue of $26.8 billion in the first quarter of 2026.')).toEqual(['Intelligent Cloud revenue 26800000000USD']);
    expect(findEntities('微軟雲（Microsoft Cloud）營收達 424 億美元').map((e) => e.name)).toEqual(['Microsoft Cloud']);
    // Look-alikes: Microsoft's cloud unit, Azure, and 微軟雲 alone stay Azure.
    expect(read('Microsoft’s cloud unit grew revenue 39% in the first quarter of 2026.')).toEqual(['Azure revenue growth 39%']);
    expect(findEntities('微軟雲營收年增39%').map((e) => e.name)).toEqual(['Azure']);
  });
});

describe('short and katakana names', () => {
  it('should know SoftBank Group as SBG and CoreWeave in katakana', () => {
    expect(findEntities('SBGによるOpenAIへの追加投資').map((e) => e.name)).toEqual(['SoftBank', 'OpenAI']);
    expect(findEntities('コアウィーブの営業利益').map((e) => e.name)).toEqual(['CoreWeave']);
    // Look-alike: letters inside a longer word are no name.
    expect(findEntities('The SBGX index rose.').map((e) => e.name)).toEqual([]);
  });
});
