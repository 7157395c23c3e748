export const id = 797;
export const ids = [797];
export const modules = {

/***/ 12280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CliLogger)
/* harmony export */ });
class CliLogger {
    options;
    write;
    constructor(options, write = (text) => process.stderr.write(text)) {
        this.options = options;
        this.write = write;
    }
    info(message) {
        if (!this.options.quiet)
            this.write(`${message}\n`);
    }
    warning(message) {
        this.write(`warning: ${message}\n`);
    }
    debug(message) {
        if (this.options.verbose)
            this.write(`debug: ${message}\n`);
    }
    console(line) {
        if (this.options.verbose)
            this.write(`  | ${line}\n`);
    }
    async group(name, work) {
        const started = Date.now();
        if (!this.options.quiet)
            this.write(`==> ${name}\n`);
        const result = await work();
        if (!this.options.quiet)
            this.write(`    ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        return result;
    }
}


/***/ }),

/***/ 27797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PUBLISH_AMI_HELP: () => (/* binding */ PUBLISH_AMI_HELP),
  publishAmiCommand: () => (/* binding */ publishAmiCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ebs/dist-cjs/index.js
var dist_cjs = __webpack_require__(67787);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/ami/aws.ts
/**
 * The AWS side of publish-ami: one EC2 and EBS client per region and one S3 client, built from the standard
 * credential provider chain (environment, shared config, web identity from configure-aws-credentials,
 * container and instance roles). Every call goes through `send`, which retries throttling and transient
 * errors with jittered exponential backoff, so that policy is ours, visible and tested; the SDK's own retry
 * is switched off for EC2 and EBS to keep attempts from multiplying.
 */




function defaultAwsClients(options = {}) {
    const ec2 = new Map();
    const ebs = new Map();
    const s3 = new Map();
    const maxAttempts = options.sdkMaxAttempts ?? 1;
    const clients = {
        ec2: (region) => memo(ec2, region, () => new client_ec2_dist_cjs/* EC2Client */.gu5({ region, maxAttempts })),
        ebs: (region) => memo(ebs, region, () => new dist_cjs/* EBSClient */.q({ region, maxAttempts })),
        // lib-storage calls S3 itself: the SDK's standard retry (3 attempts) covers its parts.
        s3: (region) => memo(s3, region, () => new client_s3_dist_cjs.S3Client({ region })),
        checkCredentials: async (region) => {
            try {
                const credentials = await clients.ec2(region).config.credentials();
                if (!credentials.accessKeyId)
                    throw new Error('empty access key');
            }
            catch (error) {
                throw missingCredentials(error);
            }
        },
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: () => Date.now(),
    };
    return clients;
}
function memo(map, key, make) {
    let value = map.get(key);
    if (!value)
        map.set(key, (value = make()));
    return value;
}
function missingCredentials(cause) {
    return new errors/* ConfigurationError */.j1('no AWS credentials found: run aws-actions/configure-aws-credentials before this step (or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)', { cause });
}
/** The service's error code ("RequestLimitExceeded", "InvalidAMIName.Duplicate"), or the error's name. */
function errorCode(error) {
    const shape = (error ?? {});
    // Network errors are plain Errors with a system code (ENOTFOUND, ECONNRESET).
    if ((!shape.name || shape.name === 'Error') && shape.code)
        return shape.code;
    return shape.Code ?? shape.name ?? shape.code ?? '';
}
const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'RequestLimitExceeded',
    'RequestThrottledException',
    'TooManyRequestsException',
    'SlowDown',
    'RequestThrottled',
]);
const TRANSIENT = new Set([
    'InternalServerException',
    'InternalError',
    'InternalFailure',
    'ServiceUnavailable',
    'Unavailable',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
]);
function isThrottling(error) {
    return THROTTLING.has(errorCode(error)) || error?.$retryable?.throttling === true;
}
/** Throttling, 5xx and dropped connections: worth another attempt. Validation errors never are. */
function isRetryable(error) {
    if (isThrottling(error) || TRANSIENT.has(errorCode(error)))
        return true;
    const status = error?.$metadata?.httpStatusCode;
    return error?.$fault === 'server' || (status !== undefined && status >= 500);
}
const REJECTED = new Set([
    'AuthFailure',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException',
    'SignatureDoesNotMatch',
    'OptInRequired',
]);
const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
const DEFAULT_RETRY = { attempts: 8, baseMs: 200, maxMs: 20_000 };
/**
 * Runs one AWS call with retries on throttling and transient errors (full jitter, doubling to maxMs), and
 * turns credential and permission errors into one sentence naming the AWS action.
 */
async function call(action, request, sleep, policy = DEFAULT_RETRY) {
    for (let attempt = 1;; attempt++) {
        try {
            return await request();
        }
        catch (error) {
            if (attempt < policy.attempts && isRetryable(error)) {
                const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
                await sleep(Math.random() * ceiling);
                continue;
            }
            throw describeAwsError(error, action);
        }
    }
}
function describeAwsError(error, action) {
    if (error instanceof errors/* OsimgError */.ec)
        return error;
    const code = errorCode(error);
    const message = (error?.message ?? String(error)).replace(/\s+/g, ' ').trim();
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message))
        return missingCredentials(error);
    if (REJECTED.has(code))
        return new errors/* ConfigurationError */.j1(`AWS rejected the credentials for ${action} (${code}: ${message}): renew them, check the role, or enable the region for the account`, { cause: error });
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new AwsError(`${action} cannot reach AWS (${message}): check the region name and this machine's network`, code, error);
    if (DENIED.has(code)) {
        return new errors/* ConfigurationError */.j1(`AWS denied ${action} (${code}): give the role the permissions listed in docs/publish-ami.md (${message})`, { cause: error });
    }
    return new AwsError(`${action} failed: ${code ? `${code}: ` : ''}${message}`, code, error);
}
/** An AWS call that failed for a reason other than credentials or permissions; keeps the service's code. */
class AwsError extends errors/* OsimgError */.ec {
    awsCode;
    constructor(message, awsCode, cause) {
        super(message, { code: 'AWS', cause });
        this.awsCode = awsCode;
    }
}

;// CONCATENATED MODULE: ./src/ami/naming.ts
/**
 * Names, tags and idempotency tokens. The AMI name derives from the image digest (and architecture), so a
 * re-run finds what an earlier run made; tags mark everything osimg creates, which is what the janitor
 * and the re-run look for; client tokens make a retried create return the first result, never a second
 * resource.
 */

const TAG = {
    managed: 'osimg:managed',
    digest: 'osimg:image-digest',
    name: 'osimg:ami-name',
    run: 'osimg:run',
};
/** AMI names: 3-128 characters of letters, digits and ()[] ./-'@_ (EC2's rule). */
const AMI_NAME_CHARS = /^[A-Za-z0-9()[\] ./\-'@_]+$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Longest prefix that leaves room for "-<64 hex>-<arch>" in 128 characters. */
const MAX_PREFIX = 128 - 64 - '-x86_64'.length - 1;
function amiName(prefix, digest, architecture) {
    return `${prefix}-${digest.slice('sha256:'.length)}-${architecture}`;
}
function description(digest) {
    return `osimg: OS image ${digest}`;
}
/** osimg's own tags, then the user's (which cannot replace osimg's: validated in the request). */
function resourceTags(name, digest, runId, user) {
    return [
        { Key: 'Name', Value: name },
        { Key: TAG.managed, Value: 'true' },
        { Key: TAG.digest, Value: digest },
        { Key: TAG.name, Value: name },
        { Key: TAG.run, Value: runId },
        ...Object.entries(user)
            .filter(([key]) => key !== 'Name')
            .map(([Key, Value]) => ({ Key, Value })),
    ].map((tag) => (tag.Key === 'Name' && user.Name ? { Key: 'Name', Value: user.Name } : tag));
}
/** A 64-character idempotency token from its parts (EC2 and EBS take up to 64 ASCII characters). */
function clientToken(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
function tagValue(tags, key) {
    return tags?.find((tag) => tag.Key === key)?.Value;
}

;// CONCATENATED MODULE: ./src/ami/ec2.ts
/**
 * The EC2 calls of publish-ami, one function each: find (by name and tags), wait, register, copy, share,
 * and delete. Every call goes through `call` (retries, clear errors).
 */




/** Poll intervals: start at 2 s, grow by half each time, at most 30 s. */
async function poll(what, sleep, timeoutMs, check) {
    let waited = 0;
    for (let interval = 2000;; interval = Math.min(30_000, Math.round(interval * 1.5))) {
        const result = await check();
        if (result !== undefined)
            return result;
        if (waited >= timeoutMs)
            throw new errors/* OsimgError */.ec(`gave up waiting for ${what} after ${Math.round(waited / 60_000)} minutes`, {
                code: 'TIMEOUT',
            });
        await sleep(interval);
        waited += interval;
    }
}
/** Our AMI by name in this region (names are unique per account and region), or undefined. */
async function findImage(ec2, name, sleep) {
    const images = await describeImages(ec2, [{ Name: 'name', Values: [name] }], sleep);
    return images.find((image) => image.Name === name);
}
async function describeImages(ec2, filters, sleep) {
    const images = [];
    let NextToken;
    do {
        const page = await call('ec2:DescribeImages', () => ec2.send(new client_ec2_dist_cjs/* DescribeImagesCommand */.ji5({ Owners: ['self'], Filters: filters, NextToken })), sleep);
        images.push(...(page.Images ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    return images;
}
async function describeSnapshots(ec2, filters, sleep) {
    const snapshots = [];
    let NextToken;
    do {
        const page = await call('ec2:DescribeSnapshots', () => ec2.send(new client_ec2_dist_cjs/* DescribeSnapshotsCommand */.MmI({ OwnerIds: ['self'], Filters: filters, NextToken })), sleep);
        snapshots.push(...(page.Snapshots ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    return snapshots;
}
/** A completed osimg snapshot of this digest and AMI name, left by an earlier run, to register again. */
async function findSnapshot(ec2, name, digest, sleep) {
    const snapshots = await describeSnapshots(ec2, [
        { Name: `tag:${TAG.managed}`, Values: ['true'] },
        { Name: `tag:${TAG.digest}`, Values: [digest] },
        { Name: `tag:${TAG.name}`, Values: [name] },
        { Name: 'status', Values: ['completed'] },
    ], sleep);
    return snapshots.sort((a, b) => (b.StartTime?.getTime() ?? 0) - (a.StartTime?.getTime() ?? 0))[0];
}
async function waitSnapshot(ec2, snapshotId, sleep, timeoutMs = 90 * 60_000) {
    return poll(`snapshot ${snapshotId} to complete`, sleep, timeoutMs, async () => {
        const page = await call('ec2:DescribeSnapshots', () => ec2.send(new client_ec2_dist_cjs/* DescribeSnapshotsCommand */.MmI({ SnapshotIds: [snapshotId] })), sleep);
        const snapshot = page.Snapshots?.[0];
        if (snapshot?.State === 'error')
            throw new errors/* OsimgError */.ec(`snapshot ${snapshotId} failed${snapshot.StateMessage ? `: ${snapshot.StateMessage}` : ''}`);
        return snapshot?.State === 'completed' ? snapshot : undefined;
    });
}
async function waitImage(ec2, imageId, sleep, timeoutMs = 3 * 60 * 60_000) {
    return poll(`AMI ${imageId} to become available`, sleep, timeoutMs, async () => {
        const page = await call('ec2:DescribeImages', () => ec2.send(new client_ec2_dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] })), sleep);
        const image = page.Images?.[0];
        if (!image)
            return undefined; // a new AMI can take a moment to be visible
        if (image.State === 'available')
            return image;
        if (image.State === 'pending')
            return undefined;
        throw new errors/* OsimgError */.ec(`AMI ${imageId} is ${image.State}${image.StateReason?.Message ? `: ${image.StateReason.Message}` : ''}`);
    });
}
const ROOT_DEVICE = '/dev/xvda';
/** RegisterImage's input: HVM, ENA and SR-IOV, gp3 root on /dev/xvda, tags at creation. */
function registerInput(registration) {
    return {
        Name: registration.name,
        Description: registration.description,
        Architecture: registration.architecture,
        VirtualizationType: 'hvm',
        RootDeviceName: ROOT_DEVICE,
        BlockDeviceMappings: [
            {
                DeviceName: ROOT_DEVICE,
                Ebs: { SnapshotId: registration.snapshotId, VolumeType: 'gp3', DeleteOnTermination: true },
            },
        ],
        EnaSupport: true,
        SriovNetSupport: 'simple',
        BootMode: registration.bootMode,
        ...(registration.tpmSupport ? { TpmSupport: 'v2.0' } : {}),
        ...(registration.imdsV2 === 'required' ? { ImdsSupport: 'v2.0' } : {}),
        TagSpecifications: [{ ResourceType: 'image', Tags: registration.tags }],
    };
}
/**
 * Registers the AMI. RegisterImage takes no client token; the name is unique per region, so a retry whose
 * first attempt did register finds "InvalidAMIName.Duplicate" and returns that AMI instead.
 */
async function registerImage(ec2, registration, sleep) {
    try {
        const result = await call('ec2:RegisterImage', () => ec2.send(new client_ec2_dist_cjs/* RegisterImageCommand */.kUQ(registerInput(registration))), sleep);
        if (!result.ImageId)
            throw new errors/* OsimgError */.ec('RegisterImage answered without an AMI ID');
        return { imageId: result.ImageId, created: true };
    }
    catch (error) {
        if (error instanceof AwsError && error.awsCode === 'InvalidAMIName.Duplicate') {
            const existing = await findImage(ec2, registration.name, sleep);
            const snapshot = existing?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId;
            if (existing?.ImageId && snapshot === registration.snapshotId)
                return { imageId: existing.ImageId, created: false };
        }
        throw error;
    }
}
async function copyImage(ec2, input, sleep) {
    const result = await call('ec2:CopyImage', () => ec2.send(new client_ec2_dist_cjs/* CopyImageCommand */.SDF({
        Name: input.name,
        Description: input.description,
        SourceImageId: input.sourceImageId,
        SourceRegion: input.sourceRegion,
        ClientToken: input.clientToken,
        TagSpecifications: [
            { ResourceType: 'image', Tags: input.tags },
            { ResourceType: 'snapshot', Tags: input.tags },
        ],
    })), sleep);
    if (!result.ImageId)
        throw new errors/* OsimgError */.ec('CopyImage answered without an AMI ID');
    return result.ImageId;
}
function snapshotsOf(image) {
    return (image.BlockDeviceMappings ?? []).flatMap((mapping) => mapping.Ebs?.SnapshotId ? [mapping.Ebs.SnapshotId] : []);
}
/** Refuses to make anything public where the account blocks public AMI sharing (before any upload). */
async function checkPublicAllowed(ec2, region, sleep) {
    let state;
    try {
        state = (await call('ec2:GetImageBlockPublicAccessState', () => ec2.send(new client_ec2_dist_cjs/* GetImageBlockPublicAccessStateCommand */.QRd({})), sleep)).ImageBlockPublicAccessState;
    }
    catch (error) {
        // Partitions without the API (some GovCloud/China regions) answer InvalidAction: ModifyImageAttribute decides.
        if (error instanceof AwsError && /InvalidAction|UnsupportedOperation/.test(error.awsCode))
            return;
        throw error;
    }
    if (state === 'block-new-sharing')
        throw new errors/* ConfigurationError */.j1(`public is true, but the account blocks public AMI sharing in ${region} (image block public access: block-new-sharing); turn it off with ec2 disable-image-block-public-access, or publish without public`);
}
/**
 * Launch permission for accounts, organizations/OUs and (only when asked) everyone; createVolumePermission
 * on the AMI's snapshots for the accounts (EC2 cannot share snapshots with organizations, and launching
 * does not need it).
 */
async function shareImage(ec2, image, sharing, sleep) {
    const add = [
        ...sharing.accounts.map((UserId) => ({ UserId })),
        ...sharing.organizations.map((arn) => arn.includes(':ou/') ? { OrganizationalUnitArn: arn } : { OrganizationArn: arn }),
        ...(sharing.public ? [{ Group: 'all' }] : []),
    ];
    if (add.length === 0)
        return;
    await call('ec2:ModifyImageAttribute', () => ec2.send(new client_ec2_dist_cjs/* ModifyImageAttributeCommand */.FE3({ ImageId: image.ImageId, LaunchPermission: { Add: add } })), sleep);
    if (sharing.accounts.length === 0)
        return;
    for (const snapshotId of snapshotsOf(image)) {
        await call('ec2:ModifySnapshotAttribute', () => ec2.send(new client_ec2_dist_cjs/* ModifySnapshotAttributeCommand */.KD0({
            SnapshotId: snapshotId,
            Attribute: 'createVolumePermission',
            OperationType: 'add',
            UserIds: sharing.accounts,
        })), sleep);
    }
}
async function deregisterImage(ec2, imageId, sleep) {
    try {
        await call('ec2:DeregisterImage', () => ec2.send(new client_ec2_dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: imageId })), sleep);
    }
    catch (error) {
        if (!/InvalidAMIID\.(NotFound|Unavailable)/.test(errorCode(error.cause)))
            throw error;
    }
}
/** Deletes a snapshot unless an AMI still uses it (then it is a source in use: kept, and false returned). */
async function deleteSnapshotIfUnused(ec2, snapshotId, sleep) {
    const users = await describeImages(ec2, [{ Name: 'block-device-mapping.snapshot-id', Values: [snapshotId] }], sleep);
    if (users.some((image) => image.State !== 'deregistered'))
        return false;
    try {
        await call('ec2:DeleteSnapshot', () => ec2.send(new client_ec2_dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: snapshotId })), sleep);
    }
    catch (error) {
        const code = errorCode(error.cause);
        if (code === 'InvalidSnapshot.InUse')
            return false;
        if (code !== 'InvalidSnapshot.NotFound')
            throw error;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/ami/janitor.ts
/**
 * janitor mode: finds what osimg left behind — osimg-tagged snapshots that no AMI uses (a failed run that
 * could not clean up, a deregistered AMI's root) and osimg-tagged AMIs that failed — older than N days, in
 * each region. Dry run by default: it lists; with dry-run false it deregisters those AMIs, then deletes the
 * snapshots. Available AMIs are never touched: osimg cannot see who launches them (other accounts,
 * organizations), so retiring one is a human decision.
 */





const DAY = 24 * 60 * 60 * 1000;
const FAILED_STATES = new Set(['failed', 'error', 'invalid']);
async function runJanitor(request, clients, log) {
    await clients.checkCredentials(request.regions[0]);
    const orphans = [];
    for (const region of request.regions) {
        const found = await log.group(`Look for osimg leftovers in ${region}`, () => findOrphans(region, request, clients));
        for (const orphan of found)
            log.info(`${region}: ${orphan.kind} ${orphan.id} (${orphan.name}, ${orphan.ageDays} days): ${orphan.reason}`);
        if (found.length === 0)
            log.info(`${region}: nothing older than ${request.olderThanDays} days`);
        if (!request.dryRun)
            await remove(found, clients, log);
        orphans.push(...found);
    }
    if (request.dryRun && orphans.length > 0)
        log.info(`dry run: nothing removed; run with dry-run false to remove these ${orphans.length}`);
    return { dryRun: request.dryRun, olderThanDays: request.olderThanDays, orphans };
}
async function findOrphans(region, request, clients) {
    const ec2 = clients.ec2(region);
    const cutoff = clients.now() - request.olderThanDays * DAY;
    const age = (date) => Math.floor((clients.now() - new Date(date ?? 0).getTime()) / DAY);
    // Every AMI the account owns counts as a user of its snapshots, tagged by osimg or not.
    const images = await describeImages(ec2, [], clients.sleep);
    const managed = (tags) => tagValue(tags, TAG.managed) === 'true';
    const failed = images.filter((image) => managed(image.Tags) &&
        FAILED_STATES.has(image.State ?? '') &&
        new Date(image.CreationDate ?? 0).getTime() < cutoff);
    const failedIds = new Set(failed.map((image) => image.ImageId));
    const inUse = new Set(images.filter((image) => !failedIds.has(image.ImageId)).flatMap(snapshotsOf));
    const snapshots = await describeSnapshots(ec2, [{ Name: `tag:${TAG.managed}`, Values: ['true'] }], clients.sleep);
    const orphans = failed.map((image) => ({
        region,
        kind: 'image',
        id: image.ImageId,
        name: image.Name ?? '',
        ageDays: age(image.CreationDate),
        reason: `AMI in state ${image.State}`,
    }));
    for (const snapshot of snapshots) {
        if (!snapshot.SnapshotId || inUse.has(snapshot.SnapshotId))
            continue;
        if ((snapshot.StartTime?.getTime() ?? 0) >= cutoff)
            continue;
        // A pending snapshot may be an upload in progress; EBS cancels abandoned ones itself.
        if (snapshot.State === 'pending')
            continue;
        orphans.push({
            region,
            kind: 'snapshot',
            id: snapshot.SnapshotId,
            name: tagValue(snapshot.Tags, TAG.name) ?? '',
            ageDays: age(snapshot.StartTime),
            reason: snapshot.State === 'error' ? 'snapshot in state error' : 'no AMI uses it',
        });
    }
    return orphans;
}
/** AMIs first (their snapshots become unused), then snapshots. */
async function remove(orphans, clients, log) {
    const ordered = [
        ...orphans.filter((o) => o.kind === 'image'),
        ...orphans.filter((o) => o.kind === 'snapshot'),
    ];
    for (const orphan of ordered) {
        const ec2 = clients.ec2(orphan.region);
        try {
            if (orphan.kind === 'image')
                await deregisterImage(ec2, orphan.id, clients.sleep);
            else
                await call('ec2:DeleteSnapshot', () => ec2.send(new client_ec2_dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: orphan.id })), clients.sleep);
            orphan.removed = true;
            log.info(`${orphan.region}: removed ${orphan.kind} ${orphan.id}`);
        }
        catch (error) {
            orphan.removed = false;
            orphan.error = (0,errors/* describeError */.Uc)(error);
            log.warning(`${orphan.region}: could not remove ${orphan.kind} ${orphan.id}: ${orphan.error}`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/tools/qemu-img.ts
var qemu_img = __webpack_require__(72521);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/ami/disk-image.ts
/**
 * What kind of disk file publish-ami was given, and its partition table, read natively: format by magic
 * bytes (raw, fixed or dynamic VHD, VMDK, qcow2, VHDX), the protective/legacy MBR, and the GPT header and
 * entries with their CRC32s checked.
 */



async function readAt(path, position, length) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await file.read(buffer, 0, length, position);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}
/** Identifies `path`; a missing or empty file is the user's to fix. */
async function inspectDiskFile(path, name = 'disk') {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* ConfigurationError */.j1(`${name}: ${path} does not exist; pass the raw disk osimg disk wrote`);
    if (!info.isFile() && !info.isBlockDevice())
        throw new errors/* ConfigurationError */.j1(`${name}: ${path} is not a file; pass a raw, vmdk or vhd disk file`);
    const tooSmall = () => new errors/* ConfigurationError */.j1(`${name}: ${path} is ${info.size} bytes, too small to be a bootable disk`);
    if (info.size < 1024)
        throw tooSmall();
    const head = await readAt(path, 0, 512);
    const tail = await readAt(path, info.size - 512, 512);
    const ascii = (buffer, end) => buffer.subarray(0, end).toString('latin1');
    let format = 'raw';
    if (ascii(head, 4) === 'QFI\xfb')
        format = 'qcow2';
    else if (ascii(head, 4) === 'KDMV' || ascii(head, 21) === '# Disk DescriptorFile')
        format = 'vmdk';
    else if (ascii(head, 8) === 'vhdxfile')
        format = 'vhdx';
    else if (ascii(head, 8) === 'conectix')
        format = 'vhd-dynamic';
    else if (ascii(tail, 8) === 'conectix')
        format = tail.readUInt32BE(60) === 2 ? 'vhd-fixed' : 'vhd-dynamic';
    // A compressed vmdk can be small; a raw disk cannot hold a partition table and a root in under 1 MiB.
    if (format === 'raw' && info.size < 1024 * 1024)
        throw tooSmall();
    const raw = format === 'raw'
        ? { start: 0, length: info.size }
        : format === 'vhd-fixed'
            ? { start: 0, length: info.size - 512 }
            : undefined;
    return { path, format, size: info.size, raw };
}
/** GPT partition type GUIDs osimg cares about (UEFI spec; Discoverable Partitions Specification). */
const GPT_TYPES = {
    esp: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
    biosBoot: '21686148-6449-6E6F-744E-656564454649',
    linuxData: '0FC63DAF-8483-4772-8E79-3D69D8477DE4',
    rootX86_64: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
    rootArm64: 'B921B045-1DF0-41C3-AF44-4C6F280D3FAE',
    usrX86_64: '8484680C-9521-48C6-9C11-B0720656F69E',
    usrArm64: 'B0E01050-EE5F-4390-949A-9101B17104E9',
    var: '4D21B016-B534-45C2-A9FB-5C16E091FD2D',
};
const SECTOR = 512;
/** A GUID as stored on disk (first three fields little-endian) → canonical upper-case text. */
function guidFromBytes(bytes) {
    const hex = (buffer) => buffer.toString('hex');
    const le = (start, end) => hex(Buffer.from(bytes.subarray(start, end)).reverse());
    return `${le(0, 4)}-${le(4, 6)}-${le(6, 8)}-${hex(bytes.subarray(8, 10))}-${hex(bytes.subarray(10, 16))}`.toUpperCase();
}
/** Reads the partition table of the raw disk bytes at `range` of `path`. */
async function readPartitionTable(path, range) {
    const mbr = await readAt(path, range.start, SECTOR);
    const biosBootCode = mbr.subarray(0, 440).some((byte) => byte !== 0);
    const hasSignature = mbr.length === SECTOR && mbr.readUInt16LE(510) === 0xaa55;
    const mbrEntries = hasSignature
        ? [0, 1, 2, 3].map((i) => {
            const entry = mbr.subarray(446 + i * 16, 462 + i * 16);
            return { type: entry[4], lba: entry.readUInt32LE(8), sectors: entry.readUInt32LE(12) };
        })
        : [];
    const protective = mbrEntries.some((entry) => entry.type === 0xee);
    const header = await readAt(path, range.start + SECTOR, SECTOR);
    if (header.subarray(0, 8).toString('latin1') === 'EFI PART') {
        const gpt = await parseGpt(path, range, header);
        if (typeof gpt !== 'string')
            return { kind: 'gpt', partitions: gpt, biosBootCode };
        return { kind: 'none', partitions: [], biosBootCode, problem: gpt };
    }
    if (hasSignature && !protective) {
        const partitions = mbrEntries
            .map((entry, i) => ({
            number: i + 1,
            type: entry.type.toString(16).padStart(2, '0'),
            name: '',
            offset: entry.lba * SECTOR,
            bytes: entry.sectors * SECTOR,
        }))
            .filter((part) => part.type !== '00' && part.bytes > 0);
        if (partitions.length > 0)
            return { kind: 'mbr', partitions, biosBootCode };
    }
    return {
        kind: 'none',
        partitions: [],
        biosBootCode,
        problem: protective ? 'a protective MBR but no GPT header' : undefined,
    };
}
/** The partitions of a GPT, or a sentence saying why the header or the entries are not valid. */
async function parseGpt(path, range, header) {
    const headerSize = header.readUInt32LE(12);
    if (headerSize < 92 || headerSize > SECTOR)
        return `a GPT header of impossible size ${headerSize}`;
    const copy = Buffer.from(header.subarray(0, headerSize));
    const storedCrc = copy.readUInt32LE(16);
    copy.writeUInt32LE(0, 16);
    if ((0,external_node_zlib_.crc32)(copy) !== storedCrc)
        return 'a GPT header whose CRC32 does not match (a damaged table)';
    const entriesLba = Number(header.readBigUInt64LE(72));
    const count = header.readUInt32LE(80);
    const entrySize = header.readUInt32LE(84);
    if (entrySize < 128 || count > 1024)
        return 'a GPT header with impossible entry sizes';
    const entries = await readAt(path, range.start + entriesLba * SECTOR, count * entrySize);
    if (entries.length < count * entrySize)
        return 'a GPT whose partition entries lie beyond the end of the disk';
    if ((0,external_node_zlib_.crc32)(entries) !== header.readUInt32LE(88))
        return 'GPT partition entries whose CRC32 does not match';
    const partitions = [];
    for (let i = 0; i < count; i++) {
        const entry = entries.subarray(i * entrySize, (i + 1) * entrySize);
        if (entry.subarray(0, 16).every((byte) => byte === 0))
            continue;
        const first = Number(entry.readBigUInt64LE(32));
        const last = Number(entry.readBigUInt64LE(40));
        const name = entry.subarray(56, 128).toString('utf16le').replace(/\0.*$/s, '');
        partitions.push({
            number: i + 1,
            type: guidFromBytes(entry.subarray(0, 16)),
            name,
            offset: first * SECTOR,
            bytes: (last - first + 1) * SECTOR,
        });
    }
    return partitions;
}
/** The filesystem at `offset` of `path`, by its superblock magic. */
async function detectFilesystem(path, offset) {
    const head = await readAt(path, offset, 2048);
    if (head.length >= 1082 && head.readUInt16LE(1080) === 0xef53)
        return 'ext4';
    if (head.length >= 1028 && head.readUInt32LE(1024) === 0xe0f5e1e2)
        return 'erofs';
    if (head.subarray(0, 4).toString('latin1') === 'XFSB')
        return 'xfs';
    if (head.subarray(0, 4).toString('latin1') === 'hsqs')
        return 'squashfs';
    if (head.length >= 512 && /FAT(12|16|32)/.test(head.subarray(0, 90).toString('latin1')))
        return 'vfat';
    const btrfs = await readAt(path, offset + 0x10040, 8);
    if (btrfs.toString('latin1') === '_BHRfS_M')
        return 'btrfs';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/ami/blocks.ts
/**
 * The disk as EBS sees it: 512 KiB blocks. Reads the file in large sequential chunks and yields only the
 * blocks that hold a non-zero byte, each with its SHA-256: a sparse raw disk costs what its data costs.
 * Holes read as zeros (the kernel does not touch a disk for them), and a zero block is recognised with one
 * memcmp against a zero buffer, so skipping is cheap even without SEEK_DATA (which Node does not expose).
 */


const EBS_BLOCK = 512 * 1024;
const GIB = 1024 * 1024 * 1024;
const ZERO = Buffer.alloc(EBS_BLOCK);
/** 16 blocks per read: few syscalls, little memory. */
const BLOCKS_PER_READ = 16;
/** Size of the snapshot for `bytes` of disk: whole GiB, at least 1. */
function volumeSizeGiB(bytes) {
    return Math.max(1, Math.ceil(bytes / GIB));
}
/**
 * Yields the non-zero blocks of `path` (from byte `start`, `length` bytes: a fixed VHD's data without its
 * footer) in index order. Each yielded buffer is the caller's to keep.
 */
async function* dataBlocks(path, range = {}) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const start = range.start ?? 0;
        const length = range.length ?? (await file.stat()).size - start;
        const chunk = Buffer.alloc(EBS_BLOCK * BLOCKS_PER_READ);
        for (let offset = 0; offset < length; offset += chunk.length) {
            const want = Math.min(chunk.length, length - offset);
            let got = 0;
            while (got < want) {
                const { bytesRead } = await file.read(chunk, got, want - got, start + offset + got);
                if (bytesRead === 0)
                    break;
                got += bytesRead;
            }
            // A short last block is padded with zeros: EBS takes whole blocks only.
            chunk.fill(0, got);
            for (let at = 0; at < got; at += EBS_BLOCK) {
                const block = chunk.subarray(at, at + EBS_BLOCK);
                if (block.equals(ZERO))
                    continue;
                const data = Buffer.from(block);
                yield {
                    index: (offset + at) / EBS_BLOCK,
                    data,
                    sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest(),
                };
            }
        }
    }
    finally {
        await file.close();
    }
}
/** The aggregated checksum CompleteSnapshot takes (LINEAR): SHA-256 over the blocks' raw digests in index order. */
function linearChecksum(digests) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const index of [...digests.keys()].sort((a, b) => a - b))
        hash.update(digests.get(index));
    return hash.digest('base64');
}

;// CONCATENATED MODULE: ./src/ami/ebs-direct.ts
/**
 * Upload with the EBS direct APIs: StartSnapshot, one PutSnapshotBlock per non-zero 512 KiB block (SHA-256
 * checksum, a bounded number in flight, each retried on its own), CompleteSnapshot with the LINEAR
 * aggregate checksum. No bucket and no vmimport role; a sparse disk costs only its data.
 */




async function uploadEbsDirect(ebs, options, log) {
    const started = Date.now();
    const size = volumeSizeGiB(options.range.length);
    const start = await call('ebs:StartSnapshot', () => ebs.send(new dist_cjs/* StartSnapshotCommand */.C4({
        VolumeSize: size,
        Tags: options.tags,
        Description: options.description,
        ClientToken: options.clientToken,
        // Cancelled by EBS if nothing is written for this long: an abandoned run leaves no pending snapshot.
        Timeout: 60,
    })), options.sleep);
    const snapshotId = start.SnapshotId;
    if (!snapshotId)
        throw new errors/* OsimgError */.ec('StartSnapshot answered without a snapshot ID');
    options.onStarted(snapshotId);
    if (start.BlockSize !== undefined && start.BlockSize !== EBS_BLOCK)
        throw new errors/* OsimgError */.ec(`EBS answered with block size ${start.BlockSize}; osimg writes ${EBS_BLOCK}-byte blocks`);
    log.info(`snapshot ${snapshotId} started (${size} GiB)`);
    const blocksTotal = Math.ceil(options.range.length / EBS_BLOCK);
    const digests = new Map();
    const inFlight = new Set();
    let failure;
    let retries = 0;
    let bytesSent = 0;
    let lastReported = 0;
    const policy = options.blockRetry ?? { ...DEFAULT_RETRY, attempts: 10 };
    const countingSleep = (ms) => {
        retries++;
        return options.sleep(ms);
    };
    for await (const block of dataBlocks(options.path, options.range)) {
        if (failure)
            break;
        const progress = Math.floor((block.index * 100) / blocksTotal);
        const put = call(`ebs:PutSnapshotBlock (block ${block.index})`, () => ebs.send(new dist_cjs/* PutSnapshotBlockCommand */.O_({
            SnapshotId: snapshotId,
            BlockIndex: block.index,
            BlockData: block.data,
            DataLength: EBS_BLOCK,
            Checksum: block.sha256.toString('base64'),
            ChecksumAlgorithm: 'SHA256',
            Progress: progress,
        })), countingSleep, policy).then(() => {
            digests.set(block.index, block.sha256);
            bytesSent += EBS_BLOCK;
        }, (error) => {
            failure ??= error;
        });
        const tracked = put.finally(() => inFlight.delete(tracked));
        inFlight.add(tracked);
        if (inFlight.size >= options.concurrency)
            await Promise.race(inFlight);
        if (progress >= lastReported + 10) {
            lastReported = progress - (progress % 10);
            log.info(`  ${lastReported}% scanned, ${formatBytes(bytesSent)} sent`);
        }
    }
    await Promise.all(inFlight);
    if (failure)
        throw failure;
    await call('ebs:CompleteSnapshot', () => ebs.send(new dist_cjs/* CompleteSnapshotCommand */.$8({
        SnapshotId: snapshotId,
        ChangedBlocksCount: digests.size,
        Checksum: linearChecksum(digests),
        ChecksumAlgorithm: 'SHA256',
        ChecksumAggregationMethod: 'LINEAR',
    })), options.sleep);
    const seconds = (Date.now() - started) / 1000;
    log.info(`snapshot ${snapshotId}: ${digests.size} of ${blocksTotal} blocks sent (${formatBytes(bytesSent)}), ${retries} retries, ${seconds.toFixed(1)} s`);
    return {
        snapshotId,
        volumeSizeGiB: size,
        blocksTotal,
        blocksSent: digests.size,
        bytesSent,
        retries,
        seconds,
    };
}
function formatBytes(bytes) {
    if (bytes >= 1024 ** 3)
        return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
    return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(22358);
;// CONCATENATED MODULE: ./src/ami/import-snapshot.ts
/**
 * Upload with VM Import: a multipart upload of the disk file to the user's S3 bucket (lib-storage: parts
 * in parallel, aborted on failure), ImportSnapshot by the vmimport service role, DescribeImportSnapshotTasks
 * polled with backoff, tags put on the resulting snapshot. The S3 object is removed only once the import
 * task has finished (completed or failed): VM Import reads it until then.
 */








/** VM Import's names for the formats it takes. */
function importFormat(format) {
    switch (format) {
        case 'raw':
            return 'RAW';
        case 'vmdk':
            return 'VMDK';
        case 'vhd-fixed':
        case 'vhd-dynamic':
            return 'VHD';
        case 'vhdx':
            return 'VHDX';
        default:
            throw new errors/* ConfigurationError */.j1(`method import-snapshot takes raw, vmdk or vhd disks, not ${format}: use method ebs-direct, or convert the disk (osimg disk --format vmdk)`);
    }
}
async function uploadViaImport(s3, ec2, options, log) {
    const started = Date.now();
    const format = importFormat(options.format);
    const partSize = options.partSize ?? Math.max(16 * 1024 * 1024, Math.ceil(options.size / 9000));
    log.info(`uploading ${formatBytes(options.size)} to s3://${options.bucket}/${options.key}`);
    const upload = new lib_storage_dist_cjs/* Upload */._({
        client: s3,
        params: {
            Bucket: options.bucket,
            Key: options.key,
            Body: (0,external_node_fs_.createReadStream)(options.path),
            ContentLength: options.size,
        },
        partSize,
        queueSize: 4,
        leavePartsOnError: false,
    });
    let lastReported = 0;
    upload.on('httpUploadProgress', (progress) => {
        const percent = Math.floor(((progress.loaded ?? 0) * 100) / options.size);
        if (percent >= lastReported + 10) {
            lastReported = percent - (percent % 10);
            log.info(`  ${lastReported}% uploaded`);
        }
    });
    try {
        await upload.done();
    }
    catch (error) {
        throw bucketError(error, options.bucket, options.region);
    }
    let taskId;
    try {
        const task = await call('ec2:ImportSnapshot', () => ec2.send(new client_ec2_dist_cjs/* ImportSnapshotCommand */.Tvo({
            Description: options.description,
            ClientToken: options.clientToken,
            DiskContainer: {
                Description: options.description,
                Format: format,
                UserBucket: { S3Bucket: options.bucket, S3Key: options.key },
            },
            TagSpecifications: [{ ResourceType: 'import-snapshot-task', Tags: options.tags }],
        })), options.sleep).catch((error) => {
            throw roleError(error);
        });
        taskId = task.ImportTaskId;
        if (!taskId)
            throw new errors/* OsimgError */.ec('ImportSnapshot answered without an import task ID');
        log.info(`import task ${taskId} started`);
        const id = taskId;
        const snapshotId = await poll(`import task ${id}`, options.sleep, options.timeoutMs ?? 3 * 60 * 60_000, async () => {
            const page = await call('ec2:DescribeImportSnapshotTasks', () => ec2.send(new client_ec2_dist_cjs/* DescribeImportSnapshotTasksCommand */.QkL({ ImportTaskIds: [id] })), options.sleep);
            const detail = page.ImportSnapshotTasks?.[0]?.SnapshotTaskDetail;
            const status = detail?.Status;
            if (status === 'completed') {
                if (!detail?.SnapshotId)
                    throw new errors/* OsimgError */.ec(`import task ${id} completed without a snapshot ID`);
                return detail.SnapshotId;
            }
            if (status === 'deleted' || status === 'deleting')
                throw importFailed(id, detail?.StatusMessage ?? '', options);
            return undefined;
        });
        taskId = undefined; // finished: nothing to cancel
        options.onSnapshot(snapshotId);
        await call('ec2:CreateTags', () => ec2.send(new client_ec2_dist_cjs/* CreateTagsCommand */.RmG({ Resources: [snapshotId], Tags: options.tags })), options.sleep);
        return { snapshotId, bytesUploaded: options.size, seconds: (Date.now() - started) / 1000 };
    }
    finally {
        // A task still running (we gave up or were interrupted) is cancelled first: the object goes after.
        if (taskId) {
            const id = taskId;
            await call('ec2:CancelImportTask', () => ec2.send(new client_ec2_dist_cjs/* CancelImportTaskCommand */.GUY({ ImportTaskId: id })), options.sleep).catch((error) => log.warning(`could not cancel import task ${id}: ${error.message}`));
        }
        await call('s3:DeleteObject', () => s3.send(new client_s3_dist_cjs.DeleteObjectCommand({ Bucket: options.bucket, Key: options.key })), options.sleep).catch((error) => log.warning(`could not remove s3://${options.bucket}/${options.key}: ${error.message}; delete it by hand`));
    }
}
function bucketError(error, bucket, region) {
    const code = errorCode(error);
    if (code === 'NoSuchBucket')
        return new errors/* ConfigurationError */.j1(`the S3 bucket ${bucket} does not exist: create it in ${region} or name another bucket`, { cause: error });
    if (code === 'AccessDenied' || code === 'Forbidden' || code === 'AllAccessDisabled')
        return new errors/* ConfigurationError */.j1(`AWS denied the upload to s3://${bucket} (${code}): allow s3:PutObject, s3:AbortMultipartUpload and s3:DeleteObject on arn:aws:s3:::${bucket}/osimg/* for this role (docs/publish-ami.md)`, { cause: error });
    if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed')
        return new errors/* ConfigurationError */.j1(`the S3 bucket ${bucket} is not in ${region}: VM Import needs a bucket in the source region`, { cause: error });
    return describeAwsError(error, 's3:multipart upload');
}
function roleError(error) {
    const message = error.message ?? '';
    if (error instanceof AwsError && /vmimport|service role/i.test(message))
        return new errors/* ConfigurationError */.j1('VM Import cannot use the vmimport service role (it does not exist or lacks permissions): create the role "vmimport" with the trust and permissions policy in docs/publish-ami.md, or use method ebs-direct', { cause: error });
    return error;
}
function importFailed(taskId, message, options) {
    if (/S3|bucket|access denied|forbidden|permission/i.test(message))
        return new errors/* ConfigurationError */.j1(`VM Import could not read s3://${options.bucket}/${options.key} (${message}): allow the vmimport role s3:GetBucketLocation, s3:GetObject and s3:ListBucket on the bucket (docs/publish-ami.md)`);
    return new errors/* OsimgError */.ec(`import task ${taskId} failed: ${message || 'no reason given'}`, { code: 'AWS' });
}

// EXTERNAL MODULE: ./src/disk/boot-files.ts
var boot_files = __webpack_require__(91159);
// EXTERNAL MODULE: ./src/tools/tool.ts
var tool = __webpack_require__(59601);
;// CONCATENATED MODULE: ./src/tools/debugfs.ts

class Debugfs extends tool/* Tool */.N {
    installHint = 'install e2fsprogs (Debian/Ubuntu: apt-get install e2fsprogs)';
    constructor(exec) {
        super('debugfs', exec);
    }
    versionArgs() {
        return ['-V'];
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'debugfs');
    }
    /** debugfs prints its version on stderr. */
    version() {
        return this.run(this.versionArgs()).then((result) => this.parseVersion(`${result.stdout}${result.stderr}`));
    }
    static device(image, offset) {
        return offset > 0 ? `${image}?offset=${offset}` : image;
    }
    static args(image, offset) {
        return ['-f', '-', Debugfs.device(image, offset)];
    }
    /** One command per request; paths are quoted so spaces survive debugfs's own word splitting. */
    static script(requests) {
        return `${requests.join('\n')}\n`;
    }
    /** Splits the output of a `-f -` run at the `debugfs: CMD` echo lines: one text per request, in order. */
    static splitOutput(stdout, count) {
        const sections = [];
        let current;
        for (const line of stdout.split('\n')) {
            if (line.startsWith('debugfs: ')) {
                if (current)
                    sections.push(current.join('\n'));
                current = [];
                // The echo and the first output line can share a line when the command printed nothing else.
                continue;
            }
            current?.push(line);
        }
        if (current)
            sections.push(current.join('\n'));
        while (sections.length < count)
            sections.push('');
        return sections.slice(0, count);
    }
    /** Parses `ls -p`: `/INODE/MODE/UID/GID/NAME/SIZE/` lines; `.` and `..` dropped. */
    static parseList(text) {
        const entries = [];
        for (const line of text.split('\n')) {
            const match = /^\/(\d+)\/(\d+)\/\d+\/\d+\/(.*)\/[^/]*\/$/.exec(line.trim());
            if (!match || match[3] === '.' || match[3] === '..')
                continue;
            entries.push({ name: match[3], mode: match[2] });
        }
        return entries;
    }
    /** Runs `ls -p` and `cat` requests against one filesystem in a single debugfs process. */
    async requests(image, offset, requests) {
        const result = await this.run(Debugfs.args(image, offset), { input: Debugfs.script(requests) });
        return Debugfs.splitOutput(result.stdout, requests.length);
    }
}

;// CONCATENATED MODULE: ./src/tools/dump-erofs.ts

class DumpErofs extends tool/* Tool */.N {
    installHint = 'install erofs-utils (Debian/Ubuntu: apt-get install erofs-utils)';
    constructor(exec) {
        super('dump.erofs', exec);
    }
    versionArgs() {
        return ['-V'];
    }
    parseVersion(output) {
        return (0,tool/* extractSemver */.Y)(output, 'dump.erofs');
    }
    static listArgs(image, path) {
        return [`--path=${path}`, '--ls', image];
    }
    static extentArgs(image, path) {
        return ['-e', `--path=${path}`, image];
    }
    /** The `NID TYPE FILENAME` table after the inode header; `.` and `..` dropped. */
    static parseList(text) {
        const entries = [];
        let inTable = false;
        for (const line of text.split('\n')) {
            if (/^\s*NID\s+TYPE\s+FILENAME/.test(line)) {
                inTable = true;
                continue;
            }
            const match = inTable ? /^\s*\d+\s+(\d+)\s+(.+)$/.exec(line) : null;
            if (!match || match[2] === '.' || match[2] === '..')
                continue;
            entries.push({ name: match[2], type: Number(match[1]) });
        }
        return entries;
    }
    /** `Size: N`, `Layout: N` and the extent table (`0: 0.. 38 | 38 : 2976.. 3014 | 38`). */
    static parseExtents(text) {
        const size = Number(/Size:\s*(\d+)/.exec(text)?.[1] ?? NaN);
        const layout = Number(/Layout:\s*(\d+)/.exec(text)?.[1] ?? NaN);
        const extents = [];
        for (const line of text.split('\n')) {
            const match = /^\s*\d+:\s*(\d+)\.\.\s*\d+\s*\|\s*(\d+)\s*:\s*(\d+)\.\.\s*\d+\s*\|/.exec(line);
            if (match)
                extents.push({ logical: Number(match[1]), length: Number(match[2]), physical: Number(match[3]) });
        }
        return { size, layout, extents };
    }
    /** Undefined when the path does not exist. */
    async list(image, path) {
        const result = await this.run(DumpErofs.listArgs(image, path), { okExitCodes: [0, 1, 2, 254, 255] });
        return DumpErofs.found(result.stdout) ? DumpErofs.parseList(result.stdout) : undefined;
    }
    async extents(image, path) {
        const result = await this.run(DumpErofs.extentArgs(image, path), { okExitCodes: [0, 1, 2, 254, 255] });
        return DumpErofs.found(result.stdout) ? DumpErofs.parseExtents(result.stdout) : undefined;
    }
    /** dump.erofs 1.5 exits 0 for a missing path ("read inode failed" on stderr): found = an inode header. */
    static found(stdout) {
        return /^File\s*:/m.test(stdout);
    }
}

// EXTERNAL MODULE: ./src/scratch/files.ts
var files = __webpack_require__(54865);
;// CONCATENATED MODULE: ./src/ami/rootfs.ts
/**
 * Reading a few files of the disk's root filesystem without mounting it: ext4 through debugfs at the
 * partition's offset, erofs through dump.erofs on a sparse copy of the partition (erofs-utils 1.5 takes no
 * offset) with uncompressed file content read straight from the extents' byte ranges.
 */





function defaultRootfsTools() {
    return { debugfs: new Debugfs(), dumpErofs: new DumpErofs() };
}
/** A reader for the filesystem `kind` at `offset` (length `bytes`) of `disk`, or undefined when unsupported. */
async function openRootfs(disk, partition, kind, tools, tempDir) {
    if (kind === 'ext4')
        return ext4Reader(disk, partition.offset, tools.debugfs);
    if (kind === 'erofs') {
        const dir = (await (0,files/* makeScratch */.lP)(tempDir, 'osimg-ami-erofs-')).path;
        const image = (0,external_node_path_.join)(dir, 'root.erofs');
        try {
            await copyRange(disk, partition.offset, partition.bytes, image);
        }
        catch (error) {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            throw error;
        }
        return erofsReader(image, tools.dumpErofs, () => (0,promises_.rm)(dir, { recursive: true, force: true }));
    }
    return undefined;
}
function ext4Reader(disk, offset, debugfs) {
    const quote = (path) => `"${path.replace(/"/g, '')}"`;
    const listMany = async (paths) => {
        const sections = await debugfs.requests(disk, offset, paths.map((path) => `ls -p ${quote(path)}`));
        return sections.map((text) => {
            const entries = Debugfs.parseList(text);
            // An existing directory always lists "." — nothing at all means it is not there.
            return /^\/\d+\/\d+\/\d+\/\d+\/\.\//m.test(text) ? entries.map((entry) => entry.name) : undefined;
        });
    };
    return {
        list: async (path) => (await listMany([path]))[0],
        listMany,
        read: async (path) => {
            const [text] = await debugfs.requests(disk, offset, [`cat ${quote(path)}`]);
            return text ? text : undefined;
        },
        close: async () => undefined,
    };
}
function erofsReader(image, dump, cleanup) {
    const list = async (path) => (await dump.list(image, path))?.map((entry) => entry.name);
    return {
        list,
        listMany: (paths) => Promise.all(paths.map(list)),
        read: async (path) => {
            const file = await dump.extents(image, path);
            // Compressed layouts (1, 3) would need decompression: report them as unreadable.
            if (!file || (file.layout !== 0 && file.layout !== 2) || file.size > 16 * 1024 * 1024)
                return undefined;
            const content = Buffer.alloc(file.size);
            const handle = await (0,promises_.open)(image, 'r');
            try {
                for (const extent of file.extents) {
                    const length = Math.min(extent.length, file.size - extent.logical);
                    if (length > 0)
                        await handle.read(content, extent.logical, length, extent.physical);
                }
            }
            finally {
                await handle.close();
            }
            return content.toString('utf8');
        },
        close: cleanup,
    };
}
/** Copies bytes [offset, offset+length) of `source` into a new sparse file (zero 1 MiB chunks skipped). */
async function copyRange(source, offset, length, target) {
    const input = await (0,promises_.open)(source, 'r');
    const output = await (0,promises_.open)(target, 'wx');
    try {
        await output.truncate(length);
        const chunk = Buffer.alloc(1024 * 1024);
        const zero = Buffer.alloc(chunk.length);
        for (let at = 0; at < length; at += chunk.length) {
            const want = Math.min(chunk.length, length - at);
            const { bytesRead } = await input.read(chunk, 0, want, offset + at);
            if (bytesRead === 0)
                break;
            if (!chunk.subarray(0, bytesRead).equals(zero.subarray(0, bytesRead)))
                await output.write(chunk, 0, bytesRead, at);
        }
    }
    finally {
        await input.close();
        await output.close();
    }
}

;// CONCATENATED MODULE: ./src/ami/preflight.ts
/**
 * Checks a disk before anything is uploaded: a partition table the chosen boot mode can boot (GPT with an
 * EFI system partition for UEFI, BIOS boot code for legacy BIOS), a root partition for the AMI's
 * architecture, and a kernel with the drivers every Nitro instance needs — ENA (network) and NVMe (EBS
 * volumes) — as modules in /usr/lib/modules/<kver> or built in (modules.builtin). An AMI that cannot boot
 * or reach the network is worse than no AMI: those are errors; what cannot be checked is a warning.
 */



/** Where each driver's module lives under /usr/lib/modules/<kver>/ (its name in modules.builtin too). */
const DRIVERS = {
    ena: {
        dir: 'kernel/drivers/net/ethernet/amazon/ena',
        module: 'ena',
        purpose: 'the Elastic Network Adapter (networking on every current instance type)',
    },
    nvme: {
        dir: 'kernel/drivers/nvme/host',
        module: 'nvme',
        purpose: 'NVMe (how Nitro instances see their EBS root volume)',
    },
};
const MODULE_FILE = /\.ko(\.(xz|zst|gz))?$/;
async function preflight(input, tools, tempDir, log) {
    const report = { errors: [], warnings: [], table: 'none', kernels: [], drivers: [] };
    const table = await readPartitionTable(input.path, input.range);
    report.table = table.kind;
    const { label } = input;
    const wantsUefi = input.bootMode !== 'legacy-bios';
    if (wantsUefi) {
        if (table.kind !== 'gpt') {
            report.errors.push(`${label} has no valid GPT partition table${table.problem ? ` (it has ${table.problem})` : ''}: boot-mode ${input.bootMode} needs a GPT disk with an EFI system partition; make the disk with osimg disk, or set boot-mode to legacy-bios for an MBR disk with a BIOS boot loader`);
            return report;
        }
        report.esp = table.partitions.find((part) => part.type === GPT_TYPES.esp);
        if (!report.esp) {
            report.errors.push(`${label} has a GPT but no EFI system partition (type ${GPT_TYPES.esp}): UEFI firmware cannot boot it; make the disk with osimg disk, or set boot-mode to legacy-bios if it has a BIOS boot loader`);
        }
        if (input.bootMode === 'uefi-preferred' && !table.biosBootCode)
            report.warnings.push(`${label} has no BIOS boot code: instance types without UEFI will not boot it with boot-mode uefi-preferred (use uefi to keep it to UEFI instance types)`);
    }
    else if (!table.biosBootCode) {
        report.errors.push(`${label} has no BIOS boot code in its first sector: boot-mode legacy-bios cannot boot it; use boot-mode uefi for a disk made by osimg disk`);
    }
    const root = pickRoot(table, input.architecture, report);
    if (!root) {
        if (table.kind !== 'none' && report.errors.length === 0)
            report.errors.push(`${label} has no root partition: no Linux partition besides the EFI system partition`);
        return report;
    }
    const filesystem = await detectFilesystem(input.path, input.range.start + root.offset);
    report.root = { ...root, filesystem };
    await checkDrivers(input, report, tools, tempDir, log);
    return report;
}
/** The root partition: the DPS root type for the architecture, else the largest Linux partition. */
function pickRoot(table, architecture, report) {
    const wanted = architecture === 'arm64' ? GPT_TYPES.rootArm64 : GPT_TYPES.rootX86_64;
    const other = architecture === 'arm64' ? GPT_TYPES.rootX86_64 : GPT_TYPES.rootArm64;
    const exact = table.partitions.find((part) => part.type === wanted);
    if (exact)
        return exact;
    const foreign = table.partitions.find((part) => part.type === other);
    if (foreign) {
        report.errors.push(`the disk's root partition is typed for ${architecture === 'arm64' ? 'x86_64' : 'arm64'}, but architecture is ${architecture}: set architecture to match the image`);
        return undefined;
    }
    const linux = table.partitions
        .filter((part) => table.kind === 'gpt'
        ? part.type === GPT_TYPES.linuxData
        : ['83', '8e'].includes(part.type) /* Linux, LVM */)
        .sort((a, b) => b.bytes - a.bytes);
    return linux[0];
}
async function checkDrivers(input, report, tools, tempDir, log) {
    const root = report.root;
    const cannot = (why) => report.warnings.push(`could not check the kernel's ENA and NVMe drivers: ${why}; make sure the image has them or instances will not boot or reach the network`);
    let reader;
    try {
        reader = await openRootfs(input.path, { offset: input.range.start + root.offset, bytes: root.bytes }, root.filesystem, tools, tempDir);
    }
    catch (error) {
        cannot(`reading the ${root.filesystem} root failed (${error.message.split('\n')[0]})`);
        return;
    }
    if (!reader) {
        cannot(`the root partition holds ${root.filesystem === 'unknown' ? 'an unknown filesystem' : root.filesystem}, which osimg cannot read without mounting`);
        return;
    }
    try {
        const modulesDir = ['/usr/lib/modules', '/lib/modules'];
        const [usr, lib] = await reader.listMany(modulesDir);
        const base = usr?.length ? modulesDir[0] : lib?.length ? modulesDir[1] : undefined;
        report.kernels = [...(usr?.length ? usr : (lib ?? []))].sort(boot_files/* compareKernelVersions */.e);
        if (!base || report.kernels.length === 0) {
            report.errors.push(`the disk's root filesystem has no kernel modules (/usr/lib/modules is empty): install a kernel in the image (e.g. linux-image-amd64 or kernel-core)`);
            return;
        }
        const kernel = report.kernels.at(-1);
        report.kernel = kernel;
        if (report.kernels.length > 1)
            log.info(`kernels in the image: ${report.kernels.join(', ')}; checking ${kernel}`);
        const names = Object.keys(DRIVERS);
        const listings = await reader.listMany(names.map((driver) => `${base}/${kernel}/${DRIVERS[driver].dir}`));
        const builtin = (await reader.read(`${base}/${kernel}/modules.builtin`)) ?? '';
        names.forEach((driver, i) => {
            const spec = DRIVERS[driver];
            const asModule = (listings[i] ?? []).some((file) => MODULE_FILE.test(file) && file.replace(MODULE_FILE, '') === spec.module);
            const builtIn = builtin.split('\n').some((line) => line.trim() === `${spec.dir}/${spec.module}.ko`);
            const found = asModule ? 'module' : builtIn ? 'builtin' : 'missing';
            report.drivers.push({ driver, found });
            if (found === 'missing')
                report.errors.push(`kernel ${kernel} in the disk has no ${driver} driver (${spec.module}.ko under ${spec.dir}, or built in): EC2 needs it for ${spec.purpose}; install a kernel that has it (Debian's linux-image-amd64 and Fedora's kernel-modules do)`);
        });
        if (!builtin)
            log.info(`no modules.builtin for ${kernel}: built-in drivers were not considered`);
    }
    finally {
        await reader.close();
    }
}

;// CONCATENATED MODULE: ./src/ami/publish.ts
/**
 * publishAmi: a disk becomes an AMI in the first region and copies in the others, re-runnably.
 *
 *   check the disk (preflight) → credentials → per region, what exists already (AMI by name, snapshot by
 *   tags) → upload (EBS direct or VM Import) → RegisterImage → wait → CopyImage to the other regions in
 *   parallel (client tokens) → wait → share.
 *
 * The AMI name derives from the image digest, so a re-run reuses what is there and does only what is
 * missing. A region that fails does not stop the others: the result says which succeeded, and the front
 * doors fail the step after setting the outputs. What this run created and could not finish (snapshots,
 * unfinished AMIs) is removed, and the S3 object of an import once the import has finished; nothing an AMI
 * still uses is ever deleted.
 */














function defaultPublishTools() {
    return { ...defaultRootfsTools(), qemuImg: new qemu_img/* QemuImg */.w() };
}
/** A publication that failed in some regions; the outputs still carry the regions that succeeded. */
class PartialPublishError extends errors/* OsimgError */.ec {
    result;
    constructor(result) {
        const ok = result.regions.filter((region) => region.status !== 'failed');
        const failed = result.regions.filter((region) => region.status === 'failed');
        super(`published ${result.amiName} in ${ok.map((region) => `${region.region} (${region.imageId})`).join(', ') || 'no region'}; failed in ${failed.map((region) => `${region.region}: ${region.error}`).join('; ')}; run again to complete the rest`, { code: 'AWS' });
        this.result = result;
    }
}
function assertComplete(result) {
    if (result.regions.some((region) => region.status === 'failed'))
        throw new PartialPublishError(result);
}
/** What this run made, per region, for cleanup after a failure. */
class Created {
    snapshots = new Map();
    images = new Map();
    add(kind, region, id) {
        const list = this[kind].get(region) ?? [];
        list.push(id);
        this[kind].set(region, list);
    }
}
async function publishAmi(request, clients, log, tools = defaultPublishTools()) {
    const name = amiName(request.namePrefix, request.imageDigest, request.architecture);
    const context = { request, clients, log, tools, name, created: new Created(), cleanedUp: [] };
    const [source, ...targets] = request.regions;
    const file = await inspectDiskFile(request.disk, 'disk');
    if (request.method === 'import-snapshot')
        importFormat(file.format); // refuses qcow2 before any work
    const work = (await (0,files/* makeScratch */.lP)(request.tempDir, 'osimg-ami-')).path;
    try {
        const raw = await log.group('Check the disk', () => rawView(file, work, tools));
        const report = await preflight({
            path: raw.path,
            range: raw.range,
            label: request.disk,
            bootMode: request.bootMode,
            architecture: request.architecture,
        }, tools, work, log);
        for (const warning of report.warnings)
            log.warning(warning);
        for (const error of report.errors.slice(1))
            log.warning(error);
        if (report.errors.length > 0)
            throw new errors/* ConfigurationError */.j1(report.errors[0]);
        log.info(`disk ${request.disk}: ${file.format}, ${report.table}, kernel ${report.kernel ?? '?'} (${report.drivers.map((d) => `${d.driver} ${d.found}`).join(', ')})`);
        await clients.checkCredentials(source);
        if (request.public)
            for (const region of request.regions)
                await checkPublicAllowed(clients.ec2(region), region, clients.sleep);
        const result = {
            amiName: name,
            imageDigest: request.imageDigest,
            sourceRegion: source,
            regions: [],
            preflight: {
                kernel: report.kernel,
                drivers: report.drivers,
                warnings: report.warnings,
                table: report.table,
            },
            cleanedUp: context.cleanedUp,
        };
        let sourceImage;
        try {
            const made = await log.group(`AMI in ${source}`, () => sourceAmi(context, file, raw, result));
            sourceImage = made.image;
            await shareImage(clients.ec2(source), sourceImage, sharing(request), clients.sleep);
            result.regions.push(regionResult(source, made.status, sourceImage));
        }
        catch (error) {
            await cleanup(context, source);
            throw error;
        }
        const copies = await Promise.all(targets.map((region) => log.group(`Copy to ${region}`, async () => {
            try {
                const made = await copyTo(context, region, sourceImage);
                await shareImage(clients.ec2(region), made.image, sharing(request), clients.sleep);
                return regionResult(region, made.status, made.image);
            }
            catch (error) {
                if (error instanceof errors/* ConfigurationError */.j1 && /credentials/.test(error.message))
                    throw error;
                log.warning(`${region}: ${(0,errors/* describeError */.Uc)(error)}`);
                await cleanup(context, region);
                return { region, status: 'failed', error: (0,errors/* describeError */.Uc)(error) };
            }
        })));
        result.regions.push(...copies);
        return result;
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function sharing(request) {
    return {
        accounts: request.shareAccounts,
        organizations: request.shareOrganizations,
        public: request.public,
    };
}
function regionResult(region, status, image) {
    return { region, status, imageId: image.ImageId, snapshotId: snapshotsOf(image)[0] };
}
/** The raw disk bytes: the file itself (raw, fixed VHD) or a sparse raw conversion in the work dir. */
async function rawView(file, work, tools) {
    if (file.raw)
        return { path: file.path, range: file.raw };
    const path = (0,external_node_path_.join)(work, 'disk.raw');
    await tools.qemuImg.toRaw(file.path, path);
    const converted = await inspectDiskFile(path, 'the converted disk');
    return { path, range: converted.raw ?? { start: 0, length: converted.size } };
}
/** An AMI with the same name must be the same kind of AMI; otherwise the user has two images with one name. */
function checkCompatible(image, request, region) {
    const bootMode = image.BootMode ?? 'legacy-bios';
    if (image.Architecture !== request.architecture || bootMode !== request.bootMode)
        throw new errors/* ConfigurationError */.j1(`${image.ImageId} in ${region} is already named ${image.Name} but is ${image.Architecture}/${bootMode}, not ${request.architecture}/${request.bootMode}: deregister it, or publish under another name`);
}
/** An existing AMI by name: available → reuse; pending → wait; failed (ours) → deregister and redo. */
async function existingImage(context, ec2, region) {
    const { clients, log, request, name } = context;
    const image = await findImage(ec2, name, clients.sleep);
    if (!image?.ImageId)
        return undefined;
    checkCompatible(image, request, region);
    if (image.State === 'available') {
        log.info(`${region}: reusing ${image.ImageId} (${name})`);
        return image;
    }
    if (image.State === 'pending') {
        log.info(`${region}: ${image.ImageId} is pending (an earlier run); waiting for it`);
        return waitImage(ec2, image.ImageId, clients.sleep);
    }
    log.warning(`${region}: ${image.ImageId} is ${image.State}; deregistering it and publishing again`);
    const snapshots = snapshotsOf(image);
    await deregisterImage(ec2, image.ImageId, clients.sleep);
    for (const snapshotId of snapshots)
        await deleteSnapshotIfUnused(ec2, snapshotId, clients.sleep);
    return undefined;
}
async function sourceAmi(context, file, raw, result) {
    const { request, clients, log, name, created } = context;
    const region = request.regions[0];
    const ec2 = clients.ec2(region);
    const existing = await existingImage(context, ec2, region);
    if (existing)
        return { image: existing, status: 'reused' };
    const tags = resourceTags(name, request.imageDigest, request.runId, request.tags);
    let snapshotId = (await findSnapshot(ec2, name, request.imageDigest, clients.sleep))?.SnapshotId;
    if (snapshotId) {
        log.info(`${region}: reusing snapshot ${snapshotId} of an earlier run`);
    }
    else if (request.method === 'ebs-direct') {
        const upload = await uploadEbsDirect(clients.ebs(region), {
            path: raw.path,
            range: raw.range,
            tags,
            description: description(request.imageDigest),
            clientToken: clientToken('StartSnapshot', region, name, request.runId),
            concurrency: request.concurrency ?? 32,
            onStarted: (id) => created.add('snapshots', region, id),
            sleep: clients.sleep,
        }, log);
        snapshotId = upload.snapshotId;
        result.upload = {
            method: 'ebs-direct',
            bytesSent: upload.bytesSent,
            diskBytes: raw.range.length,
            blocksSent: upload.blocksSent,
            blocksTotal: upload.blocksTotal,
            retries: upload.retries,
            seconds: upload.seconds,
        };
    }
    else {
        const imported = await uploadViaImport(clients.s3(region), ec2, {
            path: file.path,
            format: file.format,
            size: file.size,
            bucket: request.bucket,
            key: `osimg/${name}/${request.runId}.${file.format.startsWith('vhd') ? 'vhd' : file.format}`,
            region,
            tags,
            description: description(request.imageDigest),
            clientToken: clientToken('ImportSnapshot', region, name, request.runId),
            onSnapshot: (id) => created.add('snapshots', region, id),
            sleep: clients.sleep,
        }, log);
        snapshotId = imported.snapshotId;
        result.upload = {
            method: 'import-snapshot',
            bytesSent: imported.bytesUploaded,
            diskBytes: raw.range.length,
            seconds: imported.seconds,
        };
    }
    await waitSnapshot(ec2, snapshotId, clients.sleep);
    const registered = await registerImage(ec2, {
        name,
        description: description(request.imageDigest),
        snapshotId,
        bootMode: request.bootMode,
        architecture: request.architecture,
        tpmSupport: request.tpmSupport,
        imdsV2: request.imdsV2,
        tags,
    }, clients.sleep);
    if (registered.created)
        created.add('images', region, registered.imageId);
    log.info(`${region}: registered ${registered.imageId} (${name}); waiting until it is available`);
    const image = await waitImage(ec2, registered.imageId, clients.sleep);
    return { image, status: 'created' };
}
async function copyTo(context, region, source) {
    const { request, clients, log, name, created } = context;
    const ec2 = clients.ec2(region);
    const existing = await existingImage(context, ec2, region);
    if (existing)
        return { image: existing, status: 'reused' };
    const tags = resourceTags(name, request.imageDigest, request.runId, request.tags);
    const imageId = await copyImage(ec2, {
        name,
        description: description(request.imageDigest),
        sourceImageId: source.ImageId,
        sourceRegion: request.regions[0],
        clientToken: clientToken('CopyImage', region, name, source.ImageId, request.runId),
        tags,
    }, clients.sleep);
    created.add('images', region, imageId);
    log.info(`${region}: copying to ${imageId}; waiting until it is available`);
    return { image: await waitImage(ec2, imageId, clients.sleep), status: 'copied' };
}
/**
 * After a failure in `region`: deregisters the AMIs this run registered or copied there that never became
 * available, then deletes the snapshots this run made there (and those of the deregistered copies) unless
 * an AMI still uses them.
 */
async function cleanup(context, region) {
    const { clients, log, created } = context;
    const cleanedUp = [];
    const ec2 = clients.ec2(region);
    const snapshots = [...(created.snapshots.get(region) ?? [])];
    for (const imageId of created.images.get(region) ?? []) {
        try {
            const image = (await findImageById(ec2, imageId, clients.sleep)) ?? { ImageId: imageId };
            if (image.State === 'available')
                continue;
            snapshots.push(...snapshotsOf(image));
            await deregisterImage(ec2, imageId, clients.sleep);
            cleanedUp.push(`${imageId} in ${region}`);
        }
        catch (error) {
            log.warning(`could not deregister ${imageId} in ${region}: ${(0,errors/* describeError */.Uc)(error)}; the janitor mode will find it`);
        }
    }
    for (const snapshotId of new Set(snapshots)) {
        try {
            if (await deleteSnapshotIfUnused(ec2, snapshotId, clients.sleep))
                cleanedUp.push(`${snapshotId} in ${region}`);
            else
                log.info(`${snapshotId} in ${region} is used by an AMI: kept`);
        }
        catch (error) {
            log.warning(`could not delete ${snapshotId} in ${region}: ${(0,errors/* describeError */.Uc)(error)}; the janitor mode will find it`);
        }
    }
    if (cleanedUp.length > 0)
        log.info(`removed what this run created in ${region}: ${cleanedUp.join(', ')}`);
    context.cleanedUp.push(...cleanedUp);
}
async function findImageById(ec2, imageId, sleep) {
    const page = await call('ec2:DescribeImages', () => ec2.send(new client_ec2_dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] })), sleep);
    return page.Images?.[0];
}

;// CONCATENATED MODULE: ./src/ami/report.ts

function publishOutputs(result) {
    const ok = result.regions.filter((region) => region.imageId && region.status !== 'failed');
    return {
        amis: JSON.stringify(Object.fromEntries(ok.map((region) => [region.region, region.imageId]))),
        snapshots: JSON.stringify(Object.fromEntries(ok.filter((region) => region.snapshotId).map((region) => [region.region, region.snapshotId]))),
        'ami-name': result.amiName,
    };
}
/** One row per region: region, AMI, snapshot, what happened. */
function regionRows(result) {
    return result.regions.map((region) => [
        region.region,
        region.imageId ?? '',
        region.snapshotId ?? '',
        region.status === 'failed' ? `failed: ${region.error ?? ''}` : region.status,
    ]);
}
function publishSummaryRows(result) {
    const rows = [
        ['AMI name', result.amiName],
        ['image digest', result.imageDigest],
        [
            'kernel',
            `${result.preflight.kernel ?? '?'} (${result.preflight.drivers.map((d) => `${d.driver}: ${d.found}`).join(', ')})`,
        ],
    ];
    const upload = result.upload;
    if (upload) {
        rows.push([
            'upload',
            upload.method === 'ebs-direct'
                ? `EBS direct: ${upload.blocksSent} of ${upload.blocksTotal} blocks, ${formatBytes(upload.bytesSent)} of a ${formatBytes(upload.diskBytes)} disk, ${upload.retries ?? 0} retries, ${upload.seconds.toFixed(1)} s`
                : `S3 + VM Import: ${formatBytes(upload.bytesSent)}, ${upload.seconds.toFixed(1)} s`,
        ]);
    }
    for (const warning of result.preflight.warnings)
        rows.push(['warning', warning]);
    if (result.cleanedUp.length > 0)
        rows.push(['cleaned up', result.cleanedUp.join(', ')]);
    return rows;
}
function janitorRows(result) {
    return result.orphans.map((orphan) => [
        orphan.region,
        `${orphan.kind} ${orphan.id}`,
        orphan.name,
        `${orphan.ageDays} days, ${orphan.reason}`,
        result.dryRun ? 'dry run: kept' : orphan.removed ? 'removed' : `not removed: ${orphan.error ?? ''}`,
    ]);
}

// EXTERNAL MODULE: ./src/values.ts
var values = __webpack_require__(74777);
;// CONCATENATED MODULE: ./src/ami/request.ts
/**
 * publish-ami's inputs (same names in the action and the CLI) → a validated request. Every refusal is one
 * sentence naming the input and the fix, and happens before any file is read or AWS is called.
 */



const METHODS = ['ebs-direct', 'import-snapshot'];
const BOOT_MODES = ['uefi', 'legacy-bios', 'uefi-preferred'];
const ARCHITECTURES = ['x86_64', 'arm64'];
const MODES = ['publish', 'janitor'];
/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, us-isob-east-1 … */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
const ORG_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:(organization\/o-[a-z0-9]{10,32}|ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32})$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
function parseRegions(text, name, fallback) {
    const regions = [...new Set((0,values/* parseList */.E1)(text))];
    if (regions.length === 0 && fallback)
        regions.push(fallback);
    if (regions.length === 0)
        throw new errors/* ConfigurationError */.j1(`${name}: no region given and AWS_REGION is not set; list the regions (the first is where the disk is uploaded)`);
    const bad = regions.find((region) => !REGION.test(region));
    if (bad)
        throw new errors/* ConfigurationError */.j1(`${name}: "${bad}" is not an AWS region name; write regions like us-east-1 or eu-west-2`);
    return regions;
}
function toAmiRequest(inputs, context) {
    const { names } = context;
    const mode = (0,values/* parseChoice */.HU)(inputs.mode, names.mode, MODES, 'publish');
    const regions = parseRegions(inputs.regions, names.regions, context.defaultRegion);
    if (mode === 'janitor') {
        return {
            mode,
            janitor: {
                regions,
                olderThanDays: (0,values/* parseInteger */.cG)(inputs.olderThanDays, names.olderThanDays, { min: 0, max: 3650 }) ?? 7,
                dryRun: (0,values/* parseBoolean */.yG)(inputs.dryRun, names.dryRun, true),
            },
        };
    }
    return { mode, publish: toPublishRequest(inputs, regions, context) };
}
function toPublishRequest(inputs, regions, context) {
    const { names } = context;
    if (!inputs.disk.trim())
        throw new errors/* ConfigurationError */.j1(`${names.disk} is required: pass the raw disk osimg disk wrote (or a vmdk or vhd)`);
    const imageDigest = inputs.imageDigest.trim();
    if (!DIGEST.test(imageDigest))
        throw new errors/* ConfigurationError */.j1(`${names.imageDigest} must be the OS image's digest (sha256: and 64 hex digits), not "${imageDigest}": pass the digest output of the build or disk step`);
    const namePrefix = inputs.name.trim() || 'osimg';
    if (!AMI_NAME_CHARS.test(namePrefix) || namePrefix.length > MAX_PREFIX)
        throw new errors/* ConfigurationError */.j1(`${names.name} "${namePrefix}" cannot start an AMI name: use at most ${MAX_PREFIX} letters, digits, spaces or ()[]./-'@_`);
    const method = (0,values/* parseChoice */.HU)(inputs.method, names.method, METHODS, 'ebs-direct');
    const bucket = inputs.bucket.trim() || undefined;
    if (method === 'import-snapshot' && !bucket)
        throw new errors/* ConfigurationError */.j1(`${names.bucket} is required with method import-snapshot: name an S3 bucket in ${regions[0]} that the vmimport role can read`);
    if (bucket && !BUCKET.test(bucket))
        throw new errors/* ConfigurationError */.j1(`${names.bucket} "${bucket}" is not an S3 bucket name (3-63 lower-case letters, digits, dots, dashes)`);
    const bootMode = (0,values/* parseChoice */.HU)(inputs.bootMode, names.bootMode, BOOT_MODES, 'uefi');
    const tpmSupport = (0,values/* parseBoolean */.yG)(inputs.tpmSupport, names.tpmSupport, false);
    if (tpmSupport && bootMode === 'legacy-bios')
        throw new errors/* ConfigurationError */.j1(`${names.tpmSupport} needs UEFI: NitroTPM does not work with boot-mode legacy-bios`);
    const shareAccounts = (0,values/* parseList */.E1)(inputs.shareAccounts);
    const badAccount = shareAccounts.find((account) => !ACCOUNT.test(account));
    if (badAccount)
        throw new errors/* ConfigurationError */.j1(`${names.shareAccounts}: "${badAccount}" is not an AWS account ID (12 digits)`);
    const shareOrganizations = (0,values/* parseList */.E1)(inputs.shareOrganizations);
    const badOrg = shareOrganizations.find((arn) => !ORG_ARN.test(arn));
    if (badOrg)
        throw new errors/* ConfigurationError */.j1(`${names.shareOrganizations}: "${badOrg}" is not an organization or OU ARN (arn:aws:organizations::ACCOUNT:organization/o-… or …:ou/o-…/ou-…)`);
    const tags = (0,values/* parseKeyValues */.Hl)(inputs.tags, names.tags);
    const reserved = Object.keys(tags).find((key) => /^(aws|osimg):/i.test(key));
    if (reserved)
        throw new errors/* ConfigurationError */.j1(`${names.tags}: the tag key "${reserved}" is reserved (aws: and osimg: belong to AWS and osimg)`);
    const tooLong = Object.entries(tags).find(([key, value]) => key.length > 128 || value.length > 256);
    if (tooLong)
        throw new errors/* ConfigurationError */.j1(`${names.tags}: "${tooLong[0]}" is too long (keys up to 128, values up to 256 characters)`);
    if (Object.keys(tags).length > 40)
        throw new errors/* ConfigurationError */.j1(`${names.tags}: at most 40 tags (EC2 allows 50 and osimg uses the rest)`);
    return {
        disk: inputs.disk.trim(),
        imageDigest,
        namePrefix,
        regions,
        method,
        bucket,
        bootMode,
        architecture: (0,values/* parseChoice */.HU)(inputs.architecture, names.architecture, ARCHITECTURES, 'x86_64'),
        tpmSupport,
        imdsV2: (0,values/* parseChoice */.HU)(inputs.imdsV2, names.imdsV2, ['required', 'optional'], 'required'),
        shareAccounts,
        shareOrganizations,
        public: (0,values/* parseBoolean */.yG)(inputs.public, names.public, false),
        tags,
        runId: context.runId,
        tempDir: context.tempDir,
    };
}

// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(12280);
;// CONCATENATED MODULE: ./src/cli/publish-ami.ts
/** `osimg publish-ami`: the publish-ami action's steps from a laptop or any CI, with the same modules. */











const PUBLISH_AMI_HELP = `Usage: osimg publish-ami DISK --image-digest sha256:… [options]
       osimg publish-ami --mode janitor [--region R]… [--older-than-days N] [--dry-run false]

Publish a raw (or vmdk/vhd) disk as EC2 AMIs: checks the disk (GPT + ESP for UEFI, ENA and NVMe drivers),
uploads only its data blocks with the EBS direct APIs (or through S3 and VM Import), registers the AMI in
the first region and copies it to the others. The AMI name derives from the image digest: running again
reuses what exists and completes what is missing. Credentials: the AWS SDK's standard chain (environment,
AWS_PROFILE, SSO, web identity, instance role).

Options:
  -r, --region REGION           region (repeatable or comma-separated); first = upload (default: AWS_REGION)
      --image-digest DIGEST     sha256:… of the OS image (names the AMI)
      --name PREFIX             AMI name prefix (default: osimg)
      --method METHOD           ebs-direct (default) or import-snapshot
      --bucket BUCKET           S3 bucket in the first region (import-snapshot)
      --boot-mode MODE          uefi (default), legacy-bios or uefi-preferred
      --architecture ARCH       x86_64 (default) or arm64
      --tpm-support BOOL        NitroTPM (default false)
      --imds-v2 POLICY          required (default) or optional
      --share-account ID        share with an account (repeatable)
      --share-organization ARN  share with an organization or OU (repeatable)
      --public BOOL             make the AMIs public (default false)
      --tag KEY=VALUE           extra tag (repeatable)
      --mode MODE               publish (default) or janitor
      --older-than-days N       janitor: leftovers older than N days (default 7)
      --dry-run BOOL            janitor: only list (default true)
      --json                    print the result as JSON on stdout
  -q, --quiet                   only errors and the result
  -h, --help                    this help

Exit codes: 0 published (or janitor done), 1 failed (in some regions: run again), 2 bad usage or configuration.
`;
const NAMES = {
    disk: 'DISK',
    imageDigest: '--image-digest',
    name: '--name',
    regions: '--region',
    method: '--method',
    bucket: '--bucket',
    bootMode: '--boot-mode',
    architecture: '--architecture',
    tpmSupport: '--tpm-support',
    imdsV2: '--imds-v2',
    shareAccounts: '--share-account',
    shareOrganizations: '--share-organization',
    public: '--public',
    tags: '--tag',
    mode: '--mode',
    olderThanDays: '--older-than-days',
    dryRun: '--dry-run',
};
async function publishAmiCommand(args, context) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            region: { type: 'string', short: 'r', multiple: true },
            'image-digest': { type: 'string' },
            name: { type: 'string' },
            method: { type: 'string' },
            bucket: { type: 'string' },
            'boot-mode': { type: 'string' },
            architecture: { type: 'string' },
            'tpm-support': { type: 'string' },
            'imds-v2': { type: 'string' },
            'share-account': { type: 'string', multiple: true },
            'share-organization': { type: 'string', multiple: true },
            public: { type: 'string' },
            tag: { type: 'string', multiple: true },
            mode: { type: 'string' },
            'older-than-days': { type: 'string' },
            'dry-run': { type: 'string' },
            json: { type: 'boolean' },
            quiet: { type: 'boolean', short: 'q' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        context.stdout(PUBLISH_AMI_HELP);
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* ConfigurationError */.j1(`osimg publish-ami takes one DISK, got ${positionals.length}: ${positionals.join(' ')}; run with --help for the forms`);
    const list = (items) => (items ?? []).join('\n');
    const request = toAmiRequest({
        disk: positionals[0] ? (0,external_node_path_.resolve)(context.cwd, positionals[0]) : '',
        imageDigest: values['image-digest'] ?? '',
        name: values.name ?? '',
        regions: list(values.region),
        method: values.method ?? '',
        bucket: values.bucket ?? '',
        bootMode: values['boot-mode'] ?? '',
        architecture: values.architecture ?? '',
        tpmSupport: values['tpm-support'] ?? '',
        imdsV2: values['imds-v2'] ?? '',
        shareAccounts: list(values['share-account']),
        shareOrganizations: list(values['share-organization']),
        public: values.public ?? '',
        tags: list(values.tag),
        mode: values.mode ?? '',
        olderThanDays: values['older-than-days'] ?? '',
        dryRun: values['dry-run'] ?? '',
    }, {
        names: NAMES,
        defaultRegion: context.env.AWS_REGION || context.env.AWS_DEFAULT_REGION,
        runId: `cli-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`,
        tempDir: context.env.TMPDIR ?? (0,external_node_os_.tmpdir)(),
    });
    const log = new logger/* CliLogger */.f({ quiet: values.quiet ?? false, verbose: values.verbose ?? false }, context.stderr);
    // osimg carries its own SDK: the SDK's notice about the Node versions its future releases need is not the
    // user's to act on, and on Node 20 it would turn the CLI's one-line errors into ten lines.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const clients = defaultAwsClients();
    if (request.mode === 'janitor') {
        const result = await runJanitor(request.janitor, clients, log);
        if (values.json)
            context.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else
            context.stdout(table(janitorRows(result)) || `nothing older than ${result.olderThanDays} days\n`);
        return 0;
    }
    const result = await publishAmi(request.publish, clients, log);
    if (values.json)
        context.stdout(`${JSON.stringify({ ...publishOutputs(result), result }, null, 2)}\n`);
    else
        context.stdout(table(regionRows(result)) + table(publishSummaryRows(result)));
    assertComplete(result);
    return 0;
}
function table(rows) {
    if (rows.length === 0)
        return '';
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    return (rows
        .map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  '))
        .join('\n') + '\n');
}


/***/ }),

