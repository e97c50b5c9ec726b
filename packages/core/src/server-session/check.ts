/**
 * A few value checks, by hand: this bundle carries no zod (its budget has no room for a schema
 * library), and the shapes it reads (the handler's session view, the stored view and OTP record)
 * are small. A check returns the value it read, with only the fields it names, or throws `BAD`.
 */
import type { Validator } from '../storage'

export type Check<T = unknown> = (value: unknown) => T

/** What a failing check throws. */
export const BAD: unique symbol = Symbol()

export const bad = (): never => {
  throw BAD
}

/** A finite number: a time in epoch ms. */
export const time = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

export const num: Check<number> = (value) => (time(value) ? value : bad())
export const text: Check<string> = (value) =>
  typeof value === 'string' && value.length > 0 ? value : bad()
export const is =
  <const T>(expected: T): Check<T> =>
  (value) =>
    value === expected ? expected : bad()
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value) =>
    value === undefined ? undefined : check(value)
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value) =>
    value === null ? null : check(value)
export const array =
  <T>(check: Check<T>): Check<T[]> =>
  (value) =>
    Array.isArray(value) ? value.map(check) : bad()

/** A plain object with the named fields; others are dropped, as are fields read as undefined. */
export const object =
  <T>(shape: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) bad()
    const out: Record<string, unknown> = {}
    for (const key in shape) {
      const read = shape[key]((value as Record<string, unknown>)[key])
      if (read !== undefined) out[key] = read
    }
    return out as T
  }

/** What `check` reads of `value`, or undefined when it fails. */
export function read<T>(check: Check<T>, value: unknown): T | undefined {
  try {
    return check(value)
  } catch (error) {
    if (error !== BAD) throw error
  }
}

/** The check as the `safeParse` that `persisted` takes (a check that reads undefined fails). */
export const validator = <T>(check: Check<T | undefined>): Validator<T> => ({
  safeParse(value) {
    const data = read(check, value)
    return data === undefined ? { success: false } : { success: true, data }
  },
})
