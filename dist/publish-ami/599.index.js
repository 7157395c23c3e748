export const id = 599;
export const ids = [599,396];
export const modules = {

/***/ 7396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AwsError: () => (/* binding */ AwsError),
/* harmony export */   DEFAULT_RETRY: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   call: () => (/* binding */ call),
/* harmony export */   defaultAwsClients: () => (/* binding */ defaultAwsClients),
/* harmony export */   describeAwsError: () => (/* binding */ describeAwsError),
/* harmony export */   errorCode: () => (/* binding */ errorCode),
/* harmony export */   isRetryable: () => (/* binding */ isRetryable),
/* harmony export */   isThrottling: () => (/* binding */ isThrottling),
/* harmony export */   missingCredentials: () => (/* binding */ missingCredentials)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ebs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7787);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
        ec2: (region) => memo(ec2, region, () => new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .EC2Client */ .gu5({ region, maxAttempts })),
        ebs: (region) => memo(ebs, region, () => new _aws_sdk_client_ebs__WEBPACK_IMPORTED_MODULE_2__/* .EBSClient */ .q({ region, maxAttempts })),
        // lib-storage calls S3 itself: the SDK's standard retry (3 attempts) covers its parts.
        s3: (region) => memo(s3, region, () => new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.S3Client({ region })),
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('no AWS credentials found: run aws-actions/configure-aws-credentials before this step (or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)', { cause });
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec)
        return error;
    const code = errorCode(error);
    const message = (error?.message ?? String(error)).replace(/\s+/g, ' ').trim();
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message))
        return missingCredentials(error);
    if (REJECTED.has(code))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`AWS rejected the credentials for ${action} (${code}: ${message}): renew them, check the role, or enable the region for the account`, { cause: error });
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new AwsError(`${action} cannot reach AWS (${message}): check the region name and this machine's network`, code, error);
    if (DENIED.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`AWS denied ${action} (${code}): give the role the permissions listed in docs/publish-ami.md (${message})`, { cause: error });
    }
    return new AwsError(`${action} failed: ${code ? `${code}: ` : ''}${message}`, code, error);
}
/** An AWS call that failed for a reason other than credentials or permissions; keeps the service's code. */
class AwsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec {
    awsCode;
    constructor(message, awsCode, cause) {
        super(message, { code: 'AWS', cause });
        this.awsCode = awsCode;
    }
}


/***/ }),

/***/ 1320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ formatBytes),
  S: () => (/* binding */ uploadEbsDirect)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ebs/dist-cjs/index.js
