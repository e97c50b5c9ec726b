import { type AuthClient, createAuthClient, memoryStorage } from '@auth-state/core'
import { fakeIdentity } from '../lib/fake-identity'
import { emit, kb, mb } from '../lib/report'

// Heap after GC across sign-in / refresh / sign-out cycles, on an in-process fake of the identity
// API (loopback HTTP would take minutes for 10,000 cycles and put the server's own heap in the
// same process).
const CYCLES = 10_000
const WARMUP = 2_000
const CHECKPOINTS = [2_500, 5_000, 10_000]

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')

async function heapAfterGc() {
  for (let i = 0; i < 3; i++) {
    gc!()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return process.memoryUsage().heapUsed
}

const identity = fakeIdentity()
const make = () =>
  createAuthClient({
    baseURL: 'http://identity.test',
    fetch: identity.fetch,
    storage: memoryStorage(),
    crossTab: false,
  })

async function cycle(auth: AuthClient) {
  await auth.login({ email: 'demo@example.com', otp: '123456' })
  await auth.refresh()
  await auth.logout()
}

async function run(name: string, once: () => Promise<void>) {
  for (let i = 0; i < WARMUP; i++) await once()
  const base = await heapAfterGc()
  const growth: number[] = []
  const started = performance.now()
  for (let i = 1; i <= CYCLES; i++) {
    await once()
    if (CHECKPOINTS.includes(i)) growth.push((await heapAfterGc()) - base)
  }
  const seconds = (performance.now() - started) / 1000
  // A leak shows as a slope: bytes kept per cycle between the last two checkpoints.
  const slope = (growth.at(-1)! - growth.at(-2)!) / (CHECKPOINTS.at(-1)! - CHECKPOINTS.at(-2)!)
  return [
    name,
    mb(base),
    ...growth.map((g) => `${g >= 0 ? '+' : ''}${kb(g)}`),
    `${slope.toFixed(1)} B`,
    `${seconds.toFixed(1)} s`,
  ]
}

const longLived = make()
const rows = [
  await run('one client, 10,000 × (login, refresh, logout)', () => cycle(longLived)),
  await run('10,000 × (createAuthClient, login, refresh, logout, destroy)', async () => {
    const auth = make()
    await cycle(auth)
    auth.destroy()
  }),
]
longLived.destroy()

emit([
  {
    title: `Heap growth over ${CYCLES.toLocaleString('en')} sign-in / refresh / sign-out cycles`,
    columns: [
      'run',
      'heap after warm-up + GC',
      ...CHECKPOINTS.map((n) => `growth after ${n.toLocaleString('en')} (GC)`),
      `per cycle, ${CHECKPOINTS.at(-2)!.toLocaleString('en')} → ${CHECKPOINTS.at(-1)!.toLocaleString('en')}`,
      'time',
    ],
    rows,
    note: `node --expose-gc; ${WARMUP} warm-up cycles, then heapUsed after three gc() calls at each checkpoint, minus the warm-up figure. The identity API is an in-process fake \`fetch\` (bench/src/lib/fake-identity.ts) that keeps no per-token state, not the dev server on loopback: 30,000 round trips over HTTP would take minutes, and the dev server's own registry of every issued secret would grow in the same heap. The client is real: ofetch, zod, nanostores, memory storage. Sign-in is \`login({ email, otp })\`, the call \`verifyOtp\` makes (the OTP send throttle would refuse 10,000 sends a minute). Limit: no growth that scales with cycles: the checkpoints stay flat within GC noise (a few hundred kB either way), and the per-cycle slope stays near 0 B (a leak of one small object per cycle would show as 50 B or more).`,
  },
])
