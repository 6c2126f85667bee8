import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'

const hasLocalized = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      ('fields' in field && Array.isArray(field.fields) && hasLocalized(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalized(tab.fields))),
  )

/** Names the content language at the top of the form (components/admin/EditingLanguage.tsx). */
const editingLanguage: Field = {
  name: 'editingLanguage',
  type: 'ui',
  admin: {
    components: { Field: '/components/admin/EditingLanguage#EditingLanguage' },
    disableListColumn: true,
  },
}

const PublishButton = '/components/admin/PublishButton#FirstPublishButton'

function withFields<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  return hasLocalized(entity.fields)
    ? { ...entity, fields: [editingLanguage, ...entity.fields] }
    : entity
}

const hasDrafts = (entity: CollectionConfig | GlobalConfig) =>
  typeof entity.versions === 'object' && Boolean(entity.versions?.drafts)

function collectionView(collection: CollectionConfig): CollectionConfig {
  if (!hasDrafts(collection)) return withFields(collection)
  const components = collection.admin?.components ?? {}
  return withFields({
    ...collection,
    admin: {
      ...collection.admin,
      components: { ...components, edit: { ...components.edit, PublishButton } },
    },
  })
}

function globalView(global: GlobalConfig): GlobalConfig {
  if (!hasDrafts(global)) return withFields(global)
  const components = global.admin?.components ?? {}
  return withFields({
    ...global,
    admin: {
      ...global.admin,
      components: { ...components, elements: { ...components.elements, PublishButton } },
    },
  })
}

/**
 * Every edit view of localized content says which language is being edited, and a document that
 * was never published offers "Publish", not "Publish changes".
 */
export const adminEditView: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(collectionView),
  globals: config.globals?.map(globalView),
})
