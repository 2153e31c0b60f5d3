// The de-identification engine runs in linear time on adversarial input: long digit runs, 100k-character
// words, punctuation storms, megabytes without whitespace. Each input is timed against realistic note text
// of the same size in the same process (a ratio, not an absolute threshold), and at two sizes 4x apart so
// that quadratic behaviour (16x the time for 4x the text) fails even where the ratio to notes would pass.
// Times are process CPU time, best of 3 (of 8 when a limit is breached), so other processes on a shared
// machine do not decide the result.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ADVERSARIAL } from '../../bench/lib/adversarial.mjs';
import { normalText } from '../../bench/lib/synth-notes.mjs';
import { createAnalyzer } from '../../src/deid/index.js';

/**
 * An adversarial input may take at most this multiple of the time of normal notes of the same size. The worst
 * input takes under 1x (2026-11-30); a quadratic search inside the engine's 64 KiB windows grows only linearly
 * with the text and shows as a ratio instead: the dictation-initials rule's, before it was fixed, made the one-line
 * run of short words and slashes take 4.4x (this test fails on it at 3x; it passed at 4x and 15x).
 */
const MAX_VS_NORMAL = 3;
/** 4x the text may take at most this multiple of the time (linear: ~4x; quadratic: ~16x). */
const MAX_GROWTH = 8;
/** CPU time the size is chosen to fit, so the suite stays fast even while the engine is slow. */
const BUDGET_MS = 12_000;
const KiB = 1024;
/**
 * 1 MiB (against 256 KiB) is what the issue asks for; 512/128 KiB only while the engine is too slow for
 * the budget. Never smaller: below ~128 KiB a text's working set fits the CPU caches, and the step in cost
 * when it stops fitting makes a 4x size pair look super-linear (measured: 10x for 32 -> 128 KiB of text
 * without whitespace, 4.4x for 128 -> 512 KiB).
 */
const SIZES = [1024 * KiB, 512 * KiB];

