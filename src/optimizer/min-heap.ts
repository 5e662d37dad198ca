/**
 * An indexed binary min-heap of column numbers keyed by distance, on preallocated typed arrays: the
 * Dijkstra of the sparse solver runs once per free row, so nothing may allocate per push or pop.
 * Keys live in the heap array next to the column numbers (not looked up through `d[]`) so that a
 * sift touches one cache line per level instead of two.
 */
export class IndexedMinHeap {
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  /** Position of each item in the heap; only meaningful while the item is in the heap. */
  private readonly pos: Int32Array;
  /** Number of items in the heap. */
  size = 0;

  /** A heap for items 0…capacity−1. */
  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
    this.pos = new Int32Array(capacity);
  }

  /** Forgets every item (O(1)). */
  clear(): void {
    this.size = 0;
  }

  /** The smallest key; the heap must not be empty. */
  minKey(): number {
    return this.keys[0]!;
  }

  /** Inserts `item`, which must not be in the heap. */
  push(item: number, key: number): void {
    this.siftUp(this.size++, item, key);
  }

  /** Lowers the key of `item`, which must be in the heap. */
  decrease(item: number, key: number): void {
    this.siftUp(this.pos[item]!, item, key);
  }

  /** Removes and returns the item with the smallest key; the heap must not be empty. */
  pop(): number {
    const keys = this.keys;
    const items = this.items;
    const pos = this.pos;
    const top = items[0]!;
    const size = --this.size;
    if (size > 0) {
      // Move the last element down from the root.
      const item = items[size]!;
      const key = keys[size]!;
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= size) break;
        let childKey = keys[child]!;
        const right = child + 1;
        if (right < size) {
          const rightKey = keys[right]!;
          if (rightKey < childKey) {
            child = right;
            childKey = rightKey;
          }
        }
        if (childKey >= key) break;
        keys[at] = childKey;
        const moved = items[child]!;
        items[at] = moved;
        pos[moved] = at;
        at = child;
      }
      keys[at] = key;
      items[at] = item;
      pos[item] = at;
    }
    return top;
  }

  private siftUp(start: number, item: number, key: number): void {
    const keys = this.keys;
    const items = this.items;
    const pos = this.pos;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent]!;
      if (parentKey <= key) break;
      keys[at] = parentKey;
      const moved = items[parent]!;
      items[at] = moved;
      pos[moved] = at;
      at = parent;
    }
    keys[at] = key;
    items[at] = item;
    pos[item] = at;
  }
}
