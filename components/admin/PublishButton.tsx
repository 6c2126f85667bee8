'use client'

import { PublishButton, useDocumentInfo, useTranslation } from '@payloadcms/ui'

/**
 * "Publish" for a document that has never been published, "Publish changes" once it has: Payload
 * says "Publish changes" either way.
 */
export function FirstPublishButton() {
  const { hasPublishedDoc } = useDocumentInfo()
  const { t } = useTranslation()
  return <PublishButton label={t(hasPublishedDoc ? 'version:publishChanges' : 'version:publish')} />
}
