import { describe, expect, it } from 'vitest';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { readInputs, decodeAndRepair, repairText } from '../../src/read/readInputs.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { repairTis620 } from '../../src/read/repairTis620.ts';
import { repairWindows1252 } from '../../src/read/repairWindows1252.ts';
import { tempDir } from '../helpers/corpus.ts';
import type { DecodedFile, Rejection } from '../../src/schemas.ts';

const SEED_004 = 'seeds/004_f8a458f6d888d2ee.txt';
const decoded = (result: DecodedFile | Rejection): DecodedFile => {
  if (!('text' in result)) throw new Error(`rejected: ${result.reason}`);
  return result;
};
const count = (file: DecodedFile, kind: string) => file.repairs.find((r) => r.kind === kind)?.count ?? 0;

/** UTF-8 bytes read as TIS-620 with every byte it has no letter for dropped (0xA0 kept as a space). */
function tis620Damage(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (byte === 0xa0 ? ' ' : byte < 0x80 ? String.fromCharCode(byte) : iconv.decode(Buffer.of(byte), 'tis620').replace('\uFFFD', '')))
    .join('');
}

/** UTF-8 bytes read as Windows-1252, the way a browser does (unassigned bytes become C1 controls). */
function windows1252Damage(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const letter = iconv.decode(Buffer.of(byte), 'windows-1252');
      return letter === '\uFFFD' ? String.fromCharCode(byte) : letter;
    })
    .join('');
}

const GENUINE = [
  'ธนาคารแห่งประเทศไทยประกาศคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.50 โดยคณะกรรมการนโยบายการเงินมีมติเอกฉันท์ เศรษฐกิจโลกยังคงชะลอตัว',
  'AWS เปิดศูนย์ข้อมูลใหม่ในกรุงเทพฯ มูลค่า 5 พันล้านดอลลาร์ — โครงการนี้จะเริ่มในปี 2569',
  "L'économie française a progressé de 0,3 % au premier trimestre ; « c'est une bonne nouvelle », a déclaré le ministre. Café, naïve, cœur.",
  'Die Größe des Marktes für KI-Chips wächst: Nvidia übertrifft die Erwartungen, während Übernahmen zunehmen. Straße, Fußgänger.',
  '亚马逊云科技第一季度营收增长28%，达到376亿美元。虎嗅认为，AI 资本开支仍在加速。',
  '🚀 Launch day! 💡 Idea → 📊 data → ✅ done — “quoted” and ‘single’ … 🇹🇭 🧑‍💻 👍🏽 ™ © ° × ½',
];

