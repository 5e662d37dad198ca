/**
 * An open-addressing hash map from pairs of 32-bit integers to non-negative integers, held in three
 * typed arrays (no per-entry objects): the bigram and trigram dictionaries of the index, where a `Map`
 * would need string or floating-point keys and be several times slower and larger.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
export class PairTable {
  private highs: Int32Array;
  private lows: Int32Array;
  /** value + 1; 0 marks an empty cell. */
  private values: Int32Array;
  private mask: number;
  /** 32 - log2(capacity): Fibonacci hashing keeps the high bits of the mixed key times 2^32/φ. */
  private shift: number;
  private count = 0;

  /** Creates a table sized for about `expected` entries (it grows as needed). */
  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.highs = new Int32Array(capacity);
    this.lows = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the table's arrays. */
  get byteLength(): number {
    return this.highs.byteLength + this.lows.byteLength + this.values.byteLength;
  }

  /** The value stored for `(high, low)`, or -1. */
  get(high: number, low: number): number {
    const highs = this.highs;
    const lows = this.lows;
    const values = this.values;
    const mask = this.mask;
    let i = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = values[i]!;
      if (v === 0) return -1;
      if (highs[i] === high && lows[i] === low) return v - 1;
      i = (i + 1) & mask;
    }
  }

  /**
   * The value stored for `(high, low)`; if there is none, stores `value` (≥ 0) and returns it. The
   * caller can tell an insertion by comparing the result with `value` when `value` is fresh.
   */
  getOrInsert(high: number, low: number, value: number): number {
    const highs = this.highs;
    const lows = this.lows;
    const values = this.values;
    const mask = this.mask;
    let i = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = values[i]!;
      if (v === 0) break;
      if (highs[i] === high && lows[i] === low) return v - 1;
      i = (i + 1) & mask;
    }
    highs[i] = high;
    lows[i] = low;
    values[i] = value + 1;
    this.count++;
    if (this.count * 2 > mask) this.rehash(values.length * 2);
    return value;
  }

  /** Shrinks the arrays to the smallest power of two that keeps the table at most half full. */
  trim(): void {
    let capacity = 16;
    while (capacity < this.count * 2 + 2) capacity *= 2;
    if (capacity < this.values.length) this.rehash(capacity);
  }

  private rehash(capacity: number): void {
    const oldHighs = this.highs;
    const oldLows = this.lows;
    const oldValues = this.values;
    const highs = new Int32Array(capacity);
    const lows = new Int32Array(capacity);
    const values = new Int32Array(capacity);
    const mask = capacity - 1;
    const shift = 32 - Math.log2(capacity);
    for (let j = 0; j < oldValues.length; j++) {
      const v = oldValues[j]!;
      if (v === 0) continue;
      const high = oldHighs[j]!;
      const low = oldLows[j]!;
      let i = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> shift;
      while (values[i] !== 0) i = (i + 1) & mask;
      highs[i] = high;
      lows[i] = low;
      values[i] = v;
    }
    this.highs = highs;
    this.lows = lows;
    this.values = values;
    this.mask = mask;
    this.shift = shift;
  }
}
