import * as z from 'zod/mini'
import type { AuthError } from './errors'
import { nothingSent, type OtpSend } from './otp-send'
import { availabilityData } from './schemas'
import { isRejection, type Transport } from './transport'

// The direct mode's send, apart from the flow's contract in otp-send.ts: that file must stay free
// of zod and the transport, which a server-session bundle does not carry (tsup's shared chunks
// would otherwise bring them along).
const CHECK = '/identity/user/email/check-availability'
const SEND = '/identity/user/otp/email'

/** Whether an email has an account, straight from the identity API. */
export const checkEmail =
  (transport: Transport) =>
  async (email: string): Promise<boolean> => {
    const { isAvailableEmail } = await transport.post(CHECK, { email }, availabilityData)
    return !isAvailableEmail
  }

/**
 * Sends through the identity API: the availability check, then the send. Registered or not, the
 * same two requests go out, and what follows depends only on the send's answer, never on the
 * check's: neither the UI nor the request log tells the two apart. The check stays because the
 * vendor asks for it; only the server's own answers differ (see README).
 */
export const directOtpSend =
  (transport: Transport): OtpSend =>
  async (email) => {
    try {
      await transport.post(CHECK, { email }, availabilityData)
    } catch (error) {
      // A failed check sent no code, so it spends no send.
      throw nothingSent(error as AuthError)
    }
    try {
      await transport.post(SEND, { email }, z.unknown())
    } catch (error) {
      const e = error as AuthError
      // A 429 means a code went out recently (from here or another device): the user has one,
      // which is what a send promises. A refusal is what an unregistered email gets, so it must
      // look like a send whoever it reaches. Anything else may have reached the server: counted.
      if (e.code === 'rate_limited') return { wait: e }
      if (!isRejection(e)) throw e
    }
    return undefined
  }
