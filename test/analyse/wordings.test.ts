import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { findEntities } from '../../src/analyse/entities.ts';
import { parsePeriod } from '../../src/analyse/periods.ts';

// Sentences written for these tests in the wordings outlets use beside the seeds': other names for
// the metrics, companies named by what they are, periods and growth bases in words, offers floated.
const context = { fallbackSubject: 'Anthropic', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) =>
  readFigures(sentence, context).map((f) => `${f.subject} ${f.metric.name}${f.counterparty ? ` ${f.counterparty}` : ''} ${f.period ?? '-'} ${f.modality} ${f.value.amount}${f.value.unit}`);
const period = (clause: string, subject: string | null = null) => parsePeriod(clause, clause, context, subject);

describe('wordings beyond the seeds', () => {
  it('should know other names of capex, backlog and revenue', () => {
    expect(read('Alphabet reported capital outlays of $40 billion in the second quarter of 2026.')).toEqual(['Google capex 2026-Q2 fact 40000000000USD']);
    expect(read('In 2025 Amazon spent $131 billion on property and equipment.')).toEqual(['Amazon capex 2025 fact 131000000000USD']);
    expect(read('AWS reported 244 billion dollars in bookings at the end of March 2026.')).toEqual(['AWS backlog 2026-Q1 fact 244000000000USD']);
    expect(read("Oracle's top line reached $15 billion in 2025.")).toEqual(['Oracle revenue 2025 fact 15000000000USD']);
  });

  it('should read a cost "as much as 40% less" as a reduction of the seller’s cost', () => {
    expect(read('Amazon says training on Trainium can cost as much as 40% less than on GPUs.')).toEqual(['AWS training cost - fact 40%']);
  });

  it('should know companies named by what they are', () => {
    const names = (text: string) => findEntities(text).map((e) => e.name);
    expect(names('The e-commerce giant and the Seattle-based company')).toEqual(['Amazon', 'Amazon']);
    expect(names('the ChatGPT maker, the Claude maker, the Google parent and the Redmond-based company')).toEqual(['OpenAI', 'Anthropic', 'Google', 'Microsoft']);
    // "The e-commerce giant floated …" in an article about Anthropic is Amazon's offer, not Anthropic's.
    expect(read('The e-commerce giant floated a $50 billion investment in OpenAI, but OpenAI declined.')).toEqual(['Amazon investment OpenAI - offer 50000000000USD']);
  });

  it('should read backlog described as contracts not yet recognised as revenue', () => {
    expect(read('The backlog, which counts signed contracts not yet recognised as revenue, rose from $200 billion at the end of September 2025.')).toEqual([
      'Anthropic backlog 2025-Q3 fact 200000000000USD',
    ]);
  });

  it('should read revenue "contracted but unrecognised" as the backlog, though its "but" breaks the clause', () => {
    expect(read('Signed but unrecognised sales at Oracle climbed to $480 billion, and its revenue was $16 billion.')).toEqual([
      'Oracle backlog - fact 480000000000USD',
      'Oracle revenue - fact 16000000000USD',
    ]);
    expect(read("Microsoft's contracted but unbilled revenue stood at $390 billion.")).toEqual(['Microsoft backlog - fact 390000000000USD']);
    // Look-alike: revenue recognised in the quarter is revenue, even where a contrast follows with "but".
    expect(read('Oracle booked revenue of $16 billion, but its margins narrowed.')).toEqual(['Oracle revenue - fact 16000000000USD']);
  });

  it('should read "projects" and "sees" before a figure as the company’s plan, not "data centre projects"', () => {
    expect(read('Amazon.com projects capital outlays of about $200 billion this year.')).toEqual(['Amazon capex 2026 plan 200000000000USD']);
    expect(read('The Seattle-based company sees spending on data centres of about $200 billion in calendar 2026.')).toEqual(['Amazon capex 2026 plan 200000000000USD']);
    expect(read('Microsoft finished two data centre projects worth $3 billion in 2025.').map((r) => r.split(' ').at(-2))).toEqual(['fact']);
  });

  it('should not give a figure to a company named as its source between commas', () => {
    expect(read('Azure revenue grew 39% in the fiscal third quarter of 2026, Microsoft said Wednesday, just below the 40% it posted in the December quarter.')).toEqual([
      'Azure revenue growth 2026-Q1 fact 39%',
      'Azure revenue growth 2025-Q4 fact 40%',
    ]);
    // A clause of its own is no attribution: Alphabet's range stays Alphabet's.
    expect(read('Amazon plans capex of roughly $200bn for 2026, Alphabet guides to $175bn–$185bn.').map((r) => r.split(' ')[0])).toEqual(['Amazon', 'Google']);
  });

  it('should read the level a moved metric reached, however far from its name', () => {
    expect(read("The cloud arm's sales climbed 28 per cent from a year ago in the first three months of the year, to $37.6bn.")).toEqual([
      'Anthropic revenue growth 2026-Q1 fact 28%',
      'Anthropic revenue 2026-Q1 fact 37600000000USD',
    ]);
  });

  it('should read money poured into infrastructure as capex, and money poured into a company as an investment', () => {
    expect(read('Amazon reaffirms plans to pour $200 billion into AI infrastructure this year.')).toEqual(['Amazon capex 2026 plan 200000000000USD']);
    expect(read('Amazon will pour $4 billion into Anthropic.')).toEqual(['Amazon investment Anthropic - plan 4000000000USD']);
  });

  it('should read what Wall Street pencilled in as a forecast, and keep the actual it is compared with a fact', () => {
    expect(read('Revenue of $37.6bn compared with the $36.9 billion Wall Street had pencilled in.').map((r) => r.split(' ').at(-2))).toEqual(['fact', 'forecast']);
  });

  it('should know more names of metrics, movements and makers', () => {
    expect(read("Amazon's capital investments reached $131 billion in 2025.")).toEqual(['Amazon capex 2025 fact 131000000000USD']);
    expect(read("Oracle's order book stood at $455 billion at the end of August 2025.")).toEqual(['Oracle backlog 2025-Q3 fact 455000000000USD']);
    expect(read('Google Cloud expanded 28% in the first quarter of 2026.')).toEqual(['Google Cloud revenue growth 2026-Q1 fact 28%']);
    expect(read("Microsoft's cloud business gained 39% in the third quarter of its fiscal year 2026.")).toEqual(['Azure revenue growth 2026-Q1 fact 39%']);
    expect(read('The ChatGPT developer turned down a $50 billion offer from Amazon.')).toEqual(['Amazon investment OpenAI - offer 50000000000USD']);
  });

  it('should read a percentage analysts expected, with no metric named, as expected growth — and a bare percentage as nothing', () => {
    expect(read('Wall Street had expected roughly 26%.')).toEqual(['Anthropic revenue growth - forecast 26%']);
    expect(read('That was ahead of the 26 per cent analysts had pencilled in.')).toEqual(['Anthropic revenue growth - forecast 26%']);
    expect(read('The figure was 26%.')).toEqual([]);
  });

  it('should read "into the company" as into the company the article is about', () => {
    expect(read('Amazon, which has put $8 billion into the company in total, is mulling whether to add more.')).toEqual(['Amazon investment Anthropic - fact 8000000000USD']);
  });

  it('should read "pitched" and "floated" as offers of a deal, never of a chip', () => {
    expect(read('Amazon pitched OpenAI on a $50 billion investment.').map((r) => r.split(' ').at(-2))).toEqual(['offer']);
    expect(read('Microsoft floated a $10 billion stake in Mistral.').map((r) => r.split(' ').at(-2))).toEqual(['offer']);
    expect(read('Trainium3 pitched at 4.4x the compute of Trainium2.').map((r) => r.split(' ').at(-2))).toEqual(['fact']);
  });

  it('should give a company’s guidance for its unit to the unit', () => {
    expect(read('Microsoft guided to Azure growth of 37% to 38% in the fiscal fourth quarter of 2026.')).toEqual(['Azure revenue growth 2026-Q2 plan 37%']);
    expect(read('Microsoft is counting on Azure growth of 37% in the April-June quarter of 2026.')).toEqual(['Azure revenue growth 2026-Q2 plan 37%']);
  });

  it('should read analysts named with their bank as a forecast', () => {
    expect(read("Analysts at Morgan Stanley expect Amazon's 2026 capital spending to reach $215 billion.")).toEqual(['Amazon capex 2026 forecast 215000000000USD']);
  });

  it('should end a hearsay cue at "after": what came before it is a fact', () => {
    expect(read('Anthropic is said to be weighing a round of $30 billion, according to a person briefed on the talks, a year after it raised $13 billion.')).toEqual([
      'Anthropic investment - rumour 30000000000USD',
      'Anthropic investment - fact 13000000000USD',
    ]);
  });

  it('should read periods counted in months, in calendar years and fiscal quarters with the year after', () => {
    expect(period('in the first three months of the year')).toBe('2026-Q1');
    expect(period('in the first three months of 2025')).toBe('2025-Q1');
    expect(period('in the last three months of 2025')).toBe('2025-Q4');
    expect(period('in the first six months of 2026')).toBe('2026-H1');
    expect(period('in calendar 2026')).toBe('2026');
    // Microsoft's fiscal second quarter of 2026 is October–December 2025.
    expect(period('in the fiscal second quarter of 2026', 'Microsoft')).toBe('2025-Q4');
    // "A year" after a span word is no rate.
    expect(period('less than a year after the round')).toBeNull();
    expect(period('$10 billion a year')).toBe('annual');
  });

  it('should not take a growth base for the figure’s period', () => {
    expect(read("The cloud arm's sales climbed 28 per cent from a year ago in the first three months of the year.")).toEqual(['Anthropic revenue growth 2026-Q1 fact 28%']);
    expect(read('AWS top line rose 28% year-on-year in the quarter ended March 31.')).toEqual(['AWS revenue growth 2026-Q1 fact 28%']);
    // A figure of the year before stays of the year before.
    expect(read('AWS grew 28% in the first quarter of 2026, against 17% in the same quarter a year earlier.')).toEqual(['AWS revenue growth 2026-Q1 fact 28%', 'AWS revenue growth 2025-Q1 fact 17%']);
  });

  it('should take "the same three months of 2025" after "from" for the base of a change, not its period', () => {
    expect(read('Google Cloud revenue rose 31% from the same three months of 2025.')).toEqual(['Google Cloud revenue growth - fact 31%']);
    expect(read('Azure sales were 35% higher than in the corresponding six months of 2025.')).toEqual(['Azure revenue growth - fact 35%']);
    // A base beside a period of its own: the period stated stands.
    expect(read('Google Cloud revenue grew 44% in the three months to March, up from the same three months of 2025.')).toEqual(['Google Cloud revenue growth 2026-Q1 fact 44%']);
    // Look-alike: a figure of those months of 2025 itself, with no change beside it, keeps that year.
    expect(read('Google Cloud revenue was $12.3 billion in the same three months of 2025.')).toEqual(['Google Cloud revenue 2025 fact 12300000000USD']);
  });

  it('should give the figure of a clause opening on "whose" to the company before it, even one named as an object', () => {
    expect(read('Most of the new money flows to Google Cloud, whose revenue rose 31% in the March quarter.')).toEqual(['Google Cloud revenue growth 2026-Q1 fact 31%']);
    expect(read('Microsoft keeps paying Oracle, whose backlog reached $510 billion at the end of May.')).toEqual(['Oracle backlog 2026-Q2 fact 510000000000USD']);
    // Look-alike: without "whose", a company named as the object of the words before is not whose figure it is.
    expect(read('Most of the new money flows to Google Cloud, and revenue rose 31% in the March quarter.')).toEqual(['Anthropic revenue growth 2026-Q1 fact 31%']);
  });

  it('should read contracts "it has yet to book as revenue" as the backlog, not an investment, and a month a company "ended … with" as its end', () => {
    expect(read('Oracle ended May with $510 billion in committed contracts that it has yet to book as revenue.')).toEqual(['Oracle backlog 2026-Q2 fact 510000000000USD']);
    expect(read('Google Cloud has $155 billion of signed contracts which Google has yet to recognise as revenue.')).toEqual(['Google Cloud backlog - fact 155000000000USD']);
    // Look-alike: money committed to a company is an investment still.
    expect(read('Microsoft has committed $10 billion to Mistral.')).toEqual(['Microsoft investment Mistral - fact 10000000000USD']);
  });
});

