export const submissionTopics = ['studies', 'research', 'partnership', 'press', 'other'] as const
export const submissionStatuses = ['new', 'in-progress', 'answered', 'spam'] as const
