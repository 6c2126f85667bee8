/**
 * The columns a reviewer's CSV export of contact submissions starts with: everything a reviewer
 * works with, in reading order (the list view shows fewer). Shared by the export drawer (client)
 * and the tests.
 */
export const submissionExportColumns = [
  'createdAt',
  'status',
  'topic',
  'institution',
  'name',
  'email',
  'organisation',
  'message',
  'locale',
  'consent',
  'assignee',
  'internalNotes',
  'updatedAt',
] as const
