/** OVMF from qemu's firmware descriptors (Debian's real ones): no Secure Boot builds, /etc overrides. */
import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUefiFirmware, usableDescriptor } from '../../../src/boot/firmware.js';

const fixture = (name: string) => readFileSync(`test/fixtures/boot/${name}`, 'utf8');

describe('firmware descriptors', () => {
  it('take the plain OVMF build and skip the Secure Boot ones', () => {
    expect(usableDescriptor(fixture('60-edk2-x86_64.json'))).toEqual({
      code: '/usr/share/OVMF/OVMF_CODE_4M.fd',
      varsTemplate: '/usr/share/OVMF/OVMF_VARS_4M.fd',
    });
    expect(usableDescriptor(fixture('50-edk2-x86_64-secure.json'))).toBeUndefined();
    expect(usableDescriptor(fixture('40-edk2-x86_64-secure-enrolled.json'))).toBeUndefined();
    expect(usableDescriptor('not json')).toBeUndefined();
  });

  it('are applied in name order, /etc before /usr/share, and need both files to exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'osimg-fw-'));
    try {
      const etc = join(dir, 'etc');
      const share = join(dir, 'share');
      await mkdir(etc);
      await mkdir(share);
      for (const name of [
        '40-edk2-x86_64-secure-enrolled.json',
        '50-edk2-x86_64-secure.json',
        '60-edk2-x86_64.json',
      ])
        await writeFile(join(share, name), fixture(name));
      const code = join(dir, 'CODE.fd');
      const vars = join(dir, 'VARS.fd');
      await writeFile(code, '');
      await writeFile(vars, '');
      const mine = JSON.parse(fixture('60-edk2-x86_64.json')) as {
        mapping: Record<string, { filename: string }>;
      };
      mine.mapping.executable!.filename = code;
      mine.mapping['nvram-template']!.filename = vars;
      await writeFile(join(etc, '60-edk2-x86_64.json'), JSON.stringify(mine));
      expect(await findUefiFirmware([etc, share])).toEqual({ code, varsTemplate: vars });
      // A descriptor naming files that are not there is passed over (here: falls back to the system's).
      mine.mapping.executable!.filename = join(dir, 'missing.fd');
      await writeFile(join(etc, '60-edk2-x86_64.json'), JSON.stringify(mine));
      expect((await findUefiFirmware([etc])).code).not.toBe(join(dir, 'missing.fd'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
