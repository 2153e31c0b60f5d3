// Identifier shapes whose values the fixture rules cannot hold: an extension on its own is no whole number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const found = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

test('an extension on its own is a phone number', () => {
  assert.deepEqual(found('Claims line: ask for the adjuster, ext. 4471; school nurse, ext 2290.'), ['PHONE:4471', 'PHONE:2290']);
  assert.deepEqual(found('Reach the charge nurse at extension 31877'), ['PHONE:31877']);
});

test('joint extension and short numbers after "ext" are not phones', () => {
  assert.deepEqual(found('Knee ext 0 to flex 125; hip ext 4/5; wrist ext 60 degrees.'), []);
});

test('a short code after a cue takes the blank-separated digit groups after it, not a count', () => {
  assert.deepEqual(found('Member ID: W774 310 552'), ['HEALTHPLAN:W774 310 552']);
  assert.deepEqual(found('Claim no. 2026 4471 0093'), ['ACCOUNT:2026 4471 0093']);
  assert.deepEqual(found('MRN 4410 12 days ago'), ['MRN:4410']);
});

test('a pager number or a dashed internal extension on its own is a phone number', () => {
  assert.deepEqual(found('If Hgb under 7 page ortho, pager 5-0147, or call ext. 4-7731.'), ['PHONE:5-0147', 'PHONE:4-7731']);
  assert.deepEqual(found('Covering resident: beeper 41187.'), ['PHONE:41187']);
  assert.deepEqual(found('Pager returned at shift end; 4-7 days of therapy; pager 1,000 pages.'), []);
});

test('Nigerian and Indian mobile numbers are phones without a cue; round counts are not', () => {
  // No fictional range exists for these plans, so the values live here rather than in the fixtures.
  assert.deepEqual(found('Next of kin: husband - 0803 555 0142; brother +234 809 555 0117.'), ['PHONE:0803 555 0142', 'PHONE:+234 809 555 0117']);
  assert.deepEqual(found('Contact: the attender (wife), 98450 55501.'), ['PHONE:98450 55501']);
  assert.deepEqual(found('Platelets 60000 70000; lot 12345 67890; 5 0803 tablets.'), []);
});

test('visit and short links on other top-level domains are URLs with a path, not without one', () => {
  // Fixture URLs must use reserved domains, which these top-level domains are not.
  assert.deepEqual(found('Room link doxy.me/drarsenault; handout bit.ly/3xYzQ9.'), ['URL:doxy.me/drarsenault', 'URL:bit.ly/3xYzQ9']);
  assert.deepEqual(found('Visit doxy.me today; notes in pt.me; 2 mg.kg/day.'), []);
});

// Round 47: fixtures may only hold reserved hosts, so the public-page guard's other side is tested here.
test("a federal health agency's public page is no one's; a town's site or a page with a record number stays", () => {
  assert.deepEqual(found('Handout: https://www.cdc.gov/diabetes/managing/index.html'), []);
  assert.deepEqual(found('Records: https://www.cdc.gov/records/patient/88213370'), ['URL:https://www.cdc.gov/records/patient/88213370']);
  assert.deepEqual(found('Portal: https://www.cdc.gov/portal?pid=4471'), ['URL:https://www.cdc.gov/portal?pid=4471']);
  assert.deepEqual(found('See https://www.marlowetownship.gov for hours'), ['URL:https://www.marlowetownship.gov']);
});

// Round 136: the UK's national sites are public as whole hosts; a practice's site under the same domain names it.
test("the NHS's and NICE's public sites are no one's; a practice's site under nhs.uk stays", () => {
  assert.deepEqual(found('Find a practice at www.nhs.uk or https://www.nice.org.uk/guidance/ng100 today.'), []);
  assert.deepEqual(found('Web: www.harrowgatelanesurgery.nhs.uk'), ['URL:www.harrowgatelanesurgery.nhs.uk']);
  assert.deepEqual(found('Portal: portal.harrowgate.co.uk'), ['URL:portal.harrowgate.co.uk']);
});

/** Findings other than names (the name rules find the staff member beside the number). */
const notNames = (text: string): string[] => found(text).filter((f) => !f.startsWith('NAME:'));

test("a staff member's login in brackets after a listed name is an identifier; a word in brackets is not", () => {
  assert.deepEqual(notNames('RPh Anjali (amenon2): verified'), ['ID:amenon2']);
  assert.deepEqual(notNames('Resident Okoye (cokoye): changed'), ['ID:cokoye']);
  assert.deepEqual(notNames('Rosa (rosary) at bedside; Pharmacy (pyxis) restocked; Anjali (bkessler) here'), []);
});

