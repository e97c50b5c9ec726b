import type { IdleContext, IdleHandle, IdleTimer } from '../idle-option'
import { count } from '../options'
import { isPromise } from '../storage'

export interface IdleTimeoutOptions {
  /** Seconds without activity in any tab after which every tab signs out (reason `'idle'`). */
  timeoutSeconds: number
  /** Seconds before that end when health turns `ending`, for a "Stay signed in" dialog. Default 60. */
  warnSeconds?: number
}

// Activity that counts: pointer, keys, wheel and a tab becoming visible. Recorded at most once a
// second, so a moving mouse costs one comparison per event.
const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
const THROTTLE_MS = 1000
const MAX_DELAY = 2 ** 31 - 1
const WHERE = 'idleTimeout'

/**
 * Signs out after `timeoutSeconds` without activity in any tab of this origin. Activity is
 * shared through storage (one write a second at most); `warnSeconds` before the end the client's
 * `$health` turns `{ status: 'ending', reason: 'idle', endsAt }` in every tab, and only
 * `auth.stayActive()` lifts it (a mouse moving toward the dialog does not). Import it from its
 * own entry: an app that does not use it does not bundle it.
 *
 * @example
 * import { idleTimeout } from '@auth-state/core/idle'
 * const auth = createAuthClient({ baseURL, idle: idleTimeout({ timeoutSeconds: 900, warnSeconds: 60 }) })
 */
export function idleTimeout(options: IdleTimeoutOptions): IdleTimer {
  // The options' own check (a missing timeout, read as null, is refused).
  const timeoutMs = count(options?.timeoutSeconds ?? null, 'timeoutSeconds', 0, 1, WHERE) * 1000
  const warnMs = Math.min(
    timeoutMs,
    count(options?.warnSeconds ?? 60, 'warnSeconds', 0, 0, WHERE) * 1000,
  )
  return (ctx) => createIdle(ctx, timeoutMs, warnMs)
}

function createIdle(ctx: IdleContext, timeoutMs: number, warnMs: number): IdleHandle {
  const key = `${ctx.key}:active`
  const win = typeof window === 'undefined' ? undefined : window
  let running = false
  // The last activity known in any tab (epoch ms), and the last one this tab wrote.
  let last = 0
  let written = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let warned = false

  const endsAt = () => last + timeoutMs
  const warnAt = () => endsAt() - warnMs

  // What another tab recorded: the latest activity wins, wherever it happened.
  function heard(raw: string | null | undefined) {
    const at = Number(raw)
    if (Number.isFinite(at) && at > last) last = at
  }

  function read(then: () => void) {
    try {
      const raw = ctx.storage.getItem(key)
      if (isPromise(raw)) raw.then(heard, () => {}).then(then)
      else {
        heard(raw)
        then()
      }
    } catch {
      then()
    }
  }

  function record(at: number, share: boolean, explicit = false) {
    if (at > last) last = at
    if (!share) return
    written = at
    ctx.active?.(explicit)
    try {
      const done = ctx.storage.setItem(key, String(at))
      if (isPromise(done)) done.catch(() => {})
    } catch {
      // Storage refused (quota, private mode): activity still counts in this tab.
    }
  }

  // Re-evaluates after a timer or news from another tab: ends, warns, or waits.
  function evaluate() {
    clearTimeout(timer)
    if (!running) return
    const t = ctx.now()
    if (t >= endsAt()) {
      stop()
      ctx.expire()
      return
    }
    const warning = t >= warnAt()
    if (warning !== warned) {
      warned = warning
      ctx.changed()
    }
    const next = warning ? endsAt() : warnAt()
    // Before acting on its own clock, a tab looks at what the others recorded.
    timer = setTimeout(() => read(evaluate), Math.min(MAX_DELAY, Math.max(0, next - t)))
  }

  const onActivity = () => {
    if (win?.document.visibilityState === 'hidden') return
    const t = ctx.now()
    // During the warning only stayActive() counts: the dialog must not vanish under the pointer.
    if (warned || t - written < THROTTLE_MS) return
    record(t, true)
    evaluate()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key) return
    heard(event.newValue)
    evaluate()
  }

  function stop() {
    running = false
    warned = false
    // The next session counts from its own start (or from what storage says on a restore).
    last = written = 0
    clearTimeout(timer)
    for (const name of EVENTS) win?.removeEventListener(name, onActivity, true)
    win?.document.removeEventListener('visibilitychange', onActivity)
    win?.removeEventListener('storage', onStorage)
  }

  return {
    ending: () => (running ? { endsAt: endsAt(), warnAt: warnAt(), reason: 'idle' } : null),
    start(fresh) {
      if (running) return
      running = true
      for (const name of EVENTS)
        win?.addEventListener(name, onActivity, { capture: true, passive: true })
      win?.document.addEventListener('visibilitychange', onActivity)
      win?.addEventListener('storage', onStorage)
      if (fresh) record(ctx.now(), true)
      read(() => {
        // A restored session that no tab has recorded activity for starts counting now.
        if (!last) record(ctx.now(), true)
        evaluate()
      })
    },
    stayActive() {
      if (!running) return
      record(ctx.now(), true, true)
      evaluate()
    },
    stop() {
      const was = running
      stop()
      // Signed out: storage keeps nothing of the session but why it ended.
      try {
        const done = ctx.storage.removeItem(key)
        if (isPromise(done)) done.catch(() => {})
      } catch {}
      if (was) ctx.changed()
    },
  }
}
