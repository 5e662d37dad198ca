import { Link } from 'react-router';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import { dataTableColumnHelper } from '../../components/data-table-columns.ts';
import type { PersonPage } from './people-queries.ts';

type RosterRow = PersonPage['items'][number];

const helper = dataTableColumnHelper<RosterRow>();

/** The roster's columns: 職員番号, 氏名 (link, with kana), 採用団体, 区分, ジョブタイプ, 資格, 配属, 状態. */
export const rosterColumns = helper.columns([
  helper.accessor('employeeNo', { header: '職員番号', sortFn: 'alphanumeric' }),
  helper.accessor('kana', {
    id: 'name',
    header: '氏名',
    sortFn: 'japanese',
    meta: { rowHeader: true },
    cell: (info) => {
      const p = info.row.original;
      return (
        <>
          <Link to={`/people/${p.id}`} className="text-std-16B-170 whitespace-nowrap">
            {p.name}
          </Link>
          <span className="block text-dns-14N-130 whitespace-nowrap text-solid-gray-700">{p.kana}</span>
        </>
      );
    },
  }),
  helper.accessor((p) => p.employer.code, {
    id: 'employer',
    header: '採用団体',
    sortFn: 'alphanumeric',
    cell: (info) => <span className="whitespace-nowrap">{info.row.original.employer.name}</span>,
  }),
  helper.accessor('categoryLabel', { header: '区分', sortFn: 'japanese' }),
  helper.accessor((p) => p.primaryJobType.name, {
    id: 'jobType',
    header: 'ジョブタイプ',
    sortFn: 'japanese',
    cell: (info) => {
      const p = info.row.original;
      return (
        <>
          <span className="block">{p.primaryJobType.name}</span>
          {p.secondaryJobType ? (
            <span className="block text-dns-14N-130 text-solid-gray-700">副：{p.secondaryJobType.name}</span>
          ) : null}
        </>
      );
    },
  }),
  helper.accessor((p) => p.certifications.map((c) => c.name).join('、'), {
    id: 'certifications',
    header: '資格',
    sortFn: 'japanese',
    cell: (info) => {
      const list = info.row.original.certifications;
      if (list.length === 0) return <span className="text-solid-gray-700">{EMPTY_MARK}</span>;
      return (
        <ul className="text-dns-14N-130">
          {list.map((c) => (
            <li key={c.code}>{c.name}</li>
          ))}
        </ul>
      );
    },
  }),
  helper.accessor((p) => p.assignments.map((a) => a.org.name).join('、'), {
    id: 'assignment',
    header: '配属先',
    sortFn: 'japanese',
    cell: (info) => {
      const list = info.row.original.assignments.filter((a) => a.status === 'actual');
      if (list.length === 0) return <span className="text-solid-gray-700">{EMPTY_MARK}</span>;
      return (
        <ul>
          {list.map((a) => (
            <li key={a.id}>
              <span className="whitespace-nowrap">{a.org.name}</span>
              <span className="block text-dns-14N-130 text-solid-gray-700">{a.postTitle}</span>
            </li>
          ))}
        </ul>
      );
    },
  }),
  helper.accessor('statusLabel', { header: '状態', sortFn: 'japanese' }),
]);
