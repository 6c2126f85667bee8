import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { beforeSubmissionsBatch } from './exports/beforeBatch'
import { lockImports, protectExports } from './exports/collection'
import { search } from './search/plugin'

export const plugins: Plugin[] = [
  search,
  // CSV export of contact submissions, with the list view's filters: reviewers' and admins' only
  // (lib/exports/collection.ts), formula-safe and erased with the submissions they hold.
  importExportPlugin({
    collections: [
      {
        slug: 'form-submissions',
        import: false,
        export: { hooks: { before: beforeSubmissionsBatch } },
      },
    ],
    overrideExportCollection: protectExports,
    overrideImportCollection: lockImports,
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
