import { fileURLToPath } from 'node:url';
import type { Store } from '@corroborate/core';
import { buildServer } from '../build-server';

export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi.json', import.meta.url));

/** The OpenAPI document from the route schemas; no database is touched. */
export const generateOpenApi = async (): Promise<string> => {
  const app = await buildServer({ store: {} as Store, version: '0.1.0' });
  await app.ready();
  const doc = JSON.stringify(app.swagger(), null, 2);
  await app.close();
  return `${doc}\n`;
};
