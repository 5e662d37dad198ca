import { Fragment, useState } from 'react';
import { textButtonClass } from '../../components/button-styles.ts';
import { MOVE_LABELS, termLabel } from './matching-labels.ts';
import type { Proposal } from './matching-queries.ts';

const th = 'border-b-2 border-solid-gray-600 px-4 py-2 text-left font-bold whitespace-nowrap';
const td = 'px-4 py-2 align-top';

const MOVE_CLASS: Record<Proposal['move'], string> = {
  stay: 'bg-solid-gray-100 text-solid-gray-800',
  move: 'bg-blue-100 text-blue-1100',
  new: 'bg-green-100 text-green-1100',
};

/** 継続 / 異動 / 新規 as a small badge (the word itself is the text). */
export function MoveBadge({ move }: { move: Proposal['move'] }) {
  return (
    <span className={`inline-block rounded-4 px-2 text-dns-14B-130 leading-6 ${MOVE_CLASS[move]}`}>
      {MOVE_LABELS[move]}
    </span>
  );
}

const PRIORITY_CLASS: Record<string, string> = {
  必須: 'bg-red-100 text-red-1100',
  優先: 'bg-yellow-100 text-yellow-1100',
};

/** 必須 / 優先 / 通常 as a small badge (the word itself is the text). */
export function PriorityBadge({ label }: { label: string }) {
  return (
    <span
      className={`inline-block rounded-4 px-2 text-dns-14B-130 leading-6 whitespace-nowrap ${PRIORITY_CLASS[label] ?? 'bg-solid-gray-100 text-solid-gray-800'}`}
    >
      {label}
    </span>
  );
}

/** A proposal's explanation: one row per cost term (項目, 点数, 理由) and their sum. */
function TermsTable({ proposal }: { proposal: Proposal }) {
  return (
    <table className="w-full max-w-3xl border-collapse bg-white text-std-16N-170">
      <caption className="px-1 py-2 text-left text-std-16B-170">
        {proposal.personName}さん → {proposal.orgName} {proposal.postTitle} の内訳
      </caption>
      <thead className="bg-solid-gray-50">
        <tr>
          <th scope="col" className={th}>
            項目
          </th>
          <th scope="col" className={`${th} text-right`}>
            点数
          </th>
          <th scope="col" className={th}>
            理由
          </th>
        </tr>
      </thead>
      <tbody>
        {proposal.terms.map((t, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a term may repeat (several rules), the order is fixed
          <tr key={`${t.term}-${k}`} className="border-b border-solid-gray-200">
            <th scope="row" className={`${td} text-left font-normal`}>
              {termLabel(t.term)}
            </th>
            <td className={`${td} text-right tabular-nums`}>{t.points}</td>
            <td className={td}>{t.reason}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className={`${td} text-left`}>
            合計
          </th>
          <td className={`${td} text-right font-bold tabular-nums`}>{proposal.total}</td>
          <td className={td} />
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * The proposed pairs (団体, ポスト, 氏名, 継続/異動/新規, 合計点). Each row has a disclosure button that
 * shows the pair's explanation term by term in the row below.
 */
export function ProposalsTable({ caption, proposals }: { caption: string; proposals: readonly Proposal[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="overflow-x-auto rounded-8 border border-solid-gray-200"
    >
      <table className="w-full border-collapse text-std-16N-170">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className={th}>
              団体
            </th>
            <th scope="col" className={th}>
              ポスト
            </th>
            <th scope="col" className={th}>
              優先度
            </th>
            <th scope="col" className={th}>
              氏名
            </th>
            <th scope="col" className={`${th} text-center`}>
              区分
            </th>
            <th scope="col" className={`${th} text-right`}>
              合計点
            </th>
            <th scope="col" className={th}>
              説明
            </th>
          </tr>
        </thead>
        <tbody>
          {proposals.length === 0 ? (
            <tr>
              <td colSpan={7} className="px-4 py-6 text-center text-solid-gray-700">
                該当する配置案はありません。
              </td>
            </tr>
          ) : null}
          {proposals.map((p) => {
            const key = `${p.personId}|${p.postId}`;
            const expanded = open.has(key);
            const detailId = `terms-${p.personId}-${p.postId}`;
            return (
              <Fragment key={key}>
                <tr className="border-b border-solid-gray-200">
                  <td className={td}>{p.orgName}</td>
                  <td className={td}>{p.postTitle}</td>
                  <td className={td}>
                    <PriorityBadge label={p.priorityLabel} />
                  </td>
                  <th scope="row" className={`${td} text-left font-normal whitespace-nowrap`}>
                    {p.personName}
                  </th>
                  <td className={`${td} text-center`}>
                    <MoveBadge move={p.move} />
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{p.total}</td>
                  <td className={td}>
                    <button
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailId : undefined}
                      onClick={() => toggle(key)}
                      className={`${textButtonClass} whitespace-nowrap`}
                    >
                      <span aria-hidden="true" className="mr-1">
                        {expanded ? '▾' : '▸'}
                      </span>
                      {p.personName}さんの内訳
                    </button>
                  </td>
                </tr>
                {expanded ? (
                  <tr id={detailId} className="border-b border-solid-gray-200 bg-solid-gray-50">
                    <td colSpan={7} className="px-4 py-3">
                      <TermsTable proposal={p} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
