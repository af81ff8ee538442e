/**
 * `npm run compare-nlp`: reads the figures of financial-news phrases with Digest's own
 * reader (`findValues`, on the sentence made plain as the analysis does) and with compromise, a maintained library for reading English
 * (its numbers view), against the answers written below, and prints
 * how many each gets right, what each misses, and what compromise costs to load and
 * per sentence. Issue 15 asked whether such a library reads better than the
 * hand-written tables; this is the measurement behind the README's answer.
 */
import { performance } from 'node:perf_hooks';
import { findValues } from '../src/analyse/parseValue.ts';
import { plainText } from '../src/analyse/extractClaims.ts';

interface Case {
  text: string;
  /** The first figure a careful reader takes from the text: amount in units (dollars, not billions) and unit. */
  amount: number;
  unit: 'USD' | '%' | 'chips' | 'x';
}

/** Phrases in the wordings of the news the reader meets; each answer is what the phrase says, written by hand. */
const CASES: Case[] = [
  { text: 'AWS revenue grew twenty-eight percent from a year earlier', amount: 28, unit: '%' },
  { text: 'a backlog of two hundred forty-four billion dollars', amount: 244e9, unit: 'USD' },
  { text: 'capital spending of forty-three point two billion dollars including finance leases', amount: 43.2e9, unit: 'USD' },
  { text: 'guidance of between nineteen billion and twenty-three billion dollars', amount: 19e9, unit: 'USD' },
  { text: 'a cluster of close to half a million second-generation chips', amount: 500000, unit: 'chips' },
  { text: 'roughly two hundred billion dollars for the full year', amount: 200e9, unit: 'USD' },
  { text: 'margins widened by seventeen and a half percent', amount: 17.5, unit: '%' },
  { text: 'spending will top a quarter of a trillion dollars', amount: 250e9, unit: 'USD' },
  { text: 'capex came to $37.5 billion in the quarter', amount: 37.5e9, unit: 'USD' },
  { text: 'Amazon plans to spend US$200-billion this year', amount: 200e9, unit: 'USD' },
  { text: 'a $24.8-billion investment in data centres', amount: 24.8e9, unit: 'USD' },
  { text: 'the backlog reached $244B at the end of March', amount: 244e9, unit: 'USD' },
  { text: 'a backlog of more than $464 billion', amount: 464e9, unit: 'USD' },
  { text: 'Azure grew 39% in the quarter', amount: 39, unit: '%' },
  { text: 'cloud revenue rose 28 per cent to $37.6bn', amount: 28, unit: '%' },
  { text: 'its sales were up 28pc in the same quarter', amount: 28, unit: '%' },
  { text: 'an offer worth $50bn', amount: 50e9, unit: 'USD' },
  { text: 'a $1.4 trillion compute commitment', amount: 1.4e12, unit: 'USD' },
  { text: 'training costs fall by up to 40%', amount: 40, unit: '%' },
  { text: 'the new chip is four times faster', amount: 4, unit: 'x' },
  { text: 'Trainium3 delivers 4.4x the compute of its predecessor', amount: 4.4, unit: 'x' },
  { text: 'the cluster holds 500,000 Trainium2 chips', amount: 500000, unit: 'chips' },
  { text: 'spending rose to $131 billion last year', amount: 131e9, unit: 'USD' },
  { text: 'operating income of $11.5bn', amount: 11.5e9, unit: 'USD' },
  { text: 'a run rate above $150 billion', amount: 150e9, unit: 'USD' },
  { text: '亚马逊云科技积压订单达2440亿美元', amount: 244e9, unit: 'USD' },
  { text: 'AWS营收同比增长21%', amount: 21, unit: '%' },
  { text: '资本开支约2000亿美元', amount: 200e9, unit: 'USD' },
  { text: '受注残高は2440億ドル', amount: 244e9, unit: 'USD' },
  { text: '同比增长２８％', amount: 28, unit: '%' },
];

const sameAmount = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;

function digestReads(c: Case): boolean {
  const value = findValues(plainText(c.text))[0]?.value; // as extractClaims reads a sentence: spaces and full-width forms made plain first
  return value !== undefined && value.unit === c.unit && sameAmount(value.amount, c.amount);
}

interface CompromiseNumber {
  number?: { num: number; prefix: string; suffix: string; unit: string };
}
type Nlp = (text: string) => { numbers(): { json(): CompromiseNumber[] } };

/** Scales written against a figure ("$244B", "$50bn"), which compromise leaves in its suffix unapplied: applied here, generously. */
const SUFFIX_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12, tn: 1e12 };

/**
 * compromise's reading as Digest's units, as generously as its output allows: the scale in
 * its suffix applied, the unit taken from its prefix, suffix or unit word, or else from a
 * sign or word anywhere in the phrase ("$", "chips", "times"), which compromise does not always tie to the figure.
 */
function compromiseValue(found: NonNullable<CompromiseNumber['number']>, text: string): { amount: number; unit: Case['unit'] | null } {
  const amount = found.num * (SUFFIX_SCALE[found.suffix.toLowerCase()] ?? 1);
  const sign = `${found.prefix} ${found.suffix} ${found.unit}`;
  if (/%|percent/i.test(sign) || /per ?cent|\dpc\b/i.test(text)) return { amount, unit: '%' };
  if (/\$|dollar/i.test(sign) || /\$|dollar/i.test(text)) return { amount, unit: 'USD' }; // "$37.5 billion" comes back without its "$"
  if (/chips/i.test(text)) return { amount, unit: 'chips' };
  if (/times|\dx\b/i.test(text)) return { amount, unit: 'x' };
  return { amount, unit: null };
}

function compromiseReads(nlp: Nlp, c: Case): boolean {
  const first = nlp(c.text).numbers().json()[0]?.number;
  if (!first) return false;
  const value = compromiseValue(first, c.text);
  return value.unit === c.unit && sameAmount(value.amount, c.amount);
}

const loadStarted = performance.now();
const { default: nlp } = (await import('compromise')) as unknown as { default: Nlp };
const loadMs = performance.now() - loadStarted;

const missed = { digest: [] as string[], compromise: [] as string[] };
for (const c of CASES) {
  if (!digestReads(c)) missed.digest.push(c.text);
  if (!compromiseReads(nlp, c)) missed.compromise.push(c.text);
}

const SENTENCE = 'Amazon Web Services grew revenue 28 per cent to $37.6 billion in the three months to March, and its backlog rose to $244 billion.';
const perSentence = (read: () => unknown) => {
  for (let i = 0; i < 200; i++) read(); // warm up
  const t0 = performance.now();
  for (let i = 0; i < 2000; i++) read();
  return (performance.now() - t0) / 2000;
};
const digestMs = perSentence(() => findValues(SENTENCE));
const compromiseMs = perSentence(() => {
  nlp(SENTENCE).numbers().json();
});

const line = (name: string, misses: string[]) => `${name}: ${CASES.length - misses.length} of ${CASES.length} right${misses.map((m) => `\n  missed: ${m}`).join('')}`;
console.log(line('Digest (findValues)', missed.digest));
console.log(line('compromise (numbers)', missed.compromise));
console.log(`compromise: load ${loadMs.toFixed(0)} ms; per sentence ${compromiseMs.toFixed(3)} ms against Digest's ${digestMs.toFixed(3)} ms`);
