export * from './media-ingest-types';
export { createMediaIngester, type MediaIngesterHandle } from './media-ingester';
export { ingestImage, MAX_RECORDED_MATCHES, type MediaIndexes } from './ingest-image';
export { analyseImage, type ImageAnalysis } from './analyse-image';
export { NearDuplicateIndex, type NearDuplicate } from './near-duplicate-index';
export { HashListIndex, type ListHit } from './hash-list-index';
export { readExif, summariseExif } from './read-exif';
export { captureTime } from './exif-time';
export { makeThumbnail, blurredThumbnail, THUMBNAIL_SIZE } from './thumbnails';
export { heicConverterFromPath, heifConvert, findOnPath, type HeicConverter } from './heic';
export { sniffImage, requireImage, type ImageContainer } from './image-signature';
export { flagMedia, parseSensitivity } from './flag-media';
export {
  parseHashList,
  hashListLine,
  hashListHeader,
  type HashListFormat,
  type HashListIssue,
  type ParsedHashList,
} from './hash-list-format';
export { importHashList, exportMediaHashes, matchHashList, type ListMatch } from './hash-list-commands';
