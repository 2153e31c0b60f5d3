// The Cedar schema the gateway authorizes against: who asks (a User, member of one Role entity per
// role), what it asks for (`invoke` on a Model) and the request's context (purpose of use, the patient,
// the care-team relation, break-glass). Compiled roles and policy files are validated against it at
// start-up, so a policy naming an unknown attribute, type or purpose code stops the gateway.
import { PURPOSES_OF_USE } from '../../audit/purpose.js';

export const CEDAR_SCHEMA = `// Roles come from the API key or the OIDC token; a User is a member of each.
entity Role;
entity User in [Role] {
  kind: String, // "user" or "service"
};
entity Patient;
entity Model {
  vendor: String, // the vendor id of phigate.yaml
  service: String, // "chat" or "embeddings"
};
// The HL7 purpose-of-use codes the gateway accepts (X-Phigate-Purpose).
entity Purpose enum [${PURPOSES_OF_USE.map((p) => `"${p.code}"`).join(', ')}];

action invoke appliesTo {
  principal: User,
  resource: Model,
  context: {
    purpose: Purpose,
    patient?: Patient, // absent when the request names no patient
    onCareTeam: Bool, // the principal is on the patient's care team (false without a patient)
    breakGlass: Bool, // X-Phigate-Break-Glass was sent (its purpose is then ETREAT)
  },
};
`;

export type EntityRef = { readonly type: string; readonly id: string };

export const INVOKE: EntityRef = { type: 'Action', id: 'invoke' };
