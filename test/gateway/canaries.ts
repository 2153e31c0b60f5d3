// Unique fake identifiers planted in every position of a chat request, shared by the canary tests of
// each upstream: none may reach a de-identified vendor, a log, a metric or an audit event, and every one
// must come back to the caller.
import type OpenAI from 'openai';

export const CANARIES = {
  system: 'Dr. Quillon Vexbridge',
  developer: 'Mrs. Ottilie Fenwarren',
  user: 'Mr. Ezekiel Canaryfield',
  userPart: 'philomena.canary@example.org',
  assistant: '415-555-0199',
  toolArg: 'Ms. Brunhilde Starkweather',
  toolArgNested: '123-45-6789',
  // Values the analyzer finds only as their field says: a surname that is also a word, a record number alone.
  toolArgField: 'Goodnight',
  toolArgRecord: '904173',
  toolResult: 'MRN 77123498',
  embedding: 'Mr. Horatio Gravelpit',
  embedding2: '03/14/1952',
} as const;

/** The values canaryMessages() plants (every one but the embedding inputs). */
export const CHAT_CANARY_VALUES: readonly string[] = Object.entries(CANARIES).flatMap(([k, v]) => (k.startsWith('embedding') ? [] : [v]));

/** The bare parts that must not leak either (a surname alone is still the patient), chat positions only. */
export const CHAT_FRAGMENTS = ['Vexbridge', 'Fenwarren', 'Canaryfield', 'philomena.canary', '555-0199', 'Starkweather', '45-6789', '77123498', 'Goodnight', '904173'];

/** A multi-turn conversation with a canary in every role, in a content part, and in tool arguments and results. */
export function canaryMessages(): OpenAI.Chat.ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: `You assist ${CANARIES.system}.` },
    { role: 'developer', content: `Escalate to ${CANARIES.developer}.` },
    { role: 'user', content: [{ type: 'text', text: `Write to ${CANARIES.userPart}` }] },
    {
      role: 'assistant',
      content: `Call back on ${CANARIES.assistant}`,
      tool_calls: [{ id: 'call_0', type: 'function', function: { name: 'record_note', arguments: JSON.stringify({ who: CANARIES.toolArg, ids: { ssn: CANARIES.toolArgNested }, patientLastName: CANARIES.toolArgField, chart: { mrn: CANARIES.toolArgRecord } }) } }],
    },
    { role: 'tool', tool_call_id: 'call_0', content: `Stored under ${CANARIES.toolResult}` },
    { role: 'user', content: `Note for ${CANARIES.user}` },
  ];
}

/** A vault token as it goes upstream, `[[TYPE_hex]]` (src/vault/token-format.ts). */
const SENT_TOKEN = /\[\[[A-Z]{2,12}_[0-9a-f]{12,64}\]\]/g;

/**
 * The fragments that occur in `raw` outside vault tokens. A token's 12+ hex digits are a keyed hash, so a
 * fragment of digits alone turns up in one by chance: "1952" in about 1 token of 7,300 (9 places of 65,536),
 * and a run of canary.test sends some 116 tokens (1,160 places, ~1.8% of runs); it failed a CI run so, in a
 * request that never held "1952" ([[NAME_611952f9951f]] is one such token). Fragments with letters or hyphens
 * cannot sit in hex, and one sent in clear beside a token is still found: the token's `]]` ends it.
 */
export function fragmentsOutsideTokens(raw: string, fragments: readonly string[]): string[] {
  const clear = raw.replace(SENT_TOKEN, '[[]]');
  return fragments.filter((f) => clear.includes(f));
}
