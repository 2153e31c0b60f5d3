// PHI-free clinical vocabulary for the synthetic notes: problems (many eponyms and place-named diseases,
// which look like names and cities but are not identifiers), medications, labs, vitals, findings and plans.
// It gives precision something to measure: a detector that flags "Parkinson" or "Lyme" pays for it.

export const PROBLEMS = [
  'hypertension', 'type 2 diabetes mellitus', 'hyperlipidemia', 'coronary artery disease', 'atrial fibrillation',
  'heart failure with reduced ejection fraction', 'heart failure with preserved ejection fraction', 'COPD', 'asthma',
  'chronic kidney disease stage 3a', 'obstructive sleep apnea', 'hypothyroidism', 'GERD', 'osteoarthritis of the right knee',
  'major depressive disorder', 'generalized anxiety disorder', 'iron deficiency anemia', 'benign prostatic hyperplasia',
  'peripheral arterial disease', 'history of DVT', 'morbid obesity', 'gout', 'migraine without aura', 'cirrhosis',
  "Parkinson's disease", "Alzheimer's dementia", "Crohn's disease", "Hashimoto's thyroiditis", "Graves' disease",
  "Barrett's esophagus", "Bell's palsy", "Raynaud's phenomenon", "Sjögren's syndrome", 'Guillain-Barré syndrome',
  "Hodgkin lymphoma", "non-Hodgkin lymphoma", "Cushing's syndrome", "Addison's disease", "Paget's disease of bone",
  "Wilson's disease", 'Wolff-Parkinson-White syndrome', 'Brugada pattern', "Meniere's disease", "Dupuytren's contracture",
  'Lyme disease', 'Rocky Mountain spotted fever', 'West Nile virus infection', 'Coxsackie viral syndrome', 'Norwalk gastroenteritis',
  'Down syndrome', 'Marfan syndrome', 'Ehlers-Danlos syndrome', 'Kaposi sarcoma', "Huntington's disease", 'Tourette syndrome',
  "Reiter's syndrome", 'Stevens-Johnson syndrome', 'Zollinger-Ellison syndrome', 'Budd-Chiari syndrome', 'Takotsubo cardiomyopathy',
  'Charcot foot', 'Baker cyst', "Osgood-Schlatter disease", "Legg-Calvé-Perthes disease", "Wernicke encephalopathy",
  'chronic low back pain', 'lumbar radiculopathy', 'rotator cuff tendinopathy', 'community-acquired pneumonia', 'cellulitis of the left lower leg',
  'urinary tract infection', 'acute kidney injury', 'hyponatremia', 'hypokalemia', 'sepsis secondary to pyelonephritis',
  'NSTEMI', 'stable angina', 'aortic stenosis', 'mitral regurgitation', 'pulmonary embolism', 'pleural effusion',
  'diverticulitis', 'small bowel obstruction', 'acute pancreatitis', 'cholecystitis', 'C. difficile colitis',
  'transient ischemic attack', 'ischemic stroke', 'seizure disorder', 'delirium', 'alcohol use disorder',
];

export const SYMPTOMS = [
  'chest pain', 'shortness of breath', 'dyspnea on exertion', 'orthopnea', 'palpitations', 'lightheadedness', 'syncope',
  'fatigue', 'fever', 'chills', 'night sweats', 'weight loss', 'nausea', 'vomiting', 'diarrhea', 'constipation',
  'abdominal pain', 'dysuria', 'hematuria', 'cough', 'wheezing', 'hemoptysis', 'headache', 'dizziness', 'numbness',
  'weakness', 'confusion', 'falls', 'leg swelling', 'rash', 'joint pain', 'back pain', 'melena', 'poor appetite',
];

