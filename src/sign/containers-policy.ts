/**
 * What a host (bootc, podman) needs to enforce the same rule at pull time: a containers policy.json
 * requiring a sigstore signature by the key for the repository, and a registries.d entry that tells
 * containers/image to look for cosign's `.sig` attachments.
 */
export function containersPolicy(repository: string, publicKeyPath: string): string {
  const policy = {
    default: [{ type: 'reject' }],
    transports: {
      docker: {
        // cosign signs the repository name (no tag), so the identity check is on the repository.
        [repository]: [
          { type: 'sigstoreSigned', keyPath: publicKeyPath, signedIdentity: { type: 'matchRepository' } },
        ],
      },
      'docker-daemon': { '': [{ type: 'reject' }] },
    },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

export function registriesDConfig(registry: string): string {
  return `docker:\n  ${registry}:\n    use-sigstore-attachments: true\n`;
}
