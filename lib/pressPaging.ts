/** Press releases per list page. */
export const PRESS_PAGE_SIZE = 10

/**
 * How many of the newest releases the build prerenders per locale; older ones render on first
 * request and are cached from then on, so the build does not grow with the archive.
 */
export const PRERENDERED_RELEASES = 20
