// Inputs built to provoke super-linear behaviour in a text scanner (backtracking regexes, quadratic
// context windows, per-match rescans): long digit runs, huge words, punctuation storms, megabytes without
// whitespace, dense near-identifiers. Shared by `npm run bench:deid` and test/deid/linear-time.test.ts.
import { cutToBytes, normalText } from './synth-notes.mjs';

/** Repeats `unit` until the string has `bytes` UTF-8 bytes (cut on a code point boundary). */
export function fill(unit, bytes) {
  const unitBytes = Buffer.byteLength(unit);
  return cutToBytes(unit.repeat(Math.ceil(bytes / unitBytes) + 1), bytes);
}

const word100k = (() => {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let w = 'Q';
  while (w.length < 100_000) w += letters;
  return w.slice(0, 100_000);
})();

/** name -> (bytes) => string. Every builder is deterministic. */
export const ADVERSARIAL = {
  'digit run (one token)': (n) => fill('0123456789', n),
  'digit runs of 10k': (n) => fill('7'.repeat(10_000) + ' ', n),
  '100k-char word, repeated': (n) => fill(word100k + ' ', n),
  'repeated punctuation': (n) => fill('.,;:!?-/()[]*', n),
  'dots only': (n) => fill('.', n),
  '1/1/1/1/...': (n) => fill('1/', n),
  'Dr. Dr. Dr. ...': (n) => fill('Dr. ', n),
  'A. A. A. ...': (n) => fill('A. ', n),
  '((((( ...': (n) => fill('(', n),
  'no whitespace (notes, spaces removed)': (n) => cutToBytes(normalText(Math.ceil(n * 1.3)).replace(/\s+/g, ''), n),
  'alternating digit-dash': (n) => fill('1-2-', n),
  'digit groups 12-34-56-...': (n) => fill('12-34-', n),
  'Smith Smith Smith ...': (n) => fill('Smith ', n),
  'capitalised names, no punctuation': (n) => fill('John Smith Mary Jones Ana Ruiz Wei Chen ', n),
  "many '@' and '.'": (n) => fill('a.b@c.d@', n),
  '@@@@...': (n) => fill('@', n),
  'long URLs (10k chars each)': (n) => fill(`https://portal.example.org/${'seg/'.repeat(2_500)} `, n),
  // Short lower-case words joined by slashes on one line: a rule that searched back for its line's start at each of
  // them was quadratic within each 64 KiB window (2026-11-30: 4x the time of notes).
  'lower-case words and slashes, one line': (n) => fill('ab/cde/', n),
  'URLs back to back, no spaces': (n) => fill('https://a.example.org/' + 'x/'.repeat(50), n),
  'label chains (MRN: DOB: SSN: ...)': (n) => fill('MRN: DOB: SSN: Phone: Fax: Name: ', n),
  'dense dates': (n) => fill('01/02/2003 ', n),
  'dense phone numbers': (n) => fill('(555) 123-4567 ', n),
  'name headers (SMITH, JOHN, 1 yo, ...)': (n) => fill('SMITH JONES, MARY ANN, 1 yo ', n),
  'phone cues with bare numbers': (n) => fill('called from 6175550142 ext 1 ', n),
  'whitespace only': (n) => fill(' \n\t', n),
  'accented capitals (ÄÖÜ words)': (n) => fill('Ärztin Özdemir Überweisung ', n),
  'HL7 segments (PID, NK1, PV1)': (n) =>
    fill('PID|1||88123412^^^MRN||DOE^JANE^Q||19500304|F|||12 BIRCH LN^^DOVER^DE^19901||(302)555-0110\rNK1|1|DOE^JOHN|SPO|12 BIRCH LN^^DOVER^DE^19901|(302)555-0111\rPV1|1|I|W^389^1||||1234^WELBY^MARCUS\r', n),
  'field separators after PID|': (n) => 'PID|' + fill('|^~&', n - 4),
  'a CSV header, then quotes and commas': (n) => 'name,dob,mrn,zip\n' + fill('"a,""b",,\n', n - 17),
  // Every line a header of a table aligned with blanks: each had re-read every row after it.
  'blank-aligned table headers (VACCINE  DATE  ADMIN BY)': (n) => fill('VACCINE  DATE  ADMIN BY\n', n),
  'one blank-aligned table, 1 MiB of rows': (n) => 'VACCINE  DATE  ADMIN BY\n' + fill('Flu  11/03/2026  JT\n', n - 24),
  // XML elements and key=value pairs that name their values' kinds, and their unclosed starts.
  'XML fields and key=value pairs': (n) => fill('<family>Goodnight</family><mrn>904173</mrn>lastName=Goodnight&mrn=904173&', n),
  "unclosed tags and '=' runs": (n) => fill(`<given ${'a'.repeat(190)}>${'b'.repeat(190)}<family=x==`, n),
  // Addressees before street lines, on one line with no break: each house number looks back and ahead.
  'addressees and street lines, no line breaks': (n) => fill('Rusty Lindqvist, 793 Pine Parkway, 12 Martin Luther King Jr. Way ', n),
  // An attendance list walks entries to the line's end: one label, then a megabyte of entries, and labels inside.
  'attendance lists, no line breaks': (n) => 'Present: ' + fill('Jade, Faith (excused), Kofi Mensah and Tom, ', n - 9),
  // Round 60's readers of carets, pipes and X12 elements, after a segment that switches them on: a megabyte of one
  // unit each (the caret-name reader emits a name per "DOE^JANE^", so that one grows with its findings).
  'family^given runs after a PID line (DOE^JANE^...)': (n) => 'PID|1||1^^^X||DOE^JANE\n' + fill('DOE^JANE^', n - 23),
  'carets, pipes and X12 elements (A^ MSH| ISA* pt_last|)': (n) => 'PID|1||1^^^X||DOE^JANE\n' + fill('A^MSH|ISA*pt_last|*^|', n - 23),
  // Round 68: display handles before time stamps, one a line and then all on one line, and local numbers with
  // extensions (the handle's and the extension's patterns try every dot, underscore and dashed number).
  'chat handles before stamps and local extensions (*ann.lee* 7:14 PM, 555-0144 x3307)': (n) => fill('*ann.lee* 7:14 PM: ok\nab_cd_ef_gh 1:2 555-0144 x3307 ', n),
  // Round 80: employer labels at the time of injury and personnel offices before capitalised runs, transmitter serials
  // of alternating letters and digits, and work statuses' days after "to", repeated on one line.
  'employer at time of injury, human resources, transmitter serials (Human Resources, Ab Cd Ef, transmitter 1A2B3C4D)': (n) => fill('Employer at time of injury: Ab Cd Ef Gh Human Resources, Ab Cd & Ef transmitter 1A2B3C4D5E6F restrictions to 1/2 duty to 3/4 ', n),
  // Round 82: blood units' check characters before lower-case words, journeys before month/days, names with a
  // bracketed record number before an age, and health card numbers with letters after them, run together.
  'unit check characters, journeys, bracketed records before ages (W0101 26 100200 7 of, flies to ab cd 1/2, Ab Cd (MRN 1), 94,)': (n) => fill('W0101 26 100200 7 of W0101 26 100200 A neg flies to ab cd ef 3/14, leaves for x 5/6 Ana Ruiz (MRN 12-34), 94, OHIP 1234 567 890 AB AB ', n),
  // Round 86: bracketed month/days after day counts and measures, Roman month-years, relative months, bracketed ages in
  // words and reference ranges, run together.
  'bracketed days, Roman month-years and bracketed ages (POD 4 (6/6) kg (5/4) VII.2016 (ninety) (ref 1-2))': (n) => fill('POD 4 (6/6) 1.5 kg (5/4) vs 3 kg (( VII.2016 IV/2019 the 9th of the following Ab Cd (ninety-three) Ab (ninety (ref 200-1500) increased 5/17 ', n),
  // Round 77: logins after "is" and record paths without a host, their segments run together.
  'user logins after "is" and record paths (username is a.b.c_1, /a/b/patients/1234/)': (n) => fill('username is a.b.c_1.d /a/b/c/d/e/f/patients/12345/patients/x user id is ab.cd ', n),
  // Round 79: lower-case month/days after a weekday or a plan, texted ages, companions, apostrophe-less owners and a
  // plan's last four, run together (each rule reads a few words back from its anchor).
  'lower-case months, texted ages and sign-offs (oct 4 me and ab here. shes 91 so, ends in 4RT9)': (n) => fill('fri oct 4 me and tariq and me make it jan 9 shes 91 so aunt lorettas ms whitlock 555-0142 omar medicare number ends in 4RT9 till the 16th then ', n),
  // Round 78: drug stores before store numbers and streets, chains' short numbers with bracketed towns, grouped numbers
  // after a carrier, and pipes of pharmacy cells, run together on one line.
  'drug stores, chain numbers and FedEx groups (Ab Drug #2, CVS #12 (Ab), FedEx 1234 5678)': (n) => fill('| Ab Cd Drug | Ab Drug, 12 Ab | CVS #12 (Ab Cd) FedEx 1234 5678 9012 3456 Ef LTC Gh ', n),
  // Round 85: nicknames in brackets after names, particles before repeated surnames, lower-case nurses before "rn", staff
  // from a service and patients in brackets after beds, run together (each reads a few characters around its word).
  'nicknames, particles, lower-case credentials and beds (Ab (A) de la Cd. De la Cd, ab rn, ab from PT, Bed 4 (Ab))': (n) => fill('Ana Lucia (An) de la Fuente Ortega. De la Fuente, ab rn. ferreira rn cd from PT luz from IV team Bed 6 (Grewal) Bed 5 ( ', n),
  // Round 74: relation lines, Malaysian street words and residence fields, run together on one line and then one a
  // line (the street's capitalised words and the field's column gap each repeat).
  'relation lines, Malay streets and residence fields (S/o Ab Cd, Jalan Ab Cd 2)': (n) => fill('S/o K. Ab Cd Ef, Jalan Ab Cd Ef 2, Taman Ab Residence: Ab, Cd, Ef   Tel: Ab Cd VIC 3000 Dublin 4\nW/o Ab\n', n),
  // Round 75: brackets of month/days that never close, sentence ends before names, run-together and hyphenated dates.
  'open brackets of month/days, question ends, run-together dates ((9/1, 9/2 ? so. 12Aug25 Oct-17-)': (n) => fill('ok (9/1, 9/2 ? and. so 12Aug25 or Oct-17- then 4/17 pm, more words here ', n),
  // Round 83: green-screen fields in capitals with dot leaders, street lines before a column gap, date header rows
  // and crews before credentials, one a line and then run together (each reader walks a line and its columns).
  'caps form fields, street columns, date rows and crews (LAST NAME....: AB  FIRST....: CD, 12 AB ST  CD, EF 01234)': (n) => fill('LAST NAME....: AB   FIRST....: CD   MI: E\n12 AB CD TERR APT 3   EF GH, IJ 01234\nDATE   1/2   3/4   5/6\nCREW: A. BCD EMT, BY E. FGH, TO AB CD RN ', n),
  // Round 76: a legacy header row's fields between pipes, one row a line and then all on one line, and signer lines
  // each walked to their credential (the row's reader splits every line that opens with a number and a pipe).
  "legacy header rows and signer lines (123456 | BH | | Signed |, Attending: X, M.D. AB12)": (n) => fill('123456 | BH | 7654321 | | 3/5/2071 | Signed | DIS |\nAttending: ROE, ANN, M.D. AB12 CD345/6789 ', n),
  // Round 81: a job's clause walked back from every "in", a doctor's comma before a hospital's name, a plan's modal
  // after a found "Will", and the first days of a dated note's month, run together.
  'jobs, doctors and plans run together (works at A in B, Dr A, Mercy. Will admit 12/2:)': (n) => fill('Husband Will. works at Ab Cd Ef in Gh in Ij in Kl Dr Ab, Good Sam, Mercy. Will admit 12/2: per Ab protocol 10/06/2026 d/c 12/9 if ', n),
  // Round 88: lower-case crossings, highways, comma house numbers, thread rows and park names run together.
  'lower-case crossings, roads and thread rows (on 4th and oak, off hwy 7, lot 7, 22 ab st, 12/14 Ab: x mobile home park)': (n) => fill('on 4th and oak on ab and 2nd off hwy 7 under i-90 lot 7, 22 e ab cd st, in ab cd til\n12/14 Ab Cd: x at ab cd mobile home park at ab apartments ', n),
  // Round 89: lower-case landmarks and towns: churches, chains on bare streets, "st" towns, nations, left towns.
  'lower-case landmarks and towns (across from the ab cd church, the cvs on ab cd, in st ab, on the Ab Nation, left abcde)': (n) => fill('across from the ab cd ef church by the holy church the cvs on ab cd. the walgreens on ab in st ab cd til left abcde with on the Ab Nation 95-1040 ab pkwy drives her to abcdef ', n),
  // Round 90: thanks and apologies, joint sign-offs with a relation, quoted nicknames, lower-case particle surnames,
  // short names after "my son", pets and day headings, one a line and then run together.
  'thanks, joint sign-offs, nicknames, particles, pets and day headings (thank u so much ab!! love, ab & cd (his ef))': (n) => fill('thank u so much jenna!! sorry ab, love, priya & arjun (his grandkids) calls her "Ab" this is maria de la cruz van der berg de la my son dev was her dog Max\nThu: ab\nFri: ', n),
  // Round 92: VA file and service numbers in groups, star-masked SSNs, court captions, admin rules and spelled directions run together.
  'claim files, captions and rules (VA file no. 12 34, C-file C 12 34, ***-**-1, COURT OF THE A JUDICIAL CIRCUIT IN AND FOR, OAR 436-)': (n) => fill('VA file no. 12 345 C-file: C 12 34 Service number RA 12 ***-**-12 CSR No. 1 Cause No. 12AB1:2 CIRCUIT COURT OF THE AB JUDICIAL CIRCUIT IN AND FOR AB CD OAR 436-010-0280 Ab County Court of Common 12 Ab Avenue South Nurse Case Atty. Reg. # AND ESTATE ', n),
  // Round 98: SSN-shaped numbers with and without a letter after, donation numbers with a check letter before two
  // blanks, extensions after a comma, dash-joined capitals before digits and a language field, run together.
  'legacy claim numbers, unit check letters, comma extensions and program codes (123-45-6789A, W1234 26 123456 X  ab, 555-555-0101, ext 1, AB-CD-123456, Lang: Ab)': (n) => fill('123-45-6789A 123456789C1 123-45-6789 W1234 26 123456 X  ab W1234 26 123456 7  (ab 555-555-0101, ext 1 555-555-0101, x AB-CD-123456 AB-CD-12 Lang: Polish Lang: ', n),
  // Round 95: lower-case chat labels with digits, day-labelled log lines, names set off by commas after a role, "its"
  // after a comma, thanks closing a text, role-and-"lady" names and spellings with "dash", run together.
  'chat labels, log lines, comma roles and spellings (ab: 240, Mon: kev did, the aide there, ab, its ab again, the PT lady Ab, A-B-C dash D-E)': (n) => fill('bao: dad was 240\nMon: kev did the aide there, rosalind, says hi Ab, its kiki again zeynep (night aide) the PT lady Mirela name is A-B-C dash D-E-F thx for it wes ', n),
  'one header row, no line breaks': (n) => '123456 | BH | 3/5/2071 | Signed |' + fill(' 55555 | 12345 | AB |', n - 33),
  // Round 84: catalogue symbols on one long line (each "REF" reads its line's neighbourhood), ranges of five-digit
  // codes and abbreviations of capitals then lower case.
  'catalogue symbols, code ranges and mixed-case abbreviations (REF 1234567 ab, 99202-99205, ARNi)': (n) => fill('REF 1234567 ab REF 7654321, 99202-99205 12345-12399 ARNi HFrEF in ABc ', n),
  // The lead (2026-12-01): Roman months parted by spaces, with and without a year, and doses' units after the year.
  'spaced Roman months and doses (4 XI 2020, 1 IV 2000 units, 2 II 3)': (n) => fill('4 XI 2020 1 IV 2000 units 2 II 3 12 XII 19 Stage 2 IV 2019 ', n),
  // Round 93: makers in brackets and before firms' words (each reads its neighbours), comma lists of eponyms walked
  // both ways from every entry, and institutions' heads before a publisher's word.
  'makers, eponym lists and publishers run together ((Ab, Lilly) Johnson & Johnson, Addison, Cushing, Ab Clinic guide)': (n) => fill('(Ab, Lilly) Johnson & Johnson Becton, Dickinson Roche Group, Addison, Cushing, Graves, Wilson, Ab Cd Clinic guide, Ab Cancer Center ', n),
  // Round 99: PO boxes and streets each followed by a town and a comma (each ZIP looks back over them), number signs
  // before grouped codes, "presenting" before capitals and language fields after pipes.
  'PO boxes, towns and number signs run together (PO Box 1, Ab, 12 Ab Rd, Ab, #AB-12-3456 presenting Ab | Lang: Twi)': (n) => fill('PO Box 1, Ab, 12 Ab Cd Rd, Ab Cd, 12345 #AB-12-3456 ##A-1-1 presenting Ab Cd | Lang: Twi ', n),
  // Round 104: post-acute kinds before "at" and capitalised words, capitalised words before "neighborhood" (each read
  // back from the word), lower-case towns before describing words and heads, brands after "via", age-and-sex cues.
  'post-acute beds, neighbourhoods and lower-case hospitals (LTACH at Ab Cd, the Ab neighborhood, ab regional urgent care, via Amedisys Ab, 71 yo M from Ab)': (n) => fill('LTACH at Ab Cd Ef Gh SNF bed at Ab Cd the Ab Cd neighborhood the Ab neighbourhood norman regional memorial urgent care via Amedisys Ab 71 yo M from Ab Flats ', n),
  // Round 105: corrections of a surname after talk of the name, words before a bracketed DOB, listed pairs before roles.
  "name corrections, bracketed birth dates and roles (surname is Ab, not Cd; name (it's Ab); Ab Cd (DOB 1/2/34); Ivy Walker (wound nurse))": (n) => fill("surname is Ab, not Cd, not Ef name misspelled (sorry, it's Ab) it's Cd Ab Cd Ef (DOB 1/2/34) Marigold Estabrook (DOB Ivy Walker (wound nurse) Grace Baker (pharm) Sterling Cross (charge RN) Ab Cd ( — Ab Cd got — Ab Cd — Peregrine Ashdown got cc Ab Cd, Glen Rivers, Glen Rivers, Ab; Autumn will; ", n),
  // Round 97: day ordinals after "moved to the" and before a clock, month/days offered with "or", ages after "turning".
  'rescheduled ordinals, offered days and turning ages (pushed to the 20th at 10, 12/2 or 12/3 or, turning 92!)': (n) => fill('pushed to the 20th at 10 the 3rd @ 2 pick her up 12/2 or 12/3 or 1/2 or 3/4 tab it\'s now 11/4 turning 92! I\'ll be 91 ninety 91st birthday the 4th at ', n),
  // Round 96: semicolon lists of eponym pairs, a maker's name before product words, payers and research groups, 510(k)s.
  'eponym pairs, makers before products, payers and research groups (Crigler and Najjar; Beckman Coulter DxH; Ab Oncology Group)': (n) => fill('Crigler and Najjar; Sturge and Weber; Klippel and Trenaunay; Beckman Coulter DxH Ab Cd; Cardinal Health Ab Oncology Group; Insurer: Ab Health members Ab Health Plan and Ab Health 510(k) K123456 Change request CR-1234 ', n),
  // Every labelled identifier is looked for again in the rest of its window: a thousand distinct ones in each.
  'labelled identifiers, all distinct (MRN: AB100000-X ...)': (n) => {
    let text = '';
    for (let i = 0; Buffer.byteLength(text) < n; i++) text += `MRN: AB${100_000 + i}-X seen. `;
    return cutToBytes(text, n);
  },
  // Round 91: a MAR's date heads and initials cells on one long line, a key's initials, owners' Rx and pharmacies.
  "MAR rows, keys and pharmacies (| 11/3 | 11/4 | KT |, KT = Ab Cd, Ab's Rx, Rx for Ab, Bell Pharmacy)": (n) => fill("| 11/3 | 11/4 | 11/5 | KT | KT | RB | KT = Kendra Tolliver; RB Ruben Baptiste RN / Frost's Rx, Rx for Kilbride to Bell Pharmacy ph 555 ", n),
  // Round 102: questions for a name or a ZIP, each followed by a turn's label and a reply's opening words (each reply
  // reads back to the question), fillers, titled labels, spoken house numbers, ages and month-years.
  "transcript replies to asked names and ZIPs, fillers and titled labels (your last name? Spk1: it's uh, Ab, [00:01] Dr. Ab: zip?)": (n) => fill("your last name?\nSpk1: it's uh, Ab. And your zip?\n[00:01:02] Dr. Ab: eight oh six three four. It's, uh, twenty-two fourteen Ab St, apartment, um, three B. I'll be ninety-seven. March of twenty twenty-five you're speaking with Ab. Um, I said um ", n),
  // Round 107: an SQL INSERT's rows with quotes doubled and NULLs, YAML blocks of name parts under parents, quoted
  // CSV cells holding commas and digit-free header rows of tabs, run together.
  "SQL rows, YAML blocks and quoted CSV cells (INSERT INTO t (mrn, last_name) VALUES ('A1', 'O''Ab'), name:\\n  last: Ab, \"Ab, Cd K\")": (n) => 'INSERT INTO t (mrn, last_name, dob) VALUES ' + fill("('AB12', 'O''Neil', '1/2/2000'), (NULL, 'Ab', NULL), (\n'x', ',', ')' pt:\n  name:\n    last: Ab\n    first: Cd\n  zip: \"12345\"\n\"Patient\",\"DOB\",\"MRN\"\n\"Ab, Cd K\",\"1/2/2000\",\"A1\"\nLast Name\tFirst Name\tDOB\tLast Visit\tNotes\nBED  NAME  MRN  ATTENDING\n1A  AB, C  1234  STRAND, E\n", n),
  // Round 108: a log's month-day headings on every line (each looks for its siblings), ranges of ordinals, has/off/
  // but-not ordinals, days offered after "free" or a month's name, run together.
  'log headings, ordinal ranges and offered days (thurs 11-7: ab, 11.8 - ab, off the 23rd thru the 27th, free 12/4 or 12/5)': (n) => fill('thurs 11-7: ab\n11.8 - ab\n9-5: ab 1.5 - ab\nMon 9-5: ab\noff the 23rd thru the 27th to the 3rd to the has the 10th but not the 4th free 12/4 or 12/5 or nov 21 or 11/24, sat the 1st - ab the twenty-second of last ', n),
  // Round 103: staff chat: bare logins and display names before stamps, "user" fields, initials before an age and sex,
  // call-backs with no "x", recurring lower-case labels, bare rooms before a surname, and swap dates, on lines and run together.
  'staff chat logins, display names, initials with ages, call-backs and bare rooms (mkaur 10:14, Ab Cd 7:05 AM, JD 92M, cb 5512, - 23 Ab on)': (n) => fill('mkaur 10:14\nAb Cd Ef 7:05 AM\n{"user":"ab.cd","user":"abcdefgh"} jt: pt JD 92M AB 9F cb 5512 cb 12345678 jt: ok\n- 23 Ab on q2, 409 Abcd is, TC (Ab): swapping 12/6 picking up 12/9 tech: dmk mkaur 10:14 Ab Cd 7:05 AM ', n),
  // Round 111: pairs of capitalised words before an infection's head, towns before "flu" and camps before form words.
  'place-named infections and camp forms (Ab Cd virus, Ab Cd encephalitis, Hong Kong flu, Camp Ab Form)': (n) => fill('Ab Cd virus Ab Cd Ef encephalitis Hong Kong flu Hong Kong flu-like Ab Cd - virus Camp Ab Form Camp Physical Ab Ab Valley encephalitis Ab Cd influenza ', n),
  // Round 110: capitalised runs before "location" after "the", and referral towns before a verb of how the patient came.
  'site locations and referral clauses (the Ab Cd location, 58 yo M from Ab found)': (n) => fill('the Ab Cd Ef location the Ab location the Ab Cd Ef Gh location 58 yo M from Ab found 45 yo F from Ab Cd brought yof from Ab who ', n),
  // Lead's probe: decimal pairs of every precision with signs, degrees and hemispheres, degrees and minutes, plus codes,
  // what3words slashes, and log rows signed with a dash and initials, run together and on lines.
  "geocodes and signed log rows (41.49932, -81.69436, 39.7° N, 41°29'58\"N, Q2JM+8X, ///a.b.c, read back OK - tjs)": (n) => fill("GPS 41.49932, -81.69436 lat 1.23 lon -4.56 39.7392° N, 104.9903° W 12.3456,-0.1234 N 41° 29.96' W 081° 41.66' 41°29'58\"N 81°41'40\"W °°° 87G8Q2JM+8X plus code Q2JM+8X ++++ ///filled.count.soap //////// lat=1.234&lng=-5.678 {\"longitude\":-1.2345} 1.1.1.1.1.1 read back OK - tjs\nK 6.8 pt AB, CD rm 5 read back OK - tjs\n", n),
  'brands after labels, region practices, dwelling residences and fellowships (x: Option Care Ab, Ab Pulmonary, live in the Oaks, Calvary Fellowship)': (n) => fill('x: Option Care Ab, y, Lincare Ab Cd Ab Cd Pulmonary Ab Infectious Disease live in the Oaks live in the Oaks at Ab Calvary Fellowship Church Adult Day Hospice Ab at Ab Park Ab Park ', n),
  // Round 118: continental postcodes before towns after a comma, slashed numbers with units, pinyin roads and French lower-case kinds.
  'postcodes before towns abroad, slashed house numbers and pinyin roads (, 12-345 Ab Cd Ef, 123 45 Ab 1, Ab 1/2 m. 3, No. 1 Ab Ab Lu, 5 allée des Ab, č.p. 4)': (n) => fill(', 12-345 Ab Cd Ef, 123 45 Ab 1, 1234 Ab N, 12345 Ab Cd Cedex 1, Ab 1/2 m. 3, 4 Ab, 2. tv, 1990 Ab, May 1, 2020 Ab Cd ul. Ab 12/34 m. 5, Av. Ab Cd 1, conj. 2, No. 1 Ab Ab Ab Lu, 12 Ab Xi Lu, Ab District 5 allée des Ab 27 bd Ab č.p. 4 č. p. 5 Building 1, Ab \n12345 Ab\n', n),
  // Round 119: board lines, chat heads, staff rows and bare ages run together and on lines.
  "board lines, chat handles, staff rows and bare ages (rm 1 Ab - x, 0800  Ab  x, ab.c: x, @ab, RN: Ab (1-2), Ab: 1/2 works, pt 91, he's 95 not 94)": (n) => fill("rm 1 Ab - x\n0800  Ab  x\n501 A  Ab-Cd  x\nrm 2 Ab NPO\nAb - - - Ab -\nab.c: x\n[1:2] Ab C: 1-2 ok\n3/4/26, 1:02 PM - Ab: 5/2 works\n@ab @ab.c @\nRN: Ab (1-2), Cd (3-4), Ef (5, 6, 7) Charge: Ab Resource: Cd\nnext INR is 8/1 ready 3/5 appt is 2-1 between the 3rd and the 9th and the \npt 91, pt is 98) he's 95 not 94 not 93 ", n),
  // Round 120: dwellings and day programmes before their kind, towns after a subdivision, plurals after a dwelling
  // verb, lower-case "the <word> at", practices before a town, services after a reviewed label, run together.
  'dwelling kinds and day programmes (Ab Cd subdivision in Ab, Ab Cd Day Services, at Ab MHP, moved to the Abs)': (n) => fill('Ab Cd subdivision in Ab Cd Ab Cd subdivision, Ab Ab Cd Day Services Ab Adult Day Program Ab adult day at Ab Cd MHP Ab memory care moved to the Abcds moved into the Villas at Ab at Ab Physical Therapy Ab - Ab residence: Ab Estates reviewed: Aide services Senior Day ', n),
  // Lead's probe (eleventh session): wallet addresses of each form, cut short, too long and run together, and small
  // counts before a name and a numbered street suffix followed by plural nouns.
  'wallet addresses and counted street-like things (bc1q..., 0x..., 1Ab..., 2 Ab Crest cds, 9 Ab Gulch)': (n) => fill('bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh bc1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq 0x71C7656EC7ab88b098defB751B7401B5f6d8976F0x71C7656E 1BoatSLRHtKNngkdXEeobR76b53LETtpyT3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy 1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a 2 Ab Crest cds 9 Ab Gulch 3 Ab Cd Ranch efs ', n),
  // Round 128: schedule rows with a slot, an age-sex cell and staff cells, board bullets with bracketed beds, census date
  // columns under a header, wristband ages and pick-list initials, run together and on lines.
  // Round 137: systems before campuses, saints' campuses, benefit routing labels and capitalised bare streets after a store, run together.
  'system campuses, saints\' campuses, PCN labels and stores on bare streets (Mercy North Ab Cd, St. Ab\'s East, PCN AB Group, the CVS on Ab Cd by)': (n) => fill("Sending: Banner Ab ED Mercy North Ab Cd Ef x DaVita Ab. St. Ab's East x St. Ab's North Ab PCN AB Group BIN 1 PCN AB Ab Group the CVS on Ab Cd by Walgreens on Ab Ab Ab. treated at Canyon Ab for discharged to Ab Gardens x ", n),
  'schedule rows, census columns and bracketed beds (OR 1  0730  AB, 64M  Ab  Cd/Ef (anes), - Ab (12): x, ADM  11/27, 95Y F, picked by AB / x)': (n) => fill('OR 1  0730  AB, 64M  Ab Cd  Ef/Gh (anes)\nLab A  0800  Ab, Cd 98M  Ab  Cd  Ef\n- Ab (12): x\n- Ab-Cd (9) x\n24 Ab: x\nRM  NAME  AGE  ADM\n1  AB, CD  67  11/27\n2  AB  11/29/26\n95Y F 95Y  F 0730  Ab, 1M  1M  1M\npicked by AB / x booked by CD x1234\n', n),
  // Round 136: tenement flat positions before numbered streets, Dublin districts before Eircodes and after neighbourhoods,
  // ages after "At", licences with a state between label and number, greeted roles and number labels, caps lines above streets.
  'letter parts (0/2, 1 Ab Ab Street, 3F1, Dublin 1, D16 X7E2, Ab Cd, Dublin 4, At 93, he, License No. TX A1, Dear Parent/Ab, Juror Number:, AB CD\\n1 Ab)': (n) => fill('0/2, 1 Ab Ab Ab Ab Street 3F1, 12 Ab 1/1, 1/1, 1/1, PF, GF1, Flat 2/1, 40 Ab Road\nAb Cd, Dublin 16, D16 X7E2 Dublin 4 Dublin 6W D6W Ab, Dublin 1\nAt 93, he even at 95, Ab still at 91, At 9 At 99, License No. TX R7741 license tx 1 Dear Parent/Guardian, Dear Parent or Ab Juror Number: 1 Ab No. 2 AB CD EF\n1 Ab St\nAB CD\n12 Ab\nwww.ab.org.uk ab.co.uk/x ab.com.au.ab ', n),
  // Round 138: quoted ages, "I am", "not bad for", ages in words before a month, lower-case months after held doses,
  // a weekday and "the", an ordinal after a month said earlier, run together and on lines.
  "quoted ages, doses held on lower-case days and ordinals after a month (\"I'm 92\", I am 93., not bad for 91, Ninety-eight in may, held dec 3, thursday the 9th, in june the 2nd)": (n) => fill('"I\'m 92" “I\'m 91” I am 93. i am 94 i was ninety pt is now 95. not bad for 91, sharp for a 96 good for 90 days\nA: Ninety-eight. Ninety-eight in may. A hundred and one next month be 94 in june turns ninety in jan\nheld dec 3 per md resumed x sept 29 at 12.5 refused ab 10/14 and 10/15, thursday the 9th Sunday, the the 15th in november ab ab the the 18th. the 2nd and the 3rd of last month meeting summary 11/20\n', n),
  // Round 139: treatment programs by one word and their head after cues, devotional names and care homes in lower case,
  // offices by their town, "lic" with a state, stores on ordinals, a date before "approx" and a clock, run together.
  "treatment programs, devotional names, care homes and offices (for Ab Detox, then Ab Recovery, to holy cross er, at sunny acres, our Ab Cd office, lic # CA RN 1, CVS on 5th not, 11/16 approx 2300)": (n) => fill('for Pinnacle Detox then Abcd Recovery Called Abcd Behavioral x Ab Wellness Ab Early Recovery group to holy cross er at holy holy cross from good sam via st ab er to sunny acres at golden golden meadows back to Sunny Acres x Rosewood stay at Ab Ab our Ab Cd office the Ab site lic # CA RN 445521 lic CA A 1 the CVS on 5th not the Kroger on Ab parking last drink 11/16 approx 2300 accepted 11/19 came home 11/14 from discharge from ab ab 9/30 10/28 after Discussed Ab vs Cd for SI. Geri clinic ', n),
  // Round 135: header pairs, list items with a relation, possessives, consents and subjects before an age, run together
  // and on lines (each pair reads only its neighbours).
  "header pairs, relation items and subject pairs (Note for Ab Cd, RE: Ab Cd, I, Ab Cd, consent; Ab Cd, son; Ab Cd's mother; Ab Cd is a 4 year old)": (n) => fill("Note for Zebulon Abcd\nRE: Zebulon Abcd\nNOTE FOR ZEBULON ABCD\nI, Zebulon Abcd, consent I, Zebulon Abcd, hereby I, I, I, Zebulon Abcd, son; Zebulon Abcd, chaplain; Zebulon Abcd's mother Zebulon Abcd's Zebulon Abcd is a 4 year old Zebulon Abcd called Zebulon Abcd was seen cc: Zebulon Abcd To: Zebulon Abcd Ef Pt Jackson Abcd in Jackson Abcd Ave ", n),
  // Round 140: ages reached on a birthday or "come" a month, days asked about or closing at a reason, dated list headings,
  // dose times before the object, "call me", a text's thanks, an owned relation's name and "Hope to", run together and on lines.
  "birthdays, asked days and typed names (Be 94 in June, 96 come Feb, was it 11/30?, Task list 12/2:, refused am ab 12/1, call me ab, thx, Ab, pt's son ab,)": (n) => fill("Be 94 in June be 9 in be be 96 come february ninety-one come january turn 90 on the 15th turn turn\nwas it 11/30? was it was it sent 11/29? is it on 12/9? since 11/26 because 12/4 because\nTask list 12/2:\nto do 11/30:\nrefused am ab 12/1, held pm pm pm ab 11/30. move the visit to 12/4 push my appt to 12/9?\ncall me bill, call me call me this is bill, call me bill thx, Kat\nthx, thx, pt's son keandre, my son ab, dtr Joy dtr Hope to see you Hope to\n", n),
  // Round 141: care coordination's rows and placements: numbered handoff rows, a thanks signed by a capital, care homes before
  // their desk or closing a list, "Alternate was", a program after a label's colon, a town in brackets after a program,
  // reviews, hearings and starts dated, a day told as likely, a count after a day and a correction, run together and on lines.
  "handoff rows and placements (1. Ab - son, thx - J, Rosewood admissions, Ab and Sunny Acres., Alternate was Ab Cd, Prior tx: Ab Detox (Bend), review 12/2:, told may be 12/5, 12/2 x2, no, the 29th)": (n) => fill("1. Abcd - son at bedside\n2. Ab-Cd - x\n3) Abcd - 12. 1. 2. Ab - - -\nthx - J\nthx - thx - thanks -J\nRosewood admissions Brookdale reviewing Sunny Acres declined Golden Golden Acres Ab and Sunny Acres. Ab and Rosewood and Oakcrest.\nAlternate was Cedar Ridge. alternate: Ab Ab alternate was was Ab\nPrior tx: Abcd Detox (Bend) Hx: Tx: Juniper Detox Recovery (Ab) (Bend (Bend\nConcurrent review 12/2: hearing 12/10. dc 12/3. start 12/2 x2/wk told may be 12/5 said it will be 12/3. fell 12/2 x2 x2 x2 no, the 29th i think actually the 3rd no, the no, \n", n),
  // Round 143: death, donation and court papers: numbered form fields, a role after a name's comma, a column gap before a
  // code, acronyms after a state, case citations, "In re" initials, agency case numbers, Washington court numbers,
  // courts of a state and county, bodies released to a name, fire departments and districts, licensed titles, run together.
  "death and court papers (13. Ab: Cd, Notary: Ab Cd, Notary, Ab Cd   Ref AB1, Ab POLST, Ab, 1 Ab.2d 1, In re the Ab of A.B., case AB 26-1, No. 26-6-01182-8 SEA, Superior Court of Ab for Cd County, Body released to Ab of the Cd, Ab FD Medic, Licensed Psychologist AB 1)": (n) => fill("12. Informant: Abcd Efgh, niece\n13. Certifier: Abcd, MD\n14. Ab: 15. Ab: Ab\nNotary: Abcd Efgh, Notary Public, Notary, Notary: Donor: Abcd Efgh   Ref TD26-5510 Abcd   File 1 Oregon POLST Ab MOLST 25 min downtime 3 mo mo\nIn re LaBelle, 107 Wn.2d 196 Smith v. Jones, 362 U.S. 402 Ab, 1 F. Supp. 3d 1 Ab, 1 Ab. Ab. Ab.\nIn re the Detention of J.R.T. In re the Ab of In re In re A.B. No. 26-6-01182-8 No. 26-6-0118 Cause No. 26-1-04418-7 SEA AND\nincident TPD 26-118457 case HCSO 26-041877 report AB 1-1 case AB case\nSuperior Court of Washington for King County Superior Court of California, County of Alameda Superior Court of Ab Ab for Court of\nBody released to Chapel of the Chimes, Ab. remains released to the Ab Ab Ab Ab Ab Ab Ab released to released to Ab\nTacoma FD Medic 12 Ab FD FD Clackamas Fire District 1 Ab District No. 3 District 1/2 Donor hospital: Ab Cd, Ab Hospital: Yes\nLicensed Psychologist PY 60211845 Licensed Psychologist Licensed skeletal survey 11/29 last HD 12/1 survey 2/4\n", n),
  // Round 142: obstetric, newborn and genetics notes: pedigree positions between a relation and a name, multiples' letters,
  // couples in brackets after parents, "parents of", a staff role after a pair, a dashed lower-case signature, "née Ó",
  // FOB before a predicate, note-kind headings and exam days before a finding, readings changed "from", Dc home, run together.
  "pedigree positions, multiples and newborn notes (uncle II-5 Ab, Twin B Ab, twin a (ab), parents (Ab and Cd), parents of Ab Cd, Ab Cd, genetic counsellor, -- k. ab, rn, née Ó Ab, FOB Ab present, NICU progress, 12/2, exam 11/28 stage, 9.8 from 11.4, Dc home)": (n) => fill("Sibling III-1 Leyla, uncle II-5 Kamran has II- III-1- I-2-3 aunt IV-12 Ab\nTwin B Okonkwo twin a (zara) twin b halvorsen twin b ng twin twin a b c Baby B Ab\nparents (Paloma and Curtis) parents (Ab, Cd) parents (Ab & parents ((Ab and\nTo the parents of Wrenley Ashdown parents of parents of Ab\nHind Saleh, genetic counsellor, Ab Cd, charge nurse. Ab, Cd, nurse, \n-- k. delacroix, rn\n- - k. ab, rn née Ó Súilleabháin née Ó Ó Ó Ab FOB Sipho present FOB FOB Ab at bedside MOB Ab\nNICU progress, 12/2\nPICU daily progress note - 11/30\nROP exam 11/28 stage 1 zone II screen 11/24 showed exam exam 4/5 shows\nHgb 9.8 from 11.4 from 9.8 to 11.4 Dc home DC'd home Well Child Check older sibs Ab (7) and Cd (5) Tiny Footprints Child Care\n", n),
  // Round 144: EHR report parts: scales before values, graded MR, tables after an article, W/WO, readings after "from",
  // catalogue labels, procedure suites, a typist's pair after a stamp and unlabelled header rows, run together and on lines.
  "EHR report parts (PT, MoCA 24/30, Mild MR. Ab, the Ab table, W/WO, 9.3 from 11.6, catalog # 1234567, REF A1234, LOT, Procedure Suite 2, 15:40 by kt, Ab, Cd   1234567   11/04/2026)": (n) => fill("PT, MoCA 24/30 RN, Braden 17 Bosniak 2F Bosniak IIF Glasgow 15 Glasgow Glasgow 1\nMild MR. Aortic mild MR. Mild MR, Mild the Hana table a Ab frame the the Ab\nMRI BRAIN W/WO\nw/wo w/ w/o W/WO W/WO Hgb 9.3 from 11.6 from from 12.4 down from 11.6\ncatalog # 8888145023, cat # catalog catalog 1234567 REF L20412, LOT 8813442 REF REF L1, LOT\nProcedure Suite 2 Endoscopy Suite Suite 3\nTranscribed: 11/19/2026 15:40 by kt\n11/19/2026 15:40 by 15:40 by kt by\nAbcd, Efgh   4400921   11/04/2026\nAb, Cd   1234567   1234567   11/04/2026\n", n),
  // Round 147: papers from outside the hospital: forms' editions and expiries after their numbers, OMB labels, sections of
  // administrative codes, dotted codes of regulations, insurers after a town, payers' fields, decision rules, desks and
  // departments after a credential, civil surgeon codes, RQIDs and application numbers, run together and on lines.
  "outside papers (Form AB-1 (Rev. 03/2025), (AB 1A, rev 07/2024), Form I-1   Edition 01/20/25, OMB Control Number: 1-1, 22 VAC 1-1-1, 8 C.C.R. 1.1, Ab Health Plans, Carrier: Ab., per Ottawa., To: Driver Safety, RN, Occ Health, Civil surgeon code: AB-1, RQID: A1, Policy app #: A-1)": (n) => fill("Form UM-201 (Rev. 03/2025) Form Form 1 (Rev. (MCH 213G, rev 07/2024) (AB 1A, rev (rev rev 03/2025\nUSCIS Form I-693   Edition 01/20/25   OMB No. 1615-0033 Form CMS-10146 (Exp. 08/31/2027) form 12 12 12 (exp. exp\nOMB Control Number: 1235-0003 OMB Approval 0938-0976 OMB OMB Control 22 VAC 40-185-570 12 NYCRR 325-1.25 WAC 296-20-01002 1 VAC 1 VAC\nPer MTUS 8 C.C.R. 9792.24.2, 9-10 N.J.A.C. 8:57-4.10 C.C.R. C.C.R. RxPCN 03200000 RxPCN RxPCN\nCrestline Health Plans Northfield Blue Plan Sentinel National Life Ab Mutual Ab Life & Annuity Palmetto GBA Ab Ab Ab Health\nClaims administrator: Sedgwick, Carrier: Hartford. Carrier: Carrier: Ab\nX-ray neg per Ottawa. Ottawa ankle rules per per Ottawa Ottawa rule\nReturn to: Driver Safety To: Member Appeals cc: Employee Benefits J. Tran, RN, Occ Health RN, RN, Occ Occ Health\nCivil surgeon code: CS-HOU-0418 RQID: N26A0047718 Policy app #: SNL-A-7781204 Civil Civil surgeon policy app policy\nTri-County Transit Authority Northside Counseling Collective Ab Ambulance Authority Authority Collective\n", n),
  // Round 145: death, donation and court papers again: event nouns before a bare day, holiday closings, an unclosed
  // phone bracket, donor codes, "DL" before a code, a header name's age, tutu, a twin's bracketed lower-case name, BG/BB,
  // a dash's initials before a credential, a county's offices and its examiner's letterhead, OR equipment and a
  // bradycardia, deputies' offices, treatment courts, tattoos, run together and on lines.
  "death, donation and nursery papers again (Relapse 11/22., closed on Thanksgiving, phone (614-555-0183, Donor AJHT441, DL WDL1, Ab, Cd, 96, tutu Ab, twin a (ab), BG Ab, -ab rn, Ab County Public Guardian, AB COUNTY / OFFICE OF THE, the Allen stirrups, Brady x3, Deputy Clerk, Recovery Court, Tattoo \"Ab\")": (n) => fill("Relapse 11/22. Seizure 3/14. Overdose 9/2, arrest 11/29, attempt 12/1 by relapse 2/3 apnea 2/24 h relapse relapse 1/\nOffice closed on Thanksgiving closed closed closed on the day after Christmas reopens after New Year's Day closing\nby phone (614-555-0183). phone (614-555-0183 ((((614) 555-0183 (72) 754-186 (0490) 75 40 81 ((((\nDonor AJHT441 DONOR # BKQ2290 Donor A2 donor donor AB1 DL WDL8K2Q71M3P DL: S5304417821 mg/dL H2O DL DL AB1\nDecedent: Whitcombe, Harold, 96\nPt: Kowalski, Stanislaw, 90\nClient: Ab Cd, 96   Worker: Ab, Cd, Ef, 96 Ab, Ab, Ab, 91\ntutu Leilani tutu leilani Tutu Makana tutu tutu\nBG Okonkwo (twin a (zara)): twin b (amaru) twin a (stable) twin a (( BB Farraday BG 110 BB Metoprolol BG BG BB\n-ab rn\nno events -jw rn\n-dj emt-p -ab rn to - - -ab -ab -ab rn\nSan Joaquin County Public Guardian Ab County Public Administrator's office Ab County Public Conservator Ab Ab Ab County Public\nPIMA COUNTY OFFICE OF THE MEDICAL EXAMINER\nMONTGOMERY COUNTY\nOFFICE OF THE MEDICAL EXAMINER\nOFFICE OF THE OFFICE OF THE County\nthe Allen stirrups a Wilson frame the the Allen Brady to 68 Brady x3 Brady 11/30. Brady Brady\nDeputy Clerk Deputy Sheriff Deputy Deputy Ab PA File: PA Case: Recovery Court Drug Court Ab Court Tattoo \"Lupita\" Tattoo: Rose tattoo tattoo\n77 Brookmoor Ct, Kettering\n9 Elm Dr, Ohio\n", n),
  // Round 146: many styles' shapes: timed "By:" lines, bracketed grossing initials, a unit before RN, "out by" a town,
  // grid addresses, "prior" days, dashed town offices, services of a county, a facility "in" an unlisted town, a
  // heading's gap before a name, a store on a street saying, a function word after a given name, run together and on lines.
  "many styles' shapes (0830 By: jk, submitted. [KLM], ED RN Ab, out by Ab, 1350 E 300 S, prior 10/14, Ab - Cd office, Ab Services of Cd County, Ab Clinic in Cd., AB CD  Ab Clinic, the Walmart on Ab says, Roger On call)": (n) => fill("0830 By: jk  Pt resting\n1 By: By: By: ab\n0015 By: RN  x\nsubmitted in A1. [KLM]\nsectioned. [ABCD] [AB] [[[ABC]]]\ncalled to ED RN Devon by ED RN ICU RN ab out by Thorp over by out by by by Ab 1350 E 300 S 450 North 1300 West 1200 N. 400 E. 45 N 122 W 1 1 1 N N 1 E prior 10/14. prior prior 7/10 prior 2/3 Summit Orthopedics - Bend office Ab - Cd - Ef office - - office Behavioral Health Services of Marion County Services of Ab Ab Ab Ab County Mercy Clinic in Zorbtown. Ab Clinic in Ab in Ab in\nWOUND CARE NOTE  Swedish Cherry Hill Wound Clinic  AB  AB  Ab Clinic\nthe Walmart on Maloney says the Walmart on on on says Roger On call Ab In the Ab On on\n", n),
  // Round 148: leftovers of rounds 145-147: event short forms and a head ultrasound before a day, "also" and "before"
  // ending it, "Roger that", a county's public fiduciary and EMS, a triplet's bracketed name, a town before a unit after
  // a facility's comma, blood banks, run together and on lines.
  "leftovers of rounds 145-147 (ICH 11/28;, GI bleed 9/14, Head US 11/29 grade, Fall 11/30 also, review 12/8 before, Roger that., Ab County Public Fiduciary, Ab County EMS, triplet b (rowan), Ab Center, Tacoma ICU, Ab Blood Bank)": (n) => fill("Hx: ICH 11/28; SAH TIA PE DVT GI bleed 9/14 gi gi gi bleed bleed 2/3 Head US 11/29 grade head us us us Fall 11/30 also also also review 12/8 before before before Roger that. Roger that that Roger Maricopa County Public Fiduciary County County Public Public Brown County EMS EMS EMS (triplet b (rowan)) triplet b (hazel) (((triplet b ((( St. Joseph Medical Center, Tacoma ICU, Ab Center, Ab, Ab ICU ICU Overlake Blood Bank Blood Blood Bank Bank\n", n),
  // Round 149: thirty more styles: role labels before initials ("Tape initials:", "Scheduler:", "Nurse:", "kept by",
  // a witness before a bracket), a pipe row's day, retrieval and "week of" days, a lot's expiry, the left atrium, saline
  // as what it is, grasses named after people, run together and on lines.
  "thirty more styles (Tape initials: AB, Scheduler: ab, Nurse: ab, kept by abc, witness ABC (Ab), #A-1 | 11/24 |, Retrieval 11/30:, week of 11/23, lot A1 exp 04/2027, LA vol, Saline control, Timothy grass)": (n) => fill("Tape initials: RP initials initials: Scheduler: pkl scheduler: : Nurse: jt Nurse: Nurse nurse: kept by mtc kept kept by by logged by photographed by witness RMD (Matcher witness (((( #G-4419 | 11/24 | x | | | 11/4 | | |Ab | 7/22 | Retrieval 11/30: retrieval retrieval week of 11/23 week of of week lot 3KX219 exp 04/2027 lot lot lot exp exp exp LA vol LA LA size Saline control saline saline Timothy grass Timothy Timothy hay Native Air Sea Mar\n", n),
  // Round 150: prompts around pasted chart text: printout and transcription logins, lower-case initials after "pt" and
  // their bracketed name, bracketed initials after a name, table cells of an initial and a surname, a registry checked on
  // a day, a bracketed address's town, a letterhead's system and campus, stores, relations before names, placeholders and
  // assistants, a plan's restart and a GI scope, run together and on lines.
  "prompts around pasted chart text (Printed by: AB1, Transcribed: ab1, pt ab (a. bc) 58f, Ab C. De (ACD), 90   S. Ab   x, PDMP checked 12/2, (1 Ab Rd, Cd), AB HEALTH - CD CAMPUS, fall at Menards, Son Ab, Use John Doe, Claude, restart ab 12/4, GI scope 12/7)": (n) => fill("Printed by: KMARSH2 11/27/2026 Printed by: Printed by: AB Transcribed: mt04 Transcribed by: transcribed transcribed ab1 ab1\npt jk (j. kowalczyk) 58f pt jk ( pt jk (j. pt ab (a. ab ab ab pt pt pt ab 58f pt ab 58 pt ab (\nWilliam R. Hatcher (WRH) Mrs. Ab Cd (AC) (AB) (ABC) (ABCD) ((((WRH Ab Cd (\nFill   Drug   Qty   Prescriber\n10/14/26    oxycodone 5 mg   20   5     J. Mbeki (ortho)      Walgreens   90    S. Delacroix   Express Scripts (mail)   S. S. S. S.    J.    (ortho) (ortho)\nPDMP checked 12/2. checked checked queried 11/30 checked 2/3\nEMS from home (88 Quarry Rd, Riverbend) (88 Quarry Rd, ( ( ( 1 Ab Rd, Cd) Rd, Cd)\nMERIDIAN HEALTH - RIVERBEND CAMPUS Ab Health System - Cd Campus HEALTH - - - CAMPUS Campus Campus\nfall at Menards on 10/12 at Home Depot from Express Scripts home express menards\nSon Craig Wife Ines Signed Tomasz Wieczorek, MD Son Nguyen Son Son Son\nUse John Doe in any example. Example: \"Jane Doe, 45M\" John Doe Doe Doe Claude, help me. GPT-4 was long. Claude 3.5 Sonnet Claude Claude\nrestart warfarin 12/4, resume ab 1/2 tab GI scope 12/7, scope scope restart restart\n", n),
  // Round 151: leftovers of rounds 143-148: read-back and slash-paired initials, a poison specialist's label, a login's
  // digits, a bare "Last 4:", numbered valley roads, stage rows, ledger payees, a letterhead, treatment programs,
  // paratransit, a care chain's site, a regional campus, dental payers and reference labs, run together and on lines.
  "leftovers of rounds 143-148 (read back by ab., by: ab / cd, SPI: ABC, ab2, Last 4: 1234, 19800 Avenue 264, Stage 1  11/10, Paid to Ab Cd  $1, AB CD INC\\n1 Ab, treatment at Ab, Ab LIFT, Ab Care Cd, Ab Health Care Tri-Valley, Ab Dental Benefits, NMS Labs)": (n) => fill("read back by ak. read read back back by by by ak ak. repeated back by tm\nVerified by: jlh / rtc\nPacked by: ab / cd / ef / gh\n/ / / by: ab / / ab\nSPI: KTD\nCSPI: rmb\nSPI: SPI: SPI:\nVerified by: mkoval2 JSMITH4 ab1 ab12 ab123 ab1234 ab1.2\nLast 4: 6612 Last 4: Last 4: 1/2 LAST 4: 1234 Last four: 12345\nHome: 19800 Avenue 264, Visalia 31442 Road 140 Avenue Avenue 1 1 1 Road 1 Road\nStage 1  11/10  x\nStage  Date\n1  11/10\n2  11/11\nstage stage 1 1 1  11/10 step 2  3/4\n11/02  Paid to Concord Orthopaedics  $45.00\nPaid to Ab Ab Ab Ab Ab Ab Ab Ab  1 Paid to to to  $ Payment to Ab\t$1\ntreatment at Maryhaven. rehab at Ab at Ab at detox at Brightwater x5 iop at Ab php\nCherriots LIFT TriMet LIFT Ab Paratransit LIFT LIFT Hoyer LIFT\nZoom Care Hawthorne Ab Care Ab Care Care Salem\nStanford Health Care Tri-Valley Ab Health Care Mid-Level Tri-Tri-Valley\nLakeshore Dental Benefits Dental Dental Benefits per Noridian LCD NMS Labs ARUP Laboratories Labs Labs\n", n),
  // Round 152: initials under a table's Init/Operator/Tech column (pipes and blanks, the head far above and near),
  // "Admit:", new weak facility heads, an ampersand's tail, "tech" before an initial, care teams after review cues.
  "thirty-one styles of round 152 (| Operator, ab | ab | abc, Init column of blanks, Admit: 11/21, Ab Physical Therapy, Ab Psychiatry & TMS, (tech A. Bc), Reviewed by Heart Ab Team, Sonora Quest, Ab Ear Nose & Throat)": (n) => fill("Tx #  | Date    | PHQ-9 | Operator\n1     | 10/27   | 22    | KMW\n| | | | | | | | ab | ab | abc | abc\nab | ab | ab | ab | ab\nTime   Circ   Init\n0800   ok     jt\n       ab     ab     ab     ab     ab\nab  ab  ab  ab  ab  ab  ab\nGiven by | by | by by by | Init Init Init | Tech | tech tech\nAdmit: 11/21, admit admit: 1/2 Admit 11/3 for\nSummit Physical Therapy Ab Psychiatry & TMS & & & Ab Acupuncture & Herbs & Ab & Ab Clinic & AB, Foothills Pulmonary & Sleep.\n(tech D. Azikiwe) tech tech A. A. A. Tech: R. Osei Cytotechnologist: Rune Ab\nReviewed by Heart Failure Team Reviewed by Ab Ab Ab Ab Team Seen by Heart Heart Heart service\nSonora Quest Advocate Christ Coastal Ear Nose & Throat Ear Nose Ear Nose & & Four Corners Prosthetics Orthotics\nIMG_0412  11/18 IMG_1 IMG_12 1/2 PXL_2026 | 11/18 | img img_ 12/1\nDr. Comfort shoes Dr. Comfort Dr. House reruns Dr. Dr. House. tv. Dr. House\nwith Hoyer LIFT with Hoyer with with Hoyer sling Main Campus North Campus Main Main Campus\n", n),
  // Round 153: papers from outside hospital medicine and from abroad: a date under a pipe table's Date column (rows and
  // headers of empty cells), Apgar triples, "Tech:" initials before a label with an apostrophe, received fields, claim
  // numbers in digit groups, the DVLA's driver number, a provider's LLC, a bare employer, British heads, Australian
  // street abbreviations, a consultant's grade and a prescriber, run together and on lines.
  "outside-hospital and non-US papers of round 153 (| Tx # | Date | over | 1 | 11/30 |, Apgars 8/9/10, Tech: AB   Lab rec'd: 11/25, Claim #: 1 22 333, Driver number: ABCDE123456AB1CD, Provider: Ab Cd LLC, employer Ab Airlines, Ab Orthopaedics, 1 Ab Pde, To: Consultant Ab)": (n) => fill("| Tx # | Date  | Start | Tech |\n|------|-------|-------|------|\n| 18   | 11/30 | 08:02 | LDP  |\n| | | | | | 11/30 | 11/30 | 3/4 |\n| Date | Date | Date | | 1/2 | 12/4 |\nApgars 8/9/10 Apgar Apgar scores were scores scores 8/9/9 apgar: 9/9/10 apgars apgars 1/2/3\nTech: RJ     Lab rec'd: 11/25 Tech: CT  Tech: Tech: AB  rec'd: rec'd: received: 2/3 Rcvd: 11/29 recd: recd:\nClaim #: 35 882 104 Claim #: 1 2 3 4 5 6 7 8 9 claim # 12 3 claim claim # 1 22 333 4444\nDriver number: FERRI701158D99XY driver number driver number: ABCDE driver no. 99999123456AB1CD Driver number 7\nProvider: Blue Heron Transit LLC Provider: Ab Ab Ab Ab Ab LLC Provider: Provider: LLC Provider: Home Health Services\nemployer SkyWest Airlines employer employer Ab Ab Ab Airlines employer Airlines employer Smith\nCedar Valley Orthopaedics Riverside Paediatrics Orthopaedics Paediatrics Ab Ab Orthopaedics\n41 Banksia Pde 7 Wattle Cres 1 Ab Cct 2 Ab Tce Pde Cres 1 1 1 Pde\nTo: Consultant Rheumatologist Consultant Consultant Ab Dear Locum Haematologist RN Prescriber Prescriber: Dr Ab Cd  Prescriber no. 1\n", n),
  // Round 154: leftovers of rounds 150-152: a refit's and a skin test's day, a sign-off day after an initial and a
  // surname, dotted initials and a state's code under an initials column, a street's compass initial, examiner and VFC
  // numbers, staff initials before a bracketed unit, pinyin formulas and points, "Max HR", IRB numbers, Sleep & Lung and
  // Gift of Life heads, LAC+USC, AMR, makers before products, run together and on lines.
  "leftovers of rounds 150-152 (Mask refit 10/3., A. Bc, 12/1., K.T.M. under Screened by, IN under Init, on W. Broadway, ME #26-1, VFC PIN: 1, jpm (MICU), Xiao Yao San, Max HR, IRB #2024-1, Ab Sleep & Lung, Ab Gift of Life, LAC+USC, via AMR, Oxivir Tb)": (n) => fill("Mask refit 10/3. refit refit fit check 9/22; PPD read 11/6. read read flu clinic 10/14. clinic clinic refit 2/3 staff\nC. Underhill, 12/1.\nR. Oyelaran-Diaz, 11/30\nA. A. A. Ab, Ab, Ab, 12/1 A.Ab, 1/2. Grade B. Pain, 7/10\nScreened by  | Date\nK.T.M.      | 10/2\nR.J.        | 10/3\n| Date | Init |\n| 10/2 | IN |\nA.B.C.D.E.F.G. | A. | A.A.A.A.A.A.A.A. | U.S. |\nInit  Wound\nIN    sacrum\nGA    heel\non W. Broadway off N. Broadway N. N. N. N. Broadway at S. Pasadena, CA E. E. E. Boston\nME #26-1877 ME Case # 26-01473 OCME no. 2026-00412 Coroner's case 26-0315 VFC PIN: 048213 me # me me # ME ME ME #\ncalled jpm (MICU) kt (4W) ab (4 West) abd (ICU) ((((MICU) ab (ab (ab (ICU\nAcupuncture: Xiao Yao San, Gui Pi Tang, Du Huo Ji Sheng Tang Yin Tang Bai Hui Ab Ab Ab Ab Ab Ab Ab Ab Ab Ab Tang Pt Mei Ling Tang\nMax HR 171 Max dose Max Max Max HR: IRB #2024-0117 IRB protocol no. 2025-10482 IRB IRB IRB # # 1234567\nLakes Region Sleep & Lung Sleep & Sleep & Lung & Lung Sierra Gift of Life Gift of Gift of Life of Life LAC+USC Medical Center LAC+USC+USC+ + +\nvia AMR by AMR AMR Unit 14 AMR crew AMR AMR AMR team Oxivir Tb Clorox Healthcare GE Healthcare Hologic Selenia Siemens Symbia Intevo\nper Penn State 2003b Penn Penn State State Penn State Health | Patient | MRN |\n| Ab, Cd | 1 |\n| | | |\n", n),
};
