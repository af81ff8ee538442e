/**
 * The lossy TIS-620 damage table, computed rather than typed: every candidate
 * character is encoded as UTF-8 and read back as TIS-620 the way the scraper did —
 * bytes TIS-620 has no letter for are dropped, except 0xA0 (a no-break space in
 * some TIS-620 tables) which arrives as a space and may then be collapsed away.
 * The result maps each damaged form (`โก`) to the characters it may have been (`⚡`).
 */
import iconv from 'iconv-lite';

/**
 * Characters an aggregator page or a news text plausibly carries, most likely first.
 * Only three- and four-byte UTF-8 characters: two-byte ones (Latin letters) would
 * turn into single Thai letters that real Thai text uses all the time.
 */
export const CANDIDATES: readonly string[] = [
  // punctuation and arrows news text uses
  '•', '—', '–', '→', '↗', '▸', '’', '‘', '“', '”', '…', '€', '™', '≈', '≤', '≥', '≠', '↑', '↓', '←', '↘', '⇒',
  '▶', '►', '▲', '▼', '◆', '●', '■', '□', '✓', '✔', '✗', '✘', '★', '☆', '\uFE0F', '\u200B', '\u2009', '′', '″',
  // symbols and emoji aggregators put before headings
  '⚡', '⏳', '⌛', '⏱', '☁', '⚠', '✅', '❌', '❓', '❗', '➡', '⬆', '⬇', '⭐', '✨', '⚙', '⛽',
  '💡', '🔑', '📊', '📰', '🧠', '🔮', '🛠', '👉', '📈', '📉', '🚀', '🔥', '💰', '🤖', '🏆', '🌐', '🔍', '📌', '📝',
  '📣', '🎯', '💼', '🏢', '🧩', '🌍', '💻', '📱', '🔒', '🧪', '📦', '🗓', '📅', '💬', '👀', '👍', '🎉', '🌟', '💥',
  '🔔', '📢', '🏭', '🔋', '🔌', '💾', '🖥', '💸', '💵', '🏦', '📜', '🔗', '🧭', '🛡', '🚨', '⏰', '📧', '🗞', '📡',
];

/** How one character arrives after the damage: with 0xA0 kept as a space, and with it collapsed away. */
export function damagedForms(char: string): string[] {
  const readings = [...Buffer.from(char, 'utf8')].map((byte) => {
    if (byte === 0xa0) return ' ';
    const letter = iconv.decode(Buffer.of(byte), 'tis620');
    return letter === '\uFFFD' ? '' : letter;
  });
  const withSpace = readings.join('');
  const collapsed = withSpace.replace(/ /g, '');
  return [...new Set([withSpace, collapsed.trimEnd() === collapsed ? collapsed : collapsed])].filter((form) => /^[\u0E00-\u0E7F]/.test(form));
}

/** Damaged form → candidate characters, in the preference order of CANDIDATES. */
export const DAMAGE_TABLE: ReadonlyMap<string, readonly string[]> = (() => {
  const table = new Map<string, string[]>();
  for (const char of CANDIDATES) {
    for (const form of damagedForms(char)) {
      const list = table.get(form) ?? [];
      if (!list.includes(char)) list.push(char);
      table.set(form, list);
    }
  }
  return table;
})();

/** The longest damaged form, in characters: the tokeniser never looks further. */
export const LONGEST_FORM = Math.max(...[...DAMAGE_TABLE.keys()].map((form) => form.length));

/**
 * Outlets aggregators credit in Chinese or Japanese. Their names lose all but the lead
 * byte of each character to the damage (`虎嗅` arrives as `่ๅ`), so they cannot be
 * rebuilt letter by letter; on a line that names the source, the damaged form of a
 * whole known name is recognised instead. Most likely first.
 */
const CJK_OUTLETS: readonly string[] = [
  '虎嗅', '36氪', '钛媒体', '机器之心', '量子位', '新智元', '雷锋网', '极客公园', '爱范儿', '品玩', '财新', '第一财经',
  '界面新闻', '澎湃新闻', '新浪科技', '腾讯科技', '网易科技', '华尔街见闻', '智东西', '晚点', '日本経済新聞', '日経',
];

/** How a whole string arrives after the damage (ASCII unchanged). */
const damagedString = (text: string): string => [...text].map((c) => (c < '\u0080' ? c : (damagedForms(c)[0] ?? ''))).join('');

/** Damaged form of an outlet's CJK name → the name; only forms of two letters or more, which chance rarely makes. */
export const OUTLET_DAMAGE: ReadonlyMap<string, string> = new Map(
  CJK_OUTLETS.filter((name) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(name))
    .map((name) => [damagedString(name), name] as const)
    .filter(([form]) => [...form].length >= 2)
    .reverse(), // the first name of a shared form wins
);
