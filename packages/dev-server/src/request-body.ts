import {
  DEFAULT_RULES,
  type JsonObject,
  parseJsonObject,
  tooLarge,
  WireError,
} from '@auth-state/wire'
import type { Context } from 'hono'

export const MAX_BODY_BYTES = DEFAULT_RULES.maxBodyBytes

export function bodyTooLarge(): WireError {
  return tooLarge(MAX_BODY_BYTES)
}

/**
 * The body as text, at most MAX_BODY_BYTES. Counts bytes as they arrive, so a chunked upload
 * without Content-Length is cut off too, before it is held in memory.
 */
export async function readLimitedText(c: Context): Promise<string> {
  const stream = c.req.raw.body
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw bodyTooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/** The body as a JSON object. An empty body counts as `{}`. */
export async function readJsonObject(c: Context): Promise<JsonObject> {
  return parseJsonObject(await readLimitedText(c))
}

export function requireFiniteNumber(body: JsonObject, field: string): number {
  const value = body[field]
  if (value === undefined || value === null) throw new WireError(400, `${field} is required`)
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new WireError(400, `${field} must be a finite number`)
  }
  return value
}
