import { build } from 'esbuild'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jwt } from '../../test/identity-server'
import { encodeCookieSession } from '../cookie-value'
import { readSession, readToken } from './index'

const now = () => Math.floor(Date.now() / 1000)
const view = { email: 'ada@example.com', organizationId: 'org_1', accountId: 'acc_1' }
const cookie = (extra: { expiresAt?: number | null; token?: string } = {}, name = 'auth-state') =>
  `theme=dark; ${name}=${encodeCookieSession({ ...view, expiresAt: null, ...extra })}; other=1`

describe('readSession', () => {
  it('reads the session from a Request, Headers, a Cookie header or nothing', () => {
    const header = cookie()
    const authenticated = { status: 'authenticated', ...view }
    expect(readSession(header)).toEqual(authenticated)
    expect(readSession(new Headers({ cookie: header }))).toEqual(authenticated)
    expect(
      readSession(new Request('https://app.example.com/', { headers: { cookie: header } })),
    ).toEqual(authenticated)
    expect(readSession()).toEqual({ status: 'unauthenticated' })
    expect(readSession(null)).toEqual({ status: 'unauthenticated' })
    expect(readSession(new Headers())).toEqual({ status: 'unauthenticated' })
  })

  it('reads the cookie name it is given, and only that one', () => {
    expect(readSession(cookie({}, 'sid'), { cookieName: 'sid' })).toMatchObject(view)
    expect(readSession(cookie({}, 'sid'))).toEqual({ status: 'unauthenticated' })
    expect(readSession(cookie({}, 'xauth-state'))).toEqual({ status: 'unauthenticated' })
  })

  it('stays authenticated past the access token expiry: the browser refreshes it', () => {
    expect(readSession(cookie({ expiresAt: Date.now() - 60_000 }))).toMatchObject(view)
  })

  it.each([
    ['not JSON', 'auth-state=%7Bnope'],
    ['a bad escape', 'auth-state=%E0%A4%A'],
    ['another version', `auth-state=${encodeURIComponent('[2,"a@b.c","o",null,null]')}`],
    ['an object', `auth-state=${encodeURIComponent(JSON.stringify({ ...view, v: 1 }))}`],
    ['no email', `auth-state=${encodeURIComponent('[1,"","o",null,null]')}`],
    ['a number as id', `auth-state=${encodeURIComponent('[1,"a@b.c",7,null,null]')}`],
    ['a control character', `auth-state=${encodeURIComponent('[1,"a@b.c\\n<x>","o",null,null]')}`],
    ['a bad expiry', `auth-state=${encodeURIComponent('[1,"a@b.c","o",null,"soon"]')}`],
    ['a token with a space', `auth-state=${encodeURIComponent('[1,"a@b.c","o",null,null,"a b"]')}`],
    ['extra fields', `auth-state=${encodeURIComponent('[1,"a@b.c","o",null,null,"t","x"]')}`],
    ['a prototype trick', `auth-state=${encodeURIComponent('{"__proto__":{"0":1}}')}`],
  ])('gives unauthenticated for %s', (_name, header) => {
    expect(readSession(header)).toEqual({ status: 'unauthenticated' })
    expect(readToken(header)).toBeNull()
  })

  it('never throws on anything at all', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.string().map((s) => `auth-state=${s}`),
      fc.string().map((s) => `auth-state=${encodeURIComponent(s)}`),
      fc.jsonValue().map((v) => `auth-state=${encodeURIComponent(JSON.stringify(v))}`),
      fc
        .tuple(fc.constant(1), fc.anything(), fc.anything(), fc.anything(), fc.anything())
        .map((v) => `a=b; auth-state=${encodeURIComponent(JSON.stringify(v) ?? '')}`),
      fc.anything(),
    )
    fc.assert(
      fc.property(inputs, (input) => {
        const session = readSession(input as string)
        expect(['authenticated', 'unauthenticated']).toContain(session.status)
        const token = readToken(input as string)
        expect(token === null || typeof token === 'string').toBe(true)
      }),
      { numRuns: 5000 },
    )
    const hostile = {
      get headers(): never {
        throw new Error('boom')
      },
    }
    expect(readSession(hostile as never)).toEqual({ status: 'unauthenticated' })
    expect(readToken(hostile as never)).toBeNull()
  })
})

describe('readToken', () => {
  it('gives the token while its exp is ahead, then null; null when the cookie has none', () => {
    const live = jwt({ iat: now(), exp: now() + 60 })
    const dead = jwt({ iat: now() - 120, exp: now() - 60 })
    expect(readToken(cookie({ token: live }))).toBe(live)
    // The token's own exp wins over the expiry the client wrote on its clock.
    expect(readToken(cookie({ token: dead, expiresAt: Date.now() + 60_000 }))).toBeNull()
    expect(readToken(cookie())).toBeNull()
    // A token with no exp: the client's expiry decides, and no expiry means no limit.
    expect(readToken(cookie({ token: 'opaque', expiresAt: Date.now() + 1000 }))).toBe('opaque')
    expect(readToken(cookie({ token: 'opaque', expiresAt: Date.now() - 1000 }))).toBeNull()
    expect(readToken(cookie({ token: 'opaque', expiresAt: null }))).toBe('opaque')
  })
})

describe('@auth-state/core/server', () => {
  it('touches no browser global, and bundles no nanostores, ofetch or zod', async () => {
    const result = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      metafile: true,
    })
    const code = result.outputFiles[0]!.text
    expect(code).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|location)\b/)
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([])
  })
})
