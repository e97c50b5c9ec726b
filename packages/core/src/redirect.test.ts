import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeRedirect } from './index'

describe('safeRedirect', () => {
  it.each([
    '/',
    '/account',
    '/account?tab=billing#top',
    '/search?q=a%20b',
    '/javascript:alert(1)', // a path on this origin, not a scheme
  ])('keeps the same-origin path %j', (path) => {
    expect(safeRedirect(path, '/home')).toBe(path)
  })

  it.each([
    ['protocol-relative', '//evil.com'],
    ['backslash', '/\\evil.com'],
    ['a backslash further on', '/a\\..\\\\evil.com'],
    ['absolute URL', 'https://evil.com'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['encoded slashes', '%2F%2Fevil.com'],
    ['encoded slashes after one', '/%2F%2Fevil.com'],
    ['encoded backslash', '/%5Cevil.com'],
    ['a tab that parsers strip', '/\t/evil.com'],
    ['a newline', '/\n/evil.com'],
    ['a NUL', '/acc\0ount'],
    ['DEL', '/\x7f'],
    ['a relative path', 'account'],
    ['a malformed escape', '/%E0%A4%A'],
    ['empty', ''],
  ])('refuses %s', (_name, path) => {
    expect(safeRedirect(path, '/home')).toBe('/home')
  })

  it.each([[null], [undefined], [42], [{ toString: () => '/x' }], [['/x']]])(
    'refuses the non-string %j',
    (path) => {
      expect(safeRedirect(path, '/home')).toBe('/home')
    },
  )

  it('never returns a target that a URL parser puts on another origin', () => {
    const base = 'https://app.example.com'
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `/${s}`),
          fc.webUrl(),
          fc.webPath(),
        ),
        (path) => {
          const target = safeRedirect(path, '/home')
          expect(new URL(target, base).origin).toBe(base)
          expect(new URL(decodeURIComponent(target), base).origin).toBe(base)
        },
      ),
      { numRuns: 5000 },
    )
  })
})
