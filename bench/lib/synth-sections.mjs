// Section writers shared by the note kinds: headers, vitals, labs, medications, history, examination,
// imaging, assessment and plan, contacts and signatures. Each writes into a NoteBuilder; identifiers go
// through phi(...) so their gold spans are recorded, everything else is PHI-free clinical text.
import { phi } from './synth-builder.mjs';
import { dateFromDays, renderAccession, renderDate, renderEmail, renderPartialDate, renderPhone, renderTime } from './synth-identifiers.mjs';
import { mention, nameForm, writeAge, writeClinician, writeDate } from './synth-people.mjs';
import { EXAM, FAMILY_HISTORY, IMAGING, LABS, MEDS, PLAN_ITEMS, PROBLEMS, PROCEDURES, ROS_SYSTEMS, SOCIAL, SPECIALTIES, SYMPTOMS } from './synth-vocab-clinical.mjs';

const fmt = (rng, lo, hi, dec) => (lo + rng.next() * (hi - lo)).toFixed(dec);

/** Section heading in one of the house styles real systems print. */
export function heading(rng, b, ctx, title) {
  const style = ctx.headingStyle ?? (ctx.headingStyle = rng.pick(['upperColon', 'titleColon', 'upperLine', 'hash']));
  switch (style) {
    case 'upperColon': return b.add`\n${title.toUpperCase()}:\n`;
    case 'titleColon': return b.add`\n${title}:\n`;
    case 'upperLine': return b.add`\n${title.toUpperCase()}\n${'-'.repeat(Math.min(40, title.length))}\n`;
    default: return b.add`\n## ${title}\n`;
  }
}

export function patientHeader(rng, b, ctx, title) {
  const p = ctx.patient;
  if (rng.chance(0.7)) b.add`${phi('FACILITY', ctx.facility)}\n`;
  b.add`${title}\n\n`;
  const layout = rng.int(0, 2);
  if (layout === 0) {
    b.add`Patient: ${phi('NAME', nameForm(rng, p, rng.pick(['lastFirstUpper', 'lastFirst', 'full', 'fullMiddle'])))}    MRN: ${phi('MRN', p.mrn)}\n`;
    b.add`DOB: ${phi('DATE', renderDate(rng, p.dob))}    Age: ${(bb) => writeAge(rng, bb, p.age, rng.pick(['yo', 'yearsOld']))}    Sex: ${p.sex}\n`;
  } else if (layout === 1) {
    b.add`Name: ${phi('NAME', nameForm(rng, p, rng.pick(['lastFirstUpper', 'lastCommaFirstNoSpace', 'full'])))}\nMed Rec #: ${phi('MRN', p.mrn)}   Acct #: ${phi('ACCOUNT', p.account)}\n`;
    b.add`Date of Birth: ${phi('DATE', renderDate(rng, p.dob))} (${(bb) => writeAge(rng, bb, p.age, 'yo')} ${p.sex === 'F' ? 'female' : 'male'})\n`;
  } else {
    b.add`${phi('NAME', nameForm(rng, p, 'lastFirstUpper'))} | MRN ${phi('MRN', p.mrn)} | DOB ${phi('DATE', renderDate(rng, p.dob, 'mdy'))} | ${(bb) => writeAge(rng, bb, p.age, 'sexSuffix', p.sex)}\n`;
  }
  if (rng.chance(0.5)) b.add`Insurance: ${p.plan}   Member ID: ${phi('HEALTHPLAN', p.planId)}\n`;
  b.add`Date of service: ${(bb) => writeDate(rng, bb, ctx, 0)}   Time: ${renderTime(rng)}\n`;
  b.add`Attending: ${(bb) => writeClinician(rng, bb, ctx.attending)}\n`;
  if (rng.chance(0.6)) b.add`PCP: ${(bb) => writeClinician(rng, bb, ctx.pcp)}${rng.chance(0.5) ? (bb) => bb.add`, ${phi('PHONE', renderPhone(rng, ctx.facilityPhone))}` : ''}\n`;
}

export function vitals(rng, b) {
  const tc = fmt(rng, 36.1, 39.4, 1);
  b.add`Vitals: T ${tc} °C (${((Number(tc) * 9) / 5 + 32).toFixed(1)} °F), HR ${rng.int(52, 128)}, BP ${rng.int(96, 182)}/${rng.int(52, 104)}, RR ${rng.int(12, 28)}, SpO2 ${rng.int(86, 100)}% ${rng.pick(['on room air', 'on 2 L NC', 'on 4 L nasal cannula', 'RA'])}`;
  if (rng.chance(0.6)) b.add`, Wt ${fmt(rng, 48, 132, 1)} kg, BMI ${fmt(rng, 18, 44, 1)}`;
  b.add`.\n`;
}

