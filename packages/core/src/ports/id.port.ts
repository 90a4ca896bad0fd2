/** Makes sortable unique ids; a prefix names the entity ("doc", "clm"). */
export interface IdGenerator {
  next(prefix: string): string;
}
