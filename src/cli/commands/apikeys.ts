// `phigate apikeys create | list | revoke`: the gateway's API keys. A new key is printed once and only
// its salted hash is stored; list shows ids, principals, roles and dates, never secrets.
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

/** `90d`, `12h` or an ISO date/time. */
export function parseExpiry(text: string, now: Date): Date {
  const rel = /^(\d{1,5})([dh])$/.exec(text);
  if (rel) return new Date(now.getTime() + Number(rel[1]) * (rel[2] === 'd' ? 86_400_000 : 3_600_000));
  const d = new Date(text);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) throw new PhigateError('PHIGATE_USAGE', '--expires must be like 90d, 12h or an ISO date');
  if (d.getTime() <= now.getTime()) throw new PhigateError('PHIGATE_USAGE', '--expires must be in the future');
  return d;
}

async function create(o: CreateOptions): Promise<void> {
  if (o.kind !== 'user' && o.kind !== 'service') throw new PhigateError('PHIGATE_USAGE', '--kind must be user or service');
  const expiresAt = o.expires ? parseExpiry(o.expires, new Date()) : null;
  const tenant = await tenantOf(o);
  await withStore(o, async (store) => {
    const { issueApiKey } = await import('../../access/index.js');
    const roles = o.roles.split(',').map((r) => r.trim()).filter(Boolean);
    const { key, row } = await issueApiKey(store.apiKeys, { tenant, principal: o.principal, kind: o.kind as 'user' | 'service', roles, label: o.label ?? '', expiresAt });
    print(
      o,
      { id: row.id, key, tenant, principal: row.principal, kind: row.principalKind, roles: row.roles, expiresAt: row.expiresAt?.toISOString() ?? null },
      `API key ${row.id} for ${row.principal} (${row.roles.join(', ')})${row.expiresAt ? `, expires ${row.expiresAt.toISOString()}` : ', no expiry'}:\n\n  ${key}\n\n` +
        'It is shown this once; phigate keeps only a hash. Use it as the OpenAI SDK apiKey.\n',
    );
  });
}

async function list(o: StoreCliOptions): Promise<void> {
  const tenant = await tenantOf(o);
  await withStore(o, async (store) => {
    const now = Date.now();
    const rows = (await store.apiKeys.list(tenant)).map((r) => ({
      id: r.id,
      principal: r.principal,
      kind: r.principalKind,
      roles: r.roles,
      label: r.label,
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt?.toISOString() ?? null,
      revokedAt: r.revokedAt?.toISOString() ?? null,
      status: r.revokedAt ? 'revoked' : r.expiresAt && r.expiresAt.getTime() <= now ? 'expired' : 'active',
    }));
    const lines = rows.map((r) => `${r.id}  ${r.status.padEnd(7)}  ${r.principal}  [${r.roles.join(',')}]${r.expiresAt ? `  expires ${r.expiresAt}` : ''}${r.label ? `  ${r.label}` : ''}`);
    print(o, rows, rows.length ? `${lines.join('\n')}\n` : `No API keys in tenant ${tenant}.\n`);
  });
}

async function revoke(id: string, o: StoreCliOptions): Promise<void> {
  if (!/^[0-9a-f]{16}$/.test(id)) throw new PhigateError('PHIGATE_USAGE', 'Give the 16-hex-digit key id shown by phigate apikeys list (not the key itself)');
  const tenant = await tenantOf(o);
  await withStore(o, async (store) => {
    const row = await store.apiKeys.revoke(tenant, id, new Date());
    print(o, { id: row.id, revokedAt: row.revokedAt?.toISOString() }, `Revoked API key ${row.id} (${row.principal}); requests with it now get PHIGATE_CREDENTIALS_REVOKED.\n`);
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
