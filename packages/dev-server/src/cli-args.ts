import { parseArgs } from 'node:util'
import { isEmail } from '@auth-state/wire'
import type { DevServerOptions } from './options'
import { parseOriginPolicy } from './origin-policy'

export const USAGE = `Usage: auth-state-dev-server [options]

  --port <n>            port to listen on (default 8787; 0 = any free port)
  --host <host>         interface to bind (default 127.0.0.1)
  --token-ttl <s>       access token lifetime in seconds (default 300)
  --refresh-grace <s>   refresh-token reuse grace in seconds (default 10; 0 = none)
  --refresh-ttl <s>     refresh-token lifetime in seconds (default 0 = no limit);
                        past it a refresh gets 401 and the app's session ends
  --users <emails>      comma-separated emails (default demo@example.com,second@example.com)
  --cors-origins <list> comma-separated origins allowed to call it, e.g.
                        http://localhost:*,https://app.test (default: loopback on any
                        port; '*' = any page in your browser, which can then read codes)
  --no-dev-routes       do not serve the /__dev routes
  --quiet               do not log requests
  -h, --help            show this help`

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'start'; options: DevServerOptions }
  | { kind: 'error'; message: string }

function integerFlag(value: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new Error(`${flag} must be an integer from ${min} to ${max}, got "${value}"`)
  }
  return n
}

/** Turns argv into server options; never exits, so it can be tested directly. */
export function parseCliArgs(argv: string[]): CliCommand {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'token-ttl': { type: 'string' },
        'refresh-grace': { type: 'string' },
        'refresh-ttl': { type: 'string' },
        users: { type: 'string' },
        'cors-origins': { type: 'string' },
        'no-dev-routes': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) return { kind: 'help' }

    const options: DevServerOptions = {}
    if (values.port !== undefined) options.port = integerFlag(values.port, '--port', 0, 65_535)
    if (values.host !== undefined) {
      if (values.host.trim() === '') throw new Error('--host must not be empty')
      options.host = values.host.trim()
    }
    if (values['token-ttl'] !== undefined) {
      options.tokenTtlSeconds = integerFlag(values['token-ttl'], '--token-ttl', 1, 86_400 * 365)
    }
    if (values['refresh-grace'] !== undefined) {
      options.refreshGraceSeconds = integerFlag(
        values['refresh-grace'],
        '--refresh-grace',
        0,
        86_400,
      )
    }
    if (values['refresh-ttl'] !== undefined) {
      options.refreshTtlSeconds = integerFlag(
        values['refresh-ttl'],
        '--refresh-ttl',
        0,
        86_400 * 365,
      )
    }
    if (values.users !== undefined) {
      const users = values.users
        .split(',')
        .map((email) => email.trim())
        .filter(Boolean)
      if (users.length === 0) throw new Error('--users needs at least one email')
      const invalid = users.find((email) => !isEmail(email))
      if (invalid !== undefined) throw new Error(`--users: "${invalid}" is not an email address`)
      options.users = users
    }
    if (values['cors-origins'] !== undefined) {
      const list = values['cors-origins']
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)
      if (list.length === 0) throw new Error('--cors-origins needs at least one origin')
      const corsOrigins = list.length === 1 && list[0] === '*' ? '*' : list
      // Checked here too, so a typo gets the usage and exit code 2 like any other bad flag.
      try {
        parseOriginPolicy(corsOrigins)
      } catch (error) {
        throw new Error(`--cors-origins: ${(error as Error).message.replace(/^corsOrigins: /, '')}`)
      }
      options.corsOrigins = corsOrigins
    }
    if (values['no-dev-routes']) options.devRoutes = false
    if (values.quiet) options.log = false
    return { kind: 'start', options }
  } catch (error) {
    return { kind: 'error', message: (error as Error).message }
  }
}
