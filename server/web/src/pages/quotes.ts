import { get, meta, type Page, type Quote } from '../api'
import { h } from '../dom'
import { actorCell, filterForm, href, pageTitle, pager, paramsOf, table, type Column, type Route } from '../ui'

export const QUOTE_COLUMNS: Column<Quote>[] = [
  { label: 'Speaker', cell: (q) => actorCell(q.speaker_code, q.speaker_text) },
  { label: 'Said', cell: (q) => h('q', { class: 'quote' }, q.text), className: 'wide' },
  { label: 'Cue', cell: (q) => q.cue ?? '' },
  {
    label: 'Article',
    cell: (q) => [
      h('a', { href: href('article/' + encodeURIComponent(q.doc_id)) }, q.title ?? q.doc_id),
      h('small', {}, ' ' + [q.outlet, q.published].filter(Boolean).join(', ')),
    ],
  },
  {
    label: 'Event',
    cell: (q) => (q.event_id ? h('a', { href: href('event/' + encodeURIComponent(q.event_id)) }, 'event') : ''),
  },
]

export async function quotesPage(route: Route, main: HTMLElement): Promise<void> {
  const params = route.params
  const [m, page] = await Promise.all([meta(), get<Page<Quote>>('quotes', paramsOf(params))])
  main.append(
    pageTitle('Quotes', h('small', {}, ` ${page.total.toLocaleString('en')} matching`)),
    filterForm(
      'quotes',
      [
        { name: 'speaker', label: 'Speaker code', kind: 'text', placeholder: 'KORGOV', size: 10 },
        { name: 'country', label: "Speaker's country", kind: 'select', options: m.countries.map((c) => ({ value: c, label: c })) },
        { name: 'q', label: 'Text contains', kind: 'text', size: 18 },
      ],
      params,
    ),
    pager('quotes', params, page),
    table(QUOTE_COLUMNS, page.items, (q) => href('article/' + encodeURIComponent(q.doc_id)), 'No quotes match these filters.'),
    pager('quotes', params, page),
  )
}
