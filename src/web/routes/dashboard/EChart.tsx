import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  MapChart,
  type MapSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
  VisualMapComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

/** Registers boundaries for `map` series under `name` (once per name). */
export function registerMap(name: string, geoJson: Parameters<typeof echarts.registerMap>[1]): void {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson);
}

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** The options our charts use: bar, line and map series, with grid, legend, tooltip and visual map. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** The デジタル庁 palette: blues for data, orange for contrast, grey for none. */
export const CHART_COLORS = {
  blue: '#0017c1',
  lightBlue: '#7096f8',
  orange: '#c74700',
  green: '#197a4b',
  grey: '#999999',
} as const;

/** Props of {@link EChart}. */
export type EChartProps = {
  option: ChartOption;
  /** What the chart shows, for screen readers (the same data must also be in a table). */
  label: string;
  /** The id of the table holding the same data, announced as the description. */
  describedBy?: string;
  /** CSS height in pixels (ignored when `aspectRatio` is given). */
  height?: number;
  /** Width ÷ height, for charts whose shape matters (the map). */
  aspectRatio?: number;
  className?: string;
};

/**
 * An ECharts chart on a canvas (only the chart types imported above are bundled). Exposed to assistive
 * technology as one image with a label; pair it with a table of the same figures.
 */
export function EChart({
  option,
  label,
  describedBy,
  height = 320,
  aspectRatio,
  className = '',
}: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const chart = echarts.init(node, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const fontFamily = getComputedStyle(document.documentElement).fontFamily;
    chartRef.current?.setOption(
      { animation: false, textStyle: { fontFamily, color: '#1a1a1a' }, ...option },
      true,
    );
  }, [option]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      className={`w-full ${className}`}
      style={aspectRatio ? { aspectRatio } : { height }}
    />
  );
}
