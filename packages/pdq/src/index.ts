export type { PdqImage } from './image';
export { PdqError, type PdqErrorCode } from './pdq-error';
export { HASH_WORDS, hexToWords, isPdqHex, wordsToHex } from './hash/hash-hex';
export { hammingDistance, hammingDistanceHex, popcount32 } from './hash/hamming';
export { DIHEDRAL_NAMES, type DihedralName } from './hasher/dihedral';
export {
  PdqHasher,
  hashedSize,
  pdqHash,
  type PdqHashOptions,
  type PdqHashResult,
  type PdqInternals,
} from './hasher/pdq-hasher';
export {
  DEFAULT_MATCH_DISTANCE,
  MAX_MIH_DISTANCE,
  PdqIndex,
  type PdqIndexOptions,
  type PdqIndexStats,
  type PdqMatch,
} from './match/pdq-index';
export type { MatchSink } from './match/mih-segment';
export { loadIndex, saveIndex } from './match/index-codec';
