// `phigate careteam add | remove | check | members`: the care-team relation between a principal and a
// patient, which the access policy checks for roles with `patients: care-team`. Patient ids are stored
// only as keyed hashes, so a patient's members can be listed but a user's patients cannot (only counted).
// The same functions of the access capability serve the admin API (PUT/DELETE/GET /admin/v1/care-team).
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
    const access = await import('../../access/index.js');
    await withStore(o, async (store) => {
      const fn = op === 'add' ? access.addCareTeamMember : op === 'remove' ? access.removeCareTeamMember : access.isCareTeamMember;
      const result = await fn(store.careTeam, tenant, o.user, o.patient);
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

async function members(o: Omit<Options, 'user'>): Promise<void> {
  const tenant = await tenantOf(o);
  const { careTeamOf } = await import('../../access/index.js');
  await withStore(o, async (store) => {
    const list = await careTeamOf(store.careTeam, tenant, o.patient);
    print(o, { tenant, members: list }, list.length ? `${list.join('\n')}\n` : "No one is on the patient's care team.\n");
  });
}

export const careteamCommand: CommandModule = {
  register(program: Command): void {
    const cmd = program
      .command('careteam')
      .description("Care-team relations between users and patients (for the gateway's access policy)")
      .addHelpText(
        'after',
        '\nExamples:\n  phigate careteam add --user user:dr-lee --patient pt-1001\n  phigate careteam check --user user:dr-lee --patient pt-1001   (exit 1 when not)\n  phigate careteam members --patient pt-1001',
      );
    for (const op of ['add', 'remove', 'check'] as const) {
      withStoreOptions(cmd.command(op).description(`${op[0]?.toUpperCase()}${op.slice(1)} a user/patient relation`))
        .requiredOption('--user <principal>', 'principal id, as in the API key (e.g. user:dr-lee)')
        .requiredOption('--patient <id>', 'the patient id clients send in X-Phigate-Patient')
        .action(action(op));
    }
    withStoreOptions(cmd.command('members').description("List the users on a patient's care team"))
      .requiredOption('--patient <id>', 'the patient id clients send in X-Phigate-Patient')
      .action(members);
  },
};
