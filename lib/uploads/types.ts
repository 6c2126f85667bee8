/** What editors may upload: photos and PDFs, recognised by their bytes (see checkUpload). */
export const mediaTypes = [
  { mime: 'image/jpeg', extension: 'jpg' },
  { mime: 'image/png', extension: 'png' },
  { mime: 'image/webp', extension: 'webp' },
  { mime: 'image/avif', extension: 'avif' },
  { mime: 'application/pdf', extension: 'pdf' },
] as const

export const mediaMimeTypes = mediaTypes.map((type) => type.mime)

/** The largest upload (a PDF press kit); Admin.ui.fileTooLarge in messages/ says the same. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
