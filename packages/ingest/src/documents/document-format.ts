/** How an input is read: a document parser, the media handler, or not at all. */
export type InputFormat = 'html' | 'markdown' | 'jsonl' | 'text' | 'media' | 'not_document';

// prettier-ignore
const BY_EXTENSION: Record<string, InputFormat> = {
  html: 'html', htm: 'html', xhtml: 'html',
  md: 'markdown', markdown: 'markdown',
  jsonl: 'jsonl', ndjson: 'jsonl',
  txt: 'text', text: 'text',
  jpg: 'media', jpeg: 'media', png: 'media', gif: 'media', webp: 'media', tif: 'media', tiff: 'media',
  bmp: 'media', heic: 'media', heif: 'media', avif: 'media',
};

/** Binary formats that are not documents (video, audio, archives, office files, databases). */
const NOT_DOCUMENT = new Set(
  (
    'mp4 mov avi mkv webm m4v mp3 wav ogg oga flac m4a aac opus pdf doc docx xls xlsx ppt pptx odt ods odp ' +
    'zip gz tgz bz2 xz 7z rar tar warc wacz exe dll so dylib bin iso dmg db sqlite sqlite3 woff woff2 ttf otf ico psd'
  ).split(' '),
);

// prettier-ignore
const BY_MIME: Record<string, InputFormat> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'text/markdown': 'markdown', 'text/x-markdown': 'markdown',
  'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/x-jsonlines': 'jsonl',
  'application/jsonlines': 'jsonl', 'text/plain': 'text',
};

/** Lower-case extension without the dot ("" when none); dotfiles have none. */
export const extensionOf = (name: string): string => {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

/**
 * Decides the format from the Content-Type when there is a telling one, else from the extension;
 * unknown extensions are read as text (the decoder refuses binary ones).
 */
export const formatOf = (name: string, contentType?: string | null): InputFormat => {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const ext = extensionOf(name);
  const byExt = BY_EXTENSION[ext] ?? (NOT_DOCUMENT.has(ext) ? 'not_document' : undefined);
  if (mime.startsWith('image/')) return 'media';
  if (/^(video|audio|font)\//.test(mime)) return 'not_document';
  const byMime = BY_MIME[mime];
  // text/plain is what servers send for anything: an .md or .jsonl path is more telling.
  if (byMime && !(byMime === 'text' && byExt && byExt !== 'media' && byExt !== 'not_document')) return byMime;
  if (mime !== '' && !mime.startsWith('text/') && mime !== 'application/octet-stream' && !byExt) {
    return mime.endsWith('json') || mime.endsWith('xml') ? 'text' : 'not_document';
  }
  return byExt ?? 'text';
};

/** True when text read as "unknown" starts like an HTML page. */
export const looksLikeHtml = (bytes: Uint8Array): boolean => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024))
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
};
