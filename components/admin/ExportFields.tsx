'use client'

import { FieldsToExport } from '@payloadcms/plugin-import-export/rsc'
import {
  NumberField,
  useDocumentInfo,
  useDocumentTitle,
  useField,
  useListQuery,
  useTranslation,
} from '@payloadcms/ui'
import type { NumberFieldClientProps, SelectFieldClientProps, TextFieldClientProps } from 'payload'
import { useEffect } from 'react'

import { submissionExportColumns } from '@/lib/exports/columns'

const columnsFor: Record<string, readonly string[]> = {
  'form-submissions': submissionExportColumns,
}

/**
 * The export drawer's columns: the plugin starts from the list view's six columns; a reviewer's
 * export starts from every useful one (lib/exports/columns.ts) and can still drop some. It also
 * gives the drawer of a new export its title.
 */
export function ExportColumns(props: TextFieldClientProps) {
  const { id } = useDocumentInfo()
  const { setValue } = useField<string[]>({ path: props.path })
  const { value: collectionSlug } = useField<string>({ path: 'collectionSlug' })
  const { query } = useListQuery()
  const columns = collectionSlug ? columnsFor[collectionSlug] : undefined
  const { setDocumentTitle } = useDocumentTitle()
  const { t } = useTranslation()
  // A new export has no title of its own: the drawer said "[Untitled]".
  useEffect(() => {
    if (!id) setDocumentTitle((t as unknown as (key: string) => string)('heroes:exportTitle'))
  }, [id, setDocumentTitle, t])
  // After the plugin's own effect (a child's effects run first), whenever it would reset them.
  useEffect(() => {
    if (!id && columns) setValue([...columns])
  }, [id, columns, query?.columns, setValue])
  return <FieldsToExport {...(props as unknown as SelectFieldClientProps)} />
}

/**
 * The export drawer's row limit: empty, i.e. every row of the current filter. The plugin's own
 * field copies the list view's page size (10) into it.
 */
export function ExportLimit(props: NumberFieldClientProps) {
  return <NumberField {...props} />
}
