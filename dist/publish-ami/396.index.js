export const id = 396;
export const ids = [396];
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


/***/ })

};
