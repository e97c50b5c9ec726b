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

// Only a type name is repeated from a library's message: libraries quote the received value in
// theirs (valibot `but received "x"`, arktype `(was 7)`), and an API's data must not reach an
// error. `expected string` (zod), `Expected string` (valibot), `must be a string` (arktype).
const EXPECTED =
  /(?:expected|must be(?: an?)?) (string|number|integer|bigint|boolean|object|array|null|date)\b/i

/**
 * Runs a Standard Schema over a value. On a mismatch, says where and what kind of thing was
 * there, never the value: `data.organizations[0].id: expected string, got number`,
 * `data.user.email: missing`.
 */
export async function checkSchema(
  schema: StandardSchemaV1,
  value: unknown,
  root: string,
): Promise<Checked> {
  const result = await schema['~standard'].validate(value)
  if (!result.issues) return { ok: true, value: result.value }
  const issue = result.issues[0]
  let where = root
  let at = value
  for (const segment of issue?.path ?? []) {
    const key = typeof segment === 'object' ? segment.key : segment
    const name = String(key)
    where +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(name)
          ? `.${name}`
          : `[${JSON.stringify(name)}]`
    at =
      at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined
  }
  const expected = issue?.message.match(EXPECTED)?.[1]?.toLowerCase()
  const kind = at === null ? 'null' : Array.isArray(at) ? 'array' : typeof at
  const what =
    at === undefined
      ? 'missing'
      : expected
        ? `expected ${expected}, got ${kind}`
        : `unexpected ${kind}`
  return { ok: false, problem: `${where}: ${what}` }
}
