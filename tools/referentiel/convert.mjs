// Converts the INSEE Code officiel géographique, as published in the npm package
// @etalab/decoupage-administratif, into the resources read by cls-rules
// (io.clsante.rules.referentiel). Usage, from this directory:
//
//   npm ci && node convert.mjs [--out DIR]
//
// Reads node_modules/@etalab/decoupage-administratif/data/*.json, checks what the Java loader
// relies on (codes unique, links resolvable, SIREN Luhn keys valid, no tab in names) and writes
//
//   cls-rules/src/main/resources/io/clsante/rules/referentiel/cog-<millésime>.bin
//   cls-rules/src/main/resources/io/clsante/rules/referentiel/cog-<millésime>.properties
//   cls-rules/src/test/resources/io/clsante/rules/referentiel/cog-<millésime>.tsv.gz
//
// or the three files into DIR with --out (the cls-rules tests do, to compare them with the
// committed ones). The .bin file is the compact layout the library bundles and reads without
// parsing; the .tsv.gz file is the same data in the public text format that
// ReferentielTerritorial.load reads (other millésimes supplied by applications).
//
// The output depends only on the input files: records are sorted by code point, the gzip header
// carries no time stamp and no operating system, so running the script twice gives the same bytes
// (with the same Node.js major version, whose bundled zlib does the compression; the .bin file is
// not compressed and is the same with any version).
// The formats are described in README.md.

import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync, constants } from 'node:zlib'

const PACKAGE = '@etalab/decoupage-administratif'
// Package version → millésime of the COG it carries (see the package README).
const MILLESIMES = { '6.0.0': 2026 }
const FORMAT_VERSION = 1
const LICENCE = 'Licence Ouverte 2.0 / Etalab'

const here = dirname(fileURLToPath(import.meta.url))
const packageDir = join(here, 'node_modules', ...PACKAGE.split('/'))
const PACKAGE_PATH = ['io', 'clsante', 'rules', 'referentiel']
const rulesDir = join(here, '..', '..', 'cls-rules', 'src')
const args = process.argv.slice(2)
if (args.length !== 0 && !(args.length === 2 && args[0] === '--out')) {
  console.error('usage : node convert.mjs [--out RÉPERTOIRE]')
  process.exit(2)
}
const mainDir = args.length === 2 ? args[1] : join(rulesDir, 'main', 'resources', ...PACKAGE_PATH)
const testDir = args.length === 2 ? args[1] : join(rulesDir, 'test', 'resources', ...PACKAGE_PATH)

const problems = []
function check (condition, message) {
  if (!condition) problems.push(message)
}

function readJson (name) {
  return JSON.parse(readFileSync(join(packageDir, name), 'utf8'))
}

const version = readJson('package.json').version
const millesime = MILLESIMES[version]
if (millesime === undefined) {
  console.error(`${PACKAGE} ${version} : millésime inconnu, l'ajouter à MILLESIMES (convert.mjs)`)
  process.exit(1)
}

const regionsJson = readJson('data/regions.json')
const departementsJson = readJson('data/departements.json')
const communesJson = readJson('data/communes.json')
const epciJson = readJson('data/epci.json')

// INSEE TYPECOM codes, as in the COG files of INSEE.
const COMMUNE_KINDS = {
  'commune-actuelle': 'COM',
  'commune-deleguee': 'COMD',
  'commune-associee': 'COMA',
  'arrondissement-municipal': 'ARM'
}
const EPCI_TYPES = new Set(['CC', 'CA', 'CU', 'METRO', 'MET69'])

