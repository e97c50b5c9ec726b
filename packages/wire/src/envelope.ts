/** The wire shape of every JSON response of the identity API. */
export interface Envelope<T extends object = Record<string, unknown>> {
  status: boolean
  data: T
  /** Human text: never something a client should branch on. */
  message: string
}

export function success<T extends object>(data: T, message = 'OK'): Envelope<T> {
  return { status: true, data, message }
}

export function failure(message: string): Envelope {
  return { status: false, data: {}, message }
}
