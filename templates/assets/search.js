// Starts Pagefind's search UI (a file, not an inline script, so the CSP can forbid inline code).
// A large digest's records are split into several indexes (`pagefind/`, `pagefind-2/`…, beside
// each other; `data-indexes` says how many): the others are merged into the first one's results.
window.addEventListener('DOMContentLoaded', () => {
  const count = Number(document.querySelector('#search')?.dataset.indexes ?? 1);
  const first = document.querySelector('script[src$="/pagefind/pagefind-ui.js"]')?.src ?? '';
  const mergeIndex = [];
  for (let i = 2; i <= count; i++) mergeIndex.push({ bundlePath: first.replace(/pagefind\/pagefind-ui\.js$/, `pagefind-${i}/`) });
  // eslint-disable-next-line no-undef
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, mergeIndex });
});
