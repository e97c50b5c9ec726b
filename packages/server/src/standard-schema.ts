/**
 * The Standard Schema interface (standardschema.dev), which zod, valibot, arktype and others
 * implement: `fetch` validates with any of them, and this package depends on none.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1
    readonly vendor: string
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>
    readonly types?: { readonly input: Input; readonly output: Output } | undefined
  }
}

export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string }> }

/** The type a schema's `validate` resolves to. */
export type InferOutput<S extends StandardSchemaV1> = NonNullable<S['~standard']['types']>['output']
