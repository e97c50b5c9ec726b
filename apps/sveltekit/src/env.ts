import { defineEnvVars } from '@sveltejs/kit/env'

export const variables = defineEnvVars({
  AUTH_API_URL: {
    public: true, // the browser's client calls it; it is no secret
    description: "The identity API's base URL, read when the server starts.",
    schema: (value) => value || 'http://127.0.0.1:8787',
  },
})
