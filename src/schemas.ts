/**
 * Every record type of Digest and of its public data API (`docs/data-api.md`).
 * The zod schema is the type: other modules import `type X` from here and never
 * redeclare a shape. JSON written under `data/` is validated against these schemas.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/* ------------------------------------------------------------------ read */

/** One kind of repair applied to a file, and how often. */
export const Repair = z.object({
  file: z.string(),
  kind: z.string(),
  count: z.number().int().nonnegative(),
});
export type Repair = z.infer<typeof Repair>;

/** A problem worth telling the user about that did not stop the file. */
export const Warning = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

/** A file that did not become an article, and why. */
export const Rejection = z.object({
  file: z.string(),
  reason: z.string(),
  line: z.number().int().positive().optional(),
});
export type Rejection = z.infer<typeof Rejection>;

/** A file's bytes turned into correct text (the read stage's output). */
export const DecodedFile = z.object({
  /** File name relative to the input folder, as on disk. */
  file: z.string(),
  text: z.string(),
  /** Encoding the bytes were decoded from, e.g. `utf-8`, `utf-16le`. */
  encoding: z.string(),
  repairs: z.array(Repair),
  warnings: z.array(Warning),
});
export type DecodedFile = z.infer<typeof DecodedFile>;

/* ----------------------------------------------------------------- parse */

/** A table as header + rows of cells (cells are repaired plain text). */
export const Table = z.object({
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** The line that captions an aggregator table other than the format's own heading ("Spending Compared", "云厂商对比"). */
  caption: z.string().optional(),
});
export type Table = z.infer<typeof Table>;

export const Prediction = z.object({
  text: z.string(),
  rationale: z.string().nullable(),
});
export type Prediction = z.infer<typeof Prediction>;

