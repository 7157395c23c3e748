import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandError, ConfigurationError, OsimgError } from '../../../src/errors.js';
import {
  Buildah,
  BuildStepError,
  explainPullFailure,
  type BuildOptions,
} from '../../../src/tools/buildah.js';
import type { Exec, ExecOptions } from '../../../src/tools/exec.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'buildah');
const fixture = (name: string) => readFile(join(FIXTURES, name), 'utf8');

function options(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    containerfile: '/src/Containerfile',
    context: '/src',
    tags: [],
    buildArgs: {},
    labels: {},
    iidfile: '/tmp/iid',
    layers: true,
    ...overrides,
  };
}

describe('Buildah.buildArgs', () => {
  it('builds the minimal command line', () => {
    expect(Buildah.buildArgs(options())).toEqual([
      'build',
      '--file=/src/Containerfile',
      '--iidfile=/tmp/iid',
      '--layers',
      '--pull=false',
      '/src',
    ]);
  });

  it.each<[string, Partial<BuildOptions>, string[]]>([
    ['layers off', { layers: false }, ['--layers=false']],
    [
      'tags',
      { tags: ['localhost/a:1', 'localhost/a:latest'] },
      ['--tag=localhost/a:1', '--tag=localhost/a:latest'],
    ],
    [
      'build args with = and spaces',
      { buildArgs: { A: '1', URL: 'https://x/?a=b', S: 'two words' } },
      ['--build-arg=A=1', '--build-arg=URL=https://x/?a=b', '--build-arg=S=two words'],
    ],
    [
      'labels',
      { labels: { 'org.opencontainers.image.title': 'myos' } },
      ['--label=org.opencontainers.image.title=myos'],
    ],
    ['platform', { platform: 'linux/arm64' }, ['--platform=linux/arm64']],
    ['isolation', { isolation: 'chroot' }, ['--isolation=chroot']],
    ['timestamp', { timestamp: 1_700_000_000 }, ['--timestamp=1700000000']],
    ['timestamp 0', { timestamp: 0 }, ['--timestamp=0']],
    [
      'cache-from and cache-to',
      { cacheFrom: ['r/c1', 'r/c2'], cacheTo: ['r/c3'] },
      ['--cache-from=r/c1', '--cache-from=r/c2', '--cache-to=r/c3'],
    ],
    ['authfile', { authfile: '/run/auth.json' }, ['--authfile=/run/auth.json']],
    ['tls-verify false', { tlsVerify: false }, ['--tls-verify=false']],
    ['pull always', { pull: 'always' }, ['--pull=always']],
    ['pull never', { pull: 'never' }, ['--pull=never']],
    ['pull missing', { pull: 'missing' }, ['--pull=false']],
  ])('%s', (_what, overrides, expected) => {
    const args = Buildah.buildArgs(options(overrides));
    for (const arg of expected) expect(args).toContain(arg);
    // Order within repeated flags is kept.
    expect(args.filter((arg) => expected.includes(arg))).toEqual(expected);
    expect(args[0]).toBe('build');
    expect(args.at(-1)).toBe('/src');
  });

  it.each<[string, Partial<BuildOptions>, string]>([
    ['tls-verify true', { tlsVerify: true }, '--tls-verify'],
    ['tls-verify unset', {}, '--tls-verify'],
    ['no platform', { platform: '' }, '--platform'],
    ['no isolation', { isolation: undefined }, '--isolation'],
    ['no timestamp', {}, '--timestamp'],
    ['no authfile', { authfile: '' }, '--authfile'],
  ])('%s adds no flag', (_what, overrides, flag) => {
    expect(Buildah.buildArgs(options(overrides)).some((arg) => arg.startsWith(flag))).toBe(false);
  });

  it('puts every user value into --flag=value form', () => {
    const hostile = '--privileged';
    const args = Buildah.buildArgs(
      options({
        containerfile: hostile,
        tags: [hostile],
        buildArgs: { [hostile]: hostile },
        labels: { [hostile]: hostile },
        platform: hostile,
        isolation: hostile,
        cacheFrom: [hostile],
        cacheTo: [hostile],
        authfile: hostile,
        iidfile: hostile,
        context: hostile,
      }),
    );
    expect(args).not.toContain(hostile);
    expect(args[0]).toBe('build');
    for (const arg of args.slice(1, -1)) expect(arg).toMatch(/^--[a-z-]+(=.*)?$/);
    expect(args.at(-1)!.startsWith('-')).toBe(false);
  });

  it.each([
    ['-ctx', './-ctx'],
    ['--privileged', './--privileged'],
    ['ctx', 'ctx'],
    ['./-ctx', './-ctx'],
    ['/abs/-ctx', '/abs/-ctx'],
  ])('passes the context %j as %j', (context, last) => {
    expect(Buildah.buildArgs(options({ context })).at(-1)).toBe(last);
  });

  it.each([
    ['missing', 'false'],
    ['always', 'always'],
    ['never', 'never'],
  ] as const)('pullFlag(%s) → %s', (policy, flag) => {
    expect(Buildah.pullFlag(policy)).toBe(flag);
  });
});

