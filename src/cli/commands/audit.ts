// `phigate audit`: verify an export offline, build proofs, search, account for disclosures, export (for
// auditors and SIEMs), publish checkpoints and make signing keys. Reading subcommands work on the live
// store or on an export directory (see ../audit-source.ts). The subcommands' code (../audit-action.ts)
// is imported when one runs: every other command starts without the audit log, the store and pg.
import { type Command, Option } from 'commander';
import { KEY_FILE_DEFAULT, STORE_HELP } from '../store-options.js';
import type * as Actions from '../audit-action.js';
import type { CommandModule } from './index.js';

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

type ActionName = 'verifyAction' | 'searchAction' | 'disclosuresAction' | 'proofAction' | 'siemAction' | 'exportAction' | 'checkpointAction' | 'keygenAction';

/** The subcommand's action, imported when it runs. */
const action =
  <K extends ActionName>(name: K) =>
  async (...args: Parameters<(typeof Actions)[K]>): Promise<void> => {
    const actions = await import('../audit-action.js');
    await (actions[name] as (...a: Parameters<(typeof Actions)[K]>) => Promise<void>)(...args);
  };

const PROOF_KEY_FILE_HELP = `--key-file named the file of trusted verifier keys here before it named the store's key file: for this
release, with --export (or with --keyring-file) and no --verifier-key-file, --key-file is still read as
--verifier-key-file, with a warning.`;

const PATIENT_HELP = `
The patient id is hashed with the log's patient key (HMAC-SHA256) before it is compared; it is never
printed. Use --patient - to read it from stdin, keeping it out of shell history.`;

/** The source options every reading subcommand takes. */
function sourceOptions(cmd: Command): Command {
  return cmd
    .option('--export <dir>', 'read an export directory instead of the live store')
    .option('--database-url <url>', 'PostgreSQL URL of the store (or PHIGATE_DATABASE_URL)')
    .option('--data-dir <dir>', 'embedded store data directory')
    .option('--key-file <file>', `the store's key file (default: ${KEY_FILE_DEFAULT})`)
    .addOption(new Option('--keyring-file <file>', 'deprecated name of --key-file').hideHelp())
    .addOption(new Option('--keyring <file>', 'deprecated name of --key-file').hideHelp())
    .option('--schema <name>', 'store schema (default phigate)')
    .option('--home <dir>', 'phigate home whose data/ and keyring.json are read when --data-dir and --key-file are not given', process.env['PHIGATE_HOME'] ?? '.phigate');
}

function patientOptions(cmd: Command): Command {
  return cmd
    .option('--patient <id>', 'patient id ("-" reads it from stdin); needs the patient key')
    .option('--patient-ref <hash>', 'patient keyed hash, when you have it instead of the id')
    .option('--patient-key-file <file>', 'patient hash key, hex or base64 (or PHIGATE_AUDIT_PATIENT_KEY_FILE; default: <home>/audit-patient.key, made by serve)')
    .addHelpText('after', PATIENT_HELP);
}

