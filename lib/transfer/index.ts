import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { createLocalReq } from 'payload'

import { type Id, type IdKind, idMapper, mapReferences } from './references'

/**
 * A database-neutral copy of the portal: every collection (users with their password hashes),
 * every version, every global and the uploaded files, as JSON and files in one folder. Read and
 * written through Payload's database adapter, below hooks and access control, so documents
 * arrive as stored (ids, dates, drafts, all locales) and nothing is re-derived or re-sent.
 *
 *   <dir>/manifest.json                what was exported, and from which kind of database
 *   <dir>/collections/<slug>.json      documents, all locales
 *   <dir>/versions/<slug>.json         drafts and history of versioned collections
 *   <dir>/globals/<slug>.json          globals, and globals/<slug>.versions.json
 *   <dir>/files/<slug>/…               the files of each upload collection's documents
 */
export type Manifest = {
  format: 1
  exportedAt: string
  idKind: IdKind
  collections: Record<string, { documents: number; versions: number; files: number }>
  globals: Record<string, { versions: number }>
}

type Doc = Record<string, unknown> & { id: Id }

/** Not content: lock markers, the migration log and the job queue with its statistics. */
export const SKIPPED_COLLECTIONS = [
  'payload-locked-documents',
  'payload-migrations',
  'payload-jobs',
]
export const SKIPPED_GLOBALS = ['payload-jobs-stats']

const idKindOf = (payload: Payload): IdKind =>
  payload.db.name === 'mongoose' ? 'objectid' : 'number'
