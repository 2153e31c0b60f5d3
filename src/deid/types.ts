// The data shapes shared by detection, transforms and evaluation. Pure types: no I/O, no logic.

/**
 * Fine-grained identifier types. Geographic units are split so that transforms can treat a ZIP code
 * differently from a street address; `coarseType` maps them to the corpus categories.
 */
export const ENTITY_TYPES = [
  'NAME',
  'ADDRESS', // street address, PO box
  'LOCATION', // city, county, neighbourhood, other geographic unit smaller than a state
  'ZIP',
  'FACILITY', // hospital, clinic, practice, nursing home
  'DATE',
  'AGE', // ages over 89 only
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTHPLAN',
  'ACCOUNT',
  'LICENSE', // certificate and licence numbers (DEA, NPI, state licence, driver's licence)
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'ID', // any other unique identifying number or code
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Corpus categories, as in ../shared/corpora/README.md. */
export type CoarseType =
  | 'NAME'
  | 'DATE'
  | 'AGE'
  | 'LOCATION'
  | 'PHONE'
  | 'FAX'
  | 'EMAIL'
  | 'SSN'
  | 'MRN'
  | 'HEALTHPLAN'
  | 'ACCOUNT'
  | 'LICENSE'
  | 'URL'
  | 'IP'
  | 'ID';

export function coarseType(type: EntityType): CoarseType {
  switch (type) {
    case 'ADDRESS':
    case 'ZIP':
    case 'FACILITY':
    case 'LOCATION':
      return 'LOCATION';
    case 'VEHICLE':
    case 'DEVICE':
      return 'ID';
    default:
      return type;
  }
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/**
 * Why a span was found. `detail` names the pattern, dictionary or cue word; it never holds the matched
 * text, so an explanation can be shown to a reviewer without repeating the identifier.
 */
export type EvidenceKind = 'pattern' | 'dictionary' | 'context' | 'header' | 'validator' | 'deny-list';

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly detail: string;
}

/** One identifier found in a text. Offsets are UTF-16 code units; `end` is exclusive. Immutable. */
export interface Finding {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** 0..1; the analyzer drops findings under its threshold. */
  readonly score: number;
  /** Id of the recognizer that produced the finding (e.g. `date-numeric`, `name-title`, `custom:npi`). */
  readonly recognizer: string;
  readonly evidence: readonly Evidence[];
}

/** The per-type transform choices. Parameters are typed per kind, not a loose bag. */
export type TransformSpec =
  | { readonly kind: 'redact' } // replaced by a fixed marker that carries no type
  | { readonly kind: 'tag' } // [NAME], [DATE], ...
  | { readonly kind: 'mask'; readonly char?: string; readonly keepLast?: number }
  | { readonly kind: 'surrogate' } // realistic fake of the same format, keyed and consistent
  | { readonly kind: 'date-shift'; readonly maxDays?: number } // per-patient keyed shift; other types fall back to surrogate
  | { readonly kind: 'token' } // reversible [[NAME_7f3a]] token
  | { readonly kind: 'generalize' }; // ages over 89 -> 90+, ZIP -> 3 digits or 000, dates -> year

export type TransformKind = TransformSpec['kind'];

export interface TransformPolicy {
  readonly default: TransformSpec;
  readonly byType?: Partial<Readonly<Record<EntityType, TransformSpec>>>;
}

/** Names of the built-in pure validators a custom recognizer may use. */
export type ValidatorName = 'luhn' | 'npi' | 'ssn' | 'aba-routing' | 'iban' | 'dea' | 'vin';

/** A user-defined recognizer, loaded from configuration: a regex plus context words plus a validator. */
export interface CustomRecognizerSpec {
  readonly id: string;
  readonly type: EntityType;
  /** A JavaScript regular expression source; checked for catastrophic-backtracking shapes on load. */
  readonly pattern: string;
  /** Extra flags; `g` is always added. */
  readonly flags?: string;
  /** Score of a bare match (default 0.6). */
  readonly score?: number;
  /** Words that, when within `contextWindow` characters before the match, raise the score. */
  readonly context?: readonly string[];
  readonly contextWindow?: number;
  /** If set, a match needs a context word to count at all. */
  readonly requireContext?: boolean;
  readonly validator?: ValidatorName;
}

export interface DenyListSpec {
  readonly type: EntityType;
  /** Values matched as whole words, case-insensitively (a staff roster, a list of facilities). */
  readonly values: readonly string[];
}

export interface AnalyzerConfig {
  /** Findings under this score are dropped (default 0.5). */
  readonly threshold?: number;
  readonly recognizers?: readonly CustomRecognizerSpec[];
  /** Words and phrases never reported (case-insensitive whole matches), e.g. eponyms a site uses. */
  readonly allow?: readonly string[];
  readonly deny?: readonly DenyListSpec[];
  /** Built-in recognizer ids to switch off. */
  readonly disable?: readonly string[];
  /** Placeholder patterns (template slots): a finding wholly inside a match is not reported. Checked like custom recognizers' patterns. */
  readonly allowPatterns?: readonly { readonly pattern: string; readonly flags?: string }[];
  /** Names of a site's own chat assistants, read as the built-in ones ("Claude", "Gemini"): not a person beside a word of models or prompting. */
  readonly assistantNames?: readonly string[];
}

export interface Analyzer {
  /** Findings sorted by start, non-overlapping after resolution. Pure: same text, same findings. */
  analyze(text: string): Finding[];
  /** Ids of the recognizers in the registry, built-in and custom. */
  readonly recognizerIds: readonly string[];
}

/** An analyzer that answers later, e.g. on another thread (startAnalysisPool). Same findings as Analyzer. */
export interface AsyncAnalyzer {
  analyze(text: string): Promise<Finding[]>;
  readonly recognizerIds: readonly string[];
}

/** What callers that can wait need of an analyzer: Analyzer and AsyncAnalyzer both fit. */
export interface AnalysisPort {
  analyze(text: string): Finding[] | Promise<Finding[]>;
  readonly recognizerIds: readonly string[];
}
