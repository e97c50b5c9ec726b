import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './cli-args'

describe('parseCliArgs', () => {
  it('starts with defaults when given nothing', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'start', options: {} })
  })

  it('maps every flag to an option', () => {
    expect(
      parseCliArgs([
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--token-ttl',
        '5',
        '--refresh-grace=0',
        '--refresh-ttl',
        '900',
        '--users',
        'a@x.com, b@y.com',
        '--no-dev-routes',
        '--quiet',
      ]),
    ).toEqual({
      kind: 'start',
      options: {
        port: 0,
        host: '0.0.0.0',
        tokenTtlSeconds: 5,
        refreshGraceSeconds: 0,
        refreshTtlSeconds: 900,
        users: ['a@x.com', 'b@y.com'],
        devRoutes: false,
        log: false,
      },
    })
  })

  it('refuses a refresh-token lifetime that is not a whole number of seconds', () => {
    expect(parseCliArgs(['--refresh-ttl', '1.5'])).toEqual({
      kind: 'error',
      message: '--refresh-ttl must be an integer from 0 to 31536000, got "1.5"',
    })
  })

  it('asks for help', () => {
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' })
    expect(parseCliArgs(['--help', '--port', '1'])).toEqual({ kind: 'help' })
  })

  it.each([
    [['--port', 'abc'], /--port must be an integer/],
    [['--port', '70000'], /--port/],
    [['--port', '-1'], /--port/],
    [['--port'], /--port/],
    [['--token-ttl', '0'], /--token-ttl/],
    [['--token-ttl', '1.5'], /--token-ttl/],
    [['--refresh-grace', 'x'], /--refresh-grace/],
    [['--users', 'not-an-email'], /not-an-email/],
    [['--users', ','], /at least one/],
    [['--bogus'], /bogus/],
    [['positional'], /positional/],
  ])('reports %j as an error', (argv, message) => {
    const result = parseCliArgs(argv)
    expect(result.kind).toBe('error')
    expect(result.kind === 'error' && result.message).toMatch(message)
  })
})

describe('--cors-origins', () => {
  it('takes a comma-separated list of origins, or *', () => {
    expect(parseCliArgs(['--cors-origins', 'http://localhost:*, https://app.test'])).toEqual({
      kind: 'start',
      options: { corsOrigins: ['http://localhost:*', 'https://app.test'] },
    })
    expect(parseCliArgs(['--cors-origins', '*'])).toEqual({
      kind: 'start',
      options: { corsOrigins: '*' },
    })
  })

  it.each([
    [['--cors-origins', ','], /at least one origin/],
    [['--cors-origins', 'https://app.test/'], /--cors-origins: "https:\/\/app.test\/"/],
    [['--cors-origins', 'app.test'], /not an origin/],
  ])('reports %j as an error', (argv, message) => {
    const result = parseCliArgs(argv)
    expect(result.kind).toBe('error')
    expect(result.kind === 'error' && result.message).toMatch(message)
  })
})
