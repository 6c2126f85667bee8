import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { safeFilename } from '../../../lib/uploads/filename'
import { MAX_UPLOAD_BYTES, mediaTypes } from '../../../lib/uploads/types'

const refuse = (message: string) => new ValidationError({ errors: [{ message, path: 'file' }] })

/**
 * Every upload, from the admin, REST or the local API: at most MAX_UPLOAD_BYTES, and its bytes
 * must be one of the documented types. The name and extension a client gives count for nothing
 * (an SVG or an HTML page renamed `photo.png` is refused); the stored name is made safe and gets
 * the extension of what the file really is.
 */
export const checkUpload: CollectionBeforeOperationHook<'media'> = async ({ operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return
  const t = req.t as (key: string) => string
  if (file.size > MAX_UPLOAD_BYTES || file.data.length > MAX_UPLOAD_BYTES)
    throw refuse(t('heroes:fileTooLarge'))
  const detected = await fileTypeFromBuffer(file.data)
  const type = detected && mediaTypes.find((known) => known.mime === detected.mime)
  if (!type) throw refuse(t('heroes:fileTypeNotAllowed'))
  file.mimetype = type.mime
  file.name = safeFilename(file.name, type.extension)
}
