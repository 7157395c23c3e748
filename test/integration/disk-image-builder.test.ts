/**
 * The image-builder backend wired end to end, with a FAKE image-builder (test/fake-bin/image-builder) first
 * on PATH: osbuild cannot run here. The fake records its argv and environment and writes its output in
 * osbuild's layout; osimg must find bootc images by their label (backend auto), pass credentials only
 * through REGISTRY_AUTH_FILE, collect the outputs under the usual names with sizes and SHA-256, and leave
 * nothing behind when the builder fails.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDisks, type MakeDisksDeps } from '../../src/disk/make-disks.js';
import { defaultImageBuilderTools } from '../../src/disk/tools.js';
import { ConfigurationError } from '../../src/errors.js';
import { Buildah } from '../../src/tools/buildah.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase, TINY_BASE } from '../harness/bases.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { diskDeps, diskRequest } from './disk-example.js';

const BOOTC_IMAGE = 'localhost/osimg/bootc-fake:test';
const FAKE_BIN = resolve('test/fake-bin');

let storage: TestStorage;
let work: string;
let callLog: string;
const saved = {
  PATH: process.env.PATH,
  LOG: process.env.OSIMG_FAKE_IMAGE_BUILDER_LOG,
  CHILD_ENV: process.env.OSIMG_CHILD_ENV,
};

interface Call {
  argv: string[];
  env: Record<string, string>;
  uid: number;
  blueprint?: string;
}

beforeAll(async () => {
  storage = await createTestStorage();
  work = await mkdtemp(join(tmpdir(), 'osimg-disk-ib-'));
  callLog = join(work, 'calls.jsonl');
  process.env.PATH = `${FAKE_BIN}:${process.env.PATH}`;
  process.env.OSIMG_FAKE_IMAGE_BUILDER_LOG = callLog;
  // Children see only allow-listed variables: the fake's own settings are named for it.
  process.env.OSIMG_CHILD_ENV = 'OSIMG_FAKE_IMAGE_BUILDER_LOG,OSIMG_FAKE_IMAGE_BUILDER_FAIL';
  await importTinyBase(storage);
  // A stand-in bootc image: labelled as bootc images are (containers.bootc, ostree.linux).
  const global = Buildah.globalArgs(storage);
  const container = (await exec('buildah', [...global, 'from', TINY_BASE.name])).stdout.trim();
  try {
    await exec('buildah', [
      ...global,
      'config',
      '--label=containers.bootc=1',
      '--label=ostree.linux=6.12.0-1.fc41.x86_64',
      container,
    ]);
    await exec('buildah', [...global, 'commit', '--quiet', container, BOOTC_IMAGE]);
  } finally {
    await exec('buildah', [...global, 'rm', container]);
  }
});

afterAll(async () => {
  process.env.PATH = saved.PATH;
  if (saved.LOG === undefined) delete process.env.OSIMG_FAKE_IMAGE_BUILDER_LOG;
  else process.env.OSIMG_FAKE_IMAGE_BUILDER_LOG = saved.LOG;
  if (saved.CHILD_ENV === undefined) delete process.env.OSIMG_CHILD_ENV;
  else process.env.OSIMG_CHILD_ENV = saved.CHILD_ENV;
  await storage?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

function deps(): MakeDisksDeps {
  const base = diskDeps(storage, work);
  return {
    ...base,
    ...defaultImageBuilderTools({ uid: base.uid, gid: 0, githubHosted: false, log: base.log }),
  };
}

async function calls(): Promise<Call[]> {
  const text = await readFile(callLog, 'utf8').catch(() => '');
  await rm(callLog, { force: true });
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Call)
    .filter((call) => call.argv[0] === 'build');
}

describe('backend auto with a bootc image', () => {
  it('runs image-builder once per type and collects its outputs under the usual names', async () => {
    const out = join(work, 'auto');
    const authfile = join(work, 'auth.json');
    await writeFile(authfile, '{"auths":{"registry.example":{"auth":"c2VjcmV0OnNlY3JldA=="}}}', {
      mode: 0o600,
    });
    const result = await makeDisks(
      diskRequest(BOOTC_IMAGE, out, {
        formats: ['qcow2', 'raw'],
        authfile,
        kernelArgs: ['console=ttyS0', 'quiet'],
      }),
      deps(),
    );
    expect(result.backend).toBe('image-builder');
    expect(result.kernelVersion).toBe('6.12.0-1.fc41.x86_64');
    expect(result.cmdline).toBe('console=ttyS0 quiet');
    expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await readdir(out)).toEqual(['disk.qcow2', 'disk.raw']);
    for (const file of result.files) {
      const bytes = await readFile(file.path);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(file.bytes).toBe(bytes.length);
      expect(bytes.toString('utf8', 0, 80)).toContain(`${file.format} disk of ${BOOTC_IMAGE}`);
    }
    expect(result.files.map((file) => [file.format, file.path])).toEqual([
      ['qcow2', join(out, 'disk.qcow2')],
      ['raw', join(out, 'disk.raw')],
    ]);

    const made = await calls();
    expect(made.map((call) => call.argv.at(-1))).toEqual(['qcow2', 'raw']);
    for (const call of made) {
      expect(call.argv.slice(0, 2)).toEqual(['build', `--bootc-ref=${BOOTC_IMAGE}`]);
      expect(call.argv).toContain('--bootc-default-fs=ext4');
      expect(call.argv.find((arg) => arg.startsWith('--output-dir='))).toMatch(
        new RegExp(`^--output-dir=${out}/\\.disk\\.image-builder-\\d+/${call.argv.at(-1)}$`),
      );
      // Credentials: the auth file reaches the tool through its environment only.
      expect(call.env.REGISTRY_AUTH_FILE).toBe(authfile);
      expect(call.argv.join(' ')).not.toContain('auth.json');
      expect(call.blueprint).toContain('[customizations.kernel]\nappend = "console=ttyS0 quiet"');
    }
  });

  it('leaves nothing behind when image-builder fails, and says what failed', async () => {
    const out = join(work, 'failing');
    process.env.OSIMG_FAKE_IMAGE_BUILDER_FAIL = '1';
    try {
      const error = await makeDisks(diskRequest(BOOTC_IMAGE, out, { formats: ['qcow2'] }), deps()).catch(
        (e: unknown) => e,
      );
      expect((error as Error).message).toMatch(
        /^image-builder build exited with code 1: error: osbuild: stage org\.osbuild\.bootc\.install-to-filesystem failed$/,
      );
    } finally {
      delete process.env.OSIMG_FAKE_IMAGE_BUILDER_FAIL;
    }
    expect(await readdir(out)).toEqual([]);
    await calls();
  });

  it('refuses formats image-builder does not make, before running it', async () => {
    const out = join(work, 'iso');
    await expect(makeDisks(diskRequest(BOOTC_IMAGE, out, { formats: ['iso'] }), deps())).rejects.toThrow(
      /^image-builder makes .*, not iso \(a bootc image gets the installer ISO: anaconda-iso\)$/,
    );
    expect(await calls()).toEqual([]);
  });
});

describe('backend image-builder', () => {
  it('names ami and installer outputs apart from raw', async () => {
    const out = join(work, 'ami');
    const result = await makeDisks(
      diskRequest(BOOTC_IMAGE, out, { formats: ['raw', 'ami', 'anaconda-iso'], backend: 'image-builder' }),
      deps(),
    );
    expect(result.files.map((file) => file.path)).toEqual([
      join(out, 'disk.raw'),
      join(out, 'disk.ami.raw'),
      join(out, 'disk.installer.iso'),
    ]);
    expect(await readdir(out)).toEqual(['disk.ami.raw', 'disk.installer.iso', 'disk.raw']);
    expect((await calls()).map((call) => call.argv.at(-1))).toEqual(['raw', 'ami', 'anaconda-iso']);
  });

  it('refuses an OCI archive: image-builder reads a registry or root storage', async () => {
    const error = await makeDisks(
      diskRequest('', join(work, 'archive'), {
        source: { kind: 'oci-archive', path: '/nowhere/image.tar' },
        formats: ['qcow2'],
        backend: 'image-builder',
      }),
      deps(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^image-builder reads bootc images from a registry or root's/);
  });
});
