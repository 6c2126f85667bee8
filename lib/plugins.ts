import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { search } from './search/plugin'

export const plugins: Plugin[] = [
  search,
  // CSV export of contact submissions, with the list view's filters. Exports read with the
  // signed-in user's own rights, so only reviewers and admins get any rows.
  importExportPlugin({
    collections: [{ slug: 'form-submissions', import: false }],
  }),
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
