import { expect, it } from 'vitest'
import { readSession, readToken } from '../src/server'
import { chromiumTabs, EMAIL } from './harness'

// The cookie a real client writes in Chromium, read back by the server entry, as a server
// render would get it in the request's Cookie header.
const e2e = chromiumTabs()
const { open, begin, signIn } = e2e

/** The Cookie header Chromium would send to the page's origin. */
async function cookieHeader() {
  const cookies = await e2e.context.cookies(e2e.pageUrl)
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ')
}

it('readSession reads the email from the cookie a client wrote in Chromium; sign-out clears it', async () => {
  await begin()
  const tab = await open()
  expect(readSession(await cookieHeader())).toEqual({ status: 'unauthenticated' })
  await signIn(tab)
  const session = await tab.evaluate(() => window.auth.$session.get())
  expect(readSession(await cookieHeader())).toEqual(session)
  expect(session).toMatchObject({ status: 'authenticated', email: EMAIL })
  const [cookie] = await e2e.context.cookies(e2e.pageUrl)
  expect(cookie).toMatchObject({ name: 'auth-state', sameSite: 'Lax', secure: false, path: '/' })
  const stored = await tab.evaluate(() => localStorage.getItem('auth-state') ?? '')
  const { token, refreshToken } = JSON.parse(stored)
  expect(cookie!.value).not.toContain(token)
  expect(cookie!.value).not.toContain(refreshToken)

  // A reload keeps it; another tab's sign-out clears it.
  await tab.reload()
  await tab.waitForFunction(() => !!window.auth)
  expect(readSession(await cookieHeader())).toMatchObject({ email: EMAIL })
  const other = await open()
  await other.evaluate(() => window.auth.logout())
  await tab.waitForFunction(() => window.auth.$session.get().status === 'unauthenticated')
  expect(await e2e.context.cookies(e2e.pageUrl)).toEqual([])
  expect(readSession(await cookieHeader())).toEqual({ status: 'unauthenticated' })
})

it('with token: true, readToken gives the access token Chromium holds, never the refresh token', async () => {
  await begin()
  const tab = await open('&cookie=token')
  await signIn(tab)
  const { token, refreshToken } = JSON.parse(
    await tab.evaluate(() => localStorage.getItem('auth-state') ?? ''),
  )
  const header = await cookieHeader()
  expect(readToken(header)).toBe(token)
  expect(header).not.toContain(refreshToken)
  expect(header.length).toBeLessThan(4096)
})
