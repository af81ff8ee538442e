/**
 * Finds the entities (companies, products) and metric phrases a sentence names,
 * with their positions, using the vocabularies of vocabulary.ts compiled once.
 */
import { ENTITIES, METRICS, type EntityEntry, type EntityKind, type MetricEntry } from './vocabulary.ts';
import { memoByText } from '../memoByText.ts';

export interface FoundEntity {
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
}

export interface FoundMetric {
  metric: MetricEntry;
  start: number;
  end: number;
}

const compile = (sources: string[], caseSensitive = false) =>
  new RegExp(`(?<![\\w-])(?:${sources.join('|')})(?![\\w])`, caseSensitive ? 'g' : 'gi');

/**
 * All entities in two regular expressions (one per case rule): one scan per sentence.
 * Which entry a match is, is read from the matched text once per distinct text (the
 * first entry whose own aliases match all of it, as the alternation tries them), not
 * from a named group per entry, which cost every match an object of ~50 groups.
 */
const ENTITY_PATTERNS = [false, true].map((caseSensitive) => {
  const entries = ENTITIES.filter((e) => Boolean(e.caseSensitive) === caseSensitive).map((entry) => ({
    entry,
    whole: new RegExp(`^(?:${entry.aliases.join('|')})$`, caseSensitive ? '' : 'i'),
  }));
  const resolved = new Map<string, EntityEntry>();
  const entryOf = (text: string) => {
    let entry = resolved.get(text);
    if (!entry) {
      entry = entries.find((e) => e.whole.test(text))!.entry;
      resolved.set(text, entry);
    }
    return entry;
  };
  return { entryOf, pattern: compile(entries.flatMap((e) => e.entry.aliases), caseSensitive) };
});
const METRIC_PATTERNS = METRICS.map((metric) => ({ metric, pattern: compile(metric.phrases) }));

/** Entities in `text`, left to right; where aliases overlap the longest wins. */
export const findEntities: (text: string) => readonly FoundEntity[] = memoByText(scanEntities);

/** Metric phrases in `text`, left to right (overlaps kept: the nearest one is chosen later). */
export const findMetrics: (text: string) => readonly FoundMetric[] = memoByText(scanMetrics);

function scanEntities(text: string): FoundEntity[] {
  const found: FoundEntity[] = [];
  for (const { entryOf, pattern } of ENTITY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (match[0] === '') continue;
      const entry = entryOf(match[0]);
      found.push({ name: entry.name, kind: entry.kind, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundEntity[] = [];
  for (const entity of found) if (!kept.some((k) => entity.start < k.end && entity.end > k.start)) kept.push(entity);
  return kept;
}

function scanMetrics(text: string): FoundMetric[] {
  const found: FoundMetric[] = [];
  for (const { metric, pattern } of METRIC_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (match[0] !== '') found.push({ metric, start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
