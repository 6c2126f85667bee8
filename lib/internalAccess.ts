import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { isAdmin, nobody, userHasRole } from '../access/roles'
import { translatorLanguages } from './translation/access'

/**
 * Payload adds its own collections and globals while it sanitizes the config, after every plugin
 * has run, and gives most of them to any signed-in account: an editor could list the migrations,
 * rewrite the job statistics, or read and delete the edit locks on contact submissions. Their
 * access is set here on the finished config, as narrow as the admin panel allows.
 */
export async function withInternalAccess(config: Promise<SanitizedConfig>) {
  const sanitized = await config
  const access = (slug: string) => sanitized.collections.find((c) => c.slug === slug)?.access
  const locks = access('payload-locked-documents')
  if (locks) Object.assign(locks, { read: ownLocks, update: ownLocks, delete: ownLocks, create })
  // Payload's migrations run with the server's own rights; admins may look, nobody may write.
  const migrations = access('payload-migrations')
  if (migrations)
    Object.assign(migrations, { read: isAdmin, create: nobody, update: nobody, delete: nobody })
  // Payload keeps the scheduler's bookkeeping itself through the database adapter.
  const stats = sanitized.globals.find((g) => g.slug === 'payload-jobs-stats')
  if (stats) Object.assign(stats.access, { read: isAdmin, update: nobody })
  return sanitized
}

/**
 * Where a user may edit without condition. Lock entries on those (and on their own account)
 * are theirs to see and release: the admin's document view reads, updates and deletes them over
 * REST, and creates them itself through the database.
 */
async function editable(req: PayloadRequest) {
  // A translator edits in their languages only, which the admin's lock requests do not name.
  const asLocales = [req, ...translatorLanguages(req.user).map((locale) => ({ ...req, locale }))]
  const may = async (update: Access | undefined) => {
    for (const asReq of asLocales)
      if (update && (await update({ req: asReq as PayloadRequest })) === true) return true
    return false
  }
  const collections: string[] = []
  for (const { config } of Object.values(req.payload.collections))
    if (config.slug !== 'payload-locked-documents' && (await may(config.access.update)))
      collections.push(config.slug)
  const globals: string[] = []
  for (const global of req.payload.config.globals)
    if (await may(global.access.update)) globals.push(global.slug)
  return { collections, globals }
}

const ownLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  const { collections, globals } = await editable(req)
  const or: Where[] = [
    {
      and: [
        { 'document.relationTo': { equals: req.user.collection } },
        { 'document.value': { equals: req.user.id } },
      ],
    },
  ]
  // Payload queries a polymorphic relation's collection with `equals` only.
  for (const slug of collections) or.push({ 'document.relationTo': { equals: slug } })
  if (globals.length) or.push({ globalSlug: { in: globals } })
  return { or }
}

type LockData = { document?: { relationTo?: string; value?: unknown }; globalSlug?: string }

const create: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  const { document, globalSlug } = (data ?? {}) as LockData
  const { collections, globals } = await editable(req)
  if (globalSlug) return globals.includes(globalSlug)
  if (!document?.relationTo) return false
  const own =
    document.relationTo === req.user.collection && String(document.value) === String(req.user.id)
  return own || collections.includes(document.relationTo)
}
