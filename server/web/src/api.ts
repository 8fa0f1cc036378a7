// The server's JSON API (see the API contract): one fetch helper that turns the API's error bodies
// ({"status": 400, "error": "..."}) into exceptions carrying that message.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export type Params = Record<string, string | number | boolean | null | undefined>

export function query(params: Params): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  }
  const s = q.toString()
  return s ? '?' + s : ''
}

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  const url = 'api/' + path + query(params)
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } })
  } catch (e) {
    throw new ApiError(0, `the server did not answer (${url}): ${e instanceof Error ? e.message : e}`)
  }
  const text = await response.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    throw new ApiError(response.status, `${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`)
  }
  if (!response.ok) {
    const error = (body as { error?: string } | null)?.error
    throw new ApiError(response.status, error ? `${error} (HTTP ${response.status})` : `${url}: HTTP ${response.status}`)
  }
  return body as T
}

export interface Page<T> {
  total: number
  limit: number
  offset: number
  items: T[]
}

export interface EventRow {
  event_id: string
  doc_id: string
  sentence_index: number
  sentence: string
  date: string | null
  date_precision: string | null
  date_source: string | null
  source_text: string | null
  source_code: string | null
  source_country: string | null
  target_text: string | null
  target_code: string | null
  target_country: string | null
  cameo_code: string
  cameo_root: string
  cameo_name: string | null
  plover_type: string | null
  plover_mode: string | null
  quad_class: number
  penta_class: number | null
  goldstein: number | null
  location_name: string | null
  location_country: string | null
  location_lat: number | null
  location_lon: number | null
  modality: string
  trigger: string | null
  confidence: number | null
  outlet: string | null
  title: string | null
  published: string | null
  url: string | null
  cluster_id: string | null
}

export interface Article {
  id: string
  title: string | null
  outlet: string | null
  url: string | null
  published: string | null
  byline?: string | null
  body: string
  status?: string
  duplicate_of?: string | null
  language?: string | null
}

export interface Highlight {
  kind: string
  begin: number
  end: number
  text: string
}

export interface Cluster {
  cluster_id: string
  representative_event_id: string | null
  representative_sentence: string | null
  source_key: string | null
  target_key: string | null
  dyad: string | null
  cameo_root: string | null
  cameo_code: string | null
  goldstein: number | null
  quad_class: number | null
  date_from: string | null
  date_to: string | null
  location_name: string | null
  location_country: string | null
  num_mentions: number
  num_articles: number
  num_sources: number
}

export interface EventDetail {
  event: Record<string, unknown>
  row: EventRow
  article: Article
  highlights: Highlight[]
  explanation: {
    rule?: string | null
    entries?: unknown[]
    modality?: string | null
    modality_cues?: unknown[]
    source_resolved_by?: string | null
    target_resolved_by?: string | null
    confidence?: number | null
  } | null
  cluster: Cluster | null
  cluster_events: EventRow[]
}

export interface Actor {
  code: string
  country: string | null
  names: string[]
  first_date: string | null
  last_date: string | null
  events: number
  as_source: number
  as_target: number
  quotes: number
}

export interface Quote {
  quote_id: string
  doc_id: string
  text: string
  speaker_text: string | null
  speaker_code: string | null
  speaker_country: string | null
  cue: string | null
  event_id: string | null
  outlet: string | null
  title: string | null
  published: string | null
  span_begin: number | null
  span_end: number | null
}

export interface Meta {
  outlets: string[]
  countries: string[]
  cameo_roots: { code: string; name: string }[]
  plover_types: string[]
  quad_classes: { code: number; name: string }[]
  modalities: string[]
  date_min: string | null
  date_max: string | null
}

export interface Health {
  status: string
  engine: string
  version: string
  articles: number
  events: number
  clusters: number
  quotes: number
}

let metaPromise: Promise<Meta> | null = null

/** The filter controls' values; fetched once per page load. */
export function meta(): Promise<Meta> {
  if (!metaPromise) {
    metaPromise = get<Meta>('meta')
    metaPromise.catch(() => (metaPromise = null))
  }
  return metaPromise
}
