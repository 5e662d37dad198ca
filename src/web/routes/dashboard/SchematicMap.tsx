import { useId, useMemo } from 'react';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import type { MapBody } from './dashboard-queries.ts';
import { EChart } from './EChart.tsx';
import { MAP_ASPECT, mapColour, mapOption } from './map-option.ts';

const fmt = (n: number) => (n === 0 ? EMPTY_MARK : `${n}名`);

/** The legend of the map's colours. */
function Legend() {
  const items: [string, number, boolean][] = [
    ['3名以上', 3, true],
    ['2名', 2, true],
    ['1名以下', 1, true],
    ['参画・配属なし', 0, false],
  ];
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-dns-14N-130" aria-label="凡例">
      {items.map(([label, n, p]) => (
        <li key={label} className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 rounded-full border border-solid-gray-900"
            style={{ background: mapColour(n, p) }}
          />
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The map of Hiroshima's 23 市町 as a schematic (模式図): points at their offices' approximate
 * positions, sized and coloured by the people assigned in the 年度. The same figures as a table.
 */
export function SchematicMap({
  bodies,
  note,
  yearLabel,
}: {
  bodies: readonly MapBody[];
  note: string;
  yearLabel: string;
}) {
  const tableId = useId();
  const option = useMemo(() => mapOption(bodies), [bodies]);
  const municipalities = bodies.filter((b) => b.type !== '県');
  const prefecture = bodies.find((b) => b.type === '県');
  const assignedBodies = municipalities.filter((b) => b.assigned > 0).length;
  return (
    <figure className="mt-4">
      <div className="rounded-8 border border-solid-gray-200 bg-blue-50/40 p-2">
        <EChart
          option={option}
          label={`${yearLabel}の配属の模式図：${assignedBodies}市町に共通人材が配属されています。詳しくは下の表を参照してください。`}
          describedBy={tableId}
          aspectRatio={MAP_ASPECT}
        />
      </div>
      <figcaption className="mt-2 text-dns-14N-130 text-solid-gray-700">
        <strong className="text-solid-gray-900">模式図</strong>　{note}
        {prefecture ? `　広島県（県庁）への配属は表に掲載しています。` : null}
      </figcaption>
      <Legend />
      <details className="mt-4" open>
        <summary className="cursor-pointer text-std-16B-170">配属の模式図の内容（表）</summary>
        <div className="mt-2 overflow-x-auto rounded-8 border border-solid-gray-200">
          <table id={tableId} className="w-full border-collapse text-std-16N-170">
            <caption className="sr-only">{yearLabel}の団体ごとの配属人数</caption>
            <thead className="bg-solid-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  団体
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  人材シェア
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  県情報職等
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  市町情報職相当
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  配属計
                </th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((b) => (
                <tr key={b.orgCode} className="border-t border-solid-gray-200">
                  <th scope="row" className="px-3 py-1 text-left font-normal">
                    {b.orgName}
                  </th>
                  <td className="px-3 py-1">
                    {b.type === '県' ? '運営' : b.participates ? '参画' : EMPTY_MARK}
                  </td>
                  <td className="px-3 py-1 text-right">
                    {fmt(b.prefFte)}
                    {b.midYear ? '（年度中途）' : ''}
                  </td>
                  <td className="px-3 py-1 text-right">{fmt(b.municipalCount)}</td>
                  <td className="px-3 py-1 text-right">{fmt(b.assigned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
