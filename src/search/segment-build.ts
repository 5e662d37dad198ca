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
 * Per trigram key, the build keeps its working state in one stride of {@link keyState}, so that a
 * position touches one cache line for its key instead of one per array: with tens of thousands of keys
 * the separate arrays did not stay in cache and the build was bound by memory latency.
 */
const STRIDE = 8;
/** Field offsets in a key's stride. Pass 1 counts; pass 2 reuses the counting fields as cursors. */
const LEAD = 0; // document list of the key's leading bigram, or -1
const OCC = 1; // pass 1: positions; pass 2: positions left before the next skip entry
const DOCS = 2; // pass 1: slots containing the key; pass 2: write cursor in posBytes
const SUCC = 3; // pass 1: the one following character, or -1; pass 2: next skip entry
const PRED = 4; // pass 1: the one preceding character, or -1
const SLOT = 5; // last slot seen
const LOCAL = 6; // last offset seen
const BYTES = 7; // pass 1: bytes of the position list
/** A key's position list may take at most this many bytes (the arena's offsets are int32). */
const MAX_LIST_BYTES = 0x7fffffff - 16;

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

  const counted = countLists(texts, n);
  const { lists, keys, keyState, unigrams, bigrams, trigrams } = counted;
  const keyCount = keys.count;
  const listCount = lists.count;

  // Layout of the document lists: varint arena or bitset arena.
  const wordCount = wordsFor(n);
  const bitsetBytes = wordCount * 4;
  const start = new Int32Array(listCount);
  const end = new Int32Array(listCount);
  let byteTotal = 0;
  let bitsetCount = 0;
  for (let list = 0; list < listCount; list++) {
    const size = lists.bytes[list]!;
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
  // Layout of the position lists and their skip entries; the counts move out of the key state, whose
  // fields become the second pass's cursors.
  const occ = new Int32Array(keyCount);
  const trigramDocs = new Int32Array(keyCount);
  const successor = new Int32Array(keyCount);
  const predecessor = new Int32Array(keyCount);
  const posStart = new Int32Array(keyCount);
  const posEnd = new Int32Array(keyCount);
  const skipStart = new Int32Array(keyCount);
  let posTotal = 0;
  let skipTotal = 0;
  for (let key = 0, at = 0; key < keyCount; key++, at += STRIDE) {
    occ[key] = keyState[at + OCC]!;
    trigramDocs[key] = keyState[at + DOCS]!;
    successor[key] = keyState[at + SUCC]!;
    predecessor[key] = keyState[at + PRED]!;
    posStart[key] = posTotal;
    posTotal += keyState[at + BYTES]!;
    posEnd[key] = posTotal;
    skipStart[key] = skipTotal;
    skipTotal += Math.ceil(occ[key]! / skipEvery) - 1;
    if (posTotal > 0x7fffffff) throw new RangeError('search segment too large: split the documents');
    keyState[at + OCC] = skipEvery;
    keyState[at + DOCS] = posStart[key]!;
    keyState[at + SUCC] = skipStart[key]!;
    keyState[at + SLOT] = -1;
  }
  if (byteTotal > 0x7fffffff || bitsetCount * wordCount > 0x7fffffff) {
    throw new RangeError('search segment too large: split the documents');
  }
  const bytes = new Uint8Array(byteTotal);
  const words = new Uint32Array(bitsetCount * wordCount);
  const posBytes = new Uint8Array(posTotal);
  const skips = {
    slot: new Int32Array(skipTotal),
    local: new Int32Array(skipTotal),
    byte: new Int32Array(skipTotal),
  };
  const listCursor = new Int32Array(listCount);
  listCursor.set(start);
  writeLists(texts, n, counted, { start, end, listCursor, bytes, words, posBytes, skips, skipEvery });

  bigrams.trim();
  trigrams.trim();
  return {
    ids,
    docStart,
    unigrams,
    bigrams,
    df: lists.df.slice(0, listCount),
    start,
    end,
    bytes,
    words,
    trigrams,
    firstChar: keys.firstChar.slice(0, keyCount),
    occ,
    trigramDocs,
    successor,
    predecessor,
    posStart,
    posEnd,
    skipStart,
    posBytes,
    skipSlot: skips.slot,
    skipLocal: skips.local,
    skipByte: skips.byte,
    skipEvery,
    contexts: options.contexts,
  };
}

/** Document lists (unigrams and bigrams) as counted by the first pass. */
interface ListCounts {
  count: number;
  /** Slots per list. */
  df: Int32Array;
  /** Last slot counted per list (pass 2 reuses it). */
  lastSlot: Int32Array;
  /** Bytes of each list as varints. */
  bytes: Float64Array;
}

/** Trigram keys as found by the first pass. */
interface KeyCounts {
  count: number;
  firstChar: Uint16Array;
}

