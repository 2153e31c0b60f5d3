// Round 113: lower-case names in staff chat, pages and family texts that no list holds ("can u ask seini if",
// "fyi ekene is here", "covering for sekou tonight", "dario pls call lab", "me n sitani can"). Only the structure
// around the word decides, so each cue is two-sided (a verb of asking before and a clause going on after, a clause's
// start and a request after), and the word must be no English word, no chat shorthand, no service and no drug's shape.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { isBlank, isDigit } from '../text/chars.js';
import { charAt, pushName, LETTERS_ONLY, oneSpace } from './name-emit.js';
import { RETAIL_CHAIN_WORDS } from './facilities.js';
import { FAMILY_CHAT_LABELS, KIN_WORDS, SUBJECT_DEEDS } from './name-relations.js';
import { functionOrCalendar, titleCredentialOrEponym } from './name-words.js';
import type { Candidate, DocumentView } from './types.js';

/** Texting shorthand, staff abbreviations, care services and family pet names that no dictionary lists and that sit where a name would ("ask rt to", "tell pt"). */
const CHAT_SHORTHAND = new Set(`tmrw tmr tmrrw tomo thx thnx tnx ty lmk np omw fyi ttyl pls plz abt idk brb lol lmao omg tho rn ur u ya
  yall ppl bc cuz bday b4 w wo gonna wanna gotta kinda asap eta otw rt pt ot st sw cm lpn cna pca pa md do tele pacu nicu picu micu
  sicu cvicu ccu icu ed er or ir gi ent obgyn ob gyn ortho neuro cardio cards onc derm uro pulm rheum endo peds psych heme renal nephro
  hosp hospitalist anesth anes preop periop postop pharm pharmd rx dme hh hha snf ltc alf pcp ems evs huc dc d/c npo prn bid tid qid
  hmu nvm smh tbh imo fwiw irl jk ikr hbu wyd wbu ok okk kk k nah yea yup yep nope mhm btw hmm hmmm oops haha hehe ugh aww yay wow
  whoa meh eh oh ah uh um yo sry okie gm gn ily xoxo
  tech techs doc docs hospice kiddo kiddos rehab dialysis phleb phlebotomy dietitian vna homecare bedboard housekeeping gastro optho
  ophtho audiology ptot slp wic covid telehealth chaplain registrar intensivist bestie wifey hubs bub bubba lil grandbaby gramps granny
  poppa meemaw mawmaw pawpaw nonna nonno unc bff babe sweetie hon
  sissy bruh cuzzo bubs hun fam bud buddy sm tues thurs thur weds sept
  foley picc dexcom libre bipap cpap vanc zosyn levo lasix trach luv doggo pup puppy kitten pyxis omnicell`.split(/\s+/));

/** Drugs' and devices' endings: a word of no list with one of them is more likely a drug than a name ("ask about eliquis"). */
const DRUG_SHAPE = /(?:pril|olol|statin|mab|nib|azole|cillin|mycin|cycline|floxacin|sartan|pine|pam|lam|tidine|formin|amine|ine|one|ide|ate|ol|in|ex|ix|ax|ox|vir|ium|cin|ase|pro|vanc|levo)$/;

/**
 * How a word no list holds is written, against the abbreviations, brands and English derivations staff and families
 * text ("tpn", "wocn", "picc", "ivt", "palliative", "ivteam", "dexcom", "doordash"): a vowel, no ending of two
 * consonants a given name seldom has, no English suffix, no two words run together, no retail chain.
 */