var dist_cjs = __webpack_require__(7787);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/ami/aws.ts
var aws = __webpack_require__(7396);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
    const start = await (0,aws.call)('ebs:StartSnapshot', () => ebs.send(new dist_cjs/* StartSnapshotCommand */.C4({
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
    const policy = options.blockRetry ?? { ...aws.DEFAULT_RETRY, attempts: 10 };
    const countingSleep = (ms) => {
        retries++;
        return options.sleep(ms);
    };
    for await (const block of dataBlocks(options.path, options.range)) {
        if (failure)
            break;
        const progress = Math.floor((block.index * 100) / blocksTotal);
        const put = (0,aws.call)(`ebs:PutSnapshotBlock (block ${block.index})`, () => ebs.send(new dist_cjs/* PutSnapshotBlockCommand */.O_({
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
    await (0,aws.call)('ebs:CompleteSnapshot', () => ebs.send(new dist_cjs/* CompleteSnapshotCommand */.$8({
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


/***/ }),

/***/ 5611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ findSnapshot),
/* harmony export */   F1: () => (/* binding */ findImage),
/* harmony export */   HA: () => (/* binding */ deleteSnapshotIfUnused),
/* harmony export */   Hr: () => (/* binding */ registerImage),
/* harmony export */   L1: () => (/* binding */ copyImage),
/* harmony export */   Sx: () => (/* binding */ describeImages),
/* harmony export */   XO: () => (/* binding */ snapshotsOf),
/* harmony export */   _k: () => (/* binding */ deregisterImage),
/* harmony export */   dg: () => (/* binding */ describeSnapshots),
/* harmony export */   eC: () => (/* binding */ waitSnapshot),
/* harmony export */   jL: () => (/* binding */ waitImage),
/* harmony export */   m1: () => (/* binding */ checkPublicAllowed),
/* harmony export */   pW: () => (/* binding */ shareImage),
/* harmony export */   wt: () => (/* binding */ poll)
/* harmony export */ });
/* unused harmony exports ROOT_DEVICE, registerInput */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7396);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9749);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`gave up waiting for ${what} after ${Math.round(waited / 60_000)} minutes`, {
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
        const page = await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:DescribeImages', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeImagesCommand */ .ji5({ Owners: ['self'], Filters: filters, NextToken })), sleep);
        images.push(...(page.Images ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    return images;
}
async function describeSnapshots(ec2, filters, sleep) {
    const snapshots = [];
    let NextToken;
    do {
        const page = await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:DescribeSnapshots', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeSnapshotsCommand */ .MmI({ OwnerIds: ['self'], Filters: filters, NextToken })), sleep);
        snapshots.push(...(page.Snapshots ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    return snapshots;
}
/** A completed osimg snapshot of this digest and AMI name, left by an earlier run, to register again. */
async function findSnapshot(ec2, name, digest, sleep) {
    const snapshots = await describeSnapshots(ec2, [
        { Name: `tag:${_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.managed}`, Values: ['true'] },
        { Name: `tag:${_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.digest}`, Values: [digest] },
        { Name: `tag:${_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.name}`, Values: [name] },
        { Name: 'status', Values: ['completed'] },
    ], sleep);
    return snapshots.sort((a, b) => (b.StartTime?.getTime() ?? 0) - (a.StartTime?.getTime() ?? 0))[0];
}
async function waitSnapshot(ec2, snapshotId, sleep, timeoutMs = 90 * 60_000) {
    return poll(`snapshot ${snapshotId} to complete`, sleep, timeoutMs, async () => {
        const page = await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:DescribeSnapshots', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeSnapshotsCommand */ .MmI({ SnapshotIds: [snapshotId] })), sleep);
        const snapshot = page.Snapshots?.[0];
        if (snapshot?.State === 'error')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`snapshot ${snapshotId} failed${snapshot.StateMessage ? `: ${snapshot.StateMessage}` : ''}`);
        return snapshot?.State === 'completed' ? snapshot : undefined;
    });
}
async function waitImage(ec2, imageId, sleep, timeoutMs = 3 * 60 * 60_000) {
    return poll(`AMI ${imageId} to become available`, sleep, timeoutMs, async () => {
        const page = await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:DescribeImages', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeImagesCommand */ .ji5({ ImageIds: [imageId] })), sleep);
        const image = page.Images?.[0];
        if (!image)
            return undefined; // a new AMI can take a moment to be visible
        if (image.State === 'available')
            return image;
        if (image.State === 'pending')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec(`AMI ${imageId} is ${image.State}${image.StateReason?.Message ? `: ${image.StateReason.Message}` : ''}`);
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
        const result = await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:RegisterImage', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .RegisterImageCommand */ .kUQ(registerInput(registration))), sleep);
        if (!result.ImageId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec('RegisterImage answered without an AMI ID');
        return { imageId: result.ImageId, created: true };
    }
    catch (error) {
        if (error instanceof _aws_js__WEBPACK_IMPORTED_MODULE_1__.AwsError && error.awsCode === 'InvalidAMIName.Duplicate') {
            const existing = await findImage(ec2, registration.name, sleep);
            const snapshot = existing?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId;
            if (existing?.ImageId && snapshot === registration.snapshotId)
                return { imageId: existing.ImageId, created: false };
        }
        throw error;
    }
}
async function copyImage(ec2, input, sleep) {
    const result = await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:CopyImage', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .CopyImageCommand */ .SDF({
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OsimgError */ .ec('CopyImage answered without an AMI ID');
    return result.ImageId;
}
function snapshotsOf(image) {
    return (image.BlockDeviceMappings ?? []).flatMap((mapping) => mapping.Ebs?.SnapshotId ? [mapping.Ebs.SnapshotId] : []);
}
/** Refuses to make anything public where the account blocks public AMI sharing (before any upload). */
async function checkPublicAllowed(ec2, region, sleep) {
    let state;
    try {
        state = (await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:GetImageBlockPublicAccessState', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .GetImageBlockPublicAccessStateCommand */ .QRd({})), sleep)).ImageBlockPublicAccessState;
    }
    catch (error) {
        // Partitions without the API (some GovCloud/China regions) answer InvalidAction: ModifyImageAttribute decides.
        if (error instanceof _aws_js__WEBPACK_IMPORTED_MODULE_1__.AwsError && /InvalidAction|UnsupportedOperation/.test(error.awsCode))
            return;
        throw error;
    }
    if (state === 'block-new-sharing')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`public is true, but the account blocks public AMI sharing in ${region} (image block public access: block-new-sharing); turn it off with ec2 disable-image-block-public-access, or publish without public`);
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
    await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:ModifyImageAttribute', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .ModifyImageAttributeCommand */ .FE3({ ImageId: image.ImageId, LaunchPermission: { Add: add } })), sleep);
    if (sharing.accounts.length === 0)
        return;
    for (const snapshotId of snapshotsOf(image)) {
        await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:ModifySnapshotAttribute', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .ModifySnapshotAttributeCommand */ .KD0({
            SnapshotId: snapshotId,
            Attribute: 'createVolumePermission',
            OperationType: 'add',
            UserIds: sharing.accounts,
        })), sleep);
    }
}
async function deregisterImage(ec2, imageId, sleep) {
    try {
        await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:DeregisterImage', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DeregisterImageCommand */ .x2c({ ImageId: imageId })), sleep);
    }
    catch (error) {
        if (!/InvalidAMIID\.(NotFound|Unavailable)/.test((0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.errorCode)(error.cause)))
            throw error;
    }
}
/** Deletes a snapshot unless an AMI still uses it (then it is a source in use: kept, and false returned). */
async function deleteSnapshotIfUnused(ec2, snapshotId, sleep) {
    const users = await describeImages(ec2, [{ Name: 'block-device-mapping.snapshot-id', Values: [snapshotId] }], sleep);
    if (users.some((image) => image.State !== 'deregistered'))
        return false;
    try {
        await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:DeleteSnapshot', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DeleteSnapshotCommand */ .tZN({ SnapshotId: snapshotId })), sleep);
    }
    catch (error) {
        const code = (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.errorCode)(error.cause);
        if (code === 'InvalidSnapshot.InUse')
            return false;
        if (code !== 'InvalidSnapshot.NotFound')
            throw error;
    }
    return true;
}


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PartialPublishError: () => (/* binding */ PartialPublishError),
  assertComplete: () => (/* binding */ assertComplete),
  defaultPublishTools: () => (/* binding */ defaultPublishTools),
  publishAmi: () => (/* binding */ publishAmi)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/scratch/journal.ts
var journal = __webpack_require__(1593);
// EXTERNAL MODULE: ./src/scratch/registry.ts
var registry = __webpack_require__(2455);
;// CONCATENATED MODULE: ./src/tools/child-env.ts
/**
 * What a child process may see of osimg's environment: an allow-list, never the whole of it. osimg's
 * own settings and secrets (OSIMG_REGISTRY_PASSWORD, the Actions runner's INPUT_*, tokens) stay in osimg;
 * a tool class passes a child whatever else it needs explicitly (ExecOptions.env).
 */
/** Names every tool may need: where programs and home are, locale, scratch, proxies, CA bundles. */
const PASSED = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    // Where buildah, skopeo and podman keep their user state and configuration.
    'XDG_RUNTIME_DIR',
    'XDG_CONFIG_HOME',
    'XDG_DATA_HOME',
    'REGISTRY_AUTH_FILE',
    'DOCKER_CONFIG',
]);
/** Prefixes of the same kind: locale categories and the containers tools' own configuration files. */
const PASSED_PREFIXES = ['LC_', 'CONTAINERS_', 'BUILDAH_'];
/**
 * Extra names the user (or a test's fake tool) wants passed, comma-separated: for a tool setting osimg
 * does not know about. Never needed for osimg's own credentials, which go to exactly one child.
 */
const EXTRA_ENV_VARIABLE = 'OSIMG_CHILD_ENV';
function childEnvironment(parent, added = {}) {
    const extra = new Set((parent[EXTRA_ENV_VARIABLE] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name.length > 0));
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined)
            continue;
        if (PASSED.has(name) || extra.has(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix))) {
            env[name] = value;
        }
    }
    for (const [name, value] of Object.entries(added)) {
        if (value === undefined)
            delete env[name];
        else
            env[name] = value;
    }
    return env;
}

;// CONCATENATED MODULE: ./src/tools/launcher.ts
/**
 * How exec starts a program so it cannot outlive osimg: through util-linux `setpriv --pdeathsig KILL`,
 * which asks the kernel to SIGKILL the child when osimg dies, however it dies (SIGKILL included). Where
 * setpriv is missing or too old, the program starts directly (the process group kill still applies).
 */


/** The executable `file` names (a path, or a name looked up on `path`), or undefined if there is none. */
function resolveExecutable(file, path = '', cwd = '.') {
    const candidates = file.includes('/')
        ? [(0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file)]
        : path
            .split(external_node_path_.delimiter)
            .filter((dir) => dir.length > 0)
            .map((dir) => (0,external_node_path_.join)(dir, file));
    return candidates.find(isExecutableFile);
}
function isExecutableFile(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
const setprivByPath = new Map();
/** setpriv with --pdeathsig on this PATH, found once per PATH. */
function setpriv(path, probe) {
    if (!setprivByPath.has(path)) {
        const found = resolveExecutable('setpriv', path) ?? resolveExecutable('setpriv', '/usr/bin:/bin');
        setprivByPath.set(path, found && probe(found).includes('--pdeathsig') ? found : undefined);
    }
    return setprivByPath.get(path);
}
/** The argv that starts `file args` with a parent-death signal, or undefined when `file` is not found. */
function launcher(file, args, path, cwd, probe) {
    const executable = resolveExecutable(file, path, cwd);
    if (!executable) {
        return file.includes('/') && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, file)) ? { notExecutable: true } : undefined;
    }
    // The program keeps the name it was given as argv[0] (some tools read it; ps and tests match it):
    // setpriv looks it up on the same PATH (the child's), in the same working directory.
    const wrapper = setpriv(path, probe);
    if (!wrapper)
        return { file, args: [...args] };
    return { file: wrapper, args: ['--pdeathsig', 'KILL', '--', file, ...args] };
}

;// CONCATENATED MODULE: ./src/tools/exec.ts
/**
 * The only place in osimg that starts processes. Always an argv array, never a shell; output captured and
 * capped; a timeout and an AbortSignal that end the process (TERM, then KILL); failures as CommandError.
 * Each child leads its own process group (registered, so signals and exit kill all of it), dies with
 * osimg even on SIGKILL (a parent-death signal), and sees only an allow-listed environment.
 */









const STDERR_KEEP = 256 * 1024;
const TAIL_LINES = 15;
/** The last non-empty lines of some output, for error messages. */
function tailLines(text, count = TAIL_LINES) {
    if (count <= 0)
        return [];
    return text
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.length > 0)
        .slice(-count);
}
/** Splits a byte stream into lines for a callback, keeping a partial last line until more arrives. */
function lineSplitter(onLine) {
    let pending = '';
    return {
        push(chunk) {
            if (!onLine)
                return;
            pending += chunk;
            const lines = pending.split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                onLine(line);
        },
        flush() {
            if (onLine && pending.length > 0)
                onLine(pending);
            pending = '';
        },
    };
}
/**
 * Wall time during which at least one child process ran (overlaps counted once): what the wrapped tools
 * cost, so a pipeline can tell its own overhead from theirs. One clock for the whole process, and one per
 * unit of work that asks for its own (`withToolClock`: a pipeline stage running beside another).
 */
class ToolClock {
    running = 0;
    busySince = 0;
    busyMs = 0;
    ms() {
        return this.busyMs + (this.running > 0 ? Date.now() - this.busySince : 0);
    }
    started() {
        if (this.running++ === 0)
            this.busySince = Date.now();
    }
    ended() {
        if (--this.running === 0)
            this.busyMs += Date.now() - this.busySince;
    }
}
const processClock = new ToolClock();
const workClock = new external_node_async_hooks_.AsyncLocalStorage();
function toolTimeMs() {
    return processClock.ms();
}
/** Runs `work` with its own tool clock: the children it (and only it) starts are counted there too. */
function withToolClock(clock, work) {
    return workClock.run(clock, work);
}
function childStarted() {
    const clocks = [processClock, workClock.getStore()].filter((clock) => clock !== undefined);
    for (const clock of clocks)
        clock.started();
    return () => clocks.forEach((clock) => clock.ended());
}
function setprivHelp(setpriv) {
    return (0,external_node_child_process_.spawnSync)(setpriv, ['--help'], { encoding: 'utf8', timeout: 5000, env: {} }).stdout ?? '';
}
const exec_exec = (file, args, options = {}) => {
    const started = Date.now();
    const command = [file, ...args].join(' ');
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new errors/* OsimgError */.ec(`${file} was not started: the operation was cancelled`, { code: 'TIMEOUT' }));
            return;
        }
        const env = childEnvironment(process.env, options.env);
        const start = launcher(file, args, env.PATH ?? '', options.cwd ?? '.', setprivHelp);
        if (!start || 'notExecutable' in start) {
            reject(start
                ? new errors/* OsimgError */.ec(`${file} could not be started: it is not an executable file`, {
                    code: 'COMMAND_FAILED',
                })
                : new errors/* OsimgError */.ec(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND' }));
            return;
        }
        const child = (0,external_node_child_process_.spawn)(start.file, start.args, {
            cwd: options.cwd,
            env,
            shell: false,
            // Its own process group (setsid): a signal to osimg's terminal group does not reach it half-way,
            // and osimg can end the child together with everything it started.
            detached: true,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const group = child.pid;
        const untrack = group === undefined ? () => undefined : (0,registry/* trackGroup */.Tq)(group);
        // A background server (a local registry) is not work done for the caller: not tool time.
        let stopClocks = options.background ? undefined : childStarted();
        const end = () => {
            stopClocks?.();
            stopClocks = undefined;
        };
        const maxStdout = options.maxStdoutBytes ?? 64 * 1024 * 1024;
        let stdout = '';
        let stdoutBytes = 0;
        let stdoutTruncated = false;
        let stderr = '';
        const outLines = lineSplitter(options.onStdoutLine);
        const errLines = lineSplitter(options.onStderrLine);
        const childStdout = child.stdout;
        const childStderr = child.stderr;
        const stdoutDecoder = new external_node_string_decoder_.StringDecoder('utf8');
        const lineDecoder = new external_node_string_decoder_.StringDecoder('utf8');
        childStderr.setEncoding('utf8');
        childStdout.on('data', (chunk) => {
            // The cap is in bytes; decoding keeps multi-byte characters whole across chunks.
            const kept = chunk.subarray(0, Math.max(0, maxStdout - stdoutBytes));
            if (kept.length < chunk.length)
                stdoutTruncated = true;
            stdoutBytes += kept.length;
            stdout += stdoutDecoder.write(kept);
            outLines.push(lineDecoder.write(chunk));
        });
        childStderr.on('data', (chunk) => {
            errLines.push(chunk);
            stderr += chunk;
            if (stderr.length > STDERR_KEEP * 2)
                stderr = stderr.slice(-STDERR_KEEP);
        });
        const signalChild = (name) => {
            if (group === undefined || !(0,journal/* killGroup */.i0)(group, name))
                child.kill(name);
        };
        let stopReason;
        let killTimer;
        const stop = (reason) => {
            if (stopReason)
                return;
            stopReason = reason;
            signalChild('SIGTERM');
            killTimer = setTimeout(() => signalChild('SIGKILL'), options.killGraceMs ?? 5000);
            killTimer.unref();
        };
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => stop(`timed out after ${formatSeconds(options.timeoutMs)}`), options.timeoutMs);
        const onAbort = () => stop('was cancelled');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => {
            untrack();
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (error) => {
            cleanup();
            end();
            if (error.code === 'ENOENT' && options.cwd !== undefined && !(0,external_node_fs_.existsSync)(options.cwd)) {
                reject(new errors/* OsimgError */.ec(`${file} was not started: its working directory ${options.cwd} does not exist`, {
                    code: 'COMMAND_FAILED',
                    cause: error,
                }));
            }
            else if (error.code === 'ENOENT') {
                reject(new errors/* OsimgError */.ec(`${file} is not installed or not on PATH`, { code: 'TOOL_NOT_FOUND', cause: error }));
            }
            else {
                reject(new errors/* OsimgError */.ec(`${file} could not be started: ${error.message}`, {
                    code: 'COMMAND_FAILED',
                    cause: error,
                }));
            }
        });
        if (options.input !== undefined && child.stdin) {
            // A child that exits without reading stdin must not crash us with EPIPE.
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input);
        }
        child.on('close', (code, signal) => {
            cleanup();
            end();
            outLines.push(lineDecoder.end());
            outLines.flush();
            errLines.flush();
            const durationMs = Date.now() - started;
            const exitCode = code ?? -1;
            if (stopReason) {
                reject(new errors/* CommandError */.Qd(`${file} ${stopReason}`, {
                    command,
                    exitCode: code,
                    stderrTail: tailLines(stderr),
                    code: 'TIMEOUT',
                }));
                return;
            }
            stdout += stdoutDecoder.end();
            if (stdoutTruncated)
                stdout += '\n[output truncated]';
            if (!(options.okExitCodes ?? [0]).includes(exitCode)) {
                const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
                const tail = tailLines(stderr);
                const last = tail.at(-1);
                reject(new errors/* CommandError */.Qd(`${file} ${args[0] ?? ''} ${how}${last ? `: ${last}` : ''}`.replace(/\s+/g, ' '), {
                    command,
                    exitCode: code,
                    stderrTail: tail,
                }));
                return;
            }
            resolve({ exitCode, stdout, stderr, durationMs });
        });
    });
};
function formatSeconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/tools/tool.ts



