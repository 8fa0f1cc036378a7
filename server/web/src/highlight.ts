// An article body with highlighted spans, built from text nodes and <mark> elements only.
import { type Highlight } from './api'
import { h } from './dom'

export interface Segment {
  text: string
  begin: number
  /** The kinds of highlight covering this piece (sentence, source, target, trigger, location, quote). */
  kinds: Highlight[]
}

/**
 * Cuts `body` at every highlight boundary; each piece lists the highlights covering it, so overlapping
 * and nested spans (a trigger inside its sentence) both show. Offsets outside the body are clamped.
 */
export function segments(body: string, highlights: Highlight[]): Segment[] {
  const valid = highlights
    .map((x) => ({ ...x, begin: Math.max(0, Math.min(body.length, x.begin)), end: Math.max(0, Math.min(body.length, x.end)) }))
    .filter((x) => x.end > x.begin)
  const cuts = new Set<number>([0, body.length])
  for (const x of valid) {
    cuts.add(x.begin)
    cuts.add(x.end)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < sorted.length; i++) {
    const begin = sorted[i]
    const end = sorted[i + 1]
    out.push({ text: body.slice(begin, end), begin, kinds: valid.filter((x) => x.begin <= begin && x.end >= end) })
  }
  return out
}

const ORDER = ['sentence', 'quote', 'location', 'source', 'target', 'trigger']

/**
 * The article as text nodes and marks in one block that keeps the body's line breaks (CSS pre-wrap), so
 * the page shows exactly the text the offsets count in.
 */
export function highlightedBody(body: string, highlights: Highlight[]): HTMLElement {
  const article = h('div', { class: 'article-body' })
  for (const seg of segments(body, highlights)) {
    if (seg.kinds.length === 0) {
      article.appendChild(document.createTextNode(seg.text))
      continue
    }
    const kinds = [...new Set(seg.kinds.map((k) => k.kind))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
    const mark = h('mark', {
      class: kinds.map((k) => 'hl-' + k).join(' '),
      title: seg.kinds.map((k) => `${k.kind}: ${k.text}`).join('\n'),
    })
    mark.appendChild(document.createTextNode(seg.text))
    article.appendChild(mark)
  }
  return article
}

export function legend(kinds: string[]): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    'Highlighted: ',
    ORDER.filter((k) => kinds.includes(k)).map((k) => [h('mark', { class: 'hl-' + k }, k), ' ']),
  )
}
