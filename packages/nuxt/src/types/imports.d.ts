// `#imports` inside Nitro: what the server runtime files use of it. Nuxt resolves the real one.
declare module '#imports' {
  export function useRuntimeConfig(event?: unknown): Record<string, unknown> & {
    authState?: Record<string, unknown>
  }
}
