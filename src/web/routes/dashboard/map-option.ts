import type { MapBody } from './dashboard-queries.ts';
import { CHART_COLORS, type ChartOption } from './EChart.tsx';

/** The name the 市町 boundaries are registered under with ECharts. */
export const MAP_NAME = 'hiroshima-municipalities';

/** Width ÷ height of Hiroshima's 23 市町 (132.0–133.5°E, 34.0–35.1°N; a degree of longitude is cos 34.5° ≈ 0.82 of one of latitude). */
export const MAP_ASPECT = (1.5 * Math.cos((34.5 * Math.PI) / 180)) / 1.1;

/** The size of the 市町 labels, in px (map-labels.ts measures them with it). */
export const MAP_LABEL_FONT_SIZE = 11;

/** Longitudes are drawn shortened by this, as a degree of longitude is at 34.5°N. */
export const MAP_ASPECT_SCALE = Math.cos((34.5 * Math.PI) / 180);

/** The fill of a 市町 by the people assigned there in the 年度 (the legend lists the same steps). */
export function mapColour(assigned: number, participates: boolean): string {
  if (!participates && assigned === 0) return '#d8d8db';
  if (assigned >= 3) return CHART_COLORS.blue;
  if (assigned >= 2) return '#3460fb';
  if (assigned > 0) return '#9db7f9';
  return '#f1f1f4';
}

/** The text colour that reads on a fill (white on the dark blues). */
function labelColour(assigned: number): string {
  return assigned >= 2 ? '#ffffff' : '#1a1a1c';
}

/**
 * The choropleth of the 23 市町 (boundaries from 国土数値情報, registered as {@link MAP_NAME}, keyed by the
 * 全国地方公共団体コード): each filled by the people assigned in the 年度, labelled with its name and
 * count. `labelled` names the 市町 whose labels fit (map-labels.ts); the others show theirs when hovered
 * or tapped, and the table below the map has every figure.
 */
export function mapOption(bodies: readonly MapBody[], labelled?: ReadonlySet<string>): ChartOption {
  const data = bodies
    .filter((b) => b.type !== '県')
    .map((b) => ({
      name: b.orgCode,
      value: b.assigned,
      orgName: b.orgName,
      itemStyle: { areaColor: mapColour(b.assigned, b.participates) },
      label: { color: labelColour(b.assigned), show: labelled ? labelled.has(b.orgCode) : true },
    }));
  const nameOf = new Map(data.map((d) => [d.name, d.orgName]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        return `${nameOf.get(String(item?.name)) ?? ''}：配属 ${Number(item?.value ?? 0)}名`;
      },
    },
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        nameProperty: 'code',
        aspectScale: MAP_ASPECT_SCALE,
        layoutCenter: ['50%', '50%'],
        layoutSize: '100%',
        roam: false,
        selectedMode: false,
        data,
        itemStyle: { borderColor: '#626264', borderWidth: 0.6 },
        emphasis: { itemStyle: { areaColor: CHART_COLORS.orange }, label: { show: true, color: '#ffffff' } },
        label: {
          show: true,
          fontSize: MAP_LABEL_FONT_SIZE,
          formatter: (p) => {
            const name = nameOf.get(String(p.name)) ?? '';
            const assigned = Number(p.value ?? 0);
            return assigned > 0 ? `${name}\n${assigned}名` : name;
          },
        },
      },
    ],
  };
}
