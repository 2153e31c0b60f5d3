// Places smaller than a state: facilities (hospitals, clinics), cities, street addresses and ZIP codes.
// States and countries alone are not identifiers under Safe Harbor and are only kept inside a longer span.
import { ADDRESS_PATTERNS } from './address-patterns.js';
import { findAddressTails, findLowerCaseStreets, LOWER_STREET_SUFFIXES } from './address-tail.js';
import { COUNTRY_FIRST_WORDS, findCities, findCountryTowns } from './cities.js';
import { BUILDING_HEADS, findBuildings, findFacilities } from './facilities.js';
import { patternRecognizer } from './pattern.js';
import type { Recognizer } from './types.js';

export { ADDRESS_PATTERNS };

export const LOCATION_RECOGNIZERS: readonly Recognizer[] = [
  { id: 'facility', types: ['FACILITY'], indexWords: ['va'], find: findFacilities },
  // Named apartment buildings ("Riverbend Towers, 55 Canal St"): only notes with a head word call it.
  { id: 'building', types: ['ADDRESS'], indexWords: BUILDING_HEADS, needs: { words: BUILDING_HEADS }, find: findBuildings },
  { id: 'city', types: ['LOCATION'], find: findCities },
  { id: 'city-country', types: ['LOCATION'], indexWords: COUNTRY_FIRST_WORDS, needs: { words: COUNTRY_FIRST_WORDS }, find: findCountryTowns },
  { id: 'address-tail', types: ['ADDRESS'], needs: { digitRun: [1, 6] }, find: findAddressTails },
  { id: 'street-lower', types: ['ADDRESS'], indexWords: LOWER_STREET_SUFFIXES, needs: { words: LOWER_STREET_SUFFIXES }, find: findLowerCaseStreets },
  ...ADDRESS_PATTERNS.map(patternRecognizer),
];
