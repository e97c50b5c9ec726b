import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The wire shape of every JSON response of the identity API. */
export interface Envelope<T extends object = Record<string, unknown>> {
  status: boolean
  data: T
  message: string
}

export function ok<T extends object>(c: Context, data: T, message = 'OK'): Response {
  const body: Envelope<T> = { status: true, data, message }
  return c.json(body, 200)
}

export function fail(
  c: Context,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body: Envelope = { status: false, data: {}, message }
  return c.json(body, status as ContentfulStatusCode, headers)
}
