import { type AuthClient, type AuthClientOptions, createAuthClient } from '@auth-state/core'
import { fakeIdentity } from '../lib/fake-identity'
import { emit, verdict } from '../lib/report'

// Timers and listeners a client still holds after destroy(). Counted by wrapping the globals it
// uses: setTimeout/setInterval (live until they fire or are cleared), window.addEventListener
// (a stand-in window, so the browser wake-up listeners and cross-tab code run), and
// BroadcastChannel (open channels and their listeners).

type Handle = ReturnType<typeof setTimeout>
const live = new Map<Handle, string>()
const real = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
}
Object.assign(globalThis, {
  setTimeout(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
    const handle: Handle = real.setTimeout(
      (...a: unknown[]) => {
        live.delete(handle)
        fn(...a)
      },
      ms,
      ...args,
    )
    live.set(handle, 'timeout')
    return handle
  },
  clearTimeout(handle: Handle | undefined) {
    if (handle !== undefined) live.delete(handle)
    real.clearTimeout(handle)
  },
  setInterval(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
    const handle = real.setInterval(fn, ms, ...args)
    live.set(handle, 'interval')
    return handle
  },
  clearInterval(handle: Handle | undefined) {
    if (handle !== undefined) live.delete(handle)
    real.clearInterval(handle)
  },
})

const windowListeners = new Set<string>()
const fakeWindow = {
  document: { visibilityState: 'visible' },
  addEventListener: (type: string, fn: unknown) => windowListeners.add(`${type}:${id(fn)}`),
  removeEventListener: (type: string, fn: unknown) => windowListeners.delete(`${type}:${id(fn)}`),
}
const ids = new WeakMap<object, number>()
let nextId = 0
const id = (fn: unknown) => {
  if (!ids.has(fn as object)) ids.set(fn as object, nextId++)
  return ids.get(fn as object)
}
Object.assign(globalThis, { window: fakeWindow })

const RealChannel = globalThis.BroadcastChannel
let openChannels = 0
let channelListeners = 0
globalThis.BroadcastChannel = class extends RealChannel {
  #closed = false
  constructor(name: string) {
    super(name)
    openChannels++
  }
  override addEventListener(...args: Parameters<BroadcastChannel['addEventListener']>) {
    channelListeners++
    super.addEventListener(...args)
  }
  override removeEventListener(...args: Parameters<BroadcastChannel['removeEventListener']>) {
    channelListeners--
    super.removeEventListener(...args)
  }
  override close() {
    if (!this.#closed) openChannels--
    this.#closed = true
    super.close()
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve))
const settle = async () => {
  for (let i = 0; i < 20; i++) await turn()
}

const EMAIL = 'demo@example.com'
const storage = () => {
  const map = new Map<string, string>()
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  }
}

async function scenario(
  name: string,
  body: (auth: AuthClient, id: ReturnType<typeof fakeIdentity>) => Promise<unknown>,
  options: Partial<AuthClientOptions> = {},
) {
  const identity = fakeIdentity()
  await settle()
  const before = {
    timers: live.size,
    window: windowListeners.size,
    channels: openChannels,
    channelListeners,
  }
  const auth = createAuthClient({
    baseURL: 'http://identity.test',
    fetch: identity.fetch,
    storage: storage(),
    crossTab: true,
    ...options,
  })
  await auth.ready
  await body(auth, identity)
  await settle()
  const timers = live.size - before.timers
  const listeners =
    windowListeners.size - before.window + (channelListeners - before.channelListeners)
  const channels = openChannels - before.channels
  const control = options.storageKey === CONTROL
  auth.destroy()
  return [
    name,
    String(timers),
    control ? '—' : `0 (${verdict(timers, 0)})`,
    String(listeners),
    String(channels),
    control ? '—' : `0 (${verdict(listeners + channels, 0)})`,
  ]
}
const CONTROL = 'control'

const signIn = (auth: AuthClient) => auth.login({ email: EMAIL, otp: '123456' })
const rows = [
  // Not destroyed: shows what the counters see on a live signed-in client.
  await scenario('control: signed in, not destroyed', signIn, { storageKey: CONTROL }),
  await scenario('created, then destroyed', async (auth) => auth.destroy()),
  await scenario('signed in (refresh timer armed), destroyed', async (auth) => {
    await signIn(auth)
    auth.destroy()
  }),
  await scenario(
    'full life: sign-in, sendOtp, refresh, 401 + replay, org switch, logout, sign-in again, destroyed',
    async (auth, identity) => {
      await signIn(auth)
      await auth.sendOtp(EMAIL)
      await auth.refresh()
      identity.rejectNextApp()
      await auth.fetch('/me')
      auth.setOrganization('org_2')
      await auth.logout()
      await signIn(auth)
      auth.destroy()
    },
  ),
  await scenario('destroyed while a refresh is in flight', async (auth, identity) => {
    await signIn(auth)
    const release = identity.hold()
    const refreshing = auth.refresh()
    await turn()
    auth.destroy()
    release()
    await refreshing
  }),
  await scenario('destroyed while a sign-in is in flight', async (auth, identity) => {
    const release = identity.hold()
    const signingIn = signIn(auth)
    await turn()
    auth.destroy()
    release()
    await signingIn
  }),
]

emit([
  {
    title: 'Timers and listeners left after destroy()',
    columns: ['client', 'timers left', 'limit', 'listeners left', 'channels left open', 'limit'],
    rows,
    note: `Counted by wrapping setTimeout/setInterval/clear* (a timeout counts until it fires or is cleared), a stand-in \`window\` (addEventListener/removeEventListener: the visibilitychange/online/focus wake-ups) and BroadcastChannel (open channels, their listeners), with \`crossTab: true\` (Node 20 has no Web Locks, so the storage lease runs too). The identity API is the in-process fake. Each scenario settles (20 event-loop turns) before counting. The control row is a live client, shown for comparison. The two in-flight rows pin a bug this bench found: a request in flight at destroy() used to re-arm the refresh timer (the fault matrix tests it too).`,
  },
])
