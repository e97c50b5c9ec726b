import { AuthError, safeRedirect } from '@auth-state/core/server'
import { appOrigins, type Context, isSecure } from './context'
import { type FormFlow, flowCookie, readFlow } from './flow-cookie'
import { readRequestBytes } from './request-body'
import { failFrom } from './respond'

/** The form posts, under `{basePath}/form/`: what a sign-in page's plain `<form>`s post to. */
export const FORM_ACTIONS = ['send', 'verify', 'reset', 'logout'] as const
export type FormAction = (typeof FORM_ACTIONS)[number]

interface Endpoints {
  send(request: Request, body: Record<string, unknown>): Promise<Response>
  verify(request: Request, body: Record<string, unknown>): Promise<Response>
  logout(request: Request): Promise<Response>
}

function redirect(location: string, cookies: string[]): Response {
  const response = new Response(null, {
    status: 303,
    headers: { location, 'cache-control': 'no-store' },
  })
  for (const cookie of cookies) response.headers.append('set-cookie', cookie)
  return response
}

/** The error an endpoint answered with, read back from its JSON. */
async function errorOf(
  response: Response,
): Promise<{ code: string; attemptsLeft?: number } | null> {
  if (response.ok) return null
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; attemptsLeft?: number }
  } | null
  return { code: body?.error?.code ?? 'server', attemptsLeft: body?.error?.attemptsLeft }
}

/**
 * Sign-in before the page's script has loaded (issue 20 › 3): plain form posts
 * (`application/x-www-form-urlencoded`), the one exception to the `x-auth-state` header, which a
 * form cannot send. They still need a same-origin `Origin` (browsers send one on every form
 * post), and they answer only with a `303` redirect: back to the sign-in page (keeping `?next=`)
 * with the flow in the `auth-state-flow` cookie, or, once signed in, to `?next=`.
 */
export function createForms(c: Context, endpoints: Endpoints) {
  const { signIn, afterSignIn } = c.o.pages

  return async function form(request: Request, action: string): Promise<Response> {
    const secure = isSecure(c, request)
    const previous = readFlow(request.headers.get('cookie'))
    const back = (next: string, flow: FormFlow | null | undefined, cookies: string[] = []) => {
      const query = next ? `?next=${encodeURIComponent(next)}` : ''
      const set = flow === undefined ? cookies : [...cookies, flowCookie(flow, secure)]
      return redirect(`${signIn}${query}`, set)
    }
    const origin = request.headers.get('origin')
    // Nothing runs for a post from another site (or one whose browser sent no Origin).
    if (request.method !== 'POST' || origin === null || !appOrigins(c, request).includes(origin))
      return back('', undefined)
    let fields: URLSearchParams
    try {
      if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers.get('content-type') ?? ''))
        throw new AuthError('invalid_input', 'a form post')
      fields = new URLSearchParams(
        new TextDecoder().decode(
          await readRequestBytes(request, 16 * 1024, `[POST] form/${action}`),
        ),
      )
    } catch {
      return back('', previous ? { ...previous, error: 'invalid_input' } : undefined)
    }
    const next = safeRedirect(fields.get('next') ?? '', '')
    const run = (call: () => Promise<Response>) => call().catch((error) => failFrom(error))

    switch (action as FormAction) {
      case 'send': {
        const email = (fields.get('email') ?? '').trim().slice(0, 320)
        const answer = await run(() => endpoints.send(request, { email }))
        const error = await errorOf(answer)
        if (!error) {
          const { data } = (await answer.json()) as { data: { email: string; sentAt: number } }
          return back(next, { email: data.email, sentAt: data.sentAt, attemptsLeft: 3 })
        }
        // A code went out recently: the user has one, so the code step it is.
        const sentAt = error.code === 'otp_cooldown' ? (previous?.sentAt ?? c.o.now()) : undefined
        return back(next, {
          email,
          ...(sentAt !== undefined && { sentAt, attemptsLeft: previous?.attemptsLeft ?? 3 }),
          error: error.code,
        })
      }
      case 'verify': {
        const email = fields.get('email') ?? previous?.email ?? ''
        const answer = await run(() =>
          endpoints.verify(request, { email, code: (fields.get('code') ?? '').trim() }),
        )
        const error = await errorOf(answer)
        if (!error)
          return redirect(safeRedirect(next, afterSignIn), [
            ...answer.headers.getSetCookie(),
            flowCookie(null, secure),
          ])
        return back(next, {
          email,
          sentAt: previous?.sentAt ?? c.o.now(),
          attemptsLeft: error.attemptsLeft ?? previous?.attemptsLeft ?? 0,
          error: error.code,
        })
      }
      case 'reset':
        return back(next, null)
      case 'logout': {
        const answer = await run(() => endpoints.logout(request))
        return back('', null, answer.headers.getSetCookie())
      }
      default:
        return back(next, undefined)
    }
  }
}