/** An entry of the article's own timeline, as written (date not yet validated). */
export const TimelineEntry = z.object({
  date: z.string(),
  text: z.string(),
  /** 1-based line of the date in the input file. */
  line: z.number().int().positive(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** A block of a long-form section. */
export const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('table'), table: Table }),
  /** A labelled note such as "Data Takeaway: …". */
  z.object({ kind: z.literal('note'), label: z.string(), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
]);
export type Block = z.infer<typeof Block>;

export const Section = z.object({
  heading: z.string(),
  /** 2 for a top-level heading, 3 for a sub-heading. */
  level: z.number().int().min(2).max(4),
  blocks: z.array(Block),
});
export type Section = z.infer<typeof Section>;

export const Header = z.object({
  /** The publisher as the header line names it. */
  source: z.string().nullable(),
  /** "Fresh" or "Stale" as written, or null. */
  freshness: z.string().nullable(),
  /** "32m" from "collected in 32m", or null. */
  collectedIn: z.string().nullable(),
});
export type Header = z.infer<typeof Header>;

export const Tldr = z.object({
  whatChanged: z.string().nullable(),
  whyItMatters: z.string().nullable(),
  whatToDoNext: z.string().nullable(),
  whoShouldCare: z.string().nullable(),
});
export type Tldr = z.infer<typeof Tldr>;

/** A line the parser did not recognise, kept so nothing is lost. */
export const OtherLine = z.object({
  line: z.number().int().positive(),
  text: z.string(),
});
export type OtherLine = z.infer<typeof OtherLine>;

/** The parser's reading of one input file, before the site gives it a url. */
export const ParsedArticle = z.object({
  /** The input file's name without its extension, unchanged. */
  id: z.string(),
  /** The input file's name relative to the input folder. */
  file: z.string(),
  format: z.enum(['aggregator', 'longform']),
  title: z.string(),
  /** How the title was found: `title line`, `front matter`, `first sentence`, … */
  titleSource: z.string(),
  /** Publisher name, or null when the file does not say. */
  source: z.string().nullable(),
  /** Publication date (YYYY-MM-DD or YYYY-MM): front matter, else the byline or date line under the headline, else the date an aggregator tagline opens with; or null. */
  date: z.string().nullable(),
  /** The original article's address from front matter, or null. */
  originalUrl: z.string().nullable(),
  tags: z.array(z.string()),
  header: Header.nullable(),
  tagline: z.string().nullable(),
  tldr: Tldr,
  deepInsight: z.array(z.string()),
  takeaways: z.array(z.string()),
  competitorTables: z.array(Table),
  technicalNotes: z.array(z.string()),
  predictions: z.array(Prediction),
  timeline: z.array(TimelineEntry),
  /** Long-form sections (empty for the aggregator format). */
  sections: z.array(Section),
  /** Footer lines: "Weekly AI Recap", "Related Updates" and their text. */
  footer: z.array(z.string()),
  /** The "Original source: X" line's X, as written. */
  originalSource: z.string().nullable(),
  other: z.array(OtherLine),
});
export type ParsedArticle = z.infer<typeof ParsedArticle>;

/** An article of the data API: the parsed record plus its page url. */
export const Article = ParsedArticle.extend({ url: z.string() });
export type Article = z.infer<typeof Article>;

/* --------------------------------------------------------------- analyse */

export const Topic = z.enum([
  'capex',
  'backlog',
  'revenue',
  'chips',
  'cost',
  'investment',
  'market',
  'prediction',
  'other',
]);
export type Topic = z.infer<typeof Topic>;

export const Value = z.object({
  amount: z.number(),
  /** `USD`, `%`, `x`, or another unit as written (`Gbps`, `TFLOPS/W`, `GW`, `ms`, …). */
  unit: z.string(),
  bound: z.enum(['min', 'max', 'approx']).optional(),
});
export type Value = z.infer<typeof Value>;

export const Mention = z.object({
  article: z.string(),
  /** Where in the article: `tldr.whatChanged`, `takeaways`, `table: Benchmark Performance Data`, … */
  section: z.string(),
  /** The exact repaired sentence or cell, a verbatim substring of the article's text. */
  quote: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/**
 * How a claim is stated: `fact` (reported as having happened or being so), `plan` (the
 * company's own plan, guidance, target or expectation for its own figures), `forecast`
 * (someone else's prediction), `offer` (an offer, bid or proposal, accepted, pending or
 * rejected), `cancelled` (a deal or plan called off), `rumour` ("reportedly", "people
 * familiar with", and nothing more specific).
 */
export const Modality = z.enum(['fact', 'plan', 'forecast', 'offer', 'cancelled', 'rumour']);
export type Modality = z.infer<typeof Modality>;

/** How an offer ended, where a mention says. */
export const OfferStatus = z.enum(['accepted', 'rejected']);
export type OfferStatus = z.infer<typeof OfferStatus>;

export const Claim = z.object({
  id: z.string(),
  url: z.string(),
  topic: Topic,
  statement: z.string(),
  subject: z.string().nullable(),
  metric: z.string().nullable(),
  value: Value.nullable(),
  period: z.string().nullable(),
  /** Claims of different modality never merge, and only claims of one modality conflict. */
  modality: Modality,
  /** For an offer: accepted or rejected, where a mention says so. */
  offerStatus: OfferStatus.optional(),
  /** The key the mentions were merged on, so every merge can be explained. */
  key: z.string(),
  mentions: z.array(Mention).min(1),
});
export type Claim = z.infer<typeof Claim>;

export const Conflict = z.object({
  claims: z.array(z.string()).min(2),
  reason: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;

export const TimelineMention = z.object({
  article: z.string(),
  date: z.string(),
  text: z.string(),
});
export type TimelineMention = z.infer<typeof TimelineMention>;

export const TimelineEvent = z.object({
  id: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  text: z.string(),
  url: z.string(),
  mentions: z.array(TimelineMention).min(1),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const MatrixCell = z.object({
  text: z.string(),
  articles: z.array(z.string()).min(1),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const Feature = z.object({
  feature: z.string(),
  aliases: z.array(z.string()),
  cells: z.record(z.string(), z.array(MatrixCell)),
  /** Providers whose cell has more than one differing value across articles. */
  disagreements: z.array(z.string()),
});
export type Feature = z.infer<typeof Feature>;

/* ------------------------------------------------------------- data API */

/** A build date, `YYYY-MM-DD`. */
export const BuildDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The build date of the first edition that had a record, or null when that build had no date. */
export const FirstSeen = BuildDate.nullable();

/** The data API's records: each analysis record plus the edition it was first seen in. */
export const PublishedArticle = Article.extend({ firstSeen: FirstSeen });
export type PublishedArticle = z.infer<typeof PublishedArticle>;
export const PublishedClaim = Claim.extend({ firstSeen: FirstSeen });
export type PublishedClaim = z.infer<typeof PublishedClaim>;
export const PublishedConflict = Conflict.extend({ firstSeen: FirstSeen });
export type PublishedConflict = z.infer<typeof PublishedConflict>;
export const PublishedEvent = TimelineEvent.extend({ firstSeen: FirstSeen });
export type PublishedEvent = z.infer<typeof PublishedEvent>;

export const ArticlesFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(PublishedArticle),
});
export type ArticlesFile = z.infer<typeof ArticlesFile>;

export const ClaimsFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  claims: z.array(PublishedClaim),
  conflicts: z.array(PublishedConflict),
});
export type ClaimsFile = z.infer<typeof ClaimsFile>;

export const TimelineFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  events: z.array(PublishedEvent),
});
export type TimelineFile = z.infer<typeof TimelineFile>;

export const CompetitorsFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  providers: z.array(z.string()),
  features: z.array(Feature),
});
export type CompetitorsFile = z.infer<typeof CompetitorsFile>;

export const BuildReport = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  inputs: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  rejected: z.array(Rejection),
  repairs: z.array(Repair),
  warnings: z.array(Warning),
  /** How each title was derived where it was not a plain title line. */
  titles: z.array(z.object({ file: z.string(), title: z.string(), derivedFrom: z.string() })),
});
export type BuildReport = z.infer<typeof BuildReport>;

export const ChangeKind = z.enum([
  'article-added',
  'claim-added',
  'claim-values-changed',
  'conflict-appeared',
  'conflict-settled',
  'event-added',
  'event-merged',
]);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** One thing that changed between two editions, told in one sentence. */
export const Change = z.object({
  /** Stable across editions: the kind, the edition's date and a hash of what changed. */
  id: z.string(),
  kind: ChangeKind,
  /** The build date of the edition that saw the change, or null when that build had no date. */
  date: BuildDate.nullable(),
  summary: z.string(),
  articles: z.array(z.string()),
  claims: z.array(z.string()),
  /** Each conflict as its sorted claim ids. */
  conflicts: z.array(z.array(z.string())),
  events: z.array(z.string()),
});
export type Change = z.infer<typeof Change>;

export const ChangesFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The build dates of the editions remembered, newest first (this one first when it has a date). */
  editions: z.array(BuildDate),
  changes: z.array(Change),
});
export type ChangesFile = z.infer<typeof ChangesFile>;

/* -------------------------------------------------------------- analysis */

/** Everything the analyse stage hands the render stage. */
export const Analysis = z.object({
  claims: z.array(Claim),
  conflicts: z.array(Conflict),
  events: z.array(TimelineEvent),
  competitors: z.object({ providers: z.array(z.string()), features: z.array(Feature) }),
  warnings: z.array(Warning),
});
export type Analysis = z.infer<typeof Analysis>;
