import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'

import { isTranslatableCollection, isTranslatableGlobal } from './translatable'

/** The sidebar's term base warnings and XLIFF panel, on every translatable document. */
const sidebarFields: Field[] = [
  {
    name: 'termWarnings',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/admin/TermWarnings.client#TermWarnings' },
    },
  },
  {
    name: 'xliff',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/admin/XliffPanel.client#XliffDocumentPanel' },
    },
  },
]

const withTools = (collection: CollectionConfig): CollectionConfig =>
  !isTranslatableCollection(collection.slug)
    ? collection
    : {
        ...collection,
        fields: [...collection.fields, ...sidebarFields],
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            beforeListTable: [
              ...(collection.admin?.components?.beforeListTable ?? []),
              {
                path: '/components/admin/XliffPanel.client#XliffListPanel',
                clientProps: { collectionSlug: collection.slug },
              },
            ],
          },
        },
      }

const globalWithTools = (global: GlobalConfig): GlobalConfig =>
  isTranslatableGlobal(global.slug)
    ? { ...global, fields: [...global.fields, ...sidebarFields] }
    : global

/** Translators' tools in the admin (the term base check, XLIFF for agencies). */
export const translationTools: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(withTools),
  globals: config.globals?.map(globalWithTools),
})