/***/ 91159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ compareKernelVersions),
/* harmony export */   l: () => (/* binding */ findBootFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Finds the kernel and initramfs inside an image's root filesystem, where Debian/Ubuntu (`/boot/vmlinuz-*`,
 * `/boot/initrd.img-*`), Fedora (`/boot/initramfs-*.img`) and bootc images (`/usr/lib/modules/<kver>/vmlinuz`
 * and `initramfs.img`) put them. Symlinks are not followed: in an unpacked image an absolute link points
 * at the host.
 */



async function isFile(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).catch(() => undefined))?.isFile() ?? false;
}
async function list(dir) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
}
/** Orders kernel versions the way humans do: 6.1.0-10 before 6.1.0-9 is wrong, so compare number runs. */
function compareKernelVersions(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
async function candidates(root) {
    const found = [];
    const modules = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'usr/lib/modules');
    for (const version of await list(modules)) {
        const kernel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(modules, version, 'vmlinuz');
        if (!(await isFile(kernel)))
            continue;
        const initrd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(modules, version, 'initramfs.img');
        found.push({ kernelVersion: version, kernel, initrd: (await isFile(initrd)) ? initrd : undefined });
    }
    if (found.length > 0)
        return found; // the bootc layout wins: /boot may be stale or empty there
    const boot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'boot');
    const names = await list(boot);
    for (const name of names) {
        const match = /^vmlinuz-(.+)$/.exec(name);
        if (!match || !(await isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, name))))
            continue;
        const version = match[1];
        let initrd;
        for (const candidate of [`initrd.img-${version}`, `initramfs-${version}.img`, `initrd-${version}`]) {
            if (names.includes(candidate) && (await isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, candidate))))
                initrd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, candidate);
        }
        found.push({ kernelVersion: version, kernel: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(boot, name), initrd });
    }
    return found;
}
/** The newest kernel in the image (and its initramfs), or a ConfigurationError saying how to get one. */
async function findBootFiles(root) {
    const found = await candidates(root);
    if (found.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('this image is not bootable: no kernel found in /boot (vmlinuz-*) or /usr/lib/modules/<version>/vmlinuz; install a kernel in the Containerfile (e.g. linux-image-amd64 on Debian, kernel on Fedora)');
    }
    return found.sort((a, b) => compareKernelVersions(b.kernelVersion, a.kernelVersion))[0];
}