describe('readInputs on the seeds', () => {
  it('should repair the lossy TIS-620 seeds into the aggregator format the clean seeds use', async () => {
    const { decoded: files, rejected, inputs } = await readInputs('seeds', { maxBytes: 8 << 20 });
    expect(inputs).toBe(5);
    expect(rejected).toEqual([]);
    const seed000 = files.find((f) => f.file.startsWith('000'))!;
    const lines = seed000.text.split('\n');
    expect(lines[4]).toBe('⚡ 30-Second TL;DR');
    expect(lines[13 - 1]).toBe('🧠 Deep Insight');
    expect(lines[16 - 1]!.startsWith('- •Amazon')).toBe(true);
    expect(lines[19 - 1]).toBe('📊 Competitor Analysis▸ Show');
    expect(lines[25 - 1]).toBe('🛠️ Technical Deep Dive');
    expect(lines[35 - 1]).toBe('⏳ Timeline');
    expect(lines[51 - 1]).toBe('Original source: GeekWire ↗');
    expect(lines[0]).toMatch(/^\S+GeekWire•Freshcollected in 32m$/u);
    for (const file of files) expect(file.text, file.file).not.toMatch(/[\u0E00-\u0E7F]/);
    const original = await readFile('seeds/000_9233e89c7bacff11.txt', 'utf8');
    expect(seed000.text.split('\n')).toHaveLength(original.split('\n').length);
    expect(count(seed000, 'tis-620-mojibake')).toBeGreaterThan(0);
    expect(count(seed000, 'tis-620-mojibake-guess')).toBeGreaterThan(0);
    for (const file of files.filter((f) => /^00[234]/.test(f.file))) expect(file.repairs, file.file).toEqual([]);
  });

  it('should undo Windows-1252 mojibake made from a seed exactly', async () => {
    const seed = await readFile(SEED_004, 'utf8');
    const damaged = windows1252Damage(seed);
    expect(damaged).toContain('â€”');
    const result = decoded(decodeAndRepair('damaged.txt', Buffer.from(damaged, 'utf8')));
    expect(result.text).toBe(seed);
    expect(count(result, 'windows-1252-mojibake')).toBeGreaterThan(10);
  });

  it('should undo lossy TIS-620 damage made from a seed, counting the guesses', async () => {
    const seed = await readFile(SEED_004, 'utf8');
    const result = decoded(decodeAndRepair('tis.txt', Buffer.from(tis620Damage(seed), 'utf8')));
    expect(result.text).not.toMatch(/[\u0E00-\u0E7F]/);
    const want = seed.split('\n');
    const got = result.text.split('\n');
    expect(got).toHaveLength(want.length);
    // Headings, bullets and arrows come back exactly; only the header's outlet icon is a free guess.
    expect(got.slice(1)).toEqual(want.slice(1));
    expect(got[0]).toMatch(/^\S+Bloomberg Technology•Freshcollected in 16m$/u);
    expect(count(result, 'tis-620-mojibake-guess')).toBeGreaterThan(0);
  });

  it('should decode the HTML references a scraper left in a seed, once or twice escaped, and leave R&D alone', async () => {
    const seed = await readFile(SEED_004, 'utf8');
    const escaped = seed
      .replace(/&/g, '&amp;')
      .replace(/’/g, '&#8217;')
      .replace(/'/g, '&amp;#39;')
      .replace(/—/g, '&mdash;')
      .replace(/\$/g, '&#x24;')
      .replace(/🚀|💡/gu, (c) => `&#${c.codePointAt(0)};`);
    expect(escaped).not.toBe(seed);
    const result = decoded(decodeAndRepair('escaped.txt', Buffer.from(escaped)));
    expect(result.text).toBe(seed);
    expect(count(result, 'html-entities')).toBeGreaterThan(10);
    // Not references: no semicolon, unknown names, or a reference to no character.
    const plain = 'R&D and S&P 500 rose; Q&A at 5pm; &bogus; stays; &#0; and &#10; too\n';
    expect(decoded(decodeAndRepair('plain.txt', Buffer.from(plain))).text).toBe(plain);
    // Mojibake written as references is repaired too.
    expect(decoded(decodeAndRepair('m.txt', Buffer.from('it&acirc;&#128;&#153;s $5B\n'))).text).toBe('it’s $5B\n');
  });

  it('should pass genuine Thai, French, German, Chinese and emoji text through byte for byte', () => {
    for (const text of GENUINE) {
      const result = decoded(decodeAndRepair('genuine.txt', Buffer.from(`${text}\n`, 'utf8')));
      expect(result.text).toBe(`${text}\n`);
      expect(result.repairs).toEqual([]);
    }
  });

  it('should repair damaged lines and leave genuine Thai lines of the same file alone', () => {
    const mixed = `${GENUINE[0]}\n${tis620Damage('⚡ 30-Second TL;DR')}\n${GENUINE[1]}\n`;
    expect(repairTis620(mixed).text).toBe(`${GENUINE[0]}\n⚡ 30-Second TL;DR\n${GENUINE[1]}\n`);
  });
});

describe('decoding', () => {
  const text = 'AWS backlog — $244B ✅\nSecond line\n';
  it('should strip a UTF-8 BOM and read UTF-16 with a BOM', () => {
    expect(decoded(decodeAndRepair('bom.txt', Buffer.from(`\uFEFF${text}`, 'utf8'))).text).toBe(text);
    const le = Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
    expect(decoded(decodeAndRepair('le.txt', le))).toMatchObject({ text, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decoded(decodeAndRepair('be.txt', be))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('should turn CRLF and lone CR into LF and count them', () => {
    const result = decoded(decodeAndRepair('crlf.txt', Buffer.from('a\r\nb\rc\n', 'utf8')));
    expect(result.text).toBe('a\nb\nc\n');
    expect(count(result, 'line-endings')).toBe(2);
  });

  it('should warn with the line of invalid UTF-8 bytes and never produce U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('ok ✅\nline two\ncaf', 'utf8'), Buffer.of(0xe9), Buffer.from(' au lait\n', 'utf8')]);
    const result = decoded(decodeAndRepair('bad.txt', bytes));
    expect(result.text).toBe('ok ✅\nline two\ncafé au lait\n');
    expect(result.warnings).toEqual([expect.objectContaining({ file: 'bad.txt', line: 3 })]);
    expect(result.warnings[0]!.message).toMatch(/0xE9/);
  });

  it('should drop bytes that are no Windows-1252 character rather than write U+FFFD, in a damaged seed and a legacy file', async () => {
    // A seed with bytes flipped to 0x81, 0x8D and 0x9D: invalid UTF-8, and no character in Windows-1252 either.
    const seed = Buffer.from(await readFile(SEED_004));
    const flipped = Buffer.from(seed);
    const at = [100, 900, 1700].map((i) => seed.indexOf(0x20, i)); // three spaces
    at.forEach((i, k) => (flipped[i] = [0x81, 0x8d, 0x9d][k]!));
    const result = decoded(decodeAndRepair('flipped.txt', flipped));
    expect(result.text).not.toContain('\uFFFD');
    const withoutThem = at.reduceRight((bytes, i) => Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]), seed);
    expect(result.text).toBe(withoutThem.toString('utf8'));
    expect(result.warnings).toHaveLength(3);
    const legacy = decoded(decodeAndRepair('legacy.txt', Buffer.concat([iconv.encode('Café — €5 ', 'windows-1252'), Buffer.of(0x81, 0x8d), iconv.encode(' “quoted”\n', 'windows-1252')])));
    expect(legacy.text).toBe('Café — €5  “quoted”\n');
    expect(legacy.warnings[0]!.message).toMatch(/2 bytes that are no character in Windows-1252 dropped/);
  });

  it('should read a legacy Windows-1252 file as such', () => {
    const result = decoded(decodeAndRepair('legacy.txt', iconv.encode('Café — “quoted” €5\n', 'windows-1252')));
    expect(result.text).toBe('Café — “quoted” €5\n');
    expect(result.encoding).toBe('windows-1252');
  });

  it('should remove the stray NUL and control bytes of a damaged seed, warning with each line, and keep the article', async () => {
    const seed = await readFile(SEED_004, 'utf8');
    const lines = seed.split('\n');
    // Damage as a flipped byte leaves it: a control character inside a word or between two.
    lines[2] = `AWS\u0000${lines[2]}`;
    lines[9] = `${lines[9]!.slice(0, 5)}\u0007\u001b${lines[9]!.slice(5)}`;
    const damaged = Buffer.from(lines.join('\r\n'), 'utf8');
    const result = decoded(decodeAndRepair('damaged.txt', damaged));
    expect(result.text).toBe(seed.split('\n').map((line, i) => (i === 2 ? `AWS${line}` : line)).join('\n'));
    expect(count(result, 'control-characters')).toBe(3);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, expect.stringMatching(/removed a control character \(U\+0000\) at line 3/)],
      [10, expect.stringMatching(/removed 2 control characters \(U\+0007, U\+001B\) at line 10/)],
    ]);
  });

  it('should remove the soft hyphens, zero-width spaces and word joiners a scrape keeps in a seed, and keep joined emoji', async () => {
    const seed = await readFile(SEED_004, 'utf8');
    const damaged = seed
      .replaceAll('billion', 'bil\u00adlion')
      .replaceAll('$', '\u200b$')
      .replace('AWS', 'AWS\u2060')
      .replace('\n\n', '\n\uFEFF\n');
    const result = decoded(decodeAndRepair('invisible.txt', Buffer.from(damaged, 'utf8')));
    expect(result.text).toBe(seed);
    expect(count(result, 'invisible-characters')).toBe(damaged.length - seed.length);
    // The joiners of emoji sequences are text, not damage.
    expect(decoded(decodeAndRepair('emoji.txt', Buffer.from(`${GENUINE[5]}\n`, 'utf8'))).text).toBe(`${GENUINE[5]}\n`);
    // A soft hyphen written as mojibake ("Â­") is repaired, then removed.
    expect(decoded(decodeAndRepair('moji.txt', Buffer.from(`${windows1252Damage('bil\u00adlion — “quoted”')}\n`, 'utf8'))).text).toBe('billion — “quoted”\n');
  });

  it('should reject empty, whitespace-only and binary files with a reason', () => {
    expect(decodeAndRepair('e.txt', Buffer.alloc(0))).toMatchObject({ reason: expect.stringMatching(/empty/) });
    expect(decodeAndRepair('w.txt', Buffer.from(' \n\t\r\n'))).toMatchObject({ reason: expect.stringMatching(/whitespace/) });
    expect(decodeAndRepair('z.txt', Buffer.from('\u200b\n\u00a0\u3000\ufeff\u2060\n', 'utf8'))).toMatchObject({ reason: expect.stringMatching(/whitespace/) });
    expect(decodeAndRepair('b.bin', Buffer.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 9))).toMatchObject({ reason: expect.stringMatching(/binary/) });
    // A text file is not binary for a few NULs, but one in twenty bytes is no text.
    const text = Buffer.from('AWS revenue rose 17% to $29.3 billion. '.repeat(50));
    for (let i = 0; i < text.length; i += 20) text[i] = 0;
    expect(decodeAndRepair('holes.txt', text)).toMatchObject({ reason: expect.stringMatching(/binary/) });
  });

  it('should read a short text padded with NUL bytes, or with a run of them inside, as text with the NULs removed', () => {
    const brief = '亚马逊云科技积压订单达2440亿美元\n亚马逊云科技第一季度积压订单达到2440亿美元。营收同比增长28%。\n';
    // 200 NULs after a 60-character text: a file padded to its allocated size.
    const padded = decoded(decodeAndRepair('padded.txt', Buffer.concat([Buffer.from(brief, 'utf8'), Buffer.alloc(200)])));
    expect(padded.text).toBe(brief);
    expect(count(padded, 'control-characters')).toBe(200);
    expect(padded.warnings.map((w) => w.line)).toEqual([3]);
    // A hole of NULs between two lines, as a crash while writing leaves.
    const [first, second] = brief.split('\n');
    const hole = decoded(decodeAndRepair('hole.txt', Buffer.concat([Buffer.from(`${first}\n`, 'utf8'), Buffer.alloc(64), Buffer.from(`${second}\n`, 'utf8')])));
    expect(hole.text).toBe(brief);
  });
});

