// What Nitro's `useRuntimeConfig()` answers in these tests: the config the module writes
// (module.ts), with the API's URL set per test as the env variables would.
export const config = {
  authState: {
    apiURL: '',
    secret: 'nuxt-module-test-secret-0123456789abcdef',
    proxy: ['/network/v1/'],
    basePath: '/auth',
    pages: { signIn: '/sign-in', afterSignIn: '/account' },
  },
}
export const useRuntimeConfig = () => config