const writeJson = (file: string, value: unknown) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`)
}
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T

const configOf = (payload: Payload, slug: string): SanitizedCollectionConfig | undefined =>
  payload.config.collections.find((c) => c.slug === slug)
const collectionsOf = (payload: Payload) =>
  payload.config.collections.filter((c) => !SKIPPED_COLLECTIONS.includes(c.slug))
const globalsOf = (payload: Payload) =>
  payload.config.globals.filter((g) => !SKIPPED_GLOBALS.includes(g.slug))

function uploadDir(payload: Payload, slug: string): string | null {
  const upload = configOf(payload, slug)?.upload
  if (!upload || upload.disableLocalStorage) return null
  return path.resolve(upload.staticDir || slug)
}

async function request(payload: Payload): Promise<PayloadRequest> {
  return createLocalReq({ locale: 'all' as never }, payload)
}

export async function exportData(payload: Payload, dir: string): Promise<Manifest> {
  const req = await request(payload)
  const manifest: Manifest = {
    format: 1,
    exportedAt: new Date().toISOString(),
    idKind: idKindOf(payload),
    collections: {},
    globals: {},
  }
  for (const collection of collectionsOf(payload)) {
    const { slug } = collection
    const { docs } = await payload.db.find({
      collection: slug,
      locale: 'all',
      pagination: false,
      sort: 'createdAt',
      req,
    })
    writeJson(path.join(dir, 'collections', `${slug}.json`), docs)
    let versions: unknown[] = []
    if (collection.versions) {
      ;({ docs: versions } = await payload.db.findVersions({
        collection: slug,
        locale: 'all',
        pagination: false,
        sort: 'createdAt',
        req,
      }))
      writeJson(path.join(dir, 'versions', `${slug}.json`), versions)
    }
    const files = copyFiles(filesOf(docs), uploadDir(payload, slug), path.join(dir, 'files', slug))
    manifest.collections[slug] = { documents: docs.length, versions: versions.length, files }
  }
  for (const global of globalsOf(payload)) {
    const doc = await payload.db.findGlobal({ slug: global.slug, locale: 'all', req })
    writeJson(path.join(dir, 'globals', `${global.slug}.json`), doc ?? null)
    let versions: unknown[] = []
    if (global.versions) {
      ;({ docs: versions } = await payload.db.findGlobalVersions({
        global: global.slug,
        locale: 'all',
        pagination: false,
        sort: 'createdAt',
        req,
      }))
      writeJson(path.join(dir, 'globals', `${global.slug}.versions.json`), versions)
    }
    manifest.globals[global.slug] = { versions: versions.length }
  }
  writeJson(path.join(dir, 'manifest.json'), manifest)
  return manifest
}

/** Imports an export into an empty database (any kind), keeping or translating ids. */
export async function importData(payload: Payload, dir: string): Promise<Manifest> {
  const manifest = readJson<Manifest>(path.join(dir, 'manifest.json'))
  if (manifest.format !== 1) throw new Error(`${dir}: unknown export format ${manifest.format}`)
  const req = await request(payload)
  const slugs = Object.keys(manifest.collections)
  for (const slug of slugs) {
    if (!configOf(payload, slug)) throw new Error(`no collection "${slug}" here`)
    const { totalDocs } = await payload.db.count({ collection: slug as CollectionSlug, req })
    if (totalDocs > 0) throw new Error(`the target database is not empty (${slug}: ${totalDocs})`)
  }
  const docs = Object.fromEntries(
    slugs.map((slug) => [slug, readJson<Doc[]>(path.join(dir, 'collections', `${slug}.json`))]),
  )
  const mapId = idMapper(
    Object.fromEntries(slugs.map((slug) => [slug, docs[slug].map((d) => d.id)])),
    idKindOf(payload),
  )
  const rewrite = (fields: Parameters<typeof mapReferences>[0], data: Record<string, unknown>) =>
    mapReferences(fields, data, mapId, payload.config)

  for (const slug of slugs) {
    const config = configOf(payload, slug) as SanitizedCollectionConfig
    for (const doc of docs[slug]) {
      const { id, ...data } = rewrite(config.flattenedFields, doc) as Doc
      await payload.db.create({
        collection: slug as CollectionSlug,
        customID: mapId(slug, id) as never,
        data,
        req,
        returning: false,
      })
    }
    if (config.versions && manifest.collections[slug].versions > 0) {
      for (const version of readJson<Doc[]>(path.join(dir, 'versions', `${slug}.json`))) {
        await payload.db.createVersion({
          collectionSlug: slug as CollectionSlug,
          parent: mapId(slug, version.parent as Id) as never,
          versionData: rewrite(config.flattenedFields, version.version as Doc) as never,
          ...versionStamps(version),
          req,
          returning: false,
        })
      }
    }
    copyFiles(filesOf(docs[slug]), path.join(dir, 'files', slug), uploadDir(payload, slug))
  }
  for (const global of globalsOf(payload)) {
    const file = path.join(dir, 'globals', `${global.slug}.json`)
    const stored = fs.existsSync(file) ? readJson<Doc | null>(file) : null
    if (stored && Object.keys(stored).length > 0) {
      const data: Record<string, unknown> = rewrite(global.flattenedFields, stored)
      delete data.id
      await payload.db.createGlobal({ slug: global.slug, data: { ...data }, req, returning: false })
      // createGlobal stamps its own createdAt; the stored one is put back.
      await payload.db.updateGlobal({ slug: global.slug, data, req, returning: false })
    }
    const versionsFile = path.join(dir, 'globals', `${global.slug}.versions.json`)
    if (!global.versions || !fs.existsSync(versionsFile)) continue
    for (const version of readJson<Doc[]>(versionsFile)) {
      await payload.db.createGlobalVersion({
        globalSlug: global.slug,
        versionData: rewrite(global.flattenedFields, version.version as Doc) as never,
        ...versionStamps(version),
        req,
        returning: false,
      })
    }
  }
  return manifest
}

/** The stored file of each upload document and of its resized variants. */
function filesOf(docs: Record<string, unknown>[]): string[] {
  const names = new Set<string>()
  for (const doc of docs) {
    if (typeof doc.filename === 'string') names.add(doc.filename)
    for (const size of Object.values((doc.sizes ?? {}) as Record<string, { filename?: unknown }>)) {
      if (typeof size?.filename === 'string') names.add(size.filename)
    }
  }
  return [...names]
}

/** Copies the named files; a document whose file is missing is reported, not fatal. */
function copyFiles(names: string[], from: string | null, to: string | null): number {
  if (!from || !to || names.length === 0) return 0
  fs.mkdirSync(to, { recursive: true })
  let count = 0
  for (const name of names) {
    const source = path.join(from, path.basename(name))
    if (!fs.existsSync(source)) {
      console.warn(`missing upload file ${source}`)
      continue
    }
    fs.copyFileSync(source, path.join(to, path.basename(name)))
    count++
  }
  return count
}

/** What a stored version says about itself besides its data, as the adapters take it back. */
function versionStamps(version: Doc) {
  return {
    autosave: Boolean(version.autosave),
    createdAt: version.createdAt as string,
    updatedAt: version.updatedAt as string,
    publishedLocale: version.publishedLocale as string | undefined,
    snapshot: version.snapshot as true | undefined,
  }
}
