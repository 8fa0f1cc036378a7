import { get, meta, type EventRow, type Meta, type Page, type Params } from '../api'
import { append, clear, errorBox, fmtInt, fmtNumber, h, loading } from '../dom'
import { actorCell, filterForm, href, pageTitle, pager, paramsOf, QUAD_NAMES, table, type Column, type Field, type Route } from '../ui'

/** The date range filter, as every page that filters events shows it. */
export const DATE_FIELDS: Field[] = [
  { name: 'since', label: 'From', kind: 'date' },
  { name: 'until', label: 'To', kind: 'date' },
]

export function rootField(m: Meta): Field {
  return {
    name: 'root',
    label: 'CAMEO root',
    kind: 'select',
    options: m.cameo_roots.map((r) => ({ value: r.code, label: `${r.code} ${r.name}` })),
  }
}

export function quadField(m: Meta): Field {
  return {
    name: 'quad',
    label: 'Quad class',
    kind: 'select',
    options: m.quad_classes.map((q) => ({ value: String(q.code), label: `${q.code} ${q.name}` })),
  }
}

export function eventFields(m: Meta): Field[] {
  return [
    ...DATE_FIELDS,
    { name: 'actor', label: 'Actor', kind: 'text', placeholder: 'PRKGOV or PRK', size: 10 },
    { name: 'country', label: 'Country', kind: 'select', options: m.countries.map((c) => ({ value: c, label: c })) },
    rootField(m),
    { name: 'plover', label: 'PLOVER', kind: 'select', options: m.plover_types.map((p) => ({ value: p, label: p })) },
    quadField(m),
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

/**
 * Lists in {@code box} the first 100 events of one group of a chart (a network edge, a map point):
 * {@code filters} select exactly its events, and the page's date, root and quad filters are added.
 * The heading says the group's own count and mean Goldstein; a link opens all of them in Events.
 */
export async function showGroupEvents(
  box: HTMLElement,
  label: string,
  group: { count: number; goldstein_mean: number | null },
  filters: Params,
  params: URLSearchParams,
): Promise<void> {
  const all: Params = {
    ...filters,
    since: params.get('since'),
    until: params.get('until'),
    root: params.get('root'),
    quad: params.get('quad'),
  }
  clear(box)
  box.append(h('h2', {}, label), loading())
  try {
    const page = await get<Page<EventRow>>('events', { ...all, limit: 100 })
    clear(box)
    append(
      box,
      h('h2', {}, `${label}: ${fmtInt(group.count)} events, mean Goldstein ${fmtNumber(group.goldstein_mean, 2)}`),
      page.total > page.items.length
        ? h('p', { class: 'note' }, `The first ${page.items.length} of ${fmtInt(page.total)}. `, h('a', { href: href('events', all) }, 'All of them in Events'))
        : null,
      table(EVENT_COLUMNS, page.items, eventHref, 'No events.'),
    )
  } catch (e) {
    clear(box)
    box.append(errorBox(e))
  }
  box.scrollIntoView({ block: 'start' })
}
