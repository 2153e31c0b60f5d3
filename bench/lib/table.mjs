// Prints a small aligned text table: a title, a header row and rows of cells (strings); columns whose
// header starts with '>' are right-aligned (numbers), the '>' itself is not printed.

export function formatTable(title, headers, rows, notes = []) {
  const right = headers.map((h) => h.startsWith('>'));
  const head = headers.map((h) => (h.startsWith('>') ? h.slice(1) : h));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (right[i] ? String(c ?? '').padStart(widths[i]) : String(c ?? '').padEnd(widths[i]))).join('  ').trimEnd();
  const out = [`\n${title}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  for (const n of notes) out.push(`  ${n}`);
  return out.join('\n');
}
