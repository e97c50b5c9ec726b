import { AuthError } from './errors'

/** What a response body is read as. `auto` follows its content type, like ofetch. */
export type ResponseType = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'auto'

const TEXT = /^(?:text\/|application\/(?:xml|xhtml\+xml|javascript))|\+xml|svg/i

/**
 * Reads a body to the end, at most `maxBytes` of it: past that (or when Content-Length already
 * says so) the read is cancelled and `abort` stops the connection, so a huge or endless response
 * costs a few chunks, not the whole thing in memory.
 */
export async function readText(
  response: Response,
  maxBytes: number,
  abort: () => void,
  call: string,
): Promise<string> {
  const tooLarge = () =>
    new AuthError(
      'invalid_response',
      process.env.NODE_ENV !== 'production'
        ? `${call}: ${response.status} response over ${maxBytes / 1024} KiB`
        : '',
      {
        status: response.status,
      },
    )
  if (!Number.isFinite(maxBytes)) return response.text()
  if (Number(response.headers.get('content-length')) > maxBytes) {
    abort()
    throw tooLarge()
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      abort()
      reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
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
