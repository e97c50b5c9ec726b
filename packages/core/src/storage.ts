type MaybePromise<T> = T | Promise<T>

/**
 * What `persisted` needs of a schema: a zod/mini schema fits, and so does a hand-written check
 * where a bundle must not carry zod (the server-session client).
 */
export interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false }
}

/**
 * The Web Storage shape; any method may return a Promise, so `localStorage`, `sessionStorage`,
 * AsyncStorage or an IndexedDB wrapper all fit.
 */
export interface StorageAdapter {
  getItem(key: string): MaybePromise<string | null | undefined>
  setItem(key: string, value: string): MaybePromise<unknown>
  removeItem(key: string): MaybePromise<unknown>
}

export type StorageOption = 'local' | 'session' | 'memory' | StorageAdapter

export function memoryStorage(): StorageAdapter {
  const map = new Map<string, string>()
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
}

// Reading `localStorage` throws in sandboxed iframes and some private modes.
function webStorage(kind: 'localStorage' | 'sessionStorage'): StorageAdapter | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window[kind] ?? undefined)
  } catch {
    return undefined
  }
}

export function resolveStorage(option: StorageOption | undefined): StorageAdapter {
  if (typeof option === 'object') return option
  if (option === 'memory') return memoryStorage()
  return webStorage(option === 'session' ? 'sessionStorage' : 'localStorage') ?? memoryStorage()
}

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}

// Named `chain`, not `then`: a module exporting `then` is itself a thenable.
/** Runs `fn` on a value that may or may not be a Promise, staying synchronous when it is not. */
export function chain<T, R>(value: MaybePromise<T>, fn: (value: T) => R): MaybePromise<R> {
  return isPromise(value) ? value.then(fn) : fn(value)
}

export interface PersistedValue<T> {
  /**
   * The stored value, or null when absent or invalid (an invalid value is removed, a value of a
   * newer format is left alone). Never throws.
   */
  read(): MaybePromise<T | null>
  /**
   * Writes in call order, even on an async adapter; failures are reported, never thrown. Writing
   * null never removes a value of a newer format: it is not this build's to delete.
   */
  write(value: T | null): MaybePromise<void>
}

/** The format version this build writes (`v`) and understands. */
export const VERSION = 1

// A value written by a newer build of the library, which an older tab of the same app may still
// be running next to: unreadable here, but not invalid. Deleting it would sign the newer tabs out.
const isNewer = (json: unknown) => {
  const v = (json as { v?: unknown } | null)?.v
  return typeof v === 'number' && v > VERSION
}

function json(raw: string | null | undefined): unknown {
  try {
    return raw == null ? undefined : JSON.parse(raw)
  } catch {}
}

/**
 * One versioned, validated value in storage. Writes to a synchronous adapter happen at once,
 * so other tabs and a reload see them immediately; writes to an async adapter are queued so
 * that a late write can never overtake a later removal.
 */
export function persisted<T>(
  adapter: StorageAdapter,
  key: string,
  schema: Validator<T>,
  onError: (error: unknown) => void,
): PersistedValue<T> {
  let tail: Promise<void> | undefined

  const parse = (raw: string | null | undefined): T | null => {
    if (raw == null) return null
    const value = json(raw)
    const result = schema.safeParse(value)
    if (result.success) return result.data
    if (!isNewer(value)) write(null)
    return null
  }

  const run = (value: T | null): MaybePromise<void> => {
    try {
      const result =
        value === null
          ? chain(adapter.getItem(key), (raw) =>
              isNewer(json(raw)) ? undefined : adapter.removeItem(key),
            )
          : adapter.setItem(key, JSON.stringify(value))
      if (isPromise(result)) return result.then(() => undefined, onError)
    } catch (error) {
      onError(error)
    }
  }

  function write(value: T | null): MaybePromise<void> {
    const result = tail ? tail.then(() => run(value)) : run(value)
    if (isPromise(result)) {
      tail = result
      void result.then(() => {
        if (tail === result) tail = undefined
      })
    }
    return result
  }

  return {
    read() {
      try {
        const raw = tail ? tail.then(() => adapter.getItem(key)) : adapter.getItem(key)
        return isPromise(raw) ? raw.then(parse, () => null) : parse(raw)
      } catch {
        return null
      }
    },
    write,
  }
}
