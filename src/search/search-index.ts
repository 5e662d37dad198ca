/**
 * In-memory Japanese full-text index: exact substring search over normalised text, correct for
 * queries of any length (1- and 2-character queries included, which trigram indexes miss).
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 *
 * Layout: one immutable {@link Segment} (documents in id order; unigram and bigram document lists,
 * trigram position lists) plus a small pending set of documents added or replaced since it was built,
 * kept as normalised text and scanned by queries. Removing or replacing a document marks its segment
 * slot dead. When the pending set or the dead slots grow past a threshold the index compacts: it
 * rebuilds the segment from the text rebuilt from the position lists and the pending documents
 * (O(size), about the cost of a build), so an update costs O(1) amortised.
 *
 * A query is answered per term (see {@link parseQuery}), exactly, with no verification against text:
 * - 1 character: its unigram document list; 2 characters: its bigram document list;
 * - 3: its trigram position list, as slots; more: a join of the position lists of the trigrams
 *   covering it (offsets 0, 3, 6, …, m-3), driven by the rarest.
 * Terms are ANDed; results are sorted by id.
 */
import { documentText, joinFields, normaliseJoined, parseQuery } from './normalise.ts';
import {
  type DocumentTexts,
  type IdFilter,
  MAX_DOCUMENT_UNITS,
  Segment,
  type SegmentOptions,
} from './segment.ts';
import type { SegmentParts } from './segment-build.ts';
import { SegmentGroup, type SegmentView } from './segment-group.ts';

/** A document to index: an id and the text fields searched (a match never spans two fields). */
export interface SearchDocument {
  /** Integer in [0, 2^31 - 1], unique in the index (e.g. the row's serial id). */
  readonly id: number;
  /** At most {@link MAX_DOCUMENT_UNITS} UTF-16 units in all once normalised (about 2 million characters). */
  readonly fields: readonly string[];
}

/** Tuning; the defaults suit anything from a few documents to a few million. */
export interface SearchIndexOptions {
  /** Pending (added or replaced) documents kept before compacting. Default: size/128, within [1024, 8192]. */
  maxPending?: number;
  /** Dead slots kept before compacting. Default: size/8, at least 1024. */
  maxDead?: number;
  /** See {@link SegmentOptions.bitsetAt}. Default 1 (the smaller encoding). */
  bitsetAt?: number;
  /** See {@link SegmentOptions.skipEvery}. Default 128. */
  skipEvery?: number;
  /** See {@link SegmentOptions.contexts}. Default true. */
  contexts?: boolean;
}

/** Restrictions applied while matching (facet filters computed by the caller). */
export interface MatchOptions {
  /** Keep only ids for which this returns true. It must not query the same index (scratch arrays are shared). */
  filter?: IdFilter;
  /** Keep only ids with a non-zero entry (`mask[id]`); ids beyond the mask's length are dropped. */
  mask?: Uint8Array;
}

/** A page of results. */
export interface SearchOptions extends MatchOptions {
  /** Number of matches skipped, in id order. Default 0. */
  offset?: number;
  /** Maximum number of ids returned. Default 50. */
  limit?: number;
}

/** One page of matches with the total count. */
export interface SearchPage {
  /** Number of matching documents. */
  total: number;
  /** Ids of the page's matches, increasing. */
  ids: number[];
}

/** Sizes, for monitoring and the benchmark. */
export interface SearchIndexStats {
  /** Live documents. */
  documents: number;
  /** Documents scanned rather than indexed (added or replaced since the last compaction). */
  pending: number;
  /** Removed or replaced documents still occupying a segment slot. */
  dead: number;
  /** Document lists (distinct characters and bigrams). */
  lists: number;
  /** Document lists stored as bitsets. */
  bitsets: number;
  /** Trigram position lists. */
  trigrams: number;
  /** Bytes of the segment's typed arrays: lists, dictionaries, ids, dead slots. */
  segmentBytes: number;
  /** Of which position lists and their skip entries. */
  positionBytes: number;
  /** UTF-16 code units of the live documents' normalised text (one separator between fields). */
  textUnits: number;
  /** Of which held as strings by pending documents. */
  pendingTextUnits: number;
}

const MAX_ID = 0x7fffffff;
const DEFAULT_LIMIT = 50;
const EMPTY_IDS = new Int32Array(0);

/** Exact substring index over documents' normalised text, updated incrementally. */
export class SearchIndex {
  private segment: SegmentView;
  private readonly pending = new Map<number, string>();
  private readonly options: SegmentOptions;
  private readonly maxPending: number | undefined;
  private readonly maxDead: number | undefined;

  /** An empty index; fill it with {@link upsert}, or use {@link SearchIndex.build} for many documents. */
  constructor(options: SearchIndexOptions = {}) {
    this.options = {
      bitsetAt: options.bitsetAt ?? 1,
      skipEvery: options.skipEvery ?? 128,
      contexts: options.contexts ?? true,
    };
    this.maxPending = options.maxPending;
    this.maxDead = options.maxDead;
    this.segment = Segment.build(EMPTY_IDS, packTexts([]), this.options);
  }

