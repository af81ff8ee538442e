import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.ts';

/** The outlet the parse reads from an article's text. */
const outletOf = (text: string): string | null => {
  const result = parseArticle({ file: 'story.txt', text, encoding: 'utf-8', repairs: [], warnings: [] });
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.article.source;
};
const body = 'Contoso said its cloud backlog reached $120 billion at the end of the quarter, up from $98 billion a year earlier.';

describe('the outlet an article names', () => {
  it('should read the outlet from a masthead line that gives the date, where no source line names one', () => {
    expect(outletOf(`Contoso backlog swells\n\nHarbor Ledger | Dec 11, 2025\n\n${body}\n`)).toBe('Harbor Ledger');
    expect(outletOf(`康拓云业务积压订单增至1200亿美元\n\n北辰财经 · 2026-04-30 07:02\n\n康拓公布，其云业务积压订单在季度末达到1200亿美元，同比增长22%。\n`)).toBe('北辰财经');
    expect(outletOf(`コントソ、受注残高1200億ドルに\n\n北辰新聞\u30002026年5月1日\n\nコントソは、クラウド事業の受注残高が1200億ドルに達したと発表した。前年同期比22％増えた。\n`)).toBe('北辰新聞');
    // A writer's field first: the outlet is the field after it, where a date follows.
    expect(outletOf(`Contoso backlog swells\n\nBy Jane Doe | Harbor Ledger | Dec 11, 2025\n\n${body}\n`)).toBe('Harbor Ledger');
    expect(outletOf(`Contoso backlog swells\n\nPosted by Jane Doe, Partner at Fabrikam Ventures · LinkedIn · Dec 11, 2025\n\n${body}\n`)).toBe('LinkedIn');
    expect(outletOf(`Contoso backlog swells\n\nBy Jane Doe | Updated Dec 11, 2025 | 5 min read\n\n${body}\n`)).toBeNull();
    // A source line names the outlet wherever it stands, before the masthead.
    expect(outletOf(`Contoso backlog swells\n\nHarbor Ledger | Dec 11, 2025\n\n${body}\n\nSource: Quayside Wire\n`)).toBe('Quayside Wire');
    // Look-alikes: a writer's line, a weekday and the page's own label are no outlet; a line with no date is no masthead.
    expect(outletOf(`Contoso backlog swells\n\nBy Jane Doe | Dec 11, 2025\n\n${body}\n`)).toBeNull();
    expect(outletOf(`Contoso backlog swells\n\nThursday | Dec 11, 2025\n\n${body}\n`)).toBeNull();
    expect(outletOf(`Contoso backlog swells\n\nLive coverage | Dec 11, 2025\n\n${body}\n`)).toBeNull();
    expect(outletOf(`Contoso backlog swells\n\nHarbor Ledger | Markets\n\n${body}\n`)).toBeNull();
  });

  it('should read the outlet of a Chinese wire lead or masthead, as it writes its name', () => {
    expect(outletOf(`康拓云业务营收增长22%\n\n北辰科技讯 北京时间5月1日早间消息，康拓周四公布财报，云业务营收增长22%。\n`)).toBe('北辰科技');
    expect(outletOf(`康拓云业务营收增长22%\n\n北辰汇5月1日｜康拓公布，云业务第一季度营收120亿美元，同比增长22%。\n`)).toBe('北辰汇');
    expect(outletOf(`康拓上季資本支出375億美元\n\n（北辰社紐約2026年4月30日綜合外電報導）康拓公布上季財報，資本支出375億美元。\n`)).toBe('北辰社');
    expect(outletOf(`康拓的两千亿美元赌注\n\n北辰周刊 记者：林小明 发于2026.5.11\n\n康拓一季度营收376亿美元，同比增长28%。\n`)).toBe('北辰周刊');
    // Look-alikes: a lead that opens with a company and a date names no outlet; a bracket that opens with a place neither.
    expect(outletOf(`康拓云业务营收增长22%\n\n康拓周四公布财报，云业务营收增长22%，好于市场预期的20%。\n`)).toBeNull();
    expect(outletOf(`康拓上季資本支出375億美元\n\n（紐約2026年4月30日）康拓公布上季財報，資本支出375億美元。\n`)).toBeNull();
  });

  it('should read 資料來源, 资料来源 and 出所 as source lines, the name as written', () => {
    expect(outletOf(`康拓積壓訂單達1200億美元\n\n康拓公布，其雲端業務積壓訂單在季度末達到1200億美元。\n\n資料來源：北辰財經\n`)).toBe('北辰財經');
    expect(outletOf(`康拓积压订单达1200亿美元\n\n康拓公布，其云业务积压订单在季度末达到1200亿美元。\n\n资料来源：北辰财经\n`)).toBe('北辰财经');
    expect(outletOf(`コントソ、受注残高1200億ドル\n\nコントソは、クラウド事業の受注残高が1200億ドルに達したと発表した。\n\n出所：北辰新聞\n`)).toBe('北辰新聞');
  });

  it('should read the outlet a closing line says the article first appeared in', () => {
    expect(outletOf(`Contoso backlog swells\n\n${body}\n\nThis article first appeared on Harbor Ledger.\n`)).toBe('Harbor Ledger');
    expect(outletOf(`Contoso backlog swells\n\n${body}\n\nOriginally published by The Quayside Review\n`)).toBe('The Quayside Review');
    expect(outletOf(`康拓积压订单达1200亿美元\n\n康拓公布，其云业务积压订单在季度末达到1200亿美元。\n\n本文来自北辰财经\n`)).toBe('北辰财经');
    // Look-alike: a sentence of the text that says where something appeared first names no outlet.
    expect(outletOf(`Contoso backlog swells\n\n${body} The figure first appeared in its quarterly filing.\n`)).toBeNull();
  });

  it('should keep the name of a source line that goes on to describe it, and drop the description', () => {
    expect(outletOf(`Contoso backlog swells\n\n${body}\n\nSource: Larkfield Partners, weekly letter to limited partners\n`)).toBe('Larkfield Partners');
    expect(outletOf(`Contoso backlog swells\n\n${body}\n\nSource: Threads (@analyst.handle), recap by our readers' desk\n`)).toBe('Threads');
    // Look-alike: a short name with a description is kept as written.
    expect(outletOf(`Contoso backlog swells\n\n${body}\n\nSource: Quayside Wire (podcast)\n`)).toBe('Quayside Wire (podcast)');
  });
});
