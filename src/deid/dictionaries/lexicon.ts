// Hand-written word lists that describe the world of clinical text: titles, credentials, cue words,
// eponyms that are not PHI, facility words, US states. Lower case unless noted.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*/));
/**
 * A set of phrases that also holds each without its possessives ("texas children's" -> "texas children"): the
 * tokenizer keeps no "'s", so a phrase is read from the text's tokens as "texas children" (see phraseAt).
 */
const withoutPossessives = (words: string): ReadonlySet<string> => {
  const phrases = set(words);
  return new Set([...phrases, ...[...phrases].filter((p) => /['’]s\b/.test(p)).map((p) => p.replace(/['’]s\b/g, ''))]);
};

/**
 * Languages a patient may need an interpreter for ("Interpreter: Dari", "speaks Tigrinya"): never a name
 * after those cues, nor a town after "in" ("education in Cebuano": GeoNames lists a town Cebuano). "Karen" (a
 * language of Myanmar) is left out: it is far more often a person.
 */
export const LANGUAGES = set(`spanish | english | french | arabic | dari | pashto | farsi | persian | urdu | hindi | punjabi |
  bengali | bangla | nepali | burmese | hmong | somali | tigrinya | amharic | oromo | swahili | kinyarwanda | kirundi |
  haitian | creole | portuguese | russian | ukrainian | polish | romanian | albanian | bosnian | serbian | croatian |
  mandarin | cantonese | chinese | vietnamese | korean | japanese | tagalog | ilocano | khmer | lao | thai | tamil |
  telugu | gujarati | marathi | malayalam | turkish | kurdish | armenian | georgian | greek | italian | german | dutch |
  hebrew | yiddish | uzbek | tajik | mam | kiche | quiche | chuukese | marshallese | samoan | tongan | asl | sign |
  cebuano | bisaya | visayan | hiligaynon | yoruba | igbo | hausa | twi | wolof | lingala | sinhala | mongolian |
  mixteco | mixtec | zapoteco | triqui | nahuatl | quechua | k'iche | k’iche | kaqchikel | q'anjob'al | qanjobal | kanjobal |
  q'eqchi | qeqchi | kekchi | tz'utujil | tzutujil | ixil | chuj | akateko | awakateko | poqomchi |
  navajo | diné | lakota | ojibwe | ojibwa | anishinaabe | hopi | yupik | yup'ik | inupiaq | sgaw | kachin | rohingya |
  uyghur | kazakh | kyrgyz | turkmen | kurmanji | sorani | chamorro | pohnpeian | palauan | kosraean | fijian | dinka | nuer`);

/** Faiths and plain communities a social history names ("Amritdhari Sikh", "Old Order Amish"): no person's name. */
export const FAITHS = set(`sikh | sikhs | hindu | hindus | jain | jains | muslim | muslims | amish | mennonite | mennonites | hutterite | hutterites |
  buddhist | buddhists | sufi | shia | shiite | sunni | druze | bahai | baha'i | zoroastrian | parsi | rastafarian | quaker | quakers`);

/**
 * Titles that precede a person's name; "mister" as dictation spells "Mr.", "Hon." for judges, "Smt." and "Shri"
 * in Indian letters, "Mst." (Mussammat) in Pakistani ones, "Engr.", "Alhaji" and "Hajiya" in Nigerian ones; "Hastiin" and
 * "Asdzáán" (Mr. and Mrs. in Navajo); "Det." and "Tpr." for police (round 39); "FF" and "Firefighter" for a fire
 * crew's members, as a rescue narrative names them (round 70).
 */
export const TITLES = set(`dr | doctor | mr | mrs | ms | miss | mx | prof | professor | sr | sra | srta | mme | mlle |
  nurse | rev | reverend | fr | father | sister | sgt | capt | col | lt | rabbi | pastor | atty | judge | dame | sir | herr | frau |
  officer | ofc | deputy | sergeant | detective | det | trooper | tpr | sheriff | imam | coach | ff | firefighter |
  pvt | pfc | spc | cpl | lcpl | cpt | ltc | 1lt | 2lt | cw2 | cw3 | cw4 | wo1 | ssg | sfc | ssgt | tsgt | msgt | sgm | csm | maj | cdr | lcdr | ens | amn |
  private | corporal | specialist | lieutenant | captain | major | colonel | commander | airman | seaman | chief |
  mister | missus | hon | honorable | honourable | smt | shri | shrimati | mst | engr | alhaji | alhaja | hajiya | investigator | inspector |
  dra | enf | enfa | lcda | lcdo | madame | monsieur | mademoiselle | señora | señor | señorita |
  hastiin | asdzáán | asdzaan`);

