// ECharts with only what the dashboard draws (core + four charts + five components, label
// layout for the line end labels, canvas renderer): the full `echarts` bundle ships every chart type.
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, LineChart, ScatterChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent, LabelLayout, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption, EChartsType } from 'echarts/core';

/** The shipped CJK font, for every label the charts draw. */
export const CHART_FONT = "'Noto Sans SC', sans-serif";