/** The inputs the issue and the bench brief name (the bench runs a longer list). */
const CASES = [
  'digit run (one token)',
  'digit runs of 10k',
  '100k-char word, repeated',
  'repeated punctuation',
  '1/1/1/1/...',
  'Dr. Dr. Dr. ...',
  'A. A. A. ...',
  '((((( ...',
  'no whitespace (notes, spaces removed)',
  'alternating digit-dash',
  'Smith Smith Smith ...',
  'name headers (SMITH, JOHN, 1 yo, ...)',
  'HL7 segments (PID, NK1, PV1)',
  'a CSV header, then quotes and commas',
  'blank-aligned table headers (VACCINE  DATE  ADMIN BY)',
  'one blank-aligned table, 1 MiB of rows',
  'phone cues with bare numbers',
  "many '@' and '.'",
  'long URLs (10k chars each)',
  'lower-case words and slashes, one line',
  'XML fields and key=value pairs',
  "unclosed tags and '=' runs",
  // One long line of addresses: round 57 made the chat-speaker rule walk back to its line's start at every capitalised
  // word, quadratic in the line (6x normal notes in the bench, which has every input; this list had not had it).
  'addressees and street lines, no line breaks',
  'attendance lists, no line breaks',
  'catalogue symbols, code ranges and mixed-case abbreviations (REF 1234567 ab, 99202-99205, ARNi)',
  'makers, eponym lists and publishers run together ((Ab, Lilly) Johnson & Johnson, Addison, Cushing, Ab Clinic guide)',
  "name corrections, bracketed birth dates and roles (surname is Ab, not Cd; name (it's Ab); Ab Cd (DOB 1/2/34); Ivy Walker (wound nurse))",
  'PO boxes, towns and number signs run together (PO Box 1, Ab, 12 Ab Rd, Ab, #AB-12-3456 presenting Ab | Lang: Twi)',
  'eponym pairs, makers before products, payers and research groups (Crigler and Najjar; Beckman Coulter DxH; Ab Oncology Group)',
  'capitalised names, no punctuation',
  'family^given runs after a PID line (DOE^JANE^...)',
  'carets, pipes and X12 elements (A^ MSH| ISA* pt_last|)',
  'chat handles before stamps and local extensions (*ann.lee* 7:14 PM, 555-0144 x3307)',
  'user logins after "is" and record paths (username is a.b.c_1, /a/b/patients/1234/)',
  'lower-case months, texted ages and sign-offs (oct 4 me and ab here. shes 91 so, ends in 4RT9)',
  'bracketed days, Roman month-years and bracketed ages (POD 4 (6/6) kg (5/4) VII.2016 (ninety) (ref 1-2))',
  'relation lines, Malay streets and residence fields (S/o Ab Cd, Jalan Ab Cd 2)',
  'open brackets of month/days, question ends, run-together dates ((9/1, 9/2 ? so. 12Aug25 Oct-17-)',
  'legacy header rows and signer lines (123456 | BH | | Signed |, Attending: X, M.D. AB12)',
  'one header row, no line breaks',
  'jobs, doctors and plans run together (works at A in B, Dr A, Mercy. Will admit 12/2:)',
  'nicknames, particles, lower-case credentials and beds (Ab (A) de la Cd. De la Cd, ab rn, ab from PT, Bed 4 (Ab))',
  'lower-case crossings, roads and thread rows (on 4th and oak, off hwy 7, lot 7, 22 ab st, 12/14 Ab: x mobile home park)',
  'spaced Roman months and doses (4 XI 2020, 1 IV 2000 units, 2 II 3)',
  "header pairs, relation items and subject pairs (Note for Ab Cd, RE: Ab Cd, I, Ab Cd, consent; Ab Cd, son; Ab Cd's mother; Ab Cd is a 4 year old)",
  'postcodes before towns abroad, slashed house numbers and pinyin roads (, 12-345 Ab Cd Ef, 123 45 Ab 1, Ab 1/2 m. 3, No. 1 Ab Ab Lu, 5 allée des Ab, č.p. 4)',
  'lower-case landmarks and towns (across from the ab cd church, the cvs on ab cd, in st ab, on the Ab Nation, left abcde)',
  'thanks, joint sign-offs, nicknames, particles, pets and day headings (thank u so much ab!! love, ab & cd (his ef))',
  'claim files, captions and rules (VA file no. 12 34, C-file C 12 34, ***-**-1, COURT OF THE A JUDICIAL CIRCUIT IN AND FOR, OAR 436-)',
  "MAR rows, keys and pharmacies (| 11/3 | 11/4 | KT |, KT = Ab Cd, Ab's Rx, Rx for Ab, Bell Pharmacy)",
  'legacy claim numbers, unit check letters, comma extensions and program codes (123-45-6789A, W1234 26 123456 X  ab, 555-555-0101, ext 1, AB-CD-123456, Lang: Ab)',
  'chat labels, log lines, comma roles and spellings (ab: 240, Mon: kev did, the aide there, ab, its ab again, the PT lady Ab, A-B-C dash D-E)',
  'rescheduled ordinals, offered days and turning ages (pushed to the 20th at 10, 12/2 or 12/3 or, turning 92!)',
  "transcript replies to asked names and ZIPs, fillers and titled labels (your last name? Spk1: it's uh, Ab, [00:01] Dr. Ab: zip?)",
  'post-acute beds, neighbourhoods and lower-case hospitals (LTACH at Ab Cd, the Ab neighborhood, ab regional urgent care, via Amedisys Ab, 71 yo M from Ab)',
  "SQL rows, YAML blocks and quoted CSV cells (INSERT INTO t (mrn, last_name) VALUES ('A1', 'O''Ab'), name:\\n  last: Ab, \"Ab, Cd K\")",
  'staff chat logins, display names, initials with ages, call-backs and bare rooms (mkaur 10:14, Ab Cd 7:05 AM, JD 92M, cb 5512, - 23 Ab on)',
  'log headings, ordinal ranges and offered days (thurs 11-7: ab, 11.8 - ab, off the 23rd thru the 27th, free 12/4 or 12/5)',
  'place-named infections and camp forms (Ab Cd virus, Ab Cd encephalitis, Hong Kong flu, Camp Ab Form)',
  'site locations and referral clauses (the Ab Cd location, 58 yo M from Ab found)',
  "geocodes and signed log rows (41.49932, -81.69436, 39.7° N, 41°29'58\"N, Q2JM+8X, ///a.b.c, read back OK - tjs)",
  'brands after labels, region practices, dwelling residences and fellowships (x: Option Care Ab, Ab Pulmonary, live in the Oaks, Calvary Fellowship)',
  "board lines, chat handles, staff rows and bare ages (rm 1 Ab - x, 0800  Ab  x, ab.c: x, @ab, RN: Ab (1-2), Ab: 1/2 works, pt 91, he's 95 not 94)",
  'dwelling kinds and day programmes (Ab Cd subdivision in Ab, Ab Cd Day Services, at Ab MHP, moved to the Abs)',
  'wallet addresses and counted street-like things (bc1q..., 0x..., 1Ab..., 2 Ab Crest cds, 9 Ab Gulch)',
  'schedule rows, census columns and bracketed beds (OR 1  0730  AB, 64M  Ab  Cd/Ef (anes), - Ab (12): x, ADM  11/27, 95Y F, picked by AB / x)',
  // Round 145: event nouns before days, holiday closings, unclosed phone brackets, donor codes, header ages, a twin's
  // bracketed name, BG/BB, dashed sign-offs, county offices and letterheads, OR equipment, deputies and tattoos.
  'death, donation and nursery papers again (Relapse 11/22., closed on Thanksgiving, phone (614-555-0183, Donor AJHT441, DL WDL1, Ab, Cd, 96, tutu Ab, twin a (ab), BG Ab, -ab rn, Ab County Public Guardian, AB COUNTY / OFFICE OF THE, the Allen stirrups, Brady x3, Deputy Clerk, Recovery Court, Tattoo "Ab")',
  // Rounds 139-144 and 146-148: their adversarial inputs ran only in the bench until the eighteenth session.
  "letter parts (0/2, 1 Ab Ab Street, 3F1, Dublin 1, D16 X7E2, Ab Cd, Dublin 4, At 93, he, License No. TX A1, Dear Parent/Ab, Juror Number:, AB CD\\n1 Ab)",
  "quoted ages, doses held on lower-case days and ordinals after a month (\"I'm 92\", I am 93., not bad for 91, Ninety-eight in may, held dec 3, thursday the 9th, in june the 2nd)",
  "treatment programs, devotional names, care homes and offices (for Ab Detox, then Ab Recovery, to holy cross er, at sunny acres, our Ab Cd office, lic # CA RN 1, CVS on 5th not, 11/16 approx 2300)",
  "birthdays, asked days and typed names (Be 94 in June, 96 come Feb, was it 11/30?, Task list 12/2:, refused am ab 12/1, call me ab, thx, Ab, pt's son ab,)",
  "handoff rows and placements (1. Ab - son, thx - J, Rosewood admissions, Ab and Sunny Acres., Alternate was Ab Cd, Prior tx: Ab Detox (Bend), review 12/2:, told may be 12/5, 12/2 x2, no, the 29th)",
  "death and court papers (13. Ab: Cd, Notary: Ab Cd, Notary, Ab Cd   Ref AB1, Ab POLST, Ab, 1 Ab.2d 1, In re the Ab of A.B., case AB 26-1, No. 26-6-01182-8 SEA, Superior Court of Ab for Cd County, Body released to Ab of the Cd, Ab FD Medic, Licensed Psychologist AB 1)",
  "pedigree positions, multiples and newborn notes (uncle II-5 Ab, Twin B Ab, twin a (ab), parents (Ab and Cd), parents of Ab Cd, Ab Cd, genetic counsellor, -- k. ab, rn, née Ó Ab, FOB Ab present, NICU progress, 12/2, exam 11/28 stage, 9.8 from 11.4, Dc home)",
  "EHR report parts (PT, MoCA 24/30, Mild MR. Ab, the Ab table, W/WO, 9.3 from 11.6, catalog # 1234567, REF A1234, LOT, Procedure Suite 2, 15:40 by kt, Ab, Cd   1234567   11/04/2026)",
  "outside papers (Form AB-1 (Rev. 03/2025), (AB 1A, rev 07/2024), Form I-1   Edition 01/20/25, OMB Control Number: 1-1, 22 VAC 1-1-1, 8 C.C.R. 1.1, Ab Health Plans, Carrier: Ab., per Ottawa., To: Driver Safety, RN, Occ Health, Civil surgeon code: AB-1, RQID: A1, Policy app #: A-1)",
  "many styles' shapes (0830 By: jk, submitted. [KLM], ED RN Ab, out by Ab, 1350 E 300 S, prior 10/14, Ab - Cd office, Ab Services of Cd County, Ab Clinic in Cd., AB CD  Ab Clinic, the Walmart on Ab says, Roger On call)",
  "leftovers of rounds 145-147 (ICH 11/28;, GI bleed 9/14, Head US 11/29 grade, Fall 11/30 also, review 12/8 before, Roger that., Ab County Public Fiduciary, Ab County EMS, triplet b (rowan), Ab Center, Tacoma ICU, Ab Blood Bank)",  // Round 149.
  "thirty more styles (Tape initials: AB, Scheduler: ab, Nurse: ab, kept by abc, witness ABC (Ab), #A-1 | 11/24 |, Retrieval 11/30:, week of 11/23, lot A1 exp 04/2027, LA vol, Saline control, Timothy grass)",
  // Round 150: prompts around pasted chart text.
  "prompts around pasted chart text (Printed by: AB1, Transcribed: ab1, pt ab (a. bc) 58f, Ab C. De (ACD), 90   S. Ab   x, PDMP checked 12/2, (1 Ab Rd, Cd), AB HEALTH - CD CAMPUS, fall at Menards, Son Ab, Use John Doe, Claude, restart ab 12/4, GI scope 12/7)",
  // Round 151.
  "leftovers of rounds 143-148 (read back by ab., by: ab / cd, SPI: ABC, ab2, Last 4: 1234, 19800 Avenue 264, Stage 1  11/10, Paid to Ab Cd  $1, AB CD INC\\n1 Ab, treatment at Ab, Ab LIFT, Ab Care Cd, Ab Health Care Tri-Valley, Ab Dental Benefits, NMS Labs)",
  // Round 152.
  "thirty-one styles of round 152 (| Operator, ab | ab | abc, Init column of blanks, Admit: 11/21, Ab Physical Therapy, Ab Psychiatry & TMS, (tech A. Bc), Reviewed by Heart Ab Team, Sonora Quest, Ab Ear Nose & Throat)",
  // Round 153.
  "outside-hospital and non-US papers of round 153 (| Tx # | Date | over | 1 | 11/30 |, Apgars 8/9/10, Tech: AB   Lab rec'd: 11/25, Claim #: 1 22 333, Driver number: ABCDE123456AB1CD, Provider: Ab Cd LLC, employer Ab Airlines, Ab Orthopaedics, 1 Ab Pde, To: Consultant Ab)",
  // Round 154.
  "leftovers of rounds 150-152 (Mask refit 10/3., A. Bc, 12/1., K.T.M. under Screened by, IN under Init, on W. Broadway, ME #26-1, VFC PIN: 1, jpm (MICU), Xiao Yao San, Max HR, IRB #2024-1, Ab Sleep & Lung, Ab Gift of Life, LAC+USC, via AMR, Oxivir Tb)",
  // Round 156.
  "leftovers of rounds 152-153 (Ab Wing, Ab Cord Blood Registry, Ab Tattoo Studio, Ab Electric Co-op, AB LOGISTICS, Ab Clinic, Tauranga, | Ab, Cd |, worker (Ab), Witness: TN / MA, CRN 1 2 3A, SIN: XXX XXX 1, straw no. 1-2, airbill 1 2 3, FAA MID A1, Ab Council NC 1, AB MEDICAL EXAMINER, Core Laboratory, policy AB-CD-1)",
  // Round 155.
  "speech, telephony and scanned faxes of round 155 (triple five, zero one, double two six, DTMF 1 2 3 4, conf 0.97, Rx four seven seven oh two one, DOB 8 22 41, W-H-I-T, M-A-R-S-H, B as in Boy, R, Z, E, Kilo Echo Lima, 0lsen, Wl 5450l)",
  // Round 158.
  "structured exports of round 158 (N:Ab;Cd, ADR:;;1 Ab St;Ab;MT;1, -[ RECORD 1 ]-, first_name | Ab, a bar after blanks, an age key 93, HL7 segments parted by spaces: PID|1 RXA|0 FT1|1, XCNs, lots)",
  // Round 157.
  "leftovers of rounds 153-156 (Ab Ward, Ward 4B, MRN ending 1, chart number ending in 1, member ID ends in 1, DOB the first of the first, seen at ab family clinic, Interpreter 12345 ... 12345)",
  // Round 160.
  "clinicians' fragments of round 160 (Vocera 1, spectralink 1-2, pager group 1, (p. 1), paged 1, page ab cd 1, 5 0 3, 5 5 5, 0 1 8 8, extension 4 4 1 9, officer Ab #1, #26-1 |, exported by ab, CASELOAD — 12/3 —, 12/1→12/2, PAGE 12-02 22:47, 6W-605 Ab-Cd, for Ab 716 (, | Cards — Dr. Ab (CRNA) |, Reassess Monday)",
  // Round 161.
  "documents' furniture of round 161 (Ab,Cd RN, Ab,Cd,Ef,Gh PT, Ab MD, Cd on, Authenticated by: abcdefgh, Originator: ABCD, FROM: AB CD&EF 5415550118, Remote Station: AB & CD & EF, CSID: AB CD, Prepared: 1/1/11 0530 by AB, -- tmorales, MD / TMS, #1234 12 34#, 26-CH-0048812)",
  // Round 162.
  "leftovers of rounds 152-159 (tibble and data frame headers with keys: first_name last_name zip, rows of as many or one more, <chr> type lines, updated_by | ab, user_name ab.cd, U0ABC1, queued for abcdef1, Agent ab, Ab County Sheriff, BGN*00*1*20261130)",
  // Round 164.
  "undated days of round 164 (Called pt 11/3 - no answer, 12/2  60 mL, Tx 12/5:, Pupils 4/3 brisk, PS 10/5, 7/3 shift, last dose 12/4., discharged the 5th, cx'd 11/9 and 11/23)",
  // Round 165.
  "thirty more styles of round 165 (Date submitted: 11/29, Date of ab cd: 1/1, Last fill 11/10, given by ab / received by cd, by AB 12/01, signature: A.B., Ab Home, Abcd., Ab Health - Abcd   , St. Ab's Abcd ab, Court No. 1-1, Ref (5th, cuff AB-1C-1234567, Blue Cross CA, Subpoena Duces Tecum)",
  // Round 167.
  "identifiers in prose of round 167 (dl ends 0417, serial ending 4471-A, W H 9 1 2 2 0 8 4 7, P A 2 6 dash 3 3 1, Rep: 8 8 8, 5 5 5, plate, \"8BFJ 552\", WSBA No. 51227, PGB-004417-S01, ZXW 40017 2291)",
  "chat histories of round 168 (User:, Assistant: Done —, **Assistant:**, MRN: [[MRN_2b9c41e0]], [[NAME_, 🗓️✔️1️⃣, Montreal A2L3B2, | Field | Value |, | Name | Ab Cd |, | OTC |, **3/2** —, | off drip 12/2 |, on the 27th after a, On the 12th —, **Discharge:** the 15th, turn ninety-eight, Mr. H.-F., prefers “Goz”, Hi “Ab”)",
  "mixed-language notes of round 171 (noong Nobyembre 22, diciembre 10, 2026, octubre 10:30, 28 novanm 2026, Dr. Agosto 2 days, anak Marites, bố (father), 100.8 F. Lo, le duele)",
  // Round 163.
  "leftovers of rounds 160-161 (charge Ab x1-1234, called charge Ab., scrub Ab, Swap: Ab <-> Cd 1/2, call-outs 2 (Ab 4E, Cd 5C), ,\"Ab, Cd (, \"\"Ab\"\", 7E-709 (Ab-Cd), RUN USER: ABCD, Data Integrity: abcd)",
  // Round 166.
  "leftovers of rounds 162-164 (discharged the 5th to Ab, moved his appt to the 18th, C2 11/17, 1/2 dose 11/30, line: 12/1, set-up 10/28, 38/42, 0/4 items, 11/10 A, 11/12 P, Dept. of Health, Mayo Clinic Labs, strips EXP:, form Rev., Revised: 3/2023, 0700-0700, Cigna U1234567 01, report for Ab, \"Ab\" Cd, St. Ab Bend, AB CD HIM)",
  // Round 169.
  "leftovers of rounds 165-168 (Jonsen four-box, New York State Dept., Toyota Tacoma, HI, moved to St. Ab, towed by Ab Towing, Work note for Ab Cd, Ab v. Cd Systems, username: abcd, Pharmacy #J-772, charge: steph, Cascade Peak Health Plan)",
  // Round 170.
  "leftovers of rounds 165-168 (Rep: 8 8 8, 5 5 5, Card # (last 6), | Subject |, Toyota Tacoma, HI RKD 415, PFT was 9/9, Yes 12/8 works, I'd pick the 11th, the 3rd through the 28th of July, He's actually ninety-two)",
];