/** What the first pass found. */
interface Counted {
  lists: ListCounts;
  keys: KeyCounts;
  /** {@link STRIDE} int32 per key (see the field offsets above). */
  keyState: Int32Array;
  unigrams: Int32Array;
  bigrams: PairTable;
  trigrams: PairTable;
}

/** Pass 1: finds every list and key and counts their lengths and bytes. */
function countLists(texts: DocumentTexts, n: number): Counted {
  const chars = texts.chars;
  const unigrams = new Int32Array(0x10000).fill(-1);
  const bigrams = new PairTable(1 << 12);
  const trigrams = new PairTable(1 << 14);
  let listCapacity = 1 << 12;
  let listCount = 0;
  let df = new Int32Array(listCapacity);
  let lastSlot = new Int32Array(listCapacity);
  let listBytes = new Float64Array(listCapacity);
  let keyCapacity = 1 << 12;
  let keyCount = 0;
  let firstChar = new Uint16Array(keyCapacity);
  let state = new Int32Array(keyCapacity * STRIDE);

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
      let at = key * STRIDE;
      if (key === keyCount) {
        if (keyCount === keyCapacity) {
          keyCapacity *= 2;
          firstChar = grow(firstChar, keyCapacity);
          state = grow(state, keyCapacity * STRIDE);
        }
        key = keyCount++;
        at = key * STRIDE;
        firstChar[key] = c;
        state[at + SLOT] = -1;
        state[at + SUCC] = after;
        state[at + PRED] = before;
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
        state[at + LEAD] = lead;
      }
      state[at + OCC]!++;
      if (state[at + SUCC] !== after) state[at + SUCC] = -1;
      if (state[at + PRED] !== before) state[at + PRED] = -1;
      const keySlot = state[at + SLOT]!;
      let listBytesOfKey = state[at + BYTES]!;
      if (keySlot !== slot) {
        state[at + DOCS]!++;
        listBytesOfKey += varintLength(slot - keySlot) + varintLength(i);
        state[at + SLOT] = slot;
      } else {
        listBytesOfKey += 1 + varintLength(i - state[at + LOCAL]!);
      }
      if (listBytesOfKey > MAX_LIST_BYTES) {
        throw new RangeError('search segment too large: split the documents');
      }
      state[at + BYTES] = listBytesOfKey;
      state[at + LOCAL] = i;
      list = state[at + LEAD]!;
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
  return {
    lists: { count: listCount, df, lastSlot, bytes: listBytes },
    keys: { count: keyCount, firstChar },
    keyState: state,
    unigrams,
    bigrams,
    trigrams,
  };
}

/** Where the second pass writes. */
interface ListArenas {
  start: Int32Array;
  end: Int32Array;
  listCursor: Int32Array;
  bytes: Uint8Array;
  words: Uint32Array;
  posBytes: Uint8Array;
  skips: { slot: Int32Array; local: Int32Array; byte: Int32Array };
  skipEvery: number;
}

/** Pass 2: writes every document list, position list and skip entry in place. */
function writeLists(texts: DocumentTexts, n: number, counted: Counted, arenas: ListArenas): void {
  const chars = texts.chars;
  const { unigrams, trigrams, keyState: state } = counted;
  const lastSlot = counted.lists.lastSlot;
  lastSlot.fill(-1);
  const { start, end, listCursor, bytes, words, posBytes, skipEvery } = arenas;
  const skipSlot = arenas.skips.slot;
  const skipLocal = arenas.skips.local;
  const skipByte = arenas.skips.byte;
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
      const at = trigrams.get((c << 16) | c1, c2) * STRIDE;
      let cursor = state[at + DOCS]!;
      const keySlot = state[at + SLOT]!;
      const left = state[at + OCC]!;
      if (left === 0) {
        // A skip entry before every block of skipEvery positions but the first.
        const s = state[at + SUCC]!;
        state[at + SUCC] = s + 1;
        skipSlot[s] = keySlot;
        skipLocal[s] = state[at + LOCAL]!;
        skipByte[s] = cursor;
        state[at + OCC] = skipEvery - 1;
      } else {
        state[at + OCC] = left - 1;
      }
      if (keySlot !== slot) {
        cursor = writeVarint(posBytes, cursor, slot - keySlot);
        cursor = writeVarint(posBytes, cursor, i);
        state[at + SLOT] = slot;
      } else {
        posBytes[cursor++] = 0;
        cursor = writeVarint(posBytes, cursor, i - state[at + LOCAL]!);
      }
      state[at + LOCAL] = i;
      state[at + DOCS] = cursor;
      list = state[at + LEAD]!;
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
}

function grow<T extends Int32Array | Float64Array | Uint16Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
