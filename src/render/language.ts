/**
 * Marks Chinese and Japanese text on the English site with its language (`lang="zh"`,
 * `lang="ja"`), so that screen readers read it in the right voice and browsers pick
 * fonts with the right glyph forms. Quotes, titles and outlet names are kept as written;
 * only the markup around them is added.
 */
import { html, type SafeHtml } from './html.ts';

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * A character at or past U+2E80, where Chinese and Japanese scripts begin: a plain range is
 * tested several times faster than the script classes, and most of an English site's text
 * (Latin letters, dashes, quotes) has none (4,000 articles: 353 ms of the render in the scripts test).
 */
const MAYBE_HAN_OR_KANA = /[^\u0000-\u2e7f]/;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A run of Chinese or Japanese: its characters, with the punctuation, digits and signs written between them. */
const RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\d.,%]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef])?/gu;
const LATIN_LETTER = /[A-Za-z]/g;

/** The language of a text's Chinese or Japanese (kana make it Japanese), or null when it has none. */
export function languageOf(text: string): 'zh' | 'ja' | null {
  if (!MAYBE_HAN_OR_KANA.test(text) || !HAN_OR_KANA.test(text)) return null;
  return KANA.test(text) ? 'ja' : 'zh';
}

/** More Chinese or Japanese characters than Latin letters: a Chinese title that names `OpenAI` is Chinese. */
function mostlyCjk(text: string): boolean {
  let cjk = 0;
  for (const run of text.matchAll(RUN)) cjk += run[0].length;
  return cjk >= (text.match(LATIN_LETTER)?.length ?? 0);
}

/**
 * `text` for an element of the English site: as it is when it has no Chinese or
 * Japanese; in one `<span lang>` when it is mostly so (a Chinese title that names
 * `OpenAI` is Chinese); else with each Chinese or Japanese run in its own span (an
 * English sentence that names 虎嗅).
 */
export function inLanguage(text: string): SafeHtml | string {
  const lang = languageOf(text);
  if (!lang) return text;
  if (mostlyCjk(text)) return html`<span lang="${lang}">${text}</span>`;
  const parts: (SafeHtml | string)[] = [];
  let last = 0;
  for (const run of text.matchAll(RUN)) {
    parts.push(text.slice(last, run.index), html`<span lang="${lang}">${run[0]}</span>`);
    last = run.index + run[0].length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

const WORDS = { zh: new Intl.Segmenter('zh', { granularity: 'word' }), ja: new Intl.Segmenter('ja', { granularity: 'word' }) };

/**
 * `text` with its Chinese and Japanese words set apart by spaces (亚马逊云科技积压订单 →
 * 亚马逊 云 科技 积压 订单), as `Intl.Segmenter` finds them: the search index reads words
 * between spaces, and the search page splits a query the same way (assets/search.js).
 */
export function spacedWords(text: string): string {
  const lang = languageOf(text);
  if (!lang) return text;
  return text.replace(RUN, (run) => [...WORDS[lang].segment(run)].map((s) => s.segment).join(' ').replace(/ {2,}/g, ' '));
}
