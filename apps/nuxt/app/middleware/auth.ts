import { createAuthGuard } from '@auth-state/vue'

export default defineNuxtRouteMiddleware(createAuthGuard())
