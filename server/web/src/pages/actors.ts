import { get, meta, type Actor, type EventRow, type Page, type Quote } from '../api'
import { fmtInt, h } from '../dom'
import { filterForm, href, pageTitle, pager, paramsOf, table, type Column, type Route } from '../ui'
import { EVENT_COLUMNS, eventHref } from './events'
import { QUOTE_COLUMNS } from './quotes'

function actorHref(a: Actor): string {
  return href('actor/' + encodeURIComponent(a.code))
}

const ACTOR_COLUMNS: Column<Actor>[] = [
  { label: 'Code', cell: (a) => h('a', { href: actorHref(a), class: 'code' }, a.code) },
  { label: 'Country', cell: (a) => a.country ?? '' },
  { label: 'Names seen', cell: (a) => a.names.join(' · '), className: 'wide' },
  { label: 'First', cell: (a) => a.first_date ?? '', className: 'nowrap' },
  { label: 'Last', cell: (a) => a.last_date ?? '', className: 'nowrap' },
  { label: 'Events', cell: (a) => fmtInt(a.events), className: 'num' },
  { label: 'As source', cell: (a) => fmtInt(a.as_source), className: 'num' },
  { label: 'As target', cell: (a) => fmtInt(a.as_target), className: 'num' },
  { label: 'Quotes', cell: (a) => fmtInt(a.quotes), className: 'num' },
]

export async function actorsPage(route: Route, main: HTMLElement): Promise<void> {
  const params = route.params
  const [m, page] = await Promise.all([meta(), get<Page<Actor>>('actors', paramsOf(params))])
  main.append(
    pageTitle('Actors A to Z', h('small', {}, ` ${page.total.toLocaleString('en')} actors`)),
    filterForm(
      'actors',
      [
        { name: 'q', label: 'Code or name', kind: 'text', placeholder: 'PRK or Kim', size: 14 },
        { name: 'country', label: 'Country', kind: 'select', options: m.countries.map((c) => ({ value: c, label: c })) },
      ],
      params,
    ),
    pager('actors', params, page),
    table(ACTOR_COLUMNS, page.items, actorHref, 'No actors match.'),
    pager('actors', params, page),
  )
}

interface ActorDetail {
  actor: Actor
  quotes: Quote[]
  events: EventRow[]
}

export async function actorPage(code: string, main: HTMLElement): Promise<void> {
  const d = await get<ActorDetail>('actors/' + encodeURIComponent(code))
  const a = d.actor
  main.append(
    pageTitle(a.code, a.country ? h('small', {}, ` ${a.country}`) : null),
    h('p', { class: 'names' }, 'Names seen: ', a.names.length ? a.names.join(' · ') : '—'),
    h(
      'p',
      {},
      `${fmtInt(a.events)} events (${fmtInt(a.as_source)} as source, ${fmtInt(a.as_target)} as target), ` +
        `${fmtInt(a.quotes)} quotes; first ${a.first_date ?? '?'}, last ${a.last_date ?? '?'}. `,
      h('a', { href: href('events', { actor: a.code }) }, 'All its events'),
      ' · ',
      h('a', { href: href('quotes', { speaker: a.code }) }, 'all its quotes'),
    ),
    h('h2', {}, `Quotes (${d.quotes.length})`),
    table(QUOTE_COLUMNS, d.quotes, undefined, 'No quotes by this actor.'),
    h('h2', {}, d.events.length >= 100 ? 'First 100 events' : `Events (${d.events.length})`),
    table(EVENT_COLUMNS, d.events, eventHref, 'No events.'),
  )
}
