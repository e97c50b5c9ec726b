import { fileURLToPath } from 'node:url'
import { testExampleApp } from '@auth-state/examples-e2e'

// `react-router dev`: Vite's unbundled modules, React's dev-time checks and hydration warnings.
testExampleApp('react-router', fileURLToPath(new URL('..', import.meta.url)), {
  dev: (port) => [
    'react-router',
    'dev',
    '--port',
    String(port),
    '--strictPort',
    '--host',
    'localhost',
  ],
})
