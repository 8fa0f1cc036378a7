// Parley's web UI: hash routes (#/events?root=04) to pages that fetch the JSON API and build the DOM.
import './style.css'
import { get, type Health } from './api'
import { clear, errorBox, fmtInt, loading } from './dom'
import { leavePage } from './leave'
import { actorPage, actorsPage } from './pages/actors'
import { articlePage } from './pages/article'
import { eventPage } from './pages/event'
import { eventsPage } from './pages/events'
import { quotesPage } from './pages/quotes'
import { currentRoute, type Route } from './ui'

type Render = (route: Route, main: HTMLElement) => Promise<void>

const pages: Record<string, { nav: string; render: Render }> = {
  events: { nav: 'events', render: eventsPage },
  event: { nav: 'events', render: (r, m) => eventPage(r.path[1] ?? '', m) },
  article: { nav: 'events', render: (r, m) => articlePage(r.path[1] ?? '', m) },
  // The chart pages load ECharts (most of the code) only when opened.
  timeline: { nav: 'timeline', render: async (r, m) => (await import('./pages/timeline')).timelinePage(r, m) },
  network: { nav: 'network', render: async (r, m) => (await import('./pages/network')).networkPage(r, m) },
  map: { nav: 'map', render: async (r, m) => (await import('./pages/map')).mapPage(r, m) },
  actors: { nav: 'actors', render: actorsPage },
  actor: { nav: 'actors', render: (r, m) => actorPage(r.path[1] ?? '', m) },
  quotes: { nav: 'quotes', render: quotesPage },
}

const main = document.getElementById('main') as HTMLElement
let generation = 0

/**
 * Draws the page of the current hash. `main[data-ready]` says when it is done (`ok` or `error`), for
 * the browser tests.
 */
async function show(): Promise<void> {
  const route = currentRoute()
  if (route.path.length === 0) {
    location.replace('#/events')
    return
  }
  const page = pages[route.path[0]]
  const mine = ++generation
  leavePage()
  clear(main)
  main.removeAttribute('data-ready')
  document.querySelectorAll<HTMLAnchorElement>('#nav a').forEach((a) => {
    a.classList.toggle('active', a.dataset.page === page?.nav)
  })
  if (!page) {
    main.append(errorBox(new Error(`No page '${route.path[0]}': the pages are ${Object.keys(pages).join(', ')}.`)))
    main.dataset.ready = 'error'
    return
  }
  // Each page builds into its own element: when the user moves on before a page's data arrive, that
  // element is already detached and the late page draws nowhere.
  const wait = loading()
  const body = document.createElement('div')
  body.className = 'page page-' + route.path[0]
  main.append(wait, body)
  try {
    await page.render(route, body)
    if (mine !== generation) return
    wait.remove()
    main.dataset.ready = 'ok'
  } catch (e) {
    if (mine !== generation) return
    leavePage()
    clear(main)
    main.append(errorBox(e))
    main.dataset.ready = 'error'
  }
}

window.addEventListener('hashchange', () => void show())
void show()

get<Health>('health')
  .then((s) => {
    const el = document.getElementById('store')
    if (el) {
      el.textContent = `${s.engine} · ${fmtInt(s.articles)} articles · ${fmtInt(s.events)} events · ${fmtInt(s.clusters)} clusters · ${fmtInt(s.quotes)} quotes`
    }
  })
  .catch((e: unknown) => {
    const el = document.getElementById('store')
    if (el) el.textContent = `store: ${e instanceof Error ? e.message : String(e)}`
  })
