#!/usr/bin/env node
import { parseCliArgs, USAGE } from './cli-args'
import { startDevServer } from './server'

async function main(): Promise<void> {
  const command = parseCliArgs(process.argv.slice(2))
  if (command.kind === 'help') {
    console.log(USAGE)
    return
  }
  if (command.kind === 'error') {
    console.error(`auth-state-dev-server: ${command.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }

  const server = await startDevServer({
    log: (line) => console.log(line),
    ...command.options,
    // Printing codes is the dev inbox's whole point; the request log itself never shows them.
    onCode: ({ email, code }) => console.log(`[dev inbox] code for ${email}: ${code}`),
  })

  // One write, so whoever reads the output gets the URL and the users together.
  const banner = [`auth-state dev server listening on ${server.url}`, 'users:']
  for (const user of server.users) {
    const organizations = (user.organizations ?? []).map((org) => `${org.name} (${org.id})`)
    banner.push(
      `  ${user.email}  account ${user.accountId}  organizations: ${organizations.join(', ')}`,
    )
  }
  if (command.options.devRoutes !== false) banner.push(`dev inbox: ${server.url}/__dev`)
  console.log(banner.join('\n'))

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now", whatever is still pending.
    if (stopping) process.exit(130)
    stopping = true
    console.log(`${signal} received, shutting down`)
    const force = setTimeout(() => process.exit(1), 3000)
    force.unref()
    server.close().then(() => {
      process.exitCode = 0
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`auth-state-dev-server: could not start: ${message}`)
  process.exit(1)
})
