import type { AuthError } from './errors'
import { rethrow } from './publish'

/** What each event carries. No payload ever holds a token, a refresh token or a code. */
export interface AuthEvents {
  login: {
    email: string
    organizationId: string
    accountId: string | null
    /** When the new token expires (this device's clock, ms), or null when unknown. */
    expiresAt: number | null
  }
  logout: { reason: 'user' | 'other-tab' | 'idle' }
  refresh: { expiresAt: number | null; refreshedAt: number; source: 'this-tab' | 'other-tab' }
  expired: { reason: 'refresh_rejected' | 'other-tab' }
  error: { error: AuthError }
}

export type AuthEventName = keyof AuthEvents
export type AuthEventListener<E extends AuthEventName> = (payload: AuthEvents[E]) => void

export interface Emitter {
  on<E extends AuthEventName>(event: E, listener: AuthEventListener<E>): () => void
  emit<E extends AuthEventName>(event: E, payload: AuthEvents[E]): void
  clear(): void
}

export function createEmitter(): Emitter {
  const listeners = new Map<AuthEventName, Set<(payload: never) => void>>()
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    },
    emit(event, payload) {
      // A throwing listener must not break the flow that emitted, nor the other listeners.
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          ;(listener as AuthEventListener<typeof event>)(payload)
        } catch (error) {
          rethrow(error)
        }
      }
    },
    clear: () => listeners.clear(),
  }
}
