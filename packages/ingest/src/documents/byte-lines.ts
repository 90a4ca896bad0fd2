/** One line of a byte stream: its bytes (without the line end), or how long it was when too long. */
export type ByteLine = { lineNo: number; bytes: Uint8Array } | { lineNo: number; tooLong: number };

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines (1-based numbers) without decoding it, so a bad line cannot
 * spoil its neighbours. Holds at most one line in memory: a line longer than maxLineBytes is
 * dropped as it streams and reported by its length.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let lineNo = 0;
  const finish = (): ByteLine => {
    lineNo += 1;
    const line: ByteLine = overflow
      ? { lineNo, tooLong: length }
      : { lineNo, bytes: stripCr(Buffer.concat(parts, length)) };
    parts = [];
    length = 0;
    overflow = false;
    return line;
  };
  const take = (piece: Buffer): void => {
    length += piece.length;
    if (length > maxLineBytes) {
      overflow = true;
      parts = [];
    } else if (!overflow) parts.push(piece);
  };
  for await (const chunk of chunks) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nl = buf.indexOf(LF, start); nl !== -1; nl = buf.indexOf(LF, start)) {
      take(buf.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    // Copy the tail: the stream may reuse the chunk's memory.
    if (start < buf.length) take(Buffer.from(buf.subarray(start)));
  }
  if (length > 0 || overflow) yield finish();
}

const stripCr = (b: Buffer): Buffer => (b.length > 0 && b[b.length - 1] === CR ? b.subarray(0, -1) : b);
