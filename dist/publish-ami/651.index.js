export const id = 651;
export const ids = [651,396];
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

/***/ 9651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   janitorRows: () => (/* binding */ janitorRows),
/* harmony export */   publishOutputs: () => (/* binding */ publishOutputs),
/* harmony export */   publishSummaryRows: () => (/* binding */ publishSummaryRows),
/* harmony export */   regionRows: () => (/* binding */ regionRows)
/* harmony export */ });
/* harmony import */ var _ebs_direct_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1320);

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
                ? `EBS direct: ${upload.blocksSent} of ${upload.blocksTotal} blocks, ${(0,_ebs_direct_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(upload.bytesSent)} of a ${(0,_ebs_direct_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(upload.diskBytes)} disk, ${upload.retries ?? 0} retries, ${upload.seconds.toFixed(1)} s`
                : `S3 + VM Import: ${(0,_ebs_direct_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(upload.bytesSent)}, ${upload.seconds.toFixed(1)} s`,
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


/***/ })

};
