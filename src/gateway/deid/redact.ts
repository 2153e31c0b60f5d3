// De-identification in flight: find identifiers in every slot, swap each for a reversible vault token
// of the conversation's scope (one vault round trip per request), and count what was found by type.
// Spans are replaced end to start, so earlier offsets stay valid.
import { replacedFrom } from '../../deid/name-title.js';
import { labelled, valueFindings } from '../../deid/structured/field-label.js';
import type { AnalysisPort, Finding } from '../../deid/types.js';
import type { Reservation, TokenScope, TokenizeItem } from '../../vault/index.js';
import type { Slot } from './slots.js';

export interface VaultPort {
  tokenizeMany(items: readonly TokenizeItem[], scope: TokenScope, opts?: { ttlMs?: number | null }): Promise<string[]>;
  /** The tokens once decided, with the commit that stores them (TokenVault.reserveMany); without it, tokenizeMany. */
  reserveMany?(items: readonly TokenizeItem[], scope: TokenScope, opts?: { ttlMs?: number | null }): Promise<Reservation>;
  detokenizeMany(tokens: readonly string[], scope: TokenScope): Promise<Map<string, { value: string; type: string }>>;
}

export interface Redaction {
  readonly counts: Record<string, number>;
  /**
   * The vault's commit of the tokens now in the slots: nothing that came back for them may be re-identified
   * or returned before it resolves, and when it rejects the request fails with its error.
   */
  readonly committed?: Promise<void>;
}

/** Tokens for the items, decided (maybe not yet stored: see Redaction.committed). */
export async function reserveTokens(vault: VaultPort, items: readonly TokenizeItem[], scope: TokenScope, opts?: { ttlMs?: number | null }): Promise<Reservation> {
  if (vault.reserveMany) return vault.reserveMany(items, scope, opts);
  return { tokens: await vault.tokenizeMany(items, scope, opts) };
}

/** Analyses every slot; when `vault` is given, replaces the findings with tokens. Returns counts by type. */
export async function redactSlots(
  slots: readonly Slot[],
  analyzer: AnalysisPort,
  tokenize: { vault: VaultPort; scope: TokenScope; ttlMs: number } | null,
): Promise<Redaction> {
  const counts: Record<string, number> = {};
  // Where each finding's token starts: a name's titles stay in clear ("Dr. [[NAME_..]]"), so the model still
  // reads who is the doctor, and "Mr. Vance" and "Vance" share one token.
  const found: Array<{ slot: Slot; text: string; findings: Finding[]; starts: number[] }> = [];
  const items: TokenizeItem[] = [];
  const texts = slots.map((slot) => slot.get());
  // All at once: with a thread pool, the slots of one request are read side by side.
  const analyses = await Promise.all(slots.map((slot, i) => analyzeSlot(analyzer, texts[i] as string, slot.label)));
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const text = texts[i] as string;
    const findings = analyses[i] as Finding[];
    if (findings.length === 0) continue;
    const starts: number[] = [];
    for (const f of findings) {
      counts[f.type] = (counts[f.type] ?? 0) + 1;
      const start = replacedFrom(text, f);
      starts.push(start);
      items.push({ value: text.slice(start, f.end), type: f.type });
    }
    found.push({ slot, text, findings, starts });
  }
  if (!tokenize || items.length === 0) return { counts };
  const { tokens, committed } = await reserveTokens(tokenize.vault, items, tokenize.scope, { ttlMs: tokenize.ttlMs });
  let k = 0;
  for (const { slot, text, findings, starts } of found) {
    const parts: string[] = [];
    let at = 0;
    findings.forEach((f, n) => {
      parts.push(text.slice(at, starts[n]), tokens[k++] as string);
      at = f.end;
    });
    parts.push(text.slice(at));
    slot.set(parts.join(''));
  }
  return committed ? { counts, committed } : { counts };
}

/** The findings of a slot's text; a labelled value is read after its label (deid's field-label.ts). */
async function analyzeSlot(analyzer: AnalysisPort, text: string, label: string | undefined): Promise<Finding[]> {
  if (label === undefined || text.length === 0) return analyzer.analyze(text);
  return valueFindings(label, await analyzer.analyze(labelled(label, text)));
}
