/**
 * The secret-leak guard, a vitest setup file (see vitest.config.ts). It learns every access
 * token, refresh token and one-time code a dev server issues (`guardServer`) and fails the test
 * in `afterEach` when one of them shows up in:
 *
 * - console output (console.* is wrapped for the whole file; output is redacted before it prints),
 * - errors: the ones a test hands to `recordError`, and unhandled rejections / uncaught exceptions,
 * - event payloads of the clients given to `guardClient`,
 * - cross-tab messages: posts on, and messages heard on, every BroadcastChannel named `auth-state:*`,
 * - storage after a sign-out, for clients given to `guardClient` with their storage.
 *
 * A failure names the kind of secret and where it was seen, never the secret itself.
 */
import { format, formatWithOptions, inspect } from 'node:util'
import type { DevServer, DevServerOptions } from '@auth-state/dev-server'
import { afterAll, afterEach } from 'vitest'
import type { AuthClient, StorageAdapter } from '../src/index'

export type SecretKind = 'access token' | 'refresh token' | 'one-time code'

/** One secret seen where it must not be: its kind and the place, never its value. */
export interface Leak {
  kind: SecretKind
  where: string
}

interface Sighting {
  where: string
  text: string | Promise<string>
}

interface SecretSource {
  secrets(): string[]
}

const sources = new Set<SecretSource>()
const learned = new Set<string>()
let sightings: Sighting[] = []
// Taken before any test can fake the timers.
const realSetImmediate = setImmediate
const turn = () => new Promise<void>((resolve) => realSetImmediate(resolve))

/** The kind of a secret, from its shape: JWTs are access tokens, digit runs codes. */
export function kindOf(secret: string): SecretKind {
  if (/^\d{4,8}$/.test(secret)) return 'one-time code'
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(secret)) return 'access token'
  return 'refresh token'
}

function knownSecrets(): string[] {
  const all = new Set(learned)
  for (const source of sources) for (const secret of source.secrets()) all.add(secret)
  // Longest first, so that redaction replaces a whole token before any part of it.
  return [...all].filter(Boolean).sort((a, b) => b.length - a.length)
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'

/** Where `secret` occurs in `text`; a code counts only as a whole digit run, not inside a timestamp. */
function indexOfSecret(text: string, secret: string, from = 0): number {
  const numeric = /^\d+$/.test(secret)
  for (let i = text.indexOf(secret, from); i !== -1; i = text.indexOf(secret, i + 1)) {
    if (!numeric || (!isDigit(text[i - 1]) && !isDigit(text[i + secret.length]))) return i
  }
  return -1
}

function redact(text: string, secrets = knownSecrets()): string {
  let out = text
  for (const secret of secrets) {
    for (let i = indexOfSecret(out, secret); i !== -1; i = indexOfSecret(out, secret, i)) {
      const label = `[leak-guard: ${kindOf(secret)}]`
      out = out.slice(0, i) + label + out.slice(i + secret.length)
      i += label.length
    }
  }
  return out
}

/** Everything a value can show a reader: inspected (hidden fields, causes, stacks) and as JSON. */
function render(value: unknown): string {
  if (typeof value === 'string') return value
  const parts = [
    inspect(value, { depth: 10, showHidden: true, breakLength: Number.POSITIVE_INFINITY }),
  ]
  try {
    parts.push(JSON.stringify(value) ?? '')
  } catch {
    // Circular or otherwise unserialisable: the inspected form above covers it.
  }
  return parts.join('\n')
}

/** An error's message, `String()`, stack, JSON and its whole `cause` chain. */
function renderError(error: unknown): string {
  const parts: string[] = []
  const seen = new Set<unknown>()
  for (let e: unknown = error; e != null && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e)
    if (e instanceof Error) parts.push(String(e), e.message, e.stack ?? '')
    parts.push(render(e))
  }
  return parts.join('\n')
}

function see(where: string, text: string | Promise<string>) {
  sightings.push({ where, text })
}

