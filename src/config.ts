/**
 * The config file, `digest.config.json`: the site's identity (title, tagline,
 * description, language) and the build's defaults (input, output, path prefix, site
 * url, search, file size limit, feed size). The zod schema below is its single source:
 * it validates the file, gives the defaults, and is published as JSON Schema
 * (`docs/digest.config.schema.json`, `npm run schemas`) for editors.
 *
 * Settings come from three places, strongest first: a command-line flag, the config
 * file, the default. `resolveSettings` says for each where it came from, which
 * `digest build --verbose` prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DigestError } from './errors.ts';
import { normalisePathPrefix } from './urls.ts';

/** The config file read when no `--config` is given, in the folder the command runs in. */
export const DEFAULT_CONFIG_FILE = 'digest.config.json';

/** What a setting's value must be, in the words an error message uses ("… must be <expected>"). */
const expectations = z.registry<{ expected: string }>();

/** A setting: its schema with its default, its description (for editors) and what an error says is expected. */
function setting<T extends z.ZodType>(schema: T, expected: string, description: string): T {
  const described = schema.meta({ description });
  expectations.add(described, { expected });
  return described;
}

export const DigestConfig = z.strictObject({
  $schema: setting(z.string().optional(), 'a string (the JSON Schema this file follows)', 'The JSON Schema of this file, for editors.'),
  title: setting(
    z.string().min(1).max(80).default('Digest'),
    'a non-empty string of at most 80 characters',
    "The site's name: the header, every page's <title>, Open Graph, JSON-LD, both feeds.",
  ),
  tagline: setting(
    z.string().max(120).default('AI news, numbers reconciled'),
    'a string of at most 120 characters',
    "A few words beside the name in the header, in the home page's <title> and as the Atom feed's subtitle; empty for none.",
  ),
  description: setting(
    z.string().min(1).max(300).default('Scraped AI news, read and reconciled: the figures the outlets repeat, merged, and where they disagree.'),
    'a non-empty string of at most 300 characters',
    "One or two sentences about the site: the home page's JSON-LD and the JSON Feed's description.",
  ),
  language: setting(
    z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/).default('en'),
    'a BCP 47 language tag such as "en", "de" or "pt-BR"',
    'The language of the pages (the lang attribute of every page) and of the feeds.',
  ),
  siteUrl: setting(
    z.url({ protocol: /^https?$/ }).nullable().default(null),
    'an absolute http(s) url such as "https://me.github.io/news/", or null',
    'The absolute url the site is published at, for feeds, sitemap, robots.txt and canonical links (--site-url). Null: http://localhost:8080/ plus the path prefix.',
  ),
  pathPrefix: setting(
    z.string().regex(/^\/(?:.*\/)?$/).default('/'),
    'a path that starts and ends with "/", such as "/" or "/news/"',
    'The path the site is served under, e.g. "/repo-name/" for a GitHub Pages project site (--path-prefix).',
  ),
  input: setting(
    z.string().min(1).default('seeds'),
    'a folder name (a non-empty string)',
    'The folder of scraped text files, relative to this file (--input).',
  ),
  output: setting(
    z.string().min(1).default('dist'),
    'a folder name (a non-empty string)',
    'The output folder, relative to this file; replaced whole by each build (--output).',
  ),
  search: setting(z.boolean().default(true), 'true or false', 'Whether to build the Pagefind search index (--no-search turns it off).'),
  maxFileSizeMb: setting(
    z.number().positive().default(8),
    'a positive number of megabytes',
    'Input files larger than this many megabytes are rejected (--max-file-size).',
  ),
  feedSize: setting(
    z.number().int().min(1).max(10_000).default(50),
    'a whole number of articles from 1 to 10000',
    'How many of the latest articles the Atom and JSON feeds carry.',
  ),
}).meta({ title: 'digest.config.json', description: "Digest's config file: the site's identity and the build's defaults. Command-line flags override it." });
export type DigestConfig = z.infer<typeof DigestConfig>;

/** The settings a build uses (the config file's keys but `$schema`). */
export type Settings = Omit<DigestConfig, '$schema'>;
export type SettingName = keyof Settings;

/** The site's identity, handed to the templates as one record. */
export type SiteMetadata = Pick<Settings, 'title' | 'tagline' | 'description' | 'language'>;

/** Every setting's default: what a build uses without a config file or flag. */
export const DEFAULT_SETTINGS: Settings = (({ $schema: _, ...settings }) => settings)(DigestConfig.parse({}));

/** The JSON Schema of the config file, as committed in docs/ for editors. */
export const digestConfigJsonSchema = () => z.toJSONSchema(DigestConfig, { io: 'input' });

/** A config file that cannot be used: one line naming the file, the key and what is expected (exit code 2). */
export class ConfigError extends DigestError {}

/** A config file as read: its settings and the keys it set. */
export interface ConfigFile {
  /** The file, as named on the command line or the default name; null when there is none. */
  file: string | null;
  values: Partial<Settings>;
}