describe('listing', () => {
  it('should read sub-folders, reject symlink loops and files over the size limit', async () => {
    const dir = await tempDir('read');
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'sub', 'a.txt'), 'Hello\nWorld\n');
    await writeFile(path.join(dir, 'big.txt'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    await symlink('loop-b.txt', path.join(dir, 'loop-a.txt'));
    await symlink('loop-a.txt', path.join(dir, 'loop-b.txt'));
    const result = await readInputs(dir, { maxBytes: 2 * 1024 * 1024 });
    expect(result.inputs).toBe(4);
    expect(result.decoded.map((d) => d.file)).toEqual(['sub/a.txt']);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.file, r.reason]));
    expect(reasons['big.txt']).toMatch(/3\.0 MB.*2\.0 MB.*--max-file-size/);
    expect(reasons['loop-a.txt']).toMatch(/symbolic link loop/);
    expect(reasons['loop-b.txt']).toMatch(/symbolic link loop/);
  });
});

describe('repair properties', () => {
  it('should be idempotent and leave text without mojibake unchanged', () => {
    const clean = fc.string({ unit: fc.constantFrom(...'abc xyz—•’“”é€™ธนาคารโดย虎嗅💡🚀\n'.split('')) , maxLength: 80 });
    fc.assert(
      fc.property(clean, (text) => {
        const once = repairText(text).text;
        expect(repairText(once).text).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const noThai = text.replace(/[\u0E00-\u0E7F]/g, '');
        expect(repairWindows1252(noThai).text === noThai || /[\u00C2-\u00F4]/.test(noThai)).toBe(true);
        expect(repairTis620(noThai).text).toBe(noThai);
      }),
    );
  });
});

