/** A worker thread of readInThreads.ts: reads the claim candidates of each batch of articles it is sent. */
import { parentPort } from 'node:worker_threads';
import { candidatesOf } from './analyse.ts';
import type { BatchBack, BatchOut } from './readInThreads.ts';

parentPort!.on('message', ({ id, articles }: BatchOut) => {
  parentPort!.postMessage({ id, candidates: articles.map((article) => candidatesOf(article)) } satisfies BatchBack);
});
