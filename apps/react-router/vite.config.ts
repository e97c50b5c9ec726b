import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [reactRouter()],
  // This repository links @auth-state/* as source: their own dependencies are pre-bundled up
  // front, or the dev server finds them on the first page and reloads it. Not needed from npm.
  optimizeDeps: {
    include: ['@auth-state/core > nanostores', '@auth-state/core > ofetch', 'zod', 'zod/mini'],
  },
})
