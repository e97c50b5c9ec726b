import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Nitro's virtual module: the runtime config, as a plain object (test/runtime-config.ts).
    alias: { '#imports': fileURLToPath(new URL('./test/runtime-config.ts', import.meta.url)) },
  },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
})
