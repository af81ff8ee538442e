/** Debian's chromium driven by playwright-core (npm test installs it when missing). */
import { chromium, type Browser } from 'playwright-core';

/** Launches headless chromium with the flags this closed-network machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What `layoutProblems` finds on a page at one width. */
export interface LayoutProblems {
  /** Words in a table cell, caption or heading laid out on more than one line: `word (element)`. */
  brokenWords: string[];
  /** Elements that scroll sideways but cannot be reached by keyboard or have no accessible name. */
  unreachableScrollers: string[];
  /** How far the page itself scrolls sideways, in px. */
  pageOverflow: number;
}

/**
 * Runs in the page (pass it to `page.evaluate`): every word of every table cell,
 * caption and heading is a `Range`, and a word whose line boxes stand on different
 * lines is broken mid-word (words are `Intl.Segmenter` words, so a break at a hyphen
 * or a slash is between two words); every element that scrolls sideways must be
 * focusable and named.
 */
export function layoutProblems(): LayoutProblems {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const brokenWords: string[] = [];
  const selector = 'th, td, caption, h1, h2, h3, h4, h5, h6';
  for (const element of Array.from(document.querySelectorAll(selector))) {
    if (element.parentElement?.closest(selector)) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of segmenter.segment(node.data)) {
        if (!word.isWordLike || word.segment.length < 2) continue;
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word.segment.length);
        const boxes = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        if (boxes.length < 2) continue;
        const tops = boxes.map((r) => r.top);
        if (Math.max(...tops) - Math.min(...tops) > Math.min(...boxes.map((r) => r.height)) / 2) {
          brokenWords.push(`${word.segment} (${element.tagName.toLowerCase()}: ${element.textContent!.trim().slice(0, 40)})`);
        }
      }
    }
  }
  const unreachableScrollers: string[] = [];
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
    if (element.scrollWidth <= element.clientWidth + 1) continue;
    if (!['auto', 'scroll'].includes(getComputedStyle(element).overflowX)) continue;
    const labelledBy = element.getAttribute('aria-labelledby');
    const name = element.getAttribute('aria-label')?.trim() || (labelledBy && document.getElementById(labelledBy)?.textContent?.trim());
    if (!element.hasAttribute('tabindex') || element.tabIndex < 0 || !name) unreachableScrollers.push(element.outerHTML.slice(0, 80));
  }
  return { brokenWords, unreachableScrollers, pageOverflow: document.documentElement.scrollWidth - window.innerWidth };
}