describe('legacy code pages', () => {
  const texts: [string, string][] = [
    ['gb18030', '亚马逊云科技第一季度营收同比增长百分之二十八，创下十五个季度以来的最快增速，主要受益于人工智能相关服务需求的强劲增长。\n分析人士认为，亚马逊在数据中心和自研芯片上的大规模投入，将在未来几年继续压低公司的自由现金流。\n'],
    ['big5', '亞馬遜雲端業務第一季營收成長百分之二十八，創下十五個季度以來最快增速，主要受惠於人工智慧相關服務需求強勁。\n'],
    ['shift_jis', 'アマゾンのクラウド事業は第1四半期に28%成長し、AI需要が牽引した。アナリストはデータセンター投資の拡大を予想している。\n'],
    ['tis620', 'ตลาดหุ้นไทยปรับตัวขึ้นอย่างต่อเนื่องในช่วงไตรมาสแรกของปีนี้ โดยได้รับแรงหนุนจากการลงทุนด้านปัญญาประดิษฐ์ของบริษัทเทคโนโลยีรายใหญ่ทั่วโลก\n'],
    ['euc-kr', '아마존 클라우드 사업은 1분기에 28% 성장했으며 인공지능 수요가 성장을 이끌었다. 분석가들은 데이터센터 투자 확대를 예상한다.\n'],
    ['windows-1251', 'Облачный бизнес Amazon вырос на 28% в первом квартале благодаря спросу на искусственный интеллект и новым центрам обработки данных.\n'],
  ];
  it.each(texts)('should read a %s file as the text it encodes, saying so in the report', (encoding, text) => {
    const result = decodeAndRepair(`${encoding}.txt`, iconv.encode(text, encoding));
    if (!('text' in result)) throw new Error(`rejected: ${result.reason}`);
    expect(result.text).toBe(text);
    expect(result.repairs).toEqual([expect.objectContaining({ kind: expect.stringMatching(/^decoded-as-/) })]);
    expect(result.warnings[0]!.message).toMatch(/read as .* \(detected\)/);
  });
});

describe('a Chinese brief, as UTF-8 and as GB18030 bytes', () => {
  const brief = '亚马逊云科技一季度营收同比增长21%\n财联社5月1日电，亚马逊云科技2026年第一季度营收为376亿美元，同比增长21%。积压订单为2440亿美元。\n来源：财联社\n';
  it.each([
    ['utf-8', Buffer.from(brief, 'utf8')],
    ['gb18030', iconv.encode(brief, 'gb18030')],
  ])('should read the %s copy as the text it encodes and parse it as an article with its outlet', (encoding, bytes) => {
    const decoded = decodeAndRepair(`zh-${encoding}.txt`, bytes);
    if (!('text' in decoded)) throw new Error(`rejected: ${decoded.reason}`);
    expect(decoded.text).toBe(brief);
    if (encoding === 'gb18030') expect(decoded.repairs).toEqual([expect.objectContaining({ kind: 'decoded-as-gb18030' })]);
    const parsed = parseArticle(decoded);
    if ('rejection' in parsed) throw new Error(`rejected: ${parsed.rejection.reason}`);
    expect(parsed.article.title).toBe('亚马逊云科技一季度营收同比增长21%');
    expect(parsed.article.source).toBe('财联社');
  });
});
