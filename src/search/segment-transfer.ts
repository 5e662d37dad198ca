/**
 * A built segment's arrays as plain data, to move between threads without copying: a segment built
 * in a worker thread is posted to the thread that searches, its buffers transferred.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
import { PairTable, type PairTableData } from './int-table.ts';
import type { SegmentParts } from './segment-build.ts';

/** {@link SegmentParts} with its two hash tables as plain data. */
export type SegmentData = Omit<SegmentParts, 'bigrams' | 'trigrams'> & {
  bigrams: PairTableData;
  trigrams: PairTableData;
};

/** The parts as data, and the buffers to transfer with them (each once). */
export function toSegmentData(parts: SegmentParts): { data: SegmentData; transfer: ArrayBuffer[] } {
  const data: SegmentData = { ...parts, bigrams: parts.bigrams.toData(), trigrams: parts.trigrams.toData() };
  const buffers = new Set<ArrayBuffer>();
  for (const value of [...Object.values(data), data.bigrams.cells, data.trigrams.cells]) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return { data, transfer: [...buffers] };
}

/** The parts back from {@link toSegmentData}'s data. */
export function fromSegmentData(data: SegmentData): SegmentParts {
  return { ...data, bigrams: PairTable.fromData(data.bigrams), trigrams: PairTable.fromData(data.trigrams) };
}
