/**
 * Bitsets over document slots, stored as 32-bit words in a `Uint32Array` (bit `s & 31` of word `s >>> 5`).
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */

/** Number of 32-bit words needed for a bitset of `size` bits. */
export function wordsFor(size: number): number {
  return (size + 31) >>> 5;
}

/** Number of set bits in a 32-bit word. */
export function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** Number of set bits in `words[from, from + count)`. */
export function countBits(words: Uint32Array, from: number, count: number): number {
  let total = 0;
  const end = from + count;
  for (let i = from; i < end; i++) {
    const w = words[i]!;
    if (w !== 0) total += popcount32(w);
  }
  return total;
}

/**
 * Writes into `out` (from index 0) the positions of the first `limit` set bits of the bitset stored in
 * `words[from, from + count)`, in increasing order; returns how many were written.
 */
export function collectBits(
  words: Uint32Array,
  from: number,
  count: number,
  out: Int32Array,
  limit: number,
): number {
  let n = 0;
  for (let i = 0; i < count && n < limit; i++) {
    let w = words[from + i]!;
    const base = i << 5;
    while (w !== 0 && n < limit) {
      const low = w & -w;
      out[n++] = base + 31 - Math.clz32(low);
      w ^= low;
    }
  }
  return n;
}

/** Whether bit `slot` is set in the bitset stored from word `from` of `words`. */
export function hasBit(words: Uint32Array, from: number, slot: number): boolean {
  return (words[from + (slot >>> 5)]! & (1 << (slot & 31))) !== 0;
}
