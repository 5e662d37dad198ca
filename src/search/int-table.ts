/**
 * An open-addressing hash map from pairs of 32-bit integers to non-negative integers, held in one
 * typed array of (high, low, value + 1) cells, so that a probe touches one cache line (no per-entry
 * objects): the bigram and trigram dictionaries of the index, where a `Map` would need string or
 * floating-point keys and be several times slower and larger.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
/** A {@link PairTable} as plain data. */
export interface PairTableData {
  cells: Int32Array;
  mask: number;
  shift: number;
  count: number;
}

export class PairTable {
  /** Cell i is `cells[3i, 3i + 3)`: high, low, value + 1 (0 marks an empty cell). */
  private cells: Int32Array;
  private mask: number;
  /** 32 - log2(capacity): Fibonacci hashing keeps the high bits of the mixed key times 2^32/φ. */
  private shift: number;
  private count = 0;

  /** Creates a table sized for about `expected` entries (it grows as needed). */
  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.cells = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  /** A table from {@link toData}'s output (e.g. after a move between threads). */
  static fromData(data: PairTableData): PairTable {
    const table = new PairTable(1);
    table.cells = data.cells;
    table.mask = data.mask;
    table.shift = data.shift;
    table.count = data.count;
    return table;
  }

  /** The table as plain data: one typed array and three numbers (its buffer can be transferred). */
  toData(): PairTableData {
    return { cells: this.cells, mask: this.mask, shift: this.shift, count: this.count };
  }

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the table. */
  get byteLength(): number {
    return this.cells.byteLength;
  }

  /** The value stored for `(high, low)`, or -1. */
  get(high: number, low: number): number {
    const cells = this.cells;
    const mask = this.mask;
    let i = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const at = i * 3;
      const v = cells[at + 2]!;
      if (v === 0) return -1;
      if (cells[at] === high && cells[at + 1] === low) return v - 1;
      i = (i + 1) & mask;
    }
  }

  /**
   * The value stored for `(high, low)`; if there is none, stores `value` (≥ 0) and returns it. The
   * caller can tell an insertion by comparing the result with `value` when `value` is fresh.
   */
  getOrInsert(high: number, low: number, value: number): number {
    const cells = this.cells;
    const mask = this.mask;
    let i = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    let at: number;
    for (;;) {
      at = i * 3;
      const v = cells[at + 2]!;
      if (v === 0) break;
      if (cells[at] === high && cells[at + 1] === low) return v - 1;
      i = (i + 1) & mask;
    }
    cells[at] = high;
    cells[at + 1] = low;
    cells[at + 2] = value + 1;
    this.count++;
    if (this.count * 2 > mask) this.rehash((mask + 1) * 2);
    return value;
  }

  /** Shrinks the table to the smallest power of two that keeps it at most half full. */
  trim(): void {
    let capacity = 16;
    while (capacity < this.count * 2 + 2) capacity *= 2;
    if (capacity < this.mask + 1) this.rehash(capacity);
  }

  private rehash(capacity: number): void {
    const old = this.cells;
    const cells = new Int32Array(capacity * 3);
    const mask = capacity - 1;
    const shift = 32 - Math.log2(capacity);
    for (let from = 0; from < old.length; from += 3) {
      const v = old[from + 2]!;
      if (v === 0) continue;
      const high = old[from]!;
      const low = old[from + 1]!;
      let i = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> shift;
      while (cells[i * 3 + 2] !== 0) i = (i + 1) & mask;
      cells[i * 3] = high;
      cells[i * 3 + 1] = low;
      cells[i * 3 + 2] = v;
    }
    this.cells = cells;
    this.mask = mask;
    this.shift = shift;
  }
}
