// Constants of the ZIP format (PKWARE APPNOTE 6.3.x) shared by the writer and the reader.

export const LOCAL_HEADER_SIG = 0x04034b50;
export const CENTRAL_HEADER_SIG = 0x02014b50;
export const END_OF_CENTRAL_DIR_SIG = 0x06054b50;
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_CENTRAL_DIR_SIZE = 22;
export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;
/** General-purpose flag bit 11: the file name is UTF-8. */
export const FLAG_UTF8 = 0x0800;
export const FLAG_ENCRYPTED = 0x0001;
/** Without ZIP64 no size or offset may reach this. */
export const ZIP32_LIMIT = 0xffffffff;

/** MS-DOS date and time of a moment, from its UTC fields so output does not depend on the time zone. */
export function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}
