// The guides' code is the example apps' code: every code block of docs/guides/{next,nuxt,
// sveltekit,react-router}.md that starts with a comment naming a file of its app must equal that
// file. And their install lines pin the versions the apps were tested with: each package
// `name@x.y.z`, the very version installed in the app.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const GUIDES = {
  next: 'apps/next',
  nuxt: 'apps/nuxt',
  sveltekit: 'apps/sveltekit',
  'react-router': 'apps/react-router',
}

/**
 * ```lang\n// path\n…``` or ```lang\n<!-- path -->\n…```: [path, the code after that line]. A path
 * may hold `$` (React Router's splat routes: `app/routes/auth.$.ts`).
 */
function namedBlocks(markdown: string): Array<[path: string, code: string]> {
  const blocks: Array<[string, string]> = []
  for (const match of markdown.matchAll(/```\w*\n(.*?)\n```/gs)) {
    const [first, ...rest] = match[1]!.split('\n')
    const path = /^(?:\/\/|<!--)\s*([\w./+[\]$-]+\.\w+)\s*(?:-->)?$/.exec(first!)?.[1]
    if (path) blocks.push([path, rest.join('\n')])
  }
  return blocks
}

/** The packages of every install line (`npm install …`, `pnpm add …`) of a guide's shell blocks. */
function installed(markdown: string): string[] {
  const specs: string[] = []
  for (const match of markdown.matchAll(/```(?:sh|bash|shell)\n(.*?)\n```/gs))
    for (const line of match[1]!.split('\n')) {
      const words = /^(?:npm (?:install|i)|pnpm add|yarn add|bun add)\s+(.*)$/.exec(line.trim())
      if (words) specs.push(...words[1]!.split(/\s+/).filter((word) => !word.startsWith('-')))
    }
  return specs
}

/** The version of `name` that `app` resolves: its own node_modules, as pnpm links it. */
function versionIn(app: string, name: string): string | null {
  const local = name.startsWith('@auth-state/')
    ? `${ROOT}packages/${name.slice('@auth-state/'.length)}/package.json`
    : `${ROOT}${app}/node_modules/${name}/package.json`
  return existsSync(local) ? (JSON.parse(readFileSync(local, 'utf8')).version as string) : null
}

describe('guides', () => {
  for (const [guide, app] of Object.entries(GUIDES)) {
    it(`docs/guides/${guide}.md pins the versions ${app} was tested with`, () => {
      const specs = installed(readFileSync(`${ROOT}docs/guides/${guide}.md`, 'utf8'))
      expect(specs.length, `${guide}.md has an install line`).toBeGreaterThan(0)
      for (const spec of specs) {
        const at = spec.lastIndexOf('@')
        const [name, version] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, '']
        expect(version, `${guide}.md pins ${name} (x.y.z)`).toMatch(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/)
        expect(version, `${guide}.md's ${name} is the version ${app} runs`).toBe(
          versionIn(app, name),
        )
      }
    })
  }

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