// ---------------------------------------------------------------------------------------------
// Learning secrets

/** Registers a dev server: everything it issues, now or later, is watched for. */
export function guardServer<T extends SecretSource>(server: T): T {
  sources.add(server)
  return server
}

/** `startDevServer`, with the server registered by `guardServer`. */
export async function startGuardedServer(options: DevServerOptions = {}): Promise<DevServer> {
  // Imported on demand: most test files that load this setup file start no dev server.
  const { startDevServer } = await import('@auth-state/dev-server')
  return guardServer(await startDevServer(options))
}

/** Registers a secret from elsewhere (a hand-made server, a fixture). */
export function learnSecret(secret: string): void {
  if (secret) learned.add(secret)
}

// ---------------------------------------------------------------------------------------------
// Watching

/** Hands a caught error to the guard (message, cause chain, JSON); returns it unchanged. */
export function recordError<T>(error: T, where = 'a thrown error'): T {
  see(where, renderError(error))
  return error
}

type WatchedStorage = StorageAdapter & { map?: Map<string, string> }

interface GuardedClient {
  client: AuthClient
  dump?: () => string | Promise<string>
  signedIn: boolean
}
let guarded: GuardedClient[] = []

const EVENTS = ['login', 'logout', 'refresh', 'expired', 'error'] as const

/**
 * Watches a client: every event payload, and, when `storage` is given, that storage whenever the
 * client signs out and at the end of the test if it is then signed out. A storage with a `map`
 * (test/helpers' mapStorage) is read whole; any other is read at `storageKey` and its derived keys.
 */
export function guardClient<T extends AuthClient>(
  client: T,
  options: { storage?: WatchedStorage; storageKey?: string } = {},
): T {
  const { storage } = options
  const key = options.storageKey ?? 'auth-state'
  const dump = storage
    ? () => {
        if (storage.map) return JSON.stringify([...storage.map])
        const values = [key, `${key}:otp`, `${key}:lock`].map((k) => storage.getItem(k))
        return Promise.all(values).then((all) => JSON.stringify(all))
      }
    : undefined
  const entry: GuardedClient = {
    client,
    dump,
    signedIn: client.$session.get().status === 'authenticated',
  }
  guarded.push(entry)
  for (const name of EVENTS) {
    client.on(name, (payload) => {
      see(`the '${name}' event`, render(payload))
      if (name === 'login') entry.signedIn = true
      if ((name === 'logout' || name === 'expired') && dump)
        see(`storage after sign-out ('${name}' event)`, dump())
    })
  }
  return client
}

// Console: every method that prints. Output with a known secret is redacted before it prints.
// Each wrapper keeps the function it wraps, so a worker that runs several files never stacks one
// file's wrappers on another's; afterAll puts the originals back.
const ORIGINAL = Symbol.for('auth-state.leak-guard.original')
const unwrap = <T>(value: T): T =>
  ((value as { [ORIGINAL]?: T } | undefined)?.[ORIGINAL] ?? value) as T
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const
const writableConsole = console as unknown as Record<string, unknown>
const originalConsole = new Map<string, unknown>()
for (const name of CONSOLE_METHODS) {
  const original = unwrap(writableConsole[name])
  if (typeof original !== 'function') continue
  originalConsole.set(name, original)
  const wrapper = function (this: Console, ...args: unknown[]) {
    see(`console.${name} output`, formatWithOptions({ depth: 10, showHidden: true }, ...args))
    const printed = format(...args)
    const safe = redact(printed)
    return safe === printed ? original.apply(this, args) : original.call(this, safe)
  }
  writableConsole[name] = Object.assign(wrapper, { [ORIGINAL]: original })
}

// Errors nobody caught.
const onRejection = (reason: unknown) => see('an unhandled rejection', renderError(reason))
const onException = (error: unknown) => see('an uncaught exception', renderError(error))
process.on('unhandledRejection', onRejection)
process.on('uncaughtException', onException)

