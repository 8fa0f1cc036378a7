import { get, type EventDetail } from '../api'
import { fmtNumber, h, type Children } from '../dom'
import { highlightedBody, legend } from '../highlight'
import { actorCell, href, pageTitle, QUAD_NAMES, table } from '../ui'
import { EVENT_COLUMNS, eventHref } from './events'

function dl(rows: [string, Children][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  )
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function text(v: unknown): string {
  if (v === null || v === undefined) return ''
  return typeof v === 'string' ? v : JSON.stringify(v)
}

/** A dictionary entry or modality cue: shown as its fields, whatever shape the server gives. */
function entry(v: unknown): HTMLElement {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return h(
      'li',
      {},
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== null && x !== undefined && x !== '')
        .map(([k, x]) => [h('span', { class: 'key' }, k + ': '), h('span', { class: 'val' }, text(x)), ' ']),
    )
  }
  return h('li', {}, text(v))
}

export async function eventPage(id: string, main: HTMLElement): Promise<void> {
  const d = await get<EventDetail>('events/' + encodeURIComponent(id))
  const e = d.row
  const a = d.article
  const x = d.explanation ?? {}
  main.append(
    pageTitle(`${e.cameo_code} ${e.cameo_name ?? ''}`.trim()),
    h(
      'p',
      { class: 'dyad' },
      actorCell(e.source_code, e.source_text),
      h('span', { class: 'arrow' }, ' → '),
      actorCell(e.target_code, e.target_text),
    ),
    h('blockquote', { class: 'evidence' }, e.sentence),
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        {},
        h('h2', {}, 'Event'),
        dl([
          ['Event id', h('code', {}, e.event_id)],
          ['Date', e.date ? `${e.date} (${e.date_precision ?? '?'}, from ${e.date_source ?? '?'})` : 'undated'],
          ['CAMEO', `${e.cameo_code} ${e.cameo_name ?? ''} (root ${e.cameo_root})`],
          ['PLOVER', [e.plover_type ?? '', e.plover_mode ? ` / ${e.plover_mode}` : '']],
          ['Quad class', `${e.quad_class} ${QUAD_NAMES[e.quad_class] ?? ''}`],
          ['Goldstein', fmtNumber(e.goldstein, 1)],
          ['Modality', e.modality],
          ['Place', e.location_name || e.location_country ? `${e.location_name ?? ''} ${e.location_country ?? ''}`.trim() : ''],
          ['Trigger', e.trigger ?? ''],
          ['Confidence', fmtNumber(e.confidence, 2)],
        ]),
      ),
      h(
        'section',
        {},
        h('h2', {}, 'Why it was coded'),
        dl([
          ['Rule', x.rule ? h('code', {}, x.rule) : ''],
          ['Source resolved by', x.source_resolved_by ?? ''],
          ['Target resolved by', x.target_resolved_by ?? ''],
          ['Modality', x.modality ?? ''],
          ['Confidence', fmtNumber(x.confidence, 2)],
        ]),
        x.entries && x.entries.length ? [h('h3', {}, 'Dictionary entries that fired'), h('ul', { class: 'entries' }, x.entries.map(entry))] : null,
        x.modality_cues && x.modality_cues.length ? [h('h3', {}, 'Modality cues'), h('ul', { class: 'entries' }, x.modality_cues.map(entry))] : null,
      ),
    ),
    h(
      'section',
      { class: 'article' },
      h('h2', {}, 'Article'),
      h('h3', { class: 'article-title' }, a.title ?? a.id),
      h(
        'p',
        { class: 'byline' },
        [a.outlet, a.published, a.byline].filter(Boolean).join(' · '),
        a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null,
        ' · ',
        h('a', { href: href('article/' + encodeURIComponent(a.id)) }, 'all events of this article'),
      ),
      legend([...new Set(d.highlights.map((x) => x.kind))]),
      highlightedBody(a.body, d.highlights),
    ),
    h(
      'details',
      { class: 'contract' },
      h('summary', {}, 'The event as exported (events.jsonl)'),
      h('pre', {}, JSON.stringify(d.event, null, 2)),
    ),
    h(
      'section',
      { class: 'cluster' },
      h('h2', {}, 'Cluster'),
      d.cluster
        ? [
            dl([
              ['Cluster id', h('code', {}, d.cluster.cluster_id)],
              ['Dyad', d.cluster.dyad ?? ''],
              ['Dates', `${d.cluster.date_from ?? '?'} – ${d.cluster.date_to ?? '?'}`],
              ['Reports', `${plural(d.cluster.num_mentions, 'mention')} in ${plural(d.cluster.num_articles, 'article')} from ${plural(d.cluster.num_sources, 'source')}`],
              ['Representative', d.cluster.representative_sentence ?? ''],
            ]),
            h('h3', {}, 'Other reports of this event'),
            table(EVENT_COLUMNS, d.cluster_events, eventHref, 'No other report of this event in the store.'),
          ]
        : h('p', { class: 'empty' }, 'This event is in no cluster.'),
    ),
  )
  // The body scrolls in its own box: bring the event's sentence near its top.
  const box = main.querySelector<HTMLElement>('.article-body')
  const mark = main.querySelector<HTMLElement>('mark.hl-sentence')
  if (box && mark) box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 60
}
