import { describe, expect, it, vi } from 'vitest'
import { readCapped, readText } from './body'
import { readCapped as fromServerEntry } from './server/index'

// A body that arrives in `chunks` pieces of `size` bytes, and says whether it was cancelled.
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  const state = { pulled: 0, cancelled: false }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled++ === chunks) controller.close()
      else controller.enqueue(new Uint8Array(size).fill(120))
    },
    cancel() {
      state.cancelled = true
    },
  })
  return { state, response: new Response(body, { headers }) }
}

describe('readCapped', () => {
  it('is the reader @auth-state/core/server exports for @auth-state/server', () => {
    expect(fromServerEntry).toBe(readCapped)
  })

  it('reads a body under the cap whole', async () => {
    const abort = vi.fn()
    const { response } = streamed(3, 1000)
    const body = await readCapped(response, 3000, abort)
    expect(new Uint8Array(await body!.arrayBuffer())).toEqual(new Uint8Array(3000).fill(120))
    expect(abort).not.toHaveBeenCalled()
    expect((await readCapped(new Response(null), 10, abort))?.size).toBe(0)
  })

  it('stops a streamed body past the cap: undefined, the read cancelled, the connection aborted', async () => {
    const abort = vi.fn()
    const { state, response } = streamed(1000, 1000)
    expect(await readCapped(response, 2500, abort)).toBeUndefined()
    expect(abort).toHaveBeenCalledOnce()
    expect(state.cancelled).toBe(true)
    expect(state.pulled).toBeLessThan(10)
  })

  it('reads nothing when Content-Length is already over the cap', async () => {
    const abort = vi.fn()
    const { state, response } = streamed(1, 10, { 'content-length': '5000' })
    expect(await readCapped(response, 4096, abort)).toBeUndefined()
    expect(abort).toHaveBeenCalledOnce()
    expect(state.pulled).toBeLessThanOrEqual(1)
  })

  it('readText decodes what it read, and past the cap is invalid_response with the status', async () => {
    const text = new Response('héllo ✓')
    expect(await readText(text, 100, () => {}, '[GET] /x')).toBe('héllo ✓')
    const { response } = streamed(10, 1024)
    await expect(readText(response, 4096, () => {}, '[GET] /x')).rejects.toMatchObject({
      code: 'invalid_response',
      status: 200,
      message: '[GET] /x: 200 response over 4 KiB',
    })
  })
})
