/**
 * mkfs.ext4 -d copies each file's ctime from the source directory, so two filesystems made from the same
 * files unpacked twice differ. After normaliseExt4Times they must be byte-identical, and e2fsck must find
 * the rewritten inodes (and their crc32c checksums) clean.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseExt4Times } from '../../src/disk/ext4-times.js';
import { createSparse } from '../../src/disk/files.js';
import { exec } from '../../src/tools/exec.js';
import { Mkfs } from '../../src/tools/mkfs.js';

const EPOCH = 1_700_000_000;
const UUID = '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'osimg-ext4-times-'));
  await mkdir(join(dir, 'src/etc/deep'), { recursive: true });
  await writeFile(join(dir, 'src/etc/hostname'), 'host\n');
  await writeFile(join(dir, 'src/etc/deep/big'), Buffer.alloc(300_000, 7));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function makeFs(name: string, offset: number): Promise<string> {
  const image = join(dir, name);
  await createSparse(image, offset + 16 * 1024 * 1024);
  await new Mkfs().ext4({
    image,
    offset,
    size: 16 * 1024 * 1024,
    source: join(dir, 'src'),
    uuid: UUID,
    hashSeed: UUID,
    label: 'root',
    epoch: EPOCH,
  });
  return image;
}

describe('normaliseExt4Times', () => {
  it('makes two filesystems of the same files byte-identical, and e2fsck finds them clean', async () => {
    const first = await makeFs('first.img', 0);
    await new Promise((done) => setTimeout(done, 1100));
    await chmod(join(dir, 'src/etc/hostname'), 0o640); // a new ctime, as a second unpack would give
    await chmod(join(dir, 'src/etc/hostname'), 0o644);
    const second = await makeFs('second.img', 0);
    expect(await readFile(first)).not.toEqual(await readFile(second));

    expect(await normaliseExt4Times(first, 0, EPOCH)).toBeGreaterThan(5);
    await normaliseExt4Times(second, 0, EPOCH);
    expect((await readFile(first)).equals(await readFile(second))).toBe(true);
    await exec('e2fsck', ['-fn', first]);
    const stat = (await exec('debugfs', ['-R', 'stat /etc/hostname', first])).stdout;
    expect(stat).toMatch(/ctime: 0x6553f100:00000000/);
    expect(stat).toMatch(/atime: 0x6553f100:00000000/);
  });

  it('works on a filesystem at an offset inside a disk image', async () => {
    const disk = await makeFs('disk.img', 3 * 1024 * 1024);
    expect(await normaliseExt4Times(disk, 3 * 1024 * 1024, EPOCH)).toBeGreaterThan(5);
    const alone = await makeFs('alone.img', 0);
    await normaliseExt4Times(alone, 0, EPOCH);
    expect((await readFile(disk)).subarray(3 * 1024 * 1024).equals(await readFile(alone))).toBe(true);
  });

  it('refuses what is not ext4', async () => {
    await writeFile(join(dir, 'zero.img'), Buffer.alloc(8192));
    await expect(normaliseExt4Times(join(dir, 'zero.img'), 0, EPOCH)).rejects.toThrow(
      /not an ext4 filesystem/,
    );
  });
});
