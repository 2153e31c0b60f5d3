// The people and places of one synthetic note: the patient (name, birth date, age, numbers, address,
// insurance, relatives), the clinicians and the facility, plus the writers that put them into a note
// in the varied shapes real notes use ("SMITH, JOHN A", "Mr. Smith", "J.S.", "Dr. Ruiz, MD").
import { phi } from './synth-builder.mjs';
import {
  dateFromDays, daysOf, facilityDomain, makeAddress, makeFacility, phoneParts, renderAccount, renderDate, renderDea,
  renderDeviceSerial, renderEmail, renderIp, renderLicense, renderMrn, renderNpi, renderPlanId, renderSsn, renderUrl,
} from './synth-identifiers.mjs';
import { FAMILY_NAMES, FEMALE_NAMES, HEALTH_PLANS, MALE_NAMES, RELATIONS, SUFFIXES } from './synth-vocab-people.mjs';

const upper = (s) => s.toLocaleUpperCase('en-US');

export function makePerson(rng, sex = rng.pick(['F', 'M'])) {
  const first = rng.pick(sex === 'F' ? FEMALE_NAMES : MALE_NAMES);
  const middle = rng.chance(0.6) ? rng.pick(sex === 'F' ? FEMALE_NAMES : MALE_NAMES) : '';
  const last = rng.chance(0.06) ? `${rng.pick(FAMILY_NAMES)}-${rng.pick(FAMILY_NAMES)}` : rng.pick(FAMILY_NAMES);
  const suffix = sex === 'M' && rng.chance(0.04) ? rng.pick(SUFFIXES) : '';
  return { sex, first, middle, last, suffix };
}

/** The written name (title and credentials excluded, as the corpora label them). */
export function nameForm(rng, p, style) {
  const mi = p.middle ? p.middle[0] : '';
  const forms = {
    full: () => `${p.first} ${p.last}${p.suffix ? ` ${p.suffix}` : ''}`,
    fullMiddle: () => (mi ? `${p.first} ${mi}. ${p.last}` : `${p.first} ${p.last}`),
    fullMiddleName: () => (p.middle ? `${p.first} ${p.middle} ${p.last}` : `${p.first} ${p.last}`),
    lastFirst: () => `${p.last}, ${p.first}${mi ? ` ${mi}.` : ''}`,
    lastFirstUpper: () => `${upper(p.last)}, ${upper(p.first)}${mi ? ` ${mi}` : ''}`,
    lastCommaFirstNoSpace: () => `${upper(p.last)},${upper(p.first)}`,
    initialLast: () => `${p.first[0]}. ${p.last}`,
    first: () => p.first,
    last: () => p.last,
    initials: () => (rng.chance(0.5) ? `${p.first[0]}${mi}${p.last[0]}` : `${p.first[0]}.${mi ? `${mi}.` : ''}${p.last[0]}.`),
    firstInitialOfLast: () => `${p.first} ${p.last[0]}.`,
  };
  return forms[style]();
}

/** "Mr. Smith", "Ms. Garcia", "John", "the patient", "she" ... for running text about the patient. */
export function mention(rng, b, ctx, { capital = false, object = false } = {}) {
  const p = ctx.patient;
  const title = p.sex === 'F' ? rng.pick(['Ms.', 'Mrs.', 'Ms']) : rng.pick(['Mr.', 'Mr']);
  const w = rng.weighted([[14, 'titleLast'], [4, 'first'], [4, 'full'], [40, 'thePatient'], [34, 'pronoun'], [2, 'initials'], [2, 'lastOnly']]);
  const cap = (s) => (capital ? s[0].toUpperCase() + s.slice(1) : s);
  switch (w) {
    case 'titleLast': return b.add`${title} ${phi('NAME', p.last)}`;
    case 'first': return b.add`${phi('NAME', p.first)}`;
    case 'full': return b.add`${phi('NAME', nameForm(rng, p, 'full'))}`;
    case 'initials': return b.add`${capital ? 'Pt' : 'pt'} ${phi('NAME', nameForm(rng, p, 'initials'))}`;
    case 'lastOnly': return b.add`${phi('NAME', p.last)}`;
    case 'pronoun': return b.add`${object ? (p.sex === 'F' ? 'her' : 'him') : cap(p.sex === 'F' ? 'she' : 'he')}`;
    default: return b.add`${cap(rng.pick(['the patient', 'the patient', 'pt', 'our patient']))}`;
  }
}

