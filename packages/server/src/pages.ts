import { safeRedirect } from '@auth-state/core/server'
import type { Context, RequestLike } from './context'
import { readFlow } from './flow-cookie'
import { FORM_ACTIONS, type FormAction } from './form'
import type { SessionView } from './session-view'

/**
 * The `Cache-Control` of every page that shows the user (their email, their data): no shared
 * cache may keep it, and no browser cache may show it after a sign-out.
 */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

export type SignedInView = Extract<SessionView, { status: 'authenticated' }>
export type SignedOutView = Extract<SessionView, { status: 'unauthenticated' }>

/** What `guard` answers: the verified session, or where to send the visitor instead. */
export type Guarded =
  | { session: SignedInView; redirect: null }
  | { session: SignedOutView; redirect: string }

/** What a sign-in page renders before its script has loaded (and hands to it after). */
export interface SignInForm {
  /** The step a plain form post left: `'code'` once a code was sent to `email`. */
  step: 'email' | 'code'
  /** The email entered, or null: never lost between the posts. */
  email: string | null
  /** Wrong codes the sent code still survives. */
  attemptsLeft: number
  /** The last post's error code (`otp_invalid`, `otp_cooldown`, `invalid_input`...), or null. */
  error: string | null
  /** `?next=` when it is a safe path of this app, else null: post it back as a hidden field. */
  next: string | null
  /** Where each `<form method="post">` posts: `{basePath}/form/send`, `…/verify`, ... */
  actions: Record<FormAction, string>
}

function headersOf(request: RequestLike): Headers {
  const from = request as { get?: unknown; headers?: Headers }
  return typeof from.get === 'function' ? (request as Headers) : (from.headers ?? new Headers())
}

function urlOf(request: RequestLike): URL | null {
  const url = (request as { url?: string }).url
  try {
    return url ? new URL(url) : null
  } catch {
    return null
  }
}

/** The guards and redirects every framework integration shares. */
export function createPages(
  c: Context,
  getSession: (request: RequestLike) => Promise<SessionView>,
) {
  const { signIn, afterSignIn } = c.o.pages

  async function guard(request: RequestLike, options: { path?: string } = {}): Promise<Guarded> {
    const session = await getSession(request)
    if (session.status === 'authenticated') return { session, redirect: null }
    const url = urlOf(request)
    const path = safeRedirect(options.path ?? (url ? url.pathname + url.search : ''), '')
    return { session, redirect: path ? `${signIn}?next=${encodeURIComponent(path)}` : signIn }
  }

  async function signedInRedirect(
    request: RequestLike,
    options: { next?: string | null } = {},
  ): Promise<string | null> {
    const session = await getSession(request)
    if (session.status !== 'authenticated') return null
    const next =
      options.next !== undefined ? options.next : urlOf(request)?.searchParams.get('next')
    return safeRedirect(next ?? '', afterSignIn)
  }

  function signInForm(request: RequestLike, options: { next?: string | null } = {}): SignInForm {
    const flow = readFlow(headersOf(request).get('cookie'))
    const next =
      options.next !== undefined ? options.next : urlOf(request)?.searchParams.get('next')
    return {
      step: flow?.sentAt !== undefined ? 'code' : 'email',
      email: flow?.email ?? null,
      attemptsLeft: flow?.attemptsLeft ?? 3,
      error: flow?.error ?? null,
      next: safeRedirect(next ?? '', '') || null,
      actions: Object.fromEntries(
        FORM_ACTIONS.map((action) => [action, `${c.o.basePath}/form/${action}`]),
      ) as Record<FormAction, string>,
    }
  }

  return { guard, signedInRedirect, signInForm }
}
