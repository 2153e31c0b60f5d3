// A JSON value read as a form prints it: after its field's label ("patient last name: Goodnight",
// "chart mrn: 904173"). A value alone says little ("Goodnight" is a word, "904173" any number); its keys
// say what it is. Only findings in the value are kept, at the value's offsets. The label is read, never written.
import type { Finding } from '../types.js';

// FHIR's HumanName keys, which say "name" only through their parent.
const KEY_WORDS: Readonly<Record<string, string>> = { family: 'family name', given: 'given name' };
const MAX_LABEL = 48;

/**
 * A JSON key in words, after its parent's label: "patientLastName" -> "patient last name", {"name": {"family":
 * ...}} -> "name family name". Only its last words are kept, as only a label's last words cue a value.
 */
export function keyLabel(parent: string | undefined, key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[^A-Za-z0-9]+/g, ' ').trim().toLowerCase();
  const label = `${parent ? `${parent} ` : ''}${KEY_WORDS[words] ?? words}`.trim();
  return label.length > MAX_LABEL ? label.slice(label.indexOf(' ', label.length - MAX_LABEL) + 1) : label;
}

/** The label of a value at `path` (its keys; array positions say nothing), or undefined for none. */
export function pathLabel(path: readonly (string | number)[]): string | undefined {
  let label: string | undefined;
  for (const k of path) if (typeof k === 'string') label = keyLabel(label, k);
  return label === '' ? undefined : label;
}

/** The text to analyse for a value under `label`. */
export function labelled(label: string, value: string): string {
  return `${label}: ${value}`;
}

/** Findings of `labelled(label, value)` that fall in the value, shifted back to it (one across the colon is cut). */
export function valueFindings(label: string, findings: readonly Finding[]): Finding[] {
  const at = label.length + 2;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end <= at) continue;
    out.push({ ...f, start: Math.max(f.start, at) - at, end: f.end - at });
  }
  return out;
}