/***/ }),

/***/ 72521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ QemuImg)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59601);
/**
 * qemu-img: converts a raw disk to qcow2, vmdk (streamOptimized, for cloud import) or vhd, and inspects disks;
 * makes throwaway qcow2 overlays and reads or writes byte regions of an image through its backing chain.
 */


class QemuImg extends _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .Tool */ .N {
    installHint = 'install qemu-utils (Debian/Ubuntu: apt-get install qemu-utils)';
    constructor(exec) {
        super('qemu-img', exec);
    }
    parseVersion(output) {
        return (0,_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .extractSemver */ .Y)(output, 'qemu-img');
    }
    /**
     * Per-format options: vmdk as streamOptimized (what AWS and VMware import), vhd fixed with the exact
     * size (what Azure requires), qcow2 with qemu's defaults.
     */
    static formatOptions(format) {
        if (format === 'vmdk')
            return ['-o', 'subformat=streamOptimized'];
        if (format === 'vpc')
            return ['-o', 'subformat=fixed,force_size=on'];
        return [];
    }
    static convertArgs(source, target, format) {
        return ['convert', '-f', 'raw', '-O', format, ...QemuImg.formatOptions(format), source, target];
    }
    /** A fixed VHD looks like raw to format probing: name the format when it is known. */
    static infoArgs(path, format) {
        return ['info', '--output=json', ...(format ? ['-f', format] : []), path];
    }
    static parseInfo(json) {
        let data;
        try {
            data = JSON.parse(json);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`cannot read qemu-img info output: ${error.message}`, { cause: error });
        }
        if (typeof data?.format !== 'string' || typeof data['virtual-size'] !== 'number')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec('qemu-img info output has no format or virtual size');
        return {
            format: data.format,
            virtualSize: data['virtual-size'],
            actualSize: typeof data['actual-size'] === 'number' ? data['actual-size'] : 0,
        };
    }
    /** Any format qemu-img reads → a sparse raw disk (publish-ami's EBS direct upload reads raw blocks). */
    static toRawArgs(source, target) {
        return ['convert', '-O', 'raw', source, target];
    }
    async toRaw(source, target) {
        await this.run(QemuImg.toRawArgs(source, target));
    }
    /** A qcow2 overlay over `backing` (absolute path): writes land in the overlay, the backing stays as it is. */
    static overlayArgs(backing, backingFormat, overlay) {
        return ['create', '-q', '-f', 'qcow2', '-F', backingFormat, '-b', backing, overlay];
    }
    /** `--image-opts` naming the bytes [offset, offset + size) of an image as a raw image of their own. */
    static regionOptions(image, format, offset, size) {
        const path = image.replace(/,/g, ',,');
        const file = format === 'raw'
            ? `file.driver=file,file.filename=${path}`
            : `file.driver=${format},file.file.driver=file,file.file.filename=${path}`;
        return `driver=raw,offset=${offset},size=${size},${file}`;
    }
    /** Copies a region of an image (through its backing chain) into a new sparse raw file. */
    static readRegionArgs(image, format, offset, size, target) {
        return [
            'convert',
            '-O',
            'raw',
            '--image-opts',
            QemuImg.regionOptions(image, format, offset, size),
            target,
        ];
    }
    /** Writes `size` bytes of a raw file, from `sourceOffset`, into an existing image at `offset`. */
    static writeRegionArgs(source, sourceOffset, image, format, offset, size) {
        return [
            'convert',
            '-n',
            '--image-opts',
            QemuImg.regionOptions(source, 'raw', sourceOffset, size),
            '--target-image-opts',
            QemuImg.regionOptions(image, format, offset, size),
        ];
    }
    async createOverlay(backing, backingFormat, overlay) {
        await this.run(QemuImg.overlayArgs(backing, backingFormat, overlay));
    }
    async readRegion(image, format, offset, size, target) {
        await this.run(QemuImg.readRegionArgs(image, format, offset, size, target));
    }
    async writeRegion(source, sourceOffset, image, format, offset, size) {
        await this.run(QemuImg.writeRegionArgs(source, sourceOffset, image, format, offset, size));
    }
    async convert(source, target, format) {
        await this.run(QemuImg.convertArgs(source, target, format));
    }
    async info(path, format) {
        return QemuImg.parseInfo((await this.run(QemuImg.infoArgs(path, format))).stdout);
    }
}


