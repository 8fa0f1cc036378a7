#!/usr/bin/env node
// Runs `npm ci` in the current folder when node_modules is missing or older than package-lock.json, so that
// repeated Maven builds do not reinstall. npm's own cache (~/.npm) keeps a fresh install offline-capable after
// the first. Used by the gazetteer's and the web UI's Maven builds: node npm-ci-if-missing.cjs LABEL, run in
// the npm project's folder; LABEL starts its messages.
'use strict'

const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')

const here = process.cwd()
const label = process.argv[2] || path.basename(here)
const installed = path.join(here, 'node_modules', '.package-lock.json')
const lock = path.join(here, 'package-lock.json')

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs
  } catch (e) {
    if (e.code === 'ENOENT') return -1
    throw e
  }
}

if (mtime(installed) >= mtime(lock)) {
  console.log(`${label}: node_modules up to date`)
  process.exit(0)
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' })
if (result.error && result.error.code === 'ENOENT') {
  console.error(`${label}: npm is not installed; install Node.js and npm (Debian/Ubuntu: apt-get install nodejs npm)`)
  process.exit(1)
}
if (result.error) throw result.error
if (result.status !== 0) {
  console.error(`${label}: npm ci failed with status ${result.status}`)
  process.exit(result.status || 1)
}
