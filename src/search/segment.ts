/**
 * An immutable segment of the index: documents in increasing id order, numbered by slot (0..size-1).
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 *
 * A document's text is its normalised fields joined by U+0000. The segment holds, for those texts:
 * - a document list per distinct character (unigram) and per distinct pair of adjacent characters
 *   within a field (bigram): the slots containing it, each once, increasing; stored as delta-encoded
 *   varints or, when that would take more room, as a bitset over all slots. A 1-character term is
 *   answered by its unigram list, a 2-character term by its bigram list: exactly, with no text.
 * - a position list per trigram: every (slot, offset in the slot's text) where three given characters
 *   start, increasing; each as two varints, the slot gap and the offset (or, within the same slot, 0 and
 *   the offset's gap), with a skip entry every {@link SegmentOptions.skipEvery} positions. A term of
 *   m ≥ 3 characters occurs at p iff the trigrams covering it (at offsets 0, 3, 6, …, m-3) occur at
 *   p + offset: a join of a few lists driven by the rarest. A 3-character term is one list, and so is
 *   a longer one whose trigrams always have the term's characters as neighbours ({@link Segment.plan}).
 *   Exact again, with no text to verify against; the number of slots of each list is kept, so a
 *   one-list term is counted without reading its list.
 * - trigrams run to the end of their field: the last two characters of a field start the "trigrams"
 *   (x, y, end) and (y, end, end), never queried. So every character position starts exactly one listed
 *   trigram, the text can be rebuilt from the lists ({@link Segment.text}) and the segment needs no
 *   other copy of it.
 * Removal only marks a slot dead; {@link SearchIndex} rebuilds segments to reclaim it.
 */
import { collectBits, countBits, hasBit, wordsFor } from './bits.ts';
import type { PairTable } from './int-table.ts';
import { BitsMatch, ListMatch, NO_MATCH, type SegmentMatch, TrigramMatch, VarintMatch } from './matches.ts';
import { decodePositions, keepFollowedBy, LOCAL_RANGE, type PositionArena } from './positions.ts';
import { buildSegment, type DocumentTexts, type SegmentOptions, type SegmentParts } from './segment-build.ts';
import { decodeSlots } from './varint.ts';

export type { SegmentMatch } from './matches.ts';
export { MAX_DOCUMENT_UNITS } from './positions.ts';
export type { DocumentTexts, SegmentOptions } from './segment-build.ts';

/** Predicate on document ids supplied by the caller (facet filters). */
export type IdFilter = (id: number) => boolean;

/** Immutable document and position lists over a sorted set of documents, plus a mutable set of dead slots. */
export class Segment {
  /** Document ids by slot, strictly increasing. */
  readonly ids: Int32Array;
  /** Number of documents (live and dead). */
  readonly size: number;
  private readonly wordCount: number;
  /** Where each slot's text starts in {@link text}'s array (texts one unit apart); `docStart[size]`: its length. */
  private readonly docStart: Int32Array;
  /** Document list of each UTF-16 code unit, or -1. */
  private readonly unigrams: Int32Array;
  /** Document list of each bigram `((first << 16) | second, 0)`. */
  private readonly bigrams: PairTable;
  /** Per document list: number of slots. */
  private readonly df: Int32Array;
  /** Per document list: first byte in `bytes` (varints) or first word in `words` (bitset). */
  private readonly start: Int32Array;
  /** Per document list: end byte in `bytes` for varints; -1 for a bitset. */
  private readonly end: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly words: Uint32Array;
  /** Trigram key of each `((first << 16) | second, third)`; 0 stands for the end of the field. */
  private readonly trigrams: PairTable;
  /** Per trigram key: its first character. */
  private readonly firstChar: Uint16Array;
  /** Per trigram key: number of positions. */
  private readonly occ: Int32Array;
  /** Per trigram key: number of slots containing it. */
  private readonly trigramDocs: Int32Array;
  /**
   * Per trigram key: the character following every one of its occurrences, or -1 when they differ
   * (0: the end of a field); and likewise the character preceding them (0: the start of a field).
   */
  private readonly successor: Int32Array;
  private readonly predecessor: Int32Array;
  /** Per trigram key: its position list is `posBytes[posStart, posEnd)`. */
  private readonly posStart: Int32Array;
  private readonly posEnd: Int32Array;
  /** Per trigram key: index of its first skip entry (block 1) in the skip arrays. */
  private readonly skipStart: Int32Array;
  private readonly posBytes: Uint8Array;
  /** Skip entry: the position (slot, offset) before the block, and the byte where the block starts. */
  private readonly skipSlot: Int32Array;
  private readonly skipLocal: Int32Array;
  private readonly skipByte: Int32Array;
  private readonly arena: PositionArena;
  private readonly contexts: boolean;
  private readonly dead: Uint32Array;
  private deadSlots = 0;
  private scratchA: Int32Array | undefined;
  private scratchB: Int32Array | undefined;
  private scratchPositions = new Float64Array(1024);
  private scratchBits: Uint32Array | undefined;

