/**
 * Trigram position lists: where each trigram starts, as (slot, offset in the slot's text) pairs.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 *
 * A list is a run of entries in increasing position order, each two varints: the gap to the entry's
 * slot and its offset, or, for another entry in the same slot, 0 and the gap to its offset. Every
 * `skipEvery` entries a skip entry records the position before the block and the byte it starts at.
 */

/**
 * Positions in the position lists are numbered `slot * LOCAL_RANGE + offset in the slot's text`: exact
 * in a double (below 2^52), and the slot of a position is one division away (no lookup).
 */
export const LOCAL_RANGE = 2 ** 21;

/** Longest normalised document text (fields and separators), in UTF-16 units. */
export const MAX_DOCUMENT_UNITS = LOCAL_RANGE - 1;

/** The position lists of a segment: one byte arena and the skip entries of all lists. */
export interface PositionArena {
  bytes: Uint8Array;
  /** Skip entry: the position (slot, offset) before the block, and the byte where the block starts. */
  skipSlot: Int32Array;
  skipLocal: Int32Array;
  skipByte: Int32Array;
  skipEvery: number;
}

/** One list of the arena: `bytes[start, end)`, `count` entries, its first skip entry at `firstSkip`. */
export interface PositionList {
  start: number;
  end: number;
  count: number;
  firstSkip: number;
}

/** Where the last {@link readLongVarint} stopped. */
let longVarintEnd = 0;

/**
 * Reads a varint of two or more bytes whose first byte, `first` (≥ 0x80), was at `p - 1`; sets
 * {@link longVarintEnd} to the byte after it.
 */
function readLongVarint(bytes: Uint8Array, p: number, first: number): number {
  let value = first & 0x7f;
  let shift = 7;
  let b = bytes[p++]!;
  while (b >= 0x80) {
    value |= (b & 0x7f) << shift;
    shift += 7;
    b = bytes[p++]!;
  }
  longVarintEnd = p;
  return value | (b << shift);
}

/**
 * Decodes a position list (slot gap, offset or 0, offset gap) into `out` as `slot * LOCAL_RANGE +
 * offset - shift`, skipping positions whose offset is below `shift`; returns how many were written.
 */
export function decodePositions(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  shift: number,
): number {
  let p = start;
  let slot = -1;
  let local = 0;
  let n = 0;
  while (p < end) {
    let b = bytes[p++]!;
    if (b !== 0) {
      if (b >= 0x80) {
        b = readLongVarint(bytes, p, b);
        p = longVarintEnd;
      }
      slot += b;
      b = bytes[p++]!;
      if (b >= 0x80) {
        b = readLongVarint(bytes, p, b);
        p = longVarintEnd;
      }
      local = b;
    } else {
      b = bytes[p++]!;
      if (b >= 0x80) {
        b = readLongVarint(bytes, p, b);
        p = longVarintEnd;
      }
      local += b;
    }
    if (local >= shift) out[n++] = slot * LOCAL_RANGE + local - shift;
  }
  return n;
}

/** Writes the first `out.length` distinct slots of the list `bytes[start, end)` into `out`. */
export function firstSlots(bytes: Uint8Array, start: number, end: number, out: Int32Array): void {
  let p = start;
  let slot = -1;
  let n = 0;
  while (p < end && n < out.length) {
    let b = bytes[p++]!;
    if (b !== 0) {
      if (b >= 0x80) {
        b = readLongVarint(bytes, p, b);
        p = longVarintEnd;
      }
      slot += b;
      out[n++] = slot;
    }
    // Skip the offset.
    b = bytes[p++]!;
    while (b >= 0x80) b = bytes[p++]!;
  }
}

/**
 * Keeps the start positions `s` (increasing, in `positions[0, count)`) for which `list` holds
 * `s + offset`; returns how many were kept. Walks the list, jumping over whole blocks through the skip
 * entries when the next wanted position is far.
 */
export function keepFollowedBy(
  arena: PositionArena,
  list: PositionList,
  positions: Float64Array,
  count: number,
  offset: number,
): number {
  const { bytes, skipSlot, skipLocal, skipByte } = arena;
  const end = list.end;
  const firstSkip = list.firstSkip;
  const lastSkip = firstSkip + Math.ceil(list.count / arena.skipEvery) - 1; // exclusive
  let nextSkip = firstSkip;
  let p = list.start;
  let slot = -1;
  let local = 0;
  let value = -1;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const target = positions[i]! + offset;
    if (value < target) {
      // The last block whose preceding position is below the target (galloping from `nextSkip`, a
      // block boundary not passed by a jump yet): jump there if it is ahead of the walk.
      if (nextSkip < lastSkip && skipSlot[nextSkip]! * LOCAL_RANGE + skipLocal[nextSkip]! < target) {
        let lo = nextSkip;
        let step = 1;
        while (lo + step < lastSkip && skipSlot[lo + step]! * LOCAL_RANGE + skipLocal[lo + step]! < target) {
          lo += step;
          step *= 2;
        }
        let hi = Math.min(lo + step, lastSkip) - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if (skipSlot[mid]! * LOCAL_RANGE + skipLocal[mid]! < target) lo = mid;
          else hi = mid - 1;
        }
        if (skipByte[lo]! > p) {
          slot = skipSlot[lo]!;
          local = skipLocal[lo]!;
          value = slot * LOCAL_RANGE + local;
          p = skipByte[lo]!;
        }
        nextSkip = lo + 1;
      }
      while (value < target && p < end) {
        let b = bytes[p++]!;
        if (b !== 0) {
          if (b >= 0x80) {
            b = readLongVarint(bytes, p, b);
            p = longVarintEnd;
          }
          slot += b;
          b = bytes[p++]!;
          if (b >= 0x80) {
            b = readLongVarint(bytes, p, b);
            p = longVarintEnd;
          }
          local = b;
        } else {
          b = bytes[p++]!;
          if (b >= 0x80) {
            b = readLongVarint(bytes, p, b);
            p = longVarintEnd;
          }
          local += b;
        }
        value = slot * LOCAL_RANGE + local;
      }
      if (value < target) break;
    }
    if (value === target) positions[kept++] = positions[i]!;
  }
  return kept;
}
