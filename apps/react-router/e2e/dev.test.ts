import { fileURLToPath } from 'node:url'
import { testExampleApp } from '@auth-state/examples-e2e'

process.env.AUTH_SECRET ??= 'react-router-e2e-secret-0123456789-abcdef'
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
