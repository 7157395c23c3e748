import { describe, expect, it } from 'vitest';
import type { HttpRequest, HttpResponse } from '../../../src/oci/http.js';
import { RegistryClient } from '../../../src/oci/registry.js';

/** A registry that pages tags/list two at a time with Link headers, as distribution does with ?n=. */
function pagingRegistry(all: string[], key: 'tags' | 'repositories') {
  const seen: string[] = [];
  const send = async (request: HttpRequest): Promise<HttpResponse> => {
    seen.push(`${request.url.pathname}${request.url.search}`);
    const last = request.url.searchParams.get('last');
    const start = last ? all.indexOf(last) + 1 : 0;
    const page = all.slice(start, start + 2);
    const more = start + 2 < all.length;
    const next = `${request.url.pathname}?n=2&last=${page[page.length - 1]}`;
    return {
      status: 200,
      headers: more ? { link: `<${next}>; rel="next"` } : {},
      body: Buffer.from(JSON.stringify({ name: 'org/app', [key]: page })),
    };
  };
  return { send, seen };
}

describe('RegistryClient listing', () => {
  it('follows Link pagination through every page of tags', async () => {
    const tags = ['1.0', '1.1', '2.0', 'latest', 'sha256-abc'];
    const fake = pagingRegistry(tags, 'tags');
    const client = new RegistryClient({ registry: '127.0.0.1:5000', send: fake.send });
    expect(await client.listTags('org/app')).toEqual(tags);
    expect(fake.seen).toEqual([
      '/v2/org/app/tags/list?n=1000',
      '/v2/org/app/tags/list?n=2&last=1.1',
      '/v2/org/app/tags/list?n=2&last=latest',
    ]);
  });

  it('lists the catalog and treats a null tag list as empty', async () => {
    const fake = pagingRegistry(['a/one', 'b/two', 'c/three'], 'repositories');
    const client = new RegistryClient({ registry: '127.0.0.1:5000', send: fake.send });
    expect(await client.listRepositories()).toEqual(['a/one', 'b/two', 'c/three']);
    const empty = new RegistryClient({
      registry: '127.0.0.1:5000',
      send: async () => ({ status: 200, headers: {}, body: Buffer.from('{"name":"x","tags":null}') }),
    });
    expect(await empty.listTags('x')).toEqual([]);
  });

  it('says a registry without a catalog answered 404', async () => {
    const client = new RegistryClient({
      registry: '127.0.0.1:5000',
      send: async () => ({ status: 404, headers: {}, body: Buffer.from('') }),
    });
    await expect(client.listRepositories()).rejects.toThrow(/_catalog.*not found \(HTTP 404\)/);
  });
});
