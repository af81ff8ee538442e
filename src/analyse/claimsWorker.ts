/** A worker thread of readInThreads.ts: reads the claim candidates of each batch of articles it is sent. */
import { parentPort } from 'node:worker_threads';
import { candidatesOf } from './analyse.ts';
import type { BatchBack, BatchOut } from './readInThreads.ts';
import type { FiscalCalendars } from './fiscalCalendars.ts';

/** The calendars of the last batch, kept while the next batches bring the same: the readers' caches are keyed by them. */
let calendars: FiscalCalendars = new Map();
let calendarsSent = '';

parentPort!.on('message', ({ id, articles, calendars: sent }: BatchOut) => {
  const key = sent.join(';');
  if (key !== calendarsSent) [calendars, calendarsSent] = [new Map(sent), key];
  parentPort!.postMessage({ id, candidates: articles.map((article) => candidatesOf(article, calendars)) } satisfies BatchBack);
});
