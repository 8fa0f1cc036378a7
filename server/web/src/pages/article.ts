import { get, type Article, type EventRow, type Highlight, type Quote } from '../api'
import { h } from '../dom'
import { highlightedBody, legend } from '../highlight'
import { pageTitle, table } from '../ui'
import { EVENT_COLUMNS, eventHref } from './events'
import { QUOTE_COLUMNS } from './quotes'

interface ArticleDetail {
  article: Article & { events?: number; quotes?: number }
  events: EventRow[]
  quotes: Quote[]
}

export async function articlePage(id: string, main: HTMLElement): Promise<void> {
  const d = await get<ArticleDetail>('articles/' + encodeURIComponent(id))
  const a = d.article
  // Quotes carry their spans; events are listed below with their sentences.
  const marks: Highlight[] = d.quotes
    .filter((q) => q.span_begin !== null && q.span_end !== null)
    .map((q) => ({ kind: 'quote', begin: q.span_begin as number, end: q.span_end as number, text: q.text }))
  main.append(
    pageTitle(a.title ?? a.id),
    h(
      'p',
      { class: 'byline' },
      [a.outlet, a.published, a.byline, a.status ? `status: ${a.status}` : null].filter(Boolean).join(' · '),
      a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null,
    ),
    h('p', {}, h('code', {}, a.id)),
    h(
      'section',
      { class: 'article' },
      marks.length ? legend(['quote']) : null,
      highlightedBody(a.body, marks),
    ),
    h('h2', {}, `Events (${d.events.length})`),
    table(EVENT_COLUMNS, d.events, eventHref, 'No events were coded from this article.'),
    h('h2', {}, `Quotes (${d.quotes.length})`),
    table(QUOTE_COLUMNS, d.quotes, undefined, 'No quotes were found in this article.'),
  )
}
