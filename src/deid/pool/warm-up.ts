// What a new analysis thread reads before it says it is ready: synthetic notes (every value invented)
// that hold each kind of identifier in the shapes the recognizers look for, so their code and their
// regexes are compiled before the first real text arrives. A cold thread takes tens of milliseconds
// over its first note and several over the next ones; a load balancer sends traffic only once ready.
import type { Analyzer } from '../types.js';

export const WARM_UP_NOTES: readonly string[] = [
  'DISCHARGE SUMMARY\nPatient: Quillon Marshbeck   MRN: 48213957   DOB: 03/14/1952   Age: 92 y/o\n' +
    'Admitted 11/02/2026, discharged Nov 9th, 2026 by Dr. Ezra Vantongeren, MD (pager 4417).\n' +
    'Address: 1420 Larkspur Crossing Apt 3B, Brackton, OH 45219. Phone (513) 555-0148 ext. 22; fax 513-555-0199.\n' +
    'Email quillon.marshbeck@example.org; portal https://portal.example.org/p/88213; IP 10.20.30.41.\n' +
    'SSN 078-05-1120. Medicaid ID ZKB4471093. Account 99-1827364. Plate 7KQR213 (CA). Pacemaker serial PJN884120.\n' +
    'Wife Odessa at bedside; daughter maria called. Seen at St. Brigid Medical Center, Cardiology Clinic.',
  'pt is a 67 yo M c/o chest pain x3d, s/p PCI 2019. Hx of Parkinson disease and Crohn disease, Foley in place.\n' +
    'Follow up with Anna S. on Fri 12/4 at 10:30; J.D. to call on the 4th of March. Labs: Na 138, K 4.1, Cr 1.2.\n' +
    'MSH|^~\\&|LAB|HOSP|||202611281030||ORU^R01|12345|P|2.5\rPID|1||48213957^^^HOSP^MR||MARSHBECK^QUILLON||19520314|M',
  'Name,DOB,MRN,Phone\nOdessa Marshbeck,1950-03-04,77120394,617-555-0142\n\n' +
    'From: Dr. Priya Ramanathan <priya.r@example.org>\nSent: Tuesday, November 24, 2026 4:12 PM\nRe: Mr. Okonkwo, seen in ED 24-Nov-2026.',
];

/** How long a serving analyzer (a pool's thread, or `serve`'s own without threads) reads the notes by default. */
export const WARM_UP_MS = 200;

/** Has `analyzer` read the warm-up notes in turn until `ms` have passed (at least one pass); returns how many it read. */
export function warmUp(analyzer: Pick<Analyzer, 'analyze'>, ms: number): number {
  if (ms <= 0) return 0;
  const until = performance.now() + ms;
  let n = 0;
  do {
    for (const note of WARM_UP_NOTES) analyzer.analyze(note);
    n += WARM_UP_NOTES.length;
  } while (performance.now() < until);
  return n;
}
