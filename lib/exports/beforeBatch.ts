import type { ExportBeforeHook } from '@payloadcms/plugin-import-export/types'

import { rememberExported } from './contents'
import { neutraliseRow } from './neutralise'
import { readableRow } from './readable'

/**
 * Every batch of a submissions export, saved or downloaded: values made readable (names and
 * labels, not ids and codes), CSV cells that a spreadsheet would run as formulas neutralised,
 * and the batch's submissions remembered for erasure.
 */
export const beforeSubmissionsBatch: ExportBeforeHook = ({ data, format, originalData, req }) => {
  const docs = originalData as Record<string, unknown>[]
  rememberExported(req, docs as { id?: unknown }[])
  const readable = data.map((row, i) => readableRow(row, docs[i] ?? {}, req))
  return format === 'csv' ? readable.map(neutraliseRow) : readable
}
