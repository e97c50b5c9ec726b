import { isEmail, normalizeEmail } from './email'
import { WireError } from './wire-error'

export type JsonObject = Record<string, unknown>

/** The body as a JSON object. An empty body counts as `{}` (logout is often sent bare). */
export function parseJsonObject(text: string): JsonObject {
  if (text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new WireError(400, 'Request body must be valid JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new WireError(400, 'Request body must be a JSON object')
  }
  return parsed as JsonObject
}

export function requireString(body: JsonObject, field: string): string {
  const value = body[field]
  if (value === undefined || value === null) throw new WireError(400, `${field} is required`)
  if (typeof value !== 'string') throw new WireError(400, `${field} must be a string`)
  if (value === '') throw new WireError(400, `${field} must not be empty`)
  return value
}

/** A syntactically valid email, normalized. */
export function requireEmail(body: JsonObject): string {
  const email = requireString(body, 'email')
  if (!isEmail(email.trim())) throw new WireError(400, 'email must be an email address')
  return normalizeEmail(email)
}

export function tooLarge(maxBodyBytes: number): WireError {
  return new WireError(413, `Request body is larger than ${maxBodyBytes / 1024} KB`)
}
