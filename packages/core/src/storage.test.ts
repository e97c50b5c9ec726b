import { describe, expect, it } from 'vitest'
import { asyncStorage, mapStorage } from '../test/helpers'
import { storedOtp } from './schemas'
import { memoryStorage, persisted, resolveStorage } from './storage'

describe('persisted', () => {
  const record = (n: number) => ({ v: 1 as const, sends: [n], resendAvailableAt: null })

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

describe('resolveStorage', () => {
  it('falls back to memory where there is no window', () => {
    const storage = resolveStorage(undefined)
    storage.setItem('a', '1')
    expect(storage.getItem('a')).toBe('1')
    expect(resolveStorage('local').getItem('a')).toBeNull()
  })
})
