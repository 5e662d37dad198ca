import { CERTIFICATIONS } from '../../../domain/certifications.ts';
import { JOB_TYPES } from '../../../domain/job-types.ts';
import type { PeopleQuery } from './people-queries.ts';
import { CATEGORY_LABELS, STATUS_LABELS } from './person-labels.ts';

/** The roster filters kept in the URL, by parameter name. */
export const FILTER_KEYS = ['q', 'orgCode', 'category', 'jobType', 'certification', 'status'] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

/** The choices of each select filter (value, label). */
export const FILTER_CHOICES: Record<Exclude<FilterKey, 'q' | 'orgCode'>, readonly [string, string][]> = {
  category: Object.entries(CATEGORY_LABELS),
  jobType: JOB_TYPES.map((j) => [j.code, j.name] as [string, string]),
  certification: CERTIFICATIONS.map((c) => [c.code, c.name] as [string, string]),
  status: Object.entries(STATUS_LABELS),
};

/** Rows per page of the roster. */
export const PAGE_SIZE = 50;

/** The API query for the filters and page in the URL (unknown select values are dropped). */
export function readPeopleQuery(params: URLSearchParams): PeopleQuery & { page: string } {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim() ?? '';
    if (value === '') continue;
    if (key === 'orgCode' && !/^\d{6}$/.test(value)) continue;
    if (key !== 'q' && key !== 'orgCode' && !FILTER_CHOICES[key].some(([code]) => code === value)) continue;
    query[key] = value;
  }
  const page = Number(params.get('page'));
  return {
    ...query,
    page: String(Number.isInteger(page) && page > 1 ? page : 1),
    pageSize: String(PAGE_SIZE),
  };
}
