import { describe, expect, it } from 'vitest';
import { AwsError, call, describeAwsError, errorCode, isRetryable } from '../../../src/ami/aws.js';
import { ConfigurationError } from '../../../src/errors.js';

const awsError = (name: string, status = 400, fault: 'client' | 'server' = 'client') =>
  Object.assign(new Error(`${name} happened`), {
    name,
    $fault: fault,
    $metadata: { httpStatusCode: status },
  });

describe('AWS errors', () => {
  it.each([
    ['ThrottlingException', true],
    ['RequestLimitExceeded', true],
    ['RequestThrottledException', true],
    ['SlowDown', true],
    ['InternalServerException', true],
    ['ValidationException', false],
    ['InvalidAMIName.Duplicate', false],
    ['UnauthorizedOperation', false],
  ])('%s is retryable: %s', (name, retryable) => {
    expect(isRetryable(awsError(name))).toBe(retryable);
  });

  it('retries any 5xx and dropped connections', () => {
    expect(isRetryable(awsError('Whatever', 503, 'server'))).toBe(true);
    expect(isRetryable(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(errorCode(Object.assign(new Error('x'), { code: 'ENOTFOUND' }))).toBe('ENOTFOUND');
  });

  it.each([
    [awsError('CredentialsProviderError'), /^no AWS credentials found/],
    [awsError('ExpiredToken'), /^AWS rejected the credentials for ec2:X \(ExpiredToken: /],
    [
      awsError('UnauthorizedOperation'),
      /^AWS denied ec2:X \(UnauthorizedOperation\): give the role the permissions listed in docs\/publish-ami.md/,
    ],
  ])('turns %s into a ConfigurationError', (error, message) => {
    const described = describeAwsError(error, 'ec2:X');
    expect(described).toBeInstanceOf(ConfigurationError);
    expect(described.message).toMatch(message);
  });

  it('keeps the service code on other failures', () => {
    const described = describeAwsError(awsError('IncorrectState'), 'ec2:RegisterImage');
    expect(described).toBeInstanceOf(AwsError);
    expect((described as AwsError).awsCode).toBe('IncorrectState');
    expect(described.message).toBe('ec2:RegisterImage failed: IncorrectState: IncorrectState happened');
  });

  it('retries with growing, capped, jittered waits and gives up after the attempts', async () => {
    const waits: number[] = [];
    let attempts = 0;
    const result = await call(
      'ebs:X',
      async () => {
        if (++attempts < 4) throw awsError('ThrottlingException');
        return 'ok';
      },
      async (ms) => void waits.push(ms),
      { attempts: 5, baseMs: 100, maxMs: 250 },
    );
    expect(result).toBe('ok');
    expect(waits).toHaveLength(3);
    waits.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(Math.min(250, 100 * 2 ** i)));
    await expect(
      call(
        'ebs:X',
        async () => Promise.reject(awsError('ThrottlingException')),
        async () => undefined,
        {
          attempts: 3,
          baseMs: 1,
          maxMs: 1,
        },
      ),
    ).rejects.toThrow('ebs:X failed: ThrottlingException: ThrottlingException happened');
  });
});
