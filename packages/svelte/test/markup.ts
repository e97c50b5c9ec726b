import type { SessionState } from '@auth-state/core'

/** The session the server read from the cookie, in both the SSR and the hydration test. */
export const initialSession: SessionState = {
  status: 'authenticated',
  email: 'demo@example.com',
  organizationId: 'org_1',
  accountId: null,
}

/** What `svelte/server` renders for Harness + Page with `initialSession` (ssr.test.ts pins it). */
export const serverMarkup =
  '<!--[--><!--[--><!--[--><p>demo@example.com</p> <!--[0--><p>welcome</p><!--]--> <!--[-1--><!--]--> <p>3 code requests left</p><!--]--><!--]--><!--]-->'
