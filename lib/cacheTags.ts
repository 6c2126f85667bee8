/**
 * Cache tags, from broad to narrow. A collection's tag is carried by every read of it; press
 * releases, the one collection that grows by thousands, also tag each read with exactly what it
 * shows, so a publish expires that document's pages, the list pages and sitemap part it is on,
 * and nothing else (collections/PressReleases/hooks/revalidatePressRelease.ts).
 */
export const tagFor = (slug: string) => `cms:${slug}`

export const pressTags = {
  /** A release's page in every locale, and the not-found page of that slug before it existed. */
  slug: (slug: string) => `cms:press-releases:slug:${slug}`,
  /** Page `page` of the press list (and the home page's and feed's newest, on page 1). */
  listPage: (page: number) => `cms:press-releases:page:${page}`,
  /** Every list page at once: a release added, removed or moved in date shifts all of them. */
  lists: 'cms:press-releases:lists',
  /** One month's sitemap part. */
  sitemapMonth: (month: string) => `cms:sitemap:press-${month}`,
  /** The sitemap index: which months have releases. */
  sitemapIndex: 'cms:sitemap:index',
}

/**
 * Events: a publish expires that event's pages and the lists; the other events' pages stay
 * cached (collections/Events/hooks/revalidateEvent.ts).
 */
export const eventTags = {
  /** An event's page in every locale, and the not-found page of that slug before it existed. */
  slug: (slug: string) => `cms:events:slug:${slug}`,
  /**
   * Every read of the published events together: upcoming, filtered and past lists, the home's
   * next three, the calendars, the slugs the build prerenders and the sitemap's events. The clock
   * moves events between them, so the deadline job expires this too (jobs/expireAtDeadline.ts).
   */
  lists: 'cms:events:lists',
}

/** What the revalidation endpoint accepts: the shapes above, nothing longer than a tag may be. */
export const TAG_PATTERN = /^cms:[a-z0-9:._-]{1,240}$/
