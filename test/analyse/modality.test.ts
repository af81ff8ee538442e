import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { useAnalysedSeeds } from '../helpers/seedArticles.ts';

const context = { fallbackSubject: 'Amazon', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const modalities = (sentence: string) => readFigures(sentence, context).map((f) => (f.offerStatus ? `${f.modality} ${f.offerStatus}` : f.modality));
const seeds = useAnalysedSeeds('modality');

describe('modality', () => {
  it('should read offers, bids and proposals, and whether they were rejected', () => {
    expect(modalities('OpenAI rejected a $50 billion investment from Amazon.')).toEqual(['offer rejected']);
    expect(modalities('Amazon offered OpenAI $50 billion, but OpenAI turned the proposal down.')).toEqual(['offer']);
    expect(modalities('The $50 billion offer to OpenAI was rejected, but the door remains open.')).toEqual(['offer rejected']);
    // A chip that "offers" better performance makes no offer: offers are deals.
    expect(modalities('AWS Trainium2 chips offer up to 4x better performance-per-watt.')).toEqual(['fact']);
  });

  it('should read a project dropped or pulled with its sum inside the phrase as called off', () => {
    expect(modalities('Meta also dropped a $2 billion campus in Texas after residents objected.')).toEqual(['cancelled']);
    expect(modalities('Oracle pulled its $3 billion project in Ohio after the county objected.')).toEqual(['cancelled']);
    // Negative control: money dropped on a project is spent, not called off.
    expect(modalities('Meta dropped $2 billion on a campus in Texas last year.')).not.toContain('cancelled');
  });

  it('should tell a company’s plan from analysts’ forecast, hearsay and a cancelled deal', () => {
    expect(modalities('Amazon expects capital expenditures of about $200 billion in 2026.')).toEqual(['plan']);
    expect(modalities('Analysts expect AWS revenue of $33 billion in the second quarter.')).toEqual(['forecast']);
    expect(modalities('Amazon is reportedly in talks to invest $10 billion in OpenAI, according to people familiar with the matter.')).toEqual(['rumour']);
    expect(modalities('Microsoft scrapped a $3.3 billion data center project in Wisconsin.')).toEqual(['cancelled']);
    expect(modalities('AWS revenue rose 17% to $29.3 billion in the first quarter.')).toEqual(['fact', 'fact']);
    // What a company will do is its plan, whatever the verb: "will expand … to up to 500,000 chips".
    expect(modalities('Meta will expand its use of AMD accelerators to up to 500,000 chips in 2027.')).toEqual(['plan']);
  });

  it('should read a quotation an analyst is credited with as a forecast, a question as hearsay, and what a company agreed to do as its plan', () => {
    expect(modalities('"We see Azure growth landing near 41% by the second quarter," wrote Jefferies analyst Brent Thill.')).toEqual(['forecast']);
    expect(modalities('“Google Cloud can hold 30% growth through 2027,” said Bernstein analyst Mark Shmulik.')).toEqual(['forecast']);
    // A company's own quotation stays what it says.
    expect(modalities('"Our cloud revenue grew 33% in the quarter," Microsoft chief executive Satya Nadella said.')).toEqual(['fact']);
    expect(modalities('Is Oracle really sitting on $500 billion of bookings? The company reported $455 billion.')).toEqual(['rumour', 'fact']);
    expect(modalities('甲骨文未履约订单超5000亿美元？公司公布为4550亿美元。')).toEqual(['rumour', 'fact']);
    expect(modalities('Meta has agreed to buy up to 400,000 Nvidia GPUs.')).toEqual(['plan']);
    // Posts on social media are hearsay; a company that "posts" a figure reports it.
    expect(modalities('A viral thread on X put Oracle’s backlog at $600 billion.')).toEqual(['rumour']);
    expect(modalities('Several bloggers have claimed that Azure grew 45% last quarter.')).toEqual(['rumour']);
    expect(modalities('Oracle posts a backlog of $455 billion.')).toEqual(['fact']);
    // Spending over the years to come is planned; a past start date says nothing of the future.
    expect(modalities('Microsoft will spend $80 billion over the next three years.')).toEqual(['plan']);
    expect(modalities('Amazon invested $4 billion in Anthropic starting in 2023.')).toEqual(['fact']);
    // Money committed to build something is yet to be spent; money committed to a company is invested.
    expect(modalities('Google has committed $25 billion to build data centres in the PJM grid region.')).toEqual(['plan']);
    expect(modalities('Google has committed $2 billion to Anthropic.')).toEqual(['fact']);
    // A plan's cue ends where another figure is set against it.
    expect(modalities("Meta's capex plan for 2026 is about $115 billion, against $72 billion spent in 2025.")).toEqual(['plan', 'fact']);
  });

  it('should keep a cue to its own clause: a fact beside a plan stays a fact', () => {
    expect(modalities('AWS reported revenue of $29.3 billion, but Amazon expects capex of $200 billion next year.')).toEqual(['fact', 'plan']);
  });

  it('should state the seeds’ $50B as Amazon’s rejected offer to OpenAI and the $200B as a plan, every mention kept', () => {
    const offer = seeds.analysis.claims.filter((c) => c.metric === 'investment' && c.subject === 'Amazon' && c.value?.amount === 50e9);
    expect(offer.map((c) => [c.statement, c.modality, c.offerStatus, c.mentions.length])).toEqual([['Amazon offer to OpenAI: $50B (rejected)', 'offer', 'rejected', 6]]);
    const capex = seeds.analysis.claims.filter((c) => c.metric === 'capex' && c.subject === 'Amazon' && c.value?.amount === 200e9);
    expect(capex.map((c) => [c.statement, c.modality, c.mentions.length])).toEqual([['Amazon capex plan: $200B', 'plan', 6]]);
    // No claim is stated as a fact of an investment in OpenAI by Amazon.
    expect(seeds.analysis.claims.filter((c) => c.key.startsWith('fact|amazon|investment:openai'))).toEqual([]);
  });

  it('should never merge or oppose claims of different modality', () => {
    for (const conflict of seeds.analysis.conflicts) {
      const claims = conflict.claims.map((id) => seeds.analysis.claims.find((c) => c.id === id)!);
      expect(new Set(claims.map((c) => c.modality)).size).toBe(1);
    }
    for (const claim of seeds.analysis.claims) expect(claim.key.split('|')[0]).toBe(claim.modality);
  });
});
