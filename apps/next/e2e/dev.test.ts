import { fileURLToPath } from 'node:url'
import { testExampleApp } from '@auth-state/examples-e2e'

// `next dev`: React StrictMode renders twice, and Cache Components checks each route.
testExampleApp('next', fileURLToPath(new URL('..', import.meta.url)), {
  dev: (port) => ['next', 'dev', '--port', String(port), '--hostname', 'localhost'],
})
