// /admin/v1/care-team: who is on a patient's care team (which the gateway's policy checks for roles with
// `patients: care-team`). The same access functions as `phigate careteam` validate the ids and do the
// work. The patient id is in the path (percent-encode a `/` in it as %2F); the audit event carries its
// keyed hash only.
import { z } from 'zod';
import { addCareTeamMember, careTeamOf, careTeamPatientCount, checkPatientId, checkPrincipalId, removeCareTeamMember } from '../access/index.js';
import { type AdminCall, type EndpointFactory, json } from './endpoint.js';
import { parseQuery } from './input.js';

function patientOf(call: AdminCall): string {
  const id = checkPatientId(call.params['patient'] ?? '', 'The patient id in the path');
  call.concerns({ id });
  return id;
}

function userOf(call: AdminCall): string {
  const user = checkPrincipalId(call.params['user'] ?? '', 'The user in the path');
  call.actsOn(user);
  return user;
}

const byUserQuery = z.strictObject({ user: z.string() });

export const careTeamEndpoints: EndpointFactory = (_deps, { store }) => [
  {
    method: 'PUT',
    path: '/care-team/:patient/members/:user',
    action: 'admin.careteam.add',
    scope: 'care-team',
    purpose: 'HSYSADMIN',
    async handle(call) {
      const patient = patientOf(call);
      const user = userOf(call);
      const added = await addCareTeamMember(store.careTeam, call.tenant, user, patient);
      return json({ user, member: true, changed: added }, added ? 201 : 200);
    },
  },
  {
    method: 'DELETE',
    path: '/care-team/:patient/members/:user',
    action: 'admin.careteam.remove',
    scope: 'care-team',
    purpose: 'HSYSADMIN',
    async handle(call) {
      const patient = patientOf(call);
      const user = userOf(call);
      const removed = await removeCareTeamMember(store.careTeam, call.tenant, user, patient);
      return json({ user, member: false, changed: removed });
    },
  },
  {
    method: 'GET',
    path: '/care-team/:patient',
    action: 'admin.careteam.read',
    scope: 'care-team',
    purpose: 'HSYSADMIN',
    async handle(call) {
      const patient = patientOf(call);
      return json({ object: 'list', data: await careTeamOf(store.careTeam, call.tenant, patient) });
    },
  },
  {
    method: 'GET',
    path: '/care-team',
    action: 'admin.careteam.count',
    scope: 'care-team',
    purpose: 'HSYSADMIN',
    async handle(call) {
      const { user } = parseQuery(byUserQuery, call.url);
      const id = checkPrincipalId(user, 'Query parameter user');
      call.actsOn(id);
      // Patient ids are stored only as keyed hashes: a user's patients can be counted, not listed.
      return json({ user: id, patients: await careTeamPatientCount(store.careTeam, call.tenant, id) });
    },
  },
];
