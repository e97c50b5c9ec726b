import { derived, type Readable } from 'svelte/store'

/**
 * `initial` (what the server rendered) until the root has mounted, then `$live`; a live value
 * equal to the one shown notifies nobody, so hydration costs at most one update.
 */
export function hydrated<T>(
  $live: Readable<T>,
  initial: T,
  mounted: Readable<boolean>,
  same: (a: T, b: T) => boolean = Object.is,
): Readable<T> {
  let shown = initial
  return derived(
    [mounted, $live],
    ([isMounted, live], set) => {
      if (!isMounted || same(shown, live)) return
      shown = live
      set(live)
    },
    initial,
  )
}
