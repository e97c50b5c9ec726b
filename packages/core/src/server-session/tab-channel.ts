import { rethrow } from '../publish'

/** The one message tabs exchange; the direct mode's, so a tab of either mode understands it. */
const MESSAGE = 'auth-state:changed'

export interface TabChannel {
  /** Tells the other tabs that storage changed. The message carries no data. */
  notify(): void
  close(): void
}

/**
 * Tells tabs of one origin and key that the stored view (under `key`) changed, and hears them: a
 * BroadcastChannel, and the `storage` event where storage is the page's own. No lock and no
 * lease: this mode has no token to rotate, so tabs only need to look again.
 */
export function createTabChannel(key: string, onChange: () => void): TabChannel {
  const win = typeof window === 'undefined' ? undefined : window
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(`auth-state:${key}`) : null
  const changed = () => {
    try {
      onChange()
    } catch (error) {
      rethrow(error)
    }
  }
  const onMessage = (event: MessageEvent) => {
    if (event.data === MESSAGE) changed()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === key) changed()
  }
  channel?.addEventListener('message', onMessage)
  win?.addEventListener('storage', onStorage)
  return {
    notify: () => channel?.postMessage(MESSAGE),
    close() {
      channel?.removeEventListener('message', onMessage)
      channel?.close()
      win?.removeEventListener('storage', onStorage)
    },
  }
}
