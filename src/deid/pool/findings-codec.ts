// Findings as they cross from an analysis thread to the event loop. Structured clone of ~20 findings
// (each an object, an evidence array and evidence objects) cost about 55 µs per text, most of it on the
// event loop, which is the gateway's scarce core. Packed, a text's findings are one Float64Array
// (transferred, not copied) plus the few strings the receiver has not been sent before: recognizer ids,
// types and evidence, a small fixed vocabulary that carries no input text by the analyzer's contract.
// The receiver keeps one frozen Evidence object per distinct evidence, shared by every finding.
import type { EntityType, Evidence, EvidenceKind, Finding } from '../types.js';

/** One text's findings: FIELDS numbers per finding, then the evidence string ids of each, in order. */
export interface PackedFindings {
  readonly numbers: Float64Array<ArrayBuffer>;
  /** Strings new to the receiver, given the ids `firstId`, `firstId + 1`, ... in its table. */
  readonly strings: readonly string[];
  readonly firstId: number;
  /** The sender started a new table (the old one grew past its bound): the receiver drops its own first. */
  readonly reset: boolean;
}

// start, end, score, type id, recognizer id, number of evidence ids that follow.
const FIELDS = 6;
// Evidence is a kind and a detail; the table keys it as both in one string.
const SEP = '\u0000';
// Custom recognizers may bring their own evidence details; a table that could only grow would be a slow
// leak in a thread that runs for months, so past this many strings the sender starts again.
const MAX_STRINGS = 20_000;

/** The thread's side: one per thread, since the receiver's table mirrors what this one has sent. */
export class FindingsPacker {
  readonly #ids = new Map<string, number>();
  readonly #maxStrings: number;
  #fresh: string[] = [];
  #reset = false;

  constructor(maxStrings: number = MAX_STRINGS) {
    this.#maxStrings = maxStrings;
  }

  pack(findings: readonly Finding[]): PackedFindings {
    let size = findings.length * FIELDS;
    for (const f of findings) size += f.evidence.length;
    if (this.#ids.size + size > this.#maxStrings) {
      this.#ids.clear();
      this.#fresh = [];
      this.#reset = true;
    }
    const firstId = this.#ids.size;
    const numbers = new Float64Array(size);
    let at = 0;
    for (const f of findings) {
      numbers[at++] = f.start;
      numbers[at++] = f.end;
      numbers[at++] = f.score;
      numbers[at++] = this.#id(f.type);
      numbers[at++] = this.#id(f.recognizer);
      numbers[at++] = f.evidence.length;
      for (const e of f.evidence) numbers[at++] = this.#id(e.kind + SEP + e.detail);
    }
    const packed: PackedFindings = { numbers, strings: this.#fresh, firstId, reset: this.#reset };
    this.#fresh = [];
    this.#reset = false;
    return packed;
  }

  #id(s: string): number {
    let id = this.#ids.get(s);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(s, id);
      this.#fresh.push(s);
    }
    return id;
  }
}

/** Distinct evidence lists of two or more the receiver keeps; past this it starts its table again. */
const MAX_LISTS = 4_096;
const NO_EVIDENCE: readonly Evidence[] = Object.freeze([]);

/**
 * The event loop's side: one per thread (a restarted thread gets a new one, as its packer is new). Findings
 * are often kept (the gateway's analysis cache holds some 37,000 of them at its default bound), so each is as
 * small as it can be: offsets are small integers (not boxed numbers), and findings with the same evidence
 * share one frozen evidence list, as they share its Evidence objects (4.1 -> 2.1 KB per text of 21 findings).
 */
export class FindingsUnpacker {
  #strings: string[] = [];
  #evidence: Array<Evidence | undefined> = [];
  /** Frozen one-item evidence lists, by evidence id. */
  #singles: Array<readonly Evidence[] | undefined> = [];
  /** Frozen longer lists, by their evidence ids joined with commas. */
  #lists = new Map<string, readonly Evidence[]>();

  unpack(packed: PackedFindings): Finding[] {
    if (packed.reset) {
      this.#strings = [];
      this.#evidence = [];
      this.#singles = [];
      this.#lists = new Map();
    }
    if (packed.firstId !== this.#strings.length) throw new Error(`findings out of step: string ${packed.firstId} sent, ${this.#strings.length} known`);
    for (const s of packed.strings) this.#strings.push(s);
    const { numbers } = packed;
    const findings: Finding[] = [];
    for (let at = 0; at < numbers.length; ) {
      // Offsets are UTF-16 indexes of a string (under 2^30): `| 0` keeps them small integers in the object
      // instead of boxed doubles (they come out of a Float64Array), the same values.
      const start = (numbers[at++] as number) | 0;
      const end = (numbers[at++] as number) | 0;
      const score = numbers[at++] as number;
      const type = this.#string(numbers[at++] as number) as EntityType;
      const recognizer = this.#string(numbers[at++] as number);
      const count = numbers[at++] as number;
      const evidence = this.#evidenceList(numbers, at, count);
      at += count;
      findings.push(Object.freeze({ start, end, type, score, recognizer, evidence }));
    }
    return findings;
  }

  /** The frozen list of the `count` evidence ids at `numbers[at]`, one shared list per distinct sequence. */
  #evidenceList(numbers: Float64Array, at: number, count: number): readonly Evidence[] {
    if (count === 0) return NO_EVIDENCE;
    if (count === 1) {
      const id = numbers[at] as number;
      let list = this.#singles[id];
      if (list === undefined) {
        list = Object.freeze([this.#evidenceOf(id)]);
        this.#singles[id] = list;
      }
      return list;
    }
    let key = String(numbers[at]);
    for (let i = 1; i < count; i++) key += `,${numbers[at + i] as number}`;
    let list = this.#lists.get(key);
    if (list === undefined) {
      const items = new Array<Evidence>(count);
      for (let i = 0; i < count; i++) items[i] = this.#evidenceOf(numbers[at + i] as number);
      list = Object.freeze(items);
      if (this.#lists.size >= MAX_LISTS) this.#lists.clear();
      this.#lists.set(key, list);
    }
    return list;
  }

  #string(id: number): string {
    const s = this.#strings[id];
    if (s === undefined) throw new Error(`findings out of step: string ${id} unknown`);
    return s;
  }

  #evidenceOf(id: number): Evidence {
    let e = this.#evidence[id];
    if (e === undefined) {
      const s = this.#string(id);
      const cut = s.indexOf(SEP);
      e = Object.freeze({ kind: s.slice(0, cut) as EvidenceKind, detail: s.slice(cut + 1) });
      this.#evidence[id] = e;
    }
    return e;
  }
}