export const MEDS = [
  ['metoprolol succinate', ['25 mg', '50 mg', '100 mg'], 'PO', ['daily']],
  ['metoprolol tartrate', ['12.5 mg', '25 mg'], 'PO', ['BID']],
  ['lisinopril', ['5 mg', '10 mg', '20 mg', '40 mg'], 'PO', ['daily']],
  ['amlodipine', ['2.5 mg', '5 mg', '10 mg'], 'PO', ['daily']],
  ['atorvastatin', ['20 mg', '40 mg', '80 mg'], 'PO', ['nightly', 'daily']],
  ['metformin', ['500 mg', '1000 mg'], 'PO', ['BID', 'daily with breakfast']],
  ['insulin glargine', ['10 units', '18 units', '24 units', '32 units'], 'SC', ['at bedtime', 'daily']],
  ['insulin lispro', ['per sliding scale', '4 units with meals'], 'SC', ['TID AC']],
  ['apixaban', ['2.5 mg', '5 mg'], 'PO', ['BID']],
  ['warfarin', ['2 mg', '5 mg', '7.5 mg'], 'PO', ['daily', 'as directed by anticoagulation clinic']],
  ['furosemide', ['20 mg', '40 mg', '80 mg'], 'PO', ['daily', 'BID']],
  ['spironolactone', ['12.5 mg', '25 mg'], 'PO', ['daily']],
  ['levothyroxine', ['50 mcg', '75 mcg', '88 mcg', '112 mcg'], 'PO', ['daily before breakfast']],
  ['omeprazole', ['20 mg', '40 mg'], 'PO', ['daily']],
  ['pantoprazole', ['40 mg'], 'IV', ['q12h', 'daily']],
  ['sertraline', ['50 mg', '100 mg'], 'PO', ['daily']],
  ['gabapentin', ['100 mg', '300 mg', '600 mg'], 'PO', ['TID', 'at bedtime']],
  ['acetaminophen', ['500 mg', '650 mg', '1 g'], 'PO', ['q6h PRN pain', 'q8h']],
  ['oxycodone', ['5 mg'], 'PO', ['q4h PRN severe pain']],
  ['ondansetron', ['4 mg'], 'IV', ['q8h PRN nausea']],
  ['ceftriaxone', ['1 g', '2 g'], 'IV', ['q24h']],
  ['piperacillin-tazobactam', ['4.5 g', '3.375 g'], 'IV', ['q6h', 'q8h extended infusion']],
  ['vancomycin', ['1250 mg', '1 g'], 'IV', ['q12h', 'per pharmacy dosing']],
  ['amoxicillin-clavulanate', ['875-125 mg'], 'PO', ['BID']],
  ['azithromycin', ['500 mg', '250 mg'], 'PO', ['daily']],
  ['prednisone', ['10 mg', '20 mg', '40 mg'], 'PO', ['daily', 'daily with taper']],
  ['albuterol HFA', ['2 puffs'], 'inhaled', ['q4-6h PRN wheeze']],
  ['tiotropium', ['18 mcg'], 'inhaled', ['daily']],
  ['aspirin', ['81 mg', '325 mg'], 'PO', ['daily']],
  ['clopidogrel', ['75 mg'], 'PO', ['daily']],
  ['heparin', ['5,000 units'], 'SC', ['q8h']],
  ['enoxaparin', ['40 mg', '1 mg/kg'], 'SC', ['daily', 'q12h']],
  ['tamsulosin', ['0.4 mg'], 'PO', ['at bedtime']],
  ['allopurinol', ['100 mg', '300 mg'], 'PO', ['daily']],
  ['donepezil', ['5 mg', '10 mg'], 'PO', ['at bedtime']],
  ['carbidopa-levodopa', ['25-100 mg'], 'PO', ['TID']],
  ['potassium chloride', ['20 mEq', '40 mEq'], 'PO', ['daily', 'once']],
  ['magnesium sulfate', ['2 g'], 'IV', ['once']],
  ['normal saline', ['1 L bolus', '75 mL/hr'], 'IV', ['once', 'continuous']],
  ['St. John\'s wort', ['300 mg'], 'PO', ['daily (patient-initiated)']],
];

/** [name, unit, low, high, decimals] */
export const LABS = [
  ['Sodium', 'mmol/L', 128, 146, 0], ['Potassium', 'mmol/L', 3.0, 5.6, 1], ['Chloride', 'mmol/L', 94, 110, 0],
  ['CO2', 'mmol/L', 18, 31, 0], ['BUN', 'mg/dL', 7, 48, 0], ['Creatinine', 'mg/dL', 0.6, 2.9, 2],
  ['Glucose', 'mg/dL', 70, 310, 0], ['Calcium', 'mg/dL', 8.1, 10.6, 1], ['Magnesium', 'mg/dL', 1.5, 2.6, 1],
  ['WBC', 'K/uL', 3.2, 18.4, 1], ['Hemoglobin', 'g/dL', 7.8, 16.2, 1], ['Hematocrit', '%', 24, 48, 1],
  ['Platelets', 'K/uL', 88, 452, 0], ['INR', '', 0.9, 3.4, 1], ['PTT', 'sec', 24, 41, 1],
  ['AST', 'U/L', 12, 140, 0], ['ALT', 'U/L', 9, 160, 0], ['Alk Phos', 'U/L', 40, 260, 0],
  ['Total bilirubin', 'mg/dL', 0.2, 3.8, 1], ['Albumin', 'g/dL', 2.4, 4.8, 1], ['Lipase', 'U/L', 10, 420, 0],
  ['Troponin I', 'ng/mL', 0.01, 2.4, 2], ['BNP', 'pg/mL', 40, 2400, 0], ['Lactate', 'mmol/L', 0.7, 4.6, 1],
  ['TSH', 'mIU/L', 0.3, 8.9, 2], ['Hemoglobin A1c', '%', 5.1, 11.4, 1], ['LDL', 'mg/dL', 48, 190, 0],
  ['Ferritin', 'ng/mL', 8, 620, 0], ['Vitamin B12', 'pg/mL', 180, 900, 0], ['CRP', 'mg/L', 0.4, 140, 1],
  ['Procalcitonin', 'ng/mL', 0.05, 6.2, 2], ['eGFR', 'mL/min/1.73m2', 22, 98, 0], ['PSA', 'ng/mL', 0.4, 9.8, 1],
];

