// Geocodes: latitude and longitude, in decimal degrees or degrees and minutes, Open Location Codes ("plus codes"),
// what3words addresses, census tracts, block groups and precincts, and FIPS codes. Safe Harbor names the geocodes of
// every unit smaller than a state as identifiers, and a visit-verification log, a field report or a home-safety note
// pins a patient's home to a few metres with them.
import { unparsedRegex, type PatternSpec } from './pattern.js';
import type { DocumentView } from './types.js';

/** Words that say a pair of numbers is a position ("GPS:", "lat/long", "coordinates", "EVV clock-in at"). */
// Not "map": a mean arterial pressure.
const POSITION_CUE = /(?<![a-z])(?:gps|lat|latitude|long|lng|lon|longitude|coords?|coordinates|geo(?:code|location|tag)?|location|located|position|pin(?:ned)?|evv|clock-?(?:in|out)|check-?(?:in|out)|found at|scene)\b[^\n]{0,40}$/;

const DECIMAL = /[-+−]?(\d{1,3})\.(\d+)/g;

function decimals(v: string): { values: number[]; places: number[] } {
  const values: number[] = [];
  const places: number[] = [];
  for (const m of v.matchAll(DECIMAL)) {
    values.push(Number(`${m[1]}.${m[2]}`));
    places.push((m[2] as string).length);
  }
  return { values, places };
}

/**
 * A latitude and a longitude in range, each with two decimals or more: marked with degrees or hemispheres ("39.7392° N,
 * 104.9903° W"), or of a GPS's precision ("41.49932, -81.69436"), or after a word of position ("GPS 33.75, -84.39").
 */
function decimalPair(v: string, doc: DocumentView, start: number): boolean {
  const { values, places } = decimals(v);
  const [lat, lon] = values;
  const [latPlaces, lonPlaces] = places;
  if (lat === undefined || lon === undefined || latPlaces === undefined || lonPlaces === undefined) return false;
  if (lat > 90 || lon > 180) return false;
  if (latPlaces < 2 || lonPlaces < 2) return false;
  if (/[°NSEWnsew]/.test(v) && latPlaces >= 4 && lonPlaces >= 4) return true;
  if (gpsPrecisionPair(v, lat, lon, latPlaces, lonPlaces)) return true;
  return POSITION_CUE.test(doc.lower.slice(Math.max(0, start - 48), start));
}

/**
 * Statistics print such pairs too ("12.3456, -0.1234"): unmarked, a pair needs a GPS's five places, a degree of ten
 * on one axis, and a comma, semicolon or slash between the two.
 */
function gpsPrecisionPair(v: string, lat: number, lon: number, latPlaces: number, lonPlaces: number): boolean {
  return latPlaces >= 5 && lonPlaces >= 5 && (Math.abs(lat) >= 10 || Math.abs(lon) >= 10) && /[,;/][ \t]{0,2}[-−]?\d/.test(v);
}

/** Degrees and minutes (and seconds) of one axis: "41°29'58\"", "81° 41.66'". */
const DMS = `\\d{1,3}°[ \\t]?\\d{1,2}(?:\\.\\d{1,4})?['′’](?:[ \\t]?\\d{1,2}(?:\\.\\d{1,3})?(?:["″”]|''))?`;

/** The keys of one axis (the anchor's words and the labelled rule's alternation). */
const COORDINATE_KEYS = ['lat', 'latitude', 'lng', 'lon', 'long', 'longitude'];
const COORDINATE_KEY = `(?:${COORDINATE_KEYS.join('|')})`;

/** The 20 letters and digits of an Open Location Code. */
const OLC = '[23456789CFGHJMPQRVWX]';

