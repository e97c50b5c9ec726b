/**
 * A refusal the API answers with a failure envelope. Rules throw it; whoever serves the contract
 * (the dev server, the testing kit) turns it into a response, so no rule builds one itself.
 */
export class WireError extends Error {
  readonly status: number
  readonly headers: Record<string, string>

  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message)
    this.name = 'WireError'
    this.status = status
    this.headers = headers
  }
}
