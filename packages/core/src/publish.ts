import { batch, type WritableAtom } from 'nanostores'

/**
 * Sets an atom without letting a subscriber's exception reach the caller. nanostores runs every
 * listener and then rethrows the last error from `set()`; an app's render bug would otherwise
 * abort the auth flow that changed the state (half a sign-in, a dead cross-tab reader). The
 * error is rethrown on its own, so the app still sees it (window.onerror, the test runner).
 */
export function publish<T>(store: WritableAtom<T>, value: T): void {
  try {
    store.set(value)
  } catch (error) {
    rethrow(error)
  }
}

/**
 * `publish` unless the atom already shows the same: a write that changes nothing notifies
 * nobody. For flat values of strings, numbers and nulls built in one key order (session, token
 * times, health), where equal JSON is an equal value.
 */
export function publishChanged<T>(store: WritableAtom<T>, value: T): void {
  if (JSON.stringify(store.get()) !== JSON.stringify(value)) publish(store, value)
}

/**
 * Runs a whole state change: atom updates inside it are visible at once (`get()`), but their
 * subscribers run only when `fn` is done, so they see the finished change, and one that throws or
 * re-enters cannot cut it short. Their exceptions are rethrown on their own.
 */
export function settled<T>(fn: () => T): T {
  let result!: T
  let failure: { error: unknown } | undefined
  try {
    batch(() => {
      try {
        result = fn()
      } catch (error) {
        failure = { error }
      }
    })
  } catch (error) {
    rethrow(error)
  }
  if (failure) throw failure.error
  return result
}

/** Reports an exception from app code outside the flow that ran it. */
export function rethrow(error: unknown): void {
  queueMicrotask(() => {
    throw error
  })
}
