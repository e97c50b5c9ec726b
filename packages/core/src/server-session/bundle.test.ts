import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bundleOf } from '../../test/bundle'

// The direct mode's token machinery, by file: JWT parsing, the refresh scheduler, the cross-tab
// lock and lease, the token-holding session and its cookie, the token-aware transport with its
// redaction, its 401 replay, and the zod schemas of token responses.
const TOKEN_MACHINERY = [
  'src/jwt.ts',
  'src/refresh.ts',
  'src/cross-tab.ts',
  'src/cookie.ts',
  'src/cookie-value.ts',
  'src/transport.ts',
  'src/auth-fetch.ts',
  'src/url.ts',
  'src/schemas.ts',
  'src/client.ts',
]

const bundle = (minify: boolean) =>
  bundleOf("export { createServerSessionClient } from './src/server-session/index.ts'", { minify })

describe('@auth-state/core/server-session bundle', () => {
  it('carries none of the direct mode’s token machinery, nor zod or ofetch', async () => {
    const { code, inputs } = await bundle(false)
    for (const file of TOKEN_MACHINERY) expect(inputs, file).not.toContain(file)
    expect(
      inputs.filter((path) => /node_modules\/\.pnpm\/(zod|ofetch|ufo|destr)@/.test(path)),
    ).toEqual([])
    // Function-level: shared files may hold token helpers that must have been shaken out.
    for (const name of [
      'createRedactor',
      'tokenTimes',
      'createRefresher',
      'createCrossTab',
      'directOtpSend',
    ])
      expect(code, name).not.toContain(`function ${name}(`)
    // It shares the OTP flow and the error class with the direct mode rather than copying them.
    expect(inputs).toContain('src/otp.ts')
    expect(inputs).toContain('src/errors.ts')
    expect(inputs).toContain('src/events.ts')
  })

  // Issue 23: 10,000 B (size-limit's 10 KB) with $health, the lifetime and idle warnings and
  // activity reports; 10,163 B before it.
  it('fits its 10 KB gzip budget with every dependency', async () => {
    const { code } = await bundle(true)
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(10_000)
  })
})