const analyzer = createAnalyzer();

/** CPU milliseconds used by this process: unlike wall time, not inflated while other processes run. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Calls per sample so that a sample spans at least 30 ms of CPU (one call, itself a sample, for slow inputs). */
function repsFor(text: string): { reps: number; first: number } {
  const c0 = cpuMs();
  analyzer.analyze(text);
  const first = cpuMs() - c0;
  return { reps: first >= 30 ? 1 : Math.min(100, Math.ceil(30 / Math.max(first, 0.05))), first };
}

function sample(text: string, reps: number): number {
  const c0 = cpuMs();
  for (let i = 0; i < reps; i++) analyzer.analyze(text);
  return (cpuMs() - c0) / reps;
}

/**
 * Best-of-`runs` CPU ms per analyze() call for two texts, sampled alternately so that both see the same
 * machine state (caches, frequency, neighbours on the core).
 */
function timePair(small: string, large: string, runs = 3): [number, number] {
  const s = repsFor(small);
  const l = repsFor(large);
  let bs = s.reps === 1 ? s.first : Infinity;
  let bl = l.reps === 1 ? l.first : Infinity;
  for (let r = bs === Infinity || bl === Infinity ? 0 : 1; r < runs; r++) {
    bs = Math.min(bs, sample(small, s.reps));
    bl = Math.min(bl, sample(large, l.reps));
  }
  return [bs, bl];
}