  /** Builds a segment: `ids` strictly increasing, document `i` of `texts` being the text of `ids[i]`. */
  static build(ids: Int32Array, texts: DocumentTexts, options: SegmentOptions): Segment {
    return new Segment(buildSegment(ids, texts, options));
  }

  /** A segment from the arrays {@link buildSegment} produced (e.g. in a worker thread). */
  static fromParts(parts: SegmentParts): Segment {
    return new Segment(parts);
  }

  private constructor(parts: SegmentParts) {
    this.ids = parts.ids;
    this.size = parts.ids.length;
    this.wordCount = wordsFor(this.size);
    this.docStart = parts.docStart;
    this.unigrams = parts.unigrams;
    this.bigrams = parts.bigrams;
    this.df = parts.df;
    this.start = parts.start;
    this.end = parts.end;
    this.bytes = parts.bytes;
    this.words = parts.words;
    this.trigrams = parts.trigrams;
    this.firstChar = parts.firstChar;
    this.occ = parts.occ;
    this.trigramDocs = parts.trigramDocs;
    this.successor = parts.successor;
    this.predecessor = parts.predecessor;
    this.posStart = parts.posStart;
    this.posEnd = parts.posEnd;
    this.skipStart = parts.skipStart;
    this.posBytes = parts.posBytes;
    this.skipSlot = parts.skipSlot;
    this.skipLocal = parts.skipLocal;
    this.skipByte = parts.skipByte;
    this.arena = {
      bytes: parts.posBytes,
      skipSlot: parts.skipSlot,
      skipLocal: parts.skipLocal,
      skipByte: parts.skipByte,
      skipEvery: parts.skipEvery,
    };
    this.contexts = parts.contexts;
    this.dead = new Uint32Array(this.wordCount);
  }

  /** Number of dead slots. */
  get deadCount(): number {
    return this.deadSlots;
  }

