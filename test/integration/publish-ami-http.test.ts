/** uploadEbsDirect through the real SDK serialization and HTTP, against the fake EBS endpoint on loopback. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EBSClient } from '@aws-sdk/client-ebs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uploadEbsDirect } from '../../src/ami/ebs-direct.js';
import { MemoryLogger } from '../../src/log.js';
import { startEbsHttpFake, type EbsHttpFake } from '../harness/ebs-http-fake.js';
import { expectedBlocks, makeSparseDisk } from '../harness/sparse-disk.js';

let dir: string;
let server: EbsHttpFake;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-ami-http-'));
  server = await startEbsHttpFake();
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

it('sends exactly the non-zero blocks with the headers and aggregate EBS checks', async () => {
  const disk = await makeSparseDisk(dir, 'disk.raw', { sizeMiB: 48 });
  const ebs = new EBSClient({
    region: 'us-east-1',
    endpoint: server.endpoint,
    credentials: { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake' },
    maxAttempts: 1,
  });
  const result = await uploadEbsDirect(
    ebs,
    {
      path: disk,
      range: { start: 0, length: 48 * 1024 * 1024 },
      tags: [],
      description: 'test',
      clientToken: 't',
      concurrency: 4,
      onStarted: () => undefined,
      sleep: async () => undefined,
    },
    new MemoryLogger(),
  );
  const expected = await expectedBlocks(disk);
  expect(server.bytesReceived).toBe(expected.size * 512 * 1024);
  expect(result.bytesSent).toBe(server.bytesReceived);
  expect(server.completed.get(result.snapshotId)).toBe('completed');
  const got = server.blocks.get(result.snapshotId)!;
  expect(new Map([...got].map(([i, d]) => [i, d.toString('base64')]))).toEqual(expected);
});
