import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateOpenApi, OPENAPI_FILE } from './generate-openapi';

describe('committed OpenAPI document', () => {
  it('matches the route schemas (run `npm run openapi` after changing a route)', async () => {
    const committed = await readFile(OPENAPI_FILE, 'utf8').catch(() => '(missing)');
    expect(committed).toBe(await generateOpenApi());
  });
});