  /** Builds an index over `documents` (ids unique, any order). Throws RangeError on a bad or repeated id. */
  static build(documents: Iterable<SearchDocument>, options: SearchIndexOptions = {}): SearchIndex {
    const index = new SearchIndex(options);
    const prepared = prepareDocuments(documents);
    const { ids, texts } = packRange(prepared, 0, prepared.ids.length);
    index.segment = Segment.build(ids, texts, index.options);
    return index;
  }

  /**
   * An index over segments built elsewhere (e.g. one per thread, see {@link packRange}) from consecutive
   * ranges of the same prepared documents, in order, with the same options. Answers exactly as
   * {@link build} over all of them would.
   * @throws RangeError when the segments' ids are not increasing across them.
   */
  static fromParts(parts: readonly SegmentParts[], options: SearchIndexOptions = {}): SearchIndex {
    const index = new SearchIndex(options);
    const segments = parts.map((p) => Segment.fromParts(p));
    index.segment = segments.length === 1 ? segments[0]! : new SegmentGroup(segments);
    return index;
  }

  /** The segment options this index builds with (what {@link fromParts}'s segments must be built with). */
  get segmentOptions(): SegmentOptions {
    return { ...this.options };
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.segment.size - this.segment.deadCount + this.pending.size;
  }

  /** Whether a document with this id is in the index. */
  has(id: number): boolean {
    return this.pending.has(id) || this.segment.slotOf(id) >= 0;
  }

  /** Adds a document, or replaces the one with the same id (it then matches only its new text). */
  upsert(document: SearchDocument): void {
    checkId(document.id);
    const text = documentText(document.fields);
    checkLength(text);
    const slot = this.segment.slotOf(document.id);
    if (slot >= 0) this.segment.kill(slot);
    this.pending.set(document.id, text);
    this.compactIfDue();
  }

  /** Removes a document; returns whether it was there. */
  remove(id: number): boolean {
    let removed = this.pending.delete(id);
    const slot = this.segment.slotOf(id);
    if (slot >= 0) {
      this.segment.kill(slot);
      removed = true;
    }
    if (removed) this.compactIfDue();
    return removed;
  }

  /**
   * The page `[offset, offset + limit)` of the ids matching `query` (sorted by id) and the total.
   * The empty query (nothing but white space) matches every document.
   */
  search(query: string, options: SearchOptions = {}): SearchPage {
    const offset = options.offset ?? 0;
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(offset) || offset < 0) {
      throw new RangeError('offset must be a non-negative integer');
    }
    if (!Number.isInteger(limit) || limit < 0) {
      throw new RangeError('limit must be a non-negative integer');
    }
    const terms = parseQuery(query);
    const accept = acceptOf(options);
    const match = this.segment.match(terms, accept);
    const pending = this.matchPending(terms, accept);
    const total = match.total + pending.length;
    const wanted = Math.min(offset + limit, total);
    const base = match.slots(wanted);
    const ids: number[] = [];
    const segmentIds = this.segment.ids;
    let i = 0;
    let j = 0;
    for (let rank = 0; rank < wanted; rank++) {
      let id: number;
      if (j >= pending.length || (i < base.length && segmentIds[base[i]!]! < pending[j]!)) {
        id = segmentIds[base[i++]!]!;
      } else {
        id = pending[j++]!;
      }
      if (rank >= offset) ids.push(id);
    }
    return { total, ids };
  }

  /** Number of documents matching `query`. */
  count(query: string, options: MatchOptions = {}): number {
    const terms = parseQuery(query);
    const accept = acceptOf(options);
    return this.segment.match(terms, accept).total + this.matchPending(terms, accept).length;
  }

  /**
   * All ids matching `query`, increasing: for facet counts, or to intersect with other id sets.
   */
  matchIds(query: string, options: MatchOptions = {}): Int32Array {
    const terms = parseQuery(query);
    const accept = acceptOf(options);
    const match = this.segment.match(terms, accept);
    const pending = this.matchPending(terms, accept);
    const base = match.slots(match.total);
    const segmentIds = this.segment.ids;
    const out = new Int32Array(base.length + pending.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < out.length; k++) {
      if (j >= pending.length || (i < base.length && segmentIds[base[i]!]! < pending[j]!)) {
        out[k] = segmentIds[base[i++]!]!;
      } else {
        out[k] = pending[j++]!;
      }
    }
    return out;
  }

  /**
   * Rebuilds the segment from every live document, emptying the pending set and dropping dead slots.
   * The segment's text is rebuilt from its position lists into one array, which the new segment reads.
   */
  compact(): void {
    const segment = this.segment;
    const pendingIds = [...this.pending.keys()].sort((a, b) => a - b);
    let spare = 0;
    for (const text of this.pending.values()) spare += text.length;
    const chars = segment.text(spare);
    const total = segment.size - segment.deadCount + pendingIds.length;
    const ids = new Int32Array(total);
    const from = new Int32Array(total);
    const length = new Int32Array(total);
    let end = chars.length - spare;
    let slot = 0;
    let j = 0;
    for (let k = 0; k < total; k++) {
      while (slot < segment.size && segment.isDead(slot)) slot++;
      if (j >= pendingIds.length || (slot < segment.size && segment.ids[slot]! < pendingIds[j]!)) {
        ids[k] = segment.ids[slot]!;
        from[k] = segment.textFrom(slot);
        length[k] = segment.textLength(slot);
        slot++;
      } else {
        const id = pendingIds[j++]!;
        const text = this.pending.get(id)!;
        ids[k] = id;
        from[k] = end;
        length[k] = text.length;
        for (let i = 0; i < text.length; i++) chars[end++] = text.charCodeAt(i);
      }
    }
    this.segment = Segment.build(ids, { chars, from, length }, this.options);
    this.pending.clear();
  }

  /** Current sizes. O(size). */
  stats(): SearchIndexStats {
    const segment = this.segment;
    let pendingTextUnits = 0;
    for (const text of this.pending.values()) pendingTextUnits += text.length;
    return {
      documents: this.size,
      pending: this.pending.size,
      dead: segment.deadCount,
      lists: segment.listCount,
      bitsets: segment.bitsetCount,
      trigrams: segment.trigramCount,
      segmentBytes: segment.byteLength,
      positionBytes: segment.positionBytes,
      textUnits: segment.liveTextUnits + pendingTextUnits,
      pendingTextUnits,
    };
  }

  /** Pending ids matching every term and the filter, increasing. */
  private matchPending(terms: readonly string[], accept: IdFilter | undefined): number[] {
    const out: number[] = [];
    if (this.pending.size === 0) return out;
    outer: for (const [id, text] of this.pending) {
      if (accept !== undefined && !accept(id)) continue;
      for (const term of terms) if (!text.includes(term)) continue outer;
      out.push(id);
    }
    return out.sort((a, b) => a - b);
  }

  private compactIfDue(): void {
    const size = this.segment.size;
    const maxPending = this.maxPending ?? Math.min(8192, Math.max(1024, size >>> 7));
    const maxDead = this.maxDead ?? Math.max(1024, size >>> 3);
    if (this.pending.size > maxPending || this.segment.deadCount > maxDead) this.compact();
  }
}

