import { fileURLToPath } from 'node:url'
import { testExampleApp } from '@auth-state/examples-e2e'

testExampleApp('react-router', fileURLToPath(new URL('..', import.meta.url)))
