// Facility names end where the name ends: not before it (a sentence's opening verb) nor inside prose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';
import { lexicon } from '../dictionaries/index.js';

const analyzer = createAnalyzer();
const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));

test("a sentence's opening verb is no part of the place named after it", () => {
  assert.deepEqual(spans('Called Cuyahoga Metropolitan Housing Authority about the unit.'), ['Cuyahoga Metropolitan Housing Authority']);
  assert.deepEqual(spans('Reviewed Lakeside Medical Center records.'), ['Lakeside Medical Center']);
  assert.deepEqual(spans('United Memorial Hospital sent the films.'), ['United Memorial Hospital'], 'a name that opens with a word ending in -ed keeps it');
  // A social history's present tense, and "St." after it, which is a saint's and no street's ("Attends St").
  assert.deepEqual(spans('Attends St. Stanislaus Basilica. Prefers St. Joseph Medical Center.'), ['St. Stanislaus Basilica', 'St. Joseph Medical Center']);
  assert.deepEqual(spans('Sees Holy Cross Hospital doctors.'), ['Holy Cross Hospital']);
});

test('a name ends at a full stop after its possessive', () => {
  assert.deepEqual(spans("Attends St. Luke's. Visits St. Luke's Hospital weekly."), ["St. Luke's", "St. Luke's Hospital"]);
  assert.deepEqual(spans("Went to St. Mary's Med. Ctr. today."), ["St. Mary's Med. Ctr."], "an abbreviation's full stop stays inside");
});

test('a name typed in capitals inside a lower-case sentence is whole; a heading of common words is none', () => {
  assert.deepEqual(spans('Lives at SHADY ACRES TRAILER PARK with wife.'), ['SHADY ACRES TRAILER PARK']);
  assert.deepEqual(spans('Follow up in DEVICE CLINIC next week.'), []);
});

test("a parish named for a saint and where the saint came from is one place", () => {
  assert.deepEqual(spans('Baptized at St. Bridget of Kildare as an infant.'), ['St. Bridget of Kildare']);
  assert.deepEqual(spans('Baptized at St. Bridget of Kildare convent.'), ['St. Bridget of Kildare convent'], 'a convent is a place word of its own (round 39)');
  assert.deepEqual(spans('Baptized at St. Bridget of Kildare parish.'), ['St. Bridget of Kildare parish'], 'a parish is a place word of its own');
});

test('a level of care before a care setting names no place; a named setting keeps it', () => {
  assert.deepEqual(spans('Plan: Acute Rehab, then Subacute Rehab or Skilled Nursing Facility.'), []);
  assert.deepEqual(spans('Outpatient PT at Pinecrest Outpatient Rehab.'), ['Pinecrest Outpatient Rehab']);
  assert.deepEqual(spans("Coeur d'Alene Skilled Nursing Facility\nDISCHARGE SUMMARY"), ["Coeur d'Alene Skilled Nursing Facility"], 'a name with a French elision keeps the setting after it');
});

test('every known facility is found by its listed name, capitalised, after a care preposition', () => {
  const titled = (phrase: string): string => phrase.replace(/(^|[\s\-])(\p{Ll})/gu, (_m, before: string, c: string) => before + c.toUpperCase());
  const missed = [...lexicon.KNOWN_FACILITIES].filter((name) => {
    const text = `Seen at ${titled(name)} today.`;
    const found = analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
    return !found.some((s) => s.toLowerCase().includes(name));
  });
  assert.deepEqual(missed, []);
});

test('round 59: a VA system by its region, a school by its level, a system by its campus or department', () => {
  assert.deepEqual(spans('Seen at VA Palo Alto on Friday.'), ['VA Palo Alto']);
  assert.deepEqual(spans('Referred to VA Benefits for the claim.'), [], 'a VA programme names no place');
  assert.deepEqual(spans('She attends Roosevelt Middle.'), ['Roosevelt Middle']);
  assert.deepEqual(spans('Fall risk at Baseline High today.'), [], 'common words before "High" name no school');
  assert.deepEqual(spans('Hospice at Amedisys Healthcare Tulsa, daughter at bedside.'), ['Amedisys Healthcare Tulsa']);
  assert.deepEqual(spans('Behavioral Health Urgent needs triage.'), []);
  assert.deepEqual(spans('Study at the Sleep Disorders Center of Greater Toledo showed AHI 22.'), ['Sleep Disorders Center of Greater Toledo']);
  assert.deepEqual(spans('Urgent Care of Greater Risk patients is a topic.'), []);
});