/**
 * Where JSON.parse fails in `text`, as "line:column". V8 names the offset in some
 * messages only ("Unexpected token '}', … is not valid JSON" has none), so this finds
 * the shortest prefix of the text that fails for a reason other than ending too soon;
 * its last character is where the text goes wrong. A binary search: a few parses.
 */
function jsonErrorPlace(text: string): string {
  const failsBeforeItsEnd = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      return at ? Number(at[1]) < length : !/end of JSON input|Unterminated string/.test(message);
    }
  };
  let offset = text.length;
  if (failsBeforeItsEnd(text.length)) {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (failsBeforeItsEnd(middle)) high = middle;
      else low = middle + 1;
    }
    offset = high - 1;
  }
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** The first problem zod found, as "what is wrong, and what is expected". */
function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(DigestConfig.shape).join(', ');
    return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; the keys are ${known}`;
  }
  const key = String(issue.path[0]) as keyof DigestConfig;
  const { expected } = expectations.get(DigestConfig.shape[key])!;
  return `"${key}" must be ${expected}, not ${JSON.stringify(raw[key])}`;
}

/**
 * Reads and validates a config file. `explicit` (from `--config`): the file must
 * exist. Without it, `digest.config.json` in `cwd` is read when present. Relative
 * `input` and `output` are taken relative to the file's folder. Throws ConfigError.
 */
export function readConfigFile(explicit: string | undefined, cwd = process.cwd()): ConfigFile {
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  const absolute = path.resolve(cwd, file);
  if (!existsSync(absolute)) {
    if (explicit === undefined) return { file: null, values: {} };
    throw new ConfigError(`${file}: config file not found`);
  }
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''); // a BOM, as some Windows editors write
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // V8's reason without its position or its quote of the text, on one line: the token it quotes may be a line break.
    const reason = (error as Error).message.split(/ in JSON at position|, (?:\.\.\.)?"/)[0]!.replace(/[\u0000-\u001f]/g, (c) => JSON.stringify(c).slice(1, -1));
    throw new ConfigError(`${file}:${jsonErrorPlace(text)}: invalid JSON: ${reason}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${file}: must be a JSON object of settings, such as { "title": "My digest" }`);
  }
  const record = raw as Record<string, unknown>;
  const result = DigestConfig.safeParse(record);
  if (!result.success) throw new ConfigError(`${file}: ${describeIssue(result.error.issues[0]!, record)}`);
  const values: Partial<Settings> = {};
  const given = Object.keys(record).filter((key): key is SettingName => key !== '$schema');
  for (const key of given) Object.assign(values, { [key]: result.data[key] });
  try {
    if (values.pathPrefix !== undefined) values.pathPrefix = normalisePathPrefix(values.pathPrefix);
  } catch (error) {
    throw new ConfigError(`${file}: "pathPrefix": ${(error as Error).message}`);
  }
  if (values.siteUrl) values.siteUrl = values.siteUrl.replace(/\/?$/, '/');
  const folder = path.dirname(absolute);
  for (const key of ['input', 'output'] as const) {
    if (values[key] !== undefined) values[key] = path.relative(cwd, path.resolve(folder, values[key])) || '.';
  }
  return { file, values };
}

/** Where a setting came from. */
export type SettingSource = { from: 'default' } | { from: 'config file'; file: string } | { from: 'flag'; flag: string };

/** The settings a build uses, and where each came from. */
export interface ResolvedSettings {
  settings: Settings;
  sources: Record<SettingName, SettingSource>;
}

/** The command-line flag that sets each setting, if one does. */
const FLAGS: Partial<Record<SettingName, string>> = {
  input: '--input',
  output: '--output',
  pathPrefix: '--path-prefix',
  siteUrl: '--site-url',
  search: '--no-search',
  maxFileSizeMb: '--max-file-size',
};

/** Settings from flags (already validated) over the config file over the defaults. */
export function resolveSettings(config: ConfigFile, flags: Partial<Settings>): ResolvedSettings {
  const settings = { ...DEFAULT_SETTINGS };
  const sources = {} as Record<SettingName, SettingSource>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingName[]) {
    const flag = FLAGS[key];
    if (flag && flags[key] !== undefined) {
      Object.assign(settings, { [key]: flags[key] });
      sources[key] = { from: 'flag', flag };
    } else if (config.file !== null && config.values[key] !== undefined) {
      Object.assign(settings, { [key]: config.values[key] });
      sources[key] = { from: 'config file', file: config.file };
    } else sources[key] = { from: 'default' };
  }
  return { settings, sources };
}

/** One line per setting: its value and where it came from, for `--verbose`. */
export function describeSettings({ settings, sources }: ResolvedSettings): string[] {
  const width = Math.max(...Object.keys(settings).map((key) => key.length));
  return (Object.keys(settings) as SettingName[]).map((key) => {
    const source = sources[key];
    const origin = source.from === 'flag' ? `flag ${source.flag}` : source.from === 'config file' ? `config file ${source.file}` : 'default';
    return `  ${key.padEnd(width)}  ${JSON.stringify(settings[key])}  (${origin})`;
  });
}
