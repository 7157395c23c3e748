/** The bundled examples' base image, made locally (nothing is pulled from public registries): setup step 4. */
import { describeError } from '../src/errors.js';
import { importDebianBase } from '../test/harness/bases.js';

const started = Date.now();
console.error(
  'setup: example base localhost/osimg/debian-base:bookworm (mmdebstrap, cached in ~/.cache/osimg-test)',
);
try {
  await importDebianBase({});
  console.error(`setup: example base ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`setup: could not make the example base: ${describeError(error)}`);
  process.exitCode = 1;
}
