import { fileURLToPath } from 'node:url'
import { testExampleApp } from '@auth-state/examples-e2e'

process.env.AUTH_SECRET ??= 'react-router-e2e-secret-0123456789-abcdef'
testExampleApp('react-router', fileURLToPath(new URL('..', import.meta.url)))
