// React in Node: a happy-dom window for react-dom, installed before React loads.
import { Window } from 'happy-dom'

const win = new Window({ url: 'http://localhost:3000/' })
Object.assign(globalThis, { window: win, document: win.document, IS_REACT_ACT_ENVIRONMENT: true })

import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { client, server as devServer, signIn } from '../lib/dev-server'
import { emit, verdict } from '../lib/report'
import { adapterEntry, version } from '../lib/workspace'

const REFRESHES = 100

function mount(element: ReactNode) {
  const container = win.document.createElement('div')
  win.document.body.appendChild(container)
  const root = createRoot(container as unknown as HTMLElement)
  act(() => root.render(element))
  return { container, unmount: () => act(() => root.unmount()) }
}

const rows: string[][] = []
const notes: string[] = []

// --- auth-state: 100 token refreshes against the dev server --------------------------------
const entry = adapterEntry('react')
if ('missing' in entry) {
  rows.push(['@auth-state/react `useSession(selector)`', 'missing', '0', entry.missing])
} else {
  const { AuthProvider, useSession } = await import('@auth-state/react')
  const server = await devServer()
  const auth = client(server)
  await signIn(auth, server)
  const renders = { selector: 0, whole: 0 }
  function Email() {
    renders.selector++
    const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
    return <p>{email}</p>
  }
  function Whole() {
    renders.whole++
    const session = useSession()
    return <p>{session.status}</p>
  }
  const view = mount(
    <AuthProvider client={auth}>
      <Email />
      <Whole />
    </AuthProvider>,
  )
  const shown = view.container.querySelector('p')?.textContent
  const before = { ...renders }
  const tokens = new Set<string | null>()
  for (let i = 0; i < REFRESHES; i++) {
    await act(() => auth.refresh())
    tokens.add(await auth.getToken())
  }
  const refreshRequests = server.stats.count('POST /identity/user/refresh-token')
  rows.push([
    '@auth-state/react `useSession(s => s.email)`',
    String(renders.selector - before.selector),
    `0 (${verdict(renders.selector - before.selector, 0)})`,
    `${refreshRequests} refresh requests, ${tokens.size} distinct tokens; showed "${shown}"`,
  ])
  rows.push([
    '@auth-state/react `useSession()` (whole session)',
    String(renders.whole - before.whole),
    `0 (${verdict(renders.whole - before.whole, 0)})`,
    'same refreshes',
  ])
  // The control: a change the UI must see does re-render, once, and only where it is selected.
  const control = { ...renders }
  act(() => auth.setOrganization('org_demo_labs'))
  rows.push([
    'control: one `setOrganization()` (whole session / email selector)',
    `${renders.whole - control.whole} / ${renders.selector - control.selector}`,
    '1 / 0',
    'the organization is part of the session; the email is not touched',
  ])
  view.unmount()

  // Issue 22: an offline/online cycle. Health changes (offline, then healthy); the session does
  // not, so what reads it does not re-render. The health line is the control.
  const { useHealth } = await import('@auth-state/react')
  const cycle = { session: 0, health: 0 }
  function SessionStatus() {
    cycle.session++
    return <p>{useSession().status}</p>
  }
  function OfflineLine() {
    cycle.health++
    return useHealth((h) => h.status === 'offline') ? <p>Offline, reconnecting…</p> : null
  }
  const second = mount(
    <AuthProvider client={auth}>
      <SessionStatus />
      <OfflineLine />
    </AuthProvider>,
  )
  const start = { ...cycle }
  const setOnline = (online: boolean) => {
    Object.defineProperty(win.navigator, 'onLine', { configurable: true, get: () => online })
    win.dispatchEvent(new win.Event(online ? 'online' : 'offline'))
  }
  act(() => setOnline(false))
  const offlineShown = second.container.textContent
  await act(async () => setOnline(true))
  rows.push([
    '@auth-state/react `useSession()` across an offline/online cycle',
    String(cycle.session - start.session),
    `0 (${verdict(cycle.session - start.session, 0)})`,
    `showed "${offlineShown}" while offline`,
  ])
  rows.push([
    'control: `useHealth(h => h.status === "offline")` across the same cycle',
    String(cycle.health - start.health),
    '2',
    'offline, then online',
  ])
  second.unmount()
  auth.destroy()
  await server.close()
}

