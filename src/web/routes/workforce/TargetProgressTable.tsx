import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import type { TargetProgress } from './workforce-queries.ts';

type Body = TargetProgress['bodies'][number];

const cell = 'border border-solid-gray-420 px-3 py-1';
const num = `${cell} text-right`;

/** Target against actual for the bodies given, role by role (p.18), with totals per body. */
export function TargetProgressTable({ bodies, caption }: { bodies: readonly Body[]; caption: string }) {
  return (
    <ScrollRegion label={caption} className="mt-3">
      <table className="border-collapse text-std-16N-170">
        <caption className="py-2 text-left font-bold">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className={cell}>
              団体（目標年度）
            </th>
            <th scope="col" className={cell}>
              役割
            </th>
            <th scope="col" className={cell}>
              ジョブタイプ
            </th>
            <th scope="col" className={cell}>
              目標
            </th>
            <th scope="col" className={cell}>
              実績
            </th>
            <th scope="col" className={cell}>
              差
            </th>
          </tr>
        </thead>
        <tbody>
          {bodies.flatMap((b) => [
            ...b.rows.map((r, i) => (
              <tr key={r.targetId}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={b.rows.length + 2} className={`${cell} text-left align-top`}>
                    {b.orgName}
                    <span className="block font-normal">（{b.targetLabel}）</span>
                  </th>
                ) : null}
                <td className={cell}>{r.roleName}</td>
                <td className={cell}>
                  {r.staffKind === 'administrative' ? '行政職' : (r.jobTypeName ?? '—')}
                </td>
                <td className={num}>{r.target}名</td>
                <td className={num}>{r.actual === null ? '対象外' : `${r.actual}名`}</td>
                <td className={num}>{r.gap === null ? '—' : r.gap > 0 ? `+${r.gap}` : String(r.gap)}</td>
              </tr>
            )),
            <tr key={`${b.orgCode}-other`}>
              <td className={cell} colSpan={2}>
                その他の配属（役割のジョブタイプに当たらない人）
              </td>
              <td className={num}>—</td>
              <td className={num}>{b.otherPlaced}名</td>
              <td className={num}>—</td>
            </tr>,
            <tr key={`${b.orgCode}-total`} className="font-bold">
              <td className={cell} colSpan={2}>
                情報システム人材 計
              </td>
              <td className={num}>{b.totals.itTarget}名</td>
              <td className={num}>{b.totals.itActual}名</td>
              <td className={num}>
                {b.totals.itActual - b.totals.itTarget > 0 ? '+' : ''}
                {b.totals.itActual - b.totals.itTarget}
              </td>
            </tr>,
          ])}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
