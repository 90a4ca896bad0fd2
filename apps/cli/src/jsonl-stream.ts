import { createInterface } from 'node:readline';
import { once } from 'node:events';

/** Maps standard input to standard output line by line (order kept; blank lines skipped),
 *  honouring back-pressure so a large input never piles up in memory. */
export const mapStdinLines = async (fn: (line: string) => string): Promise<number> => {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    n += 1;
    if (!process.stdout.write(`${fn(line)}\n`)) await once(process.stdout, 'drain');
  }
  return n;
};
