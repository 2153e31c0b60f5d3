// /admin/v1/api-keys: create (the key is in the answer once), list and show (never secrets or hashes),
// revoke. The same access functions as `phigate apikeys` do the work.
import { z } from 'zod';
import { API_KEY_ID, PRINCIPAL_ID, ROLE, apiKeyView, issuableRoles, issueApiKey, issuedKeyView, listApiKeys, parseKeyExpiry, revokeApiKey } from '../access/index.js';
import { PhigateError } from '../errors.js';
import { type AdminCall, type EndpointFactory, json } from './endpoint.js';
import { parseBody } from './input.js';

const createSchema = z.strictObject({
  principal: z.string().regex(PRINCIPAL_ID, 'must be an opaque principal id such as user:dr-lee or svc:scheduler (1-128 of A-Z a-z 0-9 _ . : / - starting with a letter)'),
  kind: z.enum(['user', 'service']).default('user'),
  roles: z
    .array(z.string().regex(ROLE, 'must be a role code: 1-32 of a-z 0-9 _ - starting with a letter'))
    .min(1)
    .max(16),
  label: z.string().max(100).default(''),
  expiresAt: z.string().optional(),
  expiresIn: z.string().optional(),
});

function keyId(call: AdminCall): string {
  const id = call.params['id'] ?? '';
  if (!API_KEY_ID.test(id)) throw new PhigateError('PHIGATE_BAD_INPUT', 'The key id in the path must be the 16 hex digits shown by GET /admin/v1/api-keys (not the key itself)');
  call.actsOn(`apikey:${id}`);
  return id;
}

export const apiKeyEndpoints: EndpointFactory = (deps, { store }) => {
  // A mistyped role would make a key every request is denied with: only roles the policy knows (access.roles
  // and the roles that only policy files name).
  const knownRoles = issuableRoles(deps.accessPolicy?.roles ?? Object.keys(deps.config.access.roles));
  return [
    {
      method: 'POST',
      path: '/api-keys',
      action: 'admin.apikey.create',
      scope: 'api-keys',
      purpose: 'HSYSADMIN',
      async handle(call) {
        const body = await parseBody(createSchema, call.request);
        call.actsOn(body.principal);
        if (body.expiresAt !== undefined && body.expiresIn !== undefined) throw new PhigateError('PHIGATE_BAD_INPUT', 'Give expiresAt or expiresIn, not both');
        const expiresAt =
          body.expiresIn !== undefined
            ? /^\d{1,5}[dh]$/.test(body.expiresIn) ? parseKeyExpiry(body.expiresIn, call.now, 'Body field expiresIn') : badExpiresIn()
            : body.expiresAt !== undefined ? parseKeyExpiry(body.expiresAt, call.now, 'Body field expiresAt (an ISO date or date-time)') : null;
        const issued = await issueApiKey(store.apiKeys, { tenant: call.tenant, principal: body.principal, kind: body.kind, roles: body.roles, label: body.label, expiresAt }, { knownRoles });
        return json(issuedKeyView(issued, call.now), 201);
      },
    },
    {
      method: 'GET',
      path: '/api-keys',
      action: 'admin.apikey.list',
      scope: 'api-keys',
      purpose: 'HSYSADMIN',
      async handle(call) {
        return json({ object: 'list', data: await listApiKeys(store.apiKeys, call.tenant, call.now) });
      },
    },
    {
      method: 'GET',
      path: '/api-keys/:id',
      action: 'admin.apikey.read',
      scope: 'api-keys',
      purpose: 'HSYSADMIN',
      async handle(call) {
        const id = keyId(call);
        const row = await store.apiKeys.find(id);
        if (!row || row.tenant !== call.tenant) throw new PhigateError('PHIGATE_NOT_FOUND', `No API key ${id} in tenant ${call.tenant}; GET /admin/v1/api-keys lists them`);
        return json(apiKeyView(row, call.now));
      },
    },
    ...(['POST', 'DELETE'] as const).map((method) => ({
      method,
      path: method === 'POST' ? '/api-keys/:id/revoke' : '/api-keys/:id',
      action: 'admin.apikey.revoke' as const,
      scope: 'api-keys' as const,
      purpose: 'HSYSADMIN' as const,
      async handle(call: AdminCall) {
        return json(await revokeApiKey(store.apiKeys, call.tenant, keyId(call), call.now));
      },
    })),
  ];
};

function badExpiresIn(): never {
  throw new PhigateError('PHIGATE_BAD_INPUT', 'Body field expiresIn must be like 90d or 12h (days or hours)');
}
