import { useSyncExternalStore } from 'react'

const never = () => () => {}

/** False on the server and in the hydrating render, true from then on: no mismatch either way. */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
