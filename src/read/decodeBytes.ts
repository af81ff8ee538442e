/**
 * Turns a file's bytes into text: BOMs, UTF-16, legacy code pages, invalid UTF-8 runs
 * (decoded as the Windows-1252 characters they most likely were, each with a warning
 * naming its line — never a silent U+FFFD), binary files, stray control characters
 * (removed, each line warned about), and line ends.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Repair, Warning } from '../schemas.ts';

export type Decoded =
  | { ok: true; text: string; encoding: string; repairs: Repair[]; warnings: Warning[] }
  | { ok: false; reason: string; line?: number };

/**
 * Decodes a legacy encoding with iconv-lite (Node's TextDecoder reads the label
 * 'windows-1252' as Latin-1), dropping the bytes that are no character in it (0x81 in
 * Windows-1252, a broken GB18030 pair…), which iconv-lite would turn into U+FFFD.
 */
function decodeLegacyBytes(bytes: Uint8Array, encoding: string): { text: string; dropped: number } {
  const text = iconv.decode(Buffer.from(bytes), encoding);
  const dropped = text.split('\uFFFD').length - 1;
  return { text: dropped ? text.replaceAll('\uFFFD', '') : text, dropped };
}

/**
 * Legacy encodings chardet tells apart reliably from Windows-1252, with the confidence
 * its guess needs: the multi-byte CJK ones are unmistakable, the single-byte Cyrillic,
 * Greek, Hebrew and Arabic ones less so. Anything else stays Windows-1252, the web's
 * default (Latin-1, 1250 and 1254 guesses for Western text are mostly noise).
 */
const LEGACY: Record<string, number> = {
  GB18030: 50, Big5: 50, Shift_JIS: 50, 'EUC-JP': 50, 'EUC-KR': 50,
  'windows-1251': 20, 'KOI8-R': 20, 'ISO-8859-5': 20, 'windows-1253': 20, 'ISO-8859-7': 20,
  'windows-1255': 20, 'ISO-8859-8': 20, 'windows-1256': 20, 'ISO-8859-6': 20,
};