export function labs(rng, b, ctx, rows, offset = 0) {
  const style = rng.int(0, 2);
  const chosen = rng.sample(LABS, rows);
  if (style === 0) {
    b.add`Labs (${(bb) => writeDate(rng, bb, ctx, offset, rng.pick(['mdy', 'mdyShort', 'mdyShort']))} ${renderTime(rng)}):\n`;
    for (const [name, unit, lo, hi, dec] of chosen) b.add`  ${name.padEnd(16)} ${fmt(rng, lo, hi, dec).padStart(7)} ${unit}${rng.chance(0.2) ? ' (H)' : ''}\n`;
  } else if (style === 1) {
    b.add`Labs today: `;
    b.add(chosen.map(([name, , lo, hi, dec]) => `${name} ${fmt(rng, lo, hi, dec)}`).join(', '));
    b.add`.\n`;
  } else {
    b.add`BMP: ${rng.int(128, 146)} | ${rng.int(94, 110)} | ${rng.int(7, 48)} / ${fmt(rng, 3, 5.6, 1)} | ${rng.int(18, 31)} | ${fmt(rng, 0.6, 2.9, 1)} < ${rng.int(70, 310)}\n`;
    b.add`CBC: WBC ${fmt(rng, 3, 18, 1)}, Hgb ${fmt(rng, 7.8, 16, 1)}, Hct ${fmt(rng, 24, 48, 1)}, Plt ${rng.int(88, 452)}\n`;
  }
}

export function medList(rng, b, n) {
  for (const [name, doses, route, freqs] of rng.sample(MEDS, n)) b.add`- ${name} ${rng.pick(doses)} ${route} ${rng.pick(freqs)}\n`;
}

export function problemList(rng, b, ctx, n) {
  const numbered = ctx.numberedLists ?? (ctx.numberedLists = rng.chance(0.5));
  for (const p of rng.sample(PROBLEMS, n)) {
    const when = rng.weighted([[5, ''], [3, ` (dx ${ctx.noteDate.y - rng.int(1, 25)})`], [1, (bb) => bb.add` (since ${phi('DATE', renderPartialDate(rng, dateFromDays(ctx.noteDays - rng.int(30, 3000))))})`]]);
    b.add`${numbered ? `${(ctx.listNo = (ctx.listNo ?? 0) + 1)}. ` : '- '}${p}${when}\n`;
  }
}

export function surgicalHistory(rng, b, ctx, n) {
  for (const proc of rng.sample(PROCEDURES, n)) {
    const when = rng.weighted([[3, ` (${ctx.noteDate.y - rng.int(1, 30)})`], [1, (bb) => bb.add` on ${(b2) => writeDate(rng, b2, ctx, -rng.int(40, 4000))} at ${phi('FACILITY', ctx.facility2)}`], [1, '']]);
    b.add`- ${proc}${when}\n`;
  }
}