describe('Buildah.globalArgs / pullArgs / pushToLayoutArgs', () => {
  it.each([
    [{}, []],
    [{ root: '/r' }, ['--root=/r']],
    [{ root: '/r', runroot: '/rr', driver: 'vfs' }, ['--root=/r', '--runroot=/rr', '--storage-driver=vfs']],
    [{ driver: 'overlay' }, ['--storage-driver=overlay']],
    [{ root: '' }, []],
  ])('globalArgs(%j) → %j', (storage, args) => {
    expect(Buildah.globalArgs(storage)).toEqual(args);
  });

  it.each([
    [{}, ['pull', '--quiet', 'docker.io/library/debian:12']],
    [
      { platform: 'linux/arm64', authfile: '/a.json', tlsVerify: false },
      [
        'pull',
        '--quiet',
        '--platform=linux/arm64',
        '--authfile=/a.json',
        '--tls-verify=false',
        'docker.io/library/debian:12',
      ],
    ],
    [{ tlsVerify: true }, ['pull', '--quiet', 'docker.io/library/debian:12']],
  ])('pullArgs(%j)', (opts, args) => {
    expect(Buildah.pullArgs('docker.io/library/debian:12', opts)).toEqual(args);
  });

  it('pushToLayoutArgs writes an OCI layout with a digest file', () => {
    expect(Buildah.pushToLayoutArgs('sha256:abc', '/tmp/layout', 'latest', '/tmp/digest')).toEqual([
      'push',
      '--quiet',
      '--format=oci',
      '--digestfile=/tmp/digest',
      'sha256:abc',
      'oci:/tmp/layout:latest',
    ]);
  });
});

