/**
 * Writes the output files on a thread of their own while the main thread renders.
 *
 * Creating a file is the slowest step of a large build on a virtual disk (about half
 * a millisecond of kernel time each here, however small the file, and the file
 * system serialises them; filling a file that exists costs a tenth of that). So files
 * whose names are known early are created empty ahead of time (`reserve`), and
 * content is handed to the writer thread as it is rendered: creating, rendering and
 * writing overlap instead of adding up. The writer holds at most `maxPendingBytes`
 * of content; a producer that gets ahead waits on `add`. The pages are moved to the
 * writer, not copied, so the bound is what the writer may hold beyond the run being
 * rendered: 64 MiB, more than a run of 1,000 article pages (about 20 MB), which then
 * never waits on the file system's slow moments. Measured at 4,000 articles, 4 pairs:
 * render 2.82-3.37 s against 3.17-3.53 s with 4 MiB, the peak unchanged (306-326 MiB).
 *
 * The thread does plain synchronous file calls, in order, writes before reservations;
 * it dies with the process, so a killed build leaves only its staging folder.
 */
import { Worker } from 'node:worker_threads';
import { DigestError } from '../errors.ts';

export interface OutputFile {
  /** Absolute path. */
  path: string;
  /** Text, or its UTF-8 bytes (which the writer takes over: the caller must not use them again). */
  content: string | Uint8Array;
}

export interface WriteQueue {
  /** Starts creating these files empty (never truncating one that already has content). */
  reserve(paths: string[]): void;
  /** Queues files; resolves when the writer has room again (rejects once a write failed). */
  add(files: OutputFile[]): Promise<void>;
  /** Resolves when every queued file is written, and stops the thread; rejects with the first failure, naming the file. */
  finish(): Promise<void>;
}

type ToWriter = { reserve: string[] } | { write: [string, Uint8Array][]; bytes: number } | { finish: true };
type FromWriter = { written: number } | { failed: string; message: string } | { finished: true };

/**
 * The writer thread's program (plain JavaScript: it runs from this string in the
 * sources, the compiled build and the tests alike). Writes go first; reservations
 * run in small slices between messages, so a write never waits behind them.
 */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const folders = new Set();
const done = new Set();
let reservations = [];
let next = 0;
let finishing = false;
let failed = false;
const folder = (file) => {
  const dir = path.dirname(file);
  if (!folders.has(dir)) { fs.mkdirSync(dir, { recursive: true }); folders.add(dir); }
};
const attempt = (file, work) => {
  if (failed) return;
  try { folder(file); work(); } catch (error) { failed = true; parentPort.postMessage({ failed: file, message: error.message }); }
};
const reserveSome = () => {
  for (let n = 0; n < 16 && next < reservations.length && !finishing; next++) {
    const file = reservations[next];
    if (done.has(file)) continue;
    attempt(file, () => fs.closeSync(fs.openSync(file, 'a')));
    n++;
  }
  if (next < reservations.length && !finishing) setImmediate(reserveSome);
};
parentPort.on('message', (message) => {
  if (message.reserve) {
    const idle = next >= reservations.length;
    reservations = reservations.slice(next).concat(message.reserve);
    next = 0;
    if (idle) setImmediate(reserveSome);
  } else if (message.write) {
    for (const [file, content] of message.write) {
      attempt(file, () => fs.writeFileSync(file, content));
      done.add(file);
    }
    parentPort.postMessage({ written: message.bytes });
  } else if (message.finish) {
    finishing = true;
    parentPort.postMessage({ finished: true });
  }
});
`;

export function createWriteQueue({ maxPendingBytes = 64 << 20, batchBytes = 1 << 20 } = {}): WriteQueue {
  // A small young generation: the writer's garbage is the encoded pages it has written, freed at once.
  const worker = new Worker(WRITER, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
  let pendingBytes = 0;
  let failure: DigestError | undefined;
  let whenRoom: (() => void)[] = [];
  let finished: Promise<void> | undefined;
  const wakeAll = () => {
    for (const wake of whenRoom) wake();
    whenRoom = [];
  };
  const send = (message: ToWriter, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  const utf8 = new TextEncoder();
  const stopped = new Promise<void>((resolve) => {
    worker.on('message', (message: FromWriter) => {
      if ('written' in message) {
        pendingBytes -= message.written;
        if (pendingBytes <= maxPendingBytes) wakeAll();
      } else if ('failed' in message) {
        failure ??= new DigestError(`Could not write ${message.failed}: ${message.message}`);
        wakeAll();
      } else {
        void worker.terminate().then(() => resolve());
      }
    });
    worker.on('error', (error) => {
      failure ??= new DigestError(`The file writer stopped: ${error.message}`, { cause: error });
      wakeAll();
      resolve();
    });
  });

  return {
    reserve(paths) {
      if (paths.length > 0) send({ reserve: paths });
    },
    async add(files) {
      // Messages of about `batchBytes` (one per file would cost more than the copy), each
      // sent only when the writer has room: what it holds is bounded, not the batch.
      for (let i = 0; i < files.length; ) {
        while (pendingBytes > maxPendingBytes && !failure) await new Promise<void>((resolve) => whenRoom.push(resolve));
        if (failure) throw failure;
        // Encoded here and moved, not copied, to the writer: nothing is held twice.
        const write: [string, Uint8Array][] = [];
        let bytes = 0;
        for (; i < files.length && (bytes < batchBytes || write.length === 0); i++) {
          const { path, content } = files[i]!;
          // Bytes that are a view into a larger buffer are copied: only a whole buffer can be moved.
          const encoded = typeof content === 'string' ? utf8.encode(content) : content.byteLength === content.buffer.byteLength ? content : content.slice();
          write.push([path, encoded]);
          bytes += encoded.byteLength;
        }
        pendingBytes += bytes;
        send({ write, bytes }, write.map(([, encoded]) => encoded.buffer as ArrayBuffer));
      }
      if (failure) throw failure;
    },
    finish() {
      finished ??= (async () => {
        send({ finish: true });
        await stopped;
        if (failure) throw failure;
      })();
      return finished;
    },
  };
}
