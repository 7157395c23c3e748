/**
 * Which repository a signature is for. osimg binds every signature to the image's repository (registry and
 * path), in both layouts and for signatures it reads from other tools, so a signature copied next to the
 * same digest in another repository does not verify there (cosign itself checks only the digest).
 *
 * - `.sig` (simple signing): `critical.identity.docker-reference` must name this repository, bare (cosign,
 *   osimg), with a tag (containers/image writes the `repo:tag` it pushed; any tag: the digest is what is
 *   signed) or with this digest. Anything else, or a reference that does not parse, is another identity.
 * - in-toto statements (bundles, `.att`): a subject that names the digest must name this repository the same
 *   way; a subject without a name (cosign 3's `cosign/sign/v1` statements carry none) binds the digest only.
 */
import { parseReference, repositoryName } from '../oci/reference.js';

/** A docker reference (`registry/path[:tag][@digest]`) names exactly `repository`, and no other digest. */
export function namesRepository(reference: string, repository: string, digest: string): boolean {
  try {
    const parsed = parseReference(reference);
    return repositoryName(parsed) === repository && (parsed.digest === undefined || parsed.digest === digest);
  } catch {
    return false;
  }
}

/** An in-toto subject's name: absent (digest only) or this repository. */
export function subjectNameAllowed(name: unknown, repository: string, digest: string): boolean {
  if (name === undefined || name === '') return true;
  return typeof name === 'string' && namesRepository(name, repository, digest);
}
