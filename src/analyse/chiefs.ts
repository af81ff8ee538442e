/**
 * The people who stand for a company in the news — its chief executive or founder — so that
 * "Sam Altman's company" or "Jeff Bezos's firm" is read as the company. A table beside the
 * entity model (vocabulary.ts), one row a person, companies named as the entity model names them.
 * Only names that point to one company are listed: "Elon Musk's company" could be three.
 */

export interface Chief {
  /** The full name as written, matched case-sensitively as a whole word. */
  name: string;
  /** The surname alone, where it names no one else in this news (Altman, Bezos); absent where it does (Su, Cook). */
  surname?: string;
  /** The company they stand for, as `ENTITIES` names it. */
  company: string;
}

export const CHIEFS: Chief[] = [
  { name: 'Sam Altman', surname: 'Altman', company: 'OpenAI' },
  { name: 'Jeff Bezos', surname: 'Bezos', company: 'Amazon' },
  { name: 'Andy Jassy', surname: 'Jassy', company: 'Amazon' },
  { name: 'Matt Garman', surname: 'Garman', company: 'AWS' },
  { name: 'Adam Selipsky', surname: 'Selipsky', company: 'AWS' },
  { name: 'Satya Nadella', surname: 'Nadella', company: 'Microsoft' },
  { name: 'Sundar Pichai', surname: 'Pichai', company: 'Google' },
  { name: 'Thomas Kurian', surname: 'Kurian', company: 'Google Cloud' },
  { name: 'Jensen Huang', company: 'NVIDIA' },
  { name: 'Dario Amodei', surname: 'Amodei', company: 'Anthropic' },
  { name: 'Safra Catz', surname: 'Catz', company: 'Oracle' },
  { name: 'Larry Ellison', surname: 'Ellison', company: 'Oracle' },
  { name: 'Mark Zuckerberg', surname: 'Zuckerberg', company: 'Meta' },
  { name: 'Lisa Su', company: 'AMD' },
  { name: 'Tim Cook', company: 'Apple' },
  { name: 'Arvind Krishna', company: 'IBM' },
  { name: 'Hock Tan', company: 'Broadcom' },
  { name: 'Masayoshi Son', company: 'SoftBank' },
  { name: 'Michael Dell', company: 'Dell' },
  { name: 'Marc Benioff', surname: 'Benioff', company: 'Salesforce' },
  { name: 'Arthur Mensch', company: 'Mistral' },
  { name: 'Michael Intrator', surname: 'Intrator', company: 'CoreWeave' },
  { name: 'Aravind Srinivas', company: 'Perplexity' },
  { name: 'Liang Wenfeng', company: 'DeepSeek' },
  { name: 'Eddie Wu', company: 'Alibaba' },
  { name: 'Jack Ma', company: 'Alibaba' },
  { name: 'Pony Ma', company: 'Tencent' },
  { name: 'Demis Hassabis', surname: 'Hassabis', company: 'DeepMind' },
];
