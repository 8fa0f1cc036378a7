// Shared page parts: routes in the URL hash, filter forms, tables and paging.
import { type Params } from './api'
import { h, type Children } from './dom'

export interface Route {
  /** `#/event/abc` -> ['event', 'abc'] */
  path: string[]
  params: URLSearchParams
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '')
  const q = hash.indexOf('?')
  const path = (q < 0 ? hash : hash.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent)
  return { path, params: new URLSearchParams(q < 0 ? '' : hash.slice(q + 1)) }
}

export function href(route: string, params: Params = {}): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, String(v))
  }
  const s = q.toString()
  return '#/' + route + (s ? '?' + s : '')
}

export function go(route: string, params: Params = {}): void {
  location.hash = href(route, params)
}

/** The params of a route as a plain object, for the API and for links. */
export function paramsOf(p: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  p.forEach((v, k) => (out[k] = v))
  return out
}

export const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
}
export const QUAD_COLOURS: Record<number, string> = { 1: '#6baed6', 2: '#2171b5', 3: '#fd8d3c', 4: '#d94801' }

/** Goldstein (-10 .. +10) to a colour: red for conflict, grey near 0, green for cooperation. */
export function goldsteinColour(g: number | null | undefined): string {
  if (g === null || g === undefined || Number.isNaN(g)) return '#999999'
  const t = Math.max(-1, Math.min(1, g / 10))
  const grey = [150, 150, 150]
  const end = t < 0 ? [215, 48, 39] : [26, 152, 80]
  const a = Math.abs(t) ** 0.6
  const c = grey.map((g0, i) => Math.round(g0 + (end[i] - g0) * a))
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`
}

export interface Field {
  name: string
  label: string
  kind: 'text' | 'date' | 'select' | 'number' | 'checkbox'
  options?: { value: string; label: string }[]
  placeholder?: string
  /** Width hint in characters for text inputs. */
  size?: number
}

/**
 * A filter form whose values come from and go to the URL: submitting replaces the route's query (paging
 * starts again at 0), so every view is linkable.
 */
export function filterForm(
  route: string,
  fields: Field[],
  params: URLSearchParams,
  keep: Params = {},
): HTMLFormElement {
  const controls = fields.map((f) => {
    const id = `f-${route}-${f.name}`
    let input: HTMLInputElement | HTMLSelectElement
    if (f.kind === 'select') {
      input = h(
        'select',
        { id, name: f.name },
        h('option', { value: '' }, 'any'),
        (f.options ?? []).map((o) => h('option', { value: o.value }, o.label)),
      )
      input.value = params.get(f.name) ?? ''
      if (input.value !== (params.get(f.name) ?? '')) {
        // A value from the URL that the store does not list still filters; show it.
        const v = params.get(f.name) ?? ''
        input.appendChild(h('option', { value: v }, v))
        input.value = v
      }
    } else if (f.kind === 'checkbox') {
      input = h('input', { id, name: f.name, type: 'checkbox', value: 'true' })
      input.checked = params.get(f.name) === 'true'
    } else {
      input = h('input', {
        id,
        name: f.name,
        type: f.kind,
        placeholder: f.placeholder,
        size: f.size,
      })
      input.value = params.get(f.name) ?? ''
    }
    return h('label', { class: 'field', for: id }, h('span', {}, f.label), input)
  })
  // Filters in the URL that the form has no control for (e.g. source/target from a network edge) are
  // kept on submit and shown, each with a link that drops it.
  const names = new Set(fields.map((f) => f.name))
  const hidden: Record<string, string> = {}
  params.forEach((v, k) => {
    if (!names.has(k) && k !== 'offset' && !(k in keep)) hidden[k] = v
  })
  const chips = Object.entries(hidden).map(([k, v]) => {
    const without = { ...paramsOf(params), offset: null, [k]: null }
    return h('span', { class: 'chip' }, `${k} = ${v} `, h('a', { href: href(route, without), title: `drop ${k}` }, '×'))
  })
  const form = h(
    'form',
    { class: 'filters', id: `filters-${route}` },
    controls,
    h('button', { type: 'submit' }, 'Apply'),
    h('a', { class: 'reset', href: href(route, keep) }, 'Reset'),
    chips.length ? h('div', { class: 'chips' }, 'Also filtered by: ', chips) : null,
  )
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    const next: Params = { ...hidden, ...keep }
    for (const f of fields) {
      const el = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement
      if (f.kind === 'checkbox') next[f.name] = (el as HTMLInputElement).checked ? 'true' : ''
      else next[f.name] = el.value.trim()
    }
    go(route, next)
  })
  return form
}

export interface Column<T> {
  label: string
  cell: (row: T) => Children
  className?: string
}

/**
 * A table whose rows open `rowHref(row)` when clicked (the first link in the row works by keyboard), or
 * call `onRow(row)`.
 */
export function table<T>(
  columns: Column<T>[],
  rows: T[],
  rowHref?: (row: T) => string,
  empty = 'No rows match.',
  onRow?: (row: T) => void,
): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty)
  const body = h(
    'tbody',
    {},
    rows.map((r) => {
      const tr = h(
        'tr',
        {},
        columns.map((c) => h('td', { class: c.className }, c.cell(r))),
      )
      if (rowHref || onRow) {
        tr.classList.add('link')
        tr.addEventListener('click', (ev) => {
          if ((ev.target as Element).closest('a')) return
          if (onRow) onRow(r)
          else if (rowHref) location.hash = rowHref(r)
        })
      }
      return tr
    }),
  )
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.className }, c.label)))),
      body,
    ),
  )
}

/** "21-40 of 123" with previous/next links that keep the other filters. */
export function pager(
  route: string,
  params: URLSearchParams,
  page: { total: number; limit: number; offset: number; items: unknown[] },
): HTMLElement {
  const p = paramsOf(params)
  const { total, limit, offset } = page
  const first = total === 0 ? 0 : offset + 1
  const last = offset + page.items.length
  const prev = offset > 0 ? href(route, { ...p, offset: Math.max(0, offset - limit) || null }) : null
  const next = last < total ? href(route, { ...p, offset: offset + limit }) : null
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'pages' },
    prev ? h('a', { href: prev, rel: 'prev' }, '← Previous') : h('span', { class: 'disabled' }, '← Previous'),
    h('span', { class: 'count' }, `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')}`),
    next ? h('a', { href: next, rel: 'next' }, 'Next →') : h('span', { class: 'disabled' }, 'Next →'),
  )
}

/** `code` shown with the mention text, e.g. "PRKGOV (North Korea)". */
export function actorCell(code: string | null, text: string | null): Children[] {
  if (!code && !text) return ['—']
  return [
    code ? h('a', { href: href('actor/' + encodeURIComponent(code)), class: 'code' }, code) : h('span', { class: 'code' }, '?'),
    text ? h('span', { class: 'mention' }, ' ' + text) : null,
  ]
}

export function pageTitle(title: string, ...extra: Children[]): HTMLElement {
  document.title = `${title} — Parley`
  return h('h1', {}, title, ...extra)
}
