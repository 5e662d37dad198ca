/**
 * Several segments over consecutive id ranges, seen as one: what an index built in parallel holds
 * (each range's segment built on its own thread). Slots are numbered across the group, the first
 * segment's first, so slot order is still id order and {@link SearchIndex} works on a group as on a
 * single segment.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
import { NO_MATCH, type SegmentMatch } from './matches.ts';
import type { IdFilter, Segment } from './segment.ts';

/** What {@link SearchIndex} needs of its segment: a {@link Segment} or a {@link SegmentGroup}. */
export type SegmentView = Pick<
  Segment,
  | 'ids'
  | 'size'
  | 'deadCount'
  | 'slotOf'
  | 'isDead'
  | 'kill'
  | 'liveTextUnits'
  | 'byteLength'
  | 'positionBytes'
  | 'trigramCount'
  | 'listCount'
  | 'bitsetCount'
  | 'text'
  | 'textFrom'
  | 'textLength'
  | 'match'
>;

/** Segments over increasing, disjoint id ranges, numbered as one. */
export class SegmentGroup implements SegmentView {
  /** Ids by group slot, strictly increasing. */
  readonly ids: Int32Array;
  readonly size: number;
  /** Group slot of each segment's first slot, and the size after the last. */
  private readonly firstSlot: Int32Array;
  /** Where each segment's text starts in {@link text}'s array. */
  private readonly firstUnit: number[];

  /** @throws RangeError unless each segment's ids all come after the previous segment's. */
  constructor(private readonly segments: readonly Segment[]) {
    this.firstSlot = new Int32Array(segments.length + 1);
    this.firstUnit = [];
    let size = 0;
    let units = 0;
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k]!;
      this.firstSlot[k] = size;
      this.firstUnit.push(units);
      size += segment.size;
      units += segment.textUnits;
    }
    this.firstSlot[segments.length] = size;
    this.size = size;
    this.ids = new Int32Array(size);
    segments.forEach((segment, k) => {
      this.ids.set(segment.ids, this.firstSlot[k]!);
    });
    for (let slot = 1; slot < size; slot++) {
      if (this.ids[slot - 1]! >= this.ids[slot]!) {
        throw new RangeError('grouped segments must cover increasing, disjoint id ranges');
      }
    }
  }

  get deadCount(): number {
    let dead = 0;
    for (const segment of this.segments) dead += segment.deadCount;
    return dead;
  }

  slotOf(id: number): number {
    for (let k = 0; k < this.segments.length; k++) {
      const segment = this.segments[k]!;
      if (segment.size === 0 || id > segment.ids[segment.size - 1]!) continue;
      const slot = segment.slotOf(id);
      return slot < 0 ? -1 : this.firstSlot[k]! + slot;
    }
    return -1;
  }

  isDead(slot: number): boolean {
    const k = this.segmentOf(slot);
    return this.segments[k]!.isDead(slot - this.firstSlot[k]!);
  }

  kill(slot: number): void {
    const k = this.segmentOf(slot);
    this.segments[k]!.kill(slot - this.firstSlot[k]!);
  }

  get liveTextUnits(): number {
    return this.sum((segment) => segment.liveTextUnits);
  }

  get byteLength(): number {
    return this.sum((segment) => segment.byteLength) + this.ids.byteLength;
  }

  get positionBytes(): number {
    return this.sum((segment) => segment.positionBytes);
  }

  get trigramCount(): number {
    return this.sum((segment) => segment.trigramCount);
  }

  get listCount(): number {
    return this.sum((segment) => segment.listCount);
  }

  get bitsetCount(): number {
    return this.sum((segment) => segment.bitsetCount);
  }

  text(spare: number): Uint16Array {
    const last = this.segments.length - 1;
    const units = last < 0 ? 0 : this.firstUnit[last]! + this.segments[last]!.textUnits;
    const chars = new Uint16Array(units + spare);
    this.segments.forEach((segment, k) => {
      segment.writeText(chars, this.firstUnit[k]!);
    });
    return chars;
  }

  textFrom(slot: number): number {
    const k = this.segmentOf(slot);
    return this.firstUnit[k]! + this.segments[k]!.textFrom(slot - this.firstSlot[k]!);
  }

  textLength(slot: number): number {
    const k = this.segmentOf(slot);
    return this.segments[k]!.textLength(slot - this.firstSlot[k]!);
  }

  /** Each segment's match, read in segment order: the group's slots in increasing order. */
  match(terms: readonly string[], accept: IdFilter | undefined): SegmentMatch {
    const matches = this.segments.map((segment) => segment.match(terms, accept));
    const total = matches.reduce((n, m) => n + m.total, 0);
    if (total === 0) return NO_MATCH;
    const firstSlot = this.firstSlot;
    return {
      total,
      slots(limit: number): Int32Array {
        const out = new Int32Array(Math.min(limit, total));
        let filled = 0;
        for (let k = 0; k < matches.length && filled < out.length; k++) {
          const part = matches[k]!.slots(out.length - filled);
          for (let i = 0; i < part.length; i++) out[filled + i] = part[i]! + firstSlot[k]!;
          filled += part.length;
        }
        return out;
      },
    };
  }

  /** The segment holding a group slot. */
  private segmentOf(slot: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.firstSlot[mid]! <= slot) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private sum(of: (segment: Segment) => number): number {
    let total = 0;
    for (const segment of this.segments) total += of(segment);
    return total;
  }
}
