import { getImageProps } from 'next/image'
import { preload } from 'react-dom'

import { getEnv } from '@/lib/env'
import type { Media } from '@/payload-types'

/**
 * An uploaded image through Next's image optimizer (sized, lazy, in modern formats), rendered as
 * a plain `<img>` on the server: `next/image`'s component is a client component, and every page
 * that imported it carried its 7 kB of JavaScript, image or not (docs/performance.md).
 * `priority` marks the page's largest paint: fetched first, hinted in the head as next/image does.
 */
export function CmsImage({
  media,
  sizes = '(min-width: 70rem) 70rem, 100vw',
  priority = false,
}: {
  media: number | Media | null | undefined
  sizes?: string
  priority?: boolean
}) {
  if (!media || typeof media !== 'object' || !media.url || !media.mimeType?.startsWith('image/')) {
    return null
  }
  const src = ownPath(media.url)
  if (!src) return null
  const { props } = getImageProps({
    src,
    alt: media.alt ?? '',
    width: media.width ?? 1600,
    height: media.height ?? 900,
    sizes,
    className: 'cms-image',
    ...(priority ? { loading: 'eager', fetchPriority: 'high' } : {}),
  })
  if (priority)
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    })
  // eslint-disable-next-line @next/next/no-img-element -- the optimizer's own attributes, above
  return <img {...props} alt={props.alt} />
}

/**
 * Payload writes an upload's URL in full, on this site's origin (its `serverURL`); the optimizer
 * refuses a full URL as a remote image ("url parameter is not allowed") and reads its own
 * origin's files by path. A stored URL that is no URL at all gives null: it costs its image,
 * never the page around it (the optimizer would throw while the page renders).
 */
function ownPath(url: string): string | null {
  if (url.startsWith('/')) return url
  if (!URL.canParse(url)) return null
  const parsed = new URL(url)
  return parsed.origin === new URL(getEnv().serverUrl).origin
    ? parsed.pathname + parsed.search
    : url
}
