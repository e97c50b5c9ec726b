import { useAuthServer } from './auth'

// A Nitro plugin: the `@auth-state/server` instance is made when the server starts, so a missing
// or short secret, or a missing API URL, stops the start with its `invalid_input` error instead
// of failing the first request.
export default function startup(): void {
  useAuthServer()
}
