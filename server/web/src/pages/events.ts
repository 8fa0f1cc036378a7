import { get, meta, type EventRow, type Meta, type Page } from '../api'
import { fmtNumber, h } from '../dom'
import { actorCell, filterForm, href, pageTitle, pager, paramsOf, QUAD_NAMES, table, type Column, type Field, type Route } from '../ui'

export const EVENT_FILTERS = [
  'since', 'until', 'actor', 'source', 'target', 'country', 'root', 'code', 'plover', 'quad',
  'modality', 'outlet', 'doc', 'cluster', 'run', 'limit', 'offset',
]

export function eventFields(m: Meta): Field[] {
  return [
    { name: 'since', label: 'From', kind: 'date' },
    { name: 'until', label: 'To', kind: 'date' },
    { name: 'actor', label: 'Actor', kind: 'text', placeholder: 'PRKGOV or PRK', size: 10 },
    { name: 'country', label: 'Country', kind: 'select', options: m.countries.map((c) => ({ value: c, label: c })) },
    {
      name: 'root',
      label: 'CAMEO root',
      kind: 'select',
      options: m.cameo_roots.map((r) => ({ value: r.code, label: `${r.code} ${r.name}` })),
    },
    { name: 'plover', label: 'PLOVER', kind: 'select', options: m.plover_types.map((p) => ({ value: p, label: p })) },
    {
      name: 'quad',
      label: 'Quad class',
      kind: 'select',
      options: m.quad_classes.map((q) => ({ value: String(q.code), label: `${q.code} ${q.name}` })),
    },
    { name: 'modality', label: 'Modality', kind: 'select', options: m.modalities.map((x) => ({ value: x, label: x })) },
    { name: 'outlet', label: 'Outlet', kind: 'select', options: m.outlets.map((o) => ({ value: o, label: o })) },
  ]
}

export function eventHref(e: { event_id: string }): string {
  return href('event/' + encodeURIComponent(e.event_id))
}

function dateCell(e: EventRow): string {
  if (!e.date) return 'undated'
  return e.date_precision && e.date_precision !== 'day' ? `${e.date} (${e.date_precision})` : e.date
}

export const EVENT_COLUMNS: Column<EventRow>[] = [
  { label: 'Date', cell: (e) => h('a', { href: eventHref(e) }, dateCell(e)), className: 'nowrap' },
  { label: 'Source', cell: (e) => actorCell(e.source_code, e.source_text) },
  {
    label: 'Event',
    cell: (e) => [h('span', { class: 'code' }, e.cameo_code), ' ', e.cameo_name ?? '', e.plover_type ? h('small', {}, ` ${e.plover_type}`) : null],
  },
  { label: 'Target', cell: (e) => actorCell(e.target_code, e.target_text) },
  {
    label: 'Quad',
    cell: (e) => h('span', { class: `quad q${e.quad_class}`, title: QUAD_NAMES[e.quad_class] ?? '' }, String(e.quad_class)),
  },
  { label: 'Goldstein', cell: (e) => fmtNumber(e.goldstein, 1), className: 'num' },
  { label: 'Modality', cell: (e) => e.modality },
  { label: 'Place', cell: (e) => [e.location_name ?? '', e.location_country ? ` ${e.location_country}` : ''] },
  { label: 'Outlet', cell: (e) => e.outlet ?? '' },
  { label: 'Sentence', cell: (e) => h('span', { class: 'sentence' }, e.sentence), className: 'wide' },
]

export async function eventsPage(route: Route, main: HTMLElement): Promise<void> {
  const params = route.params
  const [m, page] = await Promise.all([meta(), get<Page<EventRow>>('events', paramsOf(params))])
  main.append(
    pageTitle('Events', h('small', {}, ` ${page.total.toLocaleString('en')} matching`)),
    filterForm('events', eventFields(m), params),
    pager('events', params, page),
    table(EVENT_COLUMNS, page.items, eventHref, 'No events match these filters.'),
    pager('events', params, page),
  )
}
