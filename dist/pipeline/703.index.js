export const id = 703;
export const ids = [703,898];
export const modules = {

/***/ 84703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROMOTE_HELP: () => (/* binding */ PROMOTE_HELP),
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/oci/referrers.ts
var referrers = __webpack_require__(50961);
// EXTERNAL MODULE: ./src/oci/registry.ts + 1 modules
var registry = __webpack_require__(94051);
// EXTERNAL MODULE: ./src/sign/cosign-legacy.ts
var cosign_legacy = __webpack_require__(31804);
;// CONCATENATED MODULE: ./src/promote/copy.ts
/**
 * Copies an image by digest from one repository to another, with everything that vouches for it: the
 * manifest graph (index → manifests → config and layers), cosign's `.sig` and `.att` attachments, and the
 * OCI 1.1 referrers (Sigstore bundles). Content is addressed by digest, so a copy is byte-identical and its
 * signatures stay valid. Blobs go before the manifests that name them; nothing is tagged here.
 */





function emptyStats() {
    return {
        manifests: 0,
        blobsCopied: 0,
        blobsMounted: 0,
        blobsPresent: 0,
        bytesCopied: 0,
        attachments: [],
        referrers: 0,
    };
}
function parse(manifest, where) {
    try {
        return JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        throw new errors/* OsimgError */.ec(`the manifest ${where} is not JSON`);
    }
}
function isIndex(manifest, json) {
    const type = json.mediaType ?? manifest.mediaType;
    return type === registry/* MEDIA_TYPES */.Z2.ociIndex || type === registry/* MEDIA_TYPES */.Z2.dockerList;
}
async function copyBlob(from, to, digest, stats) {
    if (await to.client.blobExists(to.name, digest)) {
        stats.blobsPresent++;
        return;
    }
    if (from.client.registry === to.client.registry &&
        (await to.client.mountBlob(to.name, digest, from.name))) {
        stats.blobsMounted++;
        return;
    }
    const bytes = await from.client.getBlob(from.name, digest);
    await to.client.pushBlob(to.name, digest, bytes.length, () => external_node_stream_.Readable.from(bytes));
    stats.blobsCopied++;
    stats.bytesCopied += bytes.length;
}
/** Copies a manifest and everything it names, children first; returns the manifest as stored. */
async function copyManifest(from, to, digest, stats) {
    const manifest = await from.client.getManifest(from.name, digest);
    if (manifest.digest !== digest) {
        throw new errors/* OsimgError */.ec(`${from.client.registry}/${from.name} returned other content for ${digest}`, {
            code: 'DIGEST_MISMATCH',
        });
    }
    const json = parse(manifest, `${from.name}@${digest}`);
    if (isIndex(manifest, json)) {
        for (const child of json.manifests ?? [])
            await copyManifest(from, to, child.digest, stats);
    }
    else {
        for (const blob of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
            await copyBlob(from, to, blob.digest, stats);
        }
    }
    await to.client.putManifest(to.name, digest, manifest);
    stats.manifests++;
    return manifest;
}
/**
 * cosign's `.sig` / `.att` image for a digest. Copied verbatim when the target has none; merged layer by
 * layer when it has its own (another signer's signatures are never dropped).
 */
async function copyAttachment(from, to, digest, kind, stats) {
    const tag = (0,cosign_legacy/* attachmentTag */.Ko)(digest, kind);
    const source = await from.client.findManifest(from.name, tag);
    if (!source)
        return;
    const target = await to.client.findManifest(to.name, tag);
    if (target?.digest === source.digest)
        return;
    if (!target) {
        const json = parse(source, `${from.name}:${tag}`);
        for (const blob of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
            await copyBlob(from, to, blob.digest, stats);
        }
        await to.client.putManifest(to.name, tag, source);
    }
    else {
        let layers = parse(target, `${to.name}:${tag}`).layers ?? [];
        for (const layer of parse(source, `${from.name}:${tag}`).layers ?? []) {
            if (layers.some((present) => present.digest === layer.digest))
                continue;
            const content = await from.client.getBlob(from.name, layer.digest);
            await (0,cosign_legacy/* attach */.K0)(to.client, to.name, digest, kind, content, { mediaType: layer.mediaType, annotations: layer.annotations ?? {} }, layers);
            layers = [...layers, layer];
        }
    }
    stats.attachments.push(tag);
}
/** Everything that vouches for `digest` in `from`, copied to `to` (the image itself must be there first). */
async function copyAttestations(from, to, digest, stats) {
    await copyAttachment(from, to, digest, 'sig', stats);
    await copyAttachment(from, to, digest, 'att', stats);
    const present = new Set((await (0,referrers/* listReferrers */.xt)(to.client, to.name, digest)).map((entry) => entry.digest));
    for (const referrer of await (0,referrers/* listReferrers */.xt)(from.client, from.name, digest)) {
        if (present.has(referrer.digest))
            continue;
        const manifest = await from.client.getManifest(from.name, referrer.digest);
        const json = parse(manifest, `${from.name}@${referrer.digest}`);
        for (const blob of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
            await copyBlob(from, to, blob.digest, stats);
        }
        const stored = await to.client.putReferrer(to.name, manifest);
        if (!stored.indexed)
            await (0,referrers/* addToReferrersTag */.hq)(to.client, to.name, digest, referrer);
        stats.referrers++;
    }
}

;// CONCATENATED MODULE: ./src/promote/promote.ts
/**
 * Promotion: a verified digest gets a channel tag (candidate → stable) without a rebuild. The digest is
 * verified first (fails closed); images for another repository are copied with their signatures,
 * attestations and referrers; only then do the tags move, so a channel tag never points at an image whose
 * signatures are not next to it. Hosts that follow the channel (`bootc switch`, `bootc upgrade`) get the
 * new digest as a transactional update, and the previous one stays their rollback.
 */



/**
 * The `to` list: a bare tag (`stable`) stays in the source's repository; a full reference
 * (`registry/prod/os:stable`) names another repository. Each needs a tag and no digest.
 */
function parseTargets(values, source) {
    if (values.length === 0)
        throw new errors/* ConfigurationError */.j1('nothing to promote to: give at least one channel tag');
    return values.map((value) => {
        if (!value.includes('/') && !value.includes('@')) {
            if (!(0,reference/* isValidTag */.r_)(value)) {
                throw new errors/* ConfigurationError */.j1(`"${value}" is not a valid tag: use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-')`);
            }
            return { registry: source.registry, repository: source.repository, tag: value };
        }
        const ref = (0,reference/* parseReference */.F2)(value);
        if (ref.digest || !ref.tag) {
            throw new errors/* ConfigurationError */.j1(`promotion target "${value}" must name a tag and no digest, e.g. registry/name:stable`);
        }
        return ref;
    });
}
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
async function promoteImage(request) {
    const log = request.log ?? (() => undefined);
    const sourceClient = await request.clientFor(request.source.registry);
    const digest = await request.verify(sourceClient, request.source);
    log(`verified ${(0,reference/* repositoryName */.aR)(request.source)}@${digest}`);
    const manifest = await sourceClient.getManifest(request.source.repository, digest);
    const from = { client: sourceClient, name: request.source.repository };
    const copied = emptyStats();
    // Copies first (each target repository once): when a tag moves, its image and signatures are there.
    const clients = new Map([[request.source.registry, sourceClient]]);
    const clientOf = async (registry) => {
        if (!clients.has(registry))
            clients.set(registry, await request.clientFor(registry));
        return clients.get(registry);
    };
    const done = new Set();
    for (const target of request.targets) {
        const key = (0,reference/* repositoryName */.aR)(target);
        if (sameRepository(target, request.source) || done.has(key))
            continue;
        const to = { client: await clientOf(target.registry), name: target.repository };
        await copyManifest(from, to, digest, copied);
        await copyAttestations(from, to, digest, copied);
        log(`copied ${digest} with its signatures and attestations to ${key}`);
        done.add(key);
    }
    const promotions = [];
    for (const target of request.targets) {
        const client = await clientOf(target.registry);
        const previous = (await client.findManifest(target.repository, target.tag))?.digest;
        const ref = (0,reference/* formatReference */.FH)({ ...target, digest: undefined });
        if (previous === digest) {
            promotions.push({ ref, previous, changed: false });
            log(`${ref} already points at ${digest}`);
            continue;
        }
        await client.putManifest(target.repository, target.tag, manifest);
        promotions.push({ ref, previous, changed: true });
        log(`${ref} → ${digest}${previous ? ` (was ${previous})` : ''}`);
    }
    return { digest, promotions, copied };
}

// EXTERNAL MODULE: ./src/sign/attest.ts
var attest = __webpack_require__(476);
// EXTERNAL MODULE: ./src/sign/signatures.ts + 1 modules
var signatures = __webpack_require__(27908);
;// CONCATENATED MODULE: ./src/promote/verifier.ts


function trustVerifier(policy, requiredPredicateTypes = []) {
    return async (client, ref) => {
        const digest = await (0,signatures/* verifyImage */.ZG)(client, ref, policy);
        await (0,attest/* requireAttestations */.Jr)(client, { ...ref, digest }, digest, policy, requiredPredicateTypes);
        return digest;
    };
}

// EXTERNAL MODULE: ./src/sign/provenance.ts
var provenance = __webpack_require__(40890);
// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(74777);
// EXTERNAL MODULE: ./src/cli/sign.ts + 3 modules
var sign = __webpack_require__(8707);
// EXTERNAL MODULE: ./src/cli/verify.ts + 1 modules
var verify = __webpack_require__(40898);
;// CONCATENATED MODULE: ./src/cli/promote.ts
/**
 * `osimg promote IMAGE --to TAG`: a verified digest becomes a channel tag, without a rebuild. The
 * signature (and any required attestations) is verified first; an unverified digest moves no tag.
 */









const PROMOTE_HELP = `Usage: osimg promote IMAGE --to TAG [--to TAG]... --key PUBLIC_KEY [options]
       osimg promote IMAGE --to TAG (--certificate-identity ID | --certificate-identity-regexp RE)
                     --certificate-oidc-issuer ISSUER --trusted-root FILE [options]

Points channel tags at the digest IMAGE names (a tag is resolved once) after verifying its signature, as
osimg verify does: no rebuild, and the digest, its signatures and attestations stay as they are. A bare
TAG (stable) moves in IMAGE's repository; a full reference (registry/prod/os:stable) copies the image with
its signatures, attestations and referrers to that repository first. Hosts following the channel with
bootc switch / bootc upgrade get the new digest as a transactional update; the previous one stays their
rollback.

Options:
      --to TAG                   channel tag or full reference (repeatable, or comma-separated)
      --require-attestation T    also require an attestation of type T signed the same way (repeatable:
                                 slsaprovenance, spdxjson, cyclonedx or a predicate type URI)
      --tls-verify BOOL          verify registry TLS (default true; loopback registries use HTTP)
      --json                     print the result as JSON
  -h, --help                     this help

Registry login: podman/docker login auth files, or OSIMG_REGISTRY_USERNAME and OSIMG_REGISTRY_PASSWORD.
`;
async function promoteCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            to: { type: 'string', multiple: true },
            ...verify/* TRUST_OPTIONS */.Q,
            'require-attestation': { type: 'string', multiple: true },
            'tls-verify': { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(PROMOTE_HELP);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* ConfigurationError */.j1('osimg promote takes one IMAGE reference');
    const source = (0,reference/* parseReference */.F2)(positionals[0]);
    const targets = parseTargets((values.to ?? [])
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean), source);
    const { policy } = await (0,verify/* trustPolicyFrom */.l)(values, context);
    const tlsVerify = (0,src_values/* parseBoolean */.yG)(values['tls-verify'] ?? '', '--tls-verify', true);
    const result = await promoteImage({
        source,
        targets,
        clientFor: (registry) => (0,sign/* registryClient */.Rk)(registry, context, tlsVerify),
        verify: trustVerifier(policy, (values['require-attestation'] ?? []).map(provenance/* predicateTypeOf */.T4)),
        log: (line) => context.stderr(`osimg promote: ${line}\n`),
    });
    if (values.json)
        context.stdout(`${JSON.stringify(result)}\n`);
    else
        context.stdout(result.promotions.map((entry) => `${entry.ref}@${result.digest}\n`).join(''));
    return 0;
}


/***/ }),

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
