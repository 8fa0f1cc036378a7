import atlasUrl from 'world-atlas/countries-110m.json?url'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import centroids from 'virtual:countries'
import { get, meta, type Params } from '../api'
import { chart, echarts } from '../charts'
import { escapeHtml, fmtInt, fmtNumber, h } from '../dom'
import { filterForm, pageTitle, paramsOf, table, type Route } from '../ui'
import { DATE_FIELDS, quadField, rootField, showGroupEvents } from './events'

interface Place {
  name: string | null
  country: string | null
  lat: number | null
  lon: number | null
  count: number
  goldstein_mean: number | null
}
interface MapData {
  places: Place[]
  unplaced: number
}

let worldLoaded: Promise<void> | null = null

/**
 * world-atlas is drawn for spherical projections: a ring crossing the 180th meridian (Russia's far
 * east, Fiji) jumps from +180 to -180 and would streak across a flat map. Its points on the far side
 * are pressed onto the meridian on the side where most of the ring lies.
 */
function cutAtAntimeridian(ring: number[][]): number[][] {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)
  if (!crosses) return ring
  const east = ring.filter((p) => p[0] > 0).length >= ring.length / 2
  return ring.map(([lon, lat]) => (east ? [lon < 0 ? 180 : lon, lat] : [lon > 0 ? -180 : lon, lat]))
}

/** The world outline (Natural Earth 1:110m via world-atlas), served from this server, registered once. */
function loadWorld(): Promise<void> {
  if (!worldLoaded) {
    worldLoaded = fetch(atlasUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`world outline ${atlasUrl}: HTTP ${r.status}`)
        return r.json()
      })
      .then((topo: Topology<{ countries: GeometryCollection<{ name: string }> }>) => {
        const geo = feature(topo, topo.objects.countries)
        // Antarctica takes a fifth of the map and holds no events.
        geo.features = geo.features.filter((f) => f.id !== '010')
        for (const f of geo.features) {
          if (f.geometry.type === 'Polygon') f.geometry.coordinates = f.geometry.coordinates.map(cutAtAntimeridian)
          if (f.geometry.type === 'MultiPolygon') f.geometry.coordinates = f.geometry.coordinates.map((p) => p.map(cutAtAntimeridian))
        }
        echarts.registerMap('world', geo as unknown as Parameters<typeof echarts.registerMap>[1])
      })
    worldLoaded.catch(() => (worldLoaded = null))
  }
  return worldLoaded
}

interface Point {
  place: Place
  lon: number
  lat: number
  /** True when the text named only the country and the point is its centroid. */
  centroid: boolean
}

function point(p: Place): Point | null {
  if (p.lat !== null && p.lon !== null) return { place: p, lon: p.lon, lat: p.lat, centroid: false }
  const c = p.country ? centroids[p.country] : undefined
  return c ? { place: p, lon: c[1], lat: c[0], centroid: true } : null
}

function placeLabel(p: Place): string {
  const country = p.country ? (centroids[p.country]?.[2] ?? p.country) : ''
  return p.name ? `${p.name}${country ? ', ' + country : ''}` : `${country} (country only)`
}

/** The events placed at one point: by place name and country, or in a country without coordinates. */
function showPlace(box: HTMLElement, p: Place, params: URLSearchParams): Promise<void> {
  const filters: Params = {
    ...(p.name !== null ? { place: p.name, place_precision: 'point' } : { place_precision: 'country' }),
    ...(p.country !== null ? { place_country: p.country } : {}),
  }
  return showGroupEvents(box, placeLabel(p), p, filters, params)
}

export async function mapPage(route: Route, main: HTMLElement): Promise<void> {
  const params = route.params
  const [m, data] = await Promise.all([meta(), get<MapData>('map', paramsOf(params)), loadWorld()])
  const points = data.places.map(point).filter((x): x is Point => x !== null)
  const lost = data.places.filter((p) => point(p) === null)
  const el = h('div', { class: 'chart tall', id: 'map-chart' })
  const events = h('section', { id: 'place-events' })
  const placed = points.reduce((n, x) => n + x.place.count, 0)
  main.append(
    pageTitle('Map', h('small', {}, ` ${fmtInt(placed)} events at ${points.length} places`)),
    filterForm(
      'map',
      [
        ...DATE_FIELDS,
        rootField(m),
        quadField(m),
      ],
      params,
    ),
    h(
      'p',
      { class: 'note' },
      'Events where the text places them; hollow circles stand at the centre of a country the text named without a place. ',
      `${fmtInt(data.unplaced)} events have no place.`,
      lost.length ? ` ${lost.length} places have neither coordinates nor a known country.` : '',
      ' Click a point for its events.',
    ),
    el,
    events,
    h('p', { class: 'credits' }, 'Outlines: Natural Earth (public domain) via world-atlas 2.0.2. Country centres: world-countries 5.1.0 (ODbL 1.0).'),
  )
  const maxCount = Math.max(1, ...points.map((x) => x.place.count))
  const c = chart(el, 'map')
  c.setOption({
    animation: false,
    tooltip: {
      formatter: (p: { componentType: string; name: string; data?: { point: Point } }) =>
        p.data?.point
          ? `${escapeHtml(placeLabel(p.data.point.place))}<br>${p.data.point.place.count} events<br>mean Goldstein ${fmtNumber(p.data.point.place.goldstein_mean, 2)}`
          : escapeHtml(p.name),
    },
    geo: {
      map: 'world',
      roam: true,
      left: 10,
      right: 10,
      top: 10,
      bottom: 10,
      itemStyle: { areaColor: '#eef0f3', borderColor: '#9aa3ad', borderWidth: 0.5 },
      emphasis: { itemStyle: { areaColor: '#dde3ea' }, label: { show: false } },
      select: { disabled: true },
    },
    visualMap: {
      type: 'continuous',
      min: -10,
      max: 10,
      dimension: 2,
      text: ['cooperation +10', 'conflict −10'],
      inRange: { color: ['#d73027', '#fee08b', '#1a9850'] },
      calculable: false,
      left: 20,
      bottom: 20,
      itemHeight: 100,
      seriesIndex: 0,
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: points.map((x) => ({
          name: placeLabel(x.place),
          value: [x.lon, x.lat, x.place.goldstein_mean ?? 0],
          symbolSize: 7 + 28 * Math.sqrt(x.place.count / maxCount),
          point: x,
          itemStyle: x.centroid ? { borderColor: '#333', borderWidth: 2, opacity: 0.6 } : { borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
        })),
      },
    ],
  })
  c.on('click', (p) => {
    const d = p.data as unknown as { point?: Point } | null
    if (p.seriesType === 'scatter' && d?.point) void showPlace(events, d.point.place, params)
  })
  events.before(
    h('h2', {}, 'Places'),
    table(
      [
        { label: 'Place', cell: (x: Point) => placeLabel(x.place) },
        { label: 'Country', cell: (x) => x.place.country ?? '' },
        { label: 'Where', cell: (x) => (x.centroid ? 'country centre' : `${x.lat.toFixed(2)}, ${x.lon.toFixed(2)}`) },
        { label: 'Events', cell: (x) => fmtInt(x.place.count), className: 'num' },
        { label: 'Mean Goldstein', cell: (x) => fmtNumber(x.place.goldstein_mean, 2), className: 'num' },
      ],
      [...points].sort((a, b) => b.place.count - a.place.count),
      undefined,
      'No placed events.',
      (x) => void showPlace(events, x.place, params),
    ),
  )
}
