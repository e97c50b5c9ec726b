// The guides' code is the example apps' code: every code block of docs/guides/{next,nuxt,
// sveltekit}.md that starts with a comment naming a file of its app must equal that file.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const GUIDES = { next: 'apps/next', nuxt: 'apps/nuxt', sveltekit: 'apps/sveltekit' }

/** ```lang\n// path\n…``` or ```lang\n<!-- path -->\n…```: [path, the code after that line]. */
function namedBlocks(markdown: string): Array<[path: string, code: string]> {
  const blocks: Array<[string, string]> = []
  for (const match of markdown.matchAll(/```\w*\n(.*?)\n```/gs)) {
    const [first, ...rest] = match[1]!.split('\n')
    const path = /^(?:\/\/|<!--)\s*([\w./+[\]-]+\.\w+)\s*(?:-->)?$/.exec(first!)?.[1]
    if (path) blocks.push([path, rest.join('\n')])
  }
  return blocks
}

describe('guides', () => {
  for (const [guide, app] of Object.entries(GUIDES)) {
    it(`docs/guides/${guide}.md shows ${app}'s files as they are`, () => {
      const blocks = namedBlocks(readFileSync(`${ROOT}docs/guides/${guide}.md`, 'utf8'))
      expect(blocks.length).toBeGreaterThanOrEqual(4)
      for (const [path, code] of blocks) {
        const file = `${ROOT}${app}/${path}`
        expect(existsSync(file), `${guide}.md names ${app}/${path}`).toBe(true)
        expect(code.trim(), `${guide}.md's ${path}`).toBe(readFileSync(file, 'utf8').trim())
      }
    })
  }
})
