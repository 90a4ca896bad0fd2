// Writes the committed OpenAPI document (apps/server/openapi.json); a test fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { generateOpenApi, OPENAPI_FILE } from './generate-openapi';

await writeFile(OPENAPI_FILE, await generateOpenApi());
console.log(`wrote ${OPENAPI_FILE}`);