// --- better-auth: 100 session refetches ------------------------------------------------------
const { createAuthClient } = await import('better-auth/react')
const start = Date.now()
let served = 0
let extend = true
// better-auth's server, as far as useSession sees it: GET /api/auth/get-session.
const fakeServer = async (input: RequestInfo | URL) => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  if (!url.pathname.endsWith('/get-session')) return new Response('null', { status: 404 })
  served++
  // A session refresh (past updateAge) moves expiresAt and updatedAt on; the token stays.
  const t = extend ? start + served * 1000 : start
  const body = {
    session: {
      id: 'ses_1',
      token: 'opaque-session-token',
      userId: 'usr_1',
      expiresAt: new Date(t + 7 * 86_400_000).toISOString(),
      createdAt: new Date(start).toISOString(),
      updatedAt: new Date(t).toISOString(),
    },
    user: {
      id: 'usr_1',
      email: 'demo@example.com',
      emailVerified: true,
      name: 'Demo',
      createdAt: new Date(start).toISOString(),
      updatedAt: new Date(start).toISOString(),
    },
  }
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
}

for (const mode of ['extended', 'unchanged'] as const) {
  extend = mode === 'extended'
  const authClient = createAuthClient({
    baseURL: 'http://localhost:3000',
    fetchOptions: { customFetchImpl: fakeServer as typeof fetch },
  })
  let renders = 0
  let refetch: (() => Promise<void>) | undefined
  let email: string | undefined
  function Email() {
    renders++
    const session = authClient.useSession()
    refetch = session.refetch as () => Promise<void>
    email = session.data?.user.email
    return <p>{email}</p>
  }
  const view = mount(<Email />)
  // Let the mount fetch land.
  for (let i = 0; i < 50 && !email; i++) await act(() => new Promise((r) => setTimeout(r, 10)))
  const before = renders
  const servedBefore = served
  for (let i = 0; i < REFRESHES; i++) await act(() => refetch!())
  rows.push([
    `better-auth \`useSession()\`, session ${mode === 'extended' ? 'extended (new expiresAt/updatedAt)' : 'unchanged'} on each refetch`,
    String(renders - before),
    '—',
    `${served - servedBefore} get-session requests; showed "${email}"`,
  ])
  view.unmount()
}
notes.push(
  `auth-state: @auth-state/react's \`<AuthProvider client>\` and \`useSession\` (from its dist) with react-dom ${version('react-dom')} on a happy-dom document in Node (not server rendering), no StrictMode; a client signed in on @auth-state/dev-server, then ${REFRESHES} \`auth.refresh()\` calls, each a real rotation on loopback, each awaited inside \`act()\`. Renders are counted in the component body after the first render.`,
  `better-auth ${version('better-auth')}: \`createAuthClient\` from better-auth/react and its \`useSession()\`, which has no selector. Its closest equivalent of a token refresh is a session refresh: the server extends the session (new \`expiresAt\`/\`updatedAt\`, same session token) and the client refetches \`/get-session\`; here \`refetch()\` from \`useSession()\` is called ${REFRESHES} times, each awaited inside \`act()\`, against an in-process fake of \`/get-session\` (customFetchImpl). The "unchanged" row returns identical JSON each time: better-auth keeps the old \`data\` object then, but flips \`isRefetching\` on and off.`,
)

await win.happyDOM.abort()
await win.happyDOM.close()

emit([
  {
    title: `Re-renders across ${REFRESHES} token refreshes`,
    columns: ['component', 're-renders', 'limit', 'what happened'],
    rows,
    note: notes.join(' '),
  },
])
