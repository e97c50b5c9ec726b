import { describe, expect, it } from 'vitest'
import { bundleOf } from '../../test/bundle'

// Opt-in features live in their own entries: an app that does not import them bundles none of
// their code. Bundled as an app's production build would be (dependencies external: only our
// own code is looked at).
const bundle = (contents: string) =>
  bundleOf(contents, {
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['nanostores', 'ofetch', 'zod', 'zod/*'],
  })

const CLIENT = "export { createAuthClient } from './src/index.ts'"
// The cookie writer's and its format's strings, and the idle timer's.
const COOKIE = ['SameSite=', 'Max-Age=', '; Secure', 'document.cookie']
const COOKIE_FILES = ['src/cookie/session-cookie.ts', 'src/cookie-value.ts']
const IDLE = ['pointermove', ':active']
const IDLE_FILES = ['src/idle/idle-timeout.ts']

describe('tree-shaking of the opt-in entries', () => {
  it('`{ createAuthClient }` bundles none of the session cookie, nor of the idle timer', async () => {
    const { code, inputs } = await bundle(CLIENT)
    for (const file of [...COOKIE_FILES, ...IDLE_FILES]) expect(inputs, file).not.toContain(file)
    for (const text of [...COOKIE, ...IDLE]) expect(code, text).not.toContain(text)
  })

  it('importing `sessionCookie` brings the cookie (the check above looks for the right strings)', async () => {
    const { code, inputs } = await bundle(
      `${CLIENT}\nexport { sessionCookie } from './src/cookie/index.ts'`,
    )
    for (const file of COOKIE_FILES) expect(inputs, file).toContain(file)
    for (const text of COOKIE) expect(code, text).toContain(text)
  })

  it('importing `idleTimeout` brings the idle timer', async () => {
    const { code, inputs } = await bundle(
      `${CLIENT}\nexport { idleTimeout } from './src/idle/index.ts'`,
    )
    for (const file of IDLE_FILES) expect(inputs, file).toContain(file)
    for (const text of IDLE) expect(code, text).toContain(text)
  })
})
