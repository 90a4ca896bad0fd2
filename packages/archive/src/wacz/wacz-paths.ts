/** True for a relative path with no "..", backslash, or empty segment: safe to extract anywhere. */
export const isSafePath = (path: string): boolean =>
  path.length > 0 &&
  path.length <= 255 &&
  !path.startsWith('/') &&
  !path.includes('\\') &&
  path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');

/** The file name part of a path. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
