import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The archive package's browser-safe entry; a test there keeps it free of node:* imports.
const ENTRY = fileURLToPath(new URL('../../../../../packages/archive/src/verify.ts', import.meta.url));

let cached: Promise<string> | null = null;

/** Bundles `@corroborate/archive`'s browser entry (with pkijs) into one minified ES module. */
export const buildVerifyScript = async (): Promise<string> => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the verify page script');
  return file.text;
};

/** The bundled script, built on first request and kept in memory; a failed build is retried next time. */
export const verifyScript = (): Promise<string> => {
  cached ??= buildVerifyScript().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
};