/**
 * timePair, and when the figures breach a limit, 5 more alternating samples whose minima are kept: on a
 * busy machine one unlucky sample should not fail the test, while a real quadratic cost (16x) survives
 * any number of samples.
 */
function timePairConfirmed(small: string, large: string, breaches: (small: number, large: number) => boolean): [number, number] {
  let [bs, bl] = timePair(small, large);
  if (breaches(bs, bl)) {
    const [s2, l2] = timePair(small, large, 5);
    bs = Math.min(bs, s2);
    bl = Math.min(bl, l2);
  }
  return [bs, bl];
}

describe('deid engine runs in linear time on adversarial input', () => {
  let big = SIZES[0] ?? 1024 * KiB;
  let normalBig = 0;
  let normalSmall = 0;

  before(() => {
    const warm = normalText(64 * KiB);
    for (let i = 0; i < 3; i++) analyzer.analyze(warm); // warm the JIT and any lazily built tables
    const probeText = normalText(256 * KiB);
    const probe = Math.min(repsFor(probeText).first, repsFor(probeText).first) / (256 * KiB);
    // per case: 3 calls at the big and 3-4 at the quarter size (~4 calls' worth of the big size);
    // adversarial inputs are assumed to cost half as much as notes on average (the bench measures
    // 0.03x-1.5x), plus 30% headroom
    const cost = (size: number): number => probe * size * 4 * (CASES.length * 0.5 + 1) * 1.3;
    big = SIZES.find((s) => cost(s) <= BUDGET_MS) ?? 512 * KiB;
    [normalSmall, normalBig] = timePairConfirmed(normalText(big / 4), normalText(big), (sm, lg) => lg > MAX_GROWTH * sm);
  });

  test('normal notes: 4x the text takes about 4x the time', (t) => {
    t.diagnostic(`size ${big / KiB} KiB: ${normalBig.toFixed(1)} ms; ${big / 4 / KiB} KiB: ${normalSmall.toFixed(1)} ms`);
    assert.ok(normalBig > 0 && normalSmall > 0);
    assert.ok(normalBig <= MAX_GROWTH * normalSmall, `normal notes grew ${(normalBig / normalSmall).toFixed(1)}x for 4x the text`);
  });

  for (const name of CASES) {
    test(`${name}: within ${MAX_VS_NORMAL}x of normal notes and linear growth`, (t) => {
      const build = ADVERSARIAL[name];
      assert.ok(build, `unknown adversarial input ${name}`);
      const smallText = build(big / 4);
      // fail before the big input if the quarter-size one is already too slow: bounded test time
      const once = repsFor(smallText).first;
      assert.ok(once <= MAX_VS_NORMAL * normalBig, `${big / 4 / KiB} KiB took ${once.toFixed(0)} ms, over ${MAX_VS_NORMAL}x the ${big / KiB} KiB of notes (${normalBig.toFixed(0)} ms)`);
      const [small, large] = timePairConfirmed(smallText, build(big), (sm, lg) => lg > MAX_VS_NORMAL * normalBig || lg > MAX_GROWTH * sm);
      let vsNormal = large / normalBig;
      if (vsNormal > MAX_VS_NORMAL) {
        // The notes were timed in before(), possibly minutes and a neighbour's load ago: time both again side by side,
        // alternately, so that the ratio compares the same machine state. A real super-linear cost fails both ways.
        const [notes, input] = timePair(normalText(big), build(big), 5);
        vsNormal = Math.min(vsNormal, input / notes);
      }
      const growth = large / Math.max(small, 0.001);
      t.diagnostic(`${big / KiB} KiB: ${large.toFixed(1)} ms = ${vsNormal.toFixed(2)}x normal; growth from ${big / 4 / KiB} KiB ${growth.toFixed(2)}x`);
      assert.ok(vsNormal <= MAX_VS_NORMAL, `${vsNormal.toFixed(1)}x the time of normal notes of the same size`);
      assert.ok(growth <= MAX_GROWTH, `${growth.toFixed(1)}x the time for 4x the text`);
    });
  }
});
