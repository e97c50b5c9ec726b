import { type BuildOptions, build } from 'esbuild'

/**
 * Bundles `contents` (an entry written as source, resolved from core's folder) as an app's build
 * would, and says which of core's files (and dependencies) put bytes in the output: the proof
 * that an entry carries, or leaves out, a piece of code.
 */
export async function bundleOf(contents: string, options: BuildOptions = {}) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    ...options,
    write: false,
    metafile: true,
  })
  const [output] = Object.values(result.metafile!.outputs)
  const inputs = Object.entries(output!.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path)
  return { code: result.outputFiles![0]!.text, inputs }
}
