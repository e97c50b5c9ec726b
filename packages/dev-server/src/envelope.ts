import { failure, success } from '@auth-state/wire'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The wire shape of every JSON response of the identity API. */
export interface Envelope<T extends object = Record<string, unknown>> {
  status: boolean
  data: T
  /** Human text: never something a client should branch on. */
  message: string
}

export function ok<T extends object>(c: Context, data: T, message = 'OK'): Response {
  return c.json(success(data, message), 200)
}

export function fail(
  c: Context,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return c.json(failure(message), status as ContentfulStatusCode, headers)
}