describe('Buildah.parseInspect', () => {
  it('reads real `buildah inspect --type image` output', async () => {
    const info = Buildah.parseInspect(await fixture('inspect-image.json'));
    expect(info).toEqual({
      id: '3e19b4a6e0e46907087af597004a65d30f2fb380b3b364a9b36479b2f7681320',
      digest: 'sha256:a44d209566b8b93a12a96ac978648406d5bd22248f564883cf0acc30c14bc9cb',
      created: '2023-11-14T22:13:20Z',
      os: 'linux',
      architecture: 'amd64',
      labels: {
        'com.example.team': 'ops',
        'io.buildah.version': '1.28.2',
        'org.opencontainers.image.title': 'myos',
      },
      layers: 1,
      size: 371 + 2048,
    });
  });

  it.each([
    ['null labels', { Labels: null }, {}],
    ['no config', undefined, {}],
  ])('gives empty labels for %s', (_what, config, labels) => {
    const json = JSON.stringify({ FromImageID: 'abc', OCIv1: { config } });
    expect(Buildah.parseInspect(json).labels).toEqual(labels);
  });

  it('counts size 0 when the stored manifest is absent or unreadable', () => {
    for (const Manifest of [undefined, '', 'not json', '{"layers":5}']) {
      const info = Buildah.parseInspect(JSON.stringify({ FromImageID: 'abc', Manifest, OCIv1: {} }));
      expect(info.size).toBe(0);
      expect(info.layers).toBe(0);
      expect(info.digest).toBe('');
      expect(info.os).toBe('');
    }
  });

  it.each(['', '{', 'buildah: image not known', '[{"FromImageID"'])(
    'rejects malformed JSON %j clearly',
    (json) => {
      const run = () => Buildah.parseInspect(json);
      expect(run).toThrow(OsimgError);
      expect(run).toThrow(/^cannot read buildah inspect output: /);
    },
  );

  it.each([
    ['no image ID', '{"OCIv1":{}}'],
    ['no OCI config', '{"FromImageID":"abc"}'],
    ['an array', '[]'],
    ['a string', '"text"'],
  ])('rejects output with %s', (_what, json) => {
    expect(() => Buildah.parseInspect(json)).toThrow('buildah inspect output has no image ID or OCI config');
  });

  // Regression (fixed): src/tools/buildah.ts:177 — JSON `null` parses, then `data.FromImageID` throws a TypeError (the Manifest
  // access is inside a try, the ID check is not). Fix: `if (typeof data !== 'object' || data === null) throw
  // new OsimgError('buildah inspect output has no image ID or OCI config')` right after JSON.parse.
  it('rejects JSON null with an OsimgError', () => {
    expect(() => Buildah.parseInspect('null')).toThrow(OsimgError);
  });

  // Regression (fixed): src/tools/buildah.ts:173 — layer sizes are summed without checking they are numbers: a manifest with
  // `"size":"7"` makes `size` the string "07" (string concatenation), breaking the ImageInfo contract and
  // formatBytes. Fix: add `typeof layer.size === 'number' ? layer.size : 0` (same for config.size).
  it('keeps size a number when the manifest has non-numeric sizes', () => {
    const Manifest = JSON.stringify({ config: { size: 1 }, layers: [{ size: '7' }] });
    const info = Buildah.parseInspect(JSON.stringify({ FromImageID: 'a', Manifest, OCIv1: {} }));
    expect(typeof info.size).toBe('number');
  });
});

describe('Buildah.parseBuildFailure', () => {
  it('finds the failing step in real buildah output', async () => {
    expect(Buildah.parseBuildFailure(await fixture('build-failure.txt'))).toEqual({
      instruction: 'RUN false',
      reason: 'exit status 1',
    });
  });

  it.each([
    [
      'a RUN that exits 1',
      'STEP 1/3: FROM x\nSTEP 2/3: RUN false\nError: building at STEP "RUN false": while running runtime: exit status 1\n',
      { instruction: 'RUN false', reason: 'exit status 1' },
    ],
    [
      'a COPY of a missing file',
      'STEP 1/2: FROM x\nSTEP 2/2: COPY missing /\nError: building at STEP "COPY missing /": checking on sources under "/ctx": copier: stat: "/missing": no such file or directory\n',
      {
        instruction: 'COPY missing /',
        reason: 'checking on sources under "/ctx": copier: stat: "/missing": no such file or directory',
      },
    ],
    [
      'a failure before the first step',
      'Error: no Containerfile or Dockerfile specified or found in context directory\n',
      {
        instruction: undefined,
        reason: 'no Containerfile or Dockerfile specified or found in context directory',
      },
    ],
    [
      'no Error line',
      'STEP 1/1: FROM x\nsomething odd happened\n\n',
      { instruction: 'FROM x', reason: 'something odd happened' },
    ],
    ['empty output', '', { instruction: undefined, reason: 'unknown error' }],
    [
      'CRLF output and steps without a total',
      'STEP 1: FROM x\r\nSTEP 2: RUN make\r\nError: building at STEP "RUN make": exit status 2\r\n',
      { instruction: 'RUN make', reason: 'exit status 2' },
    ],
    [
      'the last of several stages',
      'STEP 1/4: FROM a AS b\nSTEP 2/4: RUN true\nSTEP 3/4: FROM b\nSTEP 4/4: RUN exit 3\nError: building at STEP "RUN exit 3": while running runtime: exit status 3\n',
      { instruction: 'RUN exit 3', reason: 'exit status 3' },
    ],
  ])('%s', (_what, output, failure) => {
    expect(Buildah.parseBuildFailure(output)).toEqual(failure);
  });
});

