import type { WritableAtom } from 'nanostores'

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

/** Reports an exception from app code outside the flow that ran it. */
export function rethrow(error: unknown): void {
  queueMicrotask(() => {
    throw error
  })
}
