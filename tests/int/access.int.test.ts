import { type CollectionSlug, createLocalReq, getAccessResults, type Payload } from 'payload'

import {
  coverageProblems,
  NOT_EXPOSED,
  type Probe,
  probeName,
  probes,
} from '../helpers/accessMatrix'
import {
  createData,
  fileFor,
  makeTargets,
  makeUsers,
  ownerOf,
  type Target,
  targetKey,
  globalUpdate,
  localeOf,
  updateData,
  type Users,
} from '../helpers/matrixTargets'
import { startPayload } from '../helpers/payload'

/**
 * The access matrix (tests/helpers/accessMatrix.ts) through the local API with
 * `overrideAccess: false`, as the site's and the admin's server code calls it. REST and GraphQL
 * over HTTP: tests/e2e/access-matrix.e2e.ts.
 */
let payload: Payload
let stop: () => Promise<void>
let users: Users
let bystander: Users['admin']
let targets: Map<string, Target>
let refs: Awaited<ReturnType<typeof makeTargets>>['refs']
const all = probes()

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('access'))
  ;({ users, bystander } = await makeUsers(payload, 'local'))
  ;({ targets, refs } = await makeTargets(payload, all, ['local'], users, bystander!))
}, 300_000)
afterAll(() => stop?.())

const refused = (error: unknown) => {
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403 || status === 404) return false
  if (fileRefused(error)) return false
  throw error
}
/** A content check refusing the file itself (a 400 on the `file` field) refuses an upload too. */
const fileRefused = (error: unknown) =>
  (error as { status?: number }).status === 400 &&
  ((error as { data?: { errors?: { path?: string }[] } }).data?.errors ?? []).some(
    (e) => e.path === 'file',
  )
/** Allowed: it ran and `ok` says it gave the data; refused: 401/403/404 or `ok` says nothing. */
const attempt = (run: () => Promise<unknown>, ok: (r: never) => boolean = () => true) =>
  run().then((result) => ok(result as never), refused)
/** What Payload does not offer must not run at all. */
const absent = (run: () => Promise<unknown>) =>
  run().then(
    () => true,
    () => NOT_EXPOSED,
  )

async function perform(p: Probe): Promise<boolean | typeof NOT_EXPOSED> {
  const user = users[p.who]
  const as = { overrideAccess: false, user } as const
  const target = () => targets.get(targetKey(p, 'local'))!
  if (p.entity === 'global') {
    const slug = p.slug as never
    if (p.op === 'read') return attempt(() => payload.findGlobal({ slug, ...as }))
    if (p.op === 'update')
      return attempt(() =>
        payload.updateGlobal({
          slug,
          data: globalUpdate(p.slug, p.variant) as never,
          locale: localeOf(p),
          ...as,
        }),
      )
    return absent(() => payload.findGlobalVersions({ slug, ...as }))
  }
  const collection = p.slug as CollectionSlug
  const exposed = p.expected !== NOT_EXPOSED
  switch (p.op) {
    case 'read':
      return attempt(
        () =>
          payload.findByID({ collection, id: target().id, draft: p.variant === 'draft', ...as }),
        (doc: { id: unknown }) => doc.id === target().id,
      )
    case 'create':
    case 'upload': {
      const owner = ownerOf(p, users, bystander!)
      const data = await createData(payload, p.slug, p.variant, owner, refs)
      const upload = Boolean(payload.collections[collection].config.upload)
      const { upload: options } = payload.collections[collection].config
      const withFile = p.op === 'upload' || (upload && options.filesRequiredOnCreate !== false)
      if (!exposed) return upload ? true : NOT_EXPOSED
      const file = withFile ? await fileFor(p.slug) : undefined
      return attempt(() => payload.create({ collection, data: data as never, file, ...as }))
    }
    case 'update':
      return attempt(() =>
        payload.update({
          collection,
          id: target().id,
          data: updateData(p.slug, p.variant) as never,
          locale: localeOf(p),
          // Translators save drafts (approving publishes: lib/translation/approve.ts).
          draft: p.variant === 'translation' || undefined,
          ...as,
        }),
      )
    case 'delete':
      return attempt(() => payload.delete({ collection, id: target().id, ...as }))
    case 'readVersions': {
      if (!exposed) return absent(() => payload.findVersions({ collection, ...as }))
      const where = { parent: { equals: target().id } }
      return attempt(
        () => payload.findVersions({ collection, where, ...as }),
        (r: { docs: unknown[] }) => r.docs.length > 0,
      )
    }
    case 'unlock': {
      if (!exposed)
        return absent(() => payload.unlock({ collection, data: { email: 'x@example.eu' }, ...as }))
      const email = target().email!
      return attempt(() => payload.unlock({ collection, data: { email }, ...as }))
    }
    case 'admin': {
      if (!exposed)
        return (payload.collections[collection].config.access as { admin?: unknown }).admin
          ? true
          : NOT_EXPOSED
      const req = await createLocalReq({ user: user ?? undefined }, payload)
      return Boolean((await getAccessResults({ req })).canAccessAdmin)
    }
    case 'download': {
      // What GET /api/<slug>/file/<name> asks before it sends the file (checkFileAccess).
      if (!exposed) return payload.collections[collection].config.upload ? true : NOT_EXPOSED
      const where = { filename: { equals: target().filename } }
      return attempt(
        () => payload.find({ collection, where, ...as }),
        (r: { docs: unknown[] }) => r.docs.length === 1,
      )
    }
  }
  throw new Error(`no way to probe ${p.op}`)
}

