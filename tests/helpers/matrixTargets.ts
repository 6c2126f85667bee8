import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { type Role, roles } from '../../access/roles'
import { type Probe, TRANSLATION_LOCALE, type Who } from './accessMatrix'
import { sampleData, samplePng } from './fixtures'

/**
 * The documents the access matrix acts on, made with the server's own rights: one per kind of
 * target, and one per caller and layer where the probe deletes it.
 */
export type Target = { id: number | string; filename?: string; email?: string }
export type Users = Record<Who, TypedUser | null>
type Refs = { institution: number | string; release: number | string; submission: number | string }

export const password = 'matrix-password-correct-horse'
const later = '2099-01-01T00:00:00.000Z'
let n = 0

export const sampleCsv = () => ({
  data: Buffer.from('name,email\nAnna,anna@example.eu\n'),
  mimetype: 'text/csv',
  name: 'probe.csv',
  size: 31,
})

/** One account per role, plus a bystander whose account, locks and preferences are "other". */
export async function makeUsers(payload: Payload, tag: string) {
  const users = { anonymous: null } as Users
  const make = async (name: string, role: string) =>
    (await payload.create({
      collection: 'users',
      data: {
        email: `matrix-${name}-${tag}@example.eu`,
        password,
        roles: [role],
        languages: role === 'translator' ? [TRANSLATION_LOCALE] : [],
      } as never,
    })) as TypedUser
  // The first account always becomes an admin (firstUserIsAdmin): make the admin first.
  for (const role of ['admin', ...roles.filter((r) => r !== 'admin')] as Role[])
    users[role] = await make(role, role)
  const bystander = await make('bystander', 'editor')
  return { users, bystander }
}

/** Data for a new document of that collection and kind, owned by `owner`. */
export async function createData(
  payload: Payload,
  slug: string,
  variant: Probe['variant'],
  owner: TypedUser,
  refs: Refs,
): Promise<Record<string, unknown>> {
  const ownerRef = { relationTo: 'users', value: owner.id }
  switch (slug) {
    case 'search':
      return { title: 'Matrix probe', doc: { relationTo: 'institutions', value: refs.institution } }
    case 'exports':
      return { name: `matrix-${++n}`, collectionSlug: 'form-submissions', format: 'csv' }
    case 'imports':
      return { collectionSlug: 'form-submissions', importMode: 'create' }
    case 'payload-jobs':
      return variant === 'exportJob'
        ? {
            taskSlug: 'createCollectionExport',
            input: { collectionSlug: 'form-submissions', where: { email: { equals: 'a@b.eu' } } },
            waitUntil: later,
          }
        : {
            taskSlug: 'deleteExpiredSubmissions',
            input: {},
            queue: 'maintenance',
            waitUntil: later,
          }
    case 'payload-locked-documents': {
      const document =
        variant === 'submission'
          ? { relationTo: 'form-submissions', value: refs.submission }
          : variant === 'own'
            ? ownerRef
            : { relationTo: 'press-releases', value: refs.release }
      return { document, user: ownerRef }
    }
    case 'payload-preferences':
      return { key: `matrix-${++n}`, value: { probe: true }, user: ownerRef }
    case 'payload-migrations':
      return { name: `matrix-probe-${++n}`, batch: -1 }
    case 'payload-kv':
      return { key: `matrix-${++n}`, data: { probe: true } }
    default: {
      const data = (await sampleData(payload, slug as CollectionSlug, ++n)) as Record<
        string,
        unknown
      >
      if (variant === 'draft') data._status = 'draft'
      // GraphQL's input marks a required field with a default as required too.
      // Its institution is one the matrix never deletes.
      if (slug === 'form-submissions')
        Object.assign(data, { status: 'new', institution: refs.institution })
      return data
    }
  }
}

/** A change to the translated text, in TRANSLATION_LOCALE (the `translation` variant). */
const translationChange: Record<string, Record<string, unknown>> = {
  'press-releases': { title: 'Pakeista' },
  events: { title: 'Pakeista' },
  opportunities: { title: 'Pakeista' },
  pages: { title: 'Pakeista' },
  institutions: { summary: 'Pakeista' },
  flagships: { tagline: 'Pakeista', summary: 'Pakeista' },
  partners: { description: 'Pakeista' },
  home: { hero: { title: 'Pakeista', missionLine: 'Eilutė' } },
  site: { contact: { intro: 'Pakeista' } },
}

