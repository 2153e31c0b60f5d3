// Facts derived from a pattern's structure when its recognizer is built: which ASCII characters can
// start a match, which strings every match holds, which characters a back-walk accepts. Deriving them
// parses every built-in pattern, about a third of the engine's start-up. `npm run build` therefore
// records the facts the built-in recognizers ask for (scripts/build-startup-snapshots.mjs) in a file
// next to this module, and start-up reads them back by kind, flags and source. A recording made by other
// code is not used: it holds a digest of the modules that derive the facts and of the Node version (whose
// RegExp engine answers the per-character tests), and without a match every fact is derived again.
import { readFileSync } from 'node:fs';
import { sourceDigest } from '../source-digest.js';

/** A fact as stored: JSON values only. */
export type Fact = string | number | boolean | null | readonly Fact[];

/** Where the build writes the recording: beside this module (dist/deid/recognizers/). */
export const FACTS_URL = new URL('./regex-facts.json', import.meta.url);

/** The modules whose code derives the facts (beside this one). */
const DERIVING_MODULES = ['./regex-facts', './regex-ast', './regex-safety', './pattern'];

interface Recording {
  readonly digest: string;
  readonly facts: Record<string, Fact>;
}

/** Every fact asked for in this process, recorded or derived, by key. */
const asked = new Map<string, Fact>();
let recorded: Record<string, Fact> | undefined;

const keyOf = (kind: string, regex: { readonly source: string; readonly flags: string }): string => `${kind} ${regex.flags} ${regex.source}`;

/**
 * The digest of the code that derives the facts: the deriving modules' source (as this process loaded
 * them) and the Node version. Undefined when a module cannot be read.
 */
export function derivationDigest(here: string = import.meta.url): string | undefined {
  return sourceDigest(here, DERIVING_MODULES, `regex facts ${process.version}`)?.toString('hex');
}

/** The facts of a recording whose digest matches this code; undefined otherwise. */
export function parseRecording(json: string, digest: string | undefined): Record<string, Fact> | undefined {
  if (digest === undefined) return undefined;
  try {
    const r = JSON.parse(json) as Partial<Recording>;
    if (r.digest !== digest || typeof r.facts !== 'object' || r.facts === null || Array.isArray(r.facts)) return undefined;
    return r.facts;
  } catch {
    return undefined;
  }
}

function loadRecording(): Record<string, Fact> {
  let json: string;
  try {
    json = readFileSync(FACTS_URL, 'utf8');
  } catch {
    return {}; // run from source, or a build without the recording: derive everything
  }
  return parseRecording(json, derivationDigest()) ?? {};
}

let fromRecording = 0;
let derived = 0;

/** The fact of `kind` about `regex`: recorded at build time when it is there, else derived now. */
export function regexFact<T extends Fact>(kind: string, regex: { readonly source: string; readonly flags: string }, derive: () => T): T {
  recorded ??= loadRecording();
  const key = keyOf(kind, regex);
  let fact = asked.get(key);
  if (fact === undefined) {
    if (Object.hasOwn(recorded, key)) {
      fact = recorded[key] as Fact;
      fromRecording++;
    } else {
      fact = derive();
      derived++;
    }
    asked.set(key, fact);
  }
  return fact as T;
}

/** How many distinct facts this process read from the recording and how many it derived (for tests and diagnostics). */
export function regexFactCounts(): { readonly recorded: number; readonly derived: number } {
  return { recorded: fromRecording, derived };
}

/** The recording of every fact asked for so far (what the build writes after building an analyzer). */
export function recordFacts(): string {
  const facts: Record<string, Fact> = {};
  for (const key of [...asked.keys()].sort()) facts[key] = asked.get(key) as Fact;
  return JSON.stringify({ digest: derivationDigest(), facts } satisfies Partial<Recording>);
}
