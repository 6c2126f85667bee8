import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { sampleData, samplePng } from '../helpers/fixtures'
import { all, E, matrix, type Op, type Who } from '../helpers/accessMatrix'
import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
const users = {} as Record<Who, TypedUser | null>
let n = 0

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('access'))
  const make = (email: string, roles: string[]) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery-staple', roles } as never,
    }) as Promise<TypedUser>
  users.admin = await make('admin@example.eu', ['admin'])
  users.editor = await make('editor@example.eu', ['editor'])
  users.reviewer = await make('reviewer@example.eu', ['reviewer'])
  users.anonymous = null
  await payload.create({
    collection: 'institutions',
    data: (await sampleData(payload, 'institutions', 0)) as never,
  })
}, 120_000)
afterAll(() => stop?.())

const denied = (error: unknown) => {
  const status = (error as { status?: number }).status
  if (status === 403 || status === 404 || status === 401) return false
  throw error
}
const attempt = (run: () => Promise<unknown>) => run().then(() => true, denied)

async function fixture(collection: CollectionSlug, draft = false) {
  const data = (await sampleData(payload, collection, ++n)) as Record<string, unknown>
  if (draft) data._status = 'draft'
  const file = collection === 'media' ? await samplePng() : undefined
  return payload.create({ collection, data: data as never, file, draft })
}

async function perform(op: Op, collection: CollectionSlug, who: Who) {
  const user = users[who]
  const asUser = { overrideAccess: false, user } as const
  switch (op) {
    case 'create': {
      const data = await sampleData(payload, collection, ++n)
      const file = collection === 'media' ? await samplePng() : undefined
      return attempt(() => payload.create({ collection, data: data as never, file, ...asUser }))
    }
    case 'read': {
      // Another user's account for users; any existing document otherwise.
      const target = await fixture(collection)
      return attempt(() => payload.findByID({ collection, id: target.id, ...asUser }))
    }
    case 'readDrafts': {
      const target = await fixture(collection, true)
      return attempt(() => payload.findByID({ collection, id: target.id, draft: true, ...asUser }))
    }
    case 'update': {
      const target = await fixture(collection)
      const change =
        collection === 'users'
          ? { name: 'Changed' }
          : collection === 'form-submissions'
            ? { status: 'answered' }
            : collection === 'media'
              ? { alt: 'Changed' }
              : { order: 5 }
      const patch =
        collection === 'press-releases' || collection === 'pages' ? { title: 'Changed' } : change
      return attempt(() =>
        payload.update({ collection, id: target.id, data: patch as never, ...asUser }),
      )
    }
    case 'delete': {
      const target = await fixture(collection)
      return attempt(() => payload.delete({ collection, id: target.id, ...asUser }))
    }
  }
}

const cells = Object.entries(matrix).flatMap(([collection, ops]) =>
  Object.entries(ops).flatMap(([op, allowed]) =>
    all.map((who) => [collection, op, who, allowed!.includes(who)] as const),
  ),
)

describe('access matrix: role × collection × operation (local API, overrideAccess: false)', () => {
  it.each(cells)('%s %s by %s → allowed: %s', async (collection, op, who, allowed) => {
    await expect(perform(op as Op, collection as CollectionSlug, who)).resolves.toBe(allowed)
  })

  it.each(['home', 'site'] as const)(
    'global %s: everyone reads, only editors and admins update',
    async (slug) => {
      for (const who of all) {
        const asUser = { overrideAccess: false, user: users[who] } as const
        await expect(attempt(() => payload.findGlobal({ slug, ...asUser }))).resolves.toBe(true)
        const data = slug === 'home' ? { hero: { title: `By ${who}`, missionLine: 'Line' } } : {}
        await expect(
          attempt(() => payload.updateGlobal({ slug, data: data as never, ...asUser })),
        ).resolves.toBe(E.includes(who))
      }
    },
  )

  it('hides drafts from visitors in lists, in every locale', async () => {
    const draft = await fixture('press-releases', true)
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

  it('lets staff read their own account but never lists others to them', async () => {
    for (const who of ['editor', 'reviewer'] as const) {
      const own = users[who]!
      const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: own })
      expect(docs.map((d) => d.id)).toEqual([own.id])
    }
    await expect(
      attempt(() => payload.find({ collection: 'users', overrideAccess: false, user: null })),
    ).resolves.toBe(false)
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
