// `phigate apikeys create | list | revoke`: the gateway's API keys. A new key is printed once and only
// its salted hash is stored; list shows ids, principals, roles and dates, never secrets.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { PhigateError } from '../../errors.js';
import { type StoreCliOptions, print, tenantOf, withStore, withStoreOptions } from '../store-options.js';
import type { CommandModule } from './index.js';

interface CreateOptions extends StoreCliOptions {
  principal: string;
  roles: string;
  kind: string;
  label?: string;
  expires?: string;
}

const HELP = `
A key stands for a principal (an opaque subject id such as user:dr-lee or svc:scheduler, never an email
or a name) with roles that the access policy (access.roles in phigate.yaml) grants models, purposes and
patient access. Clients send it as \`Authorization: Bearer phg_...\` (the OpenAI SDKs' apiKey).

Examples:
  phigate apikeys create --principal user:dr-lee --roles clinician --expires 90d
  phigate apikeys list --json
  phigate apikeys revoke 3f2a9c0d1e4b5a67`;

/** `90d`, `12h` or an ISO date/time (the access capability's rule, reported as a usage error). */
async function parseExpiry(text: string, now: Date): Promise<Date> {
  const { parseKeyExpiry } = await import('../../access/index.js');
  try {
    return parseKeyExpiry(text, now, '--expires');
  } catch (err) {
    throw err instanceof PhigateError ? new PhigateError('PHIGATE_USAGE', err.message) : err;
  }
}

/**
 * The roles the gateway's policy knows (access.roles, policy files, admin roles), as the admin API checks
 * them, so a mistyped role is refused instead of making a key that every request is denied with. Without
 * a config file there is nothing to check against.
 */
async function knownRolesOf(o: StoreCliOptions): Promise<string[] | undefined> {
  if (!existsSync(o.config)) return undefined;
  const [{ loadConfig }, { createAccessPolicy }, { issuableRoles }] = await Promise.all([import('../../config/index.js'), import('../../access/cedar/index.js'), import('../../access/index.js')]);
  return issuableRoles(createAccessPolicy(loadConfig(o.config)).roles);
}

async function create(o: CreateOptions): Promise<void> {
  if (o.kind !== 'user' && o.kind !== 'service') throw new PhigateError('PHIGATE_USAGE', '--kind must be user or service');
  const now = new Date();
  const expiresAt = o.expires ? await parseExpiry(o.expires, now) : null;
  const tenant = await tenantOf(o);
  const knownRoles = await knownRolesOf(o);
  await withStore(o, async (store) => {
    const { issueApiKey, issuedKeyView } = await import('../../access/index.js');
    const roles = o.roles.split(',').map((r) => r.trim()).filter(Boolean);
    const issued = await issueApiKey(store.apiKeys, { tenant, principal: o.principal, kind: o.kind as 'user' | 'service', roles, label: o.label ?? '', expiresAt }, knownRoles ? { knownRoles } : {});
    const { row, key } = issued;
    print(
      o,
      issuedKeyView(issued, now),
      `API key ${row.id} for ${row.principal} (${row.roles.join(', ')})${row.expiresAt ? `, expires ${row.expiresAt.toISOString()}` : ', no expiry'}:\n\n  ${key}\n\n` +
        'It is shown this once; phigate keeps only a hash. Use it as the OpenAI SDK apiKey.\n',
    );
  });
}

async function list(o: StoreCliOptions): Promise<void> {
  const tenant = await tenantOf(o);
  await withStore(o, async (store) => {
    const { listApiKeys } = await import('../../access/index.js');
    const rows = await listApiKeys(store.apiKeys, tenant, new Date());
    const lines = rows.map((r) => `${r.id}  ${r.status.padEnd(7)}  ${r.principal}  [${r.roles.join(',')}]${r.expiresAt ? `  expires ${r.expiresAt}` : ''}${r.label ? `  ${r.label}` : ''}`);
    print(o, rows, rows.length ? `${lines.join('\n')}\n` : `No API keys in tenant ${tenant}.\n`);
  });
}

async function revoke(id: string, o: StoreCliOptions): Promise<void> {
  const { API_KEY_ID, revokeApiKey } = await import('../../access/index.js');
  if (!API_KEY_ID.test(id)) throw new PhigateError('PHIGATE_USAGE', 'Give the 16-hex-digit key id shown by phigate apikeys list (not the key itself)');
  const tenant = await tenantOf(o);
  await withStore(o, async (store) => {
    const key = await revokeApiKey(store.apiKeys, tenant, id, new Date());
    print(o, { id: key.id, revokedAt: key.revokedAt }, `Revoked API key ${key.id} (${key.principal}); requests with it now get PHIGATE_CREDENTIALS_REVOKED.\n`);
  });
}

export const apikeysCommand: CommandModule = {
  register(program: Command): void {
    const cmd = program.command('apikeys').description("Gateway API keys: create (shown once), list, revoke").addHelpText('after', HELP);
    withStoreOptions(cmd.command('create').description('Create a key for a principal with roles'))
      .requiredOption('--principal <id>', 'opaque subject id, e.g. user:dr-lee')
      .requiredOption('--roles <list>', 'comma-separated roles, e.g. clinician')
      .option('--kind <kind>', 'user or service', 'user')
      .option('--label <text>', 'a note for administrators (no PHI)')
      .option('--expires <when>', '90d, 12h or an ISO date (default: no expiry)')
      .action(create);
    withStoreOptions(cmd.command('list').description('List keys (never their secrets)')).action(list);
    withStoreOptions(cmd.command('revoke').description('Revoke a key by id').argument('<id>', 'key id from apikeys list')).action(revoke);
  },
};
