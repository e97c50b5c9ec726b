const REDACTED = '[redacted]'

// Shapes of what this server issues, caught even when the exact value is unknown (e.g. a token
// from an earlier run pasted into a URL): JWTs, opaque base64url refresh tokens, 6-digit codes.
const JWT = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g
const OPAQUE = /[A-Za-z0-9_-]{32,}/g
const CODE = /(?<![\w-])\d{6}(?![\w-])/g

/** Scrubs credentials out of text bound for a log line. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= 6 && out.includes(secret)) out = out.split(secret).join(REDACTED)
  }
  return out.replace(JWT, REDACTED).replace(OPAQUE, REDACTED).replace(CODE, REDACTED)
}