export const GEOCODE_PATTERNS: readonly PatternSpec[] = [
  {
    // The sign of a southern latitude stays outside ("-33.8688, 151.2093" is found from its digits on).
    id: 'geo-decimal-degrees',
    type: 'LOCATION',
    anchor: 'digit',
    firstRun: [1, 3],
    trigger: /\d\.\d{2}/,
    regex: unparsedRegex(String.raw`(?<![\d.])\d{1,3}\.\d{2,8}°?(?:[ \t]?[NSns](?![\p{L}\d]))?(?:[ \t]{0,2}[,;/][ \t]{0,2}|[ \t]{1,2})(?:(?:lon|long|lng|longitude)[ \t]{0,2}[:=]?[ \t]{0,2})?[-+−]?\d{1,3}\.\d{2,8}°?(?:[ \t]?[EWew](?![\p{L}\d]))?(?![\d.]\d)`, 'gu'),
    score: 0.8,
    validate: decimalPair,
  },
  {
    // One axis under its own key, as forms, query strings and JSON write them ("latitude: 41.49932", "lng=-81.69436",
    // "\"longitude\":-81.69436"): three decimals or more, and no unit after ("Long = 12.345 mm").
    id: 'geo-labelled-coordinate',
    type: 'LOCATION',
    anchor: { words: COORDINATE_KEYS },
    regex: unparsedRegex(`(?<![\\p{L}\\d_])${COORDINATE_KEY}["']?[ \\t]{0,2}[:=][ \\t]{0,2}["']?([-+−]?\\d{1,3}\\.\\d{3,8})(?![\\d.]|[ \\t]{0,2}(?:mm|cm|km|m|in|ft|kg|g|mg|ml|mL|%)(?![\\p{L}]))`, 'giu'),
    group: 1,
    score: 0.8,
    validate: (v) => Math.abs(Number(v.replace('−', '-'))) <= 180,
  },
  {
    // "41°29'58\"N 81°41'40\"W", "N 41° 29.96' W 081° 41.66'": both axes, each with its hemisphere.
    id: 'geo-degrees-minutes',
    type: 'LOCATION',
    anchor: { char: '°', back: /[NS\d \t]/, maxBack: 6 },
    trigger: /°/,
    regex: unparsedRegex(`(?<![\\p{L}\\d])(?:[NS][ \\t]?)?${DMS}(?:[ \\t]?[NS])?[ \\t]{0,2}[,;/]?[ \\t]{0,2}(?:[EW][ \\t]?)?${DMS}(?:[ \\t]?[EW])?(?![\\p{L}\\d])`, 'gu'),
    score: 0.8,
    validate: (v) => /[NS]/.test(v) && /[EW]/.test(v),
  },
  {
    // A full Open Location Code ("87G8Q2JM+8X"); a short one ("Q2JM+8X Cleveland") only after "plus code".
    id: 'geo-plus-code',
    type: 'LOCATION',
    anchor: { char: '+', back: new RegExp(OLC), maxBack: 8 },
    trigger: new RegExp(`${OLC}\\+${OLC}`),
    regex: unparsedRegex(`(?<![A-Za-z0-9])(?:${OLC}{8}|${OLC}{4})\\+${OLC}{2,3}(?![A-Za-z0-9+])`, 'g'),
    score: 0.8,
    validate: (v, doc, start) => (v.indexOf('+') === 8 && /\d/.test(v) && /[A-Z]/.test(v)) || /plus[ \t\-]?code:?[ \t]{0,2}$/.test(doc.lower.slice(Math.max(0, start - 14), start)),
  },
  {
    // A what3words address: "///filled.count.soap".
    id: 'geo-what3words',
    type: 'LOCATION',
    anchor: { char: '///', back: /\//, maxBack: 0 },
    trigger: /\/\/\/[a-z]/,
    regex: /(?<![\w/])\/\/\/[a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20}(?![\w.])/g,
    score: 0.85,
  },
  {
    // Census and election units, smaller than a county, as public-health and social-needs notes name a home's:
    // "census tract 4012.02", "block group 3", "Precinct 12".
    id: 'geo-census-unit',
    type: 'LOCATION',
    anchor: { words: ['census', 'tract', 'block', 'precinct', 'voting'] },
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])(?:census[ \t]{1,2}(?:tract|block(?:[ \t]group)?)|block[ \t]group|precinct|voting[ \t]district)[ \t]{0,2}(?:no\.?|number|#)?[ \t]{0,2}:?[ \t]{0,2}(\d{1,6}(?:\.\d{1,2})?)(?![\d.]?\d)`, 'giu'),
    group: 1,
    score: 0.8,
  },
  {
    // A county's or a tract's FIPS code or census GEOID ("FIPS 39035", "GEOID 39035101200"); a state's two digits are not one.
    id: 'geo-fips',
    type: 'LOCATION',
    anchor: { words: ['fips', 'geoid'] },
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])(?:fips|geoid)(?:[ \t]code)?[ \t]{0,2}[:#]?[ \t]{0,2}(\d{5}|\d{11,15})(?!\d)`, 'giu'),
    group: 1,
    score: 0.8,
  },
];