describe('explainPullFailure', () => {
  const failure = (...stderrTail: string[]) =>
    new CommandError('buildah pull exited with code 125', {
      command: 'buildah pull',
      exitCode: 125,
      stderrTail,
    });

  it.each([
    'Error: initializing source docker://127.0.0.1:5000/nope:latest: reading manifest latest in 127.0.0.1:5000/nope: manifest unknown: manifest unknown',
    'Error: initializing source docker://quay.io/org/x:1: reading manifest 1 in quay.io/org/x: name unknown: repository not found',
    'Error: creating build container: docker.io/library/nonexistent: image not found',
  ])('explains a missing image as a configuration error pointing at FROM: %s', (line) => {
    const error = explainPullFailure('127.0.0.1:5000/nope:latest', failure('level=warning msg="x"', line));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('the base image "127.0.0.1:5000/nope:latest" was not found');
    expect(error.message).toContain('FROM line');
    expect(error.cause).toBeInstanceOf(CommandError);
  });

  it.each([
    'Error: initializing source docker://ghcr.io/org/private:1: reading manifest 1 in ghcr.io/org/private: unauthorized: authentication required',
    'Error: initializing source docker://docker.io/org/x:1: requested access to the resource is denied',
    'Error: reading manifest 1 in r.test/x: StatusCode: 401',
  ])('explains refused credentials as AUTH: %s', (line) => {
    const error = explainPullFailure('ghcr.io/org/private:1', failure(line));
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('was refused');
  });

  it('explains real connection-refused output as REGISTRY with the last line', async () => {
    const lines = (await fixture('pull-connection-refused.txt')).split('\n').filter(Boolean);
    const error = explainPullFailure('127.0.0.1:1/x:latest', failure(...lines));
    expect(error.code).toBe('REGISTRY');
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('cannot reach the registry of the base image "127.0.0.1:1/x:latest"');
    expect(error.message).toContain('connect: connection refused');
  });

  it.each([
    'Error: pinging container registry nope.invalid: Get "https://nope.invalid/v2/": dial tcp: lookup nope.invalid: no such host',
    'Error: pinging container registry r.test: Get "https://r.test/v2/": dial tcp 10.0.0.1:443: i/o timeout',
    'Error: pinging container registry r.test: Get "https://r.test/v2/": http: server gave HTTP response to HTTPS client',
  ])('explains an unreachable registry as REGISTRY: %s', (line) => {
    expect(explainPullFailure('r.test/x', failure(line)).code).toBe('REGISTRY');
  });

  it('falls back to a generic REGISTRY error with the last line', () => {
    const error = explainPullFailure('r.test/x', failure('Error: writing blob: storage is full'));
    expect(error.code).toBe('REGISTRY');
    expect(error.message).toBe(
      'pulling the base image "r.test/x" failed: Error: writing blob: storage is full',
    );
  });

  it('uses the command message when there is no output', () => {
    expect(explainPullFailure('r.test/x', failure()).message).toContain('buildah pull exited with code 125');
  });

  // Regression (fixed): src/tools/buildah.ts:280 — /401|403/ has no word boundaries and is tested before the network patterns,
  // so a connection failure to a registry whose port or address contains "401"/"403" (e.g. a test registry on a
  // random port like 40123) is reported as "refused: give credentials" (AUTH). Fix: test the network patterns
  // first and use /\b40[13]\b/ (or "StatusCode: 40[13]").
  it('does not read a port number as an HTTP status', () => {
    const error = explainPullFailure(
      '127.0.0.1:40123/x',
      failure(
        'Error: initializing source docker://127.0.0.1:40123/x:latest: pinging container registry 127.0.0.1:40123: Get "http://127.0.0.1:40123/v2/": dial tcp 127.0.0.1:40123: connect: connection refused',
      ),
    );
    expect(error.code).toBe('REGISTRY');
  });
});

