/**
 * The read stage: every file of the input folder becomes correct text (a
 * DecodedFile, with every repair recorded) or a named rejection. Files are read
 * one after another, and each size is checked before reading.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { DecodedFile, Rejection, Repair } from '../schemas.ts';
import { listInputFiles } from './listInputFiles.ts';
import { decodeBytes } from './decodeBytes.ts';
import { repairWindows1252 } from './repairWindows1252.ts';
import { repairTis620 } from './repairTis620.ts';
import { repairHtmlEntities } from './repairHtmlEntities.ts';
import { removeInvisibles } from './removeInvisibles.ts';
import { isWebPage, mayBeWebPage } from './sniffWebPage.ts';

/** Files read between two turns of the event loop. */
const YIELD_EVERY = 50;

/** Decoded files by input file, keyed by a hash of their bytes: a rebuild skips unchanged files. */
export type ReadCache = Map<string, { hash: string; result: DecodedFile | Rejection }>;

/** A size as people read it: bytes, KB below 1 MB, else MB. */
const readableSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a file over the size limit was rejected, its size told apart from the limit even when they round alike. */
function tooLargeReason(size: number, limit: number): string {
  const [written, allowed] = readableSize(size) === readableSize(limit) ? [`${size} bytes`, `${limit} bytes`] : [readableSize(size), readableSize(limit)];
  return `${written} is larger than the ${allowed} limit; raise it with --max-file-size if this really is one article`;
}

/**
 * Applies the repairs — HTML references, then both mojibake repairs — until nothing
 * changes (at most three rounds), so that repairing repaired text changes nothing:
 * one repair can reveal another's damage (a TIS-620 repair may leave `é—”`, which is
 * Windows-1252 mojibake; `&acirc;&#128;&#153;` is mojibake written as references).
 */
export function repairText(text: string): { text: string; entities: number; windows: number; certain: number; guessed: number; lost: number[] } {
  let current = text;
  const counts = { entities: 0, windows: 0, certain: 0, guessed: 0, lost: [] as number[] };
  for (let round = 0; round < 3; round++) {
    const entities = repairHtmlEntities(current);
    const windows = repairWindows1252(entities.text);
    const tis = repairTis620(windows.text);
    counts.entities += entities.count;
    counts.windows += windows.count;
    counts.certain += tis.certain;
    counts.guessed += tis.guessed;
    counts.lost = [...new Set([...counts.lost, ...tis.lost])].sort((a, b) => a - b);
    if (tis.text === current) break;
    current = tis.text;
  }
  return { text: current, ...counts };
}

/** Reads a saved web page as text (src/read/readWebPage.ts, loaded when a build meets one). */
export type WebPageReader = (html: string) => string;

/** The web page reader, loaded once: parse5 and its kin cost a build without web pages ~12,000 lines of startup. */
export const loadWebPageReader = async (): Promise<WebPageReader> => (await import('./readWebPage.ts')).readWebPage;

/**
 * Decodes and repairs one file's bytes; a saved web page is read as the story it shows
 * (its lines are then those of that text) when `readWebPage` is given.
 */
export function decodeAndRepair(file: string, bytes: Uint8Array, readWebPage?: WebPageReader): DecodedFile | Rejection {
  const decoded = decodeBytes(file, bytes);
  if (!decoded.ok) return { file, reason: decoded.reason, ...(decoded.line ? { line: decoded.line } : {}) };
  const page = readWebPage !== undefined && isWebPage(file, decoded.text);
  const repaired = repairText(page ? readWebPage(decoded.text) : decoded.text);
  // After the mojibake repairs, which can reveal a soft hyphen ("Â­").
  const visible = removeInvisibles(repaired.text);
  const repairs: Repair[] = [
    ...decoded.repairs,
    { file, kind: 'web-page', count: page ? 1 : 0 },
    { file, kind: 'html-entities', count: repaired.entities },
    { file, kind: 'windows-1252-mojibake', count: repaired.windows },
    { file, kind: 'tis-620-mojibake', count: repaired.certain },
    { file, kind: 'tis-620-mojibake-guess', count: repaired.guessed },
    { file, kind: 'invisible-characters', count: visible.count },
  ].filter((repair) => repair.count > 0);
  const lost = repaired.lost.map((line) => ({
    file,
    line,
    message: `line ${line} looks damaged by the TIS-620 mojibake but cannot be repaired (its bytes were dropped, e.g. a Chinese or Japanese name); it is kept as it arrived`,
  }));
  return { file, text: visible.text, encoding: decoded.encoding, repairs, warnings: [...decoded.warnings, ...lost] };
}

/**
 * A file's bytes, or its size when it is over `maxBytes` (a huge file is never read).
 * Synchronous calls: each asynchronous call costs the main thread more than the read
 * itself once the files are cached. 4,000 files in a fresh process: 48 ms against 225 ms
 * for the same four calls through promisified callbacks, 64 at a time (201-480 ms through
 * fs/promises' FileHandle); in 6 alternating builds, the read stage took 319-445 ms
 * against 539-834 ms. A cold disk is read one file at a time. The caller yields to the
 * event loop every few files.
 */
function readBytes(file: string, maxBytes: number): Buffer | { tooLarge: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const { size } = fs.fstatSync(fd);
    if (size > maxBytes) return { tooLarge: size };
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const bytesRead = fs.readSync(fd, bytes, got, size - got, got);
      if (bytesRead === 0) break; // the file shrank while being read
      got += bytesRead;
    }
    return got === size ? bytes : bytes.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a file could not be read, in words. */
function unreadable(file: string, error: unknown): Rejection {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied: Digest may not read this file; fix its permissions (chmod +r)' : `cannot be read (${code ?? (error as Error).message})`;
  return { file, reason };
}

function decodeOne(file: string, bytes: Buffer, readWebPage?: WebPageReader, cache?: ReadCache): DecodedFile | Rejection {
  if (!cache) return decodeAndRepair(file, bytes, readWebPage);
  const hash = createHash('sha1').update(bytes).digest('hex');
  const cached = cache.get(file);
  if (cached?.hash === hash) return cached.result;
  const result = decodeAndRepair(file, bytes, readWebPage);
  cache.set(file, { hash, result });
  return result;
}

/** Reads every input file; `inputs` counts every entry found, read or rejected. */
export async function readInputs(
  inputDir: string,
  options: { maxBytes: number; onProgress?: (done: number, total: number) => void; cache?: ReadCache },
): Promise<{ decoded: DecodedFile[]; rejected: Rejection[]; inputs: number }> {
  const listing = await listInputFiles(inputDir);
  const results: (DecodedFile | Rejection)[] = [];
  let readWebPage: WebPageReader | undefined;
  for (const [index, input] of listing.files.entries()) {
    try {
      const bytes = readBytes(input.absolute, options.maxBytes);
      if (!Buffer.isBuffer(bytes)) results.push({ file: input.file, reason: tooLargeReason(bytes.tooLarge, options.maxBytes) });
      else {
        if (!readWebPage && mayBeWebPage(input.file, bytes)) readWebPage = await loadWebPageReader();
        results.push(decodeOne(input.file, bytes, readWebPage, options.cache));
      }
    } catch (error) {
      results.push(unreadable(input.file, error));
    }
    options.onProgress?.(index + 1, listing.files.length);
    // A turn of the event loop now and then, so that the progress bar moves.
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  const decoded = results.filter((r): r is DecodedFile => 'text' in r);
  const rejected = [...listing.rejected, ...results.filter((r): r is Rejection => 'reason' in r)];
  return { decoded, rejected, inputs: listing.files.length + listing.rejected.length };
}
