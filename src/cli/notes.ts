// What a command tells the person running it besides its result (a note, a warning), on stderr. As text,
// `phigate: <message>` lines; for a command given --json, one JSON object per line ({"note":{"message"}},
// {"warning":{"message"}}), so that everything on stderr under --json is a JSON line, as its errors are.
export interface Notes {
  readonly json: boolean;
  note(message: string): void;
  warn(message: string): void;
}

export function stderrNotes(json: boolean, write: (text: string) => void = (t) => void process.stderr.write(t)): Notes {
  return {
    json,
    note: (message) => write(json ? `${JSON.stringify({ note: { message } })}\n` : `phigate: ${message}\n`),
    warn: (message) => write(json ? `${JSON.stringify({ warning: { message } })}\n` : `phigate: warning: ${message}\n`),
  };
}
