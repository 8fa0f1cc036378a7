import { get, meta, type Params } from '../api'
import { chart } from '../charts'
import { escapeHtml, fmtInt, fmtNumber, h } from '../dom'
import { filterForm, goldsteinColour, href, pageTitle, paramsOf, table, type Route } from '../ui'
import { DATE_FIELDS, quadField, rootField, showGroupEvents } from './events'

interface NetworkNode {
  id: string
  events: number
}
interface NetworkEdge {
  source: string
  target: string
  count: number
  goldstein_mean: number | null
}
interface Network {
  nodes: NetworkNode[]
  edges: NetworkEdge[]
}

const MAX_DRAWN_EDGES = 150

/**
 * Nodes on an ellipse as wide as the chart allows, busiest first (a fixed layout: the same store draws
 * the same picture).
 */
function ellipse(nodes: NetworkNode[], aspect: number): Map<string, [number, number]> {
  const sorted = [...nodes].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id))
  const out = new Map<string, [number, number]>()
  sorted.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, sorted.length)
    out.set(n.id, [Math.round(Math.cos(angle) * 1000 * aspect), Math.round(Math.sin(angle) * 1000)])
  })
  return out
}

/** Lists the edge's events below the chart. */
function showEdge(box: HTMLElement, edge: NetworkEdge, params: URLSearchParams): Promise<void> {
  // At actor level an edge is an exact pair of codes (source=KORGOV would also find KORGOVMIL).
  const filters: Params =
    params.get('level') === 'actor'
      ? { source_code: edge.source, target_code: edge.target }
      : { source: edge.source, target: edge.target }
  return showGroupEvents(box, `${edge.source} → ${edge.target}`, edge, filters, params)
}

export async function networkPage(route: Route, main: HTMLElement): Promise<void> {
  const params = route.params
  const [m, net] = await Promise.all([meta(), get<Network>('network', paramsOf(params))])
  const el = h('div', { class: 'chart tall', id: 'network-chart' })
  const events = h('section', { id: 'edge-events' })
  main.append(
    pageTitle('Network', h('small', {}, ` ${net.nodes.length} actors, ${net.edges.length} directed edges`)),
    filterForm(
      'network',
      [
        ...DATE_FIELDS,
        {
          name: 'level',
          label: 'Nodes',
          kind: 'select',
          options: [
            { value: 'country', label: 'countries' },
            { value: 'actor', label: 'actor codes' },
          ],
        },
        rootField(m),
        quadField(m),
        { name: 'min_count', label: 'Min events', kind: 'number', size: 4 },
      ],
      params,
    ),
    h(
      'p',
      { class: 'note' },
      'Edge width: number of events; colour: mean Goldstein (red conflict, green cooperation). Click an edge for its events.',
    ),
    net.nodes.length ? el : h('p', { class: 'empty' }, 'No events between two actors for these filters.'),
    events,
  )
  if (!net.nodes.length) return
  // Hundreds of edges fill the ellipse with one blot: draw the largest, list them all below.
  const drawn = [...net.edges].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)).slice(0, MAX_DRAWN_EDGES)
  const used = new Set(drawn.flatMap((e) => [e.source, e.target]))
  const nodes = net.nodes.filter((n) => used.has(n.id))
  if (drawn.length < net.edges.length) {
    el.before(
      h(
        'p',
        { class: 'note' },
        `The chart draws the ${MAX_DRAWN_EDGES} largest of the ${fmtInt(net.edges.length)} edges (and their ${nodes.length} actors); ` +
          'all are in the table below. Raise "Min events" or narrow the filters for fewer.',
      ),
    )
  }
  // The chart keeps the layout's proportions (so nodes stay round): make the ellipse fit the box.
  const aspect = Math.min(2.2, Math.max(1, (0.85 * el.clientWidth) / Math.max(1, el.clientHeight - 80)))
  const pos = ellipse(nodes, aspect)
  // Widths spread over the drawn counts' range, so edges of similar weight still differ.
  const maxCount = Math.max(1, ...drawn.map((e) => e.count))
  const minCount = Math.min(maxCount, ...drawn.map((e) => e.count))
  const width = (count: number) => 1 + 8 * Math.sqrt((count - minCount + 1) / (maxCount - minCount + 1))
  const maxNode = Math.max(1, ...nodes.map((n) => n.events))
  const c = chart(el, 'network')
  c.setOption({
    animation: false,
    tooltip: {
      formatter: (p: { dataType?: string; data: NetworkEdge & NetworkNode }) =>
        p.dataType === 'edge'
          ? `${escapeHtml(p.data.source)} → ${escapeHtml(p.data.target)}<br>${p.data.count} events<br>mean Goldstein ${fmtNumber(p.data.goldstein_mean, 2)}`
          : `${escapeHtml(p.data.id)}<br>${p.data.events} events`,
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        left: 'center',
        top: 40,
        bottom: 40,
        roam: true,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 9,
        label: { show: true, position: 'right', fontSize: 12 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        data: nodes.map((n) => ({
          ...n,
          name: n.id,
          x: pos.get(n.id)?.[0],
          y: pos.get(n.id)?.[1],
          symbolSize: 8 + 24 * Math.sqrt(n.events / maxNode),
          itemStyle: { color: '#4a5d7e' },
        })),
        links: drawn.map((e) => ({
          ...e,
          lineStyle: {
            width: width(e.count),
            color: goldsteinColour(e.goldstein_mean),
            curveness: 0.15,
            opacity: 0.85,
          },
        })),
      },
    ],
  })
  c.on('click', (p: { dataType?: string; data: unknown }) => {
    if (p.dataType === 'edge') {
      void showEdge(events, p.data as NetworkEdge, params)
    } else if (p.dataType === 'node') {
      const id = (p.data as NetworkNode).id
      location.hash = params.get('level') === 'actor' ? href('actor/' + encodeURIComponent(id)) : href('events', { actor: id, since: params.get('since'), until: params.get('until') })
    }
  })
  const sorted = [...net.edges].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
  events.before(
    h('h2', {}, 'Edges'),
    table(
      [
        { label: 'Source', cell: (e: NetworkEdge) => h('span', { class: 'code' }, e.source) },
        { label: 'Target', cell: (e) => h('span', { class: 'code' }, e.target) },
        { label: 'Events', cell: (e) => fmtInt(e.count), className: 'num' },
        {
          label: 'Mean Goldstein',
          cell: (e) => h('span', { class: 'swatch', style: `border-left-color: ${goldsteinColour(e.goldstein_mean)}` }, fmtNumber(e.goldstein_mean, 2)),
          className: 'num',
        },
      ],
      sorted,
      undefined,
      'No edges.',
      (e) => void showEdge(events, e, params),
    ),
  )
}
