/** The example OS image built into a test storage, for the disk tests and the disk bench. */
import { join } from 'node:path';
import type { BootTestInputs } from '../../src/boot/request.js';
import type { DiskDeps, DiskRequest } from '../../src/disk/builder.js';
import { defaultDiskTools } from '../../src/disk/tools.js';
import { MemoryLogger } from '../../src/log.js';
import { importDebianBase } from '../harness/bases.js';
import type { TestStorage } from '../harness/storage.js';

export const EXAMPLE_IMAGE = 'localhost/osimg/example-disk:test';

/** Builds examples/debian-bootable-app into `store` (the harness's cached Debian base underneath). */
export async function buildExample(store: TestStorage, scratch: string): Promise<string> {
  await importDebianBase(store);
  await store.buildah.build({
    containerfile: 'examples/debian-bootable-app/Containerfile',
    context: 'examples/debian-bootable-app',
    tags: [EXAMPLE_IMAGE],
    buildArgs: {},
    labels: {},
    iidfile: join(scratch, 'iid'),
    isolation: 'chroot',
    layers: true,
    timestamp: 1_700_000_000,
    pull: 'never',
  });
  return EXAMPLE_IMAGE;
}

/** A disk request for an image in a test storage: raw, ext4, serial console; `change` overrides. */
export function diskRequest(
  image: string,
  outputDir: string,
  change: Partial<DiskRequest> = {},
): DiskRequest {
  return {
    source: { kind: 'storage', name: image },
    outputDir,
    name: 'disk',
    formats: ['raw'],
    rootFilesystem: 'ext4',
    state: 'tmpfs',
    etc: 'overlay',
    headroom: 0.25,
    kernelArgs: ['console=ttyS0'],
    tlsVerify: true,
    backend: 'auto',
    ...change,
  };
}

/** The real tools over a test storage, a memory logger, scratch files in `tempDir`. */
export function diskDeps(store: TestStorage, tempDir: string): DiskDeps {
  return {
    ...defaultDiskTools({ root: store.root, runroot: store.runroot, driver: store.driver }),
    log: new MemoryLogger(),
    tempDir,
    uid: process.getuid?.() ?? -1,
  };
}

/** boot-test inputs for a disk made here: UEFI, auto accelerator, 360 s; `change` sets the assertions. */
export function bootInputs(
  disk: string,
  consoleLog: string,
  change: Partial<BootTestInputs>,
): BootTestInputs {
  return {
    disk,
    image: '',
    expect: '',
    failOn: '',
    defaultFailOn: '',
    http: '',
    tcp: '',
    units: '',
    readOnlyRoot: '',
    noFailedUnits: 'false',
    accel: 'auto',
    memory: '',
    cpus: '',
    firmware: 'uefi',
    kernelArgs: '',
    timeout: '360',
    hangTimeout: '',
    consoleLog,
    ...change,
  };
}