const HPI_SENTENCES = [
  (rng, b, ctx) => b.add`${(bb) => mention(rng, bb, ctx, { capital: true })} is a ${(bb) => writeAge(rng, bb, ctx.patient.age)} ${ctx.patient.sex === 'F' ? 'woman' : 'man'} with a history of ${rng.pick(PROBLEMS)}, ${rng.pick(PROBLEMS)} and ${rng.pick(PROBLEMS)} who presents with ${rng.int(2, 14)} days of ${rng.pick(SYMPTOMS)}. `,
  (rng, b, ctx) => b.add`Symptoms began on ${(bb) => writeDate(rng, bb, ctx, -rng.int(2, 20), rng.pick(['mdyShort', 'long', 'mon']))} and have progressively worsened. `,
  (rng, b, ctx) => b.add`${(bb) => mention(rng, bb, ctx, { capital: true })} reports associated ${rng.pick(SYMPTOMS)} and ${rng.pick(SYMPTOMS)} but denies ${rng.pick(SYMPTOMS)}. `,
  (rng, b, ctx) => b.add`${(bb) => mention(rng, bb, ctx, { capital: true })} was seen at ${phi('FACILITY', ctx.facility2)} on ${phi('DATE', renderPartialDate(rng, dateFromDays(ctx.noteDays - rng.int(3, 60))))}, where a ${rng.pick(IMAGING)[0]} was reportedly unremarkable. `,
  (rng, b, ctx) => b.add`Of note, ${rng.pick([ctx.poss, ctx.poss, 'the patient\'s'])} ${ctx.relatives[0].rel} (${phi('NAME', nameForm(rng, ctx.relatives[0], rng.pick(['full', 'first'])))}) noticed increased ${rng.pick(['confusion', 'somnolence', 'shortness of breath', 'ankle swelling', 'difficulty walking'])} over the past week. `,
  (rng, b) => b.add`Pain is rated ${rng.int(2, 10)}/10, ${rng.pick(['sharp', 'dull', 'pressure-like', 'burning', 'colicky'])}, ${rng.pick(['non-radiating', 'radiating to the left arm', 'radiating to the back', 'worse with deep inspiration'])}. `,
  (rng, b) => b.add`No recent travel, sick contacts, or new medications. Adherent to ${rng.pick(MEDS)[0]} per pill box. `,
  (rng, b, ctx) => b.add`In the ED, ${rng.pick(['troponin was 0.04', 'lactate was 3.1', 'WBC was 15.2', 'sodium was 126', 'INR was 3.8'])} and ${rng.pick(['CXR showed a RLL infiltrate', 'EKG showed atrial fibrillation with RVR at 134', 'CT was negative for PE', 'UA was positive for nitrites'])}; ${(bb) => mention(rng, bb, ctx)} received ${rng.pick(['1 L LR', 'ceftriaxone 1 g IV', 'aspirin 324 mg', 'diltiazem 10 mg IV', 'furosemide 40 mg IV'])}. `,
  (rng, b) => b.add`The ${rng.pick(['Wells', 'HEART', 'CURB-65', 'PERC', 'CHA2DS2-VASc', 'HAS-BLED'])} score was ${rng.int(0, 6)}. `,
  (rng, b, ctx) => b.add`${(bb) => mention(rng, bb, ctx, { capital: true })} last saw ${(bb) => writeClinician(rng, bb, ctx.pcp, 'drLast')} in ${phi('DATE', renderPartialDate(rng, dateFromDays(ctx.noteDays - rng.int(30, 300))))} for routine follow-up of ${rng.pick(PROBLEMS)}. `,
  (rng, b) => b.add`${rng.pick(['Exercise tolerance has declined from 2 miles to half a block.', 'Denies fevers, chills, or night sweats.', 'Has had a 4 kg unintentional weight loss over 3 months.', 'Sleeps on 3 pillows; reports paroxysmal nocturnal dyspnea.', 'Tried ibuprofen 400 mg with partial relief.', 'Stools are dark but not tarry.'])} `,
  (rng, b) => b.add`${rng.pick(['Home BP log shows', 'Outside records show', 'Per EMS,'])} ${rng.pick(['systolic pressures in the 160s', 'a glucose of 48 on arrival', 'an A1c of 9.2% last quarter', 'a prior LVEF of 45%'])}; ${rng.pick(['no interventions were made', 'dextrose was given', 'medications were not changed', 'a cardiology referral was pending'])}. `,
  (rng, b) => b.add`Symptoms are reminiscent of a prior episode ${rng.int(2, 9)} years ago that was attributed to ${rng.pick(PROBLEMS)}. `,
];

export function hpi(rng, b, ctx, sentences) {
  HPI_SENTENCES[0](rng, b, ctx);
  hpiMore(rng, b, ctx, sentences - 1);
}

/** More history sentences, without the opening one-liner. */
export function hpiMore(rng, b, ctx, sentences) {
  for (let i = 0; i < sentences; i++) rng.pick(HPI_SENTENCES.slice(1))(rng, b, ctx);
  b.add`\n`;
}

export function socialHistory(rng, b, ctx) {
  const rel = ctx.relatives[1];
  const a = ctx.patient.address;
  b.add`${rng.sample(SOCIAL, 2).join(' ')} `;
  b.add`Lives in ${phi('LOCATION', a.city)}${rng.chance(0.5) ? `, ${a.st}` : ''} with ${ctx.poss} ${rel.rel} ${phi('NAME', nameForm(rng, rel, rng.pick(['full', 'first'])))}${rng.chance(0.4) ? (bb) => bb.add` (cell ${phi('PHONE', renderPhone(rng, rel.phone))})` : ''}.`;
  if (rng.chance(0.3)) b.add` Previously lived in ${phi('LOCATION', rng.pick(['Tucson', 'Fresno', 'Duluth', 'Savannah', 'El Paso', 'Syracuse', 'Boise', 'Hilo']))} for ${rng.int(2, 30)} years.`;
  b.add`\n`;
}