export const auditCommand: CommandModule = {
  register(program: Command): void {
    const audit = program.command('audit').description('Tamper-evident audit log: verify, prove, search, disclosures, export');
    audit
      .command('verify')
      .description('Verify an export offline: recompute the tree, check every signed checkpoint, name the first bad entry')
      .argument('<paths...>', 'export directory, or entries.jsonl and checkpoints.jsonl')
      .option('--verifier-key <vkey>', 'trusted log verifier key (repeatable)', collect)
      .option('--verifier-key-file <file>', 'file of trusted verifier keys, one per line')
      .addOption(new Option('--key <vkey>', 'deprecated name of --verifier-key').argParser(collect).hideHelp())
      .addOption(new Option('--key-file <file>', 'deprecated name of --verifier-key-file').hideHelp())
      .option('--origin <origin>', 'reject checkpoints of any other log')
      .option('--checkpoint <file>', 'a signed checkpoint kept from elsewhere (repeatable); catches a cut-off export', collect)
      .option('--workers <n>', 'worker threads (0 = none)')
      .option('--json', 'print the report as JSON')
      .addHelpText('after', '\nExit codes: 0 verified, 1 the export does not verify, 2 usage error.')
      .action(action('verifyAction'));
    sourceOptions(audit.command('proof').description('Inclusion or consistency proof (an export is verified first)'))
      .option('--inclusion <index>', 'entry index to prove')
      .option('--consistency <size1>', 'older tree size to prove consistent with --size')
      .option('--size <n>', 'tree size (default: the latest signed checkpoint)')
      .option('--verifier-key <vkey>', 'trusted log verifier key, for an export (repeatable)', collect)
      .option('--verifier-key-file <file>', 'file of trusted verifier keys, for an export')
      .addOption(new Option('--key <vkey>', 'deprecated name of --verifier-key').argParser(collect).hideHelp())
      .option('--json', 'print JSON')
      .addHelpText('after', `${STORE_HELP}\n\n${PROOF_KEY_FILE_HELP}`)
      .action(action('proofAction'));
    patientOptions(sourceOptions(audit.command('search').description('Find entries by actor, patient, vendor, action and time')))
      .option('--actor <id>', 'actor id')
      .option('--vendor <id>', 'vendor id')
      .option('--action <code>', 'action code')
      .option('--from <date>', 'from this time')
      .option('--to <date>', 'up to this time')
      .option('--limit <n>', 'most entries to show', '100')
      .option('--json', 'print JSON lines')
      .addHelpText('after', STORE_HELP)
      .action(action('searchAction'));
    patientOptions(sourceOptions(audit.command('disclosures').description('Accounting of disclosures for one patient (HIPAA 164.528): date, recipient, information, purpose')))
      .option('--since <date>', 'start of the period (default: six years ago)')
      .option('--until <date>', 'end of the period (default: now)')
      .option('--format <format>', 'text, json or csv (json: errors as JSON on stderr too)', 'text')
      .addHelpText('after', STORE_HELP)
      .action(action('disclosuresAction'));
    sourceOptions(audit.command('siem').description('Write every entry as a SIEM JSON line on stdout')).addHelpText('after', STORE_HELP).action(action('siemAction'));
    sourceOptions(audit.command('export').description('Export the live log for offline verification'))
      .requiredOption('--out <dir>', 'output directory')
      .option('--signer-key-file <file>', 'checkpoint signing key: publish a fresh checkpoint and export up to it (default: <home>/audit-signer.key, made by serve, unless --verifier-key is given)')
      .option('--origin <origin>', 'log origin for that checkpoint (default: the key name)')
      .option('--verifier-key <vkey>', 'verifier key to ship in log-keys.txt (repeatable)', collect)
      .option('--json', 'print the summary as JSON')
      .addHelpText('after', STORE_HELP)
      .action(action('exportAction'));
    sourceOptions(audit.command('checkpoint').description('Sign and publish a checkpoint of the live log now; prints the signed note'))
      .option('--signer-key-file <file>', 'checkpoint signing key (from `phigate audit keygen`; default: <home>/audit-signer.key, made by serve)')
      .option('--origin <origin>', 'log origin (default: the key name)')
      .option('--json', 'print {size, root, note} as JSON')
      .addHelpText('after', STORE_HELP)
      .action(action('checkpointAction'));
    audit
      .command('keygen')
      .description('Make an Ed25519 checkpoint signing key (C2SP signed-note format)')
      .requiredOption('--origin <origin>', 'log name, e.g. audit.example.org/phigate')
      .requiredOption('--out <dir>', 'directory for audit-signer.key and audit-verifier.vkey')
      .option('--json', 'print {verifierKey, signerKeyFile, verifierKeyFile} as JSON')
      .option('--force', 'replace a key pair already in --out (checkpoints it signed then verify only with the old verifier key)')
      .addHelpText('after', '\nBoth files are written to temporary names and then put in place together: never one half of a pair.')
      .action(action('keygenAction'));
  },
};