const REGION = /^[0-9]{2}$/
const DEPARTEMENT = /^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[4-9])$/
const COMMUNE = /^((0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|9[78][0-9]{3})$/
const SIREN = /^[0-9]{9}$/

function luhn (digits) {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

function checkSiren (siren, what) {
  check(SIREN.test(siren) && luhn(siren), `${what} : SIREN ${siren} invalide`)
}

function checkName (name, what) {
  check(typeof name === 'string' && name.length > 0 && !/[\t\r\n]/.test(name),
    `${what} : nom absent ou contenant une tabulation ou un saut de ligne`)
}

function byCodePoint (a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

function tally (array, key) {
  const seen = new Set()
  for (const item of array) {
    const k = key(item)
    check(!seen.has(k), `doublon ${k}`)
    seen.add(k)
  }
}

// Régions. regions.json also lists the collectivités d'outre-mer (Saint-Pierre-et-Miquelon,
// Polynésie française…) under their three-digit code as if they were régions; INSEE régions have
// two digits and those collectivités belong to none, so they are left out and their départements
// and communes get no région.
const regions = regionsJson.filter(r => REGION.test(r.code))
const collectivites = regionsJson.filter(r => !REGION.test(r.code))
for (const r of collectivites) {
  check(r.zone === 'com', `région ${r.code} : code à trois chiffres hors collectivité d'outre-mer`)
}
tally(regions, r => r.code)
const regionCodes = new Set(regions.map(r => r.code))
for (const r of regions) checkName(r.nom, `région ${r.code}`)

function regionOf (code, what) {
  if (regionCodes.has(code)) return code
  check(collectivites.some(c => c.code === code), `${what} : région ${code} inconnue`)
  return ''
}

// Départements.
tally(departementsJson, d => d.code)
const departementCodes = new Set()
for (const d of departementsJson) {
  check(DEPARTEMENT.test(d.code), `département ${d.code} : code invalide`)
  checkName(d.nom, `département ${d.code}`)
  regionOf(d.region, `département ${d.code}`)
  departementCodes.add(d.code)
}

// Communes and the like.
const communesByKind = {}
for (const kind of Object.keys(COMMUNE_KINDS)) communesByKind[kind] = []
for (const c of communesJson) {
  check(c.type in COMMUNE_KINDS, `commune ${c.code} : type ${c.type} inconnu`)
  if (c.type in COMMUNE_KINDS) communesByKind[c.type].push(c)
}
const actuelles = new Map(communesByKind['commune-actuelle'].map(c => [c.code, c]))
tally(communesByKind['commune-actuelle'], c => c.code)
tally(communesJson.filter(c => c.type !== 'commune-actuelle'), c => c.code)

// EPCI, and the EPCI of each current commune read from the member lists.
const epciOfCommune = new Map()
tally(epciJson, e => e.code)
for (const e of epciJson) {
  checkSiren(e.code, `EPCI ${e.code}`)
  checkName(e.nom, `EPCI ${e.code}`)
  check(EPCI_TYPES.has(e.type), `EPCI ${e.code} : type ${e.type} inconnu`)
  check(Array.isArray(e.membres) && e.membres.length > 0, `EPCI ${e.code} : aucun membre`)
  for (const m of e.membres) {
    const commune = actuelles.get(m.code)
    check(commune !== undefined, `EPCI ${e.code} : membre ${m.code} n'est pas une commune actuelle`)
    check(!epciOfCommune.has(m.code),
      `commune ${m.code} membre de ${epciOfCommune.get(m.code)} et de ${e.code}`)
    check(commune === undefined || commune.siren === m.siren,
      `EPCI ${e.code} : membre ${m.code} de SIREN ${m.siren}, commune ${commune && commune.siren}`)
    epciOfCommune.set(m.code, e.code)
  }
}

const KIND_ORDER = ['COM', 'COMD', 'COMA', 'ARM']
const communeRows = []
for (const c of communesJson) {
  const kind = COMMUNE_KINDS[c.type]
  if (kind === undefined) continue
  const what = `${c.type} ${c.code}`
  check(COMMUNE.test(c.code), `${what} : code invalide`)
  checkName(c.nom, what)
  check(departementCodes.has(c.departement), `${what} : département ${c.departement} inconnu`)
  const region = regionOf(c.region, what)
  let siren = ''
  let parent = ''
  let epci = ''
  if (kind === 'COM') {
    // The communes of the collectivités d'outre-mer have no SIREN in the source.
    if (c.siren) {
      siren = c.siren
      checkSiren(siren, what)
    }
    epci = epciOfCommune.get(c.code) || ''
  } else {
    // Delegated and associated communes name their current commune "chefLieu", arrondissements
    // "commune".
    parent = kind === 'ARM' ? c.commune : c.chefLieu
    check(actuelles.has(parent), `${what} : commune de rattachement ${parent} absente`)
    check(c.siren === undefined, `${what} : SIREN inattendu`)
  }
  communeRows.push({
    code: c.code,
    order: KIND_ORDER.indexOf(kind),
    fields: [kind, c.code, c.departement, region, siren, parent, epci, c.nom]
  })
}

if (problems.length > 0) {
  console.error(`${problems.length} anomalie(s) dans ${PACKAGE} ${version} :`)
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`)
  process.exit(1)
}

communeRows.sort((a, b) => byCodePoint(a.code, b.code) || a.order - b.order)

const lines = []
lines.push(['FORMAT', 'cls-referentiel-territorial', FORMAT_VERSION])
lines.push(['MILLESIME', millesime])
for (const r of [...regions].sort((a, b) => byCodePoint(a.code, b.code))) {
  lines.push(['REG', r.code, r.nom])
}
for (const d of [...departementsJson].sort((a, b) => byCodePoint(a.code, b.code))) {
  lines.push(['DEP', d.code, regionOf(d.region, ''), d.nom])
}
for (const row of communeRows) lines.push(row.fields)
for (const e of [...epciJson].sort((a, b) => byCodePoint(a.code, b.code))) {
  const membres = e.membres.map(m => m.code).sort(byCodePoint).join(',')
  lines.push(['EPCI', e.code, e.type, membres, e.nom])
}

const text = lines.map(fields => fields.join('\t')).join('\n') + '\n'
const gzip = gzipSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION })
// Header bytes 4-7 hold the modification time and byte 9 the operating system: zero them and set
// "unknown" (255) so the bytes do not depend on when or where the script runs.
gzip.writeUInt32LE(0, 4)
gzip[9] = 255

// The compact layout (format cls-referentiel-compact, README.md): an index of the régions,
// départements, EPCI and of the parts, and one part per code prefix (the département part of a
// commune code) holding its communes. Fixed-size records sorted by code, references as indexes,
// names in UTF-8 pools. The library reads the index and the part a lookup needs, finds a code by
// binary search and builds only the records it is asked for.
const COMPACT_VERSION = 1
const RATTACHEE_KINDS = ['COMD', 'COMA', 'ARM']
const EPCI_TYPE_ORDER = ['CC', 'CA', 'CU', 'METRO', 'MET69']
const NONE_8 = 0xff
const NONE_16 = 0xffff

// The part of a commune code: three characters overseas (97x, 98x), two otherwise.
function partOf (code) {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2)
}

// Names one after the other, each ending where the next one starts: the ends, then the bytes.
function namePool (names) {
  const encoded = names.map(nom => Buffer.from(nom, 'utf8'))
  const ends = Buffer.alloc(4 * encoded.length)
  let end = 0
  encoded.forEach((bytes, i) => {
    end += bytes.length
    ends.writeUInt32BE(end, 4 * i)
  })
  return [ends, ...encoded]
}

function header (magic, values) {
  const bytes = Buffer.alloc(8 + 4 * values.length)
  bytes.write(magic, 0, 'ascii')
  bytes.writeUInt16BE(COMPACT_VERSION, 4)
  bytes.writeUInt16BE(millesime, 6)
  values.forEach((n, i) => bytes.writeUInt32BE(n, 8 + 4 * i))
  return bytes
}

function compact () {
  const regionRows = [...regions].sort((a, b) => byCodePoint(a.code, b.code))
  const departementRows = [...departementsJson].sort((a, b) => byCodePoint(a.code, b.code))
  const actuelleRows = communeRows.filter(row => row.fields[0] === 'COM')
  const rattacheeRows = communeRows.filter(row => row.fields[0] !== 'COM')
  const epciRows = [...epciJson].sort((a, b) => byCodePoint(a.code, b.code))
  const partCodes = [...new Set(communeRows.map(row => partOf(row.code)))].sort(byCodePoint)
  const limits = [
    [regionRows.length < NONE_8, 'régions'], [departementRows.length < NONE_8, 'départements'],
    [actuelleRows.length < NONE_16, 'communes actuelles'],
    [rattacheeRows.length < NONE_16, 'communes déléguées ou associées'],
    [epciRows.length < NONE_16, 'EPCI']
  ]
  for (const [fits, what] of limits) {
    if (!fits) {
      console.error(`trop de ${what} pour le format compact ${COMPACT_VERSION}`)
      process.exit(1)
    }
  }
  const regionIndex = new Map(regionRows.map((r, i) => [r.code, i]))
  const departementIndex = new Map(departementRows.map((d, i) => [d.code, i]))
  const actuelleIndex = new Map(actuelleRows.map((row, i) => [row.fields[1], i]))
  const epciIndex = new Map(epciRows.map((e, i) => [e.code, i]))
  const regionByte = code => (code === '' ? NONE_8 : regionIndex.get(code))

  // Parts: the communes and the other entries whose code has this prefix, each kind in code order,
  // so that the parts cut the whole lists into consecutive runs.
  const parts = new Map()
  let firstCommune = 0
  let firstRattachee = 0
  const partTable = Buffer.alloc(7 * partCodes.length)
  partCodes.forEach((part, p) => {
    const communes = actuelleRows.filter(row => partOf(row.code) === part)
    const rattachees = rattacheeRows.filter(row => partOf(row.code) === part)
    partTable.write(part, 7 * p, 'ascii')
    partTable.writeUInt16BE(firstCommune, 7 * p + 3)
    partTable.writeUInt16BE(firstRattachee, 7 * p + 5)
    check(communes.every((row, i) => actuelleRows[firstCommune + i] === row) &&
      rattachees.every((row, i) => rattacheeRows[firstRattachee + i] === row),
    `partie ${part} : communes non consécutives`)
    firstCommune += communes.length
    firstRattachee += rattachees.length
    const com = Buffer.alloc(13 * communes.length)
    communes.forEach((row, i) => {
      const [, code, departement, region, siren, , epci] = row.fields
      const at = 13 * i
      com.write(code, at, 'ascii')
      com[at + 5] = departementIndex.get(departement)
      com[at + 6] = regionByte(region)
      com.writeUInt32BE(siren === '' ? 0 : Number(siren), at + 7)
      com.writeUInt16BE(epci === '' ? NONE_16 : epciIndex.get(epci), at + 11)
    })
    const rat = Buffer.alloc(10 * rattachees.length)
    rattachees.forEach((row, i) => {
      const [kind, code, departement, region, , parent] = row.fields
      const at = 10 * i
      rat.write(code, at, 'ascii')
      rat[at + 5] = RATTACHEE_KINDS.indexOf(kind)
      rat[at + 6] = departementIndex.get(departement)
      rat[at + 7] = regionByte(region)
      rat.writeUInt16BE(actuelleIndex.get(parent), at + 8)
    })
    parts.set(part, Buffer.concat([
      header('CLSP', [communes.length, rattachees.length]), com, rat,
      ...namePool([...communes, ...rattachees].map(row => row.fields[7]))
    ]))
  })

  const reg = Buffer.alloc(2 * regionRows.length)
  regionRows.forEach((r, i) => reg.write(r.code, 2 * i, 'ascii'))
  // Département codes have two or three characters: a two-character code ends with a zero byte.
  const dep = Buffer.alloc(4 * departementRows.length)
  departementRows.forEach((d, i) => {
    dep.write(d.code, 4 * i, 'ascii')
    dep[4 * i + 3] = regionByte(regionOf(d.region, ''))
  })
  const membres = epciRows.reduce((n, e) => n + e.membres.length, 0)
  const epc = Buffer.alloc(9 * epciRows.length)
  const mem = Buffer.alloc(2 * membres)
  let membre = 0
  epciRows.forEach((e, i) => {
    const at = 9 * i
    epc.writeUInt32BE(Number(e.code), at)
    epc[at + 4] = EPCI_TYPE_ORDER.indexOf(e.type)
    epc.writeUInt32BE(membre, at + 5)
    for (const code of e.membres.map(m => m.code).sort(byCodePoint)) {
      mem.writeUInt16BE(actuelleIndex.get(code), 2 * membre++)
    }
  })
  const index = Buffer.concat([
    header('CLSR', [regionRows.length, departementRows.length, partCodes.length,
      actuelleRows.length, rattacheeRows.length, epciRows.length, membres]),
    reg, dep, partTable, epc, mem,
    ...namePool([...regionRows, ...departementRows, ...epciRows].map(row => row.nom))
  ])
  return { index, parts }
}
const compactBytes = compact()

const counts = {
  'communes-actuelles': communesByKind['commune-actuelle'].length,
  'communes-deleguees': communesByKind['commune-deleguee'].length,
  'communes-associees': communesByKind['commune-associee'].length,
  'arrondissements-municipaux': communesByKind['arrondissement-municipal'].length,
  epci: epciJson.length,
  departements: departementsJson.length,
  regions: regions.length,
  'collectivites-outre-mer': collectivites.length
}

const resource = `cog-${millesime}.bin`
const publicResource = `cog-${millesime}.tsv.gz`
const properties = [
  `# Référentiel territorial du Code officiel géographique, millésime ${millesime}.`,
  '# Généré par tools/referentiel/convert.mjs, ne pas modifier à la main.',
  '# Les nombres sont comptés dans les tableaux JSON du paquet source. regions.json liste aussi',
  '# les collectivités d\'outre-mer sous un code à trois chiffres : ce ne sont pas des régions',
  '# INSEE ; elles sont comptées à part (count.collectivites-outre-mer) et leurs départements et',
  '# communes n\'ont pas de région.',
  `source.package=${PACKAGE}`,
  `source.version=${version}`,
  `millesime=${millesime}`,
  `licence=${LICENCE}`,
  `resource=${resource}`,
  `format=cls-referentiel-compact ${COMPACT_VERSION}`,
  `parts=cog-${millesime}/`,
  `public.resource=${publicResource}`,
  `public.format=cls-referentiel-territorial ${FORMAT_VERSION}`,
  ...Object.entries(counts).map(([k, v]) => `count.${k}=${v}`)
].join('\n') + '\n'

if (problems.length > 0) {
  console.error(`${problems.length} anomalie(s) dans ${PACKAGE} ${version} :`)
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`)
  process.exit(1)
}

// The parts go to a directory of their own, emptied first so that no part of an older run stays.
const partDir = join(mainDir, `cog-${millesime}`)
rmSync(partDir, { recursive: true, force: true })
mkdirSync(partDir, { recursive: true })
mkdirSync(testDir, { recursive: true })
writeFileSync(join(mainDir, resource), compactBytes.index)
for (const [part, bytes] of compactBytes.parts) writeFileSync(join(partDir, `${part}.bin`), bytes)
writeFileSync(join(mainDir, `cog-${millesime}.properties`), properties, 'utf8')
writeFileSync(join(testDir, publicResource), gzip)
const partBytes = [...compactBytes.parts.values()].reduce((n, bytes) => n + bytes.length, 0)
console.log(`${resource} : ${compactBytes.index.length} octets, ${compactBytes.parts.size}` +
  ` parties dans cog-${millesime}/ : ${partBytes} octets`)
console.log(`${publicResource} : ${lines.length} lignes, ${gzip.length} octets`)
for (const [k, v] of Object.entries(counts)) console.log(`  ${k} : ${v}`)
