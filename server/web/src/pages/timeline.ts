import { get, meta, type Params } from '../api'
import { chart } from '../charts'
import { escapeHtml, fmtInt, fmtNumber, h } from '../dom'
import { filterForm, go, pageTitle, paramsOf, QUAD_COLOURS, QUAD_NAMES, table, type Route } from '../ui'
import { DATE_FIELDS } from './events'

interface AggregateRow {
  period: string
  key: string[]
  count: number
  classes: number[]
  goldstein_mean: number | null
  total?: number
  share?: number
}

interface Aggregates {
  unit: string
  by: string
  scheme: string
  columns: string[]
  rows: AggregateRow[]
  counted: number
  left_out: number
}

function addPeriod(day: string, by: string): string {
  const d = new Date(day + 'T00:00:00Z')
  if (by === 'day') d.setUTCDate(d.getUTCDate() + 1)
  else if (by === 'week') d.setUTCDate(d.getUTCDate() + 7)
  else d.setUTCMonth(d.getUTCMonth() + 1)
  return d.toISOString().slice(0, 10)
}

function periodEnd(day: string, by: string): string {
  const next = new Date(addPeriod(day, by) + 'T00:00:00Z')
  next.setUTCDate(next.getUTCDate() - 1)
  return next.toISOString().slice(0, 10)
}

/** The rows with the periods between them that had nothing filled in as zeros, so time reads evenly. */
function everyPeriod(rows: AggregateRow[], by: string, width: number): AggregateRow[] {
  if (rows.length === 0) return rows
  const byPeriod = new Map(rows.map((r) => [r.period, r]))
  const out: AggregateRow[] = []
  const last = rows[rows.length - 1].period
  for (let p = rows[0].period; p <= last && out.length < 5000; p = addPeriod(p, by)) {
    out.push(byPeriod.get(p) ?? { period: p, key: rows[0].key, count: 0, classes: new Array(width).fill(0), goldstein_mean: null, total: 0, share: 0 })
  }
  // Should the server's periods not fall on these steps, show its rows as they are rather than lose any.
  const made = new Set(out.map((r) => r.period))
  return rows.every((r) => made.has(r.period)) ? out : rows
}

/** Penta class 0 holds the neutral public statements (CAMEO 01, 02); 1-4 are the quad classes. */
const PENTA_NAMES: Record<number, string> = { 0: 'Neutral statements', ...QUAD_NAMES }

function columnName(c: string): string {
  const m = /^quad_(\d)$/.exec(c)
  if (m) return QUAD_NAMES[Number(m[1])] ?? c
  const p = /^penta_(\d)$/.exec(c)
  return p ? (PENTA_NAMES[Number(p[1])] ?? c) : c
}

function columnColour(c: string): string | undefined {
  const m = /^(quad|penta)_(\d)$/.exec(c)
  if (!m) return undefined
  return m[2] === '0' ? '#9e9e9e' : QUAD_COLOURS[Number(m[2])]
}

/** The events behind one bar: the same key and period (and class, for the quad scheme). */
function eventsParams(params: URLSearchParams, period: string, by: string, column: string | null): Params {
  const out: Params = { since: period, until: periodEnd(period, by) }
  // The aggregates count asserted events only (not negated, hypothetical, intended or reported ones).
  if ((params.get('unit') ?? 'events') === 'events') out.modality = 'asserted'
  const dyad = params.get('dyad')
  const country = params.get('country')
  if (dyad && dyad.includes('-')) {
    const [s, t] = dyad.split('-')
    out.source = s
    out.target = t
  } else if (country) {
    const side = params.get('count_for') ?? 'source'
    out[side === 'target' ? 'target' : side === 'place' ? 'country' : 'source'] = country
  }
  const m = column ? /^quad_(\d)$/.exec(column) : null
  if (m) out.quad = m[1]
  return out
}

