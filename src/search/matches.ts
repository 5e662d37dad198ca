/**
 * The results of matching one segment: lazy where the total is known without reading the whole list.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
import { collectBits } from './bits.ts';
import { firstSlots } from './positions.ts';
import { decodeSlots } from './varint.ts';

/** Matching slots of one segment, in increasing slot (= id) order. Valid until the segment's next query. */
export interface SegmentMatch {
  /** Number of matching slots. */
  readonly total: number;
  /** A fresh array of the first `min(limit, total)` matching slots. */
  slots(limit: number): Int32Array;
}

const EMPTY_SLOTS = new Int32Array(0);

export const NO_MATCH: SegmentMatch = {
  total: 0,
  slots: () => EMPTY_SLOTS,
};

/** A match given by a bitset (in `words` from word `from`) with a known number of set bits. */
export class BitsMatch implements SegmentMatch {
  constructor(
    private readonly words: Uint32Array,
    private readonly from: number,
    private readonly count: number,
    readonly total: number,
  ) {}

  slots(limit: number): Int32Array {
    const out = new Int32Array(Math.min(limit, this.total));
    collectBits(this.words, this.from, this.count, out, out.length);
    return out;
  }
}

/** A match given by one varint document list with no dead slot in it. */
export class VarintMatch implements SegmentMatch {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    readonly total: number,
  ) {}

  slots(limit: number): Int32Array {
    const out = new Int32Array(Math.min(limit, this.total));
    decodeSlots(this.bytes, this.start, this.end, out, out.length);
    return out;
  }
}

/** A match given by one trigram position list with no dead slot in it: its slots, counted at build. */
export class TrigramMatch implements SegmentMatch {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    readonly total: number,
  ) {}

  slots(limit: number): Int32Array {
    const out = new Int32Array(Math.min(limit, this.total));
    firstSlots(this.bytes, this.start, this.end, out);
    return out;
  }
}

/** A match given by a prefix of a slot array. */
export class ListMatch implements SegmentMatch {
  constructor(
    private readonly list: Int32Array,
    readonly total: number,
  ) {}

  slots(limit: number): Int32Array {
    return this.list.slice(0, Math.min(limit, this.total));
  }
}
