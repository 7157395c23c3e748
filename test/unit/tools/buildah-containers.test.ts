/** BuildahContainers: argument builders and parsers, against real outputs in test/fixtures/disk. */
import { describe, expect, it } from 'vitest';
import { BuildahContainers } from '../../../src/tools/buildah-containers.js';
import type { Exec } from '../../../src/tools/exec.js';

describe('BuildahContainers', () => {
  it('never pulls when making a working container, and mounts and removes it by ID', () => {
    expect(BuildahContainers.fromArgs('localhost/app:1')).toEqual([
      'from',
      '--pull=never',
      '--quiet',
      'localhost/app:1',
    ]);
    expect(BuildahContainers.mountArgs('abc')).toEqual(['mount', 'abc']);
    expect(BuildahContainers.removeArgs('abc')).toEqual(['rm', 'abc']);
  });

  it('runs in the given storage and returns the pulled image ID (the last line)', async () => {
    const calls: Array<readonly string[]> = [];
    const exec: Exec = async (_file, args) => {
      calls.push(args);
      return {
        exitCode: 0,
        stdout: 'Getting image source signatures\nsha256abc\n',
        stderr: '',
        durationMs: 0,
      };
    };
    const buildah = new BuildahContainers({ root: '/s/root', runroot: '/s/run', driver: 'vfs' }, exec);
    expect(await buildah.pullImage('oci-archive:/a.tar', { tlsVerify: false })).toBe('sha256abc');
    expect(calls[0]).toEqual([
      '--root=/s/root',
      '--runroot=/s/run',
      '--storage-driver=vfs',
      'pull',
      '--quiet',
      '--tls-verify=false',
      'oci-archive:/a.tar',
    ]);
  });
});
