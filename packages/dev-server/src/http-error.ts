/**
 * Thrown by handlers and helpers; the app's error handler turns it into the envelope, so a
 * route never has to build a failure response itself and nothing else leaks out.
 */
export class HttpError extends Error {
  readonly status: number
  readonly headers: Record<string, string>

  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.headers = headers
  }
}