/** Documents sorted by id with their fields joined (not yet normalised): the input of a build. */
export interface PreparedDocuments {
  ids: Int32Array;
  /** Per document, {@link joinFields} of its fields. */
  joined: string[];
}

/**
 * Sorts documents by id and joins each one's fields, checking the ids. The text is normalised later,
 * range by range, by {@link packRange} (which a build may run on several threads).
 * @throws RangeError on a bad or repeated id.
 */
export function prepareDocuments(documents: Iterable<SearchDocument>): PreparedDocuments {
  const docs = [...documents];
  let sorted = true;
  for (let i = 0; i < docs.length; i++) {
    checkId(docs[i]!.id);
    if (i > 0 && docs[i - 1]!.id >= docs[i]!.id) sorted = false;
  }
  if (!sorted) docs.sort((a, b) => a.id - b.id);
  const ids = new Int32Array(docs.length);
  const joined = new Array<string>(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    if (i > 0 && ids[i - 1] === doc.id) throw new RangeError(`duplicate document id ${doc.id}`);
    ids[i] = doc.id;
    joined[i] = joinFields(doc.fields);
  }
  return { ids, joined };
}

/**
 * Documents `[from, to)` of prepared documents, normalised ({@link documentText}) and packed as
 * {@link buildSegment} takes them.
 * @throws RangeError on a text too long once normalised.
 */
export function packRange(
  prepared: PreparedDocuments,
  from: number,
  to: number,
): { ids: Int32Array; texts: DocumentTexts } {
  const texts = prepared.joined.slice(from, to).map(normaliseJoined);
  for (const text of texts) checkLength(text);
  return { ids: prepared.ids.slice(from, to), texts: packTexts(texts) };
}

/** Copies texts into one array of UTF-16 units, in order. */
function packTexts(texts: readonly string[]): DocumentTexts {
  const from = new Int32Array(texts.length);
  const length = new Int32Array(texts.length);
  let total = 0;
  for (let i = 0; i < texts.length; i++) {
    from[i] = total;
    length[i] = texts[i]!.length;
    total += length[i]!;
  }
  const chars = new Uint16Array(total);
  let at = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) chars[at++] = text.charCodeAt(i);
  }
  return { chars, from, length };
}

function checkLength(text: string): void {
  if (text.length > MAX_DOCUMENT_UNITS) {
    throw new RangeError(`document text longer than ${MAX_DOCUMENT_UNITS} UTF-16 units once normalised`);
  }
}

function checkId(id: number): void {
  if (!Number.isInteger(id) || id < 0 || id > MAX_ID) {
    throw new RangeError(`document id must be an integer in [0, ${MAX_ID}]: ${id}`);
  }
}

function acceptOf(options: MatchOptions): IdFilter | undefined {
  const { filter, mask } = options;
  if (mask === undefined) return filter;
  if (filter === undefined) return (id) => mask[id] !== undefined && mask[id] !== 0;
  return (id) => mask[id] !== undefined && mask[id] !== 0 && filter(id);
}
