import Image from 'next/image'

import type { Media } from '@/payload-types'

/** An uploaded image through next/image: sized, lazy and served in modern formats. */
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
  return (
    <Image
      src={media.url}
      alt={media.alt ?? ''}
      width={media.width ?? 1600}
      height={media.height ?? 900}
      sizes={sizes}
      priority={priority}
      className="cms-image"
    />
  )
}
