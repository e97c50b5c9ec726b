import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { AuthError, ERRORS_DOCS } from './errors'

// An app's bundler replaces `process.env.NODE_ENV`: its production build carries the short
// messages only, its development build the full ones.
const bundle = async (mode: string) => {
  const result = await build({
    stdin: {
      contents: "export { createAuthClient } from './src/index.ts'",
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    external: ['nanostores', 'ofetch'],
    write: false,
  })
  return result.outputFiles[0]!.text
}

// Full messages of the transport, the URL and header checks, the options and the OTP flow.
const FULL = [
  'not on the API',
  'is not a header name',
  'must be a number >=',
  'not followed (point baseURL',
  'Too many incorrect codes',
  'timed out waiting for the session',
]

describe('messages', () => {
  it('production builds leave the full messages out', async () => {
    const code = await bundle('production')
    for (const text of FULL) expect(code, text).not.toContain(text)
    expect(code).toContain(ERRORS_DOCS)
  })

  it('development builds keep them', async () => {
    const code = await bundle('development')
    for (const text of FULL) expect(code, text).toContain(text)
  })

  it('an empty message reads as the code and where the docs explain it; the code stays', () => {
    const error = new AuthError('network', '', { status: 502 })
    expect(error.message).toBe(`network (${ERRORS_DOCS}#network)`)
    expect(error).toMatchObject({ code: 'network', status: 502, name: 'AuthError' })
  })
})
