import { describe, expect, it } from 'vitest'
import { redact } from './redact'

describe('redact', () => {
  it('removes known secrets wherever they appear', () => {
    expect(redact('a-secret-value in /path/a-secret-value', ['a-secret-value'])).toBe(
      '[redacted] in /path/[redacted]',
    )
  })

  it('removes JWT-, refresh-token- and code-shaped strings even when unknown', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'
    const refresh = 'MBNYdpR8n2QfUyIFmOPaA8_eF9CJeN_J-lRawJCY5vE'
    expect(redact(`/x/${jwt}`)).toBe('/x/[redacted]')
    expect(redact(`/x/${refresh}`)).toBe('/x/[redacted]')
    expect(redact('/code/123456/next')).toBe('/code/[redacted]/next')
  })

  it('leaves ordinary paths alone', () => {
    for (const path of ['/identity/user/refresh-token', '/network/v1/account', '/__dev/inbox']) {
      expect(redact(path)).toBe(path)
    }
  })
})