/** Weekdays' abbreviations ("Tue/Thu", "Mon-Fri"), lower case. */
export const WEEKDAY_ABBREVIATIONS = set(`mon | tue | tues | wed | thu | thur | thurs | fri | sat | sun`);
/** Weekdays written in full or abbreviated, lower case. */
export const WEEKDAYS = new Set([...WEEKDAY_ABBREVIATIONS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Credentials written after a clinician's name ("Jane Doe, MD"). Upper case as written. */
export const CREDENTIALS = new Set([
  'MD', 'M.D.', 'DO', 'D.O.', 'RN', 'R.N.', 'NP', 'PA', 'PA-C', 'PhD', 'Ph.D.', 'DDS', 'DMD', 'DPM', 'PharmD',
  'FACS', 'FACP', 'FACC', 'MBBS', 'MPH', 'MSN', 'BSN', 'LPN', 'CNA', 'CRNA', 'APRN', 'FNP', 'FNP-C', 'DNP',
  'LCSW', 'MSW', 'LMFT', 'PsyD', 'OTR', 'OTR/L', 'PT', 'DPT', 'RD', 'RPh', 'CNM', 'MA', 'EMT', 'PMHNP',
  // Lawyers, hygienists, genetic counsellors, research coordinators, sleep technologists, paramedics, nursing
  // certifications and Commonwealth fellowships.
  'Esq', 'Esq.', 'RDH', 'CGC', 'CCRC', 'CCRP', 'RPSGT', 'OCN', 'CCRN', 'NRP', 'RRT', 'LICSW', 'LMSW', 'LPC', 'LCPC',
  // EMT levels, pharmacy technicians, vocational nurses and medical assistants; patient care technicians (a
  // dialysis unit's "PCT", also procalcitonin: ambiguous, see AMBIGUOUS_CREDENTIALS).
  'EMT-B', 'EMT-P', 'EMT-I', 'AEMT', 'CPhT', 'LVN', 'CMA', 'PCT',
  // Round 70: critical-care, flight and community paramedics' and transport nurses' certifications ("FP-C", "CFRN").
  'FP-C', 'CCP-C', 'CP-C', 'CFRN', 'CTRN', 'TCRN', 'CEN', 'CPEN',
  // Sonographers, technologists and perfusionists.
  'RDMS', 'RDCS', 'RVT', 'RT(R)', 'CCP', 'CNMT',
  // Round 86: ophthalmic assistants, technicians and technologists, who sign eye clinics' notes ("Tech: <name>, COA").
  'COA', 'COT', 'COMT',
  'IBCLC', 'RDN', 'CDCES', 'FRACGP', 'FRACP', 'FRACS', 'FRCPC', 'FRCP', 'FRCS', 'MRCP', 'MRCGP', 'MBChB', 'FACOEM',
  // British and Irish medical degrees written apart ("MB BCh FRCP", "MB BChir", "MB BCh BAO") and the royal
  // colleges' memberships and fellowships that sign UK clinic letters.
  'MB', 'BCh', 'BChir', 'BAO', 'ChB', 'BMBS', 'MBBCh', 'FRCR', 'FRCA', 'FRCOG', 'MRCOG', 'FRCPath', 'FRCPsych',
  'MRCPsych', 'FRCPCH', 'MRCPCH', 'MRCS', 'FRCGP', 'FRCSEd', 'DRCOG',
  // Round 122: Irish, Australasian, Canadian and Indian post-nominals and a master's degree that sign letters and
  // reports ("MB BCh BAO, MRCPI", "MBChB FRANZCR", "MD, CCFP", "MS (Ortho), DNB", "Tom Roe MSc").
  'MRCPI', 'FRCPI', 'FRANZCR', 'FCSANZ', 'CCFP', 'FAAP', 'DNB', 'MCh', 'MSc',
  // The lead's probe (eleventh session): a resident's year signs notes as a credential does ("J. Smith PGY-2", "Ortiz, PGY3").
  'PGY',
]);

/** Specialties as clinicians shorten them ("Ortho clinic", "Peds Neuro"): no names, no places. */
export const SPECIALTY_SHORTHAND = set(`ortho | neuro | cardio | peds | onc | derm | uro | pulm | rheum | endo | gyn | gi | ent | renal | heme | psych`);

/**
 * Words after which a capitalised word is probably a person's name (lower case). Round 145: Hawaiian English's
 * grandparent and elders ("tutu Leilani", see KIN_WORDS); a nursery's baby girl and baby boy before the family's name
 * ("BG Okonkwo", in capitals only: see isCue); a name an examiner quotes from the skin ('Tattoo "Lupita" left forearm').
 * Round 152: a test's technician and a cytology slide's screener before the name ("(tech D. Azikiwe)", "Cytotechnologist:
 * Rune Engebretsen").
 * Round 160: a funeral home's attendant, a desk's clerk, an interpreter and the administrator on duty, as logs and
 * boards name them ("attendant Cyrus", "diet clerk: Ysolde", "AOD Karsten"). Not "charge" ("charge Tele aware") nor
 * "scrub" ("scrub Betadine"), which stand before units and skin preparations too.
 * Round 163: "charge" and "scrub" after all, before a listed given name of no English word only ("charge Prudence",
 * "scrub Jax"; isCue in name-words.ts). And the checking pharmacist on an IV label ("Checked: RPh N. Abara").
 */
export const NAME_CUES_BEFORE = set(`patient | pt | pt. | name | named | called | mrn | dob |
  wife | husband | spouse | partner | daughter | son | mother | mom | father | dad | sister | brother | grandson |
  granddaughter | grandmother | grandfather | grandma | grandpa | aunt | uncle | niece | nephew | cousin | friend |
  fiancé | fiance | fiancée | boyfriend | girlfriend | caregiver | guardian | neighbor | neighbour | roommate |
  stepson | stepdaughter | stepmother | stepfather | child | baby | infant | sibling | twin | widow | widower |
  by | per | with | to | from | cc | attn | attending | resident | intern | fellow | surgeon | physician | pcp | provider |
  nurse | np | pa | therapist | counselor | pharmacist | radiologist | pathologist | oncologist | cardiologist |
  contact | emergency | informant | interpreter | chaplain | coordinator | manager | dictated | transcribed | signed |
  cosigned | reviewed | authored | referred | seen | evaluated | examined | discussed | informed | notified | paged |
  called | spoke | met | visited | accompanied | dear | hi | hello | thanks | regards | sincerely | mr. | mrs. | ms. |
  attested | ordering | cosigner | witness | anesthesia | anaesthesia | saw |
  rn | lpn | cna | lvn | crna | says | said | asked | told | tell | thank | ask | kid | kids | boy | girl | grandchild | toddler | teen |
  son-in-law | daughter-in-law | mother-in-law | father-in-law | brother-in-law | sister-in-law | stepbrother | stepsister |
  half-brother | half-sister | grandniece | grandnephew | godmother | godfather | aide | sitter | companion | housemate |
  doula | midwife | rep | representative | coord | recipient | veteran | inmate | detainee | roomate | roomie | bf | gf |
  hubby | buddy | coworker | landlord | sponsor | msw | lcsw | ma | cma | scribe |
  kin | nok | paciente | nutritionist | dietitian | dietician | nutricionista | psychologist | physiotherapist |
  audiologist | podiatrist | optometrist | dentist | hygienist | physicist | dosimetrist | technologist | facilitator |
  co-facilitator | cofacilitator | adjuster | supervisor | examiner | examinee | evaluator | paralegal |
  liaison | navigator | educator | caseworker | chw | aprn | cnm | lmsw | lpc | lmft |
  circulator | circulating | assistant | assist | anesthesiologist | anesthetist | anaesthetist | perfusionist |
  proceduralist | endoscopist | sonographer | referring | transporter | driver | presenting |
  fob | mob |
  fille | fils | épouse | mère | père | sœur | soeur | frère | conjoint | conjointe | hija | hijo | esposa | esposo |
  madre | hermana | hermano | nieta | nieto | abuela | abuelo | sobrina | sobrino | tía | tío | suegra | suegro |
  nuera | yerno | cuñada | cuñado | figlia | figlio | moglie | marito | sorella | fratello |
  echtgenote | echtgenoot | dochter | zoon | moeder | vader | zus | broer | kleinzoon | kleindochter |
  sohn | tochter | ehefrau | ehemann | bruder | mutter | vater | enkel | enkelin |
  medic | paramedic | dispatcher | officer | deputy | trooper | agent | embryologist | andrologist |
  aunty | auntie | cellmate | cellie | bunkmate |
  employee | student | pupil | tenant | client | applicant | claimant | juror | enrollee | subscriber | insured |
  beneficiary | traveler | traveller | passenger |
  donor | participant | proband | investigator | co-investigator | sub-investigator | subinvestigator | pi | co-pi |
  sons | daughters | grandsons | granddaughters | brothers | sisters | nieces | nephews | cousins | sw | rt | volunteer |
  registrant | decedent | testator | declarant | affiant | petitioner | conservatee | notary | children | grandchildren |
  dtr | tutu | kupuna | bg | bb | tattoo | tattooed |
  tech | technician | cytotechnologist | histotechnologist |
  attendant | clerk | interp | aod | charge | scrub | rph |
  anak | apo | asawa | kapatid | pamangkin | filha | filho | neta | neto | irmã | irmão | marido |
  hooyo | aabe | walaal | pitit | madanm | nainai | yeye | laolao | waipo`);

/**
 * Closings of a letter or message, after which the writer's name takes the next line ("Regards,\nAroha");
 * "thank you" closes one too. Cues only before a comma and a line break.
 */
export const VALEDICTIONS = set(`regards | sincerely | thanks | best | cheers | respectfully | warmly | cordially | truly | faithfully`);

/**
 * Multi-word cues that are very strong ("seen by", "signed by"); checked as the two words before.
 * Round 166: a nurse's hand-off, "report to", "report for", "report from", "handoff to", before the nurse's name, read
 * only as handoffName in name-words.ts allows (a capitalised word of no unit's, service's or English list).
 */
export const STRONG_NAME_CUES = set(`seen by | signed by | dictated by | referred by | transcribed by |
  evaluated by | examined by | reviewed by | cosigned by | authored by | accompanied by | discussed with |
  spoke with | spoke to | name is | named | patient name | pt name | full name | her name | his name | my name |
  called by | contact person | emergency contact | next of kin | electronically signed | attending physician |
  primary care | care of | c/o | attn | dear | checked by | verified by | witnessed by | photographed by |
  submitting md | ordering md | referring md | attending md | rendering provider | ordering provider | submitting physician |
  subscriber | policyholder | guarantor |
  parents of | parent of |
  report to | report for | report from | handoff to`);

/**
 * Eponyms and other name-like medical words: not PHI when followed by a clinical head word
 * (Parkinson's disease, Foley catheter) or used as an adjective.
 */
// Round 48: "Sanger" (Sanger sequencing, as genetics reports confirm a variant).
// Round 75: burn resuscitation's and energy needs' formulas ("Parkland formula", "Brooke formula", "Mifflin-St Jeor").
// Round 82: hidradenitis suppurativa's Hurley stages ("Hurley II", "Hurley stage III").
// Round 84: the Bristol stool chart's types ("unformed stools (Bristol 6-7)", "Bristol 7"), the Sokolow-Lyon criteria,
// the Cochrane Library and its reviews.
// Round 122: neuropsychological tests named after their authors ("Stroop", "Rey Complex Figure", "Rey-Osterrieth").
export const EPONYMS = set(`parkinson | bristol | sokolow | cochrane | parkinsons | lauren | foley | ringer | ringers | reynolds | apgar | apgars | fenton | amsler | snellen | ishihara | schirmer | seidel |
  hertel | jaeger | hirschberg | krimsky | crohn | crohns | hodgkin | hodgkins | babinski |
  glasgow | bell | bells | wilms | graves | addison | addisons | cushing | cushings | down | downs | alzheimer |
  alzheimers | whipple | swan | ganz | epley | murphy | murphys | homan | homans | kernig | brudzinski | romberg |
  trendelenburg | barrett | barretts | raynaud | raynauds | kawasaki | tourette | tourettes | huntington |
  huntingtons | hashimoto | hashimotos | guillain | barre | barré | sjogren | sjögren | sjogrens | marfan | turner |
  klinefelter | bartholin | meckel | hirschsprung | wernicke | korsakoff | lyme | kaposi | ewing | burkitt | wilson |
  wilsons | paget | pagets | dupuytren | osgood | schlatter | legg | calve | perthes | tinel | phalen | lachman |
  mcmurray | homer | horner | horners | bence | jones | reed | sternberg | auer | howell | jolly | heinz | mallory |
  weiss | zenker | zollinger | ellison | stevens | johnson | steven | cheyne | stokes | kussmaul | korotkoff |
  valsalva | heimlich | kegel | lasègue | lasegue | spurling | hawkins | kennedy | neer | finkelstein | allen |
  adson | thompson | ortolani | barlow | galeazzi | moro | rovsing | mcburney | mcburneys | cullen | grey | turner |
  kehr | chvostek | trousseau | virchow | virchows | beck | becks | cheyne-stokes | austin | flint | graham | steell |
  duroziez | quincke | corrigan | osler | oslers | janeway | roth | levine | bruce | holter | doppler | gram | ziehl |
  neelsen | wright | giemsa | papanicolaou | pap | coombs | schilling | tzanck | mantoux | snellen | weber | rinne |
  fick | starling | frank | poiseuille | laplace | bernoulli | venturi | hickman | broviac | port-a-cath | groshong |
  penrose | jackson | pratt | jackson-pratt | blake | salem | levin | dobhoff | miller | macintosh | mallampati |
  cormack | lehane | richmond | ramsay | braden | morse | norton | karnofsky | lansky | gleason | breslow | clark |
  bishop | apache | ranson | child | pugh | meld | wells | geneva | caprini | padua | centor | ottawa | nexus | canadian |
  berlin | vienna | montreal | rome | manchester | tanner | denver | bayley | wechsler | beck | hamilton | mini-mental |
  folstein | snellen | ishihara | amsler | schirmer | seidel | goldmann | hertel | weber | epstein | barr | coxsackie |
  norwalk | ebola | marburg | hantavirus | lassa | zika | chikungunya | west | nile | st. | louis | rocky | mountain |
  chagas | hansen | hansens | legionnaires | lou | gehrig | gehrigs | asperger | aspergers | munchausen | rett |
  angelman | prader | willi | noonan | edwards | patau | williams | digeorge | fanconi | diamond | blackfan | gaucher |
  niemann | pick | tay | sachs | fabry | pompe | hurler | hunter | sanfilippo | morquio | krabbe | canavan | alexander |
  menkes | leber | charcot | marie | tooth | duchenne | becker | erb | klumpke | guyon | volkmann | colles | smith |
  barton | bennett | rolando | boxer | monteggia | galeazzi | jones | lisfranc | chopart | maisonneuve | weber | salter |
  harris | garden | pauwels | schatzker | neer | gartland | mason | essex | lopresti | hill | sachs | bankart | slap |
  baker | bakers | morton | mortons | achilles | ménière | meniere | menieres | bell | ramsay | hunt | horner | adie |
  argyll | robertson | marcus | gunn | kayser | fleischer | cotton | wool | roth | hollenhorst | kimmelstiel | wilson |
  goodpasture | wegener | kawasaki | takayasu | buerger | behçet | behcet | still | stills | reiter | felty | sjögren |
  bouchard | heberden | bouchards | heberdens | tinel | tinels | phalens | durkan | grave | hartmann | hoffmann | hoffman | hoffmanns | nissen |
  roux | billroth | kocher | pfannenstiel | mcburney | lanz | lichtenstein | shouldice | bassini | whipple | puestow |
  frey | beger | sistrunk | ivor | lewis | mckeown | heller | belsey | toupet | dor | hassab | sugiura | kasai |
  ladd | ramstedt | swenson | soave | duhamel | nuss | ravitch | fontan | glenn | norwood | blalock | taussig |
  rastelli | ross | konno | jatene | mustard | senning | bentall | david | yacoub | cox | maze | starr | edwards |
  medtronic | mohs | osgood | schlatter | wolff | zollinger | simpson | bosniak | norwalk | coxsackie | mayo | kelly | metzenbaum | miami | philadelphia | boston | ottawa | montreal | canadian |
  german | gray | grey | san francisco | new york | framingham | gleason | wells | duke | nyha | ada | apache | abbott | stryker | zimmer | boston | scientific | philips | siemens | dexcom | omnipod | tandem | libre |
  respironics | resmed | hologic | invacare | ossur | össur | masimo | baxter | dreamstation | airsense |
  kerley | nottingham | columbia | humphrey | leopold | hampton | westermark | schmorl | modic | segond | lauren | epworth |
  katz | lawton | tinetti | patrick | faber | bhutani | ballard | aldrete | nikolsky | auspitz | koebner | hruby | tullio |
  semont | hallpike | schober | binet | rai | durie | killip | rockall | blatchford | spetzler | fuhrman | fitzpatrick |
  friedewald | cockcroft | gault | fleischner | chiari | courvoisier | ritgen | mcroberts | crawford | debakey | forrest |
  amsterdam | bethesda | lefort | fort | waldenström | waldenstrom | castleman | marx | semmes | weinstein | rankin | prague |
  semmes-weinstein | hoehn | yahr | truelove | witts | maitland | mckenzie | rubin | scadding | alvarado | dawson |
  verhoeff | gieson | masson | merkel | herring | southwick | gustilo | garden | hunt |
  hess | fisher | deauville | gail | tyrer | cuzick | ranson | glasgow | blatchford | haggitt |
  kikuchi | kellgren | outerbridge | ficat | kocher | pringle |
  cattell | braasch | mcconnell | simpson | rigler | morison | fazekas | brackmann | engel | hughes | tubiana |
  ashworth | barthel | karnofsky | mallampati | lund | browder | ballard | dubowitz | fenton | fontaine | rutherford |
  perugini | sgarbossa | wellens | eron | hollister | kaplan-meier | cochran-mantel-haenszel | mantel-haenszel | bonferroni |
  bonferroni-holm | wilcoxon | mann-whitney | kruskal-wallis | mcnemar | hosmer-lemeshow | bland-altman |
  hadlock | shepard | mobitz | wenckebach | rogers | sci | sanger |
  brooke | mifflin | jeor | parkland | hurley |
  conn | creutzfeldt | jakob | hering | breuer | bezold | jarisch |
  jervell | lange-nielsen | crigler | najjar | rendu | sturge | klippel | trenaunay | letterer | siwe | glanzmann | lindau | hippel | leventhal |
  stroop | rey | osterrieth`);

/**
 * Round 49: adjectives of nations and regions. Before a lower-case head ("the Mexican health system") they name a
 * country's system of care, and before a lower-case noun ("Canadian snowbird") they are no town of that name.
 */
export const NATION_ADJECTIVES = set(`american | canadian | mexican | british | english | scottish | welsh | irish | french | german | italian |
  spanish | portuguese | dutch | belgian | swiss | austrian | swedish | norwegian | danish | finnish | icelandic |
  polish | czech | russian | ukrainian | greek | turkish | israeli | egyptian | nigerian | kenyan | ghanaian |
  ethiopian | south african | indian | pakistani | bangladeshi | chinese | japanese | korean | taiwanese |
  vietnamese | thai | filipino | philippine | indonesian | malaysian | singaporean | australian | cuban | brazilian |
  argentine | argentinian | chilean | colombian | peruvian | venezuelan | guatemalan | salvadoran | honduran |
  dominican | puerto rican | jamaican | haitian | european | african | asian | latin | scandinavian | nordic`);

/**
 * Eponyms that in clinical text name a device, sign, score or disease far more often than the town of
 * the same name: alone ("Foley removed", "Cushing") they count as a place only with a state or a cue.
 */
// Round 49: "Epworth of 16", a sleepiness score written with "of" before it, as often as the Iowa town.
// Round 75: "Humphrey shows an arcuate defect": the visual field analyser, far more often than the towns.
// Round 93: "Conn syndrome", "Creutzfeldt-Jakob disease", "Hering-Breuer reflex", "Bezold-Jarisch reflex".
// Round 82: "axillary Hurley II": hidradenitis suppurativa's stage, as dermatology writes it.
// Round 146: "Columbia (C-SSRS) positive", "Columbia screen negative": the suicide severity scale, in a psychiatric note
// far more often than the towns, which keep a state or a cue ("lives in Columbia", "Columbia, SC").
export const CLINICAL_EPONYMS = set(`foley | hickman | penrose | stryker | mallory | cushing | downs | barre | ewing |
  osgood | moro | cullen | ramsay | gleason | glasgow | apgar | babinski | whipple | mohs | barlow | ortolani |
  rankin | prague | fenton | epworth | humphrey | hurley | columbia`);

/**
 * Round 144: clinical scales and classifications a report names right before their value ("MoCA 24/30", "Braden 17",
 * "Glasgow 15", "Bosniak 2F", "Tinetti 18"): before a number the word is the scale, whatever name lists hold it.
 */
export const SCORE_NAMES = set(`moca | mmse | slums | braden | morse | glasgow | tinetti | berg | apgar | apgars | bosniak | gleason |
  nottingham | fazekas | breslow | ranson | caprini | padua | norton | killip | karnofsky | barthel | aldrete | mallampati |
  cormack | kellgren | outerbridge | tanner | fitzpatrick | lansky | ramsay | richmond | wexner | bristol | fisher | hachinski |
  rankin | spetzler | schatzker | gustilo | wagner | forrest | hurley | hinchey | clavien | ballard | bishop | norwood | ludwig |
  lachman | beighton | epworth | mayo | savary | prague | boston | lugano | salter`);

/** Clinical words that follow an eponym (Foley catheter, Apgar score). */
// Round 65: a surgical instrument's or a table's head after its eponym ("Cobb elevators", "Woodson elevator",
// "Kerrison rongeurs", "Jackson table"). Round 83: "cath", the catheter as a transfer form shortens it ("FOLEY CATH").
export const EPONYM_HEADS = set(`classifications | indices | indexes | questionnaires | levels | scales |
  sequencing | sequenced |
  disease | syndrome | sign | signs | catheter | cath | score | scores | test | tests | maneuver |
  macroglobulinemia | macroglobulinaemia | crisis | monofilament | antigen | antigens | antibody | antibodies | phenotype | phenotyping | igg | igm |
  manoeuvre | procedure | operation | intestinal | diffuse | palsy | tumor | tumour | lymphoma | sarcoma | criteria | scale | classification |
  progression | mucosa | segment | surveillance |
  stage | staging | reflex | phenomenon | node | nodes | fracture | deformity | contracture | anomaly | anemia | ulcer |
  esophagus | node | bodies | body | cells | cell | stain | staining | fistula | diverticulum | pouch | tube | drain |
  line | blade | index | equation | law | effect | triad | pentad | test | disorder | encephalopathy | dementia |
  phenomenon | murmur | rhythm | respirations | breathing | lesion | lesions | spots | nodules | dystrophy | virus |
  fever | ligament | space | cyst | cysts | gland | glands | duct | canal | sheath | angle | point | incision |
  repair | technique | ankle | knee | c-spine | surgery | gastroenteritis | wort | biplane | thyroiditis | virus | viral | encephalitis | encephalopathy | coma | collar | brace | stand | clamp | clamps | scissors | retractor | rules | rule |
  measles | syncope | association | society | college | matter | cognitive | risk | heart | criteria | classification | class | guidelines | guideline | approach | shunt | valve | graft | anastomosis | cap | forceps | position | method | mask |
  grade | grading | screen | screening | maneuvers | manoeuvres | visual | fall | questionnaire | inventory | lines | forms |
  protocol | protocols | estimate | estimates | estimator | curve | curves | correction | hump | nomogram | treadmill | adl | adls | iadl | iadls | level | chromosome | definition | nevus | extent | type | pathway |
  grid | chart | plates | tonometry | tonometer | lens | prism | pupil | pupils |
  fractures | approaches | approach | drains | rosettes | rosette | fingers | cannula | cannulas | consensus | ventilator |
  trichrome | procedures | operations | classes | grades | stages | staining | stains | bodies | rules | tables | formula |
  protein | proteins | category | categories | program | programs | pattern | occluder | lithotripter | maneuvre | exercises | exercise | regimen | protocol | system | model | prosthesis | pump | sensor | monitor | valve | stent |
  profile | profiles | formulas | phenomena | stool | triage | tenosynovitis |
  elevator | elevators | rongeur | rongeurs | retractors | dissector | dissectors | curette | curettes | osteotome | osteotomes | table |
  voltage | declaration | guide | manual`);

/**
 * Words that end a facility name ("Mercy Hospital", "UCSF Med Ctr"). Lower case. Congregations named by their
 * denomination's phrase ("Many Farms Church of the Nazarene", "Samoan Assembly of God"), organ procurement
 * organisations ("Houston Donor Alliance"), the hospitals of Appalachian Regional Healthcare ("Whitesburg ARH"), and
 * the clubs and courses where a patient plays or works ("Eagle Lake Golf Course", "Cedar Ridge Country Club").
 * A singular "Medical Office" (Kaiser's buildings), systems called "Healthcare System", state prisons called
 * "Correctional Institution", shelters called "Rescue Mission", dialysis providers' "Kidney Centers", and the salons
 * and barbershops that case investigations name as worksites ("Mekong Nail Spa, Garland").
 * Round 43: nursing homes named "Rehabilitation and Nursing" ("Greenbriar Rehabilitation and Nursing"), bus and train
 * stations where a homeless patient sleeps ("Port Authority Bus Terminal") and ENT practices ("Tri-County ENT", "Mount
 * Carmel Otolaryngology"; both weak); a local Meals on Wheels named by its town or county after "of" (the head alone,
 * the national programme, names nothing).
 * Round 44: a diabetes practice ("Tri-County Diabetes Care") and a trial site ("Waikato Clinical Research").
 * Round 46: rural fire and EMS agencies ("Harmony Volunteer Fire", "Three Rivers Fire & EMS District", "Pine Creek
 * Rescue Squad") and the rural worksites and gathering places a town's or a family's name leads ("Hartwell Mill",
 * "Pomona Grange", "Bluestem Feed & Seed", "Farmers Elevator", "Ansley Sale Barn").
 */
// Round 48: prisons named "Correctional Complex" or "Correctional Campus", and re-entry centres.
// Round 49: a county's courthouse, where a juror is summoned ("Milwaukee County Courthouse", "Dane County Justice Center").
// Round 104: research units a trial's patient is sent from ("Harbourside Clinical Trials Unit"); "the Clinical Trials Unit" alone stays.
// Round 56: post-acute units named by their owner ("Willowmere Transitional Care Unit"); the unit alone names nothing.
// Round 52: where social services house and see their clients: missions, transitional and supportive housing,
// counselling centres and adult foster care ("Union Gospel Mission", "Bridges Transitional Housing", "Pine Ridge
// Adult Foster Care"). Not "Counseling" or "Youth Services" ("Genetic Counseling Services", "Department of Youth Services").
// Round 147: public authorities that employ or carry people ("Tri-County Transit Authority", "Tri-Valley Ambulance
// Authority") and practices that call themselves a collective ("Northside Counseling Collective").
// Round 143: the businesses that carry and keep the dead besides funeral homes ("Desert Removal Services", "Neptune Cremation Society").
// Round 146: where a fall or a crash happens and is told ("Canyon County Fairgrounds", "Portland International Raceway"),
// post-acute care named so ("Sunnyslope Post Acute") and a mobile home park's short form ("Shady Pines MHP", weak).
// Round 153: the British spellings of two weak heads ("Cedar Valley Orthopaedics", "Riverside Paediatrics").
export const FACILITY_HEADS = set(`hospital | hosp | hospitals | clinic | clinics | medical center | med center |
  med ctr | med. ctr. | med. center | medical centre | med cntr | medical offices | medical office building | health center | health centre | health system |
  health systems | healthcare | health care | health | medical group | medical associates | associates | institute |
  cancer center | cancer institute | heart institute | eye institute | children's | childrens | infirmary | sanatorium |
  nursing home | nursing facility | care center | rehabilitation center | rehab center | rehab | surgery center |
  surgical center | urgent care | pharmacy | hospice | senior center | memorial | medical | med | physicians |
  family practice | pediatrics | internal medicine | orthopedics | cardiology | oncology | dialysis center |
  orthopaedics | paediatrics |
  dialysis unit | imaging center | radiology | laboratory | labs | lab | va | vamc | medical clinic | health clinic |
  community health | assisted living | retirement home | retirement community | retirement village | retirement residence | behavioral health | mental health center | er |
  emergency department | presbyterian | methodist | baptist | general | regional | university hospital | langone |
  home | house | residence | manor | villa | lodge | center | centre | ctr | cntr | group | partners | practice |
  gastroenterology | urology | neurology | dermatology | nephrology | pulmonology | rheumatology | endocrinology |
  pulmonary | infectious disease | infectious diseases |
  geriatrics | ophthalmology | audiology | parish | surgery | surgical associates | dialysis | shelter | family medicine | medicine | daycare | day care | child care | childcare | preschool |
  academy | school | senior living | memory care | group home | funeral home | primary care | imaging |
  restaurant | buffet | diner | cafe | café | grill | tavern | bistro | pizzeria | bakery | steakhouse | cantina |
  liquor | liquors | liquor store | package store |
  skilled nursing | skilled nursing facility | skilled nursing center | skilled nursing centre | skilled nursing home | funeral chapel |
  vna | home health | home health care | home care | visiting nurse association | visiting nurses |
  cancer program | senior services | sleep center | sleep centre | sleep disorders center | sleep disorders centre |
  sleep lab | rehabilitation service | rehabilitation services | rehab services | sports pt |
  dentistry | dental | endodontics | orthodontics | periodontics | clínica |
  clinica | sanatorio | centro de salud | ems | inn | hotel | motel | inn suites |
  foot ankle | foot and ankle | spine sport | spine sports | spine and sport |
  health campus | campus | guesthouse | guest house | hostel | day program | adult day | cboc | ihs | hcs | ltach | ltac |
  detention center | correctional center | correctional facility | jail | prison | penitentiary |
  mortuary | crematory | crematorium | cryobank | sperm bank | rehabilitation | removal service | removal services | cremation society |
  cremation service | cremation services | mortuary service | mortuary services | mortuary transport | memorial chapel |
  elementary | community college | junior college | housing authority | tabernacle | synagogue | mosque | food pantry | food bank |
  day surgery | nhs trust | nhs foundation trust | health trust | health board | ambulance district | ambulance service |
  detention complex | detention facility | correctional complex | correctional campus | reentry center | re-entry center | family health team | refugee camp | medical supply |
  mobile home park | trailer park | rv park | mobile home community | manufactured home community | apartments | apts |
  heart vascular | heart and vascular | vein vascular | vein and vascular | kidney care | health alliance |
  police department | police dept | fire department | fire dept | fire rescue | fire district | catholic church | baptist church | methodist church | lutheran church |
  episcopal church | presbyterian church | orthodox church | community church | bible church | ame church |
  health care facility | healthcare facility | medical facility | treatment facility | care facility |
  market | supermarket | grocery | mall | stadium | arena | college | university | cemetery | memorial gardens | memorial park | nursing station | health station | snf | alf | irf |
  genomics | medical centers | health centers | health centres | hospice care | home respiratory | farms | farm | ranch | orchards | orchard | dairy | vineyards |
  reservation | rancheria | auto body | body shop | egg bank | health department | health dept | camp | library | aviary |
  school district | unified school district | independent school district | ambulance | ambulance corp | ambulance corps |
  ambulance company | ambulance services | rehabilitation nursing | rehab nursing | nursing rehabilitation |
  church of the nazarene | church of god | church of christ | assembly of god | assembly of god church | assemblies of god |
  cathedral | gurdwara | gurudwara | kingdom hall | donor network | donor alliance | donor services | organ recovery |
  eye bank | tissue bank | blood bank | milk bank | arh |
  golf course | golf club | country club |
  ymca | ywca | cricket club | tennis club | yacht club | athletic club | racquet club | swim club | health club | fitness center |
  legal aid | open mri |
  parole probation | apartments | apartment homes | apts |
  medical office | healthcare system | health care system | correctional institution | correctional institute |
  rescue mission | kidney center | kidney centers | nail salon | nail spa | beauty salon | hair salon | barbershop | barber shop |
  fertility | convent | airport | dog park | women care | womens care | birth suites | birthing suites | birth center | birthing center |
  special care nursery | nursery | studio |
  rehabilitation and nursing | nursing and rehabilitation | rehab and nursing | nursing and rehab | health and rehabilitation |
  bus terminal | bus station | greyhound station | transit center | train station | otolaryngology | ent | meals on wheels |
  diabetes care | diabetes center | diabetes centre | clinical research | research institute |
  clinical trials unit | clinical trial unit | clinical research unit | clinical research facility | clinical trials centre | clinical trials center |
  ambulance authority | transit authority | port authority | hospital authority | health authority | water authority |
  counseling collective | counselling collective | wellness collective | therapy collective | birth collective | midwifery collective | health collective |
  volunteer fire | volunteer fire department | volunteer fire company | fire company | fire ems district | fire and ems district |
  fire protection district | fire ems | fire and ems | rescue squad | first responders | grange | creamery | elevator | feedlot |
  mill | feed store | feed seed | feed and seed | sale barn | livestock auction |
  courthouse | court house | justice center |
  gospel mission | city mission | transitional housing | supportive housing | adult foster care |
  transitional care unit | transitional care center | transitional care centre |
  orthopedic spine | orthopaedic spine | orthopedics spine | orthopaedics spine | pathology | neuroradiology |
  pain spine | pain and spine | hematology | haematology | genetics | obstetrics | midwifery | obgyn | gynecology | gynaecology |
  fairgrounds | fairground | fair grounds | expo center | raceway | speedway | motor speedway | motorsports park | motorsports campus |
  dragway | racetrack | race track | post acute | post-acute | mhp |
  physical therapy | acupuncture | neurodiagnostics | psychiatry | respiratory supply | prosthetics | orthotics |
  ear nose throat | ear nose and throat | sleep lung | sleep and lung | gift of life`);

// "&" is no token: "Foot & Ankle", "Spine & Sport", "Inn & Suites" read as "foot ankle", "spine sport", "inn suites".
// Round 62: "Ridgecrest Orthopedic & Spine", a reading group's "Greater Kenosha Neuroradiology", an outside lab's
// "UPMC Molecular and Genomic Pathology" (pathology and neuroradiology are weak: "Surgical Pathology" stays).
// Round 71: a pain practice named for the spine ("Lakemont Pain & Spine"), weak: "severe pain and spine tenderness"
// has no name before it.
// Round 72: a referring practice or an outside lab by its specialty ("Pueblo Hematology", "Pacifica Cancer Genetics"),
// weak as well: "Pediatric Hematology", "Clinical Genetics" stay departments.
// Round 73: a practice named by its obstetrics or midwifery ("Cobblestone Obstetrics", "Stillwater Midwifery", "Birchmont OBGYN").
// Round 152: a practice named by its physical therapy, acupuncture, psychiatry, nerve testing, limbs and braces or ear,
// nose and throat ("Summit Physical Therapy", "Twin Rivers Acupuncture", "Brightpath Psychiatry & TMS", "Four Corners
// Prosthetics", "Coastal Ear Nose & Throat"), and a DME's "Respiratory Supply", weak: "Outpatient Physical Therapy",
// "Consult Psychiatry", "Hanger Prosthetics" of a maker's name after a word stay services.
// Round 154: a sleep and lung practice ("Lakes Region Sleep & Lung") and an organ procurement organisation named for
// the gift of life ("Sierra Gift of Life"), weak: "Sleep & Lung" alone and "the gift of life" stay.
// Round 114: a practice named by its pulmonary or infectious-disease care ("Cascade Pulmonary", "Prairie
// Infectious Disease"), weak: "Interventional Pulmonary", "Transplant Infectious Disease" stay services.
/** Facility heads that only count when a capitalised or known word precedes them. */
export const WEAK_FACILITY_HEADS = set(`group | library | partners | practice | campus | hostel | jail | prison | gastroenterology | urology | neurology | dermatology | audiology | parish |
  geriatrics | ophthalmology |
  nephrology | pulmonology | rheumatology | endocrinology | surgery | dialysis | shelter |
  health | medical | med | general | regional | memorial | home | house | center |
  centre | ctr | cntr | residence | manor | villa | lodge | associates | physicians | er | lab | labs | laboratory |
  radiology | pharmacy | pediatrics | cardiology | oncology | orthopedics | presbyterian | methodist | baptist | vna |
  orthopaedics | paediatrics |
  dentistry | dental | endodontics | orthodontics | periodontics | ems | inn | hotel | motel | rehabilitation |
  market | supermarket | grocery | mall | stadium | arena | college | university | snf | alf | irf | genomics | farms | farm | ranch | orchards | orchard | dairy | vineyards |
  reservation | rancheria | camp | ambulance | arh | apartments | apts | ymca | ywca |
  restaurant | buffet | diner | cafe | café | grill | tavern | bistro | pizzeria | bakery | steakhouse | cantina | liquor | liquors |
  fertility | convent | airport | nursery | studio | otolaryngology | ent | grange | creamery | elevator | feedlot | mill |
  pathology | neuroradiology | pain spine | pain and spine | hematology | haematology | genetics |
  obstetrics | midwifery | obgyn | gynecology | gynaecology | pulmonary | infectious | mhp |
  physical therapy | acupuncture | neurodiagnostics | psychiatry | respiratory supply | prosthetics | orthotics |
  ear nose throat | ear nose and throat | sleep lung | sleep and lung | gift of life`);

/** Well-known health systems and hospitals whose names carry no facility head word. */
// Round 146: a national home-health agency ("Kindred at Home"), Saint Alphonsus written "St.", and air-ambulance
// services a run report or a transfer names ("Life Flight", "CareFlite", "Airlift Northwest", "Mercy Flight").
// Round 149: more air-medical services a transfer centre's log names ("Native Air", "Air Evac Lifeteam"; not "Guardian
// Flight", whose first word is a name cue), and Washington's farm-worker health centres named alone ("at Sea Mar Tukwila").
// Round 152: a regional lab's draw sites ("Sonora Quest") and Advocate's Christ campus named without its head ("at
// Advocate Christ", cut at Christ before). Not Apria: a national DME supplier, PHI-free in the fixtures as Lincare is.
// Round 154: Los Angeles County's hospital with its university's name, "LAC+USC" (the plus sign joins the phrase).
export const KNOWN_FACILITIES = withoutPossessives(`mayo | mayo clinic | cleveland clinic | johns hopkins | john hopkins | cedars-sinai |
  cedars sinai | cedar-sinai | cedar sinai | mass general | mass gen | massachusetts general | mgh | brigham | brigham and women's |
  sonora quest | lac usc | mount sinai | mt. sinai | mt sinai | md anderson | m.d. anderson | kaiser permanente | nyu langone |
  langone | ucsf | ucla | uclа health | usc | ucsd | uc davis | upmc | uwmc | ohsu | unc | vumc | vanderbilt | baylor |
  emory | duke | stanford | yale | yale new haven | penn | penn medicine | jefferson | northwestern | rush | geisinger |
  intermountain | sutter | dignity | providence | ascension | atrium | advocate | advocate christ | hca | tenet | ochsner | scripps |
  bellevue | kings county | jackson | parkland | grady | harborview | cook county | sloan kettering |
  memorial sloan kettering | msk | mskcc | dana-farber | dana farber | fred hutch | city of hope | st. jude |
  st jude | texas children's | chop | cchmc | lurie | boston children's | seattle children's | nationwide children's |
  nemours | shriners | hopkins | beth israel | bidmc | tufts | lahey | dartmouth | dartmouth-hitchcock |
  montefiore | lenox hill | weill cornell | nyp | new york-presbyterian | new york presbyterian | ny presbyterian |
  ny-presbyterian | hackensack | christiana | inova | medstar | sentara | wakemed | novant | prisma | piedmont |
  wellstar | adventhealth | barnes-jewish | barnes jewish | peacehealth | gundersen | kaleida | ohiohealth | multicare | baptist health | orlando health | tampa general | moffitt | cleveland | umass memorial |
  memorial hermann | chi health | adventist health | osu wexner | wexner | froedtert | centracare | sanford health |
  essentia | allina | wvu medicine | monument health | hennepin healthcare | mainehealth | lincolnhealth | northern light |
  avera | billings clinic | bronson | spectrum health | corewell | beaumont | henry ford | lehigh valley | wellspan |
  hackensack meridian | texas health presbyterian | texas health harris methodist | osf saint francis | osf st. francis | osf healthcare |
  musc | uab | utmb | ut southwestern | utsw | newyork-presbyterian | wills eye | mercyone | vcu health | valleywise |
  suny downstate | suny upstate | downstate health sciences | upstate university hospital |
  brigham and women |
  northwell | honorhealth | carilion | trihealth | promedica | integris | christianacare | uchealth | metrohealth | coxhealth |
  mercyhealth | aspirus | thedacare | rwjbarnabas | rwj barnabas | atlanticare | virtua | luminis | tidalhealth | bayhealth |
  lifebridge | nuvance | memorialcare | healthpartners | uofl health | bjc | ssm health | iu health | uams | uthealth |
  uci health | uva health | uw health | uw medicine | stormont vail | willis-knighton | banner health | banner-university |
  banner university | sharp healthcare | sharp grossmont | sharp chula vista | christus spohn | houston methodist |
  denver health | saint alphonsus | kettering health | norton healthcare | uk healthcare | nebraska medicine | ou health |
  ecu health | hartford healthcare | ballad health | bon secours | commonspirit | methodist le bonheur | le bonheur |
  main line health | tower health | penn state health | allegheny health network | stony brook medicine | albany med |
  baystate health | keck medicine | john muir health | el camino health | centura health | endeavor health |
  loyola medicine | michigan medicine | rady children's | cincinnati children's | children's mercy | cook children's |
  dell children's | akron children's | phoenix children's | riley children's | valley children's | altru |
  sheppard pratt | hazelden | hazelden betty ford | roswell park | roswell park comprehensive cancer center |
  lutheran community services | lutheran family services | lutheran social services | catholic charities |
  catholic community services | catholic social services | jewish family service | jewish family services |
  jewish family and children's service | jewish family and children's services | episcopal community services |
  kindred at home | st. alphonsus | st alphonsus |
  life flight | life flight network | lifeflight | careflite | airlift northwest | mercy flight | flight for life | reach air medical |
  native air | air evac lifeteam | careflight | calstar | boston medflight | stat medevac | sea mar`);

/** Generic words that open many facility names. */
export const FACILITY_PREFIXES = set(`st | st. | saint | mt | mt. | mount | san | santa | good | our | holy | sacred |
  university | univ | county | city | community | department | dept | division | section | service | office | unit | general | regional | memorial | children's | childrens | veterans |
  mercy | hope | grace | trinity | providence | methodist | baptist | presbyterian | lutheran | adventist | kaiser |
  private`);

export const US_STATES = set(`alabama | alaska | arizona | arkansas | california | colorado | connecticut | delaware |
  florida | georgia | hawaii | idaho | illinois | indiana | iowa | kansas | kentucky | louisiana | maine | maryland |
  massachusetts | michigan | minnesota | mississippi | missouri | montana | nebraska | nevada | new hampshire |
  new jersey | new mexico | new york | north carolina | north dakota | ohio | oklahoma | oregon | pennsylvania |
  rhode island | south carolina | south dakota | tennessee | texas | utah | vermont | virginia | washington |
  west virginia | wisconsin | wyoming | district of columbia | puerto rico | guam`);

/**
 * First-level regions outside the US that notes write after a town as a US note writes the state ("The Pas,
 * Manitoba", "Kottayam, Kerala", "Burntisland, Fife"): provinces and states of Canada, Australia, India,
 * Pakistan, Nigeria and Mexico, Scottish council areas, Irish and English counties (not those that are given
 * names: Angus, Kerry, Devon). Like a state, a region alone is no identifier; a town before one is.
 */
export const WORLD_STATES = set(`alberta | british columbia | manitoba | new brunswick | newfoundland | newfoundland and labrador |
  nova scotia | ontario | prince edward island | quebec | québec | saskatchewan | yukon | northwest territories | nunavut |
  new south wales | queensland | south australia | tasmania | western australia | northern territory |
  andhra pradesh | arunachal pradesh | assam | bihar | chhattisgarh | goa | gujarat | haryana | himachal pradesh |
  jharkhand | karnataka | kerala | madhya pradesh | maharashtra | manipur | meghalaya | mizoram | nagaland | odisha |
  orissa | punjab | rajasthan | sikkim | tamil nadu | telangana | tripura | uttar pradesh | uttarakhand | west bengal |
  jammu and kashmir | kashmir | ladakh | puducherry | pondicherry | sindh | khyber pakhtunkhwa | balochistan |
  baluchistan | gilgit-baltistan | jammu | abia | adamawa | akwa ibom | anambra | bauchi | bayelsa | benue | borno |
  cross river | delta state | ebonyi | edo | ekiti | enugu state | gombe | imo | jigawa | kaduna state | kano state |
  katsina | kebbi | kogi | kwara | lagos state | nasarawa | niger state | ogun | ondo | osun | oyo | plateau state |
  rivers state | sokoto | taraba | yobe | zamfara | fct | aguascalientes | baja california | baja california sur |
  campeche | chiapas | coahuila | colima | durango | guanajuato | guerrero | hidalgo | jalisco | michoacán | michoacan |
  morelos | nayarit | nuevo león | nuevo leon | quintana roo | san luis potosí | san luis potosi | sinaloa | sonora |
  tabasco | tamaulipas | tlaxcala | veracruz | yucatán | yucatan | zacatecas | estado de méxico`);
/** Counties and council areas of the UK and Ireland: smaller than a state, so places as a town is (many are US towns too: Norfolk, Durham). */
export const WORLD_COUNTIES = set(`fife | highland |
  moray | aberdeenshire | argyll | argyll and bute | perthshire | ayrshire | lanarkshire | midlothian |
  east lothian | west lothian | stirlingshire | dumfriesshire | shetland | orkney | outer hebrides | isle of lewis |
  isle of skye | caithness | donegal | galway | wexford |
  wicklow | kilkenny | tipperary | limerick | sligo | roscommon | leitrim | offaly | westmeath | meath | louth |
  monaghan | cavan | longford | laois | carlow | kildare | yorkshire | lancashire | cheshire | cornwall |
  dorset | somerset | wiltshire | hampshire | sussex | surrey | essex | suffolk | norfolk | cumbria | northumberland |
  durham | shropshire | staffordshire | derbyshire | nottinghamshire | leicestershire | lincolnshire |
  warwickshire | worcestershire | gloucestershire | oxfordshire | berkshire | buckinghamshire | hertfordshire |
  bedfordshire | cambridgeshire | northamptonshire | herefordshire | merseyside`);
export const WORLD_REGIONS: ReadonlySet<string> = new Set([...WORLD_STATES, ...WORLD_COUNTIES]);

/** Canadian province and territory codes, upper case, which Canadian notes write after a town as a state code. */
export const PROVINCE_CODES = new Set(`AB BC MB NB NL NS NT NU ON PE QC SK YT`.split(' '));

/** USPS state codes, upper case. */
export const STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
  RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI`.split(/\s+/),
);

// Round 91: "terr" (a shipping label's "14 Beacon Terr").
export const STREET_SUFFIXES = set(`street | st | st. | avenue | ave | ave. | av | road | rd | rd. | boulevard | blvd |
  blvd. | lane | ln | ln. | drive | dr | dr. | court | ct | ct. | way | place | pl | pl. | terrace | ter | terr | circle | cir |
  highway | hwy | parkway | pkwy | square | sq | trail | trl | alley | plaza | crescent | row | run | path | pike |
  turnpike | loop | point | pt | landing | ridge | heights | hts | walk | close | mews | grove | gardens`);

/**
 * Street suffixes read only after a house number and a name ("4410 Willow Creek", "1200 Grand Concourse"): alone
 * they are given names, surnames or words ("Glen", "Hill", "Summit"), so the rules that read a suffix anywhere
 * ("a street on this line") leave them out.
 */
// Round 136: the British and Irish "Rise", "Vale", "Lawns" ("22 Broadford Rise", "4 Ashgrove Lawns").
// Round 153: Australian abbreviations of parade, crescent, circuit and terrace ("41 Banksia Pde", "7 Wattle Cres").
export const NUMBERED_STREET_SUFFIXES = set(`expressway | freeway | causeway | crossing | cove | creek | hollow | glen |
  knoll | meadows | commons | estates | harbor | hill | hills | summit | vista | concourse | esplanade | promenade |
  parade | quay | wharf | bend | bluff | brook | chase | crest | dale | haven | manor | trace | valley | springs | pines |
  woods | gulch | canyon | mesa | notch | overlook | spur | bayou | isle | ranch | orchard | cliffs | shores |
  rise | vale | lawn | lawns | pde | cres | cct | circuit | tce`);

/** Common words the census lists hold as names but that rarely are in clinical text without a cue. */
export const EXTRA_COMMON_WORDS = [
  'patient', 'pt', 'dr', 'md', 'rn', 'np', 'pa', 'ct', 'mri', 'ekg', 'ecg', 'er', 'ed', 'icu', 'or', 'pacu', 'ob',
  'gyn', 'ent', 'gi', 'hiv', 'copd', 'chf', 'cad', 'dm', 'htn', 'afib', 'bp', 'hr', 'rr', 'wbc', 'rbc', 'hgb', 'plt',
  'bmp', 'cmp', 'cbc', 'ua', 'tsh', 'inr', 'ptt', 'bun', 'cr', 'na', 'k', 'cl', 'mg', 'ca', 'ldl', 'hdl', 'prn', 'bid',
  'tid', 'qid', 'qd', 'qhs', 'po', 'iv', 'im', 'sq', 'sc', 'sl', 'neb', 'tab', 'tabs', 'cap', 'caps', 'mcg', 'meq',
  // Round 66: a claims or benefits representative, shortened ("Corliss Vantongeren, Claim Rep,"), no surname.
  'rep', 'reps',
  // A congressional office's or an agency's staff and their work ("Caseworker Yolanda ...", "Casework notes -").
  'caseworker', 'caseworkers', 'casework',
  // Genetics: "Proband's mother" is the tested person's mother, no name.
  'proband', 'probands',
  // Round 47: ventricular fibrillation ("shock delivered for VF") and a phone's network identifiers' labels ("SIM ICCID",
  // "IMEI", "MEID"), no names.
  'vf', 'vfib', 'iccid', 'imei', 'imsi', 'meid', 'esim',
  // Round 169: hepatitis B serologies after an exposure's party ("Employee: HBsAb 88 mIU/mL", "Source: HBsAg negative").
  'hbsab', 'hbsag', 'hbcab', 'hbeag', 'hbeab',
  // "Lactated Ringer's": the fluid, no person. "per riss": regular insulin sliding scale.
  'lactated', 'riss', 'ssi',
  // Round 146: a visual field's test program ("Humphrey 24-2 SITA Fast", "SITA Standard"), and a privately owned vehicle
  // ("arrived by POV"): no given name, no staff's initials.
  'sita', 'pov',
  // Round 165: a records subpoena's Latin ("Subpoena Duces Tecum") and an internet provider named in a video-visit
  // ticket ("joined from <IP> (Comcast, ...)"): no names.
  'subpoena', 'duces', 'tecum', 'comcast', 'xfinity',
  // Round 138: a care team's service before a role's credential ("Hospice RN: <name>"), no surname.
  'hospice',
  'history', 'physical', 'assessment', 'plan', 'impression', 'diagnosis', 'diagnoses', 'procedure', 'allergies',
  'medications', 'meds', 'labs', 'vitals', 'exam', 'hpi', 'ros', 'pmh', 'psh', 'fh', 'sh', 'cc', 'note', 'notes',
  'discharge', 'admission', 'admit', 'follow', 'followup', 'up', 'consult', 'consultation', 'progress', 'summary',
  'tylenol', 'motrin', 'advil', 'lasix', 'coumadin', 'lipitor', 'zocor', 'norvasc', 'xarelto', 'eliquis', 'plavix',
  'keppra', 'dilantin', 'zofran', 'protonix', 'synthroid', 'glucophage', 'lantus', 'humalog', 'ativan', 'xanax',
  'valium', 'ambien', 'flomax', 'prozac', 'zoloft', 'lexapro', 'celexa', 'paxil', 'wellbutrin', 'seroquel',
  'cardiology', 'oncology', 'neurology', 'nephrology', 'pulmonology', 'urology', 'radiology', 'pathology',
  // Round 53: specialties and their ward shorthand, as meeting minutes write them after a name ("J. Brandvold (Rad
  // Onc)", "Dr. Maplethorpe, Anesthesiology,"): departments, not people.
  'anesthesiology', 'anaesthesiology', 'anesthesia', 'anaesthesia', 'anaesthetics', 'hematology', 'haematology', 'rheumatology',
  'endocrinology', 'gastroenterology', 'dermatology', 'otolaryngology', 'hepatology', 'neurosurgery', 'neonatology', 'geriatrics',
  // Round 82: a laboratory's sections in its staff's shorthand ("Coag lab:", "Micro called"), no names.
  'coag', 'micro', 'chem', 'histo', 'cyto',
  'hospitalist', 'onc', 'heme', 'surg', 'rheum', 'pulm', 'neuro', 'peds', 'paeds', 'nephro', 'ortho', 'derm', 'ophtho', 'uro', 'thoracic',
  // Round 81: a hospitalist's "per endo." and a lipid panel's "gtt for TG,": a service and a lab, not people.
  'endo', 'tg', 'tgs',
  'hispanic', 'latino', 'latina', 'caucasian', 'asian', 'african', 'american', 'white', 'black',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'german', 'french', 'english', 'spanish', 'italian', 'chinese', 'japanese', 'korean', 'russian', 'polish',
  'arabic', 'hindi', 'mandarin', 'cantonese', 'vietnamese', 'portuguese', 'haitian', 'creole', 'somali', 'tagalog',
  'triage', 'follow-up', 'data', 'alk', 'phos', 'hgb', 'hct', 'plt', 'ast', 'alt', 'tbili', 'lipase', 'troponin', 'albumin', 'bnp', 'ntprobnp',
  'telemetry', 'echo', 'xray', 'x-ray', 'ekg', 'gdmt', 'egfr', 'qtc', 'lvef', 'spo2', 'fio2', 'peep', 'abg', 'vbg',
  'mrn', 'dob', 'ssn', 'id', 'fax', 'tel', 'phone', 'email', 'ins', 'acct', 'male', 'female', 'yo', 'pmd', 'pcp',
  // Relation words the name lists hold ("NEIGHBOR" is a census surname): in a caps note they are cues, not names.
  'mom', 'grandma', 'grandpa', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'caregiver', 'caregivers', 'fiance',
  'fiancé', 'fiancee', 'fiancée', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'housemate', 'son', 'daughter',
  // German and French roles and relatives, written after or before a name in letters ("K. Aydın, Oberärztin",
  // "die Tochter, Frau Kuhn"), and the EMS unit word ("Medic 12").
  'oberarzt', 'oberärztin', 'chefarzt', 'chefärztin', 'assistenzarzt', 'assistenzärztin', 'facharzt', 'fachärztin',
  'hausarzt', 'hausärztin', 'kollege', 'kollegin', 'patientin', 'tochter', 'sohn', 'ehefrau', 'ehemann', 'enkelin',
  'médecin', 'infirmière', 'infirmier', 'fille', 'fils', 'épouse', 'conjoint', 'conjointe', 'medic',
  // Chart abbreviations that census lists hold as names ("RA GCS", "OSTEOPOROSIS, HX R", "EMERGENCY DEPT").
  // Services named like a ward or a consultant ("seen by Podiatry, Dr. Lindqvist"): no name beside a found one.
  'podiatry', 'dermatology', 'gastroenterology', 'endocrinology', 'rheumatology', 'hematology', 'hepatology',
  'ophthalmology', 'otolaryngology', 'psychiatry', 'geriatrics', 'orthopedics', 'orthopaedics',
  // Round 51: the adjective a referral names the service by ("Referred To: Orthopaedic Surgery").
  'orthopedic', 'orthopaedic',
  'hx', 'dx', 'tx', 'sx', 'fx', 'ra', 'gcs', 'dept', 'esi', 'loc', 'nkda',
  // Chart words read as names in anaesthesia and addiction notes ("Wt 54 kg", "DEA X-waiver", "PDMP queried").
  'wt', 'dea', 'pdmp',
  // Anatomy that census lists hold as names ("Tori small mand bilat", "linea alba").
  'tori', 'torus', 'alba',
  // Ancestry and brand words written capitalised ("Sephardic Jewish ancestry", "Medrol Dosepak"), and pedigree terms
  // (not "Ashkenazi", a surname too: in no name list, it is a name only after a title or a cue, "Dr. Ashkenazi").
  'sephardi', 'sephardic', 'mizrahi', 'jewish', 'amish', 'mennonite', 'medrol', 'dosepak', 'consanguinity',
  'consanguineous',
  // Car makes and models ("a 2019 Subaru Outback"): a vehicle is identified by its plate or VIN, not its model.
  'toyota', 'honda', 'subaru', 'hyundai', 'nissan', 'mazda', 'chevrolet', 'chevy', 'volkswagen', 'audi', 'bmw',
  // Hearing-aid makers and models ("Phonak Audeo L90"): the device is identified by its serial number.
  'phonak', 'oticon', 'starkey', 'widex', 'signia', 'resound', 'audeo', 'lumity',
  'tesla', 'prius', 'camry', 'corolla', 'outback', 'forester', 'silverado', 'tacoma', 'rav4', 'sienna', 'odyssey',
  // Genera of pathogens, capitalised in a result or a diagnosis ("Legionella infection", "Candida glabrata").
  'legionella', 'klebsiella', 'pseudomonas', 'enterococcus', 'staphylococcus', 'streptococcus', 'acinetobacter',
  'enterobacter', 'serratia', 'citrobacter', 'clostridium', 'clostridioides', 'listeria', 'salmonella', 'shigella',
  'campylobacter', 'mycoplasma', 'chlamydia', 'neisseria', 'haemophilus', 'moraxella', 'bordetella', 'bartonella',
  'brucella', 'borrelia', 'rickettsia', 'ehrlichia', 'babesia', 'candida', 'aspergillus', 'cryptococcus', 'histoplasma',
  'coccidioides', 'blastomyces', 'nocardia', 'actinomyces', 'bacteroides', 'fusobacterium', 'prevotella',
  'helicobacter', 'stenotrophomonas', 'burkholderia', 'treponema', 'toxoplasma', 'giardia', 'cryptosporidium',
  'plasmodium', 'strongyloides',
  // Inhaler and pen devices and drug and device brands written capitalised ("Trelegy Ellipta", "Spiriva Respimat",
  // "Acuvue Oasys lenses"): a product, identified by a lot or serial number if at all.
  'ellipta', 'respimat', 'diskus', 'handihaler', 'flexpen', 'kwikpen', 'solostar', 'flextouch', 'inhub', 'aerosphere',
  'turbuhaler', 'redihaler', 'pressair', 'autoinjector', 'spiriva', 'symbicort', 'trelegy', 'advair', 'breo', 'anoro',
  'incruse', 'stiolto', 'breztri', 'dulera', 'wixela', 'jardiance', 'farxiga', 'ozempic', 'trulicity', 'mounjaro', 'wegovy',
  'entresto', 'humira', 'creon', 'jevity', 'mepilex', 'acuvue', 'oasys', 'biofinity', 'impella', 'lifevest', 'optiflux',
  'bair', 'hugger', 'aquacel', 'neulasta', 'onpro', 'baqsimi', 'zarxio', 'vapotherm', 'glidescope', 'tresiba', 'humalog',
  'novolog', 'lantus', 'levemir', 'toujeo', 'basaglar', 'omnipod', 'unna', 'jobst', 'aircast', 'theraband', 'otago',
  // Vaccine and intraocular-lens brands ("Typhim Vi", "Alcon Clareon"), and HIV pre-exposure prophylaxis ("PrEP").
  'typhim', 'vivotif', 'ixiaro', 'imovax', 'rabavert', 'dukoral', 'clareon', 'acrysof', 'tecnis', 'vivity', 'panoptix', 'prep',
  // Trial-design words in title case ("A Phase 3, Randomized, Double-Blind Trial").
  'randomized', 'randomised', 'double-blind', 'single-blind', 'open-label', 'placebo-controlled', 'multicenter', 'multicentre',
  // Payers and pharmacy benefit managers ("UnitedHealthcare denied", "Optum Rx mail order"): a plan is identified by its
  // member number, not its name. Payers' names that are people's too (Molina, Oscar) are left out.
  'unitedhealthcare', 'optum', 'aetna', 'cigna', 'humana', 'ambetter', 'centene', 'elevance', 'highmark', 'caresource',
  'amerigroup', 'caremark', 'wellcare', 'medicare', 'medicaid', 'tricare', 'medi-cal', 'masshealth', 'tenncare', 'bcbs',
  'covermymeds', 'medlineplus', 'mychart', 'krames', 'cologuard',
  // Round 151: Medicare's administrative contractors by their own names ("per Noridian LCD L33718", "Novitas denied"),
  // already payers' first words for facilities.
  'noridian', 'novitas',
  // Surgical device makers named in operative notes ("Karl Storz tower", "Covidien Endo GIA").
  'covidien', 'ethicon', 'arthrex', 'storz', 'conmed', 'aesculap', 'optumrx',
  // Device and implant makers and their product lines ("Zimmer Biomet Persona", "Edwards Sapien 3", "Ottobock C-Leg",
  // "Baxter Amia cycler"): a device is identified by its serial number, not its maker or model.
  'biomet', 'depuy', 'synthes', 'ottobock', 'livanova', 'straumann', 'biocare', 'sapien', 'evolut', 'xience', 'skypoint',
  'amia', 'cepheid', 'xpert', 'biofire', 'filmarray', 'aerochamber', 'freestyle', 'abiomed', 'cardiohelp', 'heartmate',
  'cardiomems', 'watchman', 'mitraclip', 'triathlon', 'attune', 'persona', 'evolut', 'cochlear', 'nucleus', 'inogen',
  'lincare', 'apria', 'edgepark', 'amedisys', 'vitas', 'lifeline', 'withings', 'fitbit', 'pleurx', 'ligasure',
  // Infant formulas, nutrition and vaccine brands ("Similac Pro-Advance", "Enfamil Gentlease", "Fluzone High-Dose").
  'similac', 'enfamil', 'gentlease', 'neosure', 'pediasure', 'fluzone', 'shingrix', 'arexvy', 'abrysvo', 'beyfortus',
  'pediarix', 'prevnar', 'proquad', 'vaqta', 'hiberix', 'boostrix', 'heplisav', 'engerix', 'comirnaty', 'spikevax',
  // Round 67: childhood and adolescent vaccine brands of an immunisation schedule ("12-month: MMR, Varivax, Hep A.").
  'varivax', 'pentacel', 'vaxelis', 'kinrix', 'quadracel', 'daptacel', 'infanrix', 'pedvaxhib', 'acthib', 'rotateq',
  'rotarix', 'gardasil', 'menveo', 'menquadfi', 'bexsero', 'trumenba', 'penbraya', 'havrix', 'twinrix', 'adacel',
  'tenivac', 'recombivax', 'vaxneuvance', 'pneumovax', 'capvaxive', 'synagis', 'flulaval', 'fluarix', 'flucelvax', 'afluria', 'flumist',
  // "Hep A.", "Hep B." closing a sentence read as a surname and an initial: the hepatitis vaccines' short name.
  'hep',
  // Round 142: vaccines, labour drugs and contraceptives of prenatal and postpartum notes, read as "Surname, Given" after
  // a verb ("Discussed Tdap, kick counts", "Discussed RhoGAM, Nexplanon").
  'tdap', 'dtap', 'rhogam', 'nexplanon', 'pitocin', 'cytotec', 'cervidil', 'prepidil', 'makena', 'paragard', 'kyleena',
  'liletta', 'nuvaring', 'diclegis',
  // Imaging agents and nuclear tracers ("Cardiolite imaging", "Lexiscan stress test").
  'cardiolite', 'lexiscan', 'gadavist', 'definity',
  // Charities and drug makers' assistance programs ("Susan G. Komen", "Novo Nordisk PAP", "Livestrong").
  'komen', 'livestrong', 'nordisk', 'alcon', 'amplatzer', 'dornier', 'varian', 'elekta', 'truebeam', 'coloplast', 'convatec',
  'nepro', 'glooko', 'tidepool', 'litholink', 'urolift', 'interstim', 'sigvaris', 'medela', 'lansinoh',
  // Clinical words that census lists hold as names ("Syncope:", "Laparoscopic Nissen", "Antimicrobial Stewardship").
  'syncope', 'laparoscopic', 'robotic', 'stewardship',
  // Parties and roles of legal and benefits papers, written capitalised before or after a name ("Claimant Kendrick
  // Oyelaran", "Rosalind Terry, Affiant", "Petitioner: ..."): a role, never part of the name.
  'claimant', 'claimants', 'affiant', 'petitioner', 'petitioners', 'respondent', 'respondents', 'plaintiff', 'plaintiffs',
  'defendant', 'defendants', 'decedent', 'declarant', 'deponent', 'examinee', 'juror', 'detainee', 'appellant',
  'appellee', 'complainant', 'grievant', 'conservatee',
  // Round 40: roles and numbers' labels of billing papers, written capitalised ("Adjuster says the claim is accepted",
  // "ATTENDING NPI 1457338021", "ICN:", "orig DCN"): never a person's name.
  'adjuster', 'adjusters', 'adjustor', 'guarantor', 'guarantors', 'npi', 'icn', 'dcn', 'carc', 'rarc',
  // Māori greetings and sign-offs of New Zealand letters ("Kia ora koutou", "Ngā mihi nui", "Tēnā koe").
  'kia', 'ora', 'koutou', 'kōrua', 'tēnā', 'mihi', 'ngā', 'nāku',
  // Round 84: words of guidelines, leaflets and monographs that no English list holds, written capitalised in a title
  // or a list ("Living With Atrial Fibrillation", "Wound Ostomy Continence Nurses", "obscured by slough or eschar");
  // drug makers and sponsors ("sponsor AstraZeneca", "Meridian Therapeutics"), insulin brands ("Humalog, Admelog,
  // Lyumjev") and ride services ("Uber, Lyft, or taxi"): a product or a firm, never a person.
  'atrial', 'fibrillation', 'ostomy', 'continence', 'slough', 'eschar', 'therapeutics', 'biosciences', 'biopharma',
  'astrazeneca', 'novartis', 'sanofi', 'genentech', 'regeneron', 'abbvie', 'amgen', 'biogen', 'boehringer', 'ingelheim',
  'glaxosmithkline', 'viatris', 'pfizer', 'teva', 'admelog', 'lyumjev', 'apidra', 'fiasp', 'semglee', 'rezvoglar',
  'uber', 'lyft', 'minimed', 'simplera',
  // Beds, lifts and respiratory devices named with their makers ("Hill-Rom Centrella bed", "Fisher & Paykel Optiflow").
  'centrella', 'procuity', 'arjo', 'optiflow', 'airsense', 'dreamstation', 'respironics',
  // Round 96: words of care-plan headings, nursing diagnoses and supply catalogues written in Title Case ("Problem:
  // Indwelling Urinary Catheter", "Infective Endocarditis Workup", "Hickman Dual Lumen Catheter", "Round Silicone Drain"),
  // makers with no person's name among them ("Samsung Bioepis", "Hospira and Fresenius", "moved to Medline")
  // and device brands ("Zio XT Patch", "Hemovac Evacuator", "PowerPICC"): a thing or a firm, never a person.
  'indwelling', 'urinary', 'catheter', 'catheters', 'endocarditis', 'infective', 'silicone', 'suprapubic',
  'chlorhexidine', 'gluconate', 'venous', 'thromboembolism', 'prophylaxis', 'attestation', 'reassessment',
  'cardiovascular', 'piperacillin', 'tazobactam', 'biosimilar', 'pharmacokinetics', 'evacuator', 'prefill',
  'samsung', 'bioepis', 'hospira', 'fresenius', 'medline', 'zio', 'hemovac', 'powerpicc', 'pleur-evac', 'permanente',
  // Round 115: words of nursing care plans, therapy plans and supply lists written in Title Case that no English list
  // holds ("Orthostatic Hypotension", "Oropharyngeal Dysphagia", "Basal Bolus Correction", "Bariatric Commode",
  // "Nurse Referral"), and the brands of lifts, cushions, dressings, supplements and therapy gear ("Sara Stedy", "Roho
  // Quadtro", "Hydrofera Blue", "Santyl", "Prevalon Boots", "NuStep"): a thing or a treatment, never a person.
  'orthostatic', 'hypotension', 'oropharyngeal', 'dysphagia', 'aphasia', 'hemiparesis', 'fiberoptic', 'endoscopic',
  'neuromuscular', 'periwound', 'macerated', 'maceration', 'collagenase', 'subcutaneous', 'prophylactic', 'basal', 'bolus',
  'bariatric', 'commode', 'referral', 'referrals', 'stedy', 'roho', 'quadtro', 'compella', 'hovermatt', 'prevalon',
  'santyl', 'hydrofera', 'allevyn', 'granufoam', 'vashe', 'purewick', 'statlock', 'tegaderm', 'biopatch', 'curos',
  'criticaid', 'arginaid', 'juven', 'prostat', 'theraputty', 'flexbar', 'medbridge', 'nustep', 'bioness', 'glucommander',
  'endotool', 'levophed', 'precedex', 'graston', 'kinesio', 'vitalstim', 'bestest', 'ginkgo', 'biloba', 'senna',
];

/** Given names common today that the 1990 census lists lack. */
export const EXTRA_FIRST_NAMES = [
  'aiden', 'jayden', 'jaden', 'brayden', 'liam', 'noah', 'mason', 'logan', 'elijah', 'oliver', 'lucas', 'ethan',
  'harper', 'avery', 'mia', 'chloe', 'zoe', 'zoey', 'madison', 'addison', 'aubrey', 'brooklyn', 'paisley', 'skylar',
  'aaliyah', 'nevaeh', 'kaylee', 'mohammed', 'muhammad', 'mohamed', 'ahmed', 'ahmad', 'ali', 'omar', 'fatima',
  'aisha', 'priya', 'raj', 'rajesh', 'sanjay', 'anil', 'sunil', 'deepak', 'amit', 'arjun', 'rohan', 'ananya',
  'wei', 'li', 'jing', 'xin', 'yan', 'hui', 'min', 'jun', 'hiroshi', 'yuki', 'kenji', 'akira', 'haruto', 'sakura',
  'nguyen', 'minh', 'thanh', 'linh', 'duc', 'huong', 'jose', 'josé', 'juan', 'luis', 'carlos', 'miguel', 'jesús',
  'maría', 'lucía', 'sofía', 'mateo', 'santiago', 'diego', 'alejandro', 'javier', 'andrés', 'joão', 'françois',
  'søren', 'björn', 'zoë', 'chloé', 'renée', 'andré', 'rené', 'jürgen', 'günter', 'krzysztof', 'wojciech', 'olga',
  'dmitri', 'sergei', 'ivan', 'natasha', 'svetlana', 'yusuf', 'ibrahim', 'mustafa', 'layla', 'leila', 'amir',
  'kwame', 'kofi', 'ama', 'chidi', 'ngozi', 'oluwaseun', 'tunde', 'ade', 'siobhan', 'niamh', 'aoife', 'seamus',
  // Akan and Ewe day names and Ewe given names (Ghana, Togo): "sister Esi Agbeko". Not "Yaw" or "Aba" (words, ABA).
  'esi', 'efua', 'ekua', 'akua', 'abena', 'adjoa', 'adwoa', 'afua', 'afia', 'akosua', 'yaa', 'kwabena', 'kwaku', 'kwasi', 'kwesi',
  'kojo', 'kodjo', 'kwadwo', 'komla', 'kafui', 'selasi', 'elikem', 'senam', 'dzifa', 'mawuli', 'delali', 'yayra', 'enyonam',
  // Given names of Appalachia and the rural South of the last century that the 1990 census lists lack: "Ersel Combs".
  'ersel', 'arvel', 'arville', 'dencil', 'denzil', 'verlin', 'ottis', 'orvel', 'vester', 'lonzo', 'cleatus', 'elzie', 'zelphia',
  // The lead (2026-12-01): classic, biblical and European given names the 1990 lists hold only as surnames or not at all
  // ('OT note: Bartholomew "Bart" Nkemelu' was missed); none is an English word.
  'bartholomew', 'percival', 'leopold', 'archibald', 'ignatius', 'barnaby', 'cuthbert', 'augustin', 'florian', 'atticus',
  'evander', 'casimir', 'benedikt', 'lysander', 'cosimo', 'obadiah', 'zebediah', 'jedediah', 'hezekiah', 'nehemiah',
  'malachi', 'gideon', 'phineas', 'caspar', 'kasper', 'matthias', 'ansel', 'anselm', 'aurelius', 'maximilian',
  'seraphina', 'philippa', 'araminta', 'imogen',
  'arlis', 'dorsel', 'ivalee', 'alvis',
  // Nicknames that are English words, read as "Will" and "Hope" are: a listed given name that is also a word.
  'skip', 'chip', 'butch',
  // Given names of the last decades that are words and that the 1990 census lists lack: named only where a person is
  // ("partner, Sky, and", "Sky asked", "son River"), as "Hope" and "Will" are.
  'sky', 'river', 'rain', 'journey', 'ocean', 'wren', 'ember', 'lyric', 'zion', 'blaze', 'rowan', 'ryder', 'maverick', 'nova', 'kai',
  // Virtue names of southern and West Africa (South Africa, Zimbabwe, Zambia, Nigeria) that are English words:
  // named only where a person is ("for Lucky Mokoena", "Blessing Eze, 23,"), as "Hope" and "Faith" are.
  'lucky', 'blessing', 'precious', 'godswill', 'goodluck', 'loveness', 'gracious',
  // Round 121: and more of them, of West and southern Africa alike ("a 34-year-old man, Justice Mensah,").
  'justice', 'honor', 'honour', 'gift', 'comfort', 'fortune', 'miracle', 'testimony', 'favour', 'prosper',
  // Polish, Nordic, Dutch, Basque, Andean, Yoruba, Igbo, Arabic, South Asian, Chinese, Japanese, Korean and
  // Vietnamese given names the census lists lack; none is an English word, a common word or a US town.
  'dariusz', 'mateusz', 'tomasz', 'bartosz', 'grzegorz', 'przemysław', 'przemyslaw', 'zbigniew', 'wiesław',
  'wieslaw', 'jarosław', 'jaroslaw', 'mirosław', 'miroslaw', 'radosław', 'radoslaw', 'bogusław', 'boguslaw',
  'stanisław', 'stanislaw', 'władysław', 'wladyslaw', 'kazimierz', 'tadeusz', 'witold', 'leszek', 'janusz',
  'ryszard', 'andrzej', 'jacek', 'łukasz', 'lukasz', 'maciej', 'michał', 'paweł', 'pawel', 'piotr', 'szymon',
  'kacper', 'jakub', 'agnieszka', 'małgorzata', 'malgorzata', 'katarzyna', 'urszula', 'grażyna', 'bożena', 'bozena',
  'elżbieta', 'elzbieta', 'dorota', 'wioletta', 'żaneta', 'zaneta', 'zuzanna', 'jolanta', 'bjorn', 'solveig',
  'ingvild', 'torunn', 'gunnhild', 'ragnhild', 'tuva', 'freja', 'idun', 'sindre', 'eirik', 'einar', 'torbjørn',
  'torbjorn', 'håkon', 'hakon', 'knut', 'sven', 'gunnar', 'halvard', 'tormod', 'vidar', 'kjell', 'jarle', 'jukka',
  'juha', 'jussi', 'pekka', 'matti', 'mikko', 'antti', 'heikki', 'timo', 'tuomas', 'ilkka', 'eero', 'aino', 'sanna',
  'kaisa', 'tiina', 'päivi', 'paivi', 'riikka', 'sølvi', 'solvi', 'pieter', 'joost', 'sjoerd', 'bram', 'wouter',
  'maarten', 'thijs', 'jeroen', 'niels', 'ruud', 'henk', 'gerrit', 'hendrik', 'koen', 'femke', 'anouk', 'maaike',
  'marieke', 'sanne', 'lieke', 'annelies', 'geertje', 'willemijn', 'saskia', 'ineke', 'mieke', 'fenna', 'jildau',
  'itziar', 'aitor', 'iñaki', 'inaki', 'iker', 'gorka', 'unai', 'asier', 'ainhoa', 'amaia', 'maite', 'nerea',
  'edurne', 'leire', 'garazi', 'arantxa', 'koldo', 'xabier', 'josu', 'killa', 'quilla', 'amaru', 'sumaq', 'wayra',
  'adebayo', 'adewale', 'adeola', 'ayodele', 'babatunde', 'folake', 'folasade', 'funmilayo', 'ifeoluwa', 'kehinde',
  'taiwo', 'olumide', 'oluwafemi', 'olufemi', 'oluwatobi', 'temitope', 'tolulope', 'yetunde', 'bolanle', 'damilola',
  'abimbola', 'abiodun', 'ayomide', 'opeyemi', 'segun', 'bukola', 'morenike', 'chinedu', 'chinonso', 'chukwuemeka',
  'emeka', 'chiamaka', 'chioma', 'adaeze', 'obinna', 'ikenna', 'nnamdi', 'uchenna', 'ifeoma', 'nkechi', 'amaka',
  'ebuka', 'chinwe', 'kelechi', 'oluchi', 'ugochukwu', 'nneka', 'obiageli', 'chibuzo', 'ifeanyi', 'abdullah',
  'abdulrahman', 'abdelkader', 'khalid', 'khaled', 'tariq', 'tarek', 'walid', 'waleed', 'hamza', 'bilal', 'faisal',
  'karim', 'samir', 'sameer', 'nabil', 'rashid', 'hussein', 'youssef', 'yousef', 'mahmoud', 'mahmood', 'kamal',
  'zaid', 'zayd', 'ayman', 'hisham', 'osama', 'saif', 'marwan', 'rania', 'noor', 'nour', 'yasmeen', 'salma',
  'khadija', 'zainab', 'zaynab', 'huda', 'hala', 'reem', 'ghada', 'hiba', 'lubna', 'manal', 'suha', 'wafa', 'asma',
  'rasha', 'shaima', 'aarav', 'vivaan', 'aditya', 'ishaan', 'arnav', 'siddharth', 'rahul', 'vikram', 'vijay',
  'suresh', 'ramesh', 'mahesh', 'ganesh', 'dinesh', 'naresh', 'rakesh', 'mukesh', 'pradeep', 'sandeep', 'kuldeep',
  'gurpreet', 'harpreet', 'manpreet', 'jaspreet', 'navjot', 'simran', 'harjit', 'baljit', 'sukhwinder', 'parminder',
  'rajinder', 'anjali', 'aishwarya', 'deepika', 'kavya', 'lakshmi', 'meenakshi', 'nandini', 'pooja', 'preeti',
  'priyanka', 'radhika', 'shreya', 'sunita', 'swati', 'divya', 'neha', 'shalini', 'shruti', 'sneha', 'ritu', 'rekha',
  'geeta', 'savita', 'kavita', 'venkat', 'srinivas', 'lakshman', 'karthik', 'arun', 'varun', 'tarun', 'nikhil',
  'akash', 'prakash', 'mohan', 'gopal', 'harish', 'girish', 'satish', 'manish', 'ashish', 'yogesh', 'rajeev',
  'sanjeev', 'abhishek', 'anand', 'anirudh', 'tanvir', 'imran', 'farhan', 'rizwan', 'shahid', 'zubair', 'nasreen',
  'farzana', 'shabnam', 'tahmina', 'rubina', 'fahmida', 'nusrat', 'xiaoming', 'xiaoling', 'xiaoyu', 'jianguo',
  'jianhua', 'weiming', 'zhiwei', 'zhiqiang', 'yifan', 'yuxuan', 'zihan', 'haoran', 'yutong', 'meiling', 'meihua',
  'lihua', 'xiulan', 'guiying', 'shufen', 'yuying', 'jiahui', 'jiayi', 'xinyi', 'wenjun', 'junjie', 'jiawei',
  'haoyu', 'zhihao', 'qiang', 'takeshi', 'hiroki', 'daisuke', 'kazuki', 'kenta', 'shota', 'ryota', 'takumi', 'naoki',
  'masato', 'satoshi', 'tetsuya', 'naoko', 'haruka', 'misaki', 'nanami', 'ayaka', 'kaori', 'megumi', 'yumi',
  'mayumi', 'jiwoo', 'minjun', 'seojun', 'doyun', 'hajun', 'jihoon', 'junho', 'minho', 'sungmin', 'hyunwoo', 'jisoo',
  'jiyeon', 'minji', 'seoyeon', 'soyeon', 'yuna', 'eunji', 'hyejin', 'sujin', 'jiyoung', 'youngmi', 'mikyung',
  'nhung', 'oanh', 'quynh', 'khanh', 'phuc', 'quang', 'vinh', 'cuong', 'hieu', 'kiet', 'luan', 'nghia', 'nhan',
  'quoc', 'thien', 'toan', 'trung',
  // More South Asian (Hindi, Tamil, Telugu, Kannada, Bengali, Marathi) and Yoruba given names and short forms.
  'ravi', 'ravindra', 'raghavendra', 'venkatesh', 'venkata', 'krishna', 'gita', 'geetha', 'sita', 'usha', 'asha',
  'latha', 'padma', 'padmini', 'lalitha', 'revathi', 'saraswati', 'parvati', 'kamala', 'vasanth', 'shankar',
  'sekhar', 'chandra', 'balaji', 'murali', 'prasad', 'raghu', 'siva', 'shiva', 'vishnu', 'arvind', 'aravind',
  'ashok', 'vinod', 'vivek', 'pranav', 'rohit', 'sachin', 'saurabh', 'gaurav', 'ankit', 'ankita', 'pallavi',
  'rashmi', 'sapna', 'tanvi', 'vidya', 'yamini', 'hemant', 'jagdish', 'kiran', 'mahendra', 'narendra', 'rajendra',
  'surendra', 'devendra', 'jitendra', 'ramakrishna', 'subhash', 'sudhir', 'sunitha', 'anitha', 'kavitha', 'sangeetha',
  'sridhar', 'srikanth', 'harsha', 'madhavi', 'madhu', 'hari', 'haritha', 'sushma', 'sudha', 'indira', 'jyoti',
  'femi', 'tobi', 'dayo', 'bayo', 'funmi', 'bisi', 'wale', 'tayo', 'kunle', 'gbenga', 'yinka',
  // Māori given names (Aotearoa New Zealand): "I'm Hemi Walker" was missed. Not "Hone" or "Pita" (English words).
  'hemi', 'wiremu', 'tamati', 'rawiri', 'tipene', 'mereana', 'aroha', 'ngaio', 'manaia', 'nikau', 'anahera', 'awhina',
  'huia', 'whetu', 'paora', 'hohepa', 'ihaia', 'mikaere', 'kahurangi', 'ngaire', 'rewi', 'tamatea', 'wairua', 'hinewai',
  // Round 43: Russian, Ukrainian, Romanian and South Slavic given names the census lists lack ("Discharge plan:
  // Nikolai Petrenko to ..." kept only the surname). "Nikolai" is also a village in Alaska, as "Alexander" is a town.
  'nikolai', 'nikolay', 'dmitry', 'yevgeny', 'evgeny', 'sergey', 'anatoly', 'anatoliy', 'oksana', 'taras', 'andriy',
  'olena', 'iryna', 'oleksandr', 'oleksiy', 'volodymyr', 'mykola', 'vasyl', 'halyna', 'lyudmila', 'ludmila',
  'ekaterina', 'yekaterina', 'nadezhda', 'arkady', 'gennady', 'vitaly', 'vyacheslav', 'ruslan', 'artem', 'artyom',
  'maksim', 'kirill', 'andrei', 'mihai', 'ionut', 'radu', 'dragos', 'bogdana', 'snezana', 'zoran', 'goran', 'nenad',
  'vesna', 'jelena', 'dusan', 'slobodan', 'branko', 'ljiljana',
  // Round 45: given names of refugee and immigrant communities that US clinics serve and the census lists lack (none an
  // English word, a clinical word or a US town): Khmer, Lao, Hmong, Amharic and Tigrinya, Somali, Uzbek and Kazakh,
  // Pashto and Dari, Tibetan and Sherpa, Hawaiian and Tongan, Igbo and Yoruba, Filipino, Shona, Swahili and Kikuyu,
  // and Lakota and Navajo. Not "Dindo" (Clavien-Dindo), "Genet", "Rai" (radioactive iodine), "Paw", "Naw", "Saw".
  'rithy', 'sovann', 'sreymom', 'chanthy', 'sokha', 'bopha', 'sophal', 'sothea', 'kosal', 'visal', 'pisey', 'chenda',
  'rotha', 'sophea', 'phalla', 'samnang', 'narith', 'vuthy', 'sokhom', 'sopheap', 'sreyleak', 'chantha', 'vichet',
  'sambath', 'leakhena', 'bunthoeun', 'chamroeun', 'souksavanh', 'khamphone', 'phonsavanh', 'bounmy', 'somphone',
  'vilayphone', 'souphanh', 'khamla', 'bounthavy', 'sengdao', 'phouvong', 'manivanh', 'tou', 'nou', 'xay', 'pheng',
  'chue', 'kou', 'neng', 'youa', 'houa', 'blia', 'txia', 'yia', 'xeng', 'choua', 'nhia', 'yeng', 'tekle', 'gebre',
  'tesfaye', 'alemayehu', 'abebe', 'almaz', 'tigist', 'selam', 'meseret', 'yonas', 'dawit', 'yohannes', 'senait',
  'mulugeta', 'berhane', 'tsegaye', 'hagos', 'mebrahtu', 'yemane', 'girma', 'bekele', 'getachew', 'mekonnen',
  'haimanot', 'tsion', 'hirut', 'mekdes', 'eyerusalem', 'kidist', 'birtukan', 'worku', 'ayele', 'negash', 'habtom',
  'tesfom', 'semhar', 'luwam', 'abdirahman', 'abdiwali', 'abdikarim', 'abdullahi', 'hodan', 'fartun', 'ayaan', 'hamdi',
  'sahra', 'ubah', 'ilhan', 'warsame', 'abdirizak', 'farhiya', 'nimco', 'deeqa', 'abdiaziz', 'abdiqani', 'abdinasir',
  'abdisalam', 'hibaaq', 'ikran', 'faadumo', 'xaawo', 'maryan', 'nurlan', 'aigerim', 'gulnara', 'baktygul', 'dilnoza',
  'timur', 'bekzod', 'jasur', 'sherzod', 'nodira', 'shahnoza', 'dilshod', 'azamat', 'aizhan', 'gulnora', 'zarina',
  'akmal', 'ulugbek', 'farrukh', 'otabek', 'nilufar', 'kairat', 'yerlan', 'dinara', 'asel', 'aibek', 'nursultan',
  'zarghona', 'parwana', 'gulalai', 'wahid', 'najib', 'wahida', 'mursal', 'fawad', 'habibullah', 'naqib', 'zabihullah',
  'sediqa', 'mahbooba', 'nazifa', 'keoni', 'ikaika', 'kainoa', 'sione', 'losaline', 'tevita', 'viliami', 'malakai',
  'semisi', 'makana', 'kawika', 'noelani', 'pualani', 'kalena', 'siaosi', 'mosese', 'tavita', 'feleti', 'salote',
  'elenoa', 'tenzin', 'dolkar', 'lhamo', 'dorje', 'tashi', 'sonam', 'nyima', 'dawa', 'yangchen', 'pasang', 'ngawang',
  'mingma', 'lhakpa', 'phurba', 'dechen', 'wanbli', 'tokala', 'ahanu', 'chayton', 'takoda', 'nizhoni', 'ahiga',
  'hosteen', 'dezba', 'chidinma', 'chinyere', 'chukwudi', 'nkiruka', 'ogechi', 'ifunanya', 'somto', 'ebere', 'onyeka',
  'tochukwu', 'uzoma', 'oyinkansola', 'titilayo', 'modupe', 'omolara', 'olamide', 'mobolaji', 'ibukun', 'temidayo',
  'maricel', 'marivic', 'analyn', 'rodel', 'jomar', 'bayani', 'arnel', 'jessa', 'tendai', 'tatenda', 'tinashe',
  'tapiwa', 'rudo', 'farai', 'nyasha', 'chipo', 'tafadzwa', 'kudzai', 'baraka', 'neema', 'imani', 'zawadi', 'amani',
  'juma', 'rehema', 'subira', 'wanjiru', 'wambui', 'achieng', 'akinyi', 'atieno',
  // Round 95: short forms families text ("sorry kev i was", "Tue: steph here"), and Turkish, Persian, Romanian,
  // Scots and Māori given names the census lists lack; none an English word or a clinical abbreviation.
  'kev', 'steph', 'nic', 'stevie', 'jonno', 'mikey', 'zeynep', 'elif', 'emine', 'ayşe', 'ayse', 'fatma', 'mehmet', 'hamid',
  'parvin', 'shirin', 'mahnaz', 'farhad', 'dariush', 'reza', 'mirela', 'mihaela', 'florin', 'ionela', 'catalin',
  'elspeth', 'morag', 'ishbel', 'eilidh', 'hamish', 'rangi', 'kiki',
];

/** Surnames common in US clinical settings that the 1990 census top list under-represents. */
export const EXTRA_SURNAMES = [
  'nguyen', 'tran', 'le', 'pham', 'huynh', 'hoang', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong', 'ly',
  'patel', 'shah', 'singh', 'kumar', 'sharma', 'gupta', 'mehta', 'reddy', 'rao', 'iyer', 'nair', 'das', 'bose',
  'chen', 'wang', 'zhang', 'liu', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'lin',
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'tanaka', 'suzuki', 'sato', 'watanabe',
  'takahashi', 'yamamoto', 'nakamura', 'kobayashi', 'ito', 'kato', 'núñez', 'nuñez', 'peña', 'muñoz', 'ibáñez',
  'o\'brien', 'o\'connor', 'o\'neill', 'o\'reilly', 'mcdonald', 'nakamura', 'kowalski', 'nowak', 'wiśniewski',
  'müller', 'schmidt', 'schneider', 'fischer', 'meyer', 'weber', 'wagner', 'becker', 'schulz', 'hoffmann',
  // South Asian surnames beyond the most common handful.
  'subramaniam', 'subramanian', 'krishnan', 'venkataraman', 'raghavan', 'ramachandran', 'natarajan', 'balasubramanian',
  'srinivasan', 'narayanan', 'gopalan', 'pillai', 'menon', 'nambiar', 'chatterjee', 'banerjee', 'mukherjee',
  'bhattacharya', 'ganguly', 'chakraborty', 'ghosh', 'dutta', 'joshi', 'kulkarni', 'deshpande', 'patil', 'agarwal',
  'aggarwal', 'bansal', 'malhotra', 'kapoor', 'khanna', 'chopra', 'arora', 'bhatia', 'sethi', 'saxena', 'srivastava',
  'tiwari', 'mishra', 'pandey', 'dubey', 'trivedi', 'chaudhary', 'yadav', 'verma', 'sinha', 'iyengar', 'hegde',
  'shetty', 'kamath', 'raghunathan', 'ramaswamy', 'venkatesan', 'sundaram', 'ramanathan', 'swaminathan',
  // Round 45: surnames of the same communities (Ethiopian and Eritrean, Somali, Khmer, Tongan, Samoan and Hawaiian,
  // Igbo and Yoruba, Nepali, Afghan and Iranian, Uzbek and Kazakh) that the census lists lack; no English word.
  'warsame', 'egal', 'hirsi', 'mohamud', 'guled', 'dirie', 'samatar', 'abdille', 'elmi', 'tesfaye', 'gebremariam',
  'berhe', 'tekle', 'kebede', 'bekele', 'alemu', 'mengistu', 'wolde', 'gebremedhin', 'desta', 'gebreyesus',
  'woldemariam', 'assefa', 'tefera', 'getachew', 'mekonnen', 'chhim', 'prak', 'pich', 'nhem', 'chhun', 'chhay', 'ouk',
  'nuon', 'soeun', 'tupou', 'fifita', 'vainikolo', 'taufa', 'havili', 'vaipulu', 'fonoti', 'tuilagi', 'fanene',
  'aumua', 'kahananui', 'kamakana', 'kahale', 'akana', 'faleolo', 'okonkwo', 'nwachukwu', 'adeyemi', 'ogunleye', 'eze',
  'nnamani', 'okeke', 'chukwu', 'ogunbiyi', 'olaniyan', 'sherpa', 'gurung', 'tamang', 'thapa', 'shrestha', 'adhikari',
  'bhandari', 'poudel', 'khadka', 'karki', 'karimi', 'hosseini', 'noorzai', 'yusufzai', 'popal', 'stanikzai',
  'ahmadzai', 'mohammadi', 'rezaei', 'moradi', 'jafari', 'hashemi', 'sadeghi', 'abdullaev', 'yusupov', 'karimov',
  'rakhimov', 'nazarov', 'saidov', 'ismoilov', 'akhmetov', 'suleimenov', 'abdullaeva', 'yusupova', 'karimova',
  // Round 95: Persian and Turkish surnames the census lists lack ("it's hamid rostami the son of ...").
  'rostami', 'rahimi', 'ahmadi', 'yilmaz', 'yıldız', 'yildiz', 'öztürk', 'ozturk', 'aydın', 'aydin',
];

/** City names common in notes that the ZIP list spells differently (Queens: its addresses' ZIP cities are its neighbourhoods). */
export const EXTRA_CITIES = [
  'new york city', 'nyc', 'queens', 'san fran', 'philly', 'la', 'd.c.', 'washington dc', 'washington d.c.', 'st. louis',
  'st louis', 'st. paul', 'st. petersburg', 'ft. lauderdale', 'ft. worth', 'ft. myers', 'mt. pleasant',
  // Round 37: the same without the period, as the words are keyed ("Bayfront Health St. Petersburg").
  'st paul', 'st petersburg', 'ft lauderdale', 'ft worth', 'ft myers', 'mt pleasant',
  'london', 'paris', 'toronto', 'montreal', 'vancouver', 'mexico city', 'tokyo', 'beijing', 'shanghai', 'mumbai',
  'delhi', 'new delhi', 'bangalore', 'manila', 'seoul', 'sydney', 'melbourne', 'dublin', 'madrid', 'barcelona',
  'rome', 'milan', 'berlin', 'munich', 'hamburg', 'amsterdam', 'brussels', 'vienna', 'zurich', 'geneva',
  'stockholm', 'oslo', 'copenhagen', 'helsinki', 'warsaw', 'prague', 'budapest', 'lisbon', 'athens', 'istanbul',
  'cairo', 'lagos', 'nairobi', 'johannesburg', 'cape town', 'tel aviv', 'jerusalem', 'dubai', 'riyadh', 'tehran',
  'karachi', 'lahore', 'dhaka', 'bangkok', 'hanoi', 'ho chi minh city', 'saigon', 'jakarta', 'singapore',
  'kuala lumpur', 'hong kong', 'taipei', 'osaka', 'kyoto', 'guadalajara', 'monterrey', 'tijuana', 'havana',
  'san juan', 'bogota', 'bogotá', 'lima', 'santiago', 'buenos aires', 'são paulo', 'sao paulo', 'rio de janeiro',
  'caracas', 'quito', 'kingston', 'port-au-prince', 'santo domingo', 'glasgow', 'edinburgh', 'manchester',
  'birmingham', 'liverpool', 'calgary', 'ottawa', 'winnipeg', 'edmonton', 'quebec city',
  // Large cities of India, Canada, Australia, New Zealand, Mexico and the UK that clinical letters name.
  'bengaluru', 'chennai', 'kolkata', 'hyderabad', 'pune', 'ahmedabad', 'jaipur', 'lucknow', 'kochi', 'chandigarh',
  'coimbatore', 'mysuru', 'mysore', 'thiruvananthapuram', 'visakhapatnam', 'nagpur', 'indore', 'bhopal', 'surat',
  'mississauga', 'brampton', 'scarborough', 'etobicoke', 'markham', 'oakville', 'saskatoon', 'halifax',
  'brisbane', 'perth', 'adelaide', 'canberra', 'hobart', 'geelong', 'wollongong', 'newcastle',
  'auckland', 'wellington', 'christchurch', 'zapopan', 'puebla', 'querétaro', 'queretaro', 'mérida',
  'cancún', 'cancun', 'oaxaca', 'morelia', 'toluca', 'hermosillo', 'culiacán', 'culiacan', 'chihuahua', 'leeds',
  'sheffield', 'bristol', 'cardiff', 'belfast', 'aberdeen', 'dundee', 'inverness',
  // Cities of travel itineraries, hubs and deployments that travel-medicine, refugee and veterans' notes name.
  'frankfurt', 'doha', 'abu dhabi', 'addis ababa', 'kampala', 'kigali', 'dar es salaam', 'zanzibar', 'accra', 'dakar',
  'lusaka', 'harare', 'kinshasa', 'khartoum', 'mogadishu', 'baghdad', 'basra', 'mosul', 'ramadi', 'fallujah', 'kabul',
  'kandahar', 'bagram', 'kuwait city', 'amman', 'beirut', 'damascus', 'islamabad', 'kathmandu', 'colombo', 'yangon',
  'phnom penh', 'siem reap', 'vientiane', 'denpasar', 'cusco', 'la paz', 'medellín', 'medellin', 'cartagena',
  'guatemala city', 'san salvador', 'tegucigalpa', 'managua', 'port-of-spain', 'montego bay', 'punta cana',
  'marrakech', 'casablanca', 'tunis', 'algiers', 'entebbe', 'arusha', 'mombasa', 'kisumu', 'goma', 'juba',
  // Towns of the countries that immigrant, refugee and travel notes name most (the Philippines, Japan, Korea, China,
  // Vietnam, Ireland, Poland, Quebec, Germany, Somalia and East and West Africa, South Asia, Brazil, Southern and
  // Eastern Europe, the Middle East, Southeast Asia, Latin America and the Caribbean); none a common word or given name.
  'quezon city', 'cebu', 'cebu city', 'davao', 'davao city', 'makati', 'taguig', 'pasig', 'batangas', 'iloilo',
  'baguio', 'zamboanga', 'cagayan de oro', 'pampanga', 'angeles city', 'bacolod', 'tacloban', 'laoag', 'dagupan',
  'sendai', 'sapporo', 'nagoya', 'fukuoka', 'kobe', 'yokohama', 'hiroshima', 'naha', 'chiba', 'saitama',
  'kumamoto', 'kagoshima', 'nagasaki', 'okayama', 'niigata', 'shizuoka', 'kanazawa', 'busan', 'incheon', 'daegu',
  'daejeon', 'gwangju', 'suwon', 'ulsan', 'jeju', 'guangzhou', 'shenzhen', 'chengdu', 'wuhan', 'xi\'an', 'tianjin',
  'nanjing', 'hangzhou', 'chongqing', 'kunming', 'xiamen', 'fuzhou', 'shenyang', 'qingdao', 'dalian', 'changsha',
  'zhengzhou', 'jinan', 'hefei', 'nanning', 'urumqi', 'lhasa', 'taishan', 'wenzhou', 'da nang', 'haiphong',
  'hai phong', 'can tho', 'nha trang', 'vung tau', 'bien hoa', 'hue city', 'tuam', 'athlone', 'ballinasloe',
  'drogheda', 'letterkenny', 'tralee', 'castlebar', 'mullingar', 'navan', 'clonmel', 'lisburn', 'kraków', 'gdańsk',
  'gdansk', 'wrocław', 'wroclaw', 'poznań', 'poznan', 'łódź', 'lodz', 'katowice', 'rzeszów', 'rzeszow', 'szczecin',
  'białystok', 'bialystok', 'bydgoszcz', 'toruń', 'torun', 'kielce', 'olsztyn', 'opole', 'częstochowa',
  'czestochowa', 'tarnów', 'tarnow', 'lévis', 'levis', 'longueuil', 'gatineau', 'sherbrooke', 'trois-rivières',
  'trois-rivieres', 'saguenay', 'rimouski', 'chicoutimi', 'drummondville', 'repentigny', 'brossard', 'saint-jérôme',
  'saint-jean-sur-richelieu', 'köln', 'düsseldorf', 'dusseldorf', 'dortmund', 'leipzig', 'hannover', 'nürnberg',
  'bonn', 'mannheim', 'wiesbaden', 'mainz', 'freiburg', 'augsburg', 'regensburg', 'kempten', 'hargeisa', 'kismayo',
  'baidoa', 'garowe', 'bosaso', 'berbera', 'galkayo', 'beledweyne', 'jijiga', 'dadaab', 'kakuma', 'eastleigh',
  'abuja', 'ibadan', 'port harcourt', 'enugu', 'benin city', 'kaduna', 'owerri', 'onitsha', 'abeokuta', 'calabar',
  'ilorin', 'uyo', 'warri', 'kumasi', 'takoradi', 'conakry', 'bamako', 'ouagadougou', 'niamey', 'lomé', 'lome',
  'cotonou', 'yaoundé', 'yaounde', 'douala', 'libreville', 'brazzaville', 'luanda', 'maputo', 'lilongwe', 'blantyre',
  'gaborone', 'windhoek', 'bujumbura', 'gulu', 'mbarara', 'jinja', 'eldoret', 'nakuru', 'thika', 'dodoma', 'mwanza',
  'varanasi', 'patna', 'madurai', 'tiruchirappalli', 'trichy', 'vellore', 'mangalore', 'mangaluru', 'amritsar',
  'ludhiana', 'guwahati', 'kanpur', 'vadodara', 'rajkot', 'nashik', 'aurangabad', 'ranchi', 'raipur', 'bhubaneswar',
  'cuttack', 'dehradun', 'jammu', 'srinagar', 'shimla', 'udaipur', 'jodhpur', 'kozhikode', 'calicut', 'thrissur',
  'kollam', 'tirupati', 'vijayawada', 'guntur', 'warangal', 'tirunelveli', 'pondicherry', 'puducherry', 'hubli',
  'belgaum', 'belagavi', 'gurgaon', 'gurugram', 'noida', 'ghaziabad', 'faridabad', 'meerut', 'allahabad',
  'prayagraj', 'gorakhpur', 'rawalpindi', 'peshawar', 'multan', 'faisalabad', 'quetta', 'hyderabad sindh', 'sialkot',
  'gujranwala', 'abbottabad', 'mardan', 'chittagong', 'chattogram', 'sylhet', 'khulna', 'rajshahi', 'comilla',
  'barisal', 'brasília', 'brasilia', 'fortaleza', 'belo horizonte', 'recife', 'curitiba', 'porto alegre', 'manaus',
  'belém', 'belem', 'goiânia', 'goiania', 'campinas', 'florianópolis', 'florianopolis', 'maceió', 'maceio',
  'joão pessoa', 'joao pessoa', 'teresina', 'são luís', 'sao luis', 'napoli', 'torino', 'firenze', 'venezia',
  'genova', 'catania', 'padova', 'trieste', 'sevilla', 'bilbao', 'málaga', 'zaragoza', 'alicante', 'murcia',
  'córdoba', 'valladolid', 'vigo', 'gijón', 'gijon', 'las palmas', 'marseille', 'toulouse', 'bordeaux', 'lille',
  'nantes', 'strasbourg', 'rennes', 'montpellier', 'grenoble', 'reims', 'le havre', 'dijon', 'rouen', 'kyiv', 'kiev',
  'kharkiv', 'lviv', 'odesa', 'dnipro', 'zaporizhzhia', 'mykolaiv', 'chernihiv', 'vinnytsia', 'poltava', 'ternopil',
  'uzhhorod', 'novosibirsk', 'yekaterinburg', 'kazan', 'nizhny novgorod', 'rostov', 'vladivostok', 'minsk',
  'tbilisi', 'yerevan', 'baku', 'almaty', 'tashkent', 'bishkek', 'dushanbe', 'ashgabat', 'chișinău', 'chisinau',
  'bucharest', 'cluj', 'timișoara', 'timisoara', 'plovdiv', 'zagreb', 'sarajevo', 'skopje', 'tirana', 'pristina',
  'ljubljana', 'bratislava', 'košice', 'kosice', 'brno', 'ostrava', 'debrecen', 'szeged', 'vilnius', 'kaunas',
  'tallinn', 'gondar', 'bahir dar', 'dire dawa', 'mekelle', 'hawassa', 'awassa', 'jimma', 'harar', 'asmara',
  'massawa', 'herat', 'mazar-i-sharif', 'jalalabad', 'kunduz', 'ghazni', 'khost', 'lashkar gah', 'mashhad',
  'isfahan', 'shiraz', 'tabriz', 'ahvaz', 'qom', 'kermanshah', 'erbil', 'kirkuk', 'najaf', 'karbala', 'sulaymaniyah',
  'duhok', 'nasiriyah', 'homs', 'idlib', 'latakia', 'hama', 'daraa', 'deir ez-zor', 'raqqa', 'sanaa', 'sana\'a',
  'taiz', 'hodeidah', 'mukalla', 'omdurman', 'port sudan', 'el fasher', 'nyala', 'lubumbashi', 'bukavu', 'kisangani',
  'mbuji-mayi', 'kananga', 'uvira', 'mandalay', 'naypyidaw', 'sittwe', 'myitkyina', 'mawlamyine', 'pokhara',
  'biratnagar', 'bhaktapur', 'lalitpur', 'chiang mai', 'phuket', 'pattaya', 'mae sot', 'surabaya', 'bandung',
  'medan', 'semarang', 'makassar', 'yogyakarta', 'penang', 'johor bahru', 'kota kinabalu', 'kuching', 'kaohsiung',
  'taichung', 'tainan', 'hsinchu', 'quetzaltenango', 'xela', 'huehuetenango', 'cobán', 'coban', 'antigua guatemala',
  'san pedro sula', 'la ceiba', 'choluteca', 'santa ana el salvador', 'san miguel el salvador', 'león nicaragua',
  'leon nicaragua', 'granada nicaragua', 'cap-haïtien', 'cap-haitien', 'les cayes', 'gonaïves', 'gonaives', 'jacmel',
  'jérémie', 'jeremie', 'santiago de los caballeros', 'puerto plata', 'la romana', 'san pedro de macorís',
  'mayagüez', 'bayamón', 'carolina puerto rico', 'santiago de cuba', 'camagüey', 'camaguey', 'holguín', 'holguin',
  'cienfuegos', 'pinar del río', 'barranquilla', 'bucaramanga', 'cúcuta', 'cucuta', 'pereira', 'maracaibo',
  'valencia venezuela', 'barquisimeto', 'guayaquil', 'cuenca', 'arequipa', 'chiclayo', 'cochabamba',
  'santa cruz de la sierra', 'asunción', 'valparaíso', 'concepción', 'ciudad juárez', 'ciudad juarez', 'juárez',
  'mexicali', 'reynosa', 'matamoros', 'nuevo laredo', 'torreón', 'zacatecas', 'aguascalientes', 'san luis potosí',
  'san luis potosi', 'león guanajuato', 'irapuato', 'celaya', 'uruapan', 'acapulco', 'veracruz', 'xalapa',
  'villahermosa', 'tuxtla gutiérrez', 'tuxtla gutierrez', 'tapachula', 'campeche', 'chetumal', 'tepic', 'colima',
  'pachuca', 'cuernavaca', 'tlaxcala',
  // Inuit communities of Nunavut, Nunavik, the Northwest Territories, Nunatsiavut and Greenland, whose patients
  // are flown south for care (transplant, dialysis, obstetrics).
  'iqaluit', 'pangnirtung', 'rankin inlet', 'arviat', 'baker lake', 'cambridge bay', 'kugluktuk', 'igloolik',
  'pond inlet', 'clyde river', 'qikiqtarjuaq', 'kinngait', 'cape dorset', 'gjoa haven', 'taloyoak', 'kugaaruk',
  'naujaat', 'repulse bay', 'coral harbour', 'chesterfield inlet', 'whale cove', 'sanikiluaq', 'arctic bay',
  'grise fiord', 'sanirajak', 'kimmirut', 'inukjuak', 'puvirnituq', 'salluit', 'kuujjuaq', 'kuujjuarapik',
  'ivujivik', 'akulivik', 'kangiqsujuaq', 'quaqtaq', 'kangirsuk', 'aupaluk', 'tasiujaq', 'kangiqsualujjuaq',
  'umiujaq', 'inuvik', 'tuktoyaktuk', 'aklavik', 'yellowknife', 'hopedale', 'makkovik', 'rigolet', 'nuuk',
  'ilulissat', 'sisimiut',
  // Towns of Ethiopia and Eritrea and the refugee camps between them.
  'lalibela', 'axum', 'aksum', 'adigrat', 'adwa', 'debre markos', 'debre birhan', 'dessie', 'kombolcha', 'nekemte',
  'shashamane', 'adama', 'bishoftu', 'debre zeit', 'arba minch', 'gambela', 'asosa', 'keren', 'mendefera',
  'barentu', 'dekemhare', 'tesseney', 'assab', 'shimelba', 'mai-aini', 'hitsats', 'adi harush',
  // Towns of Wales, which Welsh letters name in addresses and hospital lines.
  'llandudno', 'llanrwst', 'bodelwyddan', 'aberystwyth', 'caernarfon', 'pwllheli', 'llanelli', 'merthyr tydfil',
  'pontypridd', 'wrexham', 'abergavenny', 'carmarthen', 'haverfordwest', 'llangefni', 'dolgellau', 'betws-y-coed',
  'ruthin', 'denbigh', 'colwyn bay', 'rhyl', 'prestatyn', 'holyhead', 'blaenau ffestiniog', 'machynlleth',
  'llanidloes', 'brecon', 'aberdare', 'ammanford', 'porthmadog', 'bangor gwynedd',
  // Neighbourhoods of American cities named for the people who settled them, which immigrant families' notes name.
  'koreatown', 'chinatown', 'japantown', 'little saigon', 'little havana', 'little haiti', 'little tokyo',
  'little manila', 'little india', 'little ethiopia', 'little armenia', 'little italy', 'greektown', 'thaitown',
];
