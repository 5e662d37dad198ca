import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  fromSegmentData,
  prepareDocuments,
  type SearchDocument,
  SearchIndex,
  type SegmentParts,
} from '../../../search/index.ts';
import type { SegmentJob, SegmentReply } from './segment-worker.ts';

const WORKER_ENTRY = new URL('./segment-worker-entry.mjs', import.meta.url);

/**
 * Below this many documents an index is built on the calling thread: starting a worker (and its
 * TypeScript loader) costs more than the build. The seed's 台帳 (920 systems) builds in milliseconds.
 */
export const THREADS_FROM_DOCUMENTS = 50_000;

/**
 * Builds a search index over `documents` on worker threads, one id range per thread (the machine's
 * available parallelism by default), each range's segment moved back without copying; the index then
 * answers exactly as one built on a single thread (src/search/segment-group.ts). The calling thread
 * only sorts the documents and joins their fields; the workers normalise the text and build, so a
 * server stays responsive while a large index builds.
 */
export async function buildIndexInThreads(
  documents: Iterable<SearchDocument>,
  { threads = availableParallelism(), fromDocuments = THREADS_FROM_DOCUMENTS } = {},
): Promise<SearchIndex> {
  const docs = [...documents];
  if (docs.length < fromDocuments || threads < 2) return SearchIndex.build(docs);
  const prepared = prepareDocuments(docs);
  const options = new SearchIndex().segmentOptions;
  const n = prepared.ids.length;
  const jobs: SegmentJob[] = [];
  for (let k = 0; k < threads; k++) {
    const from = Math.floor((n * k) / threads);
    const to = Math.floor((n * (k + 1)) / threads);
    const documents = { ids: prepared.ids.slice(from, to), joined: prepared.joined.slice(from, to) };
    jobs.push({ documents, options });
  }
  const parts = await Promise.all(jobs.map(buildInWorker));
  return SearchIndex.fromParts(parts);
}

/** Builds one segment in a new worker thread (the job's ids are moved to it, its texts copied). */
function buildInWorker(job: SegmentJob): Promise<SegmentParts> {
  const worker = new Worker(WORKER_ENTRY);
  return new Promise<SegmentParts>((resolve, reject) => {
    worker.once('message', (reply: SegmentReply) => {
      if (reply.ok) resolve(fromSegmentData(reply.data));
      else reject(new Error(`search segment build failed: ${reply.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search segment worker exited (${code})`)));
    // `slice()` gave the ids a buffer of their own: it moves to the worker without a copy.
    worker.postMessage(job, [job.documents.ids.buffer as ArrayBuffer]);
  }).finally(() => void worker.terminate());
}
