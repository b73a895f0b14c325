/**
 * Entries may use the short forms the schemas accept (`sources: [S01]`, `born: 1469`,
 * `aliases: [{ 字: 子才 }]`), which the editor's forms cannot show. On reading they are expanded
 * into the full form (the scalar into the object's first field; a one-key map into its first two
 * fields) and marked; on writing, a marked item that still holds only those fields goes back to
 * its short form, so an entry opened and saved unchanged stays as it was written.
 */

/** The part of an editor field that the expansion needs. */
export interface FieldShape {
  name: string;
  widget: string;
  fields?: readonly FieldShape[] | undefined;
}

/** Marks an item expanded from a short form; never written to a file. */
const SHORTHAND_MARK = '__shorthand';

type Data = Record<string, unknown>;
const isMap = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export function expandShorthands(data: Data, fields: readonly FieldShape[]): Data {
  const out: Data = { ...data };
  for (const field of fields) {
    if (field.name in out) out[field.name] = expandValue(out[field.name], field);
  }
  return out;
}

function expandValue(value: unknown, field: FieldShape): unknown {
  const subfields = field.fields;
  if (!subfields || subfields.length === 0) return value;
  if (field.widget === 'list') {
    return Array.isArray(value) ? value.map((item) => expandItem(item, subfields)) : value;
  }
  return expandItem(value, subfields);
}

function expandItem(value: unknown, fields: readonly FieldShape[]): unknown {
  const [first, second] = fields;
  if (!first) return value;
  if (typeof value === 'string' || typeof value === 'number') {
    return { [first.name]: value, [SHORTHAND_MARK]: 'scalar' };
  }
  if (!isMap(value)) return value;
  const keys = Object.keys(value);
  const names = new Set(fields.map((f) => f.name));
  const [only] = keys;
  if (second && keys.length === 1 && only !== undefined && !names.has(only)) {
    return { [first.name]: only, [second.name]: value[only], [SHORTHAND_MARK]: 'pair' };
  }
  return expandShorthands(value, fields);
}

/** Puts marked items back into their short form where nothing was added to them. */
export function collapseShorthands(value: unknown, fields: readonly FieldShape[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => collapseShorthands(item, fields));
  if (!isMap(value)) return value;
  const { [SHORTHAND_MARK]: mark, ...rest } = value;
  const present = Object.entries(rest).filter(([, v]) => v !== undefined && v !== null && v !== '');
  const [first, second] = fields;
  if (mark === 'scalar' && first && present.length === 1 && present[0]?.[0] === first.name)
    return present[0][1];
  if (mark === 'pair' && first && second && present.length === 2) {
    const key = rest[first.name];
    if (typeof key === 'string' && second.name in rest) return { [key]: rest[second.name] };
  }
  return Object.fromEntries(
    Object.entries(rest).map(([key, v]) => {
      const field = fields.find((f) => f.name === key);
      return [key, collapseShorthands(v, field?.fields ?? [])];
    }),
  );
}
