// Dates of things in structured exports, not of a person: read by the date patterns and the long-number rule alike.

/**
 * Round 159: a product's expiry in a structured export, the same on every box: a FHIR resource's "expirationDate"
 * (an Immunization's or a Medication's lot) and HL7 RXA-16 (the administered lot's expiry, after RXA-15's lot).
 * Only these fields; a patient's dates in the same message stay.
 */
const FHIR_EXPIRY_BEFORE = /"expirationdate"[ \t]{0,2}:[ \t]{0,2}"$/;
export function productExpiry(doc: { readonly text: string; readonly lower: string }, start: number): boolean {
  if (FHIR_EXPIRY_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start))) return true;
  const text = doc.text;
  if (text.charCodeAt(start - 1) !== 124) return false;
  // Within 600 characters of the segment's name (bounded, so a long line of stamps costs no more than its length).
  const from = Math.max(0, start - 600);
  const at = text.slice(from, start).lastIndexOf('RXA|');
  if (at < 0) return false;
  const seg = from + at;
  const prev = seg > 0 ? text.charCodeAt(seg - 1) : 10;
  if (prev !== 10 && prev !== 13 && prev !== 32) return false;
  // RXA-16 starts after the segment's sixteenth field separator, with no other segment begun on the way.
  let pipes = 0;
  for (let i = seg; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) pipes++;
    else if (c === 10 || c === 13) return false;
    else if (c === 32 && /^[A-Z][A-Z0-9]{2}\|/.test(text.slice(i + 1, i + 5))) return false;
  }
  return pipes === 16;
}
