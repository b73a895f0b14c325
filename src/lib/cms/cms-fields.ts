/**
 * Turns a zod schema into the CMS's field list by walking it, so that a field added to a schema
 * appears in the editor without a second edit. Labels and hints come from the schemas' JSDoc.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/helpers.ts';
import { DATE_WIDGET } from './date-feedback.ts';
import { docFor, labelFrom, type FieldDoc } from './docs.ts';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  multiple?: boolean;
  options?: (string | { label: string; value: string })[];
  fields?: CmsField[];
  field?: CmsField;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  value_type?: 'int' | 'float';
  collapsed?: boolean;
  modes?: string[];
  pattern?: [string, string];
}

/** What the walk needs to know about the stand-in helpers and the data around the schemas. */
export interface WalkContext {
  docs: readonly FieldDoc[];
  /** Schemas produced by the stand-in `image()`. */
  images: WeakSet<object>;
  /** Schemas produced by the stand-in `reference()`, with the collection they point to. */
  references: WeakMap<object, CollectionName>;
  /** The bibliography's works, offered by title where an entry cites one. */
  bibliography: readonly { id: string; title: string }[];
  /** The field a collection's entries are known by (name or title). */
  displayField: (collection: CollectionName) => string;
  /** The schema of a date text (乾隆八年、前232), which gets the editor's date widget with live feedback. */
  dateText?: object | undefined;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: { format?: string } } }[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips optional/default wrappers and preprocess/transform pipes down to the shape that is stored. */
export function stored(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // z.preprocess(fn, s) is pipe(transform, s); s.transform(fn) is pipe(s, transform).
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else return { schema: current, optional };
  }
}

/** The keys of an object schema (after unwrapping), or of every variant of a union of objects. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(stored(schema).schema);
  if (def.type === 'object') return def.shape;
  if (def.type === 'union' && def.options) {
    const shapes = def.options.map(objectShape);
    if (shapes.every((s) => s !== undefined))
      return Object.assign({}, ...shapes) as Record<string, z.ZodType>;
  }
  return undefined;
}

/** Long free text gets a text area rather than a one-line input. */
const LONG_TEXT = new Set(['summary', 'description']);

/** The CMS fields for an object schema's keys. */
export function fieldsOf(shape: Record<string, z.ZodType>, ctx: WalkContext, inUnion = false): CmsField[] {
  const keys = Object.keys(shape);
  return keys.map((key) => {
    const field = fieldFor(key, shape[key] as z.ZodType, keys, ctx);
    // Every variant of a union is offered at once, so none of their fields can be required.
    return inUnion ? { ...field, required: false } : field;
  });
}

function fieldFor(name: string, schema: z.ZodType, keys: readonly string[], ctx: WalkContext): CmsField {
  const doc = docFor(ctx.docs, name, keys);
  const { schema: inner, optional } = stored(schema);
  const base: CmsField = {
    name,
    label: doc ? `${labelFrom(doc)}（${name}）` : name,
    widget: 'string',
    required: !optional,
    ...(doc ? { hint: doc } : {}),
  };
  const widget =
    withoutOptional(schema) === ctx.dateText ? { widget: DATE_WIDGET } : widgetFor(name, inner, ctx);
  // The CMS checks an object's required fields even when the object itself is optional and left
  // blank; the checks still require them once anything in the object is filled in.
  if (optional && widget.widget === 'object' && widget.fields)
    widget.fields = widget.fields.map(optionalField);
  return { ...base, ...widget };
}

function withoutOptional(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  return (def.type === 'optional' || def.type === 'default') && def.innerType
    ? withoutOptional(def.innerType)
    : schema;
}

function optionalField(field: CmsField): CmsField {
  return {
    ...field,
    required: false,
    ...(field.widget === 'object' && field.fields ? { fields: field.fields.map(optionalField) } : {}),
  };
}

function widgetFor(name: string, schema: z.ZodType, ctx: WalkContext): Partial<CmsField> {
  if (ctx.images.has(schema)) return { widget: 'image' };
  const target = ctx.references.get(schema);
  if (target) return referenceWidget(target, ctx, false);
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number': {
      const integer = def.checks?.some((c) => c._zod.def.format === 'safeint') ?? false;
      return { widget: 'number', value_type: integer ? 'int' : 'float' };
    }
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'object':
    case 'union': {
      const shape = objectShape(schema);
      if (!shape) return { widget: 'string' };
      return { widget: 'object', collapsed: false, fields: fieldsOf(shape, ctx, def.type === 'union') };
    }
    case 'array':
      return listWidget(name, def.element as z.ZodType, ctx);
    default:
      return { widget: 'string' };
  }
}

function listWidget(name: string, element: z.ZodType, ctx: WalkContext): Partial<CmsField> {
  if (element === ctx.dateText) return { widget: 'list', field: { name, label: name, widget: DATE_WIDGET } };
  const { schema } = stored(element);
  const target = ctx.references.get(schema);
  if (target) return referenceWidget(target, ctx, true);
  const def = defOf(schema);
  if (def.type === 'enum')
    return { widget: 'select', multiple: true, options: Object.values(def.entries ?? {}) };
  const shape = objectShape(schema);
  if (shape) return { widget: 'list', collapsed: true, fields: fieldsOf(shape, ctx, def.type === 'union') };
  const item = widgetFor(name, schema, ctx);
  return { widget: 'list', field: { name, label: name, ...item, widget: item.widget ?? 'string' } };
}

/** A reference to another entry, chosen by its name (search as you type). */
function referenceWidget(target: CollectionName, ctx: WalkContext, multiple: boolean): Partial<CmsField> {
  if (target === 'bibliography') {
    // The bibliography is one file keyed by id, which the CMS cannot list; its works are offered
    // by title from the build's copy instead.
    return {
      widget: 'select',
      multiple,
      options: ctx.bibliography.map(({ id, title }) => ({ label: `${id} ${title}`, value: id })),
    };
  }
  const display = ctx.displayField(target);
  return {
    widget: 'relation',
    collection: target,
    search_fields: [display],
    value_field: '{{slug}}',
    display_fields: [display],
    multiple,
  };
}
