/**
 * Unsigned LEB128 varints (7 bits a byte, high bit = more bytes follow), used for the gaps between
 * consecutive slots in a posting list. Gaps are ≥ 1 and < 2^31.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */

/** Bytes needed to encode `value` (0 ≤ value < 2^31). */
export function varintLength(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  return 5;
}

/** Writes `value` (0 ≤ value < 2^31) at `bytes[pos]`; returns the position after it. */
export function writeVarint(bytes: Uint8Array, pos: number, value: number): number {
  let v = value;
  let p = pos;
  while (v >= 0x80) {
    bytes[p++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  bytes[p++] = v;
  return p;
}

/**
 * Decodes the delta-encoded list in `bytes[start, end)` (first gap measured from -1) into `out` from
 * index 0, stopping after `limit` values; each value is written minus `offset`, and values below
 * `offset` are skipped. Returns how many were written. (The one- and two-byte cases, nearly all gaps,
 * are unrolled: about three times faster than the plain loop.)
 */
export function decodeSlots(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Int32Array,
  limit: number,
  offset = 0,
): number {
  let p = start;
  let value = -1;
  let n = 0;
  while (p < end && n < limit) {
    let b = bytes[p++]!;
    if (b < 0x80) {
      value += b;
    } else {
      let gap = b & 0x7f;
      b = bytes[p++]!;
      if (b < 0x80) {
        gap |= b << 7;
      } else {
        gap |= (b & 0x7f) << 7;
        let shift = 14;
        b = bytes[p++]!;
        while (b >= 0x80) {
          gap |= (b & 0x7f) << shift;
          shift += 7;
          b = bytes[p++]!;
        }
        gap |= b << shift;
      }
      value += gap;
    }
    const at = value - offset;
    if (at >= 0) out[n++] = at;
  }
  return n;
}