test("an extension after a credential or a signature's dash and name is a phone; a magnification is not", () => {
  assert.deepEqual(notNames('report called, RN charge x3318'), ['PHONE:3318']);
  assert.deepEqual(notNames('ok to hold — dario x5186'), ['PHONE:5186']);
  assert.deepEqual(notNames('magnification x1000 oil; Zoom x1000 then'), []);
});

test("a gate's or lockbox's code and a home health agency's CCN are identifiers; a code status is none", () => {
  assert.deepEqual(found('gate code 7702; key in lockbox, code 3158; CMS Cert No. (CCN): 397104'), ['ID:7702', 'ID:3158', 'ID:397104']);
  assert.deepEqual(found('Door code blue drill; code status DNR; CCN 2 on the list; alarm code pending.'), []);
});

test('round 71: a prescription number of five or six digits after "Rx" alone is an ID; an amount before its unit is none', () => {
  assert.deepEqual(found('Rx 552019 ready; rx: 30417 on hold'), ['ID:552019', 'ID:30417']);
  assert.deepEqual(found('Rx 25000 units heparin; Rx 50000 IU weekly; Rx 2.5 mg'), []);
  // No prescription number: a day of a month (a day past the 12th is a date by its shape).
  assert.deepEqual(found('Rx 12/14'), ['DATE:12/14']);
});

test('round 72: a block is an ID when its code is an accession; a block letter, a range of blocks and a dose are not', () => {
  assert.deepEqual(found('block SP24-0581-C2 to the lab'), ['ID:SP24-0581-C2']);
  assert.deepEqual(found('blocks A1-A12 reviewed; block A7 sent; nerve block 100 mg; block 1st degree'), []);
});

test('round 68: a local number with its extension is one phone; a short repeat count after a range is none', () => {
  assert.deepEqual(found('office line 555-0144 x3307.'), ['PHONE:555-0144 x3307']);
  assert.deepEqual(found('Hb 123-4567 x2; K 3.1-3.4 x2 draws'), ['ID:123-4567']);
  assert.deepEqual(found('lot 555-0123 x100 strips'), ['ID:555-0123']);
});

test("round 68: a chat export's display handle before its stamp is a name when both parts are listed names", () => {
  assert.deepEqual(found('*noor.siddiqui* 7:14 PM: ok'), ['NAME:noor.siddiqui']);
  assert.deepEqual(found('notes.txt 7:14 PM saved\nfollow.up 9:30 clinic'), []);
});

test("a car's make and model before a plate-shaped code name the plate; a model's number or a trim does not", () => {
  assert.deepEqual(found('Blocking the bay: a white Kia Soul 8RTF114.'), ['VEHICLE:8RTF114']);
  assert.deepEqual(found('Driver of a Ford F-150 4x4 and a Toyota Camry LE, both restrained.'), []);
  assert.deepEqual(found('Aircraft: AW139, tail N52KW'), ['VEHICLE:N52KW']);
  assert.deepEqual(found('Tail end of the shift; mass in the tail of the pancreas.'), []);
});

test('round 78: a FedEx number after the carrier, an ePA key and a chain\'s short store number are IDs; times and words are none', () => {
  assert.deepEqual(found('Shipped FedEx 6621 4470 9183, signature required.'), ['ID:6621 4470 9183']);
  assert.deepEqual(found('PA on CoverMyMeds key QX7TRW2M today').filter((g) => g.startsWith('ID')), ['ID:QX7TRW2M']);
  assert.ok(found('Transferred to H-E-B #318 today.').includes('ID:#318'));
  assert.deepEqual(found('Doses at 0800 1200 1600 per the mail-order sheet; the key to CoverMyMeds is speed.'), []);
});

test('round 77: a login after "is" and a record number in a host-less API path are IDs; English words and short numbers are none', () => {
  assert.deepEqual(found('app username is tbrakstad; user ID is j.okafor.run; my account is pmarlowe_7'), ['ID:tbrakstad', 'ID:j.okafor.run', 'ID:pmarlowe_7']);
  assert.deepEqual(found('PUT /v1/patients/6630418/meds ok'), ['ID:6630418']);
  assert.deepEqual(found('the username is incorrect; login is required; my account is overdrawn; GET /api/patients/search; /v2/users/12/x'), []);
});

