import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { mapStorage } from '../test/helpers'
import { type IdentityServer, startIdentityServer } from '../test/identity-server'
import { createAuthClient } from './index'

let server: IdentityServer
beforeEach(async () => {
  server = await startIdentityServer({ ttlSeconds: 300 })
})
afterEach(async () => {
  vi.useRealTimers()
  await server.close()
})

it('$tokenTimes follows sign-in, refresh, reload and sign-out, and never wakes $session', async () => {
  // Only the clock: the HTTP below needs real I/O.
  vi.useFakeTimers({ toFake: ['Date'], now: 1_000_000_000_000 })
  const storage = mapStorage()
  const client = createAuthClient({ baseURL: server.url, storage })
  expect(client.$tokenTimes.get()).toEqual({ expiresAt: null, refreshedAt: null })
  await client.login({ email: 'ada@example.com', otp: '123456' })
  const signedInAt = Date.now()
  expect(client.$tokenTimes.get()).toEqual({
    expiresAt: signedInAt + 300_000,
    refreshedAt: signedInAt,
  })

  const sessionChanges = vi.fn()
  const timesChanges = vi.fn()
  const stop = [client.$session.listen(sessionChanges), client.$tokenTimes.listen(timesChanges)]
  vi.setSystemTime(signedInAt + 100_000)
  await client.refresh()
  const refreshedAt = Date.now()
  expect(client.$tokenTimes.get()).toEqual({ expiresAt: refreshedAt + 300_000, refreshedAt })
  expect(timesChanges).toHaveBeenCalledTimes(1)
  expect(sessionChanges).not.toHaveBeenCalled()

  // A reload: a new client on the same storage shows the same times at once, no event needed.
  const reloaded = createAuthClient({ baseURL: server.url, storage })
  expect(reloaded.$tokenTimes.get()).toEqual({ expiresAt: refreshedAt + 300_000, refreshedAt })
  reloaded.destroy()

  await client.logout()
  expect(client.$tokenTimes.get()).toEqual({ expiresAt: null, refreshedAt: null })
  for (const unsubscribe of stop) unsubscribe()
  client.destroy()
})
