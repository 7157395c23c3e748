/**
 * FAKE referrers API: a proxy in front of the real docker-registry (distribution 2.8 has no OCI 1.1
 * referrers API) that adds one, built from the manifests that pass through it: a PUT manifest with a
 * `subject` is recorded and answered with the `OCI-Subject` header, and GET /v2/<repo>/referrers/<digest>
 * returns the image index of recorded referrers. Everything else is forwarded unchanged.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReferrersProxy {
  address: string;
  stop(): Promise<void>;
}

export async function startReferrersProxy(upstream: string): Promise<ReferrersProxy> {
  const [host, port] = upstream.split(':') as [string, string];
  const referrers = new Map<string, Array<Record<string, unknown>>>();
  const server = http.createServer((req, res) => {
    const list = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})/.exec(req.url ?? '');
    if (req.method === 'GET' && list) {
      const body = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: referrers.get(`${list[1]}@${list[2]}`) ?? [],
      });
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' });
      res.end(body);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const put = req.method === 'PUT' && /^\/v2\/(.+)\/manifests\//.exec(req.url ?? '');
      let subject: string | undefined;
      if (put) {
        try {
          const manifest = JSON.parse(body.toString()) as {
            subject?: { digest: string };
            artifactType?: string;
            annotations?: Record<string, string>;
          };
          if (manifest.subject) {
            subject = manifest.subject.digest;
            const key = `${put[1]}@${subject}`;
            const entry = {
              mediaType: req.headers['content-type'],
              digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
              size: body.length,
              artifactType: manifest.artifactType,
              annotations: manifest.annotations,
            };
            referrers.set(key, [
              ...(referrers.get(key) ?? []).filter((old) => old.digest !== entry.digest),
              entry,
            ]);
          }
        } catch {
          subject = undefined;
        }
      }
      const forward = http.request(
        { host, port: Number(port), method: req.method, path: req.url, headers: req.headers },
        (upstreamRes) => {
          const headers = {
            ...upstreamRes.headers,
            ...(subject && upstreamRes.statusCode === 201 ? { 'oci-subject': subject } : {}),
          };
          res.writeHead(upstreamRes.statusCode ?? 502, headers);
          upstreamRes.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${listening}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
