/**
 * The committed dist/disk/index.js, run as the GitHub runner runs it, against a private buildah storage
 * (selected with CONTAINERS_STORAGE_CONF) holding the example OS image and the tiny, kernel-less base.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '../../src/disk/files.js';
import { importTinyBase, TINY_BASE } from '../harness/bases.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';
import { buildExample, EXAMPLE_IMAGE } from '../integration/disk-example.js';
import { runActionBundle } from './run-action.js';

let storage: TestStorage;
let workspace: string;
let env: Record<string, string>;

beforeAll(async () => {
  storage = await createTestStorage();
  workspace = await mkdtemp(join(tmpdir(), 'osimg-disk-workspace-'));
  await buildExample(storage, workspace);
  await importTinyBase(storage);
  env = { GITHUB_WORKSPACE: workspace, CONTAINERS_STORAGE_CONF: await storage.writeStorageConf() };
});

afterAll(async () => {
  await storage?.cleanup();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('dist/disk/index.js', () => {
  it('makes raw and qcow2 disks and reports paths, checksums, kernel and command line', async () => {
    const run = await runActionBundle(
      'disk',
      { image: EXAMPLE_IMAGE, formats: 'raw, qcow2', 'output-dir': 'out', 'kernel-args': 'console=ttyS0' },
      env,
    );
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    const out = join(workspace, 'out');
    expect(run.outputs).toMatchObject({
      paths: `${join(out, 'disk.raw')}\n${join(out, 'disk.qcow2')}`,
      formats: 'raw,qcow2',
      raw: join(out, 'disk.raw'),
      qcow2: join(out, 'disk.qcow2'),
      vmdk: '',
      vhd: '',
    });
    expect(run.outputs['kernel-version']).toMatch(/-amd64$/);
    expect(run.outputs.cmdline).toMatch(/^root=PARTUUID=[0-9a-f-]{36} rw rootfstype=ext4 console=ttyS0$/);
    expect(run.outputs.sha256).toBe(
      `${await sha256File(join(out, 'disk.raw'))}  ${join(out, 'disk.raw')}\n${await sha256File(join(out, 'disk.qcow2'))}  ${join(out, 'disk.qcow2')}`,
    );
    expect(JSON.parse(run.outputs.metadata!)).toMatchObject({ rootFilesystem: 'ext4' });
    expect(run.summary).toContain('osimg disk');
    expect(run.summary).toContain(run.outputs['kernel-version']);
    await rm(out, { recursive: true, force: true });
  });

  it('fails with one clear line and no file for an image without a kernel', async () => {
    const run = await runActionBundle('disk', { image: TINY_BASE.name, 'output-dir': 'tiny' }, env);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::this image is not bootable: no kernel found/m);
    expect(run.outputs).toEqual({});
    expect(await readdir(join(workspace, 'tiny'))).toEqual([]);
  });

  it('refuses an unknown format before reading the image', async () => {
    const run = await runActionBundle('disk', { image: EXAMPLE_IMAGE, formats: 'floppy' }, env);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::input "formats": unknown disk format "floppy"/m);
  });
});