test('a store on a street that is an English word, with its town after, names the branch; a sale day does not', () => {
  assert.deepEqual(spans('send it to the Walgreens on Chestnut in Fairhaven please'), ['Walgreens on Chestnut in Fairhaven']);
  assert.deepEqual(spans('picked it up at Target on Black Friday in a hurry'), ['Target']);
});

test("a field labelled facility, agency or vendor holds the facility's name; a kind of care is none", () => {
  assert.deepEqual(spans('Facility: Larchmont Transitional Care, Unit B'), ['Larchmont Transitional Care']);
  assert.deepEqual(spans('Agency: Silver Birch Companions   Office line on file'), ['Silver Birch Companions']);
  assert.deepEqual(spans('Agency: Home Health. Facility: Skilled Nursing Facility. Supplier: Home Oxygen'), []);
});

test("round 71: a pharmacy's branch number after its name is the branch's; a count or an hour is not", () => {
  assert.deepEqual(spans('Filled at TALLOWAY PHARMACY #318 yesterday'), ['TALLOWAY PHARMACY #318']);
  assert.deepEqual(spans('Filled at Brisk Pharmacy store 7741, thanks'), ['Brisk Pharmacy store 7741']);
  assert.deepEqual(spans('Filled at Brisk Pharmacy 24 hours ago'), ['Brisk Pharmacy']);
});

test('round 78: a drug store before its street or in a cell, a long-term-care pharmacy and a chain\'s bracketed town are places', () => {
  assert.ok(spans('Permit change for Vantongeren Drug, 15 Quarry Road; new PIC.').includes('Vantongeren Drug'));
  assert.ok(spans('| 2 | Pettibone Drug | 30 tabs |').includes('Pettibone Drug'));
  assert.ok(spans('Cycle fill from Ravensmoor LTC Pharmacy arrives Tuesdays.').includes('Ravensmoor LTC Pharmacy'));
  assert.ok(spans('Fill history from Rite Aid #4410 (Gansevoort): three fills.').includes('Gansevoort'));
  assert.deepEqual(spans('Study Drug #2 given; | Generic Drug | Qty |; Met LTC Hospital staff.'), []);
});

test('round 73: a practice named by obstetrics, midwifery or OB/GYN is a place; the service alone is not', () => {
  assert.deepEqual(spans('Care moved from Tamarack OB/GYN Associates to Quenby Midwifery.'), ['Tamarack OB/GYN Associates', 'Quenby Midwifery']);
  assert.deepEqual(spans('Operative Obstetrics and Perinatal Obstetrics rotations; Maternal-Fetal Medicine to follow.'), []);
});

test("a police department's abbreviation after its town's name needs an officer's word beside it", () => {
  assert.deepEqual(spans('Area cordoned by Millbrook PD officer Danvers.').filter((s) => s.endsWith('PD')), ['Millbrook PD']);
  assert.deepEqual(spans('Badge 2210, Lakeside Heights PD, Unit 3B').filter((s) => s.endsWith('PD')), ['Lakeside Heights PD']);
  assert.deepEqual(spans('Idiopathic PD, stable on levodopa.'), []);
  assert.deepEqual(spans('Home PD exchanges nightly.'), []);
});

test("a trauma centre's level after its name keeps the name; EMS oversight and a visit's kind name no place", () => {
  assert.deepEqual(spans('Report called to Okemah Regional Medical Center Level 3 at noon.'), ['Okemah Regional Medical Center']);
  assert.deepEqual(spans('Offline medical direction covers this.'), []);
  assert.deepEqual(spans('Hospice Aide Home Visit and a CHW Home Visit on Friday.'), []);
});

