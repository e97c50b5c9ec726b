import { describe, expect, it } from 'vitest'
import { asyncStorage, mapStorage } from '../test/helpers'
import { memoryStorage, persisted, resolveStorage } from './storage'
import { storedOtp } from './stored'

const record = (n: number) => ({ v: 1 as const, sends: [n], resendAvailableAt: null })

describe('persisted', () => {
  it('writes to a synchronous storage at once', () => {
    const storage = mapStorage()
    const value = persisted(storage, 'k', storedOtp, () => {})
    value.write(record(1))
    expect(JSON.parse(storage.map.get('k')!)).toEqual(record(1))
    expect(value.read()).toEqual(record(1))
  })

  it('keeps call order on an async storage: a late write never overtakes a removal', async () => {
    const storage = asyncStorage()
    const value = persisted(storage, 'k', storedOtp, () => {})
    value.write(record(1))
    value.write(record(2))
    await value.write(null)
    expect(storage.map.has('k')).toBe(false)
    value.write(record(3))
    expect(await value.read()).toEqual(record(3))
  })

  it('reports failing writes instead of throwing', async () => {
    const errors: unknown[] = []
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const value = persisted(storage, 'k', storedOtp, (e) => errors.push(e))
    expect(() => value.write(record(1))).not.toThrow()
    expect(errors).toHaveLength(1)
  })
})

describe('a value of a newer format', () => {
  const newer = JSON.stringify({ v: 2, sends: 'whatever a newer build keeps' })

  it('reads as null and stays in place, on a synchronous and an async storage', async () => {
    for (const storage of [mapStorage({ k: newer }), asyncStorage({ k: newer })]) {
      const value = persisted(storage, 'k', storedOtp, () => {})
      expect(await value.read()).toBeNull()
      await value.write(null)
      expect(storage.map.get('k')).toBe(newer)
    }
  })

  it('is still replaced by a write of a value, and an invalid value still removed', () => {
    const storage = mapStorage({ k: newer, bad: JSON.stringify({ v: 1, sends: 'x' }) })
    persisted(storage, 'k', storedOtp, () => {}).write(record(1))
    expect(JSON.parse(storage.map.get('k')!)).toEqual(record(1))
    expect(persisted(storage, 'bad', storedOtp, () => {}).read()).toBeNull()
    expect(storage.map.has('bad')).toBe(false)
  })
})

describe('resolveStorage', () => {
  it('falls back to memory where there is no window', () => {
    const storage = resolveStorage(undefined)
    storage.setItem('a', '1')
    expect(storage.getItem('a')).toBe('1')
    expect(resolveStorage('local').getItem('a')).toBeNull()
  })
})
