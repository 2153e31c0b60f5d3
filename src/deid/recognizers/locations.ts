// Places smaller than a state: facilities (hospitals, clinics), cities, street addresses and ZIP codes.
// States and countries alone are not identifiers under Safe Harbor and are only kept inside a longer span.
import { BLOCK_WORDS, findAddressBlocks, findPlaceNumbers } from './address-block.js';
import { ADDRESS_CUE_WORDS, findCueAddresses } from './address-cues.js';
import { ADDRESS_PATTERNS } from './address-patterns.js';
import { findAddressTails, findLocalities, findLowerCaseStreets, findTownsBeforePostcodes, LOCALITY_HEADS, LOWER_STREET_SUFFIXES } from './address-tail.js';
import { COUNTRY_FIRST_WORDS, findCities, findCountryTowns } from './cities.js';
import { BUILDING_HEADS, EMPLOYER_CUE_WORDS, GROUP_HOME_KINDS, findBuildings, findEmployers, findFacilities, findGroupHomes, findHospitalAcronyms, findPracticesOfTown, findLetterheadPractices, findHeadFirstFacilities, findResidencesOfTown, findRetailChains, findRuralLandmarks, findNamedWards, findSiteLocations, SITE_LOCATION_WORDS, WARD_VERBS, FACILITY_LABEL_WORDS, POLICE_ABBREVIATIONS, HEAD_FIRST_KINDS, LOWER_HEAD_WORDS, POST_ACUTE_KINDS, SCHOOL_SHORT_LEVELS, MESSAGE_HEAD_WORDS, RESIDENCE_INDEX_WORDS, RETAIL_CHAIN_WORDS, RURAL_LANDMARK_NOUNS, PRACTICE_SERVICE_HEADS, SYSTEM_CAMPUS_WORDS, LOWER_SITE_HEAD_WORDS, LODGING_CHAIN_WORDS, DEVOTIONAL_HOSPITAL_OPENERS, LOWER_HOME_SECOND_WORDS, RELEASE_WORDS, TREATMENT_STAY_WORDS, PARATRANSIT_WORDS, PAYEE_WORDS, HIM_WORDS } from './facilities.js';
import { DENOMINATIONS, FELLOWSHIP_HEADS, WORSHIP_OPENERS, findCongregations } from './congregations.js';
import { FEATURE_WORDS, findNaturalFeatures } from './natural-features.js';
import { findNamedSites, NAMED_SITE_WORDS } from './named-sites.js';
import { patternRecognizer } from './pattern.js';
import type { Recognizer } from './types.js';

export { ADDRESS_PATTERNS };

/** The words that call the congregation recognizer: a denomination, a worship opener, "church", "fellowship". */
const CONGREGATION_WORDS = [...DENOMINATIONS, ...WORSHIP_OPENERS, 'church', ...FELLOWSHIP_HEADS];

