import type { AuthError } from './errors'

/**
 * What a send reports when it went through. `wait` is a 429 the server answered with a code still
 * on its way (one went out recently): the flow honours it before the next send.
 */
export interface OtpSent {
  wait?: AuthError
}

/**
 * The network side of one OTP send, injected into the flow (the browser client sends through the
 * identity API; a server-session client posts to its own handler). It rejects with an `AuthError`;
 * mark one with `nothingSent` when it proves no code went out, so the send is not counted.
 */
export type OtpSend = (email: string) => Promise<OtpSent | undefined>

const unsent = new WeakSet<object>()

/** Marks a failure that sent no code: the flow gives the send back to the throttle. */
export function nothingSent(error: AuthError): AuthError {
  unsent.add(error)
  return error
}

/** True when `error` was marked by `nothingSent` (a WeakSet answers false for a non-object). */
export const wasNothingSent = (error: unknown): boolean => unsent.has(error as object)
