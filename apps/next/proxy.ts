import { readSession } from '@auth-state/core/server'
import { type NextRequest, NextResponse } from 'next/server'

// Guarded on the server: without a session cookie, a redirect before any HTML. (A redirect()
// in the page would come too late: with Cache Components the response is already streaming.)
export function proxy(request: NextRequest) {
  if (readSession(request).status === 'authenticated') return
  const next = encodeURIComponent(request.nextUrl.pathname)
  return NextResponse.redirect(new URL(`/sign-in?next=${next}`, request.url))
}

export const config = { matcher: '/account/:path*' }
