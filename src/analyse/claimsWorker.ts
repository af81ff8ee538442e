/** A worker thread of readInThreads.ts: reads the claim candidates of each batch of articles it is sent. */
import { parentPort } from 'node:worker_threads';
import { candidatesOf } from './analyse.ts';
import type { BatchBack, BatchOut } from './readInThreads.ts';
import { calendarsKey, type FiscalCalendars } from './fiscalCalendars.ts';

/** The calendars of the last batch, kept while the next batches bring the same: the readers' caches are keyed by them. */
let calendars: FiscalCalendars = new Map();

parentPort!.on('message', ({ id, articles, calendars: sent }: BatchOut) => {
  const received = new Map(sent);
  if (calendarsKey(received) !== calendarsKey(calendars)) calendars = received;
  parentPort!.postMessage({ id, candidates: articles.map((article) => candidatesOf(article, calendars)) } satisfies BatchBack);
});
