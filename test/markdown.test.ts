import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../src/render/markdown.ts';

describe('markdownToHtml', () => {
  it("should render a long-form block's markdown: emphasis, links, quotes and lists", () => {
    expect(markdownToHtml('AWS grew *28%*, [GeekWire](https://geekwire.com) said.').toString()).toBe(
      '<p>AWS grew <em>28%</em>, <a href="https://geekwire.com">GeekWire</a> said.</p>',
    );
    expect(markdownToHtml('> Backlog: $244B').toString()).toContain('<blockquote>');
    expect(markdownToHtml('- capex\n  - AWS').toString()).toMatch(/<ul>[\s\S]*<ul>/);
  });

  it('should show markup nested thousands deep as its text, escaped, instead of parsing it', () => {
    const hostile = [
      `${'> '.repeat(20_000)}AWS revenue grew 28%.`,
      `${'- '.repeat(20_000)}AWS revenue grew 28%.`,
      `${'*_'.repeat(20_000)}AWS${'_*'.repeat(20_000)}`,
      `${'[<'.repeat(20_000)}AWS`,
      Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n'),
    ];
    for (const text of hostile) {
      const rendered = markdownToHtml(text).toString();
      expect(rendered).toMatch(/^<p>[^<]*<\/p>$/);
      expect(rendered).not.toMatch(/<(?:blockquote|ul|li|em|strong|a)\b/);
    }
    expect(markdownToHtml(`${'[<'.repeat(20_000)}AWS`).toString()).toContain('[&lt;[&lt;');
  });
});
