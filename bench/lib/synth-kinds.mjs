// The note kinds of the synthetic archive (H&P, discharge summary, progress note, consult and patient
// letters, radiology report, operative note, telephone encounter). A kind is a list of sections; a
// section writes its first content and may `grow` (another hospital day, more labs) until the note
// reaches its target size, so notes of 2 KB and 8 KB both read like notes.
import { NoteBuilder, phi } from './synth-builder.mjs';
import { dateFromDays, renderDate, renderDeviceSerial, renderIp, renderPhone, renderPlate, renderTime, renderVin } from './synth-identifiers.mjs';
import { mention, nameForm, writeAge, writeClinician, writeDate } from './synth-people.mjs';
import {
  accession, addressBlock, assessmentItems, assessmentPlan, contacts, exam, familyHistory, heading, hpi, hpiMore, imaging, labs, medList,
  patientHeader, problemList, ros, signature, socialHistory, surgicalHistory, vitals,
} from './synth-sections.mjs';
import { IMAGING, INSTRUCTIONS, MEDS, PLAN_ITEMS, PROBLEMS, PROCEDURES, SPECIALTIES, SYMPTOMS } from './synth-vocab-clinical.mjs';

/** A section: heading (or null), first content, optional growth step, size (chars) past which it stops growing. */
const sec = (title, write, grow, max = 2500) => ({ title, write, grow, max });
const ORGANS = ['Liver', 'Gallbladder and bile ducts', 'Pancreas', 'Spleen', 'Adrenal glands', 'Kidneys and ureters', 'Bladder', 'Bowel', 'Appendix', 'Peritoneum', 'Lymph nodes', 'Vasculature', 'Lung bases', 'Heart and pericardium', 'Bones', 'Soft tissues', 'Reproductive organs', 'Abdominal wall'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

const COURSE = [
  (rng, b, ctx) => b.add`${(bb) => mention(rng, bb, ctx, { capital: true })} was started on ${rng.pick(['IV ceftriaxone', 'heparin drip', 'IV furosemide', 'insulin infusion', 'BiPAP overnight'])} with ${rng.pick(['gradual improvement', 'rapid improvement', 'little initial response'])}. `,
  (rng, b, ctx) => b.add`${cap(rng.pick(SPECIALTIES))} was consulted and ${(bb) => writeClinician(rng, bb, rng.pick(ctx.consultants), rng.pick(['drFull', 'drLast']))} recommended: ${rng.pick(PLAN_ITEMS)} `,
  (rng, b) => b.add`Repeat ${rng.pick(['BMP', 'CBC', 'troponin', 'lactate', 'INR'])} was ${rng.pick(['stable', 'improved', 'trending down', 'unchanged'])}. `,
  (rng, b, ctx) => b.add`On ${(bb) => writeDate(rng, bb, ctx, -rng.int(1, 6), rng.pick(['mdyShort', 'mon', 'long']))} ${(bb) => mention(rng, bb, ctx)} underwent ${rng.pick(PROCEDURES)} without complication. `,
  (rng, b) => b.add`${rng.pick(IMAGING)[1][0]} `,
  (rng, b) => b.add`Telemetry showed ${rng.pick(['sinus rhythm', 'paroxysmal atrial fibrillation', 'rare PVCs', 'no events'])}; QTc ${rng.int(410, 510)} ms. `,
  (rng, b, ctx) => b.add`Family meeting held with ${ctx.poss} ${ctx.relatives[0].rel}, ${phi('NAME', nameForm(rng, ctx.relatives[0], rng.pick(['full', 'first'])))}, to discuss goals of care. `,
  (rng, b) => b.add`${rng.pick(['Creatinine', 'Potassium', 'Hemoglobin', 'WBC', 'Sodium'])} ${rng.pick(['peaked at', 'nadired at', 'improved to', 'was'])} ${(rng.next() * 10 + 1).toFixed(1)} on hospital day ${rng.int(2, 5)}; ${rng.pick(MEDS)[0]} was ${rng.pick(['held', 'resumed', 'uptitrated', 'discontinued', 'started'])}. `,
  (rng, b) => b.add`${rng.pick(['Blood cultures', 'Urine culture', 'Sputum culture', 'Respiratory viral panel'])} ${rng.pick(['remained negative', 'grew E. coli sensitive to ceftriaxone', 'grew MSSA', 'were no growth at 48 hours'])}; antibiotics were narrowed accordingly. `,
  (rng, b) => b.add`Net fluid balance was ${rng.pick(['-1.2', '-2.4', '+0.8', '-0.6'])} L with weight down ${(rng.next() * 4).toFixed(1)} kg. ${rng.pick(['Orthostatics negative.', 'Ambulating in the hallway with a walker.', 'Oxygen weaned to room air.', 'Foley removed; voiding spontaneously.'])} `,
  (rng, b) => b.add`${rng.pick(['Echo', 'Repeat EKG', 'Doppler study', 'Bladder scan'])} ${rng.pick(['was unremarkable', 'showed no interval change', 'confirmed the diagnosis', 'was deferred to the outpatient setting'])}, and ${rng.pick(PROBLEMS)} was managed per guidelines. `,
  (rng, b) => b.add`Diet advanced to ${rng.pick(['cardiac', 'carb-controlled', 'regular', 'full liquids'])} and tolerated well. PT recommended ${rng.pick(['home with services', 'acute rehab', 'SNF placement', 'no PT needs'])}. `,
];

function course(rng, b, ctx, n) {
  for (let i = 0; i < n; i++) rng.pick(COURSE)(rng, b, ctx);
  b.add`\n`;
}

/** One more day of the hospital course, dated from admission; false once the stay is told. */
function hospitalDay(rng, b, ctx) {
  const day = (ctx.day = (ctx.day ?? 1) + 1);
  if (day > ctx.stay) return false;
  b.add`${rng.pick(['HD', 'Hospital day', 'Day'])} ${day} (${(bb) => writeDate(rng, bb, ctx, day - 1 - ctx.stay, rng.pick(['mdyShort', 'mdy', 'monNoComma']))}): `;
  course(rng, b, ctx, rng.int(2, 4));
  return true;
}

const TRIAGE = [
  'Reviewed warning signs (chest pain, fever over 101 °F, confusion) that warrant 911.', 'Advised to hold the evening dose and check BP twice daily.',
  'Refill sent for 90-day supply.', 'Reports BP readings 150s/90s at home over 3 days.', 'Glucose log: fasting 140-190 mg/dL.',
  'Denies chest pain, syncope, or shortness of breath at rest.', 'Appointment scheduled with the next available provider.', 'Message routed to the covering physician.',
];

const hp = {
  name: 'H&P',
  size: [2600, 7800],
  sections: [
    sec(null, (rng, b, ctx) => patientHeader(rng, b, ctx, rng.pick(['HISTORY AND PHYSICAL', 'Admission History & Physical', 'H&P']))),
    sec('Chief complaint', (rng, b) => b.add`${cap(rng.pick(SYMPTOMS))} x ${rng.int(1, 10)} days\n`),
    sec('History of present illness', (rng, b, ctx) => hpi(rng, b, ctx, rng.int(3, 6)), (rng, b, ctx) => hpiMore(rng, b, ctx, rng.int(2, 4))),
    sec('Past medical history', (rng, b, ctx) => problemList(rng, b, ctx, rng.int(3, 7)), (rng, b, ctx) => problemList(rng, b, ctx, 2), 600),
    sec('Past surgical history', (rng, b, ctx) => surgicalHistory(rng, b, ctx, rng.int(1, 3))),
    sec('Medications', (rng, b) => medList(rng, b, rng.int(3, 8)), (rng, b) => medList(rng, b, 3), 700),
    sec('Allergies', (rng, b) => b.add`${rng.pick(['NKDA', 'Penicillin (hives)', 'Sulfa (rash); codeine (nausea)', 'Iodinated contrast (anaphylaxis) - premedicate', 'Latex'])}\n`),
    sec('Social history', (rng, b, ctx) => socialHistory(rng, b, ctx)),
    sec('Family history', (rng, b, ctx) => familyHistory(rng, b, ctx)),
    sec('Review of systems', (rng, b) => ros(rng, b, rng.int(4, 9))),
    sec('Physical exam', (rng, b) => exam(rng, b, rng.int(4, 8)), (rng, b) => exam(rng, b, 2, { withVitals: false }), 1200),
    sec('Data', (rng, b, ctx) => labs(rng, b, ctx, rng.int(5, 12)), (rng, b, ctx) => { labs(rng, b, ctx, rng.int(4, 9), -rng.int(1, 30)); imaging(rng, b, ctx, 1); }),
    sec('Assessment and plan', (rng, b, ctx) => assessmentPlan(rng, b, ctx, rng.int(2, 5)), (rng, b, ctx) => assessmentItems(rng, b, ctx, 2)),
    sec(null, (rng, b, ctx) => { if (rng.chance(0.4)) contacts(rng, b, ctx); signature(rng, b, ctx); }),
  ],
};

const discharge = {
  name: 'Discharge summary',
  size: [2600, 7800],
  sections: [
    sec(null, (rng, b, ctx) => {
      patientHeader(rng, b, ctx, rng.pick(['DISCHARGE SUMMARY', 'Discharge Summary', 'HOSPITAL DISCHARGE SUMMARY']));
      ctx.stay = rng.int(4, 14);
      b.add`Admission date: ${(bb) => writeDate(rng, bb, ctx, -ctx.stay)}    Discharge date: ${(bb) => writeDate(rng, bb, ctx, 0)}\n`;
    }),
    sec('Discharge diagnoses', (rng, b, ctx) => problemList(rng, b, ctx, rng.int(2, 5))),
    sec('Hospital course', (rng, b, ctx) => course(rng, b, ctx, rng.int(3, 6)), (rng, b, ctx) => hospitalDay(rng, b, ctx), 4000),
    sec('Procedures', (rng, b, ctx) => {
      surgicalHistory(rng, b, ctx, rng.int(0, 2));
      if (rng.chance(0.35)) b.add`- ${rng.pick(['Dual-chamber pacemaker', 'ICD', 'Insulin pump', 'Implantable loop recorder', 'Cochlear implant'])} placed, model ${rng.letters(2)}${rng.int(100, 999)}, serial no. ${phi('DEVICE', renderDeviceSerial(rng))}\n`;
    }),
    sec('Discharge medications', (rng, b) => medList(rng, b, rng.int(4, 10)), (rng, b) => medList(rng, b, 3), 700),
    sec('Follow-up', (rng, b, ctx) => {
      const c = rng.pick(ctx.consultants);
      b.add`${cap(rng.pick(SPECIALTIES))}: ${(bb) => writeClinician(rng, bb, c)} at ${phi('FACILITY', ctx.facility2)}, `;
      addressBlock(rng, b, ctx.facilityAddress, { oneLine: true });
      b.add`, on ${(bb) => writeDate(rng, bb, ctx, rng.int(5, 30))} at ${renderTime(rng)}. Phone ${phi('PHONE', renderPhone(rng, ctx.facilityPhone))}, fax ${phi('FAX', renderPhone(rng, ctx.facilityFax))}.\n`;
      b.add`PCP: ${(bb) => writeClinician(rng, bb, ctx.pcp, 'drLast')} within 1 week; labs (BMP, CBC) in ${rng.int(3, 7)} days.\n`;
    }, (rng, b, ctx) => b.add`${(bb) => writeClinician(rng, bb, rng.pick(ctx.consultants))} (${rng.pick(SPECIALTIES)}) in ${rng.int(2, 12)} weeks; the office will call ${(bb) => mention(rng, bb, ctx, { object: true })} at ${phi('PHONE', renderPhone(rng, ctx.patient.phone))}.\n`, 450),
    sec('Patient instructions', (rng, b) => b.add`${rng.sample(INSTRUCTIONS, rng.int(2, 4)).map((s) => `- ${s}`).join('\n')}\n`, (rng, b) => b.add`- ${rng.pick(INSTRUCTIONS)}\n`, 1800),
    sec('Disposition', (rng, b, ctx) => {
      if (rng.chance(0.3)) b.add`Discharged to ${phi('FACILITY', ctx.facility2)} for short-term rehabilitation.\n`;
      else b.add`Discharged home ${rng.pick(['with', 'with home health and'])} ${ctx.poss} ${ctx.relatives[0].rel}. Condition: ${rng.pick(['stable', 'improved', 'fair'])}.\n`;
      b.add`Results and after-visit summary: ${phi('URL', ctx.url)}\n`;
    }),
    sec(null, (rng, b, ctx) => signature(rng, b, ctx)),
  ],
};

const progress = {
  name: 'Progress note',
  size: [1900, 5200],
  sections: [
    sec(null, (rng, b, ctx) => {
      b.add`${rng.pick(['PROGRESS NOTE', 'Daily Progress Note', 'Medicine Progress Note'])} - ${(bb) => writeDate(rng, bb, ctx, 0)}\n`;
      b.add`${phi('NAME', nameForm(rng, ctx.patient, rng.pick(['lastFirstUpper', 'full', 'lastFirst'])))}, ${(bb) => writeAge(rng, bb, ctx.patient.age, 'yo')} ${ctx.patient.sex}, MRN ${phi('MRN', ctx.patient.mrn)}, HD #${rng.int(2, 12)}\n`;
    }),
    sec('Subjective', (rng, b, ctx) => { b.add`${(bb) => mention(rng, bb, ctx, { capital: true })} reports ${rng.pick(['feeling better', 'ongoing ' + rng.pick(SYMPTOMS), 'poor sleep', 'no new complaints'])}. `; course(rng, b, ctx, rng.int(1, 3)); }, (rng, b, ctx) => course(rng, b, ctx, 2)),
    sec('Objective', (rng, b, ctx) => { exam(rng, b, rng.int(3, 6)); labs(rng, b, ctx, rng.int(4, 8)); }, (rng, b, ctx) => labs(rng, b, ctx, rng.int(3, 6), -1)),
    sec('Assessment and plan', (rng, b, ctx) => assessmentPlan(rng, b, ctx, rng.int(2, 5)), (rng, b, ctx) => assessmentItems(rng, b, ctx, 2)),
    sec(null, (rng, b, ctx) => {
      if (rng.chance(0.5)) b.add`Updated ${ctx.relatives[0].rel} ${phi('NAME', nameForm(rng, ctx.relatives[0], rng.pick(['full', 'first', 'initialLast'])))} by phone at ${phi('PHONE', renderPhone(rng, ctx.relatives[0].phone))}.\n`;
      signature(rng, b, ctx, rng.chance(0.5) ? ctx.resident : ctx.attending);
    }),
  ],
};

const letter = {
  name: 'Letter',
  size: [1900, 5000],
  sections: [
    sec(null, (rng, b, ctx) => {
      b.add`${phi('FACILITY', ctx.facility)}\n`;
      addressBlock(rng, b, ctx.facilityAddress, { oneLine: false });
      b.add`\nTel ${phi('PHONE', renderPhone(rng, ctx.facilityPhone))}   Fax ${phi('FAX', renderPhone(rng, ctx.facilityFax))}\n\n`;
      writeDate(rng, b, ctx, 0, rng.pick(['long', 'mdy', 'dmy']));
      b.add`\n\n`;
      if (ctx.toPatient) {
        b.add`${phi('NAME', nameForm(rng, ctx.patient, 'full'))}\n`;
        addressBlock(rng, b, ctx.patient.address, { oneLine: false });
        b.add`\n\nDear ${ctx.patient.sex === 'F' ? 'Ms.' : 'Mr.'} ${phi('NAME', ctx.patient.last)},\n\n`;
      } else {
        b.add`${(bb) => writeClinician(rng, bb, ctx.pcp, 'fullCred')}\n`;
        addressBlock(rng, b, ctx.patient.address, { oneLine: true });
        b.add`\n\nRE: ${phi('NAME', nameForm(rng, ctx.patient, rng.pick(['full', 'fullMiddle'])))}, DOB ${phi('DATE', renderDate(rng, ctx.patient.dob))}, MRN ${phi('MRN', ctx.patient.mrn)}\n\nDear Dr. ${phi('NAME', ctx.pcp.last)},\n\n`;
      }
    }),
    sec(null, (rng, b, ctx) => {
      if (ctx.toPatient) b.add`I am writing to share the results of your recent ${rng.pick(IMAGING)[0]} and blood tests from ${(bb) => writeDate(rng, bb, ctx, -rng.int(3, 20), rng.pick(['long', 'mdyShort']))}. `;
      else b.add`Thank you for referring ${(bb) => mention(rng, bb, ctx)}, a ${(bb) => writeAge(rng, bb, ctx.patient.age)} ${ctx.patient.sex === 'F' ? 'woman' : 'man'} whom I saw in ${rng.pick(SPECIALTIES)} clinic today for evaluation of ${rng.pick(PROBLEMS)}. `;
      hpi(rng, b, ctx, rng.int(2, 4));
    }, (rng, b, ctx) => { b.add`\n`; hpiMore(rng, b, ctx, rng.int(2, 4)); }),
    sec(null, (rng, b, ctx) => { b.add`\nOn examination: `; vitals(rng, b); imaging(rng, b, ctx, 1); }, (rng, b, ctx) => labs(rng, b, ctx, rng.int(4, 8), -rng.int(0, 10))),
    sec(null, (rng, b) => b.add`\n${rng.sample(INSTRUCTIONS, rng.int(1, 2)).join(' ')}\n`, (rng, b) => b.add`${rng.pick(INSTRUCTIONS)} `, 1200),
    sec(null, (rng, b) => b.add`\nMy impression is ${rng.pick(PROBLEMS)}. I recommend: ${rng.sample(PLAN_ITEMS, rng.int(2, 4)).join(' ')}\n`, (rng, b) => b.add`${rng.sample(PLAN_ITEMS, 2).join(' ')}\n`),
    sec(null, (rng, b, ctx) => {
      b.add`\nPlease do not hesitate to contact me at ${phi('PHONE', renderPhone(rng, ctx.facilityPhone))}${rng.chance(0.5) ? (bb) => bb.add` or ${phi('EMAIL', `${ctx.attending.first[0].toLowerCase()}${ctx.attending.last.toLowerCase().replace(/[^a-z]/g, '')}@${ctx.domain}`)}` : ''}.\n\n${rng.pick(['Sincerely,', 'Kind regards,', 'With best wishes,'])}\n\n`;
      writeClinician(rng, b, ctx.attending, 'fullCred');
      b.add`\n${cap(rng.pick(SPECIALTIES))}\n`;
      if (!ctx.toPatient && rng.chance(0.5)) b.add`cc: ${phi('NAME', nameForm(rng, ctx.patient, 'full'))}; ${(bb) => writeClinician(rng, bb, ctx.consultants[0])}\n`;
    }),
  ],
};

const radiology = {
  name: 'Radiology report',
  size: [1900, 5000],
  sections: [
    sec(null, (rng, b, ctx) => {
      const [study] = (ctx.study = rng.pick(IMAGING));
      b.add`${phi('FACILITY', ctx.facility)} - Department of Radiology\n\nEXAM: ${study}\nACCESSION #: ${phi('ID', accession(rng, ctx))}\n`;
      b.add`PATIENT: ${phi('NAME', nameForm(rng, ctx.patient, 'lastFirstUpper'))}   MRN: ${phi('MRN', ctx.patient.mrn)}   DOB: ${phi('DATE', renderDate(rng, ctx.patient.dob, rng.pick(['mdy', 'iso'])))}\n`;
      b.add`DATE OF EXAM: ${(bb) => writeDate(rng, bb, ctx, 0)} ${renderTime(rng)}\nORDERING PHYSICIAN: ${(bb) => writeClinician(rng, bb, ctx.pcp, 'upper')}\n`;
    }),
    sec('Clinical indication', (rng, b, ctx) => b.add`${(bb) => writeAge(rng, bb, ctx.patient.age, 'yo')} ${ctx.patient.sex === 'F' ? 'female' : 'male'} with ${rng.pick(SYMPTOMS)}; evaluate for ${rng.pick(PROBLEMS)}.\n`),
    sec('Comparison', (rng, b, ctx) => (rng.chance(0.7) ? b.add`${rng.pick(IMAGING)[0]} dated ${(bb) => writeDate(rng, bb, ctx, -rng.int(30, 900))}.\n` : b.add`None.\n`)),
    sec('Technique', (rng, b, ctx) => {
      b.add`${rng.pick(['Axial images were obtained', 'Multiplanar images were acquired', 'Standard protocol images were obtained'])} ${rng.pick(['without contrast', 'after 100 mL Omnipaque 350 IV', 'with and without gadolinium'])}. DLP ${rng.int(150, 1400)} mGy-cm. Dose reduction techniques were used.\n`;
      if (rng.chance(0.2)) b.add`MRI safety: ${rng.pick(['MR-conditional pacemaker', 'neurostimulator', 'cochlear implant'])}, serial ${phi('DEVICE', ctx.patient.device)}, programmed to MRI mode per protocol.\n`;
    }),
    sec('Findings', (rng, b, ctx) => b.add`${ctx.study[1].join(' ')}\n`, (rng, b, ctx) => {
      // one line per organ system not yet described; false when all are
      ctx.organs ??= rng.sample(ORGANS, ORGANS.length);
      const organ = ctx.organs.pop();
      if (!organ) return false;
      b.add`${organ}: ${rng.pick(['Unremarkable.', 'No acute abnormality.', `Stable ${rng.int(2, 14)} mm ${rng.pick(['hypodensity', 'nodule', 'cyst'])}, likely benign; no follow-up needed.`, 'Mild degenerative changes without acute fracture.', `Mild ${rng.pick(['atherosclerotic calcification', 'fatty infiltration', 'wall thickening'])}.`, `Previously seen ${rng.pick(['lesion', 'collection', 'opacity'])} has decreased from ${rng.int(12, 30)} to ${rng.int(4, 11)} mm.`])}\n`;
      return true;
    }, 5000),
    sec('Impression', (rng, b, ctx) => b.add`1. ${ctx.study[1][0]}\n2. ${rng.pick(['No acute findings otherwise.', 'Recommend follow-up imaging in 6-12 months per Fleischner Society guidelines.', 'Findings discussed with the ordering provider at ' + renderTime(rng) + '.'])}\n`),
    sec(null, (rng, b, ctx) => {
      b.add`\nImages: ${phi('URL', ctx.url)}\nRead at workstation ${phi('IP', ctx.ip)}\n`;
      signature(rng, b, ctx);
    }),
  ],
};

const operative = {
  name: 'Operative note',
  size: [1900, 5000],
  sections: [
    sec(null, (rng, b, ctx) => { patientHeader(rng, b, ctx, 'OPERATIVE REPORT'); ctx.proc = rng.pick(PROCEDURES); }),
    sec('Procedure', (rng, b, ctx) => b.add`${cap(ctx.proc)}\nPreoperative diagnosis: ${rng.pick(PROBLEMS)}\nPostoperative diagnosis: same\n`),
    sec('Team', (rng, b, ctx) => b.add`Surgeon: ${(bb) => writeClinician(rng, bb, ctx.attending, 'fullCred')}\nAssistant: ${(bb) => writeClinician(rng, bb, ctx.resident, 'fullCred')}\nAnesthesia: general endotracheal (${(bb) => writeClinician(rng, bb, ctx.consultants[1], 'drLast')})\n`),
    sec('Description', (rng, b, ctx) => {
      b.add`${(bb) => mention(rng, bb, ctx, { capital: true })} was identified in the preoperative area, consent confirmed, and brought to OR ${rng.int(1, 14)}. Time-out performed. `;
      b.add`After induction, the patient was positioned ${rng.pick(['supine', 'in lithotomy', 'in left lateral decubitus', 'in reverse Trendelenburg'])} and prepped and draped in sterile fashion. EBL ${rng.int(5, 600)} mL. `;
      b.add`Implant: ${rng.pick(['knee component', 'mesh', 'stent', 'plate and screws', 'generator'])}, lot ${rng.letters(2)}${rng.digits(5)}, serial ${phi('DEVICE', renderDeviceSerial(rng))}.\n`;
    }, (rng, b) => b.add`${rng.pick(['Hemostasis was obtained with electrocautery.', 'The fascia was closed with running 0 PDS.', 'Skin was closed with 4-0 Monocryl subcuticular suture.', 'Sponge and needle counts were correct x2.', 'The specimen was sent to pathology.', 'Irrigation with 3 L saline was performed.'])} `),
    sec(null, (rng, b, ctx) => { b.add`\nDisposition: PACU in stable condition.\n`; signature(rng, b, ctx); }),
  ],
};

const phone = {
  name: 'Telephone encounter',
  size: [1200, 2600],
  sections: [
    sec(null, (rng, b, ctx) => {
      b.add`${rng.pick(['TELEPHONE ENCOUNTER', 'Patient Message', 'Nurse Triage Call'])}\n${(bb) => writeDate(rng, bb, ctx, 0)} ${renderTime(rng)}\n`;
      b.add`Patient: ${phi('NAME', nameForm(rng, ctx.patient, rng.pick(['full', 'lastFirst', 'lastFirstUpper'])))} (DOB ${phi('DATE', renderDate(rng, ctx.patient.dob))})\n`;
      if (rng.chance(0.5)) b.add`SSN on file: ${phi('SSN', ctx.patient.ssn)}   Plan: ${ctx.patient.plan} ${phi('HEALTHPLAN', ctx.patient.planId)}\n`;
    }),
    sec('Reason', (rng, b, ctx) => {
      const rel = ctx.relatives[0];
      b.add`${rng.chance(0.5) ? (bb) => bb.add`${cap(rel.rel)} ${phi('NAME', nameForm(rng, rel, 'full'))}` : (bb) => mention(rng, bb, ctx, { capital: true })} called from ${phi('PHONE', renderPhone(rng, rel.phone))} regarding ${rng.pick(SYMPTOMS)} since ${phi('DATE', recentPartialDate(rng, ctx))}. `;
      b.add`Triage per protocol: ${rng.pick(['no red flags', 'advised ED evaluation', 'same-day appointment offered', 'home care advice given'])}.\n`;
    }, (rng, b, ctx) => b.add`${rng.pick(TRIAGE)} ${(bb) => mention(rng, bb, ctx, { capital: true })} ${rng.pick(['verbalized understanding', 'agrees with plan', 'will call back if worse', 'declined ED evaluation'])}.\n`, 1500),
    sec('Details', (rng, b, ctx) => {
      if (rng.chance(0.5)) b.add`Message received via portal from ${phi('EMAIL', ctx.patient.email)} (IP ${phi('IP', renderIp(rng))}).\n`;
      if (rng.chance(0.4)) b.add`Video visit link sent: ${phi('URL', ctx.url)}\n`;
      if (rng.chance(0.15)) b.add`Reports minor MVC; other vehicle plate ${phi('VEHICLE', renderPlate(rng))}, own car VIN ${phi('VEHICLE', renderVin(rng))} per insurance form.\n`;
      if (rng.chance(0.3)) b.add`Home address confirmed: ${(bb) => addressBlock(rng, bb, ctx.patient.address, { oneLine: true })}.\n`;
      if (rng.chance(0.2)) b.add`Driver's license ${phi('LICENSE', ctx.patient.dl)} copied for registration.\n`;
    }),
    sec(null, (rng, b, ctx) => signature(rng, b, ctx, ctx.resident)),
  ],
};

/** A date a few days back, written short (5/14, 5/14/2021, May 14, 2021). */
function recentPartialDate(rng, ctx) {
  const d = dateFromDays(ctx.noteDays - rng.int(1, 10));
  return rng.pick([`${d.m}/${d.d}`, renderDate(rng, d, 'mdyShort'), renderDate(rng, d, 'mon')]);
}

export const KINDS = [
  [5, hp], [5, discharge], [6, progress], [3, letter], [1, { ...letter, name: 'Patient letter', toPatient: true }], [4, radiology], [2, operative], [2, phone],
];

/** Writes one note of `kind` into builder `b`, growing sections until about `target` characters. */
export function writeNote(rng, b, kind, ctx, target) {
  if (kind.toPatient) ctx.toPatient = true;
  const parts = kind.sections.map((s) => {
    const part = new NoteBuilder();
    if (s.title) heading(rng, part, ctx, s.title);
    s.write(rng, part, ctx);
    return part;
  });
  let growable = kind.sections.map((_, i) => i).filter((i) => kind.sections[i].grow);
  let total = parts.reduce((n, p) => n + p.length, 0);
  for (let guard = 0; total < target && growable.length > 0 && guard < 200; guard++) {
    const i = rng.pick(growable);
    const before = parts[i].length;
    const grew = kind.sections[i].grow(rng, parts[i], ctx) !== false;
    total += parts[i].length - before;
    if (!grew || parts[i].length >= kind.sections[i].max) growable = growable.filter((j) => j !== i);
  }
  for (const p of parts) b.append(p);
}
