export const id = 736;
export const ids = [736,396];
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

/***/ 9736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runJanitor: () => (/* binding */ runJanitor)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7396);
/* harmony import */ var _ec2_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5611);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9749);
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
    const images = await (0,_ec2_js__WEBPACK_IMPORTED_MODULE_2__/* .describeImages */ .Sx)(ec2, [], clients.sleep);
    const managed = (tags) => (0,_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .tagValue */ .EZ)(tags, _naming_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.managed) === 'true';
    const failed = images.filter((image) => managed(image.Tags) &&
        FAILED_STATES.has(image.State ?? '') &&
        new Date(image.CreationDate ?? 0).getTime() < cutoff);
    const failedIds = new Set(failed.map((image) => image.ImageId));
    const inUse = new Set(images.filter((image) => !failedIds.has(image.ImageId)).flatMap(_ec2_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotsOf */ .XO));
    const snapshots = await (0,_ec2_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSnapshots */ .dg)(ec2, [{ Name: `tag:${_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.managed}`, Values: ['true'] }], clients.sleep);
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
            name: (0,_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .tagValue */ .EZ)(snapshot.Tags, _naming_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.name) ?? '',
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
                await (0,_ec2_js__WEBPACK_IMPORTED_MODULE_2__/* .deregisterImage */ ._k)(ec2, orphan.id, clients.sleep);
            else
                await (0,_aws_js__WEBPACK_IMPORTED_MODULE_1__.call)('ec2:DeleteSnapshot', () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DeleteSnapshotCommand */ .tZN({ SnapshotId: orphan.id })), clients.sleep);
            orphan.removed = true;
            log.info(`${orphan.region}: removed ${orphan.kind} ${orphan.id}`);
        }
        catch (error) {
            orphan.removed = false;
            orphan.error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
            log.warning(`${orphan.region}: could not remove ${orphan.kind} ${orphan.id}: ${orphan.error}`);
        }
    }
}


/***/ })

};