const NAME_FINAL_CLUSTERS = new Set(['nd', 'nt', 'rd', 'rt', 'st', 'sh', 'th', 'ch', 'ng', 'nn', 'll', 'rn', 'ld', 'lt', 'ns', 'rs', 'ys', 'ks', 'ms', 'sz', 'rk', 'nk', 'ss', 'tt', 'dh', 'kh', 'gh', 'rl', 'rh', 'ph', 'tz', 'hn', 'hm', 'rg', 'lf', 'ff', 'ck', 'hs']);
const ENGLISH_SUFFIX = /(?:ive|tion|sion|ment|ness|ogy|ics|ist|ary|ery|ous|able|ible|ing|ed|ly|ful|less|ance|ence|ism|ize|ise|ic|oma|itis|emia|osis|scope|gram|graphy|team|care|line|ial|pap|com|dash|card|med|meds|pump|bot|app|net|onc)$/;
const VOWEL = /[aeiouyáéíóúàèìòùâêîôûäëïöüãõåæøœ]/;
const RETAIL_CHAINS: ReadonlySet<string> = new Set(RETAIL_CHAIN_WORDS);
function unlistedNameShape(doc: DocumentView, w: string): boolean {
  if (!VOWEL.test(w) || ENGLISH_SUFFIX.test(w) || RETAIL_CHAINS.has(w)) return false;
  const a = w.charCodeAt(w.length - 2);
  const b = w.charCodeAt(w.length - 1);
  const consonant = (c: number): boolean => !'aeiouy'.includes(String.fromCharCode(c)) && c < 0x80;
  if (consonant(a) && consonant(b) && !NAME_FINAL_CLUSTERS.has(w.slice(-2))) return false;
  // Two English words of three letters or more run together: a compound, no name.
  for (let k = 3; k <= w.length - 3; k++) if (doc.dict.commonWords.has(w.slice(0, k)) && doc.dict.commonWords.has(w.slice(k))) return false;
  return true;
}

/** The word may be a name here: lower case, letters only, no English word, no shorthand, no kin, no drug's shape unless a list names it. */
function plainLowerName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== t.lower || t.single || !LETTERS_ONLY.test(t.text) || doc.isCommon[i] === 1) return false;
  if (CHAT_SHORTHAND.has(t.lower) || KIN_WORDS.has(t.lower) || FAMILY_CHAT_LABELS.has(t.lower) || lexicon.SPECIALTY_SHORTHAND.has(t.lower) || lexicon.US_STATES.has(t.lower)) return false;
  const listed = doc.isFirst[i] === 1 || doc.isSur[i] === 1;
  if (!listed && (t.text.length < 3 || DRUG_SHAPE.test(t.lower) || doc.dict.allCities.has(t.lower) || !unlistedNameShape(doc, t.lower))) return false;
  return !functionOrCalendar(t) && !titleCredentialOrEponym(doc, tokens, i);
}

