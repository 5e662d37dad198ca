import { Link } from 'react-router';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import { postTitleText } from '../../../domain/post-priority.ts';
import { SKILL_LEVELS } from '../../../domain/skills/levels.ts';
import { dataTableColumnHelper } from '../../components/data-table-columns.ts';
import { categoryLabel } from '../people/person-labels.ts';
import { formatFte } from './placement-format.ts';
import type { Assignment, Post } from './placement-queries.ts';

const postHelper = dataTableColumnHelper<Post>();

/** The period of a post: 令和6年度〜, or 令和4年度〜令和6年度. */
function postPeriod(post: Post): string {
  return `${post.fromLabel}〜${post.toFiscalYear === null ? '' : formatFiscalYear(post.toFiscalYear)}`;
}

/** The wanted job type and level: セキュリティスペシャリスト（レベル3 応用・指導）. */
export function wantedLabel(jobType: string | null, level: number | null): string {
  if (!jobType) return '指定なし';
  const name = jobTypeOf(jobType)?.name ?? jobType;
  const levelLabel = SKILL_LEVELS.find((l) => l.level === level)?.label;
  return level === null ? name : `${name}（レベル${level}${levelLabel ? ` ${levelLabel}` : ''}）`;
}

/** The posts table (p.13): body, unit and title, 年度〜, duties, wanted job type, FTE, holders. */
export const postColumns = postHelper.columns([
  postHelper.accessor('orgCode', {
    id: 'org',
    header: '団体',
    sortFn: 'alphanumeric',
    cell: (info) => <span className="whitespace-nowrap">{info.row.original.orgName}</span>,
  }),
  postHelper.accessor((post) => postTitleText(post.unit, post.title), {
    id: 'title',
    header: '部署・職名',
    sortFn: 'japanese',
    meta: { rowHeader: true },
    cell: (info) => (
      <>
        {info.row.original.unit === '' && info.row.original.title === '' ? (
          // The body has not named the post (p.13: 坂町).
          <span className="block font-bold">未定</span>
        ) : (
          <>
            <span className="block">{info.row.original.unit}</span>
            <span className="block font-bold">{info.row.original.title}</span>
          </>
        )}
        <Link to={`/history/posts/${info.row.original.id}`} className="block text-dns-14N-130">
          変更履歴<span className="sr-only">（{info.row.original.title || '未定'}）</span>
        </Link>
      </>
    ),
  }),
  postHelper.accessor('priority', {
    header: '優先度',
    sortFn: 'basic',
    cell: (info) => <span className="whitespace-nowrap">{info.row.original.priorityLabel}</span>,
  }),
  postHelper.accessor('fromFiscalYear', {
    header: '年度',
    sortFn: 'basic',
    cell: (info) => <span className="whitespace-nowrap">{postPeriod(info.row.original)}</span>,
  }),
  postHelper.accessor('duties', {
    header: '主要業務',
    enableSorting: false,
    cell: (info) => (
      <ul className="min-w-60 space-y-1">
        {info
          .getValue()
          .split(/\n+|／/)
          .filter((line) => line.trim() !== '')
          .map((line) => (
            <li key={line}>{line.replace(/^・/, '')}</li>
          ))}
      </ul>
    ),
  }),
  postHelper.accessor((post) => wantedLabel(post.wantedJobType, post.wantedLevel), {
    id: 'wanted',
    header: '求めるジョブタイプ',
    sortFn: 'japanese',
  }),
  postHelper.accessor('fte', {
    header: '人数',
    sortFn: 'basic',
    meta: { align: 'end' },
    cell: (info) => formatFte(info.getValue()),
  }),
  postHelper.accessor((post) => post.holders.map((h) => h.name).join('、'), {
    id: 'holders',
    header: '配属',
    sortFn: 'japanese',
    cell: (info) => {
      const holders = info.row.original.holders;
      if (holders.length === 0) return <span className="text-solid-gray-700">{EMPTY_MARK}</span>;
      return (
        <ul>
          {holders.map((h) => (
            <li key={`${h.personId}-${h.status}`} className="whitespace-nowrap">
              {h.name}
              {h.fte !== 1 ? `（${formatFte(h.fte)}）` : ''}
              {h.status === 'planned' ? (
                <span className="ml-1 rounded-4 bg-blue-100 px-1 text-dns-14B-130 text-blue-1100">予定</span>
              ) : null}
            </li>
          ))}
        </ul>
      );
    },
  }),
]);

const assignmentHelper = dataTableColumnHelper<Assignment>();

/** The planned assignments of a 年度. */
export const planColumns = assignmentHelper.columns([
  assignmentHelper.accessor('orgCode', {
    id: 'org',
    header: '団体',
    sortFn: 'alphanumeric',
    cell: (info) => info.row.original.orgName,
  }),
  assignmentHelper.accessor((a) => postTitleText(a.unit, a.title), {
    id: 'post',
    header: '部署・職名',
    sortFn: 'japanese',
  }),
  assignmentHelper.accessor('personName', { header: '氏名', sortFn: 'japanese', meta: { rowHeader: true } }),
  assignmentHelper.accessor((a) => categoryLabel(a.category), {
    id: 'category',
    header: '区分',
    sortFn: 'japanese',
  }),
  assignmentHelper.accessor('startFiscalYear', {
    header: '開始',
    sortFn: 'basic',
    cell: (info) => formatFiscalYear(info.getValue()),
  }),
  assignmentHelper.accessor('fte', {
    header: '人数',
    sortFn: 'basic',
    meta: { align: 'end' },
    cell: (info) => formatFte(info.getValue()),
  }),
]);
