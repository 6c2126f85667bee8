import type { PayloadRequest } from 'payload'

import { pressTags } from '../../../lib/cacheTags'
import { PRESS_PAGE_SIZE } from '../../../lib/pressPaging'

export type ReleaseState = {
  id: number | string
  _status?: string | null
  publishedAt?: string | null
  createdAt?: string | null
  slug?: unknown
}

/** "2024-03" for a date, the month of the sitemap part that lists it. */
export const monthOf = (date: string | null | undefined) => (date ? date.slice(0, 7) : null)

/**
 * Runs a local-API read inside the save's transaction. The local API sets the `req` it is given
 * to the locale it reads: hooks after this one (the search plugin's index) read `req.locale`, so
 * the save's own locale is put back.
 */
async function inSave<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    Object.assign(req, { locale, fallbackLocale })
  }
}

/** The list page a published release is on: 1 + how many published ones come before it. */
async function listPageOf(req: PayloadRequest, release: ReleaseState): Promise<number> {
  const { publishedAt, createdAt } = release
  const { totalDocs } = await inSave(req, () =>
    req.payload.count({
      collection: 'press-releases',
      req,
      where: {
        and: [
          { _status: { equals: 'published' } },
          {
            or: [
              { publishedAt: { greater_than: publishedAt } },
              {
                and: [
                  { publishedAt: { equals: publishedAt } },
                  { createdAt: { greater_than: createdAt } },
                ],
              },
            ],
          },
        ],
      },
    }),
  )
  return Math.floor(totalDocs / PRESS_PAGE_SIZE) + 1
}

/**
 * What a change to one release makes stale: its pages under every slug it had or has, and its
 * sitemap month(s). An edit that keeps it published on the same date expires only the list page
 * it is on; one that adds, removes or re-dates it shifts every list page (and may add or empty a
 * month), so those are expired together.
 */
export async function pressTagsFor(
  req: PayloadRequest,
  before: ReleaseState | null,
  after: ReleaseState | null,
  slugs: string[],
): Promise<string[]> {
  const tags = new Set(slugs.filter(Boolean).map(pressTags.slug))
  for (const month of [monthOf(before?.publishedAt), monthOf(after?.publishedAt)])
    if (month) tags.add(pressTags.sitemapMonth(month))
  const listedBefore = before?._status === 'published'
  const listedAfter = after?._status === 'published'
  if (listedBefore && listedAfter && before.publishedAt === after.publishedAt) {
    tags.add(pressTags.listPage(await listPageOf(req, after)))
  } else if (listedBefore || listedAfter) {
    tags.add(pressTags.lists)
    tags.add(pressTags.sitemapIndex)
  }
  return [...tags]
}

/** A release's (or another document's with a localized slug) slug in every locale, as stored now. */
export async function storedSlugs(
  req: PayloadRequest,
  id: number | string,
  collection: 'press-releases' | 'events' = 'press-releases',
): Promise<string[]> {
  const { docs } = await inSave(req, () =>
    req.payload.find({
      collection,
      where: { id: { equals: id } },
      locale: 'all',
      depth: 0,
      limit: 1,
      pagination: false,
      req,
      select: { slug: true },
    }),
  )
  const slug = docs[0]?.slug as unknown
  const values = typeof slug === 'object' && slug ? Object.values(slug) : [slug]
  return values.filter((s): s is string => typeof s === 'string' && s !== '')
}
