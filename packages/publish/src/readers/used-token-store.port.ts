/** Remembers single-use token ids until they expire. */
export interface UsedTokenStore {
  /** Marks the id used; false when it already was (a replay). */
  consume(tokenId: string, expiresAt: Date): Promise<boolean>;
}
