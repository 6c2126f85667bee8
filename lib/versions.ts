/**
 * How many versions Payload keeps per document (`versions.maxPerDoc`); saving beyond it deletes
 * the oldest, so the database grows with content, not with edits. Twenty saves back is weeks of
 * an editor's work on one release; autosaves update one draft version rather than adding more.
 */
export const MAX_VERSIONS_PER_DOCUMENT = 20
