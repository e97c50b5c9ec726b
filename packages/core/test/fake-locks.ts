/**
 * An in-process stand-in for the Web Locks API (`navigator.locks`), which Node 20 lacks: exclusive
 * locks granted in request order, `signal` to stop waiting, `steal` to take over, and `query()`.
 * It lets the model runs exercise core's Web Locks path too, not only the storage lease.
 */
export function fakeLocks() {
  const holders = new Map<string, number>()
  const waiting = new Map<string, (() => void)[]>()

  const release = (name: string) => {
    const count = (holders.get(name) ?? 1) - 1
    const next = waiting.get(name)?.shift()
    if (next) return next()
    if (count > 0) holders.set(name, count)
    else holders.delete(name)
  }

  async function request<T>(
    name: string,
    ...args:
      | [(lock: unknown) => Promise<T>]
      | [{ signal?: AbortSignal; steal?: boolean }, (lock: unknown) => Promise<T>]
  ): Promise<T> {
    const [options, callback] = args.length === 1 ? [{}, args[0]] : args
    if (holders.has(name) && !options.steal) {
      await new Promise<void>((resolve, reject) => {
        const queue = waiting.get(name) ?? []
        waiting.set(name, queue)
        const grant = () => {
          options.signal?.removeEventListener('abort', abort)
          resolve()
        }
        const abort = () => {
          queue.splice(queue.indexOf(grant), 1)
          reject(options.signal?.reason)
        }
        options.signal?.addEventListener('abort', abort)
        queue.push(grant)
      })
    } else holders.set(name, (holders.get(name) ?? 0) + 1)
    try {
      return await callback({ name })
    } finally {
      release(name)
    }
  }

  return {
    request,
    query: async () => ({ held: [...holders.keys()].map((name) => ({ name })), pending: [] }),
  }
}
