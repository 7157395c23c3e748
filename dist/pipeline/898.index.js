export const id = 898;
export const ids = [898];
export const modules = {

/***/ 40898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ TRUST_OPTIONS),
  VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
  l: () => (/* binding */ trustPolicyFrom),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/sign/attest.ts
var attest = __webpack_require__(476);
;// CONCATENATED MODULE: ./src/sign/containers-policy.ts
/**
 * What a host (bootc, podman) needs to enforce the same rule at pull time: a containers policy.json
 * requiring a sigstore signature by the key for the repository, and a registries.d entry that tells
 * containers/image to look for cosign's `.sig` attachments.
 */
function containersPolicy(repository, publicKeyPath) {
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
function registriesDConfig(registry) {
    return `docker:\n  ${registry}:\n    use-sigstore-attachments: true\n`;
}

// EXTERNAL MODULE: ./src/sign/keys.ts
var keys = __webpack_require__(82821);
// EXTERNAL MODULE: ./src/sign/modes.ts + 4 modules
var modes = __webpack_require__(15643);
// EXTERNAL MODULE: ./src/sign/provenance.ts
var provenance = __webpack_require__(40890);
// EXTERNAL MODULE: ./src/sign/signatures.ts + 1 modules
var signatures = __webpack_require__(27908);
// EXTERNAL MODULE: ./src/cli/sign.ts + 3 modules
var sign = __webpack_require__(8707);
;// CONCATENATED MODULE: ./src/cli/verify.ts
/**
 * `osimg verify`: fails closed unless a signature by the key (or the keyless identity) covers the digest
 * and repository, and says which signature layouts it found and which verified. The trust options are
 * shared with `osimg promote`.
 */













const VERIFY_HELP = `Usage: osimg verify IMAGE --key PUBLIC_KEY [--require-attestation TYPE]... [--write-host-policy DIR] [--json]
       osimg verify IMAGE (--certificate-identity ID | --certificate-identity-regexp RE)
                    --certificate-oidc-issuer ISSUER --trusted-root FILE [--require-attestation TYPE]...

Fails closed: exits 0 and prints the verified digest only when a signature by the key (or, keyless, by a
Fulcio certificate for that identity and issuer, chained to the trusted root and logged in Rekor) covers
exactly that digest and repository, and each required attestation type is signed the same way.
--certificate-identity-regexp must match the whole identity (it is anchored). --trusted-root is the
trusted_root.json of the Sigstore instance (osimg does not fetch Sigstore's TUF repository).
--write-host-policy (key only) writes policy.json and registries.d/osimg.yaml for hosts (bootc, podman)
that must enforce the same rule at pull time. Both layouts are read (cosign's .sig tag and Sigstore bundle
referrers); stderr says which held signatures and which verified, --json prints that on stdout instead of
the digest. Identity rules: docs/sign.md.
`;
const TRUST_OPTIONS = {
    key: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-identity-regexp': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    'trusted-root': { type: 'string' },
};
/** The trust policy of verify and promote, from TRUST_OPTIONS. */
async function trustPolicyFrom(values, context) {
    const keyPath = values.key ? (0,external_node_path_.resolve)(context.cwd, values.key) : undefined;
    const trustedRoot = values['trusted-root'];
    const policy = (0,modes/* chooseTrustPolicy */.yk)({
        ...(keyPath
            ? { publicKey: (0,keys/* openPublicKey */.Hm)(await (0,sign/* readText */.yR)(keyPath, 'the public key', 'key'), values.key) }
            : {}),
        identity: {
            identity: values['certificate-identity'],
            identityRegexp: values['certificate-identity-regexp'],
            issuer: values['certificate-oidc-issuer'],
        },
        ...(trustedRoot
            ? {
                trustedRoot: {
                    text: await (0,sign/* readText */.yR)((0,external_node_path_.resolve)(context.cwd, trustedRoot), 'the trusted root', 'trustedRoot'),
                    name: trustedRoot,
                },
            }
            : {}),
    }, {
        key: '--key',
        identity: '--certificate-identity',
        identityRegexp: '--certificate-identity-regexp',
        issuer: '--certificate-oidc-issuer',
        trustedRoot: '--trusted-root',
    });
    return { policy, keyPath };
}
async function verifyCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            ...TRUST_OPTIONS,
            'require-attestation': { type: 'string', multiple: true },
            'write-host-policy': { type: 'string' },
            'tls-verify': { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(VERIFY_HELP);
        return 0;
    }
    const { policy, keyPath } = await trustPolicyFrom(values, context);
    if (values['write-host-policy'] && policy.kind !== 'key') {
        throw new errors/* ConfigurationError */.j1("--write-host-policy works with --key only: containers/image's policy.json can match Fulcio email identities, not the workflow URIs of keyless CI signatures");
    }
    const { ref, client } = await (0,sign/* target */.aC)(positionals, 'verify', context, values['tls-verify']);
    const { digest, layouts } = await (0,signatures/* verifyImageLayouts */.AL)(client, ref, policy);
    const attestations = await (0,attest/* requireAttestations */.Jr)(client, { ...ref, digest }, digest, policy, (values['require-attestation'] ?? []).map(provenance/* predicateTypeOf */.T4));
    if (values['write-host-policy'] && keyPath) {
        const dir = (0,external_node_path_.resolve)(context.cwd, values['write-host-policy']);
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(dir, 'registries.d'), { recursive: true });
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(dir, 'policy.json'), containersPolicy((0,reference/* repositoryName */.aR)(ref), keyPath));
        await (0,files/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(dir, 'registries.d', 'osimg.yaml'), registriesDConfig(ref.registry));
    }
    const verified = `${(0,reference/* repositoryName */.aR)(ref)}@${digest}`;
    if (values.json) {
        const types = [...new Set(attestations.map((found) => found.predicateType))];
        context.stdout(`${JSON.stringify({ verified, digest, layouts, attestations: types })}\n`);
    }
    else {
        context.stderr(`verified ${verified} (${(0,signatures/* describeLayouts */.Rx)(layouts)})\n`);
        context.stdout(`${verified}\n`);
    }
    return 0;
}


/***/ })

};
