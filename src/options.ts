/**
 * The build's options, validated once at the boundary (the CLI or a test) so the
 * pipeline can trust them.
 */
import { z } from 'zod';
import { DigestConfig } from './config.ts';
import type { BuildReport } from './schemas.ts';

export const BuildOptions = z.object({
  input: z.string().min(1),
  output: z.string().min(1),
  /** '/' or '/name/', already normalised. */
  pathPrefix: z.string().regex(/^\/(?:[^/]+\/)*$/),
  /** Absolute site url for feeds, sitemap and canonical links, ending in '/'. */
  siteUrl: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) url, such as https://me.github.io/news/' }).nullable(),
  strict: z.boolean(),
  search: z.boolean(),
  maxFileBytes: z.number().int().positive(),
  /** The edition's date, shown in every page's footer and given to feeds; null keeps builds byte-identical. */
  buildDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
    .refine((date) => {
      const time = Date.parse(`${date}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date; // 2026-02-30 would be 2 March
    }, 'must be a real date, YYYY-MM-DD')
    .nullable(),
  /**
   * The last published edition — its `data/` folder, or the site's url — whose records
   * carry their `firstSeen` forward and against which `changes.json` is computed; null for none.
   */
  previous: z.string().min(1).nullable().default(null),
  /** How long to wait for another build of the same output folder. */
  lockTimeoutMs: z.number().int().nonnegative(),
  /** The site's identity, from the config file. */
  metadata: DigestConfig.pick({ title: true, tagline: true, description: true, language: true }),
  /** How many of the latest articles the feeds carry. */
  feedSize: z.number().int().positive(),
  /** How many threads read the articles' claims (readInThreads.ts); the build's files are the same for any number. */
  threads: z.number().int().positive(),
});
export type BuildOptions = z.infer<typeof BuildOptions>;

export const StageName = z.enum(['read', 'parse', 'analyse', 'editions', 'render', 'search', 'data', 'write']);
export type StageName = z.infer<typeof StageName>;

export const BuildSummary = z.object({
  inputs: z.number(),
  articles: z.number(),
  rejected: z.number(),
  repairs: z.number(),
  claims: z.number(),
  conflicts: z.number(),
  events: z.number(),
  pages: z.number(),
  warnings: z.number(),
  output: z.string(),
  durationMs: z.number(),
  timings: z.record(StageName, z.number()),
});
export type BuildSummary = z.infer<typeof BuildSummary>;

/** What the pipeline tells whoever runs it (the CLI draws progress from it). */
export interface BuildObserver {
  stageStarted?(stage: StageName): void;
  stageFinished?(stage: StageName, ms: number): void;
  fileProgress?(done: number, total: number): void;
  /** The finished build's report (rejections and warnings), once its output is in place. */
  reported?(report: BuildReport): void;
  /** A problem the build went on after (it is also in the build report). */
  warning?(message: string): void;
}
