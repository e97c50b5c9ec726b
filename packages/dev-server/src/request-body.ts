import type { Context } from 'hono'
import { isEmail, normalizeEmail } from './email'
import { HttpError } from './http-error'

export type JsonObject = Record<string, unknown>

export const MAX_BODY_BYTES = 16 * 1024

export function tooLarge(): HttpError {
  return new HttpError(413, `Request body is larger than ${MAX_BODY_BYTES / 1024} KB`)
}

// Counts bytes as they arrive, so a chunked upload without Content-Length is cut off too.
async function readLimitedText(c: Context): Promise<string> {
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
      throw tooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/** The body as a JSON object. An empty body counts as `{}` (logout is often sent bare). */
export async function readJsonObject(c: Context): Promise<JsonObject> {
  const text = await readLimitedText(c)
  if (text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'Request body must be valid JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, 'Request body must be a JSON object')
  }
  return parsed as JsonObject
}

export function requireString(body: JsonObject, field: string): string {
  const value = body[field]
  if (value === undefined || value === null) throw new HttpError(400, `${field} is required`)
  if (typeof value !== 'string') throw new HttpError(400, `${field} must be a string`)
  if (value === '') throw new HttpError(400, `${field} must not be empty`)
  return value
}

/** A syntactically valid email, normalized. */
export function requireEmail(body: JsonObject): string {
  const email = requireString(body, 'email')
  if (!isEmail(email.trim())) throw new HttpError(400, 'email must be an email address')
  return normalizeEmail(email)
}

export function requireFiniteNumber(body: JsonObject, field: string): number {
  const value = body[field]
  if (value === undefined || value === null) throw new HttpError(400, `${field} is required`)
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new HttpError(400, `${field} must be a finite number`)
  }
  return value
}