/***/ }),

/***/ 59601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ Tool),
/* harmony export */   Y: () => (/* binding */ extractSemver)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12834);



/**
 * Base of the one-class-per-binary wrappers: availability, a memoised version, and a run() that turns a
 * missing binary into an error that says how to install it.
 */
class Tool {
    binary;
    exec;
    versionPromise;
    constructor(binary, exec = _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0) {
        this.binary = binary;
        this.exec = exec;
    }
    versionArgs() {
        return ['--version'];
    }
    async isAvailable() {
        try {
            await this.version();
            return true;
        }
        catch {
            return false;
        }
    }
    version() {
        this.versionPromise ??= this.run(this.versionArgs()).then((result) => this.parseVersion(result.stdout));
        // A failed probe must not be cached: the tool may be installed afterwards.
        this.versionPromise.catch(() => (this.versionPromise = undefined));
        return this.versionPromise;
    }
    async versionSatisfies(range) {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(await this.version(), range);
    }
    async run(args, options) {
        try {
            return await this.exec(this.binary, args, options);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec && error.code === 'TOOL_NOT_FOUND') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`${this.binary} is not installed or not on PATH: ${this.installHint}`, {
                    code: 'TOOL_NOT_FOUND',
                    cause: error,
                });
            }
            throw error;
        }
    }
}
/** Pulls `x.y.z` out of a version line ("buildah version 1.28.2 (image-spec ...)"). */
function extractSemver(output, binary) {
    const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(output);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OsimgError */ .ec(`cannot read the version of ${binary} from: ${output.slice(0, 200)}`);
    return `${match[1]}.${match[2]}.${match[3] ?? '0'}`;
}


/***/ })

};
