/**
 * A FAKE EBS direct endpoint over real HTTP on 127.0.0.1, for what the in-process fake cannot show: the
 * SDK's own serialization (PutSnapshotBlock's body and x-amz-* headers) and the cost of real requests. It
 * speaks StartSnapshot, PutSnapshotBlock and CompleteSnapshot (REST-JSON), checks block size, per-block
 * SHA-256 and the LINEAR aggregate, and counts the bytes it received.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EbsHttpFake {
  endpoint: string;
  bytesReceived: number;
  blocks: Map<string, Map<number, Buffer>>;
  completed: Map<string, 'completed' | 'error'>;
  close(): Promise<void>;
}

const BLOCK = 512 * 1024;

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function reply(
  response: ServerResponse,
  status: number,
  json: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(json));
}

function refuse(response: ServerResponse, message: string) {
  reply(response, 400, { Message: message }, { 'x-amzn-errortype': 'ValidationException' });
}

export async function startEbsHttpFake(): Promise<EbsHttpFake> {
  let next = 0;
  const state: Omit<EbsHttpFake, 'endpoint' | 'close'> = {
    bytesReceived: 0,
    blocks: new Map(),
    completed: new Map(),
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const data = await body(request);
      if (request.method === 'POST' && url.pathname === '/snapshots') {
        const id = `snap-${(++next).toString(16).padStart(17, '0')}`;
        state.blocks.set(id, new Map());
        const input = JSON.parse(data.toString() || '{}') as { VolumeSize?: number };
        return reply(response, 201, {
          SnapshotId: id,
          BlockSize: BLOCK,
          Status: 'pending',
          VolumeSize: input.VolumeSize,
        });
      }
      const put = /^\/snapshots\/([^/]+)\/blocks\/(\d+)$/.exec(url.pathname);
      if (request.method === 'PUT' && put) {
        const blocks = state.blocks.get(put[1]!);
        if (!blocks)
          return reply(
            response,
            404,
            { Message: 'no such snapshot' },
            { 'x-amzn-errortype': 'ResourceNotFoundException' },
          );
        if (Number(request.headers['x-amz-data-length']) !== BLOCK || data.length !== BLOCK)
          return refuse(response, 'blocks are 524288 bytes');
        const digest = createHash('sha256').update(data).digest();
        if (
          request.headers['x-amz-checksum'] !== digest.toString('base64') ||
          request.headers['x-amz-checksum-algorithm'] !== 'SHA256'
        )
          return refuse(response, 'checksum mismatch');
        blocks.set(Number(put[2]), digest);
        state.bytesReceived += data.length;
        return reply(
          response,
          201,
          {},
          { 'x-amz-checksum': digest.toString('base64'), 'x-amz-checksum-algorithm': 'SHA256' },
        );
      }
      const complete = /^\/snapshots\/completion\/([^/]+)$/.exec(url.pathname);
      if (request.method === 'POST' && complete) {
        const blocks = state.blocks.get(complete[1]!)!;
        const hash = createHash('sha256');
        for (const index of [...blocks.keys()].sort((a, b) => a - b)) hash.update(blocks.get(index)!);
        const ok =
          Number(request.headers['x-amz-changedblockscount']) === blocks.size &&
          request.headers['x-amz-checksum'] === hash.digest('base64') &&
          request.headers['x-amz-checksum-aggregation-method'] === 'LINEAR';
        state.completed.set(complete[1]!, ok ? 'completed' : 'error');
        return reply(response, 202, { Status: ok ? 'pending' : 'error' });
      }
      reply(response, 404, { Message: `not faked: ${request.method} ${url.pathname}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake = state as EbsHttpFake;
  fake.endpoint = `http://127.0.0.1:${port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
