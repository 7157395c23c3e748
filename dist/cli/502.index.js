export const id = 502;
export const ids = [502];
export const modules = {

/***/ 2502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ATTEST_HELP: () => (/* binding */ ATTEST_HELP),
  KEY_HELP: () => (/* binding */ KEY_HELP),
  SIGN_HELP: () => (/* binding */ SIGN_HELP),
  VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
  attestCommand: () => (/* binding */ attestCommand),
  keyCommand: () => (/* binding */ keyCommand),
  signCommand: () => (/* binding */ signCommand),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/build/request.ts
var request = __webpack_require__(6449);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lint/run.ts + 5 modules
var run = __webpack_require__(9471);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(2148);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./src/sign/keys.ts
/**
 * Signing keys in cosign's format, so keys move freely between osimg, cosign, skopeo and podman:
 * an ECDSA P-256 key whose PKCS#8 DER is sealed in go-securesystemslib's `encrypted` envelope
 * (scrypt KDF + NaCl secretbox, JSON) inside an `ENCRYPTED SIGSTORE PRIVATE KEY` PEM block, and the
 * public key as a PKIX `PUBLIC KEY` PEM.
 */



const PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** cosign 1.x wrote this type; the content is the same envelope. */
const LEGACY_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
/** scrypt cost of go-securesystemslib's default (what cosign uses): N=2^15, r=8, p=1. */
const SCRYPT = { N: 32768, r: 8, p: 1 };
function deriveKey(passphrase, salt, params) {
    return new Promise((resolve, reject) => {
        // 128 * N * r bytes of memory; Node's default cap (32 MiB) is just below what N=2^15, r=8 needs.
        (0,external_node_crypto_.scrypt)(passphrase, salt, 32, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
    });
}
function pem(type, der) {
    const body = der
        .toString('base64')
        .replace(/(.{64})/g, '$1\n')
        .replace(/\n$/, '');
    return `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
}
function unpem(text, what) {
    const match = /-----BEGIN ([A-Z ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
    if (!match)
        throw new errors/* ConfigurationError */.j1(`${what} is not a PEM file: expected -----BEGIN ...----- lines`);
    return { type: match[1], der: Buffer.from(match[2].replace(/\s+/g, ''), 'base64') };
}
/** A new P-256 key pair, the private key sealed with `passphrase` (an empty one is allowed, as in cosign). */
async function generateKeyPair(passphrase) {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    return { privatePem: await sealPrivateKey(privateKey, passphrase), publicPem: publicKeyPem(publicKey) };
}
async function sealPrivateKey(privateKey, passphrase) {
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const salt = (0,external_node_crypto_.randomBytes)(32);
    const nonce = (0,external_node_crypto_.randomBytes)(24);
    const key = await deriveKey(passphrase, salt, SCRYPT);
    const sealed = nacl_fast_default().secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
    const envelope = {
        kdf: { name: 'scrypt', params: SCRYPT, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(sealed).toString('base64'),
    };
    return pem(PRIVATE_KEY_PEM_TYPE, Buffer.from(JSON.stringify(envelope)));
}
/** The public half of a key (private or public), as a PKIX PEM. */
function publicKeyPem(key) {
    const publicKey = key.type === 'public' ? key : (0,external_node_crypto_.createPublicKey)(key);
    return pem('PUBLIC KEY', publicKey.export({ format: 'der', type: 'spki' }));
}
/**
 * Opens a cosign-format private key (or a plain PKCS#8 / SEC1 PEM). A wrong passphrase and a damaged key
 * both say so in one sentence.
 */
async function openPrivateKey(text, passphrase, name = 'the private key') {
    const { type, der } = unpem(text, name);
    if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
        return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: type === 'PRIVATE KEY' ? 'pkcs8' : 'sec1' });
    }
    if (type !== PRIVATE_KEY_PEM_TYPE && type !== LEGACY_PRIVATE_KEY_PEM_TYPE) {
        throw new errors/* ConfigurationError */.j1(`${name} is a ${type}, not a cosign private key (${PRIVATE_KEY_PEM_TYPE})`);
    }
    let envelope;
    try {
        envelope = JSON.parse(der.toString('utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${name} is damaged: its ${type} block is not the expected JSON envelope`);
    }
    if (envelope?.kdf?.name !== 'scrypt' ||
        envelope?.cipher?.name !== 'nacl/secretbox' ||
        typeof envelope.ciphertext !== 'string') {
        throw new errors/* ConfigurationError */.j1(`${name} uses an unsupported encryption (need scrypt + nacl/secretbox)`);
    }
    const { N, r, p } = envelope.kdf.params ?? {};
    if (![N, r, p].every((value) => Number.isInteger(value) && value > 0) || N > 2 ** 20) {
        throw new errors/* ConfigurationError */.j1(`${name} has invalid scrypt parameters`);
    }
    const key = await deriveKey(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), { N, r, p });
    const opened = nacl_fast_default().secretbox.open(new Uint8Array(Buffer.from(envelope.ciphertext, 'base64')), new Uint8Array(Buffer.from(envelope.cipher.nonce, 'base64')), new Uint8Array(key));
    if (!opened)
        throw new errors/* ConfigurationError */.j1(`wrong passphrase for ${name} (or the key is damaged)`);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name} decrypts to something that is not a PKCS#8 private key`, {
            cause: error,
        });
    }
}
function openPublicKey(text, name = 'the public key') {
    const { type, der } = unpem(text, name);
    if (type !== 'PUBLIC KEY')
        throw new errors/* ConfigurationError */.j1(`${name} is a ${type}, not a PUBLIC KEY`);
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name} is not a valid public key`, { cause: error });
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/oci/registry.ts + 1 modules
var oci_registry = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/sign/cosign-legacy.ts
/**
 * cosign's original attachment storage, which podman, skopeo and bootc read today: an OCI image manifest
 * at the tag `sha256-<hex>.sig` (signatures: the simple-signing payload, the signature in the
 * `dev.cosignproject.cosign/signature` annotation) or `.att` (DSSE attestations) in the image's repository.
 */



const SIGNATURE_LAYER_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const ATTESTATION_LAYER_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const PREDICATE_TYPE_ANNOTATION = 'predicateType';
/** `sha256:abc…` → `sha256-abc….sig` (or `.att`) */
function attachmentTag(digest, kind) {
    return `${digest.replace(':', '-')}.${kind}`;
}
function signatureTag(digest) {
    return attachmentTag(digest, 'sig');
}
/** The layers of one media type stored at a digest's attachment tag (none when the tag does not exist). */
async function readAttachments(client, repository, digest, kind, mediaType) {
    let manifest;
    try {
        const stored = await client.getManifest(repository, attachmentTag(digest, kind));
        manifest = JSON.parse(stored.bytes.toString('utf8'));
    }
    catch (error) {
        if (error instanceof errors/* OsimgError */.ec && error.code === 'NOT_FOUND')
            return [];
        if (error instanceof SyntaxError)
            throw new errors/* OsimgError */.ec(`the ${kind} manifest of ${repository}@${digest} is not JSON`);
        throw error;
    }
    const attachments = [];
    for (const layer of Array.isArray(manifest?.layers) ? manifest.layers : []) {
        if (layer.mediaType !== mediaType)
            continue;
        attachments.push({ content: await client.getBlob(repository, layer.digest), layer });
    }
    return attachments;
}
/** The signatures stored for a digest. */
async function readSignatures(client, repository, digest) {
    return (await readAttachments(client, repository, digest, 'sig', SIGNATURE_LAYER_MEDIA_TYPE)).flatMap(({ content, layer }) => {
        const signature = layer.annotations?.[SIGNATURE_ANNOTATION];
        return signature ? [{ payload: content, signature, layer }] : [];
    });
}
/** The config cosign writes for an attachment image: empty, with one diff_id per layer. */
function attachmentConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
        config: {},
    }));
}
async function pushBuffer(client, repository, bytes) {
    const digest = (0,oci_registry/* sha256Digest */.sI)(bytes);
    if (!(await client.blobExists(repository, digest))) {
        await client.pushBlob(repository, digest, bytes.length, () => external_node_stream_.Readable.from(bytes));
    }
    return { digest, size: bytes.length };
}
/**
 * Adds a layer to a digest's attachment image, keeping the layers already there. Blobs go first and the
 * manifest last, so a reader never sees a layer without its content.
 */
async function attach(client, repository, digest, kind, content, layer, existing) {
    const blob = await pushBuffer(client, repository, content);
    const layers = [...existing, { ...layer, digest: blob.digest, size: blob.size }];
    const config = await pushBuffer(client, repository, attachmentConfig(layers));
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_registry/* MEDIA_TYPES */.Z2.ociManifest,
        config: { mediaType: CONFIG_MEDIA_TYPE, digest: config.digest, size: config.size },
        layers,
    };
    await client.putManifest(repository, attachmentTag(digest, kind), {
        mediaType: oci_registry/* MEDIA_TYPES */.Z2.ociManifest,
        bytes: Buffer.from(JSON.stringify(manifest)),
    });
}
function attachSignature(client, repository, digest, payload, signature, existing) {
    return attach(client, repository, digest, 'sig', payload, { mediaType: SIGNATURE_LAYER_MEDIA_TYPE, annotations: { [SIGNATURE_ANNOTATION]: signature } }, existing.map((stored) => stored.layer));
}

;// CONCATENATED MODULE: ./src/sign/dsse.ts
/**
 * DSSE envelopes (the signature wrapper of in-toto attestations): the signature covers the
 * pre-authentication encoding PAE(type, body) = "DSSEv1 <len(type)> <type> <len(body)> <body>".
 */


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
function pae(payloadType, body) {
    const type = Buffer.from(payloadType);
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${body.length} `), body]);
}
function signEnvelope(body, key, payloadType = IN_TOTO_PAYLOAD_TYPE) {
    const sig = (0,external_node_crypto_.createSign)('sha256').update(pae(payloadType, body)).sign(key).toString('base64');
    return { payloadType, payload: body.toString('base64'), signatures: [{ keyid: '', sig }] };
}
function parseEnvelope(bytes) {
    let envelope;
    try {
        envelope = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* OsimgError */.ec('an attestation is not a JSON DSSE envelope');
    }
    if (typeof envelope?.payloadType !== 'string' ||
        typeof envelope.payload !== 'string' ||
        !Array.isArray(envelope.signatures)) {
        throw new errors/* OsimgError */.ec('an attestation is not a DSSE envelope (payloadType, payload, signatures)');
    }
    return envelope;
}
/** The payload when any signature verifies with the key, else undefined. */
function openEnvelope(envelope, key) {
    const body = Buffer.from(envelope.payload, 'base64');
    const message = pae(envelope.payloadType, body);
    const valid = envelope.signatures.some((signature) => {
        try {
            return (0,external_node_crypto_.createVerify)('sha256').update(message).verify(key, Buffer.from(signature.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
    return valid ? body : undefined;
}
/**
 * The in-toto statement in an envelope, when the key signed it and it is about exactly `digest`
 * (algorithm:hex); undefined otherwise, including for payloads that are not statements.
 */
function statementAbout(envelope, key, digest) {
    const body = openEnvelope(envelope, key);
    if (!body)
        return undefined;
    const [algorithm, hex] = digest.split(':');
    try {
        const statement = JSON.parse(body.toString('utf8'));
        return statement.subject?.some((subject) => subject.digest?.[algorithm] === hex) ? statement : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/oci/referrers.ts
/**
 * OCI 1.1 referrers: artifacts that name an image as their `subject`. Registries with the referrers API
 * index them; for the others (Debian's distribution 2.8, older registries) the referrers tag schema is
 * kept by hand: an image index at the tag `sha256-<hex>` listing the referring manifests.
 */



/** The OCI empty descriptor's content: `{}`. */
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
function referrersTag(digest) {
    return digest.replace(':', '-');
}
async function ensureBlob(client, repository, bytes) {
    const digest = (0,oci_registry/* sha256Digest */.sI)(bytes);
    if (!(await client.blobExists(repository, digest))) {
        await client.pushBlob(repository, digest, bytes.length, () => external_node_stream_.Readable.from(bytes));
    }
    return digest;
}
function parseIndex(bytes, where) {
    try {
        const index = JSON.parse(bytes.toString('utf8'));
        if (!Array.isArray(index?.manifests))
            throw new Error('no manifests');
        return index;
    }
    catch {
        throw new errors/* OsimgError */.ec(`the referrers index ${where} is not an OCI image index`);
    }
}
async function tagIndex(client, repository, digest) {
    try {
        const stored = await client.getManifest(repository, referrersTag(digest));
        return parseIndex(stored.bytes, `${repository}:${referrersTag(digest)}`);
    }
    catch (error) {
        if (error instanceof errors/* OsimgError */.ec && error.code === 'NOT_FOUND')
            return undefined;
        throw error;
    }
}
/** Every referrer of a digest (optionally of one artifact type): referrers API first, then the tag schema. */
async function listReferrers(client, repository, digest, artifactType) {
    const fromApi = await client.getReferrers(repository, digest);
    const index = fromApi
        ? parseIndex(fromApi, `of ${repository}@${digest}`)
        : await tagIndex(client, repository, digest);
    return (index?.manifests ?? []).filter((entry) => !artifactType || entry.artifactType === artifactType);
}
/**
 * Attaches one blob as an artifact referring to `subject`: the blob and the empty config first, then the
 * artifact manifest by digest, then (without a referrers API) the referrers tag index. So a listed
 * referrer always resolves.
 */
async function attachReferrer(client, repository, subject, artifact) {
    const contentDigest = await ensureBlob(client, repository, artifact.content);
    const configDigest = await ensureBlob(client, repository, EMPTY_JSON);
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_registry/* MEDIA_TYPES */.Z2.ociManifest,
        artifactType: artifact.artifactType,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: configDigest, size: EMPTY_JSON.length },
        layers: [
            {
                mediaType: artifact.artifactType,
                digest: contentDigest,
                size: artifact.content.length,
                ...(artifact.layerAnnotations ? { annotations: artifact.layerAnnotations } : {}),
            },
        ],
        subject,
        annotations: artifact.annotations,
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const stored = await client.putReferrer(repository, { mediaType: oci_registry/* MEDIA_TYPES */.Z2.ociManifest, bytes });
    const descriptor = {
        mediaType: oci_registry/* MEDIA_TYPES */.Z2.ociManifest,
        digest: stored.digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        annotations: artifact.annotations,
    };
    if (!stored.indexed) {
        const index = (await tagIndex(client, repository, subject.digest)) ?? {
            schemaVersion: 2,
            mediaType: oci_registry/* MEDIA_TYPES */.Z2.ociIndex,
            manifests: [],
        };
        if (!index.manifests.some((entry) => entry.digest === descriptor.digest)) {
            index.manifests.push(descriptor);
            await client.putManifest(repository, referrersTag(subject.digest), {
                mediaType: oci_registry/* MEDIA_TYPES */.Z2.ociIndex,
                bytes: Buffer.from(JSON.stringify(index)),
            });
        }
    }
    return descriptor;
}

;// CONCATENATED MODULE: ./src/sign/provenance.ts
/**
 * in-toto statements, and the SLSA provenance v1 predicate for an image: who built it (the workflow), from
 * what (the source commit and the base image digest), with which parameters. Pure: everything comes in
 * as arguments, so the same facts give the same statement.
 */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const BUILD_TYPE = 'https://github.com/org/osimg/build/v1';
/** Short names accepted for predicate types (cosign's names where they exist). */
const PREDICATE_TYPES = {
    slsaprovenance: SLSA_PROVENANCE_V1,
    slsaprovenance1: SLSA_PROVENANCE_V1,
    spdxjson: 'https://spdx.dev/Document',
    spdx: 'https://spdx.dev/Document',
    cyclonedx: 'https://cyclonedx.org/bom',
};
function predicateTypeOf(name) {
    return PREDICATE_TYPES[name.toLowerCase()] ?? name;
}
function statement(subjectName, digest, predicateType, predicate) {
    const [algorithm, hex] = digest.split(':');
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: subjectName, digest: { [algorithm]: hex } }],
        predicateType,
        predicate,
    };
}
/** SLSA provenance v1 for a build run in GitHub Actions (or, without `run`, from a local checkout). */
function slsaProvenance(facts, run, fallback) {
    const source = run ? { url: `${run.serverUrl}/${run.repository}`, revision: run.sha } : fallback.source;
    const resolvedDependencies = [];
    if (source) {
        resolvedDependencies.push({
            uri: `git+${source.url}${run?.ref ? `@${run.ref}` : ''}`,
            digest: { gitCommit: source.revision },
        });
    }
    if (facts.base) {
        const [algorithm, hex] = facts.base.digest.split(':');
        resolvedDependencies.push({
            uri: `oci://${facts.base.name}`,
            digest: { [algorithm]: hex },
            name: 'base image',
        });
    }
    const builderId = run?.workflowRef ? `${run.serverUrl}/${run.workflowRef}` : fallback.builderId;
    return {
        buildDefinition: {
            buildType: BUILD_TYPE,
            externalParameters: {
                ...(run
                    ? {
                        workflow: {
                            ref: run.ref,
                            repository: `${run.serverUrl}/${run.repository}`,
                            path: run.workflowRef?.split('@')[0]?.split('/').slice(2).join('/'),
                        },
                    }
                    : {}),
                build: facts.parameters,
            },
            internalParameters: run
                ? {
                    github: {
                        event_name: run.eventName,
                        repository_id: run.repositoryId,
                        repository_owner_id: run.repositoryOwnerId,
                        runner_environment: run.runnerEnvironment,
                    },
                }
                : {},
            resolvedDependencies,
        },
        runDetails: {
            builder: { id: builderId },
            metadata: {
                ...(run?.runId
                    ? {
                        invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt ?? '1'}`,
                    }
                    : {}),
                ...(facts.startedOn ? { startedOn: facts.startedOn } : {}),
                ...(facts.finishedOn ? { finishedOn: facts.finishedOn } : {}),
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/sign/bundle.ts
/**
 * Sigstore bundles (v0.3) as OCI 1.1 referrers, the layout cosign v3 writes and reads: a bundle holding a
 * DSSE envelope of an in-toto statement about the image digest (for signatures, the predicate type
 * https://sigstore.dev/cosign/sign/v1), attached to the image as an artifact whose subject is the image.
 */




const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** A stable hint naming the key: base64 of the SHA-256 of its SPKI DER. */
function keyHint(publicKey) {
    const key = publicKey.type === 'public' ? publicKey : (0,external_node_crypto_.createPublicKey)(publicKey);
    return (0,external_node_crypto_.createHash)('sha256')
        .update(key.export({ format: 'der', type: 'spki' }))
        .digest('base64');
}
function statementBundle(body, privateKey, publicKey) {
    return {
        mediaType: BUNDLE_MEDIA_TYPE,
        // Key-based and without a transparency log: the key is the trust root, named by its hint.
        verificationMaterial: { publicKey: { hint: keyHint(publicKey) }, tlogEntries: [] },
        dsseEnvelope: signEnvelope(body, privateKey),
    };
}
/** Statements in the digest's bundle referrers that the key signed and that are about exactly this digest. */
async function bundleStatements(client, repository, digest, publicKey) {
    const statements = [];
    for (const referrer of await listReferrers(client, repository, digest, BUNDLE_MEDIA_TYPE)) {
        try {
            const manifest = JSON.parse((await client.getManifest(repository, referrer.digest)).bytes.toString('utf8'));
            const layer = manifest.layers?.find((candidate) => candidate.mediaType === BUNDLE_MEDIA_TYPE);
            if (!layer)
                continue;
            const bundle = JSON.parse((await client.getBlob(repository, layer.digest)).toString('utf8'));
            const found = bundle.dsseEnvelope && statementAbout(bundle.dsseEnvelope, publicKey, digest);
            if (found)
                statements.push(found);
        }
        catch {
            // A referrer that cannot be read or parsed is not a valid signature; others may still be.
            continue;
        }
    }
    return statements;
}
/** Attaches a signed statement about the image as a bundle referrer (skipped when an equal one exists). */
async function attachStatementBundle(client, image, predicateType, predicate, keys, created) {
    const body = Buffer.from(JSON.stringify(statement(image.name, image.digest, predicateType, predicate)));
    const existing = await bundleStatements(client, image.repository, image.digest, keys.publicKey);
    if (existing.some((found) => JSON.stringify(found) === body.toString('utf8')))
        return false;
    const bundle = Buffer.from(JSON.stringify(statementBundle(body, keys.privateKey, keys.publicKey)));
    await attachReferrer(client, image.repository, { digest: image.digest, mediaType: image.mediaType, size: image.size }, {
        artifactType: BUNDLE_MEDIA_TYPE,
        content: bundle,
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': predicateType,
            'org.opencontainers.image.created': created,
        },
        layerAnnotations: { 'org.opencontainers.image.title': `${bundleTitle(bundle)}.sigstore.json` },
    });
    return true;
}
function bundleTitle(bundle) {
    return `sha256-${(0,external_node_crypto_.createHash)('sha256').update(bundle).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/sign/simple-signing.ts
/**
 * The "simple signing" payload cosign signs and containers/image (podman, skopeo, bootc) verifies: it binds
 * a manifest digest to a repository name. Signatures are over these exact bytes.
 */


const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** The payload bytes for a repository (`registry/repo`, no tag) and a manifest digest. */
function simpleSigningPayload(repository, digest, annotations = {}) {
    const payload = {
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional: Object.keys(annotations).length > 0 ? annotations : null,
    };
    return Buffer.from(JSON.stringify(payload));
}
function parseSimpleSigning(bytes) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* OsimgError */.ec('a signature payload is not JSON');
    }
    if (parsed?.critical?.type !== SIMPLE_SIGNING_TYPE ||
        typeof parsed.critical.image?.['docker-manifest-digest'] !== 'string') {
        throw new errors/* OsimgError */.ec('a signature payload is not a cosign simple-signing payload');
    }
    return parsed;
}
/** ECDSA (or RSA/Ed25519) over SHA-256 of the payload, DER-encoded, base64 — cosign's signature annotation. */
function signPayload(payload, key) {
    if (key.asymmetricKeyType === 'ed25519') {
        throw new errors/* OsimgError */.ec('Ed25519 keys are not supported for image signatures; use an ECDSA P-256 key');
    }
    return (0,external_node_crypto_.createSign)('sha256').update(payload).sign(key).toString('base64');
}
function verifyPayload(payload, signatureBase64, key) {
    try {
        return (0,external_node_crypto_.createVerify)('sha256').update(payload).verify(key, Buffer.from(signatureBase64, 'base64'));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/sign/signatures.ts






const SIGNATURE_FORMATS = ['legacy', 'bundle'];
/** The `format` option: legacy, bundle, or both (the default: podman/bootc read one, cosign v3 the other). */
function parseSignatureFormat(text, name) {
    const value = text.trim() || 'both';
    if (value === 'both')
        return [...SIGNATURE_FORMATS];
    if (value === 'legacy' || value === 'bundle')
        return [value];
    throw new errors/* ConfigurationError */.j1(`${name} must be legacy, bundle or both, not "${text}"`);
}
/** One line for logs: what a signing run wrote. */
function describeSignResult(name, result) {
    return result.added.length > 0
        ? `signed ${name}@${result.digest} (${result.added.join(' and ')})`
        : `already signed by this key: ${name}@${result.digest}`;
}
/** What a reference names now: its digest (asked once for a tag), media type and size. */
async function resolveImage(client, ref) {
    let manifest;
    try {
        manifest = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
    }
    catch (error) {
        if (error instanceof errors/* OsimgError */.ec && error.code === 'NOT_FOUND') {
            throw new errors/* OsimgError */.ec(`${(0,reference/* formatReference */.FH)(ref)} does not exist: check the name, tag or digest`, {
                code: 'NOT_FOUND',
                cause: error,
            });
        }
        throw error;
    }
    if (ref.digest && manifest.digest !== ref.digest) {
        throw new errors/* OsimgError */.ec(`the registry returned other content for ${(0,reference/* formatReference */.FH)(ref)}`, {
            code: 'DIGEST_MISMATCH',
        });
    }
    return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
}
async function resolveDigest(client, ref) {
    return (await resolveImage(client, ref)).digest;
}
/** Signatures among `stored` that this key made over this digest for this repository. */
function validSignatures(stored, publicKey, repository, digest) {
    return stored.filter((entry) => {
        if (!verifyPayload(entry.payload, entry.signature, publicKey))
            return false;
        try {
            const payload = parseSimpleSigning(entry.payload);
            return (payload.critical.image['docker-manifest-digest'] === digest &&
                payload.critical.identity['docker-reference'] === repository);
        }
        catch {
            return false;
        }
    });
}
async function signImage(client, ref, keys, options = {}) {
    const image = await resolveImage(client, ref);
    const { digest } = image;
    const repository = (0,reference/* repositoryName */.aR)(ref);
    const annotations = options.annotations ?? {};
    const formats = options.formats ?? SIGNATURE_FORMATS;
    const added = [];
    if (formats.includes('legacy')) {
        const existing = await readSignatures(client, ref.repository, digest);
        const payload = simpleSigningPayload(repository, digest, annotations);
        const already = validSignatures(existing, keys.publicKey, repository, digest).some((entry) => entry.payload.equals(payload));
        if (!already) {
            await attachSignature(client, ref.repository, digest, payload, signPayload(payload, keys.privateKey), existing);
            added.push('legacy');
        }
    }
    if (formats.includes('bundle')) {
        const created = (options.now ?? new Date()).toISOString();
        const image_ = { repository: ref.repository, name: repository, ...image };
        if (await attachStatementBundle(client, image_, COSIGN_SIGN_PREDICATE, annotations, keys, created))
            added.push('bundle');
    }
    return { digest, added };
}
/**
 * Fails closed: returns the digest only when a signature by `publicKey` covers exactly that digest and
 * repository; otherwise throws a sentence that says what was found.
 */
async function verifyImage(client, ref, publicKey) {
    const digest = await resolveDigest(client, ref);
    const repository = (0,reference/* repositoryName */.aR)(ref);
    // Either format counts: the legacy .sig (podman, bootc) or a cosign/sign/v1 bundle referrer (cosign v3).
    const stored = await readSignatures(client, ref.repository, digest);
    if (validSignatures(stored, publicKey, repository, digest).length > 0)
        return digest;
    const statements = await bundleStatements(client, ref.repository, digest, publicKey);
    if (statements.some((found) => found.predicateType === COSIGN_SIGN_PREDICATE))
        return digest;
    // Bundle referrers that say they are signatures (attestation bundles are not).
    const bundles = (await listReferrers(client, ref.repository, digest, BUNDLE_MEDIA_TYPE)).filter((entry) => entry.annotations?.['dev.sigstore.bundle.predicateType'] === COSIGN_SIGN_PREDICATE);
    const found = stored.length + bundles.length;
    if (found === 0) {
        throw new errors/* OsimgError */.ec(`${repository}@${digest} is not signed: no signature was found for this digest`, {
            code: 'NOT_FOUND',
        });
    }
    throw new errors/* OsimgError */.ec(`${repository}@${digest} has ${found} signature(s), but none by this key for this digest and repository`, {
        code: 'AUTH',
    });
}

;// CONCATENATED MODULE: ./src/sign/attest.ts







/** The statements among `.att` attachments that this key signed and that are about exactly this digest. */
function statementsIn(attachments, publicKey, digest) {
    return attachments.flatMap(({ content }) => {
        try {
            return statementAbout(parseEnvelope(content), publicKey, digest) ?? [];
        }
        catch {
            return [];
        }
    });
}
/** Statements in the `.att` image that this key signed and that are about exactly this digest. */
async function verifiedStatements(client, repository, digest, publicKey) {
    const attachments = await readAttachments(client, repository, digest, 'att', ATTESTATION_LAYER_MEDIA_TYPE);
    return statementsIn(attachments, publicKey, digest);
}
async function attestImage(client, ref, keys, predicateType, predicate, now = new Date()) {
    const image = await resolveImage(client, ref);
    const { digest } = image;
    const body = Buffer.from(JSON.stringify(statement((0,reference/* repositoryName */.aR)(ref), digest, predicateType, predicate)));
    let added = false;
    // cosign's .att layout (what cosign v2 and most verifiers read), read once...
    const existing = await readAttachments(client, ref.repository, digest, 'att', ATTESTATION_LAYER_MEDIA_TYPE);
    const same = statementsIn(existing, keys.publicKey, digest).some((found) => JSON.stringify(found) === body.toString('utf8'));
    if (!same) {
        const envelope = Buffer.from(JSON.stringify(signEnvelope(body, keys.privateKey)));
        await attach(client, ref.repository, digest, 'att', envelope, {
            mediaType: ATTESTATION_LAYER_MEDIA_TYPE,
            annotations: { [PREDICATE_TYPE_ANNOTATION]: predicateType },
        }, existing.map((attachment) => attachment.layer));
        added = true;
    }
    // ...and a Sigstore bundle referrer (what cosign v3 writes).
    const image_ = { repository: ref.repository, name: (0,reference/* repositoryName */.aR)(ref), ...image };
    if (await attachStatementBundle(client, image_, predicateType, predicate, keys, now.toISOString()))
        added = true;
    return { digest, added };
}
/** Fails closed unless every required predicate type has an attestation by the key for this digest. */
async function requireAttestations(client, ref, digest, publicKey, required) {
    if (required.length === 0)
        return [];
    // The signature itself (cosign/sign/v1 in a bundle) is not an attestation.
    const statements = [
        ...(await verifiedStatements(client, ref.repository, digest, publicKey)),
        ...(await bundleStatements(client, ref.repository, digest, publicKey)),
    ].filter((found) => found.predicateType !== COSIGN_SIGN_PREDICATE);
    const missing = required.filter((type) => !statements.some((found) => found.predicateType === type));
    if (missing.length > 0) {
        throw new errors/* OsimgError */.ec(`${(0,reference/* repositoryName */.aR)(ref)}@${digest} has no attestation by this key of type ${missing.join(', ')} (found: ${[...new Set(statements.map((found) => found.predicateType))].join(', ') || 'none'})`, { code: 'AUTH' });
    }
    return statements;
}
/** The labels of an image's config (osimg build records the source and base there). */
async function imageLabels(client, repository, digest) {
    const manifest = JSON.parse((await client.getManifest(repository, digest)).bytes.toString('utf8'));
    if (!manifest.config?.digest)
        return {};
    const config = JSON.parse((await client.getBlob(repository, manifest.config.digest)).toString('utf8'));
    return config.config?.Labels ?? {};
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(6599);
;// CONCATENATED MODULE: ./src/sign/registry-access.ts
/** A registry client for an image reference: explicit credentials, else the logins in auth files. */


async function clientFor(registry, options) {
    const credentials = options.credentials ?? (await (0,auth/* credentialsFromAuthFiles */.i5)(options.authFiles, registry));
    return new oci_registry/* RegistryClient */.bP({ registry, credentials, insecure: !options.tlsVerify });
}

// EXTERNAL MODULE: ./src/values.ts
var src_values = __webpack_require__(4777);
;// CONCATENATED MODULE: ./src/cli/sign.ts
/**
 * `osimg key`, `osimg sign` and `osimg verify` with cosign-format keys and cosign's `.sig` signatures.
 * Passphrases and registry passwords come from the environment or stdin, never from arguments.
 */















const KEY_HELP = `Usage: osimg key generate [--output-key-prefix PREFIX]
       osimg key public --key PRIVATE_KEY

generate: writes PREFIX.key (cosign format: ENCRYPTED SIGSTORE PRIVATE KEY) and PREFIX.pub (default
prefix: cosign). public: prints the public key of a private key (cosign-generated keys work too).
The passphrase comes from OSIMG_KEY_PASSWORD (or COSIGN_PASSWORD), or from stdin with --passphrase-stdin.
`;
const SIGN_HELP = `Usage: osimg sign IMAGE --key PRIVATE_KEY [-a KEY=VALUE]... [--format legacy|bundle|both]

Signs the digest IMAGE names (a tag is resolved once) in cosign's formats: the sha256-<hex>.sig tag that
podman, skopeo and bootc verify, and a Sigstore bundle referrer as cosign v3 writes (default: both).
Re-signing the same digest with the same key changes nothing.
Passphrase: OSIMG_KEY_PASSWORD / COSIGN_PASSWORD or --passphrase-stdin. Registry login: the auth files of
podman/docker login, or OSIMG_REGISTRY_USERNAME and OSIMG_REGISTRY_PASSWORD.
`;
const ATTEST_HELP = `Usage: osimg attest IMAGE --key PRIVATE_KEY (--predicate FILE --type TYPE | --provenance)

Attaches a DSSE-signed in-toto statement about the digest IMAGE names, in cosign's .att layout. TYPE is
slsaprovenance, spdxjson, cyclonedx or a predicate type URI. --provenance writes SLSA provenance v1 from
the GitHub Actions context (or git) and the image's own osimg labels (source revision, base digest).
`;
const VERIFY_HELP = `Usage: osimg verify IMAGE --key PUBLIC_KEY [--require-attestation TYPE]... [--write-host-policy DIR]

Fails closed: exits 0 and prints the verified digest only when a signature by the key covers exactly
that digest and repository. --write-host-policy writes policy.json and registries.d/osimg.yaml for hosts
(bootc, podman) that must enforce the same rule at pull time.
`;
async function passphrase(context, fromStdin) {
    if (fromStdin)
        return (await context.readStdin()).replace(/\r?\n$/, '');
    const value = context.env.OSIMG_KEY_PASSWORD ?? context.env.COSIGN_PASSWORD;
    if (value === undefined) {
        throw new errors/* ConfigurationError */.j1('no key passphrase: set OSIMG_KEY_PASSWORD (or COSIGN_PASSWORD), or pass --passphrase-stdin');
    }
    return value;
}
async function readText(path, what) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`cannot read ${what} ${path}: check the path`);
    }
}
function registryClient(registry, context, tlsVerify) {
    const env = context.env;
    const credentials = env.OSIMG_REGISTRY_USERNAME && env.OSIMG_REGISTRY_PASSWORD
        ? { username: env.OSIMG_REGISTRY_USERNAME, password: env.OSIMG_REGISTRY_PASSWORD }
        : undefined;
    return clientFor(registry, { credentials, authFiles: (0,request/* defaultAuthFiles */.Dc)(env), tlsVerify });
}
/** The one IMAGE a command takes, and a registry client for it. */
async function target(positionals, command, context, tlsVerify) {
    if (positionals.length !== 1)
        throw new errors/* ConfigurationError */.j1(`osimg ${command} takes one IMAGE reference`);
    const ref = (0,reference/* parseReference */.F2)(positionals[0]);
    const client = await registryClient(ref.registry, context, (0,src_values/* parseBoolean */.yG)(tlsVerify ?? '', '--tls-verify', true));
    return { ref, client };
}
/** The private key named by --key, opened with the passphrase from the environment or stdin. */
async function privateKeyFrom(key, command, context, fromStdin) {
    if (!key)
        throw new errors/* ConfigurationError */.j1(`osimg ${command} needs --key PRIVATE_KEY (keyless signing is not available yet)`);
    return openPrivateKey(await readText((0,external_node_path_.resolve)(context.cwd, key), 'the key'), await passphrase(context, fromStdin), key);
}
async function keyCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            'output-key-prefix': { type: 'string' },
            key: { type: 'string' },
            'passphrase-stdin': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help || positionals.length === 0) {
        context.stdout(KEY_HELP);
        return values.help ? 0 : 2;
    }
    if (positionals[0] === 'generate') {
        const prefix = (0,external_node_path_.resolve)(context.cwd, values['output-key-prefix'] ?? 'cosign');
        const pair = await generateKeyPair(await passphrase(context, values['passphrase-stdin']));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(prefix), { recursive: true });
        await (0,promises_.writeFile)(`${prefix}.key`, pair.privatePem, { mode: 0o600, flag: 'wx' }).catch((error) => {
            throw new errors/* ConfigurationError */.j1(error.code === 'EEXIST'
                ? `${prefix}.key exists already: remove it or choose another --output-key-prefix`
                : `cannot write ${prefix}.key: ${error.message}`);
        });
        await (0,run/* writeAtomically */.vK)(`${prefix}.pub`, pair.publicPem);
        context.stderr(`wrote ${prefix}.key and ${prefix}.pub\n`);
        return 0;
    }
    if (positionals[0] === 'public') {
        if (!values.key)
            throw new errors/* ConfigurationError */.j1('osimg key public needs --key PRIVATE_KEY');
        const key = await openPrivateKey(await readText((0,external_node_path_.resolve)(context.cwd, values.key), 'the key'), await passphrase(context, values['passphrase-stdin']), values.key);
        context.stdout(publicKeyPem(key));
        return 0;
    }
    throw new errors/* ConfigurationError */.j1(`unknown key command "${positionals[0]}": use generate or public`);
}
async function signCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            key: { type: 'string' },
            annotation: { type: 'string', short: 'a', multiple: true },
            format: { type: 'string' },
            'passphrase-stdin': { type: 'boolean' },
            'tls-verify': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(SIGN_HELP);
        return 0;
    }
    const privateKey = await privateKeyFrom(values.key, 'sign', context, values['passphrase-stdin']);
    const { ref, client } = await target(positionals, 'sign', context, values['tls-verify']);
    const annotations = (0,src_values/* parseKeyValues */.Hl)((values.annotation ?? []).join('\n'), '--annotation');
    const result = await signImage(client, ref, { privateKey, publicKey: openPublicKey(publicKeyPem(privateKey)) }, { annotations, formats: parseSignatureFormat(values.format ?? '', '--format') });
    context.stderr(`${describeSignResult((0,reference/* repositoryName */.aR)(ref), result)}\n`);
    context.stdout(`${(0,reference/* repositoryName */.aR)(ref)}@${result.digest}\n`);
    return 0;
}
async function verifyCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            key: { type: 'string' },
            'require-attestation': { type: 'string', multiple: true },
            'write-host-policy': { type: 'string' },
            'tls-verify': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(VERIFY_HELP);
        return 0;
    }
    if (!values.key)
        throw new errors/* ConfigurationError */.j1('osimg verify needs --key PUBLIC_KEY (keyless identities are not available yet)');
    const keyPath = (0,external_node_path_.resolve)(context.cwd, values.key);
    const publicKey = openPublicKey(await readText(keyPath, 'the public key'), values.key);
    const { ref, client } = await target(positionals, 'verify', context, values['tls-verify']);
    const digest = await verifyImage(client, ref, publicKey);
    await requireAttestations(client, ref, digest, publicKey, (values['require-attestation'] ?? []).map(predicateTypeOf));
    if (values['write-host-policy']) {
        const dir = (0,external_node_path_.resolve)(context.cwd, values['write-host-policy']);
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(dir, 'registries.d'), { recursive: true });
        await (0,run/* writeAtomically */.vK)((0,external_node_path_.resolve)(dir, 'policy.json'), containersPolicy((0,reference/* repositoryName */.aR)(ref), keyPath));
        await (0,run/* writeAtomically */.vK)((0,external_node_path_.resolve)(dir, 'registries.d', 'osimg.yaml'), registriesDConfig(ref.registry));
    }
    context.stdout(`${(0,reference/* repositoryName */.aR)(ref)}@${digest}\n`);
    return 0;
}
async function attestCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            key: { type: 'string' },
            predicate: { type: 'string' },
            type: { type: 'string' },
            provenance: { type: 'boolean' },
            'passphrase-stdin': { type: 'boolean' },
            'tls-verify': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(ATTEST_HELP);
        return 0;
    }
    if (Boolean(values.provenance) === Boolean(values.predicate)) {
        throw new errors/* ConfigurationError */.j1('give either --predicate FILE with --type, or --provenance');
    }
    if (values.predicate && !values.type)
        throw new errors/* ConfigurationError */.j1('--predicate needs --type (e.g. spdxjson, cyclonedx or a URI)');
    const privateKey = await privateKeyFrom(values.key, 'attest', context, values['passphrase-stdin']);
    const { ref, client } = await target(positionals, 'attest', context, values['tls-verify']);
    let predicateType;
    let predicate;
    if (values.provenance) {
        const digest = ref.digest ?? (await client.getManifest(ref.repository, ref.tag ?? 'latest')).digest;
        const labels = await imageLabels(client, ref.repository, digest);
        const env = context.env;
        const run = env.GITHUB_REPOSITORY && env.GITHUB_SHA
            ? {
                serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
                repository: env.GITHUB_REPOSITORY,
                repositoryId: env.GITHUB_REPOSITORY_ID,
                repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
                ref: env.GITHUB_REF,
                sha: env.GITHUB_SHA,
                workflowRef: env.GITHUB_WORKFLOW_REF,
                eventName: env.GITHUB_EVENT_NAME,
                runId: env.GITHUB_RUN_ID,
                runAttempt: env.GITHUB_RUN_ATTEMPT,
                runnerEnvironment: env.RUNNER_ENVIRONMENT,
            }
            : undefined;
        const base = labels['org.opencontainers.image.base.name'] && labels['org.opencontainers.image.base.digest']
            ? {
                name: labels['org.opencontainers.image.base.name'],
                digest: labels['org.opencontainers.image.base.digest'],
            }
            : undefined;
        const source = labels['org.opencontainers.image.source'] && labels['org.opencontainers.image.revision']
            ? {
                url: labels['org.opencontainers.image.source'],
                revision: labels['org.opencontainers.image.revision'],
            }
            : undefined;
        predicateType = SLSA_PROVENANCE_V1;
        predicate = slsaProvenance({ parameters: { image: `${(0,reference/* repositoryName */.aR)(ref)}@${digest}` }, base }, run, {
            builderId: `https://github.com/org/osimg/cli@${version/* VERSION */.x}`,
            source,
        });
    }
    else {
        predicateType = predicateTypeOf(values.type);
        try {
            predicate = JSON.parse(await readText((0,external_node_path_.resolve)(context.cwd, values.predicate), 'the predicate'));
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw error;
            throw new errors/* ConfigurationError */.j1(`the predicate ${values.predicate} is not JSON`);
        }
    }
    const result = await attestImage(client, ref, { privateKey, publicKey: openPublicKey(publicKeyPem(privateKey)) }, predicateType, predicate);
    context.stderr(`${result.added ? 'attested' : 'already attested by this key'}: ${predicateType} for ${(0,reference/* repositoryName */.aR)(ref)}@${result.digest}\n`);
    context.stdout(`${(0,reference/* repositoryName */.aR)(ref)}@${result.digest}\n`);
    return 0;
}


/***/ })

};
