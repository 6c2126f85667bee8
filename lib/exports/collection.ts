import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Endpoint,
  type Field,
  type PayloadRequest,
  Forbidden,
  ValidationError,
} from 'payload'

import { isAdmin, isReviewer, nobody, userHasRole } from '../../access/roles'
import { type AdminLanguage, adminText } from '../adminI18n'
import { takeExported } from './contents'

/**
 * Staff cannot upload into exports: only the plugin writes their files, with the server's rights
 * (`overrideAccess`), after this hook has run on a create.
 */
const refuseUploads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.file || (operation !== 'create' && operation !== 'update')) return
  if ((args as { overrideAccess?: boolean }).overrideAccess) return
  // Others are refused by access control (403) before any file would count.
  if (!userHasRole(req.user, 'admin', 'reviewer')) return
  const t = req.t as (key: string) => string
  throw new ValidationError({
    errors: [{ message: t('heroes:exportUploadRefused'), path: 'file' }],
  })
}

const recordContents: CollectionBeforeChangeHook = ({ data, req }) => {
  const ids = takeExported(req)
  if (ids?.length) data.submissions = ids
  return data
}

function exportFileName(language: string | undefined, now = new Date()) {
  const label = adminText('collections', 'exports', 'singular')
  const title = (label && language && label[language as AdminLanguage]) || label?.en || 'Export'
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '-')
  return `${title} ${stamp}`
}

/** The drawer's columns and row limit start from every column and every row (see the component). */
const drawerFields: Record<string, string> = {
  fields: '/components/admin/ExportFields#ExportColumns',
  limit: '/components/admin/ExportFields#ExportLimit',
}

function withExportDefaults(field: Field): Field {
  const next = { ...field } as Field & { fields?: Field[]; admin?: Record<string, unknown> }
  if ('name' in field && drawerFields[field.name]) {
    const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
    next.admin = {
      ...admin,
      components: { ...admin.components, Field: drawerFields[field.name] },
    }
  }
  // The drawer is titled by the file's name: "CSV export 2026-12-06 14-05" in the reviewer's
  // language, not the plugin's bare timestamp.
  if ('name' in field && field.name === 'name')
    (next as { defaultValue?: unknown }).defaultValue = ({ req }: { req: PayloadRequest }) =>
      exportFileName(req.i18n?.language)
  if ('fields' in field && Array.isArray(field.fields))
    next.fields = field.fields.map(withExportDefaults)
  return next as Field
}

/** The plugin's download and preview endpoints check nobody: only reviewers and admins export. */
const reviewersOnly = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: (req) => {
    if (!userHasRole(req.user, 'admin', 'reviewer')) throw new Forbidden(req.t)
    return endpoint.handler(req)
  },
})

/**
 * The import/export plugin's `exports` collection holds CSV files of contact submissions: names,
 * emails, messages and notes. The plugin restricts only `update`, so any signed-in account could
 * list, download and delete them; here they are the reviewers' like the submissions themselves.
 */
export function protectExports({ collection }: { collection: CollectionConfig }): CollectionConfig {
  return {
    ...collection,
    access: {
      read: isReviewer,
      create: isReviewer,
      update: nobody,
      delete: isReviewer,
      readVersions: nobody,
    },
    endpoints: (collection.endpoints || []).map(reviewersOnly),
    // Beside the media (data/media), outside the app's folder in the image's volume; never public.
    upload: {
      ...(typeof collection.upload === 'object' ? collection.upload : {}),
      staticDir: 'data/exports',
    },
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUploads, ...(collection.hooks?.beforeOperation ?? [])],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), recordContents],
    },
    fields: [
      ...collection.fields.map(withExportDefaults),
      {
        // Which submissions the file holds: erasing one of them erases the file (GDPR).
        name: 'submissions',
        type: 'relationship',
        relationTo: 'form-submissions',
        hasMany: true,
        maxDepth: 0,
        admin: { hidden: true },
      },
    ],
  }
}

/** No collection is importable: nobody writes imports; admins may still see and remove any. */
export function lockImports({ collection }: { collection: CollectionConfig }): CollectionConfig {
  return {
    ...collection,
    access: {
      read: isAdmin,
      create: nobody,
      update: nobody,
      delete: isAdmin,
      readVersions: nobody,
    },
    upload: {
      ...(typeof collection.upload === 'object' ? collection.upload : {}),
      staticDir: 'data/imports',
    },
    endpoints: (collection.endpoints || []).map((endpoint) => ({
      ...endpoint,
      handler: (req) => {
        if (!userHasRole(req.user, 'admin')) throw new Forbidden(req.t)
        return endpoint.handler(req)
      },
    })),
  }
}
