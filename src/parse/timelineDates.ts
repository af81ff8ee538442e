/**
 * Dated lines of a timeline, as outlets write them: the aggregator's `2025-11` on a line of
 * its own, and the long-form article's "Nov. 18, 2025: AWS unveils Trainium3", "November
 * 2025 — …", "18 November 2025: …", "2025/11", "2025年11月18日：…" (full-width digits too).
 * A date is read only at the start of a line and to the month at least: a year alone or a
 * quarter is no point on a timeline.
 */

/** Month names and their abbreviations, by number. */
export const MONTH: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** The month names as one pattern's alternatives, longest first. */
export const MONTH_WORD = Object.keys(MONTH).sort((a, b) => b.length - a.length).join('|');
const MONTH_NAME = String.raw`(?<month>${MONTH_WORD})\.?`;
/** What may stand between a date and its text: a colon, a dash, a comma (ASCII or full-width), or only spaces. */
const AFTER = String.raw`(?:\s*[:：–—-]\s*|\s*[,，、]\s*|\s+|$)`;

const DATED = [
  // 2025-11, 2025-11-18, 2025/11/18, 2025.11
  new RegExp(String.raw`^(?<year>20\d{2})[-/.](?<monthNumber>\d{1,2})(?:[-/.](?<day>\d{1,2}))?(?!\d)${AFTER}`, 'u'),
  // 2025年11月, 2025年11月18日
  new RegExp(String.raw`^(?<year>20\d{2})\s*年\s*(?<monthNumber>\d{1,2})\s*月(?:\s*(?<day>\d{1,2})\s*日)?${AFTER}`, 'u'),
  // November 2025, Nov. 18, 2025, Nov 18th 2025
  new RegExp(String.raw`^${MONTH_NAME}\s+(?:(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<year>20\d{2})\b${AFTER}`, 'iu'),
  // 18 November 2025
  new RegExp(String.raw`^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME}\s+(?<year>20\d{2})\b${AFTER}`, 'iu'),
];

/** Full-width digits and the signs around them, one for one (so that positions stay those of the line as written). */
const halfWidth = (text: string) => text.replace(/[\uff10-\uff19\uff0d\uff0f\uff0e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The date a timeline line opens with, as `YYYY-MM` or `YYYY-MM-DD`, and the text after it
 * (empty when the date stands alone and its text follows on the next line); null when the
 * line opens with no date to the month.
 */
export function leadingDate(text: string): { date: string; rest: string } | null {
  const line = halfWidth(text.trim());
  for (const pattern of DATED) {
    const match = pattern.exec(line);
    const g = match?.groups;
    if (!match || !g) continue;
    // A month or day out of range is kept as written: the timeline warns about it with its file and line.
    const month = g.month ? two(MONTH[g.month.toLowerCase()]!) : two(Number(g.monthNumber));
    return { date: `${g.year}-${month}${g.day ? `-${two(Number(g.day))}` : ''}`, rest: text.trim().slice(match[0].length).trim() };
  }
  return null;
}

/**
 * A long-form section that is a timeline, by its heading: "Timeline", "Key dates", "Chronology",
 * "Milestones", "How we got here", 时间线, 大事记, 年表, 経緯, これまでの経緯, and the "key dates"
 * of Chinese outlets in both scripts (重要日期, 关键日期, 關鍵時間點).
 */
export const isTimelineHeading = (heading: string): boolean =>
  /^(?:(?:a |the )?timeline\b|key (?:dates|events|moments)\b|chronology\b|milestones\b|how we got here\b|(?:the )?story so far\b)/iu.test(heading.trim()) ||
  /^(?:时间线|时间轴|時間線|時間軸|大事记|大事記|大事紀|年表|经过|經過|経緯|これまでの経緯|主な出来事|(?:重要|关键|關鍵)(?:日期|日子|时间点|時間點|节点|節點))/u.test(heading.trim());
