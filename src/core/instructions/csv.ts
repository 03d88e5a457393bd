/** Splits one CSV record the way Go's encoding/csv reads a RUN --mount or --device value. */

/** The fields of a one-line CSV record, or the reader's error. */
export type CsvResult = { readonly ok: true; readonly fields: readonly string[] } | { readonly ok: false; readonly error: string };

/** Reads one record: comma separated, double quotes enclose fields, `""` is a quote inside them. */
export function readCsvRecord(text: string): CsvResult {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) return { ok: false, error: 'extraneous or missing " in quoted-field' };
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      if (i < text.length && text[i] !== ',') return { ok: false, error: 'extraneous or missing " in quoted-field' };
    } else {
      const end = text.indexOf(',', i);
      field = text.slice(i, end < 0 ? text.length : end);
      if (field.includes('"')) return { ok: false, error: 'bare " in non-quoted-field' };
      i = end < 0 ? text.length : end;
    }
    fields.push(field);
    if (i >= text.length) return { ok: true, fields };
    i += 1;
  }
}