describe('access matrix: every collection and global × caller × operation (local API)', () => {
  it('answers for every collection, global, role and operation of the running config', () => {
    expect(coverageProblems(payload.config)).toEqual([])
  })

  it.each(all.map((p) => [probeName(p), p] as const))('%s', async (_name, p) => {
    await expect(perform(p)).resolves.toBe(p.expected)
  })
})

describe('access beyond single documents', () => {
  it('hides drafts from visitors in lists, in every locale', async () => {
    const draft = await payload.create({
      collection: 'press-releases',
      data: (await createData(payload, 'press-releases', 'draft', bystander!, refs)) as never,
      draft: true,
    })
    for (const locale of ['en', 'de', 'cs'] as const) {
      const { docs } = await payload.find({
        collection: 'press-releases',
        locale,
        overrideAccess: false,
        draft: true,
      })
      expect(docs.map((d) => d.id)).not.toContain(draft.id)
    }
  })

  it('lets staff list their own account and their colleagues’ by role, never others', async () => {
    const { docs: all } = await payload.find({ collection: 'users', limit: 0, depth: 0 })
    const withRole = (...roles: string[]) =>
      all.filter((u) => u.roles?.some((r) => roles.includes(r))).map((u) => u.id)
    // Editors see the authors (editors, admins); reviewers the reviewers they may assign to.
    const expected = { editor: withRole('editor', 'admin'), reviewer: withRole('reviewer') }
    for (const who of ['editor', 'reviewer'] as const) {
      const own = users[who]!
      const { docs } = await payload.find({
        collection: 'users',
        overrideAccess: false,
        user: own,
        limit: 0,
      })
      expect(docs.map((d) => d.id).sort()).toEqual([...expected[who]].sort())
      expect(docs.map((d) => d.id)).toContain(own.id)
    }
    expect(expected.reviewer).not.toContain(users.editor!.id)
    await expect(
      payload.find({ collection: 'users', overrideAccess: false, user: null }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('never lets a non-admin grant themselves a role', async () => {
    const editor = users.editor!
    await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['admin'] } as never,
      overrideAccess: false,
      user: editor,
    })
    const after = await payload.findByID({ collection: 'users', id: editor.id })
    expect(after.roles).toEqual(['editor'])
  })
})
