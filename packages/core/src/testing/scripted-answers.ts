import { AuthError } from '../errors'

/** The next answer of one route, replacing what the identity API would have said. */
export type ScriptedAnswer =
  | {
      status: number
      /** JSON body. Default: a failure envelope (a success one for status < 400). */
      body?: unknown
      headers?: Record<string, string>
    }
  /** The request fails as a dropped connection does (`fetch` rejects). */
  | 'network'
  /** No answer until the request is aborted, e.g. by the client's `timeoutMs`. */
  | 'stall'

/** Per path, the answers scripted by `failNext`, used first in, first out. */
export function createScript() {
  const queues = new Map<string, ScriptedAnswer[]>()

  return {
    add(path: string, answer: ScriptedAnswer) {
      if (typeof path !== 'string' || !path.startsWith('/'))
        throw new AuthError('invalid_input', 'failNext: `path` must start with "/"')
      const valid =
        answer === 'network' ||
        answer === 'stall' ||
        (typeof answer === 'object' &&
          answer !== null &&
          Number.isInteger(answer.status) &&
          answer.status >= 200 &&
          answer.status <= 599)
      if (!valid)
        throw new AuthError(
          'invalid_input',
          "failNext: the answer must be 'network', 'stall' or { status: 200..599, body? }",
        )
      const queue = queues.get(path) ?? []
      queue.push(answer)
      queues.set(path, queue)
    },
    take(path: string): ScriptedAnswer | undefined {
      return queues.get(path)?.shift()
    },
  }
}

/** A promise that settles only when `signal` aborts, with the signal's reason, as fetch does. */
export function stall(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return
    const abort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'))
    if (signal.aborted) abort()
    else signal.addEventListener('abort', abort, { once: true })
  })
}
