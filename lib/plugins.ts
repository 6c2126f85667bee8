import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

export const plugins: Plugin[] = [
  seoPlugin({
    collections: ['press-releases', 'pages'],
    uploadsCollection: 'media',
    tabbedUI: true,
    generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} · HEROES`,
    generateDescription: ({ doc }) =>
      (doc as { summary?: string; intro?: string }).summary ??
      (doc as { intro?: string }).intro ??
      '',
  }),
]
