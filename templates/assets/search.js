// Starts Pagefind's search UI (a file, not an inline script, so the CSP can forbid inline code).
// Chinese and Japanese are indexed as words set apart by spaces (src/render/language.ts,
// spacedWords): a query is split into words the same way, so 积压订单 finds 积压 订单.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
const splitWords = (term) =>
  segmenter ? term.replace(CJK_RUN, (run) => [...segmenter.segment(run)].map((s) => s.segment).join(' ')) : term;

window.addEventListener('DOMContentLoaded', () => {
  // eslint-disable-next-line no-undef
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, processTerm: splitWords });
});
