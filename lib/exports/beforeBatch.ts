import type { ExportBeforeHook } from '@payloadcms/plugin-import-export/types'

import { rememberExported } from './contents'
import { neutraliseRow } from './neutralise'

/**
 * Every batch of a submissions export, saved or downloaded: CSV cells that a spreadsheet would
 * run as formulas are neutralised, and the batch's submissions are remembered for erasure.
 */
export const beforeSubmissionsBatch: ExportBeforeHook = ({ data, format, originalData, req }) => {
  rememberExported(req, originalData as { id?: unknown }[])
  return format === 'csv' ? data.map(neutraliseRow) : data
}
