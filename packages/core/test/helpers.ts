import type { StorageAdapter } from '../src/storage'

/** A Web-Storage-like map whose contents a test can inspect. */
export function mapStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  const storage: StorageAdapter & { map: Map<string, string> } = {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
  return storage
}

/** The same, but every call resolves a tick later, like AsyncStorage. */
export function asyncStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  const later = <T>(fn: () => T) => new Promise<T>((resolve) => setImmediate(() => resolve(fn())))
  return {
    map,
    getItem: (key: string) => later(() => map.get(key) ?? null),
    setItem: (key: string, value: string) => later(() => void map.set(key, value)),
    removeItem: (key: string) => later(() => void map.delete(key)),
  } satisfies StorageAdapter & { map: Map<string, string> }
}

/** Fails when any of `secrets` shows up in `value` (serialised as JSON or as text). */
export function findSecret(value: unknown, secrets: string[]): string | undefined {
  const text =
    typeof value === 'string'
      ? value
      : JSON.stringify(value, (_key, v) =>
          v instanceof Error ? { ...v, message: v.message, cause: v.cause, stack: v.stack } : v,
        )
  return secrets.find((secret) => secret && text?.includes(secret))
}

/** The record a signed-out client leaves in storage: why the session ended, no credential. */
export const signedOutRecord = (reason: 'signed-out' | 'expired'): string =>
  JSON.stringify({ v: 1, reason })

/** True when `storage` holds a session's credentials under `key` (a signed-out record does not). */
export const holdsSession = (storage: { map: Map<string, string> }, key = 'auth-state'): boolean =>
  storage.map.get(key)?.includes('"token"') ?? false
