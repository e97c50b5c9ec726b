import { AuthError } from './errors'

/** What a response body is read as. `auto` follows its content type, like ofetch. */
export type ResponseType = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'auto'

const TEXT = /^(?:text\/|application\/(?:xml|xhtml\+xml|javascript))|\+xml|svg/i

/**
 * Reads a body to the end, at most `maxBytes` of it. Past that (or when Content-Length already
 * says so) the read is cancelled, `abort` stops the connection and the result is `undefined`, so
 * a huge or endless body costs a few chunks, not the whole thing in memory. Shared with
 * `@auth-state/server` (through `@auth-state/core/server`), which reads upstream responses and
 * its own requests with it.
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
  abort: () => void,
): Promise<Blob | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return void abort()
  const chunks: BlobPart[] = []
  if (response.body) {
    const reader = response.body.getReader()
    for (let size = 0; ; ) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        abort()
        reader.cancel().catch(() => {})
        return
      }
      chunks.push(value as BlobPart)
    }
  }
  return new Blob(chunks)
}

/** A body as text, read under `maxBytes` (see `readCapped`); past it, `invalid_response`. */
export async function readText(
  response: Response,
  maxBytes: number,
  abort: () => void,
  call: string,
): Promise<string> {
  if (!Number.isFinite(maxBytes)) return response.text()
  const body = await readCapped(response, maxBytes, abort)
  if (!body)
    throw new AuthError(
      'invalid_response',
      process.env.NODE_ENV !== 'production'
        ? `${call}: ${response.status} response over ${maxBytes / 1024} KiB`
        : '',
      { status: response.status },
    )
  return body.text()
}

/** JSON, or undefined for a body that is not: a malformed body is judged, never echoed. */
export function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Reads the body of an app call as `type` asks; `auto` parses JSON when it can. */
export async function readAs(
  response: Response,
  type: ResponseType,
  maxBytes: number,
  abort: () => void,
  call: string,
): Promise<unknown> {
  if (type === 'blob') return response.blob()
  if (type === 'arrayBuffer') return response.arrayBuffer()
  const contentType = response.headers.get('content-type') ?? ''
  if (type === 'auto' && contentType && !/json/i.test(contentType) && !TEXT.test(contentType))
    return response.blob()
  const text = await readText(response, maxBytes, abort, call)
  if (type === 'text' || (type === 'auto' && TEXT.test(contentType))) return text
  if (type === 'json') return parseJson(text)
  // auto: JSON when it parses, the text as it came otherwise (an empty body is undefined).
  if (!text) return undefined
  const json = parseJson(text)
  return json === undefined ? text : json
}

/** Refuses a body on a GET or HEAD before anything is sent: the rule of both modes' exchanges. */
export function refuseBodyOnGet(method: string, body: unknown, call: string): void {
  if ((method === 'GET' || method === 'HEAD') && body != null)
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? `${call}: a ${method} request cannot have a body`
        : '',
    )
}
