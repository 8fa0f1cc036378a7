// DOM building without innerHTML: every string that reaches the page becomes a text node, so text from
// the store (article bodies, names, quotes) can never become markup.

export type Child = Node | string | number | null | undefined | false
/** Children nest: a cell can be a list of lists of nodes and strings. */
export type Children = Child | Children[]
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>

/** `h('a', {href: '#/events'}, 'Events')`: attributes starting with `on` are listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') {
      el.addEventListener(name.slice(2), value)
    } else if (value === true) {
      el.setAttribute(name, '')
    } else {
      el.setAttribute(name, String(value))
    }
  }
  append(el, ...children)
  return el
}

export function append(parent: Node, ...children: Children[]): void {
  for (const c of (children as Child[]).flat(Infinity as 1) as Child[]) {
    if (c === null || c === undefined || c === false) continue
    parent.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)))
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild)
}

/** Escapes text for the few places that take HTML strings (ECharts tooltips). */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function fmtNumber(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined || Number.isNaN(x) ? '' : x.toFixed(digits)
}

export function fmtInt(x: number | null | undefined): string {
  return x === null || x === undefined ? '' : x.toLocaleString('en')
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, 'Loading…')
}

export function errorBox(e: unknown): HTMLElement {
  const message = e instanceof Error ? e.message : String(e)
  return h('p', { class: 'error', role: 'alert' }, message)
}
