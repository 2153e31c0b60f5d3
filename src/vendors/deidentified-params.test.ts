import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhigateError } from '../errors.js';
import { checkDeidentifiedParams } from './deidentified-params.js';

const refusedField = (kind: 'chat' | 'embeddings', body: Record<string, unknown>): string | undefined => {
  try {
    checkDeidentifiedParams(kind, body);
    return undefined;
  } catch (err) {
    assert.ok(err instanceof PhigateError && err.code === 'PHIGATE_PARAM_NOT_ALLOWED');
    assert.ok(!err.message.includes('SECRET-VALUE'), 'the message names the field, never its value');
    return (err.details as { field: string }).field;
  }
};

const messages = [{ role: 'user', content: 'hello' }];

test('the usual Chat Completions parameters pass', () => {
  const body = {
    model: 'm', messages, stream: true, stream_options: { include_usage: true }, temperature: 0.2, top_p: 1, n: 1, max_tokens: 10, max_completion_tokens: 10,
    stop: ['END'], presence_penalty: 0, frequency_penalty: 0, logit_bias: { 50256: -100 }, logprobs: true, top_logprobs: 2, seed: 7,
    tools: [{ type: 'function', function: { name: 'f', parameters: {} } }], tool_choice: 'auto', parallel_tool_calls: false,
    response_format: { type: 'json_object' }, reasoning_effort: 'low', service_tier: 'auto', prediction: { type: 'content', content: 'x' },
  };
  assert.equal(refusedField('chat', body), undefined);
});

test('a parameter phigate does not know is refused by name, at the top and inside a message', () => {
  assert.equal(refusedField('chat', { model: 'm', messages, web_search_options: { user_location: 'SECRET-VALUE' } }), 'web_search_options');
  assert.equal(refusedField('chat', { model: 'm', messages, notes_for_vendor: 'SECRET-VALUE' }), 'notes_for_vendor');
  assert.equal(refusedField('chat', { model: 'm', messages: [...messages, { role: 'assistant', content: 'ok', thinking_notes: 'SECRET-VALUE' }] }), 'messages[1].thinking_notes');
  assert.equal(refusedField('embeddings', { model: 'm', input: 'x', context: 'SECRET-VALUE' }), 'context');
});

test('a reasoning model\'s reasoning echoed back with its answer passes (it is de-identified like the content)', () => {
  assert.equal(refusedField('chat', { model: 'm', messages: [...messages, { role: 'assistant', content: 'ok', reasoning_content: 'x' }, { role: 'assistant', content: 'ok', reasoning: 'y' }] }), undefined);
});

test('a field set to null says nothing and passes (clients echo answers back with their null fields)', () => {
  assert.equal(refusedField('chat', { model: 'm', messages: [{ role: 'assistant', content: 'ok', audio: null, annotations: null }], web_search_options: null }), undefined);
});

test('embeddings take model, input, encoding format and dimensions', () => {
  assert.equal(refusedField('embeddings', { model: 'm', input: ['a', 'b'], encoding_format: 'float', dimensions: 256 }), undefined);
});