export async function timelinePage(route: Route, main: HTMLElement): Promise<void> {
  const params = route.params
  const api = paramsOf(params)
  const normalise = params.get('normalise') === 'true'
  const [m, agg] = await Promise.all([meta(), get<Aggregates>('aggregates', api)])
  const by = agg.by
  const rows = everyPeriod(agg.rows, by, agg.columns.length)
  const what = params.get('dyad') ? `dyad ${params.get('dyad')}` : params.get('country') ? `${params.get('country')} (as ${params.get('count_for') ?? 'source'})` : 'all events'
  const el = h('div', { class: 'chart', id: 'timeline-chart' })
  main.append(
    pageTitle('Timeline', h('small', {}, ` ${agg.unit} by ${by}, ${what}`)),
    filterForm(
      'timeline',
      [
        { name: 'dyad', label: 'Dyad', kind: 'text', placeholder: 'PRK-USA', size: 9 },
        { name: 'country', label: 'or country', kind: 'select', options: m.countries.map((c) => ({ value: c, label: c })) },
        {
          name: 'count_for',
          label: 'as',
          kind: 'select',
          options: ['source', 'target', 'place'].map((x) => ({ value: x, label: x })),
        },
        { name: 'unit', label: 'Unit', kind: 'select', options: ['events', 'clusters'].map((x) => ({ value: x, label: x })) },
        { name: 'by', label: 'By', kind: 'select', options: ['day', 'week', 'month'].map((x) => ({ value: x, label: x })) },
        {
          name: 'scheme',
          label: 'Classes',
          kind: 'select',
          options: [
            { value: 'quad', label: 'quad (4)' },
            { value: 'penta', label: 'penta (5)' },
          ],
        },
        ...DATE_FIELDS,
        { name: 'normalise', label: 'Share of all', kind: 'checkbox' },
      ],
      params,
    ),
    h(
      'p',
      { class: 'note' },
      `${fmtInt(agg.counted)} ${agg.unit} counted, ${fmtInt(agg.left_out)} left out (undated, dated only to a year, or outside the dates). `,
      agg.unit === 'events'
        ? 'Only asserted events count (not negated, hypothetical, intended or reported ones); an event without a date of its own counts on its article’s date. '
        : 'A cluster counts once, on its first day. ',
      normalise ? `Bars show the share of all ${agg.unit} of the period in the store.` : '',
      ' Click a bar for its events.',
    ),
    el,
  )
  const c = chart(el, 'timeline')
  const value = (r: AggregateRow, i: number) => {
    const n = r.classes[i] ?? 0
    if (!normalise) return n
    return r.total ? n / r.total : 0
  }
  c.setOption({
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (items: unknown) => {
        const list = items as { dataIndex: number }[]
        const r = rows[list[0]?.dataIndex ?? 0]
        if (!r) return ''
        const lines = agg.columns.map((col, i) => `${escapeHtml(columnName(col))}: ${r.classes[i] ?? 0}`)
        return [
          `<b>${escapeHtml(r.period)}</b>`,
          `${escapeHtml(agg.unit)}: ${r.count}` + (r.total !== undefined ? ` of ${r.total}` : ''),
          ...lines,
          `Goldstein mean: ${r.goldstein_mean === null ? '—' : r.goldstein_mean.toFixed(2)}`,
          normalise && r.share !== undefined ? `share: ${(r.share * 100).toFixed(1)}%` : '',
        ]
          .filter(Boolean)
          .join('<br>')
      },
    },
    legend: { top: 0 },
    grid: { left: 60, right: 60, top: 40, bottom: 50 },
    xAxis: { type: 'category', data: rows.map((r) => r.period) },
    yAxis: [
      {
        type: 'value',
        name: normalise ? 'share' : agg.unit,
        axisLabel: normalise ? { formatter: (v: number) => `${(v * 100).toFixed(0)}%` } : {},
      },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
    ],
    series: [
      ...agg.columns.map((col, i) => ({
        name: columnName(col),
        type: 'bar',
        stack: 'classes',
        barMinWidth: 2,
        barMaxWidth: 48,
        itemStyle: { color: columnColour(col) },
        data: rows.map((r) => value(r, i)),
      })),
      {
        name: 'Goldstein mean',
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        itemStyle: { color: '#333' },
        data: rows.map((r) => r.goldstein_mean),
      },
    ],
  })
  c.on('click', (p: { seriesType?: string; seriesIndex?: number; dataIndex: number }) => {
    const r = rows[p.dataIndex]
    if (!r) return
    const col = p.seriesType === 'bar' && p.seriesIndex !== undefined ? agg.columns[p.seriesIndex] : null
    go('events', eventsParams(params, r.period, by, col))
  })
  main.append(
    h('h2', {}, `Periods with ${agg.unit}`),
    table(
      [
        { label: 'Period', cell: (r: AggregateRow) => r.period, className: 'nowrap' },
        { label: agg.unit, cell: (r) => fmtInt(r.count), className: 'num' },
        ...agg.columns.map((col, i) => ({ label: columnName(col), cell: (r: AggregateRow) => fmtInt(r.classes[i] ?? 0), className: 'num' })),
        { label: 'Goldstein mean', cell: (r) => fmtNumber(r.goldstein_mean, 2), className: 'num' },
        { label: 'All in store', cell: (r) => (r.total === undefined ? '' : fmtInt(r.total)), className: 'num' },
        { label: 'Share', cell: (r) => (r.share === undefined ? '' : `${(r.share * 100).toFixed(1)}%`), className: 'num' },
      ],
      agg.rows.filter((r) => r.count > 0),
      (r) => '#/events?' + new URLSearchParams(Object.entries(eventsParams(params, r.period, by, null)).map(([k, v]) => [k, String(v)])).toString(),
      'Nothing to count for these settings.',
    ),
  )
}
