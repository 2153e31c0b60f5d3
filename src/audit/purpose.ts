// Purposes of use (HL7 v3 PurposeOfUse codes) and the words the accounting of disclosures shows for them.

export interface PurposeOfUse {
  readonly code: string;
  readonly description: string;
}

export const PURPOSES_OF_USE: readonly PurposeOfUse[] = [
  { code: 'TREAT', description: 'Treatment' },
  { code: 'ETREAT', description: 'Emergency treatment (break-glass)' },
  { code: 'HPAYMT', description: 'Payment' },
  { code: 'HOPERAT', description: 'Health care operations' },
  { code: 'HRESCH', description: 'Research' },
  { code: 'PUBHLTH', description: 'Public health' },
  { code: 'HQUALIMP', description: 'Quality improvement' },
  { code: 'PATRQT', description: 'Requested by the patient' },
  { code: 'PATADMIN', description: 'Patient administration' },
  { code: 'COVERAGE', description: 'Coverage under a policy or program' },
  { code: 'HLEGAL', description: 'Legal' },
  { code: 'HSYSADMIN', description: 'System administration' },
  { code: 'CAREMGT', description: 'Care management' },
  { code: 'CLINTRL', description: 'Clinical trial' },
];

export function describePurpose(code: string): string {
  return PURPOSES_OF_USE.find((p) => p.code === code)?.description ?? code;
}