export const EXAM = {
  General: ['alert and oriented x3, in no acute distress', 'elderly, frail-appearing, resting comfortably', 'diaphoretic and uncomfortable-appearing', 'well-developed, well-nourished'],
  HEENT: ['normocephalic, atraumatic; PERRLA, EOMI; oropharynx clear', 'mucous membranes dry; no scleral icterus', 'Mallampati class II airway'],
  Neck: ['supple, no JVD, no lymphadenopathy', 'JVP elevated to 10 cm H2O', 'no thyromegaly; no carotid bruits'],
  Cardiovascular: ['regular rate and rhythm, S1 S2 normal, no murmurs', 'irregularly irregular rhythm', 'grade 3/6 systolic ejection murmur at the right upper sternal border', 'Austin Flint murmur not appreciated', '2+ radial and dorsalis pedis pulses bilaterally'],
  Lungs: ['clear to auscultation bilaterally', 'bibasilar crackles', 'diffuse expiratory wheezes', 'decreased breath sounds at the right base with dullness to percussion', 'Kussmaul respirations'],
  Abdomen: ['soft, non-tender, non-distended, normoactive bowel sounds', "positive Murphy's sign", 'tender at McBurney\'s point with rebound', 'hepatomegaly 3 cm below the costal margin', 'well-healed midline scar'],
  Extremities: ['no edema', '2+ pitting edema to the knees bilaterally', "Homans' sign negative", 'warm, well perfused; capillary refill < 2 seconds'],
  Neuro: ['CN II-XII intact; strength 5/5 throughout', 'Romberg negative; gait steady', 'Babinski sign present on the left', 'resting tremor of the right hand; cogwheel rigidity', 'NIH Stroke Scale 3', 'Glasgow Coma Scale 15'],
  Skin: ['warm and dry, no rashes', 'stage 2 sacral pressure injury, 2 x 3 cm', 'erythema of the left shin with well-demarcated borders', 'Braden score 14'],
  Psych: ['appropriate mood and affect', 'flat affect, linear thought process', 'PHQ-9 score 14'],
};

export const ROS_SYSTEMS = ['Constitutional', 'Eyes', 'ENT', 'Cardiovascular', 'Respiratory', 'GI', 'GU', 'Musculoskeletal', 'Skin', 'Neurologic', 'Psychiatric', 'Endocrine', 'Heme/Lymph'];

export const IMAGING = [
  ['CT head without contrast', ['No acute intracranial hemorrhage, mass effect, or midline shift.', 'Chronic small vessel ischemic changes.', 'Gray-white differentiation is preserved.']],
  ['Chest X-ray, PA and lateral', ['No focal consolidation, pleural effusion, or pneumothorax.', 'Cardiomediastinal silhouette is mildly enlarged.', 'Small left pleural effusion with adjacent atelectasis.']],
  ['CT abdomen and pelvis with IV contrast', ['Sigmoid diverticulosis with surrounding fat stranding compatible with acute diverticulitis.', 'No free air or drainable fluid collection.', 'Appendix is normal.', 'Hepatic steatosis.']],
  ['MRI lumbar spine without contrast', ['L4-L5 disc bulge with moderate left foraminal stenosis.', 'No cord compression.', 'Mild facet arthropathy at L5-S1.']],
  ['Transthoracic echocardiogram', ['LVEF estimated at 35-40% by Simpson biplane.', 'Moderate mitral regurgitation.', 'No pericardial effusion.', 'Estimated RVSP 42 mmHg.']],
  ['Renal ultrasound', ['No hydronephrosis.', 'Right kidney 10.8 cm, left kidney 11.2 cm.', 'Simple cyst in the left upper pole, Bosniak I.']],
  ['Venous duplex of the left lower extremity', ['Occlusive thrombus in the left popliteal vein.', 'Compressible common femoral vein.']],
  ['CT angiogram of the chest', ['Filling defects in the right lower lobe segmental arteries consistent with pulmonary emboli.', 'RV/LV ratio 0.9.', 'No infarct.']],
  ['Mammogram, bilateral screening', ['Scattered fibroglandular densities.', 'No suspicious mass or calcifications. BI-RADS 1.']],
  ['MRI brain with and without contrast', ['Acute infarct in the left MCA territory on diffusion-weighted imaging.', 'No enhancing lesion.', 'Fazekas grade 2 white matter changes.']],
];

