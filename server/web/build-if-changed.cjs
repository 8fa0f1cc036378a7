#!/usr/bin/env node
// Type-checks and builds the web UI into OUT_DIR (Maven passes target/classes/parley-web) unless the
// built index.html is newer than every source file; `--force` always builds.
'use strict'

const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')

const here = __dirname
const out = path.resolve(process.argv[2] || path.join(here, '..', 'target', 'classes', 'parley-web'))
const force = process.argv.includes('--force')

function newest(p) {
  const s = fs.statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))))
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs
  } catch (e) {
    if (e.code === 'ENOENT') return -1
    throw e
  }
}

const inputs = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package-lock.json', 'build-if-changed.cjs']
const sources = Math.max(...inputs.map((f) => newest(path.join(here, f))))
if (!force && mtime(path.join(out, 'index.html')) > sources) {
  console.log(`web: ${out} up to date`)
  process.exit(0)
}

function run(label, script, args) {
  const result = spawnSync(process.execPath, [path.join(here, 'node_modules', script), ...args], { cwd: here, stdio: 'inherit' })
  if (result.error) throw result.error
  if (result.status !== 0) {
    console.error(`web: ${label} failed with status ${result.status}`)
    process.exit(result.status || 1)
  }
}

run('type check (tsc --noEmit)', 'typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json'])
run('vite build', 'vite/bin/vite.js', ['build', '--outDir', out, '--emptyOutDir'])
