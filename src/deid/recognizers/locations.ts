// Places smaller than a state: facilities (hospitals, clinics), cities, street addresses and ZIP codes.
// States and countries alone are not identifiers under Safe Harbor and are only kept inside a longer span.
import { ADDRESS_PATTERNS } from './address-patterns.js';
import { findAddressTails } from './address-tail.js';
import { findCities } from './cities.js';
import { findFacilities } from './facilities.js';
import { patternRecognizer } from './pattern.js';
import type { Recognizer } from './types.js';

export { ADDRESS_PATTERNS };

export const LOCATION_RECOGNIZERS: readonly Recognizer[] = [
  { id: 'facility', types: ['FACILITY'], indexWords: ['va'], find: findFacilities },
  { id: 'city', types: ['LOCATION'], find: findCities },
  { id: 'address-tail', types: ['ADDRESS'], needs: { digitRun: [1, 6] }, find: findAddressTails },
  ...ADDRESS_PATTERNS.map(patternRecognizer),
];
