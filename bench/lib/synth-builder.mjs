// Builds one labelled note: text is appended piece by piece and every identifier piece records its gold
// span as it is written, so offsets are right by construction (and checked once more in `finish`).
//
//   const b = new NoteBuilder();
//   b.add`Seen by Dr. ${phi('NAME', 'Ana Ruiz')} on ${phi('DATE', '3/4/2021')}.\n`;

/** Fine label (the engine's EntityType) -> coarse corpus type, as in the corpora's README. */
const COARSE = {
  NAME: 'NAME', ADDRESS: 'LOCATION', LOCATION: 'LOCATION', ZIP: 'LOCATION', FACILITY: 'LOCATION',
  DATE: 'DATE', AGE: 'AGE', PHONE: 'PHONE', FAX: 'FAX', EMAIL: 'EMAIL', SSN: 'SSN', MRN: 'MRN',
  HEALTHPLAN: 'HEALTHPLAN', ACCOUNT: 'ACCOUNT', LICENSE: 'LICENSE', VEHICLE: 'ID', DEVICE: 'ID',
  URL: 'URL', IP: 'IP', ID: 'ID',
};

/** An identifier value to be written with a gold span. */
export function phi(label, value) {
  if (!(label in COARSE)) throw new Error(`synth: unknown label ${label}`);
  return { phi: true, label, value: String(value) };
}

export class NoteBuilder {
  constructor() {
    this.chunks = [];
    this.length = 0;
    this.spans = [];
  }

  /** Appends plain text, a phi(...) piece, another builder or a writer function `(builder) => void`. */
  put(piece) {
    if (piece === undefined || piece === null || piece === '') return this;
    if (typeof piece === 'function') {
      piece(this); // a writer that appends to this builder (e.g. a name in one of its forms)
      return this;
    }
    if (typeof piece === 'object' && piece.phi) {
      if (piece.value.length === 0) return this;
      this.spans.push({ start: this.length, end: this.length + piece.value.length, type: COARSE[piece.label], label: piece.label });
      this.chunks.push(piece.value);
      this.length += piece.value.length;
      return this;
    }
    if (typeof piece === 'object' && piece instanceof NoteBuilder) return this.append(piece);
    const s = String(piece);
    this.chunks.push(s);
    this.length += s.length;
    return this;
  }

  /** Tagged template or plain list of pieces. */
  add(strings, ...values) {
    if (Array.isArray(strings) && Object.prototype.hasOwnProperty.call(strings, 'raw')) {
      for (let i = 0; i < strings.length; i++) {
        this.put(strings[i]);
        if (i < values.length) this.put(values[i]);
      }
      return this;
    }
    for (const p of [strings, ...values]) this.put(p);
    return this;
  }

  /** Appends another builder's text, shifting its spans. */
  append(other) {
    for (const s of other.spans) this.spans.push({ ...s, start: s.start + this.length, end: s.end + this.length });
    this.chunks.push(other.text());
    this.length += other.length;
    return this;
  }

  text() {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }

  /** The corpus record, after checking that every span is in bounds, ordered and non-overlapping. */
  finish(id) {
    const text = this.text();
    let last = 0;
    for (const s of this.spans) {
      if (s.start < last || s.end <= s.start || s.end > text.length) throw new Error(`synth: bad span in ${id}`);
      last = s.end;
    }
    return { id, text, spans: this.spans };
  }
}
