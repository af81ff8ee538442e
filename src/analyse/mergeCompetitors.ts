/**
 * Merges every competitor table into one matrix: providers as columns (normalised:
 * "Amazon (AWS)" and "AWS (Trainium/Inferentia)" are both AWS), features as rows
 * (row labels aliased: "Custom AI Silicon" is "Custom Silicon"), each cell with the
 * articles behind it, and the providers whose cell differs between articles.
 * Tables with providers as rows (a long-form market-share table) are read transposed.
 */
import type { Article, Feature, Table } from '../schemas.ts';
import { FEATURE_ALIASES, PROVIDERS } from './vocabulary.ts';
import { memoByText } from '../memoByText.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The provider a table heading names, or null. The part before a parenthesis decides.
 * Labels come back table after table: each is read once (the cache empties after the analysis).
 */
export const providerOf = memoByText((label: string): string | null => {
  const outside = label.replace(/\(.*?\)/g, ' ');
  for (const text of [outside, label]) {
    const found = PROVIDERS.filter((p) => p.pattern.test(text));
    if (found.length === 1) return found[0]!.name;
    // "Amazon (AWS)": both words name the same provider.
    if (found.length > 1 && new Set(found.map((f) => f.name)).size === 1) return found[0]!.name;
  }
  return null;
}, 10_000);

/** The canonical feature for a row label (memoised as `providerOf` is). */
export const featureOf = memoByText((label: string): string => {
  const clean = label.replace(/\s+/g, ' ').trim();
  return FEATURE_ALIASES.find((a) => a.pattern.test(clean))?.feature ?? clean;
}, 10_000);

/** A cell's text as the key its equals share (case, spaces and slashes aside). */
const cellKey = memoByText((text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/').trim(), 50_000);

/** A table as (feature label, provider, cell) triples, or null when it is not a provider table. */
function readTable(table: Table): { label: string; provider: string; text: string }[] | null {
  const columns = table.header.slice(1).map(providerOf);
  const distinct = (list: (string | null)[]) => list.every((p) => p !== null) && new Set(list).size === list.length && list.length >= 2;
  if (distinct(columns)) {
    return table.rows.flatMap((row) =>
      columns.map((provider, i) => ({ label: row[0] ?? '', provider: provider!, text: row[i + 1] ?? '' })),
    );
  }
  const rowsAsProviders = table.rows.map((row) => providerOf(row[0] ?? ''));
  if (distinct(rowsAsProviders)) {
    return table.rows.flatMap((row, r) =>
      table.header.slice(1).map((label, i) => ({ label, provider: rowsAsProviders[r]!, text: row[i + 1] ?? '' })),
    );
  }
  return null;
}

/** One matrix from every provider table of every article. */
export function mergeCompetitors(articles: Article[]): { providers: string[]; features: Feature[] } {
  const features = new Map<string, { aliases: Set<string>; cells: Map<string, Map<string, { text: string; articles: Set<string> }>> }>();
  for (const article of articles) {
    const tables = [...article.competitorTables, ...article.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])))];
    for (const table of tables) {
      for (const { label, provider, text } of readTable(table) ?? []) {
        const trimmed = text.trim();
        if (label.trim() === '' || trimmed === '' || /^[—–-]$/.test(trimmed)) continue;
        const name = featureOf(label);
        const feature = features.get(name) ?? { aliases: new Set<string>(), cells: new Map() };
        features.set(name, feature);
        feature.aliases.add(label.trim());
        const cells = feature.cells.get(provider) ?? new Map();
        feature.cells.set(provider, cells);
        const key = cellKey(text);
        const cell = cells.get(key) ?? { text: trimmed, articles: new Set<string>() };
        if (trimmed < cell.text) cell.text = trimmed;
        cell.articles.add(article.id);
        cells.set(key, cell);
      }
    }
  }
  const used = new Set([...features.values()].flatMap((f) => [...f.cells.keys()]));
  const providers = PROVIDERS.map((p) => p.name).filter((name) => used.has(name));
  const out: Feature[] = [...features.entries()]
    .map(([feature, { aliases, cells }]) => {
      const record: Feature['cells'] = {};
      const disagreements: string[] = [];
      for (const provider of providers) {
        const list = [...(cells.get(provider)?.values() ?? [])]
          .map((c) => ({ text: c.text, articles: [...c.articles].sort(cmp) }))
          .sort((a, b) => b.articles.length - a.articles.length || cmp(a.text, b.text));
        if (list.length === 0) continue;
        record[provider] = list;
        if (list.length > 1) disagreements.push(provider);
      }
      return { feature, aliases: [...aliases].sort(cmp), cells: record, disagreements };
    })
    .sort((a, b) => Object.keys(b.cells).length - Object.keys(a.cells).length || cmp(a.feature, b.feature));
  return { providers, features: out };
}
