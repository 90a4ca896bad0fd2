/**
 * The fields of one CSV line (RFC 4180 quoting: a quoted field may hold commas and doubled quotes).
 * Null when a quote is left open; fields are not trimmed.
 */
export const csvFields = (line: string): string[] | null => {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += line[i];
        i += 1;
      }
      // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
      while (i < line.length && line[i] !== ',') field += line[i++];
    } else {
      while (i < line.length && line[i] !== ',') field += line[i++];
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i += 1; // the comma
  }
};

/** A field quoted when it needs to be (comma, quote, line break, or leading/trailing space). */
export const csvField = (value: string): string =>
  /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
