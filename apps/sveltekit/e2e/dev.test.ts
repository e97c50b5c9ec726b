import { fileURLToPath } from 'node:url'
import { testExampleApp } from '@auth-state/examples-e2e'

// `vite dev`: unbundled modules, Svelte's dev-time checks and hydration warnings.
testExampleApp('sveltekit', fileURLToPath(new URL('..', import.meta.url)), {
  dev: (port) => [
    'bash',
    '../../scripts/with-node24.sh',
    'vite',
    'dev',
    '--port',
    String(port),
    '--strictPort',
    '--host',
    'localhost',
  ],
})