test("round 80: a comp form's employer at the time of injury and the employer after its personnel office; a credential names no place", () => {
  assert.deepEqual(spans('Employer at time of injury: Hollister Ridge Millwork'), ['Hollister Ridge Millwork']);
  assert.deepEqual(spans('To: Human Resources, Okemah Tile & Stone'), ['Okemah Tile & Stone']);
  assert.deepEqual(spans('Please contact Human Resources, Monday to Friday.'), []);
  assert.deepEqual(spans('Credentials listed: Board Certified Family Medicine; Fellowship Trained Hand Surgery.'), []);
});

test("round 81: a hospital's own name after a doctor's name and a comma is the place; a service or a law is none", () => {
  assert.deepEqual(spans('Prior lap chole (Dr. Amadi, Good Samaritan).').filter((s) => !s.startsWith('Dr')), ['Good Samaritan']);
  assert.deepEqual(spans('CABG by Dr Lindqvist, Baptist; films requested.').filter((s) => !s.startsWith('Dr')), ['Baptist']);
  assert.deepEqual(spans('Seen with cardiology; protected under the Good Samaritan law.'), []);
});

test("round 81: the town after a social history's job and its employer is a place; a department after it is none", () => {
  const places = (text: string): string[] => analyzer.analyze(text).filter((f) => f.type === 'LOCATION').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(places('She is employed by a dental office in Kettleby and drives there.'), ['Kettleby']);
  assert.deepEqual(places('Works at the plant in Maintenance; employed by the county in Human Resources.'), []);
  assert.deepEqual(places('Works at night in Pain clinic.'), []);
});

test('a preposition and "the" before a kind of place in capitals are no name of it', () => {
  assert.deepEqual(spans('DISCHARGE SUMMARY\nADMITTED VIA THE EMERGENCY DEPARTMENT WITH SEPSIS.'), []);
});

test("round 84: a weak head before a body's word names the body; a practice's name stays", () => {
  assert.deepEqual(spans('Reviewed by the Surgical Practice Committee.'), []);
  assert.deepEqual(spans('Care at Ridgecrest Family Practice, Board certified.'), ['Ridgecrest Family Practice']);
});

test("round 151: a known system's regional campus, a chain's site and a letterhead end where the name ends", () => {
  assert.deepEqual(spans('Seen at Stanford Health Care Tri-Valley, then home.'), ['Stanford Health Care Tri-Valley']);
  assert.deepEqual(spans('Stanford Health Care Mid-Level providers see walk-ins.'), ['Stanford Health Care'], 'a level of provider is no region');
  assert.deepEqual(spans('Seen at Zoom Care Hawthorne for a rash.'), ['Zoom Care Hawthorne']);
  assert.deepEqual(spans('Patient Care Salem'), ['Salem'], 'a kind of care before a town is no chain');
  assert.deepEqual(spans('NORTHWIND LOGISTICS INC\n1200 Commerce Way'), ['NORTHWIND LOGISTICS INC', '1200 Commerce Way']);
  assert.deepEqual(spans('Claim denied by Lakeshore Dental Benefits; cleaning at Lakeshore Dental.'), ['Lakeshore Dental'], 'the payer is unlabelled, the practice found');
});

test('round 166: a state health department and a reference laboratory named in full are no places; a draw site with its town and a county office stay', () => {
  assert.deepEqual(spans('Confirmed by the Minnesota Department of Health; reported to the Texas Dept. of State Health Services.'), []);
  assert.deepEqual(spans('Sent to Mayo Clinic Laboratories for the panel.'), []);
  assert.deepEqual(spans('Drawn at Mayo Clinic Laboratory in Eau Claire.'), ['Mayo Clinic Laboratory in Eau Claire']);
  assert.deepEqual(spans('Reported to Hennepin County Public Health; seen at Mayo Clinic.'), ['Hennepin County Public Health', 'Mayo Clinic']);
});
