import { defineEnvVars } from '@sveltejs/kit/env'

// Read when the server starts (`vite build` runs without them); handleAuth refuses a missing one.
const atStart = (value: string | undefined) => value
export const variables = defineEnvVars({
  AUTH_API_URL: { schema: atStart, description: "The identity API's base URL." },
  AUTH_SECRET: { schema: atStart, description: 'Seals the session cookie: 32+ characters.' },
})
