/** CMS pages' slugs in one locale, keyed by their English slug (see `pageSlugs`). */
export type PageSlugs = Record<string, string>

/** The link to a page known by its English slug, in the locale `slugs` was read for. */
export const pageHref = (slugs: PageSlugs, englishSlug: string) =>
  ({ pathname: '/[slug]', params: { slug: slugs[englishSlug] ?? englishSlug } }) as const
