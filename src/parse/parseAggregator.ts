/**
 * The aggregator format: an optional header line (`📊Publisher•Freshcollected in 16m`),
 * a title line, a 💡 tagline, then sections opened by known headings (TL;DR, Deep Insight,
 * Key Takeaways, Competitor Analysis, Technical Deep Dive, Future Implications, Timeline)
 * and a footer with the original-source line. Lines it does not recognise are kept in
 * `other`, so nothing the file says is lost.
 */
import type { Header, OtherLine, Prediction, Table, TimelineEntry, Tldr } from '../schemas.ts';
import {
  TLDR_LABELS,
  aggregatorHeading,
  isTagline,
  taglineText,
  parseHeaderLine,
  parseOriginalSource,
  type AggregatorPart,
} from './aggregatorHeadings.ts';
import { parseTable } from './parseTable.ts';
import { leadingDate } from './timelineDates.ts';
import { bulletText, isTableLine, nonEmpty, type SourceLine } from './sourceLines.ts';

export type AggregatorParts = {
  header: Header | null;
  titleLine: SourceLine | null;
  tagline: string | null;
  tldr: Tldr;
  deepInsight: string[];
  takeaways: string[];
  competitorTables: Table[];
  technicalNotes: string[];
  predictions: Prediction[];
  timeline: TimelineEntry[];
  footer: string[];
  originalSource: string | null;
  other: OtherLine[];
  problems: { line: number; message: string }[];
};

/** How many distinct aggregator sections the lines open — the evidence that a file is in this format. */
export function countAggregatorSections(lines: SourceLine[]): number {
  const parts = new Set<AggregatorPart>();
  for (const { text } of lines) {
    const part = aggregatorHeading(text);
    if (part && part !== 'technical') parts.add(part);
  }
  return parts.size;
}

/** True when the first line with text is an aggregator header line. */
export const hasHeaderLine = (lines: SourceLine[]): boolean => {
  const first = nonEmpty(lines)[0];
  return first !== undefined && parseHeaderLine(first.text) !== null;
};

const hasLetters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * The caption `text` gives a table that starts on the `next` line, without its emoji, or null: a short line that is no
 * sentence and no list item ("📊 Spending Compared", "📊 云厂商对比"). The aggregator prints its tables only to compare the
 * companies or products of the story, whatever words it heads them with, so a caption opens the competitor part as
 * "Competitor Analysis" does.
 */
function tableCaption(text: string, next: string | undefined): string | null {
  const caption = next !== undefined && isTableLine(next) && !isTableLine(text) && text.length <= 60 && bulletText(text) === null && !/[.!?。！？]\s*$/u.test(text);
  return caption ? text.replace(/^[^\p{L}\p{N}]+/u, '').trim() : null;
}

/** Reads the aggregator format's parts from the lines of a file body. */
export function parseAggregator(all: SourceLine[]): AggregatorParts {
  const lines = nonEmpty(all);
  const parts: AggregatorParts = {
    header: null,
    titleLine: null,
    tagline: null,
    tldr: { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null },
    deepInsight: [],
    takeaways: [],
    competitorTables: [],
    technicalNotes: [],
    predictions: [],
    timeline: [],
    footer: [],
    originalSource: null,
    other: [],
    problems: [],
  };
  let index = 0;
  const header = lines[0] ? parseHeaderLine(lines[0].text) : null;
  if (header) {
    parts.header = header;
    index = 1;
  }
  const candidate = lines[index];
  if (candidate && !aggregatorHeading(candidate.text) && !isTagline(candidate.text) && !isTableLine(candidate.text)) {
    parts.titleLine = candidate;
    index++;
  }

  // The line after the title is the tagline, even when its 💡 was stripped on the way.
  const lineAfterTitle = parts.titleLine ? lines[index] : undefined;
  let part: AggregatorPart | 'preamble' = 'preamble';
  let tldrField: keyof Tldr | null = null;
  // The caption of the table the next lines hold, when a line of its own words opened the competitor part.
  let caption: string | null = null;
  const append = (current: string | null, text: string) => (current ? `${current} ${text}` : text);

  while (index < lines.length) {
    const current = lines[index]!;
    const { text } = current;
    index++;
    const known = aggregatorHeading(text);
    const captioned = known ? null : tableCaption(text, lines[index]?.text);
    const heading = known ?? (captioned ? 'competitors' : null);
    if (heading) {
      part = heading;
      caption = captioned;
      tldrField = null;
      if (heading === 'footer') parts.footer.push(text.replace(/^[^\p{L}\p{N}]+/u, ''));
      continue;
    }
    const source = parseOriginalSource(text);
    if (source !== null) {
      parts.originalSource = source;
      continue;
    }
    if (!hasLetters(text)) {
      parts.footer.push(text); // decoration such as the lone 📰 above the footer
      // A decoration after the timeline closes it: the line below it is the story's category tag ("Stock Analysis", 云计算),
      // not more of the last entry's text.
      if (part === 'timeline' && parts.timeline.length > 0) part = 'footer';
      continue;
    }
    if (isTableLine(text)) {
      const block = [current];
      while (index < lines.length && isTableLine(lines[index]!.text)) block.push(lines[index++]!);
      const parsed = parseTable(block);
      if (parsed && part === 'competitors') {
        parts.competitorTables.push(caption ? { ...parsed.table, caption } : parsed.table);
        caption = null;
        parts.problems.push(...parsed.problems);
      } else parts.other.push(...block.map(({ line, text: t }) => ({ line, text: t })));
      continue;
    }
    switch (part) {
      case 'preamble':
        if ((isTagline(text) || current === lineAfterTitle) && parts.tagline === null) parts.tagline = taglineText(text);
        else parts.other.push({ line: current.line, text });
        break;
      case 'tldr': {
        const label = TLDR_LABELS.find(([pattern]) => pattern.test(text));
        if (label) {
          tldrField = label[1];
          const rest = text.replace(label[0], '').trim();
          if (rest) parts.tldr[tldrField] = append(parts.tldr[tldrField], rest);
        } else if (tldrField) parts.tldr[tldrField] = append(parts.tldr[tldrField], text);
        else parts.other.push({ line: current.line, text });
        break;
      }
      case 'deepInsight':
        parts.deepInsight.push(text);
        break;
      case 'takeaways':
        parts.takeaways.push(bulletText(text) ?? text);
        break;
      case 'technical':
        parts.technicalNotes.push(bulletText(text) ?? text);
        break;
      case 'competitors':
        parts.other.push({ line: current.line, text });
        break;
      case 'predictions': {
        const last = parts.predictions.at(-1);
        const itemText = bulletText(text) ?? text;
        if (last && last.rationale === null) last.rationale = itemText;
        else parts.predictions.push({ text: itemText, rationale: null });
        break;
      }
      case 'timeline': {
        // `2025-11` as the aggregator writes it, or a date in words ("Nov. 18, 2025: …", 2025年11月) as others do.
        const dated = leadingDate(bulletText(text) ?? text);
        const last = parts.timeline.at(-1);
        if (dated) parts.timeline.push({ date: dated.date, text: dated.rest, line: current.line });
        else if (last) last.text = append(last.text || null, bulletText(text) ?? text);
        else parts.other.push({ line: current.line, text });
        break;
      }
      case 'footer':
        parts.footer.push(text);
        break;
    }
  }
  for (const entry of parts.timeline) {
    if (entry.text === '') parts.problems.push({ line: entry.line, message: `timeline entry ${entry.date} has no text` });
  }
  return parts;
}
