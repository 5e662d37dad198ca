import { useQuery } from '@tanstack/react-query';
import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { bodyStatusLabel } from '../../../domain/body-status.ts';
import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
import boundariesUrl from '../../assets/hiroshima-municipalities.geojson?url';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import type { MapBody } from './dashboard-queries.ts';
import { EChart, registerMap } from './EChart.tsx';
import { type BoundaryCollection, visibleMapLabels } from './map-labels.ts';
import {
  MAP_ASPECT,
  MAP_ASPECT_SCALE,
  MAP_LABEL_FONT_SIZE,
  MAP_NAME,
  mapColour,
  mapOption,
} from './map-option.ts';

const fmt = (n: number) => (n === 0 ? EMPTY_MARK : `${n}名`);

/** The boundaries of the 23 市町 (a static file of the build, fetched once and registered with ECharts). */
function useBoundaries() {
  return useQuery({
    queryKey: ['map', MAP_NAME],
    queryFn: async () => {
      const res = await fetch(boundariesUrl);
      if (!res.ok) throw new Error(`地図の境界データを読み込めませんでした（${res.status}）`);
      const geoJson = await res.json();
      registerMap(MAP_NAME, geoJson);
      return geoJson as BoundaryCollection;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The width of an element in CSS pixels, followed as it changes (0 until it is laid out). */
function useWidthOf(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => setWidth(Math.round(node.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The legend of the map's fills. */
function Legend() {
  const items: [string, number, boolean][] = [
    ['3名以上', 3, true],
    ['2名', 2, true],
    ['1名', 1, true],
    ['参画・配属なし', 0, true],
    ['不参画', 0, false],
  ];
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-dns-14N-130" aria-label="凡例">
      {items.map(([label, n, p]) => (
        <li key={label} className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-4 border border-solid-gray-600"
            style={{ background: mapColour(n, p) }}
          />
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The map of Hiroshima's 23 市町: their boundaries, each filled by the common-pool people assigned there in
 * the 年度; the same figures as a table. Usable at 375 px (the map scales to the width; labels that would
 * collide are hidden, the table has every figure). The boundaries' source is credited under the map.
 */
export function MunicipalMap({ bodies, yearLabel }: { bodies: readonly MapBody[]; yearLabel: string }) {
  const tableId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const boundaries = useBoundaries();
  const width = useWidthOf(frame);
  const option = useMemo(() => {
    if (!boundaries.data || width === 0) return mapOption(bodies);
    const texts = bodies.map((b) => ({ code: b.orgCode, name: b.orgName, assigned: b.assigned }));
    const labelled = visibleMapLabels(boundaries.data, texts, width, width / MAP_ASPECT, {
      aspectScale: MAP_ASPECT_SCALE,
      fontSize: MAP_LABEL_FONT_SIZE,
    });
    return mapOption(bodies, labelled);
  }, [bodies, boundaries.data, width]);
  const municipalities = bodies.filter((b) => b.type !== '県');
  const assignedBodies = municipalities.filter((b) => b.assigned > 0).length;
  return (
    <figure className="mt-4">
      <div className="mx-auto max-w-3xl rounded-8 border border-solid-gray-200 bg-blue-50/40 p-2">
        {boundaries.isPending ? <Loading label="地図を読み込んでいます…" /> : null}
        {boundaries.isError ? <ErrorAlert error={boundaries.error} /> : null}
        <div ref={frame}>
          {boundaries.data ? (
            <EChart
              option={option}
              label={`${yearLabel}の配属の地図：${assignedBodies}市町に共通人材が配属されています。数値は下の表にあります。`}
              describedBy={tableId}
              aspectRatio={MAP_ASPECT}
            />
          ) : null}
        </div>
      </div>
      <figcaption className="mt-2 text-dns-14N-130 text-solid-gray-700">
        <Legend />
        <p className="mt-2">広島県（県庁）への配属は地図には塗らず、表に掲載しています。</p>
        <p className="mt-1">
          出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成。境界は
          ricewin/simplify-japan-geojson（CC BY 4.0）を加工したものです。
        </p>
      </figcaption>
      <details className="mt-4" open>
        <summary className="cursor-pointer text-std-16B-170">地図の内容（表）</summary>
        <ScrollRegion label={`${yearLabel}の団体ごとの配属人数`} className="mt-2">
          <table id={tableId} className="w-full border-collapse text-std-16N-170">
            <caption className="sr-only">{yearLabel}の団体ごとの配属人数</caption>
            <thead className="bg-solid-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left whitespace-nowrap">
                  団体
                </th>
                <th scope="col" className="px-3 py-2 text-left whitespace-nowrap">
                  人材シェア
                </th>
                <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  県情報職等
                </th>
                <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  市町情報職相当
                </th>
                <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  配属計
                </th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((b) => (
                <tr key={b.orgCode} className="border-t border-solid-gray-200">
                  <th scope="row" className="px-3 py-1 text-left font-normal whitespace-nowrap">
                    {b.orgName}
                  </th>
                  <td className="px-3 py-1 whitespace-nowrap">{bodyStatusLabel(b, b.participates)}</td>
                  <td className="px-3 py-1 text-right whitespace-nowrap">
                    {fmt(b.prefFte)}
                    {b.midYear ? '（年度中途）' : ''}
                  </td>
                  <td className="px-3 py-1 text-right whitespace-nowrap">{fmt(b.municipalCount)}</td>
                  <td className="px-3 py-1 text-right whitespace-nowrap">{fmt(b.assigned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
