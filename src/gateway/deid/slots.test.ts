import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../deid/index.js';
import type { ChatRequest } from '../../providers/index.js';
import { redactSlots } from './redact.js';
import { chatSlots } from './slots.js';

const analyzer = createAnalyzer();
// As the gateway's pool answers: a promise.
const async = { analyze: async (text: string) => analyzer.analyze(text), recognizerIds: analyzer.recognizerIds };

function toolRequest(args: unknown): ChatRequest {
  return {
    model: 'm',
    messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: JSON.stringify(args) } }] }],
  } as unknown as ChatRequest;
}

test('tool argument values are read as their keys say: a bare surname and record number are found', async () => {
  const args = { patientLastName: 'Goodnight', chart: { mrn: '904173' }, name: { family: 'Honeycutt', given: ['Tomasz'] }, note: 'stable', query: 'Goodnight' };
  const set = chatSlots(toolRequest(args));
  assert.deepEqual(set.slots.map((s) => s.label), ['patient last name', 'chart mrn', 'name family name', 'name given name', 'note', 'query']);
  const { counts } = await redactSlots(set.slots, async, null);
  // Goodnight (labelled), 904173, Honeycutt, Tomasz; the unlabelled-looking "query" value stays a word.
  assert.deepEqual(counts, { NAME: 3, MRN: 1 });
  // Without labels the same values are mostly missed: the labels are what finds them.
  const bare = await redactSlots(set.slots.map((s) => ({ get: s.get, set: s.set })), async, null);
  assert.ok((bare.counts['NAME'] ?? 0) + (bare.counts['MRN'] ?? 0) < 4, JSON.stringify(bare.counts));
});

test('a finding is kept only in the value, at the value\'s offsets', async () => {
  let written = '';
  const slot = { get: () => '904173 (old chart)', set: (t: string) => void (written = t), label: 'mrn' };
  const vault = {
    tokenizeMany: async (items: readonly { value: string; type: string }[]) => items.map((i) => `<${i.type}:${i.value}>`),
    detokenizeMany: async () => new Map(),
  };
  await redactSlots([slot], async, { vault, scope: { tenant: 't', conversation: 'c' } as never, ttlMs: 1000 });
  assert.equal(written, '<MRN:904173> (old chart)', 'the label itself is never written');
});
