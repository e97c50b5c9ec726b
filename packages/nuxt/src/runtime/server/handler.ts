import { defineEventHandler, toWebRequest } from 'h3'
import { useAuthServer } from './auth'

// The `@auth-state/server` endpoints, mounted by the module at `{basePath}/**`.
export default defineEventHandler((event) => useAuthServer().handle(toWebRequest(event)))
