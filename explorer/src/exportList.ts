// List exports: CSV (UTF-8 with a BOM, so spreadsheet programs read Chinese correctly) and JSON.

export type ExportRow = Record<string, string | number | boolean | null>;

function quoteCsv(value: ExportRow[string]): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(rows: ExportRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns.map(quoteCsv).join(','), ...rows.map((row) => columns.map((c) => quoteCsv(row[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the list's name: letters, digits and dashes. */
export function slugifyName(name: string): string {
  return name.replace(/[^A-Za-z0-9\u4e00-\u9fff]+/g, '-').replace(/^-|-$/g, '') || 'list';
}
