const MAX_BASE_LENGTH = 100

/**
 * A file name safe to store and to show: Unicode normalised (NFKC folds full-width and other
 * look-alike forms), no control or invisible format characters (bidi overrides that make
 * `gpj.exe` read as `exe.jpg`, zero-width spaces), no path separators or characters Windows
 * refuses, no leading dots, at most MAX_BASE_LENGTH characters, and the given extension.
 */
export function safeFilename(original: string, extension: string): string {
  const base = original
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .split(/[/\\]/)
    .pop()!
    .replace(/\.[^.]*$/, '')
    .replace(/[<>:"|?*\s]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+|[.-]+$/g, '')
  const short = Array.from(base).slice(0, MAX_BASE_LENGTH).join('')
  return `${short || 'file'}.${extension}`
}