/** The locale a probe acts in: its translation variant's, otherwise the default. */
export const localeOf = (probe: Pick<Probe, 'variant'>) =>
  probe.variant === 'translation' ? TRANSLATION_LOCALE : undefined

/** A change each collection accepts from whoever may update it. */
export const updateData = (slug: string, variant?: Probe['variant']): Record<string, unknown> =>
  ((variant === 'translation' && translationChange[slug]) ||
    {
      users: { name: 'Changed' },
      'form-submissions': { status: 'answered' },
      media: { alt: 'Changed' },
      'press-releases': { title: 'Changed' },
      pages: { title: 'Changed' },
      events: { title: 'Changed' },
      opportunities: { title: 'Changed' },
      institutions: { order: 5 },
      flagships: { order: 5 },
      partners: { order: 5 },
      terms: { note: 'Changed' },
      search: { title: 'Changed' },
      exports: { name: 'Changed' },
      'payload-jobs': { queue: 'changed' },
      'payload-preferences': { value: { changed: true } },
      'payload-migrations': { batch: -2 },
      'payload-kv': { data: { changed: true } },
    }[slug]) ??
  {}

/** A valid change to a global (the home page's opening is required). */
export const globalUpdate = (slug: string, variant?: Probe['variant']): Record<string, unknown> =>
  (variant === 'translation' && translationChange[slug]) ||
  (slug === 'home' ? { hero: { title: 'Matrix probe', missionLine: 'Line' } } : {})

/** The file an upload collection's documents are created with. */
export const fileFor = async (slug: string) => (slug === 'media' ? samplePng() : sampleCsv())

/** Whom a probe's target belongs to: the caller for "own", the bystander otherwise. */
export const ownerOf = (probe: Probe, users: Users, bystander: TypedUser) =>
  (probe.variant === 'own' && users[probe.who]) || bystander

export const targetKey = (probe: Probe, layer: string) =>
  [
    probe.slug,
    probe.variant,
    probe.variant === 'own' ? probe.who : '',
    probe.op === 'delete' ? `${layer}:${probe.who}` : '',
  ].join('|')

const needsTarget = (probe: Probe) =>
  probe.entity === 'collection' &&
  probe.expected !== 'not exposed' &&
  !['create', 'upload', 'admin'].includes(probe.op)

/** Makes every target the probes of these layers act on; keyed by `targetKey`. */
export async function makeTargets(
  payload: Payload,
  probes: Probe[],
  layers: string[],
  users: Users,
  bystander: TypedUser,
) {
  const institution = await payload.create({
    collection: 'institutions',
    data: (await sampleData(payload, 'institutions', ++n)) as never,
  })
  const refs: Refs = {
    institution: institution.id,
    release: (
      await payload.create({
        collection: 'press-releases',
        data: (await sampleData(payload, 'press-releases', ++n)) as never,
      })
    ).id,
    submission: (
      await payload.create({
        collection: 'form-submissions',
        data: (await sampleData(payload, 'form-submissions', ++n)) as never,
      })
    ).id,
  }
  const targets = new Map<string, Target>()
  for (const layer of layers)
    for (const probe of probes.filter(needsTarget)) {
      const key = targetKey(probe, layer)
      if (targets.has(key)) continue
      const owner = ownerOf(probe, users, bystander)
      targets.set(key, await makeTarget(payload, probe, owner, refs))
    }
  return { targets, refs }
}

async function makeTarget(
  payload: Payload,
  probe: Probe,
  owner: TypedUser,
  refs: Refs,
): Promise<Target> {
  const { slug, variant } = probe
  if (slug === 'users') {
    const account =
      variant === 'own'
        ? owner
        : ((await payload.create({
            collection: 'users',
            data: (await sampleData(payload, 'users', ++n)) as never,
          })) as TypedUser)
    return { id: account.id, email: account.email ?? undefined }
  }
  const upload = Boolean(payload.collections[slug as CollectionSlug].config.upload)
  const doc = (await payload.create({
    collection: slug as CollectionSlug,
    data: (await createData(payload, slug, variant, owner, refs)) as never,
    file: upload ? await fileFor(slug) : undefined,
    draft: variant === 'draft',
    // Preferences take their owner from the request's user.
    user: owner,
  })) as { id: number | string; filename?: string }
  return { id: doc.id, filename: doc.filename ?? undefined }
}
