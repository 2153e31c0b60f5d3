// The review view of `phigate deid --explain` and `phigate demo`: the note with each finding
// highlighted and numbered, then a legend (type, score, recognizer, evidence). It shows the input text,
// so it is for a person at a terminal reviewing their own data, never for logs.
import { coarseType, type Finding } from '../deid/types.js';

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

export function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
}

/** Background colours by corpus category, so names, dates and places read apart at a glance. */
const COLOUR: Record<string, string> = {
  NAME: '\x1b[30;43m', // black on yellow
  DATE: '\x1b[30;46m', // black on cyan
  LOCATION: '\x1b[30;42m', // black on green
  AGE: '\x1b[30;45m',
};
const OTHER = '\x1b[37;41m'; // white on red: numbers and codes
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export interface ExplainOptions {
  readonly color: boolean;
}

/** The text with findings marked: `[Ada Quill]¹` in plain text, a coloured background with colour. */
export function renderMarked(text: string, findings: readonly Finding[], opts: ExplainOptions): string {
  let out = '';
  let pos = 0;
  findings.forEach((f, i) => {
    out += text.slice(pos, f.start);
    const span = text.slice(f.start, f.end);
    const mark = superscript(i + 1);
    out += opts.color ? `${COLOUR[coarseType(f.type)] ?? OTHER}${span}${RESET}${DIM}${mark}${RESET}` : `[${span}]${mark}`;
    pos = f.end;
  });
  return out + text.slice(pos);
}

/**
 * One line per finding: marker, type, score, recognizer and evidence (names of rules, never text).
 * With `text`, the matched text is shown too (the demo's fictional note; never for real data in logs).
 */
export function renderLegend(findings: readonly Finding[], text?: string): string[] {
  const width = superscript(findings.length).length;
  const shown = findings.map((f) => (text === undefined ? '' : clip(text.slice(f.start, f.end).replace(/\s+/g, ' '), 32)));
  const textWidth = Math.max(0, ...shown.map((s) => s.length));
  return findings.map((f, i) => {
    const evidence = f.evidence.map((e) => `${e.kind}:${e.detail}`).join(', ');
    const col = text === undefined ? '' : `${shown[i]!.padEnd(textWidth)}  `;
    return `${superscript(i + 1).padStart(width)} ${col}${f.type.padEnd(10)} ${f.score.toFixed(2)}  ${f.recognizer}${evidence ? `  (${evidence})` : ''}`;
  });
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function renderExplained(text: string, findings: readonly Finding[], opts: ExplainOptions): string {
  const legend = renderLegend(findings);
  const head = findings.length === 0 ? 'No identifiers found.' : `${findings.length} identifier${findings.length === 1 ? '' : 's'} found:`;
  return `${renderMarked(text, findings, opts)}${text.endsWith('\n') ? '' : '\n'}\n${head}\n${legend.join('\n')}${legend.length ? '\n' : ''}`;
}