export function familyHistory(rng, b, ctx) {
  b.add`${rng.sample(FAMILY_HISTORY, 2).join(' ')}`;
  if (rng.chance(0.3)) b.add` Mother died at ${(bb) => writeAge(rng, bb, rng.int(85, 101), 'yo')} of ${rng.pick(['stroke', 'heart failure', 'pneumonia', 'old age'])}.`;
  b.add`\n`;
}

export function ros(rng, b, n) {
  for (const sys of rng.sample(ROS_SYSTEMS, n)) b.add`${sys}: ${rng.chance(0.7) ? 'negative' : `positive for ${rng.pick(SYMPTOMS)}`}. `;
  b.add`All other systems reviewed and negative.\n`;
}

export function exam(rng, b, n, { withVitals = true } = {}) {
  if (withVitals) vitals(rng, b);
  for (const sys of rng.sample(Object.keys(EXAM), n)) b.add`${sys}: ${rng.pick(EXAM[sys])}.\n`;
}

export function imaging(rng, b, ctx, n) {
  for (const [study, findings] of rng.sample(IMAGING, n)) {
    b.add`${study} (${(bb) => writeDate(rng, bb, ctx, -rng.int(0, 3), rng.pick(['mdyShort', 'mdy', 'iso']))}): ${rng.sample(findings, rng.int(1, findings.length)).join(' ')}\n`;
  }
}

export function assessmentPlan(rng, b, ctx, n) {
  b.add`${(bb) => writeAge(rng, bb, ctx.patient.age, rng.pick(['yo', 'yearOld', 'y/o']))} ${ctx.patient.sex === 'F' ? 'F' : 'M'} with ${rng.pick(PROBLEMS)} admitted for ${rng.pick(PROBLEMS)}.\n`;
  assessmentItems(rng, b, ctx, n);
}

/** Numbered problems with plans; numbering continues across calls within one note. */
export function assessmentItems(rng, b, ctx, n) {
  for (const p of rng.sample(PROBLEMS, n)) {
    ctx.problemNo = (ctx.problemNo ?? 0) + 1;
    b.add`${ctx.problemNo}. ${p[0].toUpperCase()}${p.slice(1)}: ${rng.sample(PLAN_ITEMS, rng.int(1, 3)).join(' ')}`;
    if (rng.chance(0.15)) b.add` Appreciate ${rng.pick(SPECIALTIES)} input (${(bb) => writeClinician(rng, bb, rng.pick(ctx.consultants), 'drLast')}).`;
    b.add`\n`;
  }
}

export function contacts(rng, b, ctx) {
  const p = ctx.patient, rel = ctx.relatives[0];
  b.add`Patient phone: ${phi('PHONE', renderPhone(rng, p.phone))}${rng.chance(0.4) ? (bb) => bb.add` (alt ${phi('PHONE', renderPhone(rng, p.altPhone))})` : ''}\n`;
  if (rng.chance(0.6)) b.add`Email: ${phi('EMAIL', p.email)}\n`;
  b.add`Emergency contact: ${phi('NAME', nameForm(rng, rel, rng.pick(['full', 'lastFirst'])))} (${rel.rel}) ${phi('PHONE', renderPhone(rng, rel.phone))}\n`;
  if (rng.chance(0.3)) b.add`${rel.rel[0].toUpperCase()}${rel.rel.slice(1)}'s email: ${phi('EMAIL', renderEmail(rng, rel.first, rel.last))}\n`;
}

export function addressBlock(rng, b, a, { oneLine = rng.chance(0.5) } = {}) {
  b.add`${phi('ADDRESS', a.street)}${oneLine ? ', ' : '\n'}${phi('LOCATION', a.city)}, ${rng.chance(0.8) ? a.st : a.state} ${phi('ZIP', a.zip)}`;
}

export function signature(rng, b, ctx, who = ctx.attending) {
  b.add`\n${rng.pick(['Electronically signed by', 'Signed:', 'Dictated by', 'Attested by'])} ${(bb) => writeClinician(rng, bb, who, rng.pick(['fullCred', 'upper', 'drFull']))}`;
  b.add` on ${(bb) => writeDate(rng, bb, ctx, rng.int(0, 2), rng.pick(['mdy', 'mdyShort', 'iso', 'mon']))} at ${renderTime(rng)}`;
  if (rng.chance(0.4)) b.add`\nPager ${phi('PHONE', ctx.attending.pager)} | ${phi('PHONE', renderPhone(rng, ctx.facilityPhone))}`;
  if (rng.chance(0.2)) b.add`\nNPI: ${phi('LICENSE', who.npi)}`;
  b.add`\n`;
}

export function accession(rng, ctx) {
  return renderAccession(rng, ctx.noteDate.y);
}

export { fmt };