describe('chips promised and money for a country named by its people', () => {
  it('should count chips a maker agrees to supply or a buyer signs up for, and leave a chip of another measure alone', () => {
    expect(read('Nvidia agreed to supply more than 120,000 of its GPUs to Japanese carriers.')).toEqual(['NVIDIA chips deployed - fact 120000chips']);
    expect(read('Samsung signed up for 40,000 GPUs last year.')).toEqual(['Samsung chips deployed 2025 fact 40000chips']);
    // A supply of money is no count of chips, and a pod of chips stays the pod's.
    expect(read('Nvidia will supply $2 billion of chips to Japanese carriers.')).toEqual([]);
    expect(read('An Ironwood pod links 9,216 chips.')).toEqual(['Ironwood chips per pod - fact 9216chips']);
  });

  it('should read money for a country’s infrastructure, named by its people’s adjective, as spending there', () => {
    expect(read("Google's commitment of 4 trillion won for Korean cloud infrastructure through 2028 is on track.")).toEqual(['Google capex 2028 plan 4000000000000KRW']);
    expect(read("Oracle's pledge of $3 billion for Mexican data centres stands.")).toEqual(['Oracle capex - plan 3000000000USD']);
    // A company's name before "infrastructure" is no country: the money stays unread as spending.
    expect(read("Microsoft's $2 billion for Anthropic infrastructure")).toEqual([]);
  });
});