  /** The slot of a live document, or -1. */
  slotOf(id: number): number {
    const ids = this.ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid]!;
      if (v < id) lo = mid + 1;
      else if (v > id) hi = mid - 1;
      else return this.isDead(mid) ? -1 : mid;
    }
    return -1;
  }

  /** Whether a slot has been removed. */
  isDead(slot: number): boolean {
    return hasBit(this.dead, 0, slot);
  }

  /** Marks a slot dead. */
  kill(slot: number): void {
    if (this.isDead(slot)) return;
    this.dead[slot >>> 5]! |= 1 << (slot & 31);
    this.deadSlots++;
  }

  /** UTF-16 code units of the live documents' normalised text (fields joined by U+0000). */
  get liveTextUnits(): number {
    let units = 0;
    for (let slot = 0; slot < this.size; slot++) {
      if (!this.isDead(slot)) units += this.docStart[slot + 1]! - this.docStart[slot]! - 1;
    }
    return units;
  }

  /** Bytes of the typed arrays: document lists, position lists, dictionaries, ids, dead slots. */
  get byteLength(): number {
    let bytes = this.bigrams.byteLength + this.trigrams.byteLength;
    for (const array of [
      this.ids,
      this.docStart,
      this.unigrams,
      this.firstChar,
      this.df,
      this.start,
      this.end,
      this.bytes,
      this.words,
      this.occ,
      this.trigramDocs,
      this.successor,
      this.predecessor,
      this.posStart,
      this.posEnd,
      this.skipStart,
      this.posBytes,
      this.skipSlot,
      this.skipLocal,
      this.skipByte,
      this.dead,
    ]) {
      bytes += array.byteLength;
    }
    return bytes;
  }

  /** Bytes of the position lists and their skip entries. */
  get positionBytes(): number {
    return (
      this.posBytes.byteLength +
      this.skipSlot.byteLength +
      this.skipLocal.byteLength +
      this.skipByte.byteLength
    );
  }

  /** Number of trigram keys (position lists). */
  get trigramCount(): number {
    return this.occ.length;
  }

  /** Number of document lists (distinct characters and bigrams). */
  get listCount(): number {
    return this.df.length;
  }

  /** Number of document lists stored as bitsets. */
  get bitsetCount(): number {
    return this.wordCount === 0 ? 0 : this.words.length / this.wordCount;
  }

  /**
   * The segment's text rebuilt from the position lists (every character position is the start of
   * exactly one listed trigram), in a new array with `spare` more units at the end; slot `s` is at
   * {@link textFrom}(s), {@link textLength}(s) units long. Dead slots are rebuilt too.
   */
  text(spare: number): Uint16Array {
    const chars = new Uint16Array(this.textUnits + spare);
    this.writeText(chars, 0);
    return chars;
  }

  /** Units {@link text} takes without spare: the texts, one unit apart. */
  get textUnits(): number {
    return this.docStart[this.size]!;
  }

  /** Writes what {@link text} returns into `chars` from `base` (slot `s` at `base + textFrom(s)`). */
  writeText(chars: Uint16Array, base: number): void {
    let positions = new Float64Array(1024);
    for (let key = 0; key < this.firstChar.length; key++) {
      const first = this.firstChar[key]!;
      const occ = this.occ[key]!;
      if (positions.length < occ) positions = new Float64Array(occ);
      decodePositions(this.posBytes, this.posStart[key]!, this.posEnd[key]!, positions, 0);
      for (let i = 0; i < occ; i++) {
        const at = positions[i]!;
        const slot = (at / LOCAL_RANGE) | 0;
        chars[base + this.docStart[slot]! + at - slot * LOCAL_RANGE] = first;
      }
    }
  }

  /** Where slot `slot` starts in the array returned by {@link text}. */
  textFrom(slot: number): number {
    return this.docStart[slot]!;
  }

  /** Length in UTF-16 units of slot `slot`'s text. */
  textLength(slot: number): number {
    return this.docStart[slot + 1]! - this.docStart[slot]! - 1;
  }

  /**
   * The live slots matching every term (normalised, non-empty, as from {@link parseQuery}) and
   * accepted by `accept` (called with the document id). No terms: every live slot.
   */
  match(terms: readonly string[], accept: IdFilter | undefined): SegmentMatch {
    if (this.size === 0) return NO_MATCH;
    const lists: number[] = [];
    const long: string[] = [];
    for (const term of terms) {
      if (term.length > 2) {
        long.push(term);
        continue;
      }
      const list =
        term.length === 1
          ? this.unigrams[term.charCodeAt(0)]!
          : this.bigramListOf((term.charCodeAt(0) << 16) | term.charCodeAt(1));
      if (list < 0) return NO_MATCH;
      if (!lists.includes(list)) lists.push(list);
    }
    lists.sort((a, b) => this.df[a]! - this.df[b]!);
    const varints = lists.filter((list) => this.end[list]! >= 0);
    const bitsets = lists.filter((list) => this.end[list]! < 0);

    if (long.length === 1 && lists.length === 0 && accept === undefined && this.deadSlots === 0) {
      const plan = this.plan(long[0]!);
      if (plan === undefined) return NO_MATCH;
      if (plan.keys.length === 1) {
        const key = plan.keys[0]!;
        return new TrigramMatch(
          this.posBytes,
          this.posStart[key]!,
          this.posEnd[key]!,
          this.trigramDocs[key]!,
        );
      }
    }
    if (long.length > 0) {
      const slots = this.slotsA();
      let count = this.longTermSlots(long, slots);
      for (const list of bitsets) count = this.filterByBitset(slots, count, this.start[list]!);
      for (const list of varints) count = this.intersectVarint(slots, count, list);
      if (this.deadSlots > 0) count = this.removeDead(slots, count);
      if (accept !== undefined) count = this.filterById(slots, count, accept);
      return new ListMatch(slots, count);
    }

    if (varints.length === 0) {
      if (accept === undefined && bitsets.length === 1 && this.deadSlots === 0) {
        const list = bitsets[0]!;
        return new BitsMatch(this.words, this.start[list]!, this.wordCount, this.df[list]!);
      }
      const bits = this.andBitsets(bitsets);
      const total = countBits(bits, 0, this.wordCount);
      if (accept === undefined) return new BitsMatch(bits, 0, this.wordCount, total);
      const slots = this.slotsA();
      const count = collectBits(bits, 0, this.wordCount, slots, total);
      return new ListMatch(slots, this.filterById(slots, count, accept));
    }

    const seed = varints[0]!;
    if (accept === undefined && lists.length === 1 && this.deadSlots === 0) {
      return new VarintMatch(this.bytes, this.start[seed]!, this.end[seed]!, this.df[seed]!);
    }
    const slots = this.slotsA();
    let count = decodeSlots(this.bytes, this.start[seed]!, this.end[seed]!, slots, this.df[seed]!);
    for (const list of bitsets) count = this.filterByBitset(slots, count, this.start[list]!);
    for (let i = 1; i < varints.length && count > 0; i++)
      count = this.intersectVarint(slots, count, varints[i]!);
    if (this.deadSlots > 0) count = this.removeDead(slots, count);
    if (accept !== undefined) count = this.filterById(slots, count, accept);
    return new ListMatch(slots, count);
  }

  private bigramListOf(code: number): number {
    return this.bigrams.get(code, 0);
  }

  /** Writes into `out` the slots containing every long term (≥ 3 characters); returns their number. */
  private longTermSlots(terms: readonly string[], out: Int32Array): number {
    let count = -1;
    for (const term of terms) {
      const found = this.occurrences(term);
      if (count < 0) {
        count = this.slotsOfPositions(found, out);
      } else {
        const other = this.slotsB();
        const otherCount = this.slotsOfPositions(found, other);
        count = intersectSorted(out, count, other, otherCount);
      }
      if (count === 0) return 0;
    }
    return count;
  }

  /**
   * The trigram lists that decide where `term` (≥ 3 characters) occurs, with their offsets in it; or
   * undefined when one of its trigrams never occurs. One list suffices for 3 characters, and for more when, from some trigram of the
   * term, every trigram to its right is always followed by the term's next character and every one to
   * its left always preceded by the previous one: each occurrence of that trigram is then an
   * occurrence of the term (common in Japanese, e.g. システ is always followed by ム). Otherwise: the
   * trigrams at offsets 0, 3, 6, …, m-3, which cover every character.
   */
  private plan(term: string): { keys: number[]; offsets: number[] } | undefined {
    const m = term.length;
    const all: number[] = [];
    for (let o = 0; o + 3 <= m; o++) {
      const key = this.trigrams.get(
        (term.charCodeAt(o) << 16) | term.charCodeAt(o + 1),
        term.charCodeAt(o + 2),
      );
      if (key < 0) return undefined;
      all.push(key);
    }
    // rightOk: from offset k on, each trigram is always followed by the term's next character.
    let rightOk = m - 3;
    while (this.contexts && rightOk > 0 && this.successor[all[rightOk - 1]!] === term.charCodeAt(rightOk + 2))
      rightOk--;
    // Offsets up to leftOk: each trigram from 1 to there is always preceded by the previous character.
    let leftOk = 0;
    while (this.contexts && leftOk < m - 3 && this.predecessor[all[leftOk + 1]!] === term.charCodeAt(leftOk))
      leftOk++;
    if (rightOk <= leftOk) return { keys: [all[rightOk]!], offsets: [rightOk] };
    const keys: number[] = [];
    const offsets: number[] = [];
    for (let o = 0; ; o = Math.min(o + 3, m - 3)) {
      keys.push(all[o]!);
      offsets.push(o);
      if (o === m - 3) break;
    }
    return { keys, offsets };
  }

  /** The positions where `term` (≥ 3 characters) starts, in the scratch position array; returns their number. */
  private occurrences(term: string): number {
    const plan = this.plan(term);
    if (plan === undefined) return 0;
    const { keys, offsets } = plan;
    const order = keys.map((_, i) => i).sort((a, b) => this.occ[keys[a]!]! - this.occ[keys[b]!]!);
    const driver = order[0]!;
    const driverKey = keys[driver]!;
    const driverOffset = offsets[driver]!;
    let positions = this.scratchPositions;
    if (positions.length < this.occ[driverKey]!) {
      positions = new Float64Array(Math.max(this.occ[driverKey]!, positions.length * 2));
      this.scratchPositions = positions;
    }
    // Start positions (a driver position closer than its offset to its text's start cannot be one).
    let count = decodePositions(
      this.posBytes,
      this.posStart[driverKey]!,
      this.posEnd[driverKey]!,
      positions,
      driverOffset,
    );
    for (let j = 1; j < order.length && count > 0; j++) {
      const index = order[j]!;
      const key = keys[index]!;
      const list = {
        start: this.posStart[key]!,
        end: this.posEnd[key]!,
        count: this.occ[key]!,
        firstSkip: this.skipStart[key]!,
      };
      count = keepFollowedBy(this.arena, list, positions, count, offsets[index]!);
    }
    return count;
  }

  /** Converts increasing start positions into the distinct slots containing them. */
  private slotsOfPositions(count: number, out: Int32Array): number {
    const positions = this.scratchPositions;
    let last = -1;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const slot = (positions[i]! / LOCAL_RANGE) | 0;
      if (slot !== last) {
        out[n++] = slot;
        last = slot;
      }
    }
    return n;
  }

  /** AND of the given bitsets and of the live slots, in the scratch bitset. */
  private andBitsets(bitsets: readonly number[]): Uint32Array {
    const bits = this.scratchBits ?? new Uint32Array(this.wordCount);
    this.scratchBits = bits;
    const wordCount = this.wordCount;
    const dead = this.dead;
    for (let w = 0; w < wordCount; w++) bits[w] = ~dead[w]!;
    const tail = this.size & 31;
    if (tail !== 0) bits[wordCount - 1]! &= (1 << tail) - 1;
    const words = this.words;
    for (const list of bitsets) {
      const from = this.start[list]!;
      for (let w = 0; w < wordCount; w++) bits[w]! &= words[from + w]!;
    }
    return bits;
  }

  private slotsA(): Int32Array {
    const slots = this.scratchA ?? new Int32Array(this.size);
    this.scratchA = slots;
    return slots;
  }

  private slotsB(): Int32Array {
    const slots = this.scratchB ?? new Int32Array(this.size);
    this.scratchB = slots;
    return slots;
  }

  private filterByBitset(slots: Int32Array, count: number, from: number): number {
    const words = this.words;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const slot = slots[i]!;
      if ((words[from + (slot >>> 5)]! & (1 << (slot & 31))) !== 0) slots[kept++] = slot;
    }
    return kept;
  }

  private intersectVarint(slots: Int32Array, count: number, list: number): number {
    const bytes = this.bytes;
    const end = this.end[list]!;
    let p = this.start[list]!;
    let slot = -1;
    let i = 0;
    let kept = 0;
    while (p < end && i < count) {
      let b = bytes[p++]!;
      if (b < 0x80) {
        slot += b;
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
        slot += gap;
      }
      while (i < count && slots[i]! < slot) i++;
      if (i < count && slots[i] === slot) {
        slots[kept++] = slot;
        i++;
      }
    }
    return kept;
  }

  private removeDead(slots: Int32Array, count: number): number {
    const dead = this.dead;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const slot = slots[i]!;
      if ((dead[slot >>> 5]! & (1 << (slot & 31))) === 0) slots[kept++] = slot;
    }
    return kept;
  }

  private filterById(slots: Int32Array, count: number, accept: IdFilter): number {
    const ids = this.ids;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const slot = slots[i]!;
      if (accept(ids[slot]!)) slots[kept++] = slot;
    }
    return kept;
  }
}

/** Intersects two increasing arrays into the first; returns the new length. */
function intersectSorted(a: Int32Array, aCount: number, b: Int32Array, bCount: number): number {
  let i = 0;
  let j = 0;
  let kept = 0;
  while (i < aCount && j < bCount) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      a[kept++] = x;
      i++;
      j++;
    }
  }
  return kept;
}
