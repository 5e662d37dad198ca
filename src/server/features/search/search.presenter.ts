import type { practices, systems } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { highlightRanges, snippet } from '../../../search/index.ts';

const SUMMARY_CHARS = 160;

/** A field of a hit that matched: its name, its text (cut around the match when long) and the matched ranges. */
export type FieldMatch = { field: string; text: string; ranges: [number, number][] };

/** The named fields whose text contains one of `words`, with the ranges to highlight. */
function matchesIn(fields: [string, string | null][], words: readonly string[]): FieldMatch[] {
  const out: FieldMatch[] = [];
  for (const [field, value] of fields) {
    if (!value) continue;
    const ranges = highlightRanges(value, words);
    if (ranges.length === 0) continue;
    const cut = snippet(value, ranges);
    out.push({ field, text: cut.text, ranges: cut.ranges.map(([s, e]) => [s, e]) });
  }
  return out;
}

/** A system as a search hit; `words` are the query's terms and their synonyms, normalised. */
export function presentSystemHit(
  s: typeof systems.$inferSelect & { orgName: string },
  words: readonly string[] = [],
) {
  return {
    matches: matchesIn(
      [
        ['システム名', s.name],
        ['団体', s.orgName],
        ['業務', s.business],
        ['分類', s.category],
        ['担当課', s.unit],
        ['ベンダー', s.vendor],
        ['製品', s.product],
        ['稼働環境', s.hosting],
        ['備考', s.note],
      ],
      words,
    ),
    id: s.id,
    orgCode: s.orgCode,
    orgName: s.orgName,
    name: s.name,
    business: s.business,
    category: s.category,
    unit: s.unit,
    vendor: s.vendor,
    product: s.product,
    hosting: s.hosting,
    contractEnd: s.contractEnd,
    yearlyCost: s.yearlyCost,
  };
}

/** An initiative as a search hit, its summary cut short; `words` as for {@link presentSystemHit}. */
export function presentPracticeHit(
  p: typeof practices.$inferSelect & { orgName: string },
  words: readonly string[] = [],
) {
  return {
    matches: matchesIn(
      [
        ['件名', p.title],
        ['団体', p.orgName],
        ['分類', p.category],
        ['テーマ', p.themes.join('、')],
        ['財源', p.funding],
        ['概要', p.summary],
        ['成果', p.outcome],
        ['連絡先', p.contact],
      ],
      words,
    ),
    id: p.id,
    orgCode: p.orgCode,
    orgName: p.orgName,
    title: p.title,
    category: p.category,
    fiscalYear: p.fiscalYear,
    fiscalYearLabel: formatFiscalYear(p.fiscalYear),
    themes: p.themes,
    status: p.status,
    summary: p.summary.length > SUMMARY_CHARS ? `${p.summary.slice(0, SUMMARY_CHARS)}…` : p.summary,
  };
}