export const LOCATION_RECOGNIZERS: readonly Recognizer[] = [
  { id: 'facility', types: ['FACILITY'], indexWords: ['va', ...SCHOOL_SHORT_LEVELS, ...POLICE_ABBREVIATIONS, ...POST_ACUTE_KINDS, ...LOWER_HEAD_WORDS, ...MESSAGE_HEAD_WORDS, ...FACILITY_LABEL_WORDS, ...PRACTICE_SERVICE_HEADS, ...SYSTEM_CAMPUS_WORDS, ...LOWER_SITE_HEAD_WORDS, ...DEVOTIONAL_HOSPITAL_OPENERS, ...LOWER_HOME_SECOND_WORDS, ...RELEASE_WORDS, ...TREATMENT_STAY_WORDS, ...PARATRANSIT_WORDS, ...PAYEE_WORDS, ...HIM_WORDS], find: findFacilities },
  // Institutions written kind first ("CLSC Plateau-Mont-Royal", "Centre hospitalier de Rouen"): only notes with such a kind call it.
  { id: 'facility-head-first', types: ['FACILITY'], indexWords: HEAD_FIRST_KINDS, needs: { words: HEAD_FIRST_KINDS }, find: findHeadFirstFacilities },
  // Pharmacy, laboratory and grocery chains where a cue makes the store a place ("picks up at Walgreens", "CVS #2119").
  { id: 'retail-chain', types: ['FACILITY'], indexWords: [...RETAIL_CHAIN_WORDS, ...LODGING_CHAIN_WORDS], needs: { words: [...RETAIL_CHAIN_WORDS, ...LODGING_CHAIN_WORDS] }, find: findRetailChains },
  // Senior living and home care named by a brand and its town ("Sunrise of Silver Spring", "Brookdale Kenwood").
  { id: 'residence-of-town', types: ['FACILITY'], indexWords: RESIDENCE_INDEX_WORDS, needs: { words: RESIDENCE_INDEX_WORDS }, find: findResidencesOfTown },
  // Hospitals' acronyms before a service or after a clinic's heading, or the initials of a facility the note names.
  { id: 'hospital-acronym', types: ['FACILITY'], readsCase: true, find: findHospitalAcronyms },
  // Practices and agencies named by a field of care and a listed town ("Women's Health of Northampton").
  { id: 'practice-of-town', types: ['FACILITY'], readsCase: true, find: findPracticesOfTown },
  // Round 136: a practice's letterhead line right above its street line ("CASCADE VALLEY CARDIOLOGY\n2210 Riverside Parkway").
  // A practice's line above its street line: only a text with a line opening as a street's (a blank, a digit or a post
  // box's "P" after a line break) can hold one.
  { id: 'letterhead-practice', types: ['FACILITY'], readsCase: true, needs: { literals: [{ lower: false, literals: ['\n ', '\n\t', '\nP', ...'0123456789'.split('').map((d) => `\n${d}`)] }] }, find: findLetterheadPractices },
  // Employers after the cue of work ("works at Tyson Foods in Springdale", "her employer, Trex Company,").
  // Round 110: a practice's site before "location" ("seen at the Riverbend location").
  { id: 'site-location', types: ['FACILITY', 'LOCATION'], indexWords: SITE_LOCATION_WORDS, needs: { words: SITE_LOCATION_WORDS }, find: findSiteLocations },
  { id: 'employer', types: ['FACILITY'], indexWords: EMPLOYER_CUE_WORDS, needs: { words: EMPLOYER_CUE_WORDS }, find: findEmployers },
  // Wards named by a person and a floor after a verb of admission ("admitted to Haskins 14"): round 76.
  { id: 'named-ward', types: ['FACILITY'], indexWords: WARD_VERBS, needs: { words: WARD_VERBS }, find: findNamedWards },
  // Round 156: a wing or unit named by a proper noun ("Derwent Wing"), a firm named by its trade's tail ("Iron Lotus
  // Tattoo", "LifeSeed Cord Blood Registry") and a listed town after a facility's comma ("Kaimai Urgent Care, Tauranga"),
  // and numbers after their own label (a Centrelink CRN, a masked SIN, an IVF straw, an airbill, an FAA MID): one
  // recognizer, one word gate.
  { id: 'named-site', types: ['FACILITY', 'LOCATION', 'ID', 'MRN'], readsCase: true, indexWords: NAMED_SITE_WORDS, needs: { words: NAMED_SITE_WORDS }, find: findNamedSites },
  // Supported housing named before its kind ("Harbor House group home"): only notes with such a kind word call it (round 42).
  { id: 'group-home', types: ['FACILITY', 'LOCATION'], indexWords: GROUP_HOME_KINDS, needs: { words: GROUP_HOME_KINDS }, find: findGroupHomes },
  // Rural landmarks by their family's or town's name ("the Hollister farm", "the Ahtanum grange"): only notes with such a noun call it (round 46).
  { id: 'rural-landmark', types: ['FACILITY'], indexWords: RURAL_LANDMARK_NOUNS, needs: { words: RURAL_LANDMARK_NOUNS }, find: findRuralLandmarks },
  // Named apartment buildings ("Riverbend Towers, 55 Canal St"): only notes with a head word call it.
  { id: 'building', types: ['ADDRESS'], indexWords: BUILDING_HEADS, needs: { words: BUILDING_HEADS }, find: findBuildings },
  { id: 'city', types: ['LOCATION'], readsCase: true, find: findCities },
  // Lakes, creeks, mountains, trails and forts by name ("Browns Lake", "Mt. Rainier"): only notes with such a word call it.
  { id: 'natural-feature', types: ['LOCATION'], indexWords: FEATURE_WORDS, needs: { words: FEATURE_WORDS }, readsCase: true, find: findNaturalFeatures },
  // Congregations by their denomination ("Grace Lutheran", "Bethel AME"): only notes with such a word call it.
  { id: 'congregation', types: ['FACILITY'], indexWords: CONGREGATION_WORDS, needs: { words: CONGREGATION_WORDS }, find: findCongregations },
  { id: 'city-country', types: ['LOCATION'], indexWords: COUNTRY_FIRST_WORDS, needs: { words: COUNTRY_FIRST_WORDS }, find: findCountryTowns },
  { id: 'address-tail', types: ['ADDRESS'], needs: { digitRun: [1, 6] }, find: findAddressTails },
  // The town and county before a UK postcode ("Tunbridge Wells, Kent TN2 5QX"): its outward code holds a run of one or two digits.
  { id: 'town-before-postcode', types: ['ADDRESS', 'LOCATION'], needs: { digitRun: [1, 2] }, find: findTownsBeforePostcodes },
  // Neighbourhoods of Indian addresses ("Ashok Nagar", "BTM Layout"): only notes with such a head word call it.
  { id: 'locality', types: ['LOCATION'], indexWords: LOCALITY_HEADS, needs: { words: LOCALITY_HEADS }, find: findLocalities },
  // Addresses written one part a line: only notes with a line break call it.
  { id: 'address-block', types: ['ADDRESS', 'LOCATION', 'ZIP'], indexWords: [...BLOCK_WORDS, ...COUNTRY_FIRST_WORDS], needs: { char: '\n' }, find: findAddressBlocks },
  // Numbers of places in running text: house numbers after foreign street words, postal codes after places.
  { id: 'place-numbers', types: ['ADDRESS', 'LOCATION', 'ZIP'], needs: { digitRun: [1, 6] }, find: findPlaceNumbers },
  { id: 'address-cue', types: ['ADDRESS', 'LOCATION'], indexWords: ADDRESS_CUE_WORDS, needs: { words: ADDRESS_CUE_WORDS }, find: findCueAddresses },
  { id: 'street-lower', types: ['ADDRESS', 'LOCATION'], indexWords: LOWER_STREET_SUFFIXES, needs: { words: LOWER_STREET_SUFFIXES }, find: findLowerCaseStreets },
  ...ADDRESS_PATTERNS.map(patternRecognizer),
];
