// ECharts with only the parts Parley draws, on the canvas renderer (no eval, no inline script: it runs
// under the server's CSP).
import { BarChart, GraphChart, LineChart, ScatterChart } from 'echarts/charts'
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { onLeave } from './leave'

echarts.use([
  BarChart,
  LineChart,
  GraphChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  GeoComponent,
  VisualMapComponent,
  CanvasRenderer,
])

export { echarts }

/**
 * The charts on the current page, by name, for people debugging in the browser console and for the
 * browser tests, which need a chart's pixel coordinates to click into its canvas.
 */
const byName: Record<string, echarts.ECharts> = {}
;(window as unknown as { parleyCharts: typeof byName }).parleyCharts = byName

/** A canvas chart in `el`, resized with it and disposed when the page changes. */
export function chart(el: HTMLElement, name: string): echarts.ECharts {
  const c = echarts.init(el, undefined, { renderer: 'canvas' })
  const observer = new ResizeObserver(() => c.resize())
  observer.observe(el)
  byName[name] = c
  onLeave(() => {
    observer.disconnect()
    c.dispose()
    if (byName[name] === c) delete byName[name]
  })
  return c
}