/**
 * Base of the one-class-per-binary wrappers: availability, a memoised version, and a run() that turns a
 * missing binary into an error that says how to install it.
 */
class Tool {
    binary;
    exec;
    versionPromise;
    constructor(binary, exec = exec_exec) {
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
        return semver_default().satisfies(await this.version(), range);
    }
    async run(args, options) {
        try {
            return await this.exec(this.binary, args, options);
        }
        catch (error) {
            if (error instanceof errors/* OsimgError */.ec && error.code === 'TOOL_NOT_FOUND') {
                throw new errors/* OsimgError */.ec(`${this.binary} is not installed or not on PATH: ${this.installHint}`, {
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
        throw new errors/* OsimgError */.ec(`cannot read the version of ${binary} from: ${output.slice(0, 200)}`);
    return `${match[1]}.${match[2]}.${match[3] ?? '0'}`;
}

;// CONCATENATED MODULE: ./src/tools/qemu-img.ts
/**
 * qemu-img: converts a raw disk to qcow2, vmdk (streamOptimized, for cloud import) or vhd, and inspects disks;
 * makes throwaway qcow2 overlays and reads or writes byte regions of an image through its backing chain.
 */


class QemuImg extends Tool {
    installHint = 'install qemu-utils (Debian/Ubuntu: apt-get install qemu-utils)';
    constructor(exec) {
        super('qemu-img', exec);
    }
    parseVersion(output) {
        return extractSemver(output, 'qemu-img');
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
            throw new errors/* OsimgError */.ec(`cannot read qemu-img info output: ${error.message}`, { cause: error });
        }
        if (typeof data?.format !== 'string' || typeof data['virtual-size'] !== 'number')
            throw new errors/* OsimgError */.ec('qemu-img info output has no format or virtual size');
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

// EXTERNAL MODULE: ./src/ami/aws.ts
var aws = __webpack_require__(7396);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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

// EXTERNAL MODULE: ./src/ami/ebs-direct.ts + 1 modules
var ebs_direct = __webpack_require__(1320);
// EXTERNAL MODULE: ./src/ami/ec2.ts
var ami_ec2 = __webpack_require__(5611);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
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
    log.info(`uploading ${(0,ebs_direct/* formatBytes */.z)(options.size)} to s3://${options.bucket}/${options.key}`);
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
        const task = await (0,aws.call)('ec2:ImportSnapshot', () => ec2.send(new dist_cjs/* ImportSnapshotCommand */.Tvo({
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
        const snapshotId = await (0,ami_ec2/* poll */.wt)(`import task ${id}`, options.sleep, options.timeoutMs ?? 3 * 60 * 60_000, async () => {
            const page = await (0,aws.call)('ec2:DescribeImportSnapshotTasks', () => ec2.send(new dist_cjs/* DescribeImportSnapshotTasksCommand */.QkL({ ImportTaskIds: [id] })), options.sleep);
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
        await (0,aws.call)('ec2:CreateTags', () => ec2.send(new dist_cjs/* CreateTagsCommand */.RmG({ Resources: [snapshotId], Tags: options.tags })), options.sleep);
        return { snapshotId, bytesUploaded: options.size, seconds: (Date.now() - started) / 1000 };
    }
    finally {
        // A task still running (we gave up or were interrupted) is cancelled first: the object goes after.
        if (taskId) {
            const id = taskId;
            await (0,aws.call)('ec2:CancelImportTask', () => ec2.send(new dist_cjs/* CancelImportTaskCommand */.GUY({ ImportTaskId: id })), options.sleep).catch((error) => log.warning(`could not cancel import task ${id}: ${error.message}`));
        }
        await (0,aws.call)('s3:DeleteObject', () => s3.send(new client_s3_dist_cjs.DeleteObjectCommand({ Bucket: options.bucket, Key: options.key })), options.sleep).catch((error) => log.warning(`could not remove s3://${options.bucket}/${options.key}: ${error.message}; delete it by hand`));
    }
}
function bucketError(error, bucket, region) {
    const code = (0,aws.errorCode)(error);
    if (code === 'NoSuchBucket')
        return new errors/* ConfigurationError */.j1(`the S3 bucket ${bucket} does not exist: create it in ${region} or name another bucket`, { cause: error });
    if (code === 'AccessDenied' || code === 'Forbidden' || code === 'AllAccessDisabled')
        return new errors/* ConfigurationError */.j1(`AWS denied the upload to s3://${bucket} (${code}): allow s3:PutObject, s3:AbortMultipartUpload and s3:DeleteObject on arn:aws:s3:::${bucket}/osimg/* for this role (docs/publish-ami.md)`, { cause: error });
    if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed')
        return new errors/* ConfigurationError */.j1(`the S3 bucket ${bucket} is not in ${region}: VM Import needs a bucket in the source region`, { cause: error });
    return (0,aws.describeAwsError)(error, 's3:multipart upload');
}
function roleError(error) {
    const message = error.message ?? '';
    if (error instanceof aws.AwsError && /vmimport|service role/i.test(message))
        return new errors/* ConfigurationError */.j1('VM Import cannot use the vmimport service role (it does not exist or lacks permissions): create the role "vmimport" with the trust and permissions policy in docs/publish-ami.md, or use method ebs-direct', { cause: error });
    return error;
}
function importFailed(taskId, message, options) {
    if (/S3|bucket|access denied|forbidden|permission/i.test(message))
        return new errors/* ConfigurationError */.j1(`VM Import could not read s3://${options.bucket}/${options.key} (${message}): allow the vmimport role s3:GetBucketLocation, s3:GetObject and s3:ListBucket on the bucket (docs/publish-ami.md)`);
    return new errors/* OsimgError */.ec(`import task ${taskId} failed: ${message || 'no reason given'}`, { code: 'AWS' });
}

// EXTERNAL MODULE: ./src/ami/naming.ts
var naming = __webpack_require__(9749);
;// CONCATENATED MODULE: ./src/disk/boot-files.ts
/**
 * Finds the kernel and initramfs inside an image's root filesystem, where Debian/Ubuntu (`/boot/vmlinuz-*`,
 * `/boot/initrd.img-*`), Fedora (`/boot/initramfs-*.img`) and bootc images (`/usr/lib/modules/<kver>/vmlinuz`
 * and `initramfs.img`) put them. Symlinks are not followed: in an unpacked image an absolute link points
 * at the host.
 */



async function isFile(path) {
    return (await lstat(path).catch(() => undefined))?.isFile() ?? false;
}
async function list(dir) {
    return readdir(dir).catch(() => []);
}
/** Orders kernel versions the way humans do: 6.1.0-10 before 6.1.0-9 is wrong, so compare number runs. */
function compareKernelVersions(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}
async function candidates(root) {
    const found = [];
    const modules = join(root, 'usr/lib/modules');
    for (const version of await list(modules)) {
        const kernel = join(modules, version, 'vmlinuz');
        if (!(await isFile(kernel)))
            continue;
        const initrd = join(modules, version, 'initramfs.img');
        found.push({ kernelVersion: version, kernel, initrd: (await isFile(initrd)) ? initrd : undefined });
    }
    if (found.length > 0)
        return found; // the bootc layout wins: /boot may be stale or empty there
    const boot = join(root, 'boot');
    const names = await list(boot);
    for (const name of names) {
        const match = /^vmlinuz-(.+)$/.exec(name);
        if (!match || !(await isFile(join(boot, name))))
            continue;
        const version = match[1];
        let initrd;
        for (const candidate of [`initrd.img-${version}`, `initramfs-${version}.img`, `initrd-${version}`]) {
            if (names.includes(candidate) && (await isFile(join(boot, candidate))))
                initrd = join(boot, candidate);
        }
        found.push({ kernelVersion: version, kernel: join(boot, name), initrd });
    }
    return found;
}
/** The newest kernel in the image (and its initramfs), or a ConfigurationError saying how to get one. */
async function findBootFiles(root) {
    const found = await candidates(root);
    if (found.length === 0) {
        throw new ConfigurationError('this image is not bootable: no kernel found in /boot (vmlinuz-*) or /usr/lib/modules/<version>/vmlinuz; install a kernel in the Containerfile (e.g. linux-image-amd64 on Debian, kernel on Fedora)');
    }
    return found.sort((a, b) => compareKernelVersions(b.kernelVersion, a.kernelVersion))[0];
}

;// CONCATENATED MODULE: ./src/tools/debugfs.ts

class Debugfs extends Tool {
    installHint = 'install e2fsprogs (Debian/Ubuntu: apt-get install e2fsprogs)';
    constructor(exec) {
        super('debugfs', exec);
    }
    versionArgs() {
        return ['-V'];
    }
    parseVersion(output) {
        return extractSemver(output, 'debugfs');
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

class DumpErofs extends Tool {
    installHint = 'install erofs-utils (Debian/Ubuntu: apt-get install erofs-utils)';
    constructor(exec) {
        super('dump.erofs', exec);
    }
    versionArgs() {
        return ['-V'];
    }
    parseVersion(output) {
        return extractSemver(output, 'dump.erofs');
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/scratch/files.ts
/**
 * Atomic writes and private scratch directories: the only way osimg makes files it might not finish.
 * A file is written under a private hidden name in its own directory, flushed, then renamed into place,
 * so a reader sees it whole or not at all; the partial name is registered until the rename.
 */





/** A hidden, unguessable sibling name for writing `path`, renamed into place only when complete. */
function partialName(path) {
    return join(dirname(path), `.${basename(path)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
}
/** Writes `path` through a partial name: whole, or absent (the partial is removed on any failure). */
async function writeAtomically(path, write, options = {}) {
    if (options.createDirectory)
        await mkdir(dirname(path), { recursive: true });
    const partial = partialName(path);
    const release = trackPath(partial);
    try {
        await write(partial);
        await flush(partial);
        await rename(partial, path);
    }
    catch (error) {
        await rm(partial, { force: true });
        throw error;
    }
    finally {
        release();
    }
}
/** Writes text or bytes atomically; a failure is osimg's one sentence naming the file. */
async function writeFileAtomically(path, content, options = {}) {
    try {
        await writeAtomically(path, async (partial) => {
            const handle = await open(partial, 'wx', options.mode ?? 0o644);
            try {
                await handle.writeFile(content);
            }
            finally {
                await handle.close();
            }
        }, options);
    }
    catch (error) {
        throw new ConfigurationError(`cannot write ${path}: ${describeFsError(error)}`, { cause: error });
    }
}
async function flush(path) {
    const handle = await open(path, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
function describeFsError(error) {
    const code = error.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied; choose a path you can write';
    if (code === 'ENOENT')
        return 'its directory does not exist; create it or choose another path';
    if (code === 'ENOSPC')
        return 'the disk is full';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error.message;
}
/**
 * A private directory (mkdtemp, 0700) for an output with no path of its own (a default console log):
 * never a fixed name in a shared directory. Not registered: it is what the run leaves for the user.
 */
async function makeOutputDir(parent, prefix) {
    try {
        return await mkdtemp(join(parent, prefix));
    }
    catch (error) {
        throw new ConfigurationError(`cannot make a directory in ${parent}: ${describeFsError(error)}`, {
            cause: error,
        });
    }
}
/** Opens `path` for writing now, so a path that cannot be written fails as one sentence before any work. */
async function checkWritable(path, what) {
    try {
        await (await open(path, 'w', 0o644)).close();
    }
    catch (error) {
        throw new ConfigurationError(`cannot write the ${what} ${path}: ${describeFsError(error)}`, {
            cause: error,
        });
    }
}
/**
 * A private scratch directory (mkdtemp: a fresh unguessable name, mode 0700) under `parent`, registered
 * so that an interruption or the next run's sweep removes it.
 */
async function makeScratch(parent, prefix) {
    let path;
    try {
        path = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, prefix));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot make a scratch directory in ${parent}: ${describeFsError(error)}`, {
            cause: error,
        });
    }
    const release = (0,registry/* trackPath */.Bb)(path);
    return {
        path,
        remove: async () => {
            await (0,promises_.rm)(path, { recursive: true, force: true, maxRetries: 2 });
            release();
        },
    };
}

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
        const dir = (await makeScratch(tempDir, 'osimg-ami-erofs-')).path;
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
        report.kernels = [...(usr?.length ? usr : (lib ?? []))].sort(compareKernelVersions);
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
    return { ...defaultRootfsTools(), qemuImg: new QemuImg() };
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
    const name = (0,naming/* amiName */.HP)(request.namePrefix, request.imageDigest, request.architecture);
    const context = { request, clients, log, tools, name, created: new Created(), cleanedUp: [] };
    const [source, ...targets] = request.regions;
    const file = await inspectDiskFile(request.disk, 'disk');
    if (request.method === 'import-snapshot')
        importFormat(file.format); // refuses qcow2 before any work
    const work = (await makeScratch(request.tempDir, 'osimg-ami-')).path;
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
                await (0,ami_ec2/* checkPublicAllowed */.m1)(clients.ec2(region), region, clients.sleep);
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
            await (0,ami_ec2/* shareImage */.pW)(clients.ec2(source), sourceImage, sharing(request), clients.sleep);
            result.regions.push(regionResult(source, made.status, sourceImage));
        }
        catch (error) {
            await cleanup(context, source);
            throw error;
        }
        const copies = await Promise.all(targets.map((region) => log.group(`Copy to ${region}`, async () => {
            try {
                const made = await copyTo(context, region, sourceImage);
                await (0,ami_ec2/* shareImage */.pW)(clients.ec2(region), made.image, sharing(request), clients.sleep);
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
    return { region, status, imageId: image.ImageId, snapshotId: (0,ami_ec2/* snapshotsOf */.XO)(image)[0] };
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
    const image = await (0,ami_ec2/* findImage */.F1)(ec2, name, clients.sleep);
    if (!image?.ImageId)
        return undefined;
    checkCompatible(image, request, region);
    if (image.State === 'available') {
        log.info(`${region}: reusing ${image.ImageId} (${name})`);
        return image;
    }
    if (image.State === 'pending') {
        log.info(`${region}: ${image.ImageId} is pending (an earlier run); waiting for it`);
        return (0,ami_ec2/* waitImage */.jL)(ec2, image.ImageId, clients.sleep);
    }
    log.warning(`${region}: ${image.ImageId} is ${image.State}; deregistering it and publishing again`);
    const snapshots = (0,ami_ec2/* snapshotsOf */.XO)(image);
    await (0,ami_ec2/* deregisterImage */._k)(ec2, image.ImageId, clients.sleep);
    for (const snapshotId of snapshots)
        await (0,ami_ec2/* deleteSnapshotIfUnused */.HA)(ec2, snapshotId, clients.sleep);
    return undefined;
}
async function sourceAmi(context, file, raw, result) {
    const { request, clients, log, name, created } = context;
    const region = request.regions[0];
    const ec2 = clients.ec2(region);
    const existing = await existingImage(context, ec2, region);
    if (existing)
        return { image: existing, status: 'reused' };
    const tags = (0,naming/* resourceTags */.iu)(name, request.imageDigest, request.runId, request.tags);
    let snapshotId = (await (0,ami_ec2/* findSnapshot */.Cb)(ec2, name, request.imageDigest, clients.sleep))?.SnapshotId;
    if (snapshotId) {
        log.info(`${region}: reusing snapshot ${snapshotId} of an earlier run`);
    }
    else if (request.method === 'ebs-direct') {
        const upload = await (0,ebs_direct/* uploadEbsDirect */.S)(clients.ebs(region), {
            path: raw.path,
            range: raw.range,
            tags,
            description: (0,naming/* description */.h_)(request.imageDigest),
            clientToken: (0,naming/* clientToken */.$Y)('StartSnapshot', region, name, request.runId),
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
            description: (0,naming/* description */.h_)(request.imageDigest),
            clientToken: (0,naming/* clientToken */.$Y)('ImportSnapshot', region, name, request.runId),
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
    await (0,ami_ec2/* waitSnapshot */.eC)(ec2, snapshotId, clients.sleep);
    const registered = await (0,ami_ec2/* registerImage */.Hr)(ec2, {
        name,
        description: (0,naming/* description */.h_)(request.imageDigest),
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
    const image = await (0,ami_ec2/* waitImage */.jL)(ec2, registered.imageId, clients.sleep);
    return { image, status: 'created' };
}
async function copyTo(context, region, source) {
    const { request, clients, log, name, created } = context;
    const ec2 = clients.ec2(region);
    const existing = await existingImage(context, ec2, region);
    if (existing)
        return { image: existing, status: 'reused' };
    const tags = (0,naming/* resourceTags */.iu)(name, request.imageDigest, request.runId, request.tags);
    const imageId = await (0,ami_ec2/* copyImage */.L1)(ec2, {
        name,
        description: (0,naming/* description */.h_)(request.imageDigest),
        sourceImageId: source.ImageId,
        sourceRegion: request.regions[0],
        clientToken: (0,naming/* clientToken */.$Y)('CopyImage', region, name, source.ImageId, request.runId),
        tags,
    }, clients.sleep);
    created.add('images', region, imageId);
    log.info(`${region}: copying to ${imageId}; waiting until it is available`);
    return { image: await (0,ami_ec2/* waitImage */.jL)(ec2, imageId, clients.sleep), status: 'copied' };
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
            snapshots.push(...(0,ami_ec2/* snapshotsOf */.XO)(image));
            await (0,ami_ec2/* deregisterImage */._k)(ec2, imageId, clients.sleep);
            cleanedUp.push(`${imageId} in ${region}`);
        }
        catch (error) {
            log.warning(`could not deregister ${imageId} in ${region}: ${(0,errors/* describeError */.Uc)(error)}; the janitor mode will find it`);
        }
    }
    for (const snapshotId of new Set(snapshots)) {
        try {
            if (await (0,ami_ec2/* deleteSnapshotIfUnused */.HA)(ec2, snapshotId, clients.sleep))
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
    const page = await (0,aws.call)('ec2:DescribeImages', () => ec2.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] })), sleep);
    return page.Images?.[0];
}


/***/ })

};
