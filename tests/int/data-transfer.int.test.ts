import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { seed } from '@/seed'
import { exportData } from '@/lib/transfer'

import sharp from 'sharp'
import { startPayload } from '../helpers/payload'

/**
 * SQLite → SQLite through the export folder, with real files: the portal's seed content, a
 * staff account, an image with its resized variants, a draft and a global's history. The
 * target is a fresh database in another working directory (so uploads land elsewhere); the
 * target is exported again and both exports must be equal.
 */
let payload: Payload
let stop: () => Promise<void>
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-transfer-'))
const repo = process.cwd()
const first = path.join(work, 'export-1')
const second = path.join(work, 'export-2')
const target = path.join(work, 'target')

/** Runs the CLI as an operator would, in the target's own directory and database. */
const runCli = (command: 'import' | 'export', dir: string) =>
  spawnSync(
    'node',
    [path.join(repo, 'scripts/ts.mjs'), path.join(repo, 'scripts/data-transfer.ts'), command, dir],
    {
      cwd: target,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'development',
        DATABASE_URI: `file:${path.join(target, 'heroes.db')}`,
      },
      encoding: 'utf8',
      timeout: 240_000,
    },
  )

function transfer(command: 'import' | 'export', dir: string) {
  const run = runCli(command, dir)
  const done = command === 'import' ? 'Imported from' : 'Exported to'
  // Payload's log lines may be flushed after the CLI's last line: look through all the output,
  // and show only its end when the line is missing.
  const output = `${run.stdout}\n${run.stderr}`
  expect({ status: run.status, done: output.includes(done) ? done : output.slice(-1500) }).toEqual({
    status: 0,
    done,
  })
}

const readJson = (dir: string, file: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort()
    : []

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('transfer'))
  await seed(payload)
  await payload.create({
    collection: 'users',
    data: {
      email: 'editor@example.eu',
      password: 'correct-horse-battery-staple',
      roles: ['editor'],
    },
  })
  // Wide enough for every resized variant (thumbnail, card, hero): four files in all.
  const png = await sharp({ create: { width: 1700, height: 40, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()
  const file = { data: png, mimetype: 'image/png', name: 'banner.png', size: png.length }
  await payload.create({ collection: 'media', data: { alt: 'A red banner' }, file })
  const { docs } = await payload.find({ collection: 'press-releases', limit: 1 })
  await payload.update({
    collection: 'press-releases',
    id: docs[0].id,
    data: { title: 'A draft title, not yet published' },
    draft: true,
  })
  await exportData(payload, first)
  // The target's working directory: the CLI resolves its loader from node_modules here.
  fs.mkdirSync(target)
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(target, 'node_modules'))
  transfer('import', first)
  transfer('export', second)
}, 600_000)

afterAll(async () => {
  await stop?.()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('export and import (SQLite → SQLite)', () => {
  it('exports every content collection and global, with what the source holds', () => {
    const manifest = readJson(first, 'manifest.json')
    const expected = payload.config.collections
      .map((c) => c.slug)
      .filter(
        (s) => !['payload-locked-documents', 'payload-migrations', 'payload-jobs'].includes(s),
      )
    expect(Object.keys(manifest.collections).sort()).toEqual(expected.sort())
    expect(Object.keys(manifest.globals).sort()).toEqual(['home', 'site'])
    expect(manifest.collections.institutions.documents).toBe(9)
    expect(manifest.collections.users.documents).toBe(1)
    expect(manifest.collections.media).toMatchObject({ documents: 1, files: 4 })
    expect(manifest.collections['press-releases'].versions).toBeGreaterThan(1)
  })

  it('brings every collection across equal, users with their password hashes', () => {
    const manifest = readJson(first, 'manifest.json')
    for (const slug of Object.keys(manifest.collections)) {
      const file = `collections/${slug}.json`
      expect({ slug, docs: readJson(second, file) }).toEqual({ slug, docs: readJson(first, file) })
    }
    const [user] = readJson(second, 'collections/users.json')
    // The first account of a fresh database is made an admin (collections/Users).
    expect(user).toMatchObject({ email: 'editor@example.eu', roles: ['admin'] })
    // The stored password hash travels (so the password keeps working), never a password.
    expect(user.hash).toMatch(/^\S{40,}$/)
    expect(user.salt).toMatch(/^\S{20,}$/)
    expect(JSON.stringify(readJson(second, 'collections/users.json'))).not.toContain(
      'correct-horse-battery-staple',
    )
  })

  it('brings drafts and history across (new version ids, same content)', () => {
    const withoutIds = (versions: Record<string, unknown>[]) =>
      versions.map((version) => ({ ...version, id: undefined }))
    for (const file of ['versions/press-releases.json', 'versions/pages.json']) {
      expect(withoutIds(readJson(second, file))).toEqual(withoutIds(readJson(first, file)))
    }
    const drafts = readJson(second, 'versions/press-releases.json')
    expect(drafts.at(-1).version.title.en).toBe('A draft title, not yet published')
  })

  it('brings the globals across equal', () => {
    for (const slug of ['home', 'site']) {
      expect(readJson(second, `globals/${slug}.json`)).toEqual(
        readJson(first, `globals/${slug}.json`),
      )
    }
  })

  it('copies every uploaded file, byte for byte, into the target’s upload folder', () => {
    const exported = filesUnder(path.join(first, 'files/media'))
    expect(exported).toHaveLength(4)
    expect(filesUnder(path.join(target, 'data/media'))).toEqual(exported)
    for (const name of exported) {
      const original = fs.readFileSync(path.join(first, 'files/media', name))
      expect(fs.readFileSync(path.join(target, 'data/media', name)).equals(original)).toBe(true)
    }
  })

  it('refuses to import into a database that already has content', () => {
    const run = runCli('import', first)
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/not empty/)
  }, 250_000)
})