export const PROCEDURES = [
  'laparoscopic cholecystectomy', 'Whipple procedure', 'Nissen fundoplication', 'Roux-en-Y gastric bypass', 'total knee arthroplasty',
  'cardiac catheterization with drug-eluting stent to the LAD', 'colonoscopy with polypectomy', 'EGD', 'thoracentesis', 'paracentesis',
  'lumbar puncture', 'Foley catheter placement', 'Swan-Ganz catheter placement', 'central line placement in the right internal jugular vein',
  'TURP', 'Mohs surgery', 'Hartmann procedure', 'Billroth II gastrectomy', 'CABG x3', 'TAVR', 'Denver shunt placement', 'ERCP with sphincterotomy',
];

export const SOCIAL = [
  'Former smoker, 20 pack-years, quit in the last decade.', 'Never smoker. Drinks 1-2 glasses of wine per week.', 'Denies illicit drug use.',
  'Lives alone in a second-floor apartment without an elevator.', 'Retired machinist.', 'Works as a school bus driver.',
  'Independent in ADLs; uses a cane outdoors.', 'Current smoker, 1 ppd x 30 years; counseled on cessation.', 'Alcohol: 6 beers daily; last drink yesterday evening.',
  'Lives with spouse in a single-level home.', 'Walks 30 minutes most days.', 'Vaccinations up to date per patient.',
];

export const FAMILY_HISTORY = [
  'Mother with breast cancer diagnosed in her 60s.', 'Father with MI at 58.', 'No family history of colon cancer.',
  'Brother with type 1 diabetes.', 'Family history of Huntington disease on the paternal side.', 'Sister with lupus.',
];

export const PLAN_ITEMS = [
  'Continue current regimen and recheck BMP in 1 week.', 'Titrate diuretics to a goal weight loss of 0.5-1 kg/day.',
  'Start DVT prophylaxis with heparin 5,000 units SC q8h.', 'Obtain PT/OT evaluation.', 'Monitor on telemetry.',
  'NPO after midnight for procedure.', 'Diabetes education; A1c goal < 7%.', 'Smoking cessation counseling provided (>3 minutes).',
  'Follow up with cardiology in 2-4 weeks.', 'Repeat CBC in the morning.', 'Wells score 4.5; CT angiogram ordered.',
  'Ranson criteria 2 at admission.', 'Child-Pugh class B; MELD-Na 17.', 'NYHA class III symptoms; optimize GDMT.',
  'Goals of care discussed; patient remains full code.', 'Fall precautions; bed alarm on.', 'Renally dose all medications.',
  'Wean oxygen to keep SpO2 88-92%.', 'Epley maneuver performed in clinic with improvement.', 'Gleason 3+4=7 on biopsy; refer to urology.',
  'Apply Unna boot; wound care per nursing.', 'Hold metformin for 48 hours after contrast.', 'Check orthostatic vitals.',
];

/** Patient instructions and counselling text: long, PHI-free, full of numbers that are not identifiers. */
export const INSTRUCTIONS = [
  'Weigh yourself every morning after urinating and before breakfast; call if your weight goes up by more than 1 kg (2 lb) in a day or 2.5 kg (5 lb) in a week.',
  'Limit salt to less than 2 grams (2,000 mg) per day and fluids to 1.5-2 liters per day.',
  'Take your blood thinner at the same time every day. Do not take aspirin, ibuprofen or naproxen unless your doctor tells you to.',
  'Check your blood sugar before meals and at bedtime. If it is below 70 mg/dL, take 15 grams of fast-acting sugar and recheck in 15 minutes.',
  'You may shower 48 hours after surgery. Do not soak in a tub or swim for 2 weeks. Keep the incision clean and dry.',
  'Return to the emergency department for chest pain, trouble breathing, fainting, a fever above 101.5 °F (38.6 °C), or bleeding that does not stop.',
  'Use the incentive spirometer 10 times every hour while awake for the next 7 days.',
  'Do not drive while taking oxycodone or for at least 24 hours after your procedure.',
  'Walk at least 3-4 times a day and increase the distance gradually. No lifting more than 10 lb for 6 weeks.',
  'Your potassium was low in the hospital; eat potassium-rich foods such as bananas, oranges and potatoes unless told otherwise.',
  'Bring all of your medicine bottles to your next appointment so we can review them together.',
  'Finish the full course of antibiotics even if you feel better (last dose in 5 days).',
];

export const SPECIALTIES = ['cardiology', 'nephrology', 'gastroenterology', 'infectious disease', 'neurology', 'palliative care', 'physical therapy', 'endocrinology', 'pulmonology', 'general surgery', 'orthopedics', 'psychiatry', 'social work', 'case management'];
