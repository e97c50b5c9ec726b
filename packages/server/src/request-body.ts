import { AuthError } from '@auth-state/core/server'
import { readCapped } from './upstream'

/** The most a request to the handler's own endpoints may carry. */
export const MAX_REQUEST_BYTES = 16 * 1024

/** A request's body bytes, at most `maxBytes` (past that `invalid_input`, read no further). */
export async function readRequestBytes(
  request: Request,
  maxBytes: number,
  call: string,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readCapped(request as unknown as Response, maxBytes, () => {}, call)
  } catch (error) {
    if (error instanceof AuthError)
      throw new AuthError('invalid_input', `${call}: body over ${maxBytes / 1024} KiB`)
    throw new AuthError('invalid_input', `${call}: the body could not be read`)
  }
}

/** The JSON object a handler endpoint was sent; `{}` for no body. */
export async function readJsonObject(
  request: Request,
  call: string,
): Promise<Record<string, unknown>> {
  const bytes = await readRequestBytes(request, MAX_REQUEST_BYTES, call)
  if (bytes.byteLength === 0) return {}
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    throw new AuthError('invalid_input', `${call}: the body must be application/json`)
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new AuthError('invalid_input', `${call}: the body is not JSON`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new AuthError('invalid_input', `${call}: the body must be a JSON object`)
  return value as Record<string, unknown>
}

// Visible ASCII only: it travels as a header value upstream, and CR/LF would start a header.
const ID = /^[\x21-\x7e]{1,256}$/

/** True for an organization or account id that can be a header value. */
export const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value)
