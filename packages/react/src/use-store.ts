import type { ReadableAtom } from 'nanostores'
import { useCallback, useRef, useSyncExternalStore } from 'react'

/** The last read: the state, the selector it went through, and the value handed back. */
type Memo<S, T> = [state: S, select: (state: S) => T, value: T]

/**
 * Binds a nanostores atom through React's own `useSyncExternalStore`. `serverState` is what the
 * server renders and what hydration starts from, so the two markups match.
 */
export function useStore<S, T>(
  $store: ReadableAtom<S>,
  serverState: S,
  select: (state: S) => T,
  isEqual: (a: T, b: T) => boolean,
): T {
  const memo = useRef<Memo<S, T> | null>(null)
  // useSyncExternalStore re-renders when the snapshot is not `Object.is` the last one, so a
  // selection that `isEqual` calls unchanged hands back the previous value itself.
  const read = (state: S): T => {
    const last = memo.current
    if (last && last[0] === state && last[1] === select) return last[2]
    const next = select(state)
    const value = last && isEqual(last[2], next) ? last[2] : next
    memo.current = [state, select, value]
    return value
  }
  const subscribe = useCallback((onChange: () => void) => $store.listen(onChange), [$store])
  return useSyncExternalStore(
    subscribe,
    () => read($store.get()),
    () => read(serverState),
  )
}

export const identity = <T>(value: T): T => value
