/**
 * The AWS side of publish-ami: one EC2 and EBS client per region and one S3 client, built from the standard
 * credential provider chain (environment, shared config, web identity from configure-aws-credentials,
 * container and instance roles). Every call goes through `send`, which retries throttling and transient
 * errors with jittered exponential backoff, so that policy is ours, visible and tested; the SDK's own retry
 * is switched off for EC2 and EBS to keep attempts from multiplying.
 */
import { EBSClient } from '@aws-sdk/client-ebs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { S3Client } from '@aws-sdk/client-s3';
import { ConfigurationError, OsimgError } from '../errors.js';

/** What publishAmi needs from AWS; tests hand in real SDK clients whose `send` a stateful fake answers. */
export interface AwsClients {
  ec2(region: string): EC2Client;
  ebs(region: string): EBSClient;
  s3(region: string): S3Client;
  /** Resolves credentials once, before any work, so a missing role fails in one sentence. */
  checkCredentials(region: string): Promise<void>;
  /** Waits between retries and polls (tests pass a fast one). */
  sleep(ms: number): Promise<void>;
  /** Milliseconds since the epoch (the janitor's notion of age; tests pass a fixed clock). */
  now(): number;
}

export interface ClientOptions {
  /** Retries of SDK requests, ours on top; 1 = the SDK tries once. */
  sdkMaxAttempts?: number;
}

export function defaultAwsClients(options: ClientOptions = {}): AwsClients {
  const ec2 = new Map<string, EC2Client>();
  const ebs = new Map<string, EBSClient>();
  const s3 = new Map<string, S3Client>();
  const maxAttempts = options.sdkMaxAttempts ?? 1;
  const clients: AwsClients = {
    ec2: (region) => memo(ec2, region, () => new EC2Client({ region, maxAttempts })),
    ebs: (region) => memo(ebs, region, () => new EBSClient({ region, maxAttempts })),
    // lib-storage calls S3 itself: the SDK's standard retry (3 attempts) covers its parts.
    s3: (region) => memo(s3, region, () => new S3Client({ region })),
    checkCredentials: async (region) => {
      try {
        const credentials = await clients.ec2(region).config.credentials();
        if (!credentials.accessKeyId) throw new Error('empty access key');
      } catch (error) {
        throw missingCredentials(error);
      }
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
  return clients;
}

function memo<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (!value) map.set(key, (value = make()));
  return value;
}

export function missingCredentials(cause: unknown): ConfigurationError {
  return new ConfigurationError(
    'no AWS credentials found: run aws-actions/configure-aws-credentials before this step (or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)',
    { cause },
  );
}

/** The parts of an SDK ServiceException this module looks at. */
export interface AwsErrorShape {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

/** The service's error code ("RequestLimitExceeded", "InvalidAMIName.Duplicate"), or the error's name. */
export function errorCode(error: unknown): string {
  const shape = (error ?? {}) as AwsErrorShape;
  // Network errors are plain Errors with a system code (ENOTFOUND, ECONNRESET).
  if ((!shape.name || shape.name === 'Error') && shape.code) return shape.code;
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

export function isThrottling(error: unknown): boolean {
  return THROTTLING.has(errorCode(error)) || (error as AwsErrorShape)?.$retryable?.throttling === true;
}

/** Throttling, 5xx and dropped connections: worth another attempt. Validation errors never are. */
export function isRetryable(error: unknown): boolean {
  if (isThrottling(error) || TRANSIENT.has(errorCode(error))) return true;
  const status = (error as AwsErrorShape)?.$metadata?.httpStatusCode;
  return (error as AwsErrorShape)?.$fault === 'server' || (status !== undefined && status >= 500);
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

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseMs: 200, maxMs: 20_000 };

/**
 * Runs one AWS call with retries on throttling and transient errors (full jitter, doubling to maxMs), and
 * turns credential and permission errors into one sentence naming the AWS action.
 */
export async function call<T>(
  action: string,
  request: () => Promise<T>,
  sleep: (ms: number) => Promise<void>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt < policy.attempts && isRetryable(error)) {
        const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
        await sleep(Math.random() * ceiling);
        continue;
      }
      throw describeAwsError(error, action);
    }
  }
}

export function describeAwsError(error: unknown, action: string): Error {
  if (error instanceof OsimgError) return error;
  const code = errorCode(error);
  const message = ((error as AwsErrorShape)?.message ?? String(error)).replace(/\s+/g, ' ').trim();
  if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message))
    return missingCredentials(error);
  if (REJECTED.has(code))
    return new ConfigurationError(
      `AWS rejected the credentials for ${action} (${code}: ${message}): renew them, check the role, or enable the region for the account`,
      { cause: error },
    );
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new AwsError(
      `${action} cannot reach AWS (${message}): check the region name and this machine's network`,
      code,
      error,
    );
  if (DENIED.has(code)) {
    return new ConfigurationError(
      `AWS denied ${action} (${code}): give the role the permissions listed in docs/publish-ami.md (${message})`,
      { cause: error },
    );
  }
  return new AwsError(`${action} failed: ${code ? `${code}: ` : ''}${message}`, code, error);
}

/** An AWS call that failed for a reason other than credentials or permissions; keeps the service's code. */
export class AwsError extends OsimgError {
  constructor(
    message: string,
    readonly awsCode: string,
    cause: unknown,
  ) {
    super(message, { code: 'AWS', cause });
  }
}