/** Thai vowel and tone marks written above or below a consonant. */
const THAI_MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/u;
const THAI_BASE = /[\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/u;
const THAI_CONSONANT = /[\u0e01-\u0e2e]/u;
const THAI_LEADING_VOWEL = /[\u0e40-\u0e44]/u;
const THAI = /[\u0e01-\u0e5b]/u;
/** Latin letters and ASCII symbols, which real Thai text never glues to a Thai letter. */
const GLUED_LATIN = /[A-Za-z@[\]^_`{|}~]/;

/**
 * Whether `text`, bytes read as TIS-620, is Thai (chardet does not know TIS-620, and
 * takes it for GB18030). Read so, real Thai keeps the script's rules — marks sit on a consonant or
 * another mark, a leading vowel comes before a consonant, Latin letters are not glued
 * to Thai ones, words run on without spaces — which Chinese, Korean or Western bytes
 * read as TIS-620 break at once.
 */
function isThai(text: string): boolean {
  let thai = 0;
  let broken = 0;
  let other = 0;
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!THAI.test(c)) {
      if (c > '\u007f') other++;
      continue;
    }
    thai++;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (!THAI.test(before)) runs++;
    if (THAI_MARK.test(c) && !THAI_BASE.test(before)) broken++;
    if (THAI_LEADING_VOWEL.test(c) && !THAI_CONSONANT.test(after)) broken++;
    if (GLUED_LATIN.test(before) || GLUED_LATIN.test(after)) broken++;
  }
  // Thai leaves no space between words: its runs are long, where Korean read as Thai gives short ones.
  return thai > 0 && other <= thai * 0.05 && broken <= thai * 0.01 && thai / runs >= 8;
}

/** A file that is not UTF-8, decoded as TIS-620 Thai, as chardet's guess where it is sure, else as Windows-1252. */
function decodeLegacy(bytes: Uint8Array): { encoding: string; text: string; dropped: number } {
  const thai = decodeLegacyBytes(bytes, 'tis620');
  if (isThai(thai.text)) return { encoding: 'TIS-620', ...thai };
  const [best] = chardet.analyse(bytes);
  const encoding = best && best.confidence >= (LEGACY[best.name] ?? Infinity) && iconv.encodingExists(best.name) ? best.name : 'windows-1252';
  return { encoding, ...decodeLegacyBytes(bytes, encoding) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not valid UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0; // overlong / surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');

/**
 * Decodes UTF-8, replacing each invalid byte run by its Windows-1252 reading and
 * warning with the run's line. A file with more invalid bytes than bytes in valid
 * multi-byte characters is a legacy file: decoded as the legacy encoding chardet recognises (GB18030, Shift_JIS,
 * windows-1251…) or else as Windows-1252, with one repair.
 */
function decodeUtf8(file: string, bytes: Uint8Array): { text: string; encoding: string; repairs: Repair[]; warnings: Warning[] } {
  // Valid UTF-8, nearly every file: checked natively, without looking at each byte here.
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', repairs: [], warnings: [] };
  } catch {
    // Some bytes are not UTF-8: find them below.
  }
  const parts: string[] = [];
  const warnings: Warning[] = [];
  let line = 1;
  let start = 0;
  let multiByteBytes = 0;
  const invalid: { from: number; to: number; line: number }[] = [];
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] === 0x0a) line++;
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      if (length > 1) multiByteBytes += length;
      i += length;
      continue;
    }
    let end = i + 1;
    while (end < bytes.length && bytes[end]! >= 0x80 && utf8SequenceLength(bytes, end) === 0) end++;
    invalid.push({ from: i, to: end, line });
    i = end;
  }
  // More invalid bytes than bytes in valid multi-byte characters: not UTF-8 with a few
  // bad bytes but a legacy file, whose valid-looking pairs (GB18030 has many) are chance.
  if (invalid.reduce((sum, run) => sum + run.to - run.from, 0) > multiByteBytes) {
    const { encoding, text, dropped } = decodeLegacy(bytes);
    const name = encoding === 'windows-1252' ? 'Windows-1252' : `${encoding} (detected)`;
    const droppedNote = dropped ? `; ${dropped === 1 ? 'a byte that is' : `${dropped} bytes that are`} no character in ${name} dropped` : '';
    warnings.push({ file, line: invalid[0]!.line, message: `not valid UTF-8 (first bad bytes ${hex(bytes.subarray(invalid[0]!.from, invalid[0]!.to))} at line ${invalid[0]!.line}); read as ${name}${droppedNote}` });
    const label = encoding.toLowerCase();
    return { text, encoding: label, repairs: [{ file, kind: `decoded-as-${label}`, count: invalid.length }], warnings };
  }
  const utf8 = new TextDecoder('utf-8');
  for (const run of invalid) {
    parts.push(utf8.decode(bytes.subarray(start, run.from)), decodeLegacyBytes(bytes.subarray(run.from, run.to), 'windows-1252').text);
    start = run.to;
    warnings.push({ file, line: run.line, message: `invalid UTF-8 bytes ${hex(bytes.subarray(run.from, Math.min(run.to, run.from + 8)))} at line ${run.line}; read as Windows-1252 — check the text there` });
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  return { text: parts.join(''), encoding: 'utf-8', repairs: [{ file, kind: 'invalid-utf-8', count: invalid.length }], warnings };
}

/** Guesses BOM-less UTF-16 from the pattern of NUL bytes in ASCII-heavy text. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * C0 controls other than tab, line feed, form feed and carriage return, and DEL: no
 * text uses them, HTML forbids them, and in a text file they are damage (a flipped
 * or dropped byte).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const HAS_CONTROL = new RegExp(CONTROL.source);

/**
 * True when the text is mostly control characters: a binary file, not an article. A run of NUL bytes
 * (a file padded to its allocated size, a hole left by a crash while writing) is damage to a text, not
 * what makes a file binary: control characters are counted outside such runs.
 */
function looksBinary(text: string): boolean {
  const scattered = text.replace(/\u0000{8,}/g, '');
  const controls = scattered.match(CONTROL)?.length ?? 0;
  return controls > Math.max(2, scattered.length * 0.02);
}

/** Removes the few control characters a damaged text file holds, with a warning per line. */
function removeControls(file: string, text: string): { text: string; repairs: Repair[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let count = 0;
  const lines = text.split('\n').map((line, i) => {
    const found = line.match(CONTROL);
    if (!found) return line;
    count += found.length;
    const codes = [...new Set(found)].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    warnings.push({ file, line: i + 1, message: `removed ${found.length === 1 ? 'a control character' : `${found.length} control characters`} (${codes}) at line ${i + 1}: damage, not text — check the text there` });
    return line.replace(CONTROL, '');
  });
  return { text: lines.join('\n'), repairs: [{ file, kind: 'control-characters', count }], warnings };
}

/** Any character but white space and the invisible zero-width ones (which JavaScript's trim() keeps). */
const VISIBLE = /[^\s\u200b-\u200d\u2060]/;

/** Normalises CRLF and lone CR to LF, counting the line ends changed. */
function normaliseLineEnds(text: string): { text: string; count: number } {
  if (!text.includes('\r')) return { text, count: 0 };
  let count = 0;
  const normalised = text.replace(/\r\n?/g, () => {
    count++;
    return '\n';
  });
  return { text: normalised, count };
}

/** Decodes one file's bytes; `file` names it in warnings and repairs. */
export function decodeBytes(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file: there is nothing to read' };
  let decoded: { text: string; encoding: string; repairs: Repair[]; warnings: Warning[] };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bomlessUtf16(bytes);
  if (utf16) {
    decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, repairs: [], warnings: [] };
  } else {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    decoded = decodeUtf8(file, hasBom ? bytes.subarray(3) : bytes);
  }
  // One scan for the common case, a text without control characters.
  const controls = HAS_CONTROL.test(decoded.text);
  if (controls && looksBinary(decoded.text)) return { ok: false, reason: 'binary file (control characters or NUL bytes, not text); only text files can be articles' };
  const lineEnds = normaliseLineEnds(decoded.text.replace(/^\uFEFF/, ''));
  const { text, repairs: removed, warnings: removedWarnings } = controls ? removeControls(file, lineEnds.text) : { text: lineEnds.text, repairs: [], warnings: [] };
  if (!VISIBLE.test(text)) return { ok: false, reason: 'only whitespace: there is nothing to read' };
  const repairs = [...decoded.repairs, ...(lineEnds.count > 0 ? [{ file, kind: 'line-endings', count: lineEnds.count }] : []), ...removed];
  return { ok: true, text, encoding: decoded.encoding, repairs, warnings: [...decoded.warnings, ...removedWarnings] };
}