/** Verbs that address a person and then say what to do: "ask <name> if", "tell <name> to", "have <name> call". */
// Round 140: "call", as a task list writes whom to ring and why ("call jolene re wound vac supplies", "call keandre about").
const ASKING_VERBS = new Set(['ask', 'tell', 'remind', 'have', 'let', 'text', 'page', 'told', 'asked', 'reminded', 'call']);
/** What goes on after the person asked: "to", "if", "abt", "about", "that", "when", or a request's verb after "have"/"let". */
const AFTER_ASKED = new Set(['to', 'if', 'abt', 'about', 'bout', 'that', 'when', 'whether', 'whats', "what's", 'how', 're']);
const REQUEST_VERBS = new Set(['call', 'text', 'page', 'come', 'check', 'see', 'bring', 'sign', 'know', 'grab', 'pick', 'stop', 'swing', 'look', 'take', 'drop', 'send']);
/** After "covering for <name>": a time, a clause's end. */
// Round 127: or the day covered, as a weekday ("covering for <name> sunday").
const AFTER_COVERED = new Set(['til', 'till', 'until', 'tonight', 'today', 'tmrw', 'tomorrow', 'while', 'at', 'from', 'this', 'for', 'on', 'since', 'bc', 'so',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'weds', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday']);
/** What a person at a clause's start asks or says in a text: "dario pls call", "quang says hi", "britt covering for me". */
const OPENING_REQUESTS = new Set(['pls', 'plz', 'please', 'says', 'covering', 'sends', 'omw']);
const SAYS_WHAT = /^[ \t](?:hi|hello|hey|thx|thanks|ty|ok|okay|to|hes|shes|he|she|they|it|its|it's|the|that|yes|no|sorry|love|not)\b/;
export const THANKS = new Set(['thx', 'thanks', 'ty', 'thnx', 'tks']);
/** What a person's possessive holds in a text about care: "kwesi's appt", "manu's ride". */
const POSSESSED_AFTER = /^s[ \t](?:appt|apt|appointment|ride|meds|shift|pts|patients|room|car|phone|cell|number|visit|surgery|mom|dad|mum|son|daughter|wife|husband|kids)\b/;
const MODAL_OPENERS = new Set(['will', 'can', 'would', 'could']);
/** The person arriving or here: "fyi ekene is here", "fyi kojo here for the line". */
const FYI_AFTER = /^[ \t](?:is|was|will|has|here|just|r|are|arrived|coming|came|called|left|back|on)\b/;
/** Conversational openers of a chat message after a lower-case label ("seini: ok lmk", "stavros: i did already"). */
const CHAT_OPENERS = new Set(['ok', 'okay', 'k', 'kk', 'yes', 'yeah', 'ya', 'yep', 'no', 'nope', 'np', 'ugh', 'lol', 'omg', 'thx', 'thanks', 'ty', 'i', 'im', "i'm", 'i’m', 'ill', "i'll",
  'will', 'can', 'did', 'omw', 'tell', 'ask', 'pls', 'who', 'which', 'what', 'where', 'when', 'how', 'hi', 'hey', 'great', 'good', 'got', 'sure', 'me', 'we', 'u', 'calling',
  'so', 'my', 'mom', 'dad', 'grandma', 'grandpa', 'fyi', 'remind', 'thank', 'haha', 'aww', 'awesome', 'cool', 'sounds', 'oh', 'wait', 'sorry', 'same', 'yay', 'hope']);

/** The start of a clause before token k: text or line start, a sentence's end, a label's colon, a time stamp opening the line. */
function clauseStart(doc: DocumentView, start: number): boolean {
  let m = start - 1;
  while (m >= 0 && isBlank(doc.text.charCodeAt(m))) m--;
  const b = m < 0 ? -1 : doc.text.charCodeAt(m);
  if (b === -1 || b === 10 || b === 13 || b === 46 || b === 33 || b === 63 || b === 58) return true;
  // A pager's time stamp opening the line: "0330 gethin pls call".
  return /(?:^|\n)[ \t]{0,3}\d{3,4}[ \t]$/.test(doc.text.slice(Math.max(0, start - 8), start));
}

/** The token after t, one blank apart. */
const nextWord = (doc: DocumentView, tokens: readonly Token[], i: number): Token | undefined => {
  const n = tokens[i + 1];
  return n !== undefined && oneSpace(doc, tokens[i] as Token, n) ? n : undefined;
};
/** The token before t, one blank apart. */
const prevWord = (doc: DocumentView, tokens: readonly Token[], i: number): Token | undefined => {
  const p = tokens[i - 1];
  return p !== undefined && oneSpace(doc, p, tokens[i] as Token) ? p : undefined;
};

/** Which cue, if any, makes the lower-case word at i a person. */
function lowerCue(doc: DocumentView, tokens: readonly Token[], i: number): string {
  const t = tokens[i] as Token;
  const p = prevWord(doc, tokens, i);
  const n = nextWord(doc, tokens, i);
  const c = charAt(doc.text, t.end);
  const closes = c === -1 || c === 44 || c === 46 || c === 10 || c === 13 || c === 33 || c === 63;
  if (p !== undefined) {
    // "call" rings suppliers too ("call hme re bed", "call dme about"): four letters or more with two vowels, as names have.
    if (ASKING_VERBS.has(p.lower) && n !== undefined && (AFTER_ASKED.has(n.lower) || ((p.lower === 'have' || p.lower === 'let') && REQUEST_VERBS.has(n.lower))) &&
      (p.lower !== 'call' || (t.text.length >= 4 && (t.lower.match(/[aeiouy]/g)?.length ?? 0) >= 2))) return `ask:${p.lower}`;
    const pp = prevWord(doc, tokens, i - 1);
    if (p.lower === 'for' && pp !== undefined && (pp.lower === 'covering' || pp.lower === 'cover') && (closes || (n !== undefined && AFTER_COVERED.has(n.lower)))) return 'covering-for';
    if (p.lower === 'fyi' && FYI_AFTER.test(doc.lower.slice(t.end, t.end + 10))) return 'fyi';
    // "me n sitani", "me & ekene": the writer's companion (round 61's rule takes "me and" for listed names).
    if ((p.lower === 'n' || p.lower === 'and' || doc.text.slice(p.end, t.start) === ' & ') && pp !== undefined && pp.lower === 'me') return 'companion';
    // "thx ekene", closing its clause (round 95's rule takes listed names).
    if (THANKS.has(p.lower) && closes) return 'thanks';
  }
  if (p !== undefined) {
    const pp = prevWord(doc, tokens, i - 1);
    // Round 134: "report to me not ines", "ask me not thea at 1900": the person the writer puts herself in place of.
    if (p.lower === 'not' && pp !== undefined && pp.lower === 'me' && (closes || (n !== undefined && AFTER_COVERED.has(n.lower)))) return 'me-not';
    // Round 134: "ask for magnus he has the key", "ask for dmitri.": whom to ask for, a pronoun or the clause's end after.
    if (p.lower === 'for' && pp !== undefined && ASK_FOR_VERBS.has(pp.lower) && (closes || (n !== undefined && AFTER_ASKED_FOR.has(n.lower)))) return 'ask-for';
    // Round 134: "shadow oksana in 4 today", "precepting bilal tonight": the nurse a new one follows.
    if (SHADOW_VERBS.has(p.lower) && (closes || (n !== undefined && AFTER_SHADOWED.has(n.lower)))) return 'shadow';
    // Round 134: "the unit mgr colette", "our wound nurse delphine comes": a staff role after its article, then the
    // name closing its clause or before a deed ("the charge rn said" has no name: "rn" is shorthand).
    if (CHAT_ROLES.has(p.lower) && (closes || (n !== undefined && (SPEECH_DEEDS.has(n.lower) || SUBJECT_DEEDS.has(n.lower)))) && roleArticleBefore(doc, tokens, i - 1)) return 'role-before';
    // Round 134: "returning ur call abt amari.": a name closing what a call or message is about.
    if (closes && (p.lower === 'abt' || p.lower === 'about' || p.lower === 're') && pp !== undefined && ABOUT_WHOM_BEFORE.has(pp.lower)) return 'about-closing';
  }
  // Round 134: "keanu the therapist says", "also sunniva the rt says": a name before its role and what the role says.
  if (n !== undefined && n.lower === 'the' && (clauseStart(doc, t.start) || (p !== undefined && CLAUSE_LINKS.has(p.lower))) && roleThenSpeech(doc, tokens, i + 2)) return 'name-the-role';
  // Round 127: "ok thanks its yara btw", "its yara.": the writer's name after "its" opening a clause (a greeting or thanks
  // may come first), closing its clause or before what a writer adds ("again", "from", "btw").
  // Round 134: "it's" with its apostrophe too ("hey grandma it's eli."): the tokens keep "it" and leave the "'s" out.
  const itIs = p !== undefined ? p : itApostropheS(doc, tokens, i);
  if (itIs !== undefined && (itIs.lower === 'its' || itIs !== p) && (closes || (n !== undefined && AFTER_WRITER_NAME.has(n.lower)))) {
    const pp = prevWord(doc, tokens, i - 1);
    const ppp = pp === undefined ? undefined : prevWord(doc, tokens, i - 2);
    const greets = (w: Token | undefined): boolean => w !== undefined && (GREETING_WORDS.has(w.lower) || THANKS.has(w.lower));
    // Round 134: or the reader greeted by what she is to the writer ("hey grandma it's eli.").
    const kinGreeted = pp !== undefined && (KIN_WORDS.has(pp.lower) || FAMILY_CHAT_LABELS.has(pp.lower)) && greets(ppp) && clauseStart(doc, (ppp as Token).start);
    if (clauseStart(doc, itIs.start) || kinGreeted || (pp !== undefined && greets(pp) && (clauseStart(doc, pp.start) || (greets(ppp) && clauseStart(doc, (ppp as Token).start))))) return 'self-intro';
  }
  // Round 127: "can dr obi call me, lucia, at": the writer naming herself between commas after "me".
  if (c === 44 && t.start >= 5 && doc.lower.slice(t.start - 5, t.start) === ' me, ') return 'me-apposition';
  // Round 127: two people joined by "and"/"or"/"n"/"&", one of them a listed given name ("vik and simone pls", "stacy or rhett").
  if (n !== undefined && JOINERS.has(doc.text.slice(t.end, n.end + 1)) && joinedGivenNames(doc, tokens, i, i + 2)) return 'pair';
  if (p !== undefined && JOINERS.has(doc.text.slice(p.start - 1, t.start)) && joinedGivenNames(doc, tokens, i - 2, i)) return 'pair';
  const listed = doc.isFirst[i] === 1 || doc.isSur[i] === 1;
  // Round 127: a listed given name opening a clause as its subject ("priya at desk", "tenzin said", "lupe picking up",
  // "teddy in 11 fell"; after a comma too: "no injury, jules did").
  // A word of speech after it needs no clause's start, as run-on texts go: "from daycare tenzin said she was".
  // Round 127: a relation's name no list holds before a deed ("uncle teo visited", "my coworker becca had").
  // Four letters or more, or a name's three (consonant, vowel, consonant): "my mom uti was bad" is a complaint.
  if (p !== undefined && n !== undefined && KIN_WORDS.has(p.lower) && SUBJECT_DEEDS.has(n.lower) && (t.text.length >= 4 || /^[^aeiouy][aeiou][^aeiouy]$/.test(t.lower))) return 'kin-subject';
  // "then gideon.", "after school w hugo": a listed given name closing its clause after "with" or "then".
  if (p !== undefined && doc.isFirst[i] === 1 && closes && (p.lower === 'with' || p.lower === 'w' || p.lower === 'then')) return 'with-closing';
  // Round 134: or before a clause joined to it ("i swapped w greta but she cant now").
  if (p !== undefined && doc.isFirst[i] === 1 && (p.lower === 'with' || p.lower === 'w') && n !== undefined && CLAUSE_JOINERS.has(n.lower) && PRONOUN_SUBJECTS.has(nextWord(doc, tokens, i + 1)?.lower ?? '')) return 'with-clause';
  if (doc.isFirst[i] === 1 && n !== undefined && oneSpace(doc, t, n) && (SPEECH_DEEDS.has(n.lower) || ((clauseStart(doc, t.start) || charAt(doc.text, t.start - 2) === 44 || (p !== undefined && CLAUSE_LINKS.has(p.lower))) && subjectDeed(doc, tokens, i + 1)))) return 'subject';
  if (p !== undefined && listed) {
    const pp = prevWord(doc, tokens, i - 1);
    // "dad is majid if he calls": a relation told by name (listed names only: "mom is dizzy").
    if ((p.lower === 'is' || p.lower === 'was') && pp !== undefined && KIN_WORDS.has(pp.lower) && (closes || (n !== undefined && (n.lower === 'if' || n.lower === 'and')))) return 'kin-is';
  }
  // "zofia is off today, wiktor will see her": a listed name opening a clause after a comma before a modal and a deed.
  if (listed && n !== undefined && charAt(doc.text, t.start - 1) === 32 && charAt(doc.text, t.start - 2) === 44 && MODAL_OPENERS.has(n.lower)) {
    const m = nextWord(doc, tokens, i + 1);
    if (m !== undefined && (REQUEST_VERBS.has(m.lower) || m.lower === 'be' || m.lower === 'cover')) return 'comma-modal';
  }
  // "x6203 - ama": a page signed after its call-back number, closing its line.
  if (t.start >= 4 && doc.text.slice(t.start - 3, t.start) === ' - ' && isDigit(charAt(doc.text, t.start - 4)) && (c === -1 || c === 10 || c === 13)) return 'dash-after-number';
  // "kwesi's appt", "arash's ride": what a person has in a text.
  if ((c === 39 || c === 0x2019) && POSSESSED_AFTER.test(doc.lower.slice(t.end + 1, t.end + 16))) return 'possessive';
  if (n !== undefined && (n.lower === 'n' || n.lower === 'and') && tokens[i + 2] !== undefined && (tokens[i + 2] as Token).lower === 'me' && oneSpace(doc, n, tokens[i + 2] as Token)) return 'companion';
  if (n !== undefined && clauseStart(doc, t.start)) {
    if (OPENING_REQUESTS.has(n.lower) && (n.lower !== 'says' || SAYS_WHAT.test(doc.lower.slice(n.end, n.end + 8)))) return `opening:${n.lower}`;
  }
  return '';
}

/** Round 134: verbs before "for <name>": "ask for magnus", "asking for dmitri", "page for ines". */
const ASK_FOR_VERBS = new Set(['ask', 'asking', 'asked', 'page', 'paging', 'look', 'looking']);
/** After the person asked for: a pronoun going on about her ("he has the key"), a place or a time. */
const AFTER_ASKED_FOR = new Set(['he', 'she', 'they', 'hes', 'shes', 'bc', 'cuz', 'at', 'in', 'on', 'tonight', 'today', 'tmrw', 'she\'s', 'he\'s', 'she’s', 'he’s']);
/** Verbs of a new nurse following another: "shadow oksana in 4". */
const SHADOW_VERBS = new Set(['shadow', 'shadowing', 'shadowed', 'precept', 'precepting', 'orienting', 'orient']);
/** After the nurse followed: a room, a unit, a shift, a time. */
const AFTER_SHADOWED = new Set(['in', 'on', 'today', 'tonight', 'tmrw', 'tomorrow', 'this', 'for', 'til', 'till', 'until', 'all', 'at', 'nights', 'days']);
/** Staff roles written before or after a name in a chat: "the unit mgr colette", "keanu the therapist says". */
const CHAT_ROLES = new Set(['therapist', 'nurse', 'aide', 'mgr', 'manager', 'educator', 'chaplain', 'dietitian', 'pharmacist', 'coordinator', 'navigator', 'counselor', 'receptionist', 'doctor', 'doc', 'tech', 'rt', 'pt', 'ot', 'sw', 'cm', 'cna', 'np', 'pa', 'slp', 'secretary', 'scheduler', 'interpreter', 'hospitalist', 'surgeon', 'midwife']);
/** Articles and possessives before a role: "the nurse", "our rt", "her wound nurse". */
const ROLE_ARTICLES = new Set(['the', 'our', 'her', 'his', 'their', 'my', 'ur', 'your']);
/** An article right before the role at r, or before one describing word and the role ("the unit mgr", "the wound nurse"). */
function roleArticleBefore(doc: DocumentView, tokens: readonly Token[], r: number): boolean {
  const a = prevWord(doc, tokens, r);
  if (a === undefined) return false;
  if (ROLE_ARTICLES.has(a.lower)) return true;
  const b = doc.isCommon[r - 1] === 1 ? prevWord(doc, tokens, r - 1) : undefined;
  return b !== undefined && ROLE_ARTICLES.has(b.lower);
}
/** A role at k (or a describing word and a role: "speech therapist") and a word of speech after it. */
function roleThenSpeech(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const r = tokens[k];
  if (r === undefined || !oneSpace(doc, tokens[k - 1] as Token, r)) return false;
  const role = CHAT_ROLES.has(r.lower) ? k : (doc.isCommon[k] === 1 && tokens[k + 1] !== undefined && CHAT_ROLES.has((tokens[k + 1] as Token).lower) && oneSpace(doc, r, tokens[k + 1] as Token) ? k + 1 : -1);
  if (role < 0) return false;
  const s = nextWord(doc, tokens, role);
  return s !== undefined && SPEECH_DEEDS.has(s.lower);
}
/** What a call or a message is about: "ur call abt amari.", "msg re kofi.". */
const ABOUT_WHOM_BEFORE = new Set(['call', 'calling', 'called', 'msg', 'message', 'text', 'question', 'questions', 'vm', 'voicemail']);
/** A clause joined after "w <name>", then its subject: "w greta but she cant". */
const CLAUSE_JOINERS = new Set(['but', 'so', 'bc', 'cuz', 'and']);
const PRONOUN_SUBJECTS = new Set(['she', 'he', 'they', 'shes', 'hes', 'i', 'we', 'now']);
/** The "it" of "it's" right before token i: the tokens leave its "'s" out, so the word before is not one blank apart. */
function itApostropheS(doc: DocumentView, tokens: readonly Token[], i: number): Token | undefined {
  const it = tokens[i - 1];
  return it !== undefined && it.lower === 'it' && /^['’]s[ \t]$/.test(doc.text.slice(it.end, (tokens[i] as Token).start)) ? it : undefined;
}

/** Round 127: what a writer adds after "its <name>": "again", "from", "calling", "here", "btw", "i" going on. */
const AFTER_WRITER_NAME = new Set(['again', 'from', 'calling', 'here', 'btw', 'i', 'im']);
const GREETING_WORDS = new Set(['hi', 'hey', 'hello', 'ok', 'okay']);
/** The words that join two people, with their blanks: "vik and simone", "stacy or rhett", "me n tolu". */
const JOINERS = new Set([' and ', ' or ', ' n ', ' & ']);
/** Both words are lower-case names of no list's word and one of them is a listed given name. */
function joinedGivenNames(doc: DocumentView, tokens: readonly Token[], a: number, b: number): boolean {
  if (a < 0 || b >= tokens.length || (doc.isFirst[a] !== 1 && doc.isFirst[b] !== 1)) return false;
  return plainLowerName(doc, tokens, a) && plainLowerName(doc, tokens, b);
}
/** The words after a clause's subject that tell a person's deed or place: "said", "wants", "picking up", "at desk", "in 11". */
const SPEECH_DEEDS = new Set(['said', 'says', 'wants', 'texted', 'asked', 'called']);
/** Words that open a clause in a run-on text before its subject: "also teddy in 11 fell". */
const CLAUSE_LINKS = new Set(['also', 'and', 'but', 'so', 'then', 'plus']);
const SUBJECT_PLACES = new Set(['at', 'from', 'picking', 'asking', 'covering', 'off', 'out', 'back']);
function subjectDeed(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const n = tokens[k] as Token;
  if (!oneSpace(doc, tokens[k - 1] as Token, n)) return false;
  if (SUBJECT_DEEDS.has(n.lower) || SUBJECT_PLACES.has(n.lower)) return true;
  // "teddy in 11 fell": a room's number after "in".
  return n.lower === 'in' && isDigit(charAt(doc.text, n.end + 1));
}

/** A chat's lower-case sender label, opening its line (a time stamp may come first), speech opening as a reply does. */
const LABEL_BEFORE = /(?:^|\n)[ \t]{0,3}(?:\d{1,2}:\d{2}(?:[ \t]?[ap]m)?[ \t]{1,2}|\d{4}[ \t]{1,2})?$/;
function chatLabel(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (charAt(doc.text, t.end) !== 58 || charAt(doc.text, t.end + 1) !== 32) return false;
  if (!LABEL_BEFORE.test(doc.text.slice(Math.max(0, t.start - 14), t.start))) return false;
  const n = tokens[i + 1];
  return n !== undefined && n.start === t.end + 2 && CHAT_OPENERS.has(n.lower);
}

/**
 * Whether findNames asks the rule about the word at i before its skip of lower-case words drops it: a lower-case word
 * in no list, or a listed given name that is also a word ("joy", "dawn"), with a cue's word or character next to it.
 */
export function mayBeLowerCueName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const unlistedOrWordName = doc.isCommon[i] === 0 ? doc.isFirst[i] === 0 && doc.isSur[i] === 0 : doc.isFirst[i] === 1;
  return unlistedOrWordName && t.text.charCodeAt(0) >= 97 && t.text === t.lower && mayHaveLowerCue(doc, tokens, i);
}

/** Words next to which a cue may stand: a cheap test before the rule reads the text around a word no list holds. */
const CUE_BEFORE = new Set([...ASKING_VERBS, 'for', 'fyi', 'n', 'and', 'or', 'its', 'it', 'not', 'abt', 'about', 're', ...SHADOW_VERBS, ...CHAT_ROLES, ...THANKS]);
const CUE_AFTER = new Set([...OPENING_REQUESTS, 'n', 'and', 'or', 'the']);
function mayHaveLowerCue(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const c = charAt(doc.text, t.end);
  if (c === 58 || c === 39 || c === 0x2019 || c === 38 || charAt(doc.text, t.start - 2) === 45 || (c === 44 && charAt(doc.text, t.start - 2) === 44)) return true;
  const p = tokens[i - 1];
  if (p !== undefined && (CUE_BEFORE.has(p.lower) || KIN_WORDS.has(p.lower))) return true;
  const n = tokens[i + 1];
  return n !== undefined && CUE_AFTER.has(n.lower);
}

/** Modals and words that are given names too: never taken as one in lower case here ("ask will if", "tell may to"). */
const MODAL_NAMES = new Set(['will', 'may', 'can', 'must', 'might', 'shall', 'said', 'april', 'june', 'august']);
/** After two people joined by "and": what they do together ("dawn and funmi coming", "sefo n anand came"). */
const PAIR_DEEDS = new Set(['coming', 'came', 'come', 'are', 'r', 'were', 'will', 'visiting', 'visited', 'here', 'stopped', 'brought', 'said', 'say', 'took', 'went', 'left', 'can']);
/**
 * A given name that is also a word ("joy", "dawn", "frank") in lower case: only asked by name ("tell joy to bring")
 * or joined to a listed given name of no word before what the two do ("dawn and funmi coming"). Both are emitted.
 */
function wordNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.text !== t.lower || t.single || doc.isFirst[i] === 0 || MODAL_NAMES.has(t.lower) || CHAT_SHORTHAND.has(t.lower) || functionOrCalendar(t) || KIN_WORDS.has(t.lower)) return -1;
  const p = prevWord(doc, tokens, i);
  const n = nextWord(doc, tokens, i);
  if (n === undefined) return -1;
  if (p !== undefined && (p.lower === 'tell' || p.lower === 'ask' || p.lower === 'remind') && (n.lower === 'to' || n.lower === 'if' || n.lower === 'abt' || n.lower === 'about')) {
    pushName(doc, out, i, i, 0.62, { kind: 'context', detail: 'word-name:asked' });
    return i;
  }
  const y = nextWord(doc, tokens, i + 1);
  const after = y === undefined ? undefined : nextWord(doc, tokens, i + 2);
  if ((n.lower === 'and' || n.lower === 'n') && y !== undefined && y.text === y.lower && doc.isFirst[i + 2] === 1 && doc.isCommon[i + 2] === 0 && after !== undefined && PAIR_DEEDS.has(after.lower) && plainLowerName(doc, tokens, i + 2)) {
    pushName(doc, out, i, i, 0.62, { kind: 'context', detail: 'word-name:pair' });
    pushName(doc, out, i + 2, i + 2, 0.64, { kind: 'context', detail: 'lower-cue:pair' });
    return i + 2;
  }
  return -1;
}

/** The rule: a lower-case word of no English list with one of the cues above. Cheap first tests on the token. */
export function lowerCueNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.capitalized || t.upper || doc.allCaps) return -1;
  if (doc.isCommon[i] === 1) return wordNameRule(doc, tokens, i, out);
  if (!plainLowerName(doc, tokens, i)) return -1;
  const cue = chatLabel(doc, tokens, i) ? 'chat-label' : lowerCue(doc, tokens, i);
  if (cue === '') return -1;
  pushName(doc, out, i, i, 0.64, { kind: 'context', detail: `lower-cue:${cue}` });
  return i;
}