export function makeClinician(rng) {
  const p = makePerson(rng);
  return { ...p, cred: rng.weighted([[10, 'MD'], [3, 'DO'], [3, 'NP'], [2, 'PA-C'], [1, 'MD, PhD'], [1, 'FACC']]), npi: renderNpi(rng), pager: String(rng.int(1000, 9999)) };
}

/** "Dr. Ana Ruiz", "Ana Ruiz, MD", "RUIZ, ANA", "Dr. Ruiz" ... */
export function writeClinician(rng, b, c, mode = rng.weighted([[4, 'drFull'], [4, 'drLast'], [4, 'fullCred'], [1, 'upper'], [2, 'initialCred']])) {
  const dr = c.cred.includes('MD') || c.cred === 'DO' ? rng.pick(['Dr.', 'Dr.', 'Dr']) : '';
  switch (mode) {
    case 'drFull': return dr ? b.add`${dr} ${phi('NAME', nameForm(rng, c, rng.pick(['full', 'fullMiddle'])))}` : b.add`${phi('NAME', nameForm(rng, c, 'full'))}, ${c.cred}`;
    case 'drLast': return dr ? b.add`${dr} ${phi('NAME', c.last)}` : b.add`${phi('NAME', nameForm(rng, c, 'full'))}, ${c.cred}`;
    case 'upper': return b.add`${phi('NAME', nameForm(rng, c, 'lastFirstUpper'))} ${c.cred}`;
    case 'initialCred': return b.add`${phi('NAME', nameForm(rng, c, 'initialLast'))}, ${c.cred}`;
    default: return b.add`${phi('NAME', nameForm(rng, c, rng.pick(['full', 'fullMiddle'])))}, ${c.cred}`;
  }
}

/** Age at a date, written with or without a label: only ages over 89 are identifiers. */
export function writeAge(rng, b, age, style = rng.weighted([[5, 'yearOld'], [2, 'yo'], [1, 'y/o'], [1, 'yearsOld']]), sex = 'F') {
  const v = age > 89 ? phi('AGE', String(age)) : String(age);
  switch (style) {
    case 'yo': return b.add`${v} yo`;
    case 'y/o': return b.add`${v} y/o`;
    case 'yearsOld': return b.add`${v} years old`;
    case 'sexSuffix': return b.add`${v}${sex}`;
    default: return b.add`${v}-year-old`;
  }
}

export function makeContext(rng) {
  const noteDays = daysOf(2016, 1, 1) + rng.int(0, 365 * 9);
  const noteDate = dateFromDays(noteDays);
  const age = rng.weighted([[6, () => rng.int(18, 64)], [6, () => rng.int(65, 89)], [1.2, () => rng.int(90, 104)], [0.5, () => rng.int(0, 17)]])();
  const birthDays = noteDays - age * 365.25 - rng.int(1, 360);
  const patient = {
    ...makePerson(rng), age, dob: dateFromDays(Math.floor(birthDays)), mrn: renderMrn(rng), ssn: renderSsn(rng),
    phone: phoneParts(rng), altPhone: phoneParts(rng), address: makeAddress(rng), plan: rng.pick(HEALTH_PLANS), planId: renderPlanId(rng),
    account: renderAccount(rng), dl: renderLicense(rng), device: renderDeviceSerial(rng),
  };
  patient.email = renderEmail(rng, patient.first, patient.last);
  const relatives = [0, 1, 2].map(() => {
    const [rel, sex] = rng.pick(RELATIONS);
    const p = makePerson(rng, sex);
    if (['daughter', 'son', 'sister', 'brother', 'wife', 'husband', 'mother', 'father'].includes(rel) && rng.chance(0.6)) p.last = patient.last;
    return { ...p, rel, phone: phoneParts(rng) };
  });
  const facility = makeFacility(rng);
  const domain = facilityDomain(rng, facility);
  return {
    poss: patient.sex === 'F' ? 'her' : 'his', rng, noteDays, noteDate, patient, relatives, facility, domain, facility2: makeFacility(rng),
    facilityAddress: makeAddress(rng), facilityPhone: phoneParts(rng), facilityFax: phoneParts(rng),
    attending: makeClinician(rng), pcp: makeClinician(rng), resident: makeClinician(rng), consultants: [makeClinician(rng), makeClinician(rng)],
    dea: renderDea(rng), license: renderLicense(rng), ip: renderIp(rng), url: renderUrl(rng, domain),
  };
}

/** A date `offset` days from the note date, rendered in a random or given style. */
export function writeDate(rng, b, ctx, offset = 0, style) {
  return b.add`${phi('DATE', renderDate(rng, dateFromDays(ctx.noteDays + offset), style))}`;
}
