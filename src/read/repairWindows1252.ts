/**
 * Repairs Windows-1252 mojibake — UTF-8 bytes that were read as Windows-1252
 * (`â€™` for `’`, `ðŸ’¡` for `💡`). The damage is lossless: re-encoding such a run
 * as Windows-1252 gives back valid UTF-8. A run is repaired only when its bytes form
 * complete multi-byte UTF-8 sequences, so correct text (`café`, `Größe`) stays.
 */
import iconv from 'iconv-lite';

/**
 * The characters a byte 0x80–0xFF may have become: its Windows-1252 letter, and for
 * 0x80–0x9F also the C1 control of the same number (what Latin-1 decoders and
 * Windows-1252's five unassigned bytes give).
 */
const readingsOf = (byte: number): string[] => {
  const letter = iconv.decode(Buffer.of(byte), 'windows-1252');
  const latin1 = String.fromCharCode(byte);
  return letter === latin1 || letter === '\uFFFD' ? [latin1] : [letter, latin1];
};

/** Character → the byte it was read from. */
const byteOf = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) for (const c of readingsOf(b)) byteOf.set(c, b);

const classOf = (from: number, to: number) => {
  const chars: string[] = [];
  for (let b = from; b <= to; b++) chars.push(...readingsOf(b));
  return `[${chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
};
const CONT = classOf(0x80, 0xbf);
/** A lead character followed by exactly the continuation characters its UTF-8 sequence needs. */
const SEQUENCE = `(?:${classOf(0xc2, 0xdf)}${CONT}|${classOf(0xe0, 0xef)}${CONT}{2}|${classOf(0xf0, 0xf4)}${CONT}{3})`;
const MOJIBAKE = new RegExp(`${SEQUENCE}+`, 'g');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Repairs one pass; returns the text and how many characters were restored. */
function repairOnce(text: string): { text: string; count: number } {
  let count = 0;
  const repaired = text.replace(MOJIBAKE, (run) => {
    const bytes = Uint8Array.from([...run].map((c) => byteOf.get(c)!));
    try {
      const decoded = utf8.decode(bytes);
      count += [...decoded].length;
      return decoded;
    } catch {
      return run; // overlong or surrogate bytes: not UTF-8, so not this damage
    }
  });
  return { text: repaired, count };
}

/** Repairs Windows-1252 mojibake, including double encoding (at most three passes). */
export function repairWindows1252(text: string): { text: string; count: number } {
  let total = 0;
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const { text: next, count } = repairOnce(current);
    if (count === 0) break;
    total += count;
    current = next;
  }
  return { text: current, count: total };
}
