import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module reachable from a file through static imports (relative ones followed). */
function reachable(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const source = readFileSync(file, 'utf8');
  const specs = Array.from(source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm), (m) => m[1]!);
  seen.set(file, specs);
  for (const spec of specs.filter((s) => s.startsWith('.')))
    reachable(`${resolve(dirname(file), spec)}.ts`, seen);
  return seen;
}

describe('the browser entry (src/verify.ts)', () => {
  it('reaches no node:* module and not warcio, so a web page can bundle it', () => {
    const graph = reachable(join(here, 'verify.ts'));
    const external = new Set([...graph.values()].flat().filter((s) => !s.startsWith('.')));
    expect(graph.size).toBeGreaterThan(15);
    expect([...external].sort()).toEqual(['@corroborate/core', 'pkijs']);
  });
});
