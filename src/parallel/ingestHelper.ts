/**
 * A second thread for the per-file work of a large build. Reading, repairing,
 * parsing and extracting claim candidates are each a pure function of one file, and
 * together they were a third of a 4,000-article build's main thread while the other
 * core did little but create empty page files. The helper takes every other file:
 * it reads and repairs it in the read stage, parses it in the parse stage and
 * extracts its candidates in the analysis, with the same functions, while the main
 * thread does the same for the rest; the stages stay where they were, and only their
 * results cross over (structured clones, ~0.1 ms an article). The output is the same
 * with or without it (tested): the results are put back in file order.
 *
 * A build of fewer files, a `digest serve` build (its caches live on the main
 * thread) or a machine with one core does without.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../read/listInputFiles.ts';
import type { ParseResult } from '../parse/parseArticle.ts';
import type { Candidate } from '../analyse/extractClaims.ts';
import type { DecodedFile, Rejection } from '../schemas.ts';
import { DigestError } from '../errors.ts';

/**
 * Files below which the main thread works alone: starting the helper costs ~0.2 s
 * of the other core and taking its results ~0.1 ms an article, more than it saves
 * on a few hundred files (1 ms an article, half of it done by the helper).
 */
export const FILES_FOR_A_HELPER = 400;

export type HelperRequest = { id: number } & ({ read: InputFile[]; maxBytes: number } | { parse: string[] } | { extract: string[] });
export type HelperReply = { id: number } & ({ results: unknown[] } | { error: string; file: string });

export interface IngestHelper {
  /** Reads and repairs these files; the helper keeps every decoded text for `parse`. */
  read(files: InputFile[], maxBytes: number): Promise<(DecodedFile | Rejection)[]>;
  /** Whether the helper read and decoded this file (and so parses it). */
  holds(file: string): boolean;
  /** Parses files the helper holds; keeps each article for `extract`. */
  parse(files: string[]): Promise<ParseResult[]>;
  /** The claim candidates of articles the helper parsed. */
  extract(files: string[]): Promise<Candidate[][]>;
  /** Stops the thread. */
  close(): Promise<void>;
}

/**
 * How to start the helper's program: the compiled build's file, which bin/digest.js
 * names, or — when Digest runs from its TypeScript sources (tsx, the tests) — the
 * source file through tsx's loader, which a worker does not inherit.
 */
function workerProgram(): ConstructorParameters<typeof Worker> | undefined {
  if (process.env.DIGEST_INGEST_WORKER) return [process.env.DIGEST_INGEST_WORKER];
  if (!import.meta.url.endsWith('.ts')) return undefined;
  const tsx = import.meta.resolve('tsx/esm/api');
  const program = new URL('./ingestWorker.ts', import.meta.url).href;
  return [`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(program)}); });`, { eval: true }];
}

/**
 * The fewest files for which a build starts a helper: FILES_FOR_A_HELPER, or
 * DIGEST_HELPER_MIN_FILES (the tests set 1, to compare both ways on a few files).
 */
const minimumFiles = () => Number(process.env.DIGEST_HELPER_MIN_FILES || FILES_FOR_A_HELPER);

/** A helper for a build of `files` input files, or undefined when the main thread should work alone (see the module comment). */
export function ingestHelperFor(files: number): IngestHelper | undefined {
  const program = workerProgram();
  if (!program || files < minimumFiles() || os.availableParallelism() < 2) return undefined;
  const worker = new Worker(...program);
  worker.unref(); // a build that fails before close() must still end
  const pending = new Map<number, { resolve: (results: unknown[]) => void; reject: (error: Error) => void }>();
  const held = new Set<string>();
  let failure: Error | undefined;
  let nextId = 0;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const request of pending.values()) request.reject(failure);
    pending.clear();
  };
  worker.on('message', (reply: HelperReply) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) request?.reject(new DigestError(`${reply.file}: ${reply.error} (on the ingest helper thread)`));
    else request?.resolve(reply.results);
  });
  worker.on('error', (error) => failAll(new DigestError(`The ingest helper thread failed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => failAll(new DigestError(`The ingest helper thread stopped (exit code ${code})`)));
  const ask = <T>(request: Omit<HelperRequest, 'id'>): Promise<T[]> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve: resolve as (results: unknown[]) => void, reject });
      worker.postMessage({ ...request, id });
    });
  return {
    async read(files, maxBytes) {
      const results = await ask<DecodedFile | Rejection>({ read: files, maxBytes });
      for (const result of results) if ('text' in result) held.add(result.file);
      return results;
    },
    holds: (file) => held.has(file),
    parse: (files) => ask<ParseResult>({ parse: files }),
    extract: (files) => ask<Candidate[]>({ extract: files }),
    async close() {
      failure ??= new DigestError('The ingest helper thread was closed');
      await worker.terminate();
    },
  };
}
