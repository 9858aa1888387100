/**
 * A very small schema toolkit: each schema checks content in the browser and carries
 * just enough structure (`kind`, `shape`, `item`, …) for schema-json.ts to write it out
 * as JSON Schema, so the types, the validator and the published `schema/*.json` come
 * from one definition. The words of the published schema (titles, descriptions) live in
 * schema-docs.ts, which only scripts/generate.mjs reads: no reader's browser needs them.
 *
 * Why not a library: validation must run under a strict Content-Security-Policy (no
 * `eval`, no `new Function`), stay tiny inside a one-file script tag, and report
 * problems in words a web designer understands ("sections[2].heading should be text,
 * but it is missing"). Every check here is plain code.
 */

export type PathSegment = string | number;

/** What a value was expected to be, or was found to be. Localised by the elements. */
export type ValueKind = 'text' | 'list' | 'group' | 'yes-no' | 'number' | 'nothing';

export type ContentIssue =
  | { path: PathSegment[]; code: 'missing'; expected: ValueKind }
  | { path: PathSegment[]; code: 'type'; expected: ValueKind; received: ValueKind }
  | { path: PathSegment[]; code: 'empty'; expected: ValueKind }
  | { path: PathSegment[]; code: 'one-of'; allowed: readonly string[]; received: string }
  | { path: PathSegment[]; code: 'format'; format: TextFormat; received: string }
  | { path: PathSegment[]; code: 'duplicate'; received: string };

export type TextFormat = 'id' | 'date';

export interface Schema<T> {
  /** Adds problems to `issues`; returns true when the value is valid. */
  check(value: unknown, path: PathSegment[], issues: ContentIssue[]): value is T;
  /** Which builder made it, so schema-json.ts can read the structure below. */
  readonly kind: 'text' | 'yes-no' | 'one-of' | 'list' | 'group' | 'variant' | 'optional';
  readonly optional?: boolean;
  /** Phantom field carrying the TypeScript type. */
  readonly _type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

// The structure each builder keeps, typed, so that schema-json.ts can walk it and
// schema-docs.ts can point at a nested group (`BlockSchema.variants.terms.shape.items.item`).
export interface TextSchema extends Schema<string> {
  readonly kind: 'text';
  readonly format?: TextFormat;
}
export interface YesNoSchema extends Schema<boolean> {
  readonly kind: 'yes-no';
}
export interface OneOfSchema<V extends readonly string[]> extends Schema<V[number]> {
  readonly kind: 'one-of';
  readonly values: V;
}
export interface ListSchema<I extends Schema<unknown>> extends Schema<Infer<I>[]> {
  readonly kind: 'list';
  readonly item: I;
  readonly uniqueIds?: boolean;
}
export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly kind: 'optional';
  readonly optional: true;
  /** The schema a present value must pass. */
  readonly of: Schema<T>;
}
export interface GroupSchema<S extends Shape> extends Schema<Simplify<InferShape<S>>> {
  readonly kind: 'group';
  readonly shape: S;
}
type VariantValue<V extends Shape> = { [K in keyof V]: Infer<V[K]> & { type: K } }[keyof V];
export interface VariantSchema<V extends Shape> extends Schema<VariantValue<V>> {
  readonly kind: 'variant';
  readonly variants: V;
}
/** Every schema the builders below make, told apart by `kind`. */
export type AnySchema =
  | TextSchema
  | YesNoSchema
  | OneOfSchema<readonly string[]>
  | ListSchema<Schema<unknown>>
  | OptionalSchema<unknown>
  | GroupSchema<Shape>
  | VariantSchema<Shape>;

export function kindOf(value: unknown): ValueKind {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'yes-no';
  if (Array.isArray(value)) return 'list';
  return 'group';
}

/** Reports a value of the wrong kind: missing when absent, else what it was instead. Returns false. */
function wrongKind(value: unknown, path: PathSegment[], issues: ContentIssue[], expected: ValueKind): false {
  issues.push(
    value === undefined ? { path, code: 'missing', expected } : { path, code: 'type', expected, received: kindOf(value) },
  );
  return false;
}

/** Reports text that is not one of `allowed` (missing when absent). Returns false. */
function notOneOf(value: unknown, path: PathSegment[], issues: ContentIssue[], allowed: readonly string[]): false {
  issues.push(
    value === undefined
      ? { path, code: 'missing', expected: 'text' }
      : { path, code: 'one-of', allowed, received: String(value) },
  );
  return false;
}

