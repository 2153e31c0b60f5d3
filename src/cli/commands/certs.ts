// `phigate certs dev`: a development TLS certificate and key for localhost (node:crypto only, no
// openssl), written 0600 under <home>/tls. Not for production: use your CA's certificate there.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { PhigateError } from '../../errors.js';
import type { CommandModule } from './index.js';

interface Options {
  home: string;
  days: string;
  force?: boolean;
  json?: boolean;
}

export function devCertPaths(home: string): { cert: string; key: string } {
  return { cert: join(home, 'tls', 'dev-cert.pem'), key: join(home, 'tls', 'dev-key.pem') };
}

/** Writes a new development certificate unless one exists (or `force`). Returns whether it wrote. */
export async function ensureDevCert(home: string, opts: { days?: number; force?: boolean } = {}): Promise<{ written: boolean; cert: string; key: string; notAfter?: Date }> {
  const paths = devCertPaths(home);
  if (!opts.force && existsSync(paths.cert) && existsSync(paths.key)) return { written: false, ...paths };
  const { createDevCertificate } = await import('../../gateway/dev-cert.js');
  const c = createDevCertificate({ days: opts.days ?? 90 });
  mkdirSync(join(home, 'tls'), { recursive: true, mode: 0o700 });
  writeFileSync(paths.key, c.keyPem, { mode: 0o600 });
  writeFileSync(paths.cert, c.certPem, { mode: 0o644 });
  return { written: true, ...paths, notAfter: c.notAfter };
}

export const certsCommand: CommandModule = {
  register(program: Command): void {
    const certs = program.command('certs').description('TLS certificates for the gateway');
    certs
      .command('dev')
      .description('Create a self-signed development certificate for localhost, 127.0.0.1 and ::1')
      .option('--home <dir>', 'phigate home (writes <home>/tls/dev-cert.pem and dev-key.pem)', process.env.PHIGATE_HOME ?? '.phigate')
      .option('--days <n>', 'validity in days', '90')
      .option('--force', 'replace an existing certificate')
      .option('--json', 'print the result as JSON')
      .action(async (o: Options) => {
        const days = Number(o.days);
        if (!Number.isInteger(days) || days < 1 || days > 825) throw new PhigateError('PHIGATE_USAGE', '--days must be 1-825');
        const r = await ensureDevCert(o.home, { days, force: o.force ?? false });
        const text = r.written
          ? `Wrote ${r.cert} and ${r.key} (valid until ${r.notAfter?.toISOString()}).\nDevelopment only: clients trust it with NODE_EXTRA_CA_CERTS=${r.cert} or curl --cacert ${r.cert}.\n`
          : `${r.cert} already exists (use --force to replace it).\n`;
        process.stdout.write(o.json ? `${JSON.stringify(r)}\n` : text);
      });
  },
};
