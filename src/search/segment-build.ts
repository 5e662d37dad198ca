/**
 * Building a segment's arrays from document texts (see segment.ts for what they hold).
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
import { wordsFor } from './bits.ts';
import { PairTable } from './int-table.ts';
import { MAX_DOCUMENT_UNITS } from './positions.ts';
import { varintLength, writeVarint } from './varint.ts';

/**
 * Normalised document texts as UTF-16 code units: document `i` is `chars[from[i], from[i] + length[i])`
 * (fields joined by U+0000). Documents may sit anywhere in `chars`, in any order.
 */
export interface DocumentTexts {
  chars: Uint16Array;
  from: Int32Array;
  length: Int32Array;
}

/** Tuning of a segment. */
export interface SegmentOptions {
  /**
   * A document list is stored as a bitset when its varint encoding would take at least this fraction
   * of a bitset's bytes (`size / 8`). 1 = whichever is smaller; 0 = always bitsets; Infinity = never.
   */
  bitsetAt: number;
  /** Position lists have a skip entry (the position before, the byte offset) every this many positions (≥ 1). */
  skipEvery: number;
  /**
   * Answer a long term with one trigram list when the trigrams' recorded neighbours allow it (see
   * {@link Segment.plan}); false always joins the covering trigrams (to measure the general case).
   */
  contexts: boolean;
}

/** The arrays of a segment, as produced by {@link Segment.build}. */
export interface SegmentParts {
  ids: Int32Array;
  docStart: Int32Array;
  unigrams: Int32Array;
  bigrams: PairTable;
  df: Int32Array;
  start: Int32Array;
  end: Int32Array;
  bytes: Uint8Array;
  words: Uint32Array;
  trigrams: PairTable;
  firstChar: Uint16Array;
  occ: Int32Array;
  trigramDocs: Int32Array;
  successor: Int32Array;
  predecessor: Int32Array;
  posStart: Int32Array;
  posEnd: Int32Array;
  skipStart: Int32Array;
  posBytes: Uint8Array;
  skipSlot: Int32Array;
  skipLocal: Int32Array;
  skipByte: Int32Array;
  skipEvery: number;
  contexts: boolean;
}

/**
 * Builds a segment. `ids` must be strictly increasing; document `i` of `texts` is the text of `ids[i]`.
 * Two passes over the text: the first counts each list's length and bytes, which fixes every list's
 * place in a few flat arrays; the second writes them. One trigram lookup per position: a trigram key
 * knows the document list of its leading bigram.
 */
