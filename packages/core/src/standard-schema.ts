/**
 * The Standard Schema interface (https://standardschema.dev), version 1: what zod (classic and
 * mini), valibot, arktype and others implement under `~standard`. Typed here rather than imported,
 * so that accepting any of them costs core no dependency.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1
    readonly vendor: string
    readonly validate: (
      value: unknown,
    ) => StandardSchemaV1.Result<Output> | Promise<StandardSchemaV1.Result<Output>>
    readonly types?: { readonly input: Input; readonly output: Output } | undefined
  }
}

export declare namespace StandardSchemaV1 {
  type Result<Output> = { readonly value: Output; readonly issues?: undefined } | FailureResult
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>
  }
  interface Issue {
    readonly message: string
    readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined
  }
  /** The type a schema's successful validation produces. */
  type InferOutput<S extends StandardSchemaV1> = NonNullable<S['~standard']['types']>['output']
}

type Checked = { ok: true; value: unknown } | { ok: false; problem: string }

// Type names a library's message may name as expected. Only these words are repeated from a
// message: libraries quote the received value in theirs (valibot `but received "x"`, arktype
// `(was 7)`), and an API's data must not reach an error.
const TYPE_WORDS =
  /\b(string|number|integer|int|bigint|boolean|object|array|null|undefined|date|symbol|function|nan|never|literal|tuple|record|map|set|enum|email|url|uuid)\b/i
// `expected string` (zod), `Expected string` (valibot), `must be a string` (arktype).
const EXPECTED = new RegExp(`(?:expected|must be(?: an?)?)\\s+${TYPE_WORDS.source}`, 'i')

/**
 * Runs a Standard Schema over a value. On a mismatch, says where (`data.organizations[0].id:
 * expected string, got number`; `data.user.email: missing`) without ever repeating the value.
 */
export async function checkSchema(
  schema: StandardSchemaV1,
  value: unknown,
  root: string,
): Promise<Checked> {
  const result = await schema['~standard'].validate(value)
  if (!result.issues) return { ok: true, value: result.value }
  const issue = result.issues[0]
  const keys = (issue?.path ?? []).map((segment) =>
    typeof segment === 'object' && segment !== null ? segment.key : segment,
  )
  const where = pathLabel(root, keys)
  const expected = issue?.message.match(EXPECTED)?.[1]?.toLowerCase()
  const got = kindAt(value, keys)
  const what =
    got === 'nothing'
      ? `missing${expected ? ` (expected ${expected})` : ''}`
      : expected
        ? `expected ${expected}, got ${got}`
        : `unexpected ${got}`
  return { ok: false, problem: `${where}: ${what}` }
}

function pathLabel(root: string, keys: PropertyKey[]): string {
  return keys.reduce<string>((label, key) => {
    if (typeof key === 'number') return `${label}[${key}]`
    const name = String(key)
    return /^[A-Za-z_$][\w$]*$/.test(name)
      ? `${label}.${name}`
      : `${label}[${JSON.stringify(name)}]`
  }, root)
}

/** What kind of thing is at the path: a type name, never the value itself. */
function kindAt(value: unknown, keys: PropertyKey[]): string {
  let at: unknown = value
  for (const key of keys) {
    if (at === null || typeof at !== 'object' || !(key in at)) return 'nothing'
    at = (at as Record<PropertyKey, unknown>)[key]
  }
  if (at === null) return 'null'
  if (Array.isArray(at)) return 'array'
  return typeof at
}
