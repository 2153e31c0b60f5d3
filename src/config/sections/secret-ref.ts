// A secret reference field of phigate.yaml (`env:VAR` or `file:PATH`), parsed; the value is never echoed.
import { z } from 'zod';
import { SECRET_REF_HINT, type SecretRef, parseSecretRef } from '../secrets.js';

export const secretRef = z.string().transform((value, ctx): SecretRef => {
  const ref = parseSecretRef(value);
  if (!ref) {
    ctx.addIssue({ code: 'custom', message: SECRET_REF_HINT });
    return z.NEVER;
  }
  return ref;
});
