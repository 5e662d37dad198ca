/**
 * Worker-thread entry: builds one search segment from the documents it is sent (sorted ids and joined
 * fields), normalising their text here, and posts the segment's arrays back, transferred.
 */
import { parentPort } from 'node:worker_threads';
import {
  buildSegment,
  type PreparedDocuments,
  packRange,
  type SegmentData,
  type SegmentOptions,
  toSegmentData,
} from '../../../search/index.ts';

/** What the worker is sent: a range of prepared documents (their text normalised here, in parallel). */
export type SegmentJob = { documents: PreparedDocuments; options: SegmentOptions };
/** What it answers. */
export type SegmentReply = { ok: true; data: SegmentData } | { ok: false; message: string };

parentPort?.once('message', (job: SegmentJob) => {
  try {
    const { documents, options } = job;
    const { ids, texts } = packRange(documents, 0, documents.ids.length);
    const { data, transfer } = toSegmentData(buildSegment(ids, texts, options));
    parentPort?.postMessage({ ok: true, data } satisfies SegmentReply, transfer);
  } catch (error) {
    parentPort?.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies SegmentReply);
  }
});
