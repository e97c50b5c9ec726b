import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const entry = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url))

describe('web-standard only', () => {
  for (const name of ['index', 'redis'])
    it(`${name}: bundles for a neutral platform with no node: import and no Node global`, async () => {
      const result = await build({
        entryPoints: [entry(name)],
        bundle: true,
        write: false,
        platform: 'neutral',
        format: 'esm',
        mainFields: ['module', 'main'],
        conditions: ['import', 'default'],
        // The Redis client is the app's, passed in: only its types are imported.
        external: ['ioredis'],
        logLevel: 'silent',
        metafile: true,
      })
      const code = result.outputFiles[0]!.text
      const inputs = Object.keys(result.metafile.inputs)
      expect(inputs.filter((path) => path.startsWith('node:'))).toEqual([])
      expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/)
      expect(code).not.toMatch(/\b(?:Buffer|process)\.\w/)
      expect(code).not.toMatch(/from\s*["']ioredis["']/)
    })
})
