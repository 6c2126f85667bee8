import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../../access/roles'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'
import { mediaMimeTypes } from '../../lib/uploads/types'
import { checkUpload } from './hooks/checkUpload'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  // Pages show files' names, sizes and alt texts.
  hooks: {
    beforeOperation: [checkUpload],
    afterChange: [revalidateCollection()],
    afterDelete: [revalidateAfterDelete()],
  },
  upload: {
    staticDir: 'data/media',
    mimeTypes: [...mediaMimeTypes],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
    ],
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 300,
      validate: (
        value: unknown,
        {
          data,
          req,
        }: {
          data: Partial<{ mimeType: string }>
          req: { locale?: string | null; t: (key: never) => string }
        },
      ) => {
        const isImage = data?.mimeType?.startsWith('image/')
        const isSourceLocale = !req.locale || req.locale === 'en'
        return isImage && isSourceLocale && !value ? req.t('heroes:altRequired' as never) : true
      },
    },
  ],
}
