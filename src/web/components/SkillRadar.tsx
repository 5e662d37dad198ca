import { RadarChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([RadarChart, TooltipComponent, LegendComponent, CanvasRenderer]);

/** One axis of the radar: its label and the two values compared. */
export type RadarAxis = { label: string; value: number; target: number };

/** Props of {@link SkillRadar}. */
export type SkillRadarProps = {
  /** Accessible summary of the chart (the same data must also be given as a table). */
  label: string;
  axes: readonly RadarAxis[];
  /** The largest value of the scale (4 for skill levels). */
  max: number;
  valueName: string;
  targetName: string;
};

/** The デジタル庁 palette's blue for the value and orange for the target (dashed). */
const VALUE_COLOR = '#0017c1';
const TARGET_COLOR = '#c74700';

/**
 * A radar chart of a value against its target per axis (ECharts, canvas). Marked as one image with a
 * summary for screen readers; show the numbers in a table beside it.
 */
export function SkillRadar({ label, axes, max, valueName, targetName }: SkillRadarProps) {
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
      {
        animation: false,
        textStyle: { fontFamily, fontSize: 13, color: '#1a1a1a' },
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, data: [valueName, targetName], textStyle: { fontSize: 14 } },
        radar: {
          radius: '62%',
          center: ['50%', '48%'],
          splitNumber: max,
          indicator: axes.map((a) => ({ name: a.label, max })),
          axisName: { color: '#333', fontSize: 12 },
        },
        series: [
          {
            type: 'radar',
            data: [
              {
                name: valueName,
                value: axes.map((a) => a.value),
                itemStyle: { color: VALUE_COLOR },
                lineStyle: { color: VALUE_COLOR, width: 2 },
                areaStyle: { color: VALUE_COLOR, opacity: 0.15 },
                symbol: 'circle',
              },
              {
                name: targetName,
                value: axes.map((a) => a.target),
                itemStyle: { color: TARGET_COLOR },
                lineStyle: { color: TARGET_COLOR, width: 2, type: 'dashed' },
                symbol: 'diamond',
              },
            ],
          },
        ],
      },
      true,
    );
  }, [axes, max, valueName, targetName]);

  return <div ref={ref} role="img" aria-label={label} className="h-96 w-full max-w-2xl" />;
}