export function buildSegment(ids: Int32Array, texts: DocumentTexts, options: SegmentOptions): SegmentParts {
  const n = ids.length;
  const skipEvery = options.skipEvery;
  if (!Number.isInteger(skipEvery) || skipEvery < 1) {
    throw new RangeError('skipEvery must be a positive integer');
  }
  for (let i = 1; i < n; i++) {
    if (ids[i - 1]! >= ids[i]!) throw new RangeError('segment ids must be strictly increasing');
  }
  const docStart = new Int32Array(n + 1);
  let total = 0;
  for (let slot = 0; slot < n; slot++) {
    docStart[slot] = total;
    if (texts.length[slot]! > MAX_DOCUMENT_UNITS) {
      throw new RangeError(`document text longer than ${MAX_DOCUMENT_UNITS} UTF-16 units`);
    }
    total += texts.length[slot]! + 1;
    if (total > 0x7fffffff) throw new RangeError('search segment too large: split the documents');
  }
  docStart[n] = total;

  const chars = texts.chars;
  const unigrams = new Int32Array(0x10000).fill(-1);
  const bigrams = new PairTable(1 << 12);
  const trigrams = new PairTable(1 << 14);
  // Per document list.
  let listCapacity = 1 << 12;
  let listCount = 0;
  let df = new Int32Array(listCapacity);
  let lastSlot = new Int32Array(listCapacity);
  let listBytes = new Float64Array(listCapacity);
  // Per trigram key.
  let keyCapacity = 1 << 12;
  let keyCount = 0;
  let firstChar = new Uint16Array(keyCapacity);
  let leadList = new Int32Array(keyCapacity);
  let occ = new Int32Array(keyCapacity);
  let trigramDocs = new Int32Array(keyCapacity);
  let successor = new Int32Array(keyCapacity);
  let predecessor = new Int32Array(keyCapacity);
  let keySlot = new Int32Array(keyCapacity);
  let keyLocal = new Int32Array(keyCapacity);
  let posBytesOf = new Float64Array(keyCapacity);

  // Pass 1: keys, list lengths, bytes.
  for (let slot = 0; slot < n; slot++) {
    const from = texts.from[slot]!;
    const length = texts.length[slot]!;
    for (let i = 0; i < length; i++) {
      const c = chars[from + i]!;
      if (c === 0) continue;
      let list = unigrams[c]!;
      if (list < 0) {
        if (listCount === listCapacity) {
          listCapacity *= 2;
          df = grow(df, listCapacity);
          lastSlot = grow(lastSlot, listCapacity);
          listBytes = grow(listBytes, listCapacity);
        }
        list = listCount++;
        lastSlot[list] = -1;
        unigrams[c] = list;
      }
      let seen = lastSlot[list]!;
      if (seen !== slot) {
        df[list]!++;
        listBytes[list]! += varintLength(slot - seen);
        lastSlot[list] = slot;
      }
      const c1 = i + 1 < length ? chars[from + i + 1]! : 0;
      const c2 = c1 !== 0 && i + 2 < length ? chars[from + i + 2]! : 0;
      const high = (c << 16) | c1;
      const after = c2 !== 0 && i + 3 < length ? chars[from + i + 3]! : 0;
      const before = i > 0 ? chars[from + i - 1]! : 0;
      let key = trigrams.getOrInsert(high, c2, keyCount);
      if (key === keyCount) {
        if (keyCount === keyCapacity) {
          keyCapacity *= 2;
          firstChar = grow(firstChar, keyCapacity);
          leadList = grow(leadList, keyCapacity);
          occ = grow(occ, keyCapacity);
          trigramDocs = grow(trigramDocs, keyCapacity);
          successor = grow(successor, keyCapacity);
          predecessor = grow(predecessor, keyCapacity);
          keySlot = grow(keySlot, keyCapacity);
          keyLocal = grow(keyLocal, keyCapacity);
          posBytesOf = grow(posBytesOf, keyCapacity);
        }
        key = keyCount++;
        firstChar[key] = c;
        keySlot[key] = -1;
        successor[key] = after;
        predecessor[key] = before;
        let lead = -1;
        if (c1 !== 0) {
          lead = bigrams.getOrInsert(high, 0, listCount);
          if (lead === listCount) {
            if (listCount === listCapacity) {
              listCapacity *= 2;
              df = grow(df, listCapacity);
              lastSlot = grow(lastSlot, listCapacity);
              listBytes = grow(listBytes, listCapacity);
            }
            lastSlot[listCount] = -1;
            listCount++;
          }
        }
        leadList[key] = lead;
      }
      occ[key]!++;
      if (successor[key] !== after) successor[key] = -1;
      if (predecessor[key] !== before) predecessor[key] = -1;
      if (keySlot[key] !== slot) {
        trigramDocs[key]!++;
        posBytesOf[key]! += varintLength(slot - keySlot[key]!) + varintLength(i);
        keySlot[key] = slot;
      } else {
        posBytesOf[key]! += 1 + varintLength(i - keyLocal[key]!);
      }
      keyLocal[key] = i;
      list = leadList[key]!;
      if (list >= 0) {
        seen = lastSlot[list]!;
        if (seen !== slot) {
          df[list]!++;
          listBytes[list]! += varintLength(slot - seen);
          lastSlot[list] = slot;
        }
      }
    }
  }

  // Layout of the document lists: varint arena or bitset arena.
  const wordCount = wordsFor(n);
  const bitsetBytes = wordCount * 4;
  const start = new Int32Array(listCount);
  const end = new Int32Array(listCount);
  let byteTotal = 0;
  let bitsetCount = 0;
  for (let list = 0; list < listCount; list++) {
    const size = listBytes[list]!;
    if (size >= options.bitsetAt * bitsetBytes) {
      start[list] = bitsetCount * wordCount;
      end[list] = -1;
      bitsetCount++;
    } else {
      start[list] = byteTotal;
      byteTotal += size;
      end[list] = byteTotal;
    }
  }
  // Layout of the position lists and their skip entries.
  const posStart = new Int32Array(keyCount);
  const posEnd = new Int32Array(keyCount);
  const skipStart = new Int32Array(keyCount);
  let posTotal = 0;
  let skipTotal = 0;
  for (let key = 0; key < keyCount; key++) {
    posStart[key] = posTotal;
    posTotal += posBytesOf[key]!;
    posEnd[key] = posTotal;
    skipStart[key] = skipTotal;
    skipTotal += Math.ceil(occ[key]! / skipEvery) - 1;
  }
  if (byteTotal > 0x7fffffff || posTotal > 0x7fffffff || bitsetCount * wordCount > 0x7fffffff) {
    throw new RangeError('search segment too large: split the documents');
  }
  const bytes = new Uint8Array(byteTotal);
  const words = new Uint32Array(bitsetCount * wordCount);
  const posBytes = new Uint8Array(posTotal);
  const skipSlot = new Int32Array(skipTotal);
  const skipLocal = new Int32Array(skipTotal);
  const skipByte = new Int32Array(skipTotal);
  const listCursor = new Int32Array(listCount);
  listCursor.set(start);
  lastSlot.fill(-1);
  const posCursor = new Int32Array(keyCount);
  posCursor.set(posStart);
  const skipCursor = new Int32Array(keyCount);
  skipCursor.set(skipStart);
  const written = new Int32Array(keyCount);
  keySlot.fill(-1);

  // Pass 2: write the lists.
  for (let slot = 0; slot < n; slot++) {
    const from = texts.from[slot]!;
    const length = texts.length[slot]!;
    for (let i = 0; i < length; i++) {
      const c = chars[from + i]!;
      if (c === 0) continue;
      let list = unigrams[c]!;
      let seen = lastSlot[list]!;
      if (seen !== slot) {
        lastSlot[list] = slot;
        if (end[list]! < 0) words[start[list]! + (slot >>> 5)]! |= 1 << (slot & 31);
        else listCursor[list] = writeVarint(bytes, listCursor[list]!, slot - seen);
      }
      const c1 = i + 1 < length ? chars[from + i + 1]! : 0;
      const c2 = c1 !== 0 && i + 2 < length ? chars[from + i + 2]! : 0;
      const key = trigrams.get((c << 16) | c1, c2);
      const k = written[key]!;
      if (k !== 0 && k % skipEvery === 0) {
        const s = skipCursor[key]!++;
        skipSlot[s] = keySlot[key]!;
        skipLocal[s] = keyLocal[key]!;
        skipByte[s] = posCursor[key]!;
      }
      let cursor = posCursor[key]!;
      if (keySlot[key] !== slot) {
        cursor = writeVarint(posBytes, cursor, slot - keySlot[key]!);
        cursor = writeVarint(posBytes, cursor, i);
        keySlot[key] = slot;
      } else {
        posBytes[cursor++] = 0;
        cursor = writeVarint(posBytes, cursor, i - keyLocal[key]!);
      }
      keyLocal[key] = i;
      posCursor[key] = cursor;
      written[key] = k + 1;
      list = leadList[key]!;
      if (list >= 0) {
        seen = lastSlot[list]!;
        if (seen !== slot) {
          lastSlot[list] = slot;
          if (end[list]! < 0) words[start[list]! + (slot >>> 5)]! |= 1 << (slot & 31);
          else listCursor[list] = writeVarint(bytes, listCursor[list]!, slot - seen);
        }
      }
    }
  }

  bigrams.trim();
  trigrams.trim();
  return {
    ids,
    docStart,
    unigrams,
    bigrams,
    df: df.slice(0, listCount),
    start,
    end,
    bytes,
    words,
    trigrams,
    firstChar: firstChar.slice(0, keyCount),
    occ: occ.slice(0, keyCount),
    trigramDocs: trigramDocs.slice(0, keyCount),
    successor: successor.slice(0, keyCount),
    predecessor: predecessor.slice(0, keyCount),
    posStart,
    posEnd,
    skipStart,
    posBytes,
    skipSlot,
    skipLocal,
    skipByte,
    skipEvery,
    contexts: options.contexts,
  };
}

function grow<T extends Int32Array | Float64Array | Uint16Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
