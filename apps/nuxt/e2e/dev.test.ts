import { fileURLToPath } from 'node:url'
import { testExampleApp } from '@auth-state/examples-e2e'

// `nuxt dev`: unbundled modules, Vue's dev-time checks and hydration warnings.
testExampleApp('nuxt', fileURLToPath(new URL('..', import.meta.url)), {
  dev: (port) => [
    'bash',
    '../../scripts/with-node24.sh',
    'nuxt',
    'dev',
    '--port',
    String(port),
    '--host',
    'localhost',
  ],
})
