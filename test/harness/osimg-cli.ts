/** How tests and the bench start the osimg CLI from source as a child (the pipeline's side work does). */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** tsx's loader by absolute URL: the child runs in another directory, where a bare `tsx` would not resolve. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export const OSIMG_FROM_SOURCE: readonly string[] = [
  process.execPath,
  '--import',
  tsx,
  fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url)),
];