test("round 76: a legacy header row's numbers are ids and its site's initials a facility wherever the note writes them", () => {
  const row = '5512093 | WRH | 30418872 | | 770215 | 2/4/2079 12:00:00 AM | Discharge Summary | Signed | DIS | Admission Date: 2/4/2079\nSeen again at WRH clinic.';
  const got = found(row);
  for (const want of ['ID:5512093', 'FACILITY:WRH', 'ID:30418872', 'ID:770215']) assert.ok(got.includes(want), want);
  assert.equal(got.filter((g) => g === 'FACILITY:WRH').length, 2);
  // A lab table between pipes has no status and date fields together: its counts stay.
  assert.deepEqual(found('PLT | 250000 | 198000 | Final | normal\nWBC | 11200 | 9800 | Final'), []);
});

test("round 76: a signer's codes after the credential on a dictation's signer line; a resident's year is none", () => {
  assert.deepEqual(found('Attending: NORDGREN, ELSA, M.D. EN41  TQ772/30915').filter((g) => g.startsWith('ID')), ['ID:EN41', 'ID:TQ772/30915']);
  assert.deepEqual(found('Attending: night float, MD PGY3 covering'), []);
});

test("round 80: a transmitter's serial of mixed letters and digits and a card's group number before a full stop; a dose in capitals is none", () => {
  assert.deepEqual(found('Dexcom transmitter 7QK3M8 replaced.'), ['DEVICE:7QK3M8']);
  assert.ok(found('Card: BCBS, member ID WQT40918822, group 00733.').includes('HEALTHPLAN:00733'));
  assert.deepEqual(found('Metformin tablet 1000MG daily; group 12345.6 in the table.'), []);
});

test("round 82: a blood unit's check character before running text, a Medicare card's number, Ontario's version code", () => {
  assert.deepEqual(found('Unit W0621 26 550913 7 of RBCs and W0621 26 550914 B transfused.'), ['DEVICE:W0621 26 550913 7', 'DEVICE:W0621 26 550914 B']);
  assert.deepEqual(found('Unit W0621 26 550913 A neg on hold.'), ['DEVICE:W0621 26 550913']);
  assert.deepEqual(found('Medicare card 7730 11294 2 and Medicare (AU) no. 5518 60213 9.'), ['HEALTHPLAN:7730 11294 2', 'HEALTHPLAN:5518 60213 9']);
  assert.deepEqual(found('OHIP 5521-884-019-QT on file'), ['ID:5521-884-019-QT']);
  assert.deepEqual(found('Bring the Medicare card.'), []);
});

test('a policy section and a reference range are no member or record numbers; a plate in capitals is found', () => {
  assert.deepEqual(found('NURSING POLICY 7.3.1 - RESTRAINTS\nCORTISOL AM REFERENCE 5.0-23.0 UG/DL.'), []);
  assert.deepEqual(found('Policy no. 8830126 on file.'), ['HEALTHPLAN:8830126']);
  assert.deepEqual(found('RUN REPORT\nUNIT 3   PLATE NJ K44TRM').filter((f) => f.startsWith('VEHICLE')), ['VEHICLE:K44TRM']);
});

test("round 84: a label's catalogue symbol and a range of five-digit codes are no identifiers; a referral's number and a labelled range stay", () => {
  assert.deepEqual(found('Sterile, single use. REF 9921045, see label.'), []);
  assert.deepEqual(found('New patients: 99341-99345 by time.'), []);
  assert.deepEqual(found('PT REF 4471203 TO CARDIOLOGY'), ['ID:4471203']);
  assert.deepEqual(found('Member ID 44120-44187'), ['HEALTHPLAN:44120-44187']);
});

test("round 145: a phone's unclosed opening bracket stays out of it; an area code's bracket stays in; a donor's code and a DL's licence", () => {
  assert.deepEqual(found('Reached by phone (614-555-0183).'), ['PHONE:614-555-0183']);
  assert.deepEqual(found('Tel (02) 5550 1234 please.'), ['PHONE:(02) 5550 1234']);
  assert.deepEqual(found('Donor AJHT441 assigned.'), ['ID:AJHT441']);
  assert.deepEqual(found('Donor A2, B44, DR15; donor CMV+.'), []);
  assert.deepEqual(found('Registered (DL WDL8K2Q71M3P).'), ['LICENSE:WDL8K2Q71M3P']);
});