describe('Buildah with a fake exec', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'osimg-buildah-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  type Script = (args: readonly string[], options: ExecOptions) => Promise<string> | string;
  function fakeBuildah(script: Script, storage = { root: '/store' }) {
    const calls: string[][] = [];
    const exec: Exec = async (file, args, execOptions = {}) => {
      calls.push([file, ...args]);
      const stdout = await script(args, execOptions);
      return { exitCode: 0, stdout, stderr: '', durationMs: 1 };
    };
    return { buildah: new Buildah(storage, exec), calls };
  }

  it('runs the build with global args and returns the image ID from the iidfile', async () => {
    const iidfile = join(dir, 'iid');
    const id = `sha256:${'c'.repeat(64)}`;
    const lines: string[] = [];
    const { buildah, calls } = fakeBuildah(async (_args, execOptions) => {
      execOptions.onStdoutLine?.('STEP 1/1: FROM scratch');
      await writeFile(iidfile, `${id}\n`);
      return '';
    });
    await expect(buildah.build(options({ iidfile }), (line) => lines.push(line))).resolves.toBe(id);
    expect(calls[0]!.slice(0, 3)).toEqual(['buildah', '--root=/store', 'build']);
    expect(lines).toEqual(['STEP 1/1: FROM scratch']);
  });

  it('rejects an unexpected image ID', async () => {
    const iidfile = join(dir, 'iid');
    const { buildah } = fakeBuildah(async () => {
      await writeFile(iidfile, 'garbage');
      return '';
    });
    await expect(buildah.build(options({ iidfile }))).rejects.toThrow('unexpected image ID: "garbage"');
  });

  it('turns a failed build into BuildStepError naming the step', async () => {
    const output = await fixture('build-failure.txt');
    const exec: Exec = async (_file, _args, execOptions = {}) => {
      for (const line of output.split('\n')) execOptions.onStderrLine?.(line);
      throw new CommandError('buildah build exited with code 1', {
        command: 'buildah build',
        exitCode: 1,
        stderrTail: ['Error: building at STEP "RUN false": exit status 1'],
      });
    };
    const error = await new Buildah({}, exec).build(options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildStepError);
    expect((error as BuildStepError).code).toBe('BUILD_FAILED');
    expect((error as BuildStepError).message).toBe('the build failed at RUN false: exit status 1');
    expect((error as BuildStepError).failure).toEqual({ instruction: 'RUN false', reason: 'exit status 1' });
    expect((error as BuildStepError).exitCode).toBe(1);
    expect((error as BuildStepError).stderrTail).toContain('STEP 3/3: RUN false');
  });

  it('inspectImage parses the output, and gives undefined for an unknown image', async () => {
    const json = await fixture('inspect-image.json');
    const { buildah, calls } = fakeBuildah(() => json);
    await expect(buildah.inspectImage('localhost/myos:1')).resolves.toMatchObject({ layers: 1 });
    expect(calls[0]).toEqual(['buildah', '--root=/store', 'inspect', '--type=image', 'localhost/myos:1']);

    const unknown: Exec = async () => {
      throw new CommandError('buildah inspect exited with code 125', {
        command: 'buildah inspect',
        exitCode: 125,
        stderrTail: ['Error: localhost/nope: image not known'],
      });
    };
    await expect(new Buildah({}, unknown).inspectImage('localhost/nope')).resolves.toBeUndefined();
  });

  it('pull explains failures', async () => {
    const exec: Exec = async () => {
      throw new CommandError('buildah pull exited with code 125', {
        command: 'buildah pull',
        exitCode: 125,
        stderrTail: ['Error: reading manifest 1 in r.test/x: manifest unknown'],
      });
    };
    await expect(new Buildah({}, exec).pull('r.test/x:1')).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('pushToLayout returns the digest written to the digest file', async () => {
    const digestfile = join(dir, 'digest');
    const digest = `sha256:${'d'.repeat(64)}`;
    const { buildah, calls } = fakeBuildah(async () => {
      await writeFile(digestfile, `${digest}\n`);
      return '';
    });
    await expect(buildah.pushToLayout('sha256:abc', join(dir, 'layout'), 'latest', digestfile)).resolves.toBe(
      digest,
    );
    expect(calls[0]).toContain(`oci:${join(dir, 'layout')}:latest`);
  });

  it.each([
    ['buildah version 1.28.2 (image-spec 1.1.0-rc2, runtime-spec 1.0.2-dev)', '1.28.2'],
    ['buildah version 1.33.7 (image-spec 1.1.0, runtime-spec 1.1.0)', '1.33.7'],
  ])('reads the version from %j', async (output, version) => {
    const { buildah } = fakeBuildah(() => output);
    await expect(buildah.version()).resolves.toBe(version);
    await expect(buildah.versionSatisfies('>=1.28')).resolves.toBe(true);
  });
});