// Cross-tab messages: what is posted on an auth-state channel, and what a listener hears on it.
const OriginalChannel = unwrap(globalThis.BroadcastChannel)
const listeners = new Map<string, BroadcastChannel>()
function listen(name: string) {
  if (listeners.has(name)) return
  const channel = new OriginalChannel(name)
  channel.onmessage = (event) => see(`a message on BroadcastChannel '${name}'`, render(event.data))
  ;(channel as { unref?: () => void }).unref?.()
  listeners.set(name, channel)
}
if (typeof OriginalChannel === 'function') {
  class WatchedChannel extends OriginalChannel {
    constructor(name: string) {
      super(name)
      if (String(name).startsWith('auth-state:')) listen(String(name))
    }
    override postMessage(message: unknown) {
      if (this.name.startsWith('auth-state:'))
        see(`a post on BroadcastChannel '${this.name}'`, render(message))
      super.postMessage(message)
    }
  }
  globalThis.BroadcastChannel = Object.assign(WatchedChannel, { [ORIGINAL]: OriginalChannel })
}

// ---------------------------------------------------------------------------------------------
// Judging

async function judge(batch: Sighting[]): Promise<Leak[]> {
  const secrets = knownSecrets()
  const leaks = new Map<string, Leak>()
  for (const sighting of batch) {
    const text = await sighting.text
    for (const secret of secrets) {
      if (indexOfSecret(text, secret) === -1) continue
      const leak = { kind: kindOf(secret), where: sighting.where }
      leaks.set(`${leak.kind}|${leak.where}`, leak)
    }
  }
  return [...leaks.values()]
}

/** Adds storage of the guarded clients that ended the test signed out, then judges everything. */
async function takeLeaks(): Promise<Leak[]> {
  // Clients stay guarded for the whole file: one signed in by a beforeAll may sign out in any test.
  for (const entry of guarded) {
    if (entry.dump && entry.signedIn && entry.client.$session.get().status === 'unauthenticated')
      see('storage after sign-out (end of test)', entry.dump())
  }
  return judge(sightings.splice(0))
}

/** One line for a failure: kinds and places, never a secret. */
export function describeLeaks(leaks: Leak[]): string {
  const article = (kind: SecretKind) => (kind === 'access token' ? 'an' : 'a')
  const list = leaks.map((leak) => `${article(leak.kind)} ${leak.kind} in ${leak.where}`).join('; ')
  return `leak-guard: ${leaks.length === 1 ? 'a secret' : `${leaks.length} secrets`} issued by the identity server leaked: ${list}. (The secrets themselves are not printed.)`
}

/**
 * Runs `fn` in a scope of its own and returns the leaks it caused instead of failing the test:
 * the guard's self-check. Sightings from before the call still count for the test.
 */
export async function captureLeaks(fn: () => unknown): Promise<Leak[]> {
  const outerSightings = sightings
  const outerGuarded = guarded
  sightings = []
  guarded = []
  try {
    await fn()
    return await takeLeaks()
  } finally {
    sightings = outerSightings
    guarded = outerGuarded
  }
}

// Registered before any test file's own hooks, so with vitest's default 'stack' order it runs
// after them: clients are destroyed and servers closed, and every sighting is in.
afterEach(async () => {
  // Cross-tab messages posted at the end of the test are delivered a turn later.
  await turn()
  await turn()
  const leaks = await takeLeaks()
  if (leaks.length) throw new Error(describeLeaks(leaks))
})

afterAll(async () => {
  // Messages delivered after the last test's check.
  await turn()
  const leaks = await takeLeaks()
  for (const channel of listeners.values()) channel.close()
  listeners.clear()
  process.off('unhandledRejection', onRejection)
  process.off('uncaughtException', onException)
  for (const [name, original] of originalConsole) writableConsole[name] = original
  if (typeof OriginalChannel === 'function') globalThis.BroadcastChannel = OriginalChannel
  if (leaks.length) throw new Error(describeLeaks(leaks))
})
