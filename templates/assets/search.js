// Starts Pagefind's search UI (a file, not an inline script, so the CSP can forbid inline code).
// Chinese and Japanese are indexed as words set apart by spaces (src/render/language.ts,
// spacedWords): a query is split into words the same way, so 积压订单 finds 积压 订单.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
const splitWords = (term) =>
  segmenter ? term.replace(CJK_RUN, (run) => [...segmenter.segment(run)].map((s) => s.segment).join(' ')) : term;

// A large digest's records are split into several indexes (`pagefind/`, `pagefind-2/`…, beside
// each other; `data-indexes` says how many): the others are merged into the first one's results.
window.addEventListener('DOMContentLoaded', () => {
  const count = Number(document.querySelector('#search')?.dataset.indexes ?? 1);
  const first = document.querySelector('script[src$="/pagefind/pagefind-ui.js"]')?.src ?? '';
  const mergeIndex = [];
  for (let i = 2; i <= count; i++) mergeIndex.push({ bundlePath: first.replace(/pagefind\/pagefind-ui\.js$/, `pagefind-${i}/`) });
  // eslint-disable-next-line no-undef
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, processTerm: splitWords, mergeIndex });
});
