// Converts the INSEE Code officiel géographique, as published in the npm package
// @etalab/decoupage-administratif, into the compact resource read by cls-rules
// (io.clsante.rules.referentiel). Usage, from this directory:
//
//   npm ci && node convert.mjs
//
// Reads node_modules/@etalab/decoupage-administratif/data/*.json, checks what the Java loader
// relies on (codes unique, links resolvable, SIREN Luhn keys valid, no tab in names) and writes
//
//   cls-rules/src/main/resources/io/clsante/rules/referentiel/cog-<millésime>.tsv.gz
//   cls-rules/src/main/resources/io/clsante/rules/referentiel/cog-<millésime>.properties
//
// The output depends only on the input files: lines are sorted by code point, the gzip header
// carries no time stamp and no operating system, so running the script twice gives the same bytes
// (with the same Node.js major version, whose bundled zlib does the compression).
// The format is described in README.md.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
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
const outputDir = join(here, '..', '..', 'cls-rules', 'src', 'main', 'resources',
  'io', 'clsante', 'rules', 'referentiel')

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

const resource = `cog-${millesime}.tsv.gz`
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
  `format=cls-referentiel-territorial ${FORMAT_VERSION}`,
  ...Object.entries(counts).map(([k, v]) => `count.${k}=${v}`)
].join('\n') + '\n'

mkdirSync(outputDir, { recursive: true })
writeFileSync(join(outputDir, resource), gzip)
writeFileSync(join(outputDir, `cog-${millesime}.properties`), properties, 'utf8')
console.log(`${resource} : ${lines.length} lignes, ${gzip.length} octets`)
for (const [k, v] of Object.entries(counts)) console.log(`  ${k} : ${v}`)
