// Starts Pagefind's search UI (a file, not an inline script, so the CSP can forbid inline code).
window.addEventListener('DOMContentLoaded', () => {
  // eslint-disable-next-line no-undef
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false });
});
