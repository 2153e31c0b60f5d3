// Places smaller than a state: facilities (hospitals, clinics), cities, street addresses and ZIP codes.
// States and countries alone are not identifiers under Safe Harbor and are only kept inside a longer span.
import { ADDRESS_PATTERNS } from './address-patterns.js';
import { findCities } from './cities.js';
import { findFacilities } from './facilities.js';
import { patternRecognizer } from './pattern.js';
import type { Recognizer } from './types.js';

export { ADDRESS_PATTERNS };

export const LOCATION_RECOGNIZERS: readonly Recognizer[] = [
  { id: 'facility', types: ['FACILITY'], find: findFacilities },
  { id: 'city', types: ['LOCATION'], find: findCities },
  ...ADDRESS_PATTERNS.map(patternRecognizer),
];