export const FORMAT_PATTERNS: Record<TextFormat, RegExp> = {
  // Lower-case letters, digits and single hyphens: safe in URLs (page#section-id) and ids.
  id: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  // Calendar dates as YYYY-MM-DD.
  date: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
};

interface TextOptions {
  format?: TextFormat;
}

/** Text; empty or blank text is refused. */
export function text(options: TextOptions = {}): TextSchema {
  return {
    kind: 'text',
    ...options,
    check(value, path, issues): value is string {
      if (typeof value !== 'string') {
        return wrongKind(value, path, issues, 'text');
      }
      if (value.trim() === '') {
        issues.push({ path, code: 'empty', expected: 'text' });
        return false;
      }
      if (options.format && !FORMAT_PATTERNS[options.format].test(value)) {
        issues.push({ path, code: 'format', format: options.format, received: value });
        return false;
      }
      return true;
    },
  };
}

export function yesNo(): YesNoSchema {
  return {
    kind: 'yes-no',
    check(value, path, issues): value is boolean {
      if (typeof value === 'boolean') return true;
      return wrongKind(value, path, issues, 'yes-no');
    },
  };
}

export function oneOf<const V extends readonly string[]>(values: V): OneOfSchema<V> {
  return {
    kind: 'one-of',
    values,
    check(value, path, issues): value is V[number] {
      if (typeof value === 'string' && values.includes(value)) return true;
      return notOneOf(value, path, issues, values);
    },
  };
}

interface ListOptions {
  /** Items are groups whose `id` must be unique within the list. */
  uniqueIds?: boolean;
}

/** A list of at least one item. */
export function list<I extends Schema<unknown>>(item: I, options: ListOptions = {}): ListSchema<I> {
  return {
    kind: 'list',
    item,
    uniqueIds: options.uniqueIds,
    check(value, path, issues): value is Infer<I>[] {
      if (!Array.isArray(value)) {
        return wrongKind(value, path, issues, 'list');
      }
      if (!value.length) {
        issues.push({ path, code: 'empty', expected: 'list' });
        return false;
      }
      const before = issues.length;
      const seen = new Set<string>();
      value.forEach((entry, index) => {
        const entryPath = [...path, index];
        if (!item.check(entry, entryPath, issues)) return;
        if (options.uniqueIds) {
          const id = (entry as { id: string }).id;
          if (seen.has(id)) issues.push({ path: [...entryPath, 'id'], code: 'duplicate', received: id });
          seen.add(id);
        }
      });
      return issues.length === before;
    },
  };
}

/** Marks a field of a group as optional. */
export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  return {
    kind: 'optional',
    optional: true,
    of: schema,
    check(value, path, issues): value is T | undefined {
      return value === undefined || schema.check(value, path, issues);
    },
  };
}

export type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : undefined extends Infer<S[K]> ? K : never;
}[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type InferShape<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export function group<S extends Shape>(shape: S): GroupSchema<S> {
  return {
    kind: 'group',
    shape,
    check(value, path, issues): value is Simplify<InferShape<S>> {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return wrongKind(value, path, issues, 'group');
      }
      const before = issues.length;
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(shape)) {
        field.check(record[key], [...path, key], issues);
      }
      return issues.length === before;
    },
  };
}

/**
 * A group whose `type` field chooses its shape, like the blocks of an article
 * (`{"type": "paragraph", …}` or `{"type": "list", …}`).
 */
export function variant<V extends Shape>(variants: V): VariantSchema<V> {
  const types = Object.keys(variants);
  return {
    kind: 'variant',
    variants,
    check(value, path, issues): value is VariantValue<V> {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push({ path, code: 'type', expected: 'group', received: kindOf(value) });
        return false;
      }
      const type = (value as { type?: unknown }).type;
      if (typeof type !== 'string' || !types.includes(type)) {
        return notOneOf(type, [...path, 'type'], issues, types);
      }
      return variants[type]!.check(value, path, issues);
    },
  };
}

export { formatPath } from './vocabulary.js';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

export function checkContent<T>(schema: Schema<T>, value: unknown): CheckResult<T> {
  const issues: ContentIssue[] = [];
  return schema.check(value, [], issues) ? { ok: true, value } : { ok: false, issues };
}
