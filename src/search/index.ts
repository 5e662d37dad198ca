/**
 * The Japanese full-text index: exact substring search over NFKC-normalised, lower-cased text.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
export { expandQuery, matchExpanded } from './expand.ts';
export { highlightRanges, snippet, type TextRange } from './highlight.ts';
export { documentText, FIELD_SEPARATOR, foldVariants, normalise, parseQuery } from './normalise.ts';
export type {
  MatchOptions,
  SearchDocument,
  SearchIndexOptions,
  SearchIndexStats,
  SearchOptions,
  SearchPage,
} from './search-index.ts';
export { type PreparedDocuments, packRange, prepareDocuments, SearchIndex } from './search-index.ts';
export { type IdFilter, MAX_DOCUMENT_UNITS } from './segment.ts';
export { buildSegment, type DocumentTexts, type SegmentOptions, type SegmentParts } from './segment-build.ts';
export { fromSegmentData, type SegmentData, toSegmentData } from './segment-transfer.ts';
