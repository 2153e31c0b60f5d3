// `phigate careteam add | remove | check`: the care-team relation between a principal and a patient,
// which the access policy checks for roles with `patients: care-team`. Patient ids are stored only as
// keyed hashes, so the relation cannot be listed back as ids.
import type { Command } from 'commander';
import { type StoreCliOptions, print, tenantOf, withStore, withStoreOptions } from '../store-options.js';
import type { CommandModule } from './index.js';

interface Options extends StoreCliOptions {
  user: string;
  patient: string;
}

type Op = 'add' | 'remove' | 'check';

function action(op: Op) {
  return async (o: Options): Promise<void> => {
    const tenant = await tenantOf(o);
    await withStore(o, async (store) => {
      const result = op === 'add' ? await store.careTeam.add(tenant, o.user, o.patient) : op === 'remove' ? await store.careTeam.remove(tenant, o.user, o.patient) : await store.careTeam.has(tenant, o.user, o.patient);
      const text =
        op === 'add'
          ? result ? `${o.user} is now on the patient's care team.\n` : `${o.user} was already on the patient's care team.\n`
          : op === 'remove'
            ? result ? `${o.user} was removed from the patient's care team.\n` : `${o.user} was not on the patient's care team.\n`
            : result ? `${o.user} is on the patient's care team.\n` : `${o.user} is NOT on the patient's care team.\n`;
      print(o, { tenant, user: o.user, op, result }, text);
      if (op === 'check' && !result) process.exitCode = 1;
    });
  };
}

export const careteamCommand: CommandModule = {
  register(program: Command): void {
    const cmd = program
      .command('careteam')
      .description("Care-team relations between users and patients (for the gateway's access policy)")
      .addHelpText('after', '\nExamples:\n  phigate careteam add --user user:dr-lee --patient pt-1001\n  phigate careteam check --user user:dr-lee --patient pt-1001   (exit 1 when not)');
    for (const op of ['add', 'remove', 'check'] as const) {
      withStoreOptions(cmd.command(op).description(`${op[0]?.toUpperCase()}${op.slice(1)} a user/patient relation`))
        .requiredOption('--user <principal>', 'principal id, as in the API key (e.g. user:dr-lee)')
        .requiredOption('--patient <id>', 'the patient id clients send in X-Phigate-Patient')
        .action(action(op));
    }
  },
};
