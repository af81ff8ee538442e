/**
 * The ingest helper thread's program (see ingestHelper.ts): it reads, repairs, parses
 * and extracts the claim candidates of its share of the input files with the same
 * functions as the main thread, one stage per request. It keeps each file's text and
 * parsed article between the requests, so that only results cross between threads.
 */
import { parentPort } from 'node:worker_threads';
import { readOne } from '../read/readInputs.ts';
import { parseArticle } from '../parse/parseArticle.ts';
import { extractClaims } from '../analyse/extractClaims.ts';
import type { DecodedFile, ParsedArticle } from '../schemas.ts';
import type { HelperReply, HelperRequest } from './ingestHelper.ts';

const decoded = new Map<string, DecodedFile>();
const parsed = new Map<string, ParsedArticle>();
/** The file being worked on, for an error's message. */
let current = '';

function answer(request: HelperRequest): unknown[] {
  if ('read' in request) {
    return request.read.map((input) => {
      current = input.file;
      const result = readOne(input, request.maxBytes);
      if ('text' in result) decoded.set(result.file, result);
      return result;
    });
  }
  if ('parse' in request) {
    return request.parse.map((file) => {
      current = file;
      const result = parseArticle(decoded.get(file)!);
      decoded.delete(file);
      if ('article' in result) parsed.set(file, result.article);
      return result;
    });
  }
  return request.extract.map((file) => {
    current = file;
    return extractClaims(parsed.get(file)!);
  });
}

parentPort!.on('message', (request: HelperRequest) => {
  let reply: HelperReply;
  try {
    reply = { id: request.id, results: answer(request) };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).message, file: current };
  }
  parentPort!.postMessage(reply);
});
