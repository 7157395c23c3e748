/**
 * A blob read as a stream is checked as it flows: every byte is hashed on the way through, and at the end
 * the stream fails unless the content is the digest asked for. A reader that stops early never sees a
 * verified end, so whatever it took from an unverified blob must be thrown away with the error.
 */
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { OsimgError } from '../errors.js';

const ALGORITHMS: Record<string, string> = { sha256: 'sha256', sha512: 'sha512' };

/** The hash a digest names; an unknown algorithm is refused rather than passed unchecked. */
function hashOf(digest: string) {
  const [algorithm, hex] = digest.split(':');
  const name = algorithm === undefined ? undefined : ALGORITHMS[algorithm];
  if (!name || !hex || !/^[0-9a-f]+$/.test(hex)) {
    throw new OsimgError(`cannot verify blob ${digest}: only sha256 and sha512 digests are supported`, {
      code: 'REGISTRY',
    });
  }
  return { hash: createHash(name), hex };
}

/** A pass-through stream that errors at its end when what went through is not `digest`. */
export function digestVerifier(digest: string, registry: string): Transform {
  const { hash, hex } = hashOf(digest);
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      const actual = hash.digest('hex');
      if (actual === hex) done();
      else {
        done(
          new OsimgError(
            `registry ${registry} returned blob ${digest} with other content (${size} bytes hashing to ${actual.slice(0, 12)}…)`,
            { code: 'DIGEST_MISMATCH' },
          ),
        );
      }
    },
  });
}
