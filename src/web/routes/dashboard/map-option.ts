import type { MapBody } from './dashboard-queries.ts';
import { CHART_COLORS, type ChartOption } from './EChart.tsx';

/** Bounds of the drawing: the 23 市町 of Hiroshima with a margin (degrees). */
const BOUNDS = { lonMin: 132.1, lonMax: 133.5, latMin: 34.08, latMax: 34.95 } as const;

/** Width ÷ height that keeps a degree of longitude at its true length against latitude (cos 34.5° ≈ 0.82). */
export const MAP_ASPECT =
  ((BOUNDS.lonMax - BOUNDS.lonMin) * Math.cos((34.5 * Math.PI) / 180)) / (BOUNDS.latMax - BOUNDS.latMin);

/** The colour of a body by the people assigned there. */
export function mapColour(assigned: number, participates: boolean): string {
  if (!participates && assigned === 0) return '#c8c8cb';
  if (assigned >= 3) return CHART_COLORS.blue;
  if (assigned >= 2) return '#3460fb';
  if (assigned > 0) return CHART_COLORS.lightBlue;
  return '#e8e8eb';
}

/**
 * The schematic map: each 市町 at its office's approximate longitude/latitude on plain value axes (no
 * geographic data), sized and coloured by the people assigned, labelled with its name.
 */
export function mapOption(bodies: readonly MapBody[]): ChartOption {
  const points = bodies
    .filter((b) => b.type !== '県')
    .map((b) => ({
      name: b.orgName,
      value: [b.lon, b.lat, b.assigned],
      symbolSize: 10 + b.assigned * 7,
      itemStyle: {
        color: mapColour(b.assigned, b.participates),
        borderColor: '#1a1a1c',
        borderWidth: b.participates ? 1 : 0,
      },
    }));
  return {
    grid: { left: 8, right: 8, top: 8, bottom: 8 },
    xAxis: { type: 'value', min: BOUNDS.lonMin, max: BOUNDS.lonMax, show: false },
    yAxis: { type: 'value', min: BOUNDS.latMin, max: BOUNDS.latMax, show: false },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const value = item?.value;
        const assigned = Array.isArray(value) ? value[2] : 0;
        return `${item?.name ?? ''}：配属 ${assigned}名`;
      },
    },
    series: [
      {
        type: 'scatter',
        data: points,
        label: {
          show: true,
          formatter: (p) => {
            const value = p.value;
            const assigned = Array.isArray(value) ? Number(value[2]) : 0;
            return assigned > 0 ? `${p.name} ${assigned}名` : p.name;
          },
          position: 'right',
          fontSize: 12,
          color: '#1a1a1c',
        },
        labelLayout: { moveOverlap: 'shiftY' },
        emphasis: { scale: 1.2 },
      },
    ],
  };
}
