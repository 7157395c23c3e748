/**
 * Small synthetic bootable-looking disks for publish-ami tests, made with the real tools (sfdisk, mkfs.ext4
 * -d, mkfs.erofs, qemu-img): a sparse GPT file with an ESP and a root filesystem holding
 * /usr/lib/modules/<kver>/… with or without the ENA and NVMe drivers. Only the blocks written hold data.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exec } from '../../src/tools/exec.js';

export const KERNEL = '6.1.0-28-amd64';
const MIB = 1024 * 1024;
const ESP_TYPE = 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B';
const ROOT_X86 = '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709';
const LINUX = '0FC63DAF-8483-4772-8E79-3D69D8477DE4';

export interface SparseDiskOptions {
  /** Whole disk in MiB (default 96). */
  sizeMiB?: number;
  table?: 'gpt' | 'mbr' | 'none';
  esp?: boolean;
  root?: 'ext4' | 'erofs';
  ena?: 'module' | 'builtin' | 'missing';
  nvme?: 'module' | 'builtin' | 'missing';
  /** Bytes of random (incompressible) payload files in the root. */
  payloadBytes?: number;
  /** The root partition's type: DPS x86-64 root (default) or generic Linux data. */
  rootType?: 'dps' | 'linux' | 'arm64';
  seed?: string;
}

/** Deterministic pseudo-random bytes (so the same options give the same disk). */
function bytes(seed: string, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0, n = 0; i < length; n++) {
    const block = createHash('sha256').update(`${seed}/${n}`).digest();
    block.copy(out, i);
    i += block.length;
  }
  return out;
}

export async function makeSparseDisk(
  dir: string,
  name: string,
  options: SparseDiskOptions = {},
): Promise<string> {
  const path = join(dir, name);
  const size = (options.sizeMiB ?? 96) * MIB;
  const seed = options.seed ?? name;
  const file = await open(path, 'wx');
  await file.truncate(size);
  await file.close();
  const espStart = MIB;
  const espSize = 8 * MIB;
  const rootStart = espStart + espSize;
  const rootSize = size - rootStart - MIB;
  const table = options.table ?? 'gpt';
  if (table !== 'none') {
    const rootType =
      table === 'mbr'
        ? '83'
        : options.rootType === 'linux'
          ? LINUX
          : options.rootType === 'arm64'
            ? 'B921B045-1DF0-41C3-AF44-4C6F280D3FAE'
            : ROOT_X86;
    const lines = [`label: ${table === 'gpt' ? 'gpt' : 'dos'}`, 'unit: sectors', ''];
    if (options.esp !== false)
      lines.push(`start=${espStart / 512}, size=${espSize / 512}, type=${table === 'gpt' ? ESP_TYPE : 'ef'}`);
    lines.push(`start=${rootStart / 512}, size=${rootSize / 512}, type=${rootType}`);
    await exec('sfdisk', ['--quiet', '--no-reread', '--no-tell-kernel', path], {
      input: `${lines.join('\n')}\n`,
    });
  }
  if (table === 'mbr') {
    // A BIOS boot loader's first bytes in the MBR code area.
    const handle = await open(path, 'r+');
    await handle.write(bytes(`${seed}/mbr`, 440), 0, 440, 0);
    await handle.close();
  }
  if (options.esp !== false) {
    const handle = await open(path, 'r+');
    await handle.write(bytes(`${seed}/esp`, 3 * MIB), 0, 3 * MIB, espStart + MIB);
    await handle.close();
  }
  const root = await mkdtemp(join(dir, 'root-'));
  try {
    const modules = join(root, 'usr/lib/modules', KERNEL);
    const builtin: string[] = ['kernel/fs/ext4/ext4.ko'];
    const driver = async (
      kind: 'module' | 'builtin' | 'missing' | undefined,
      sub: string,
      module: string,
    ) => {
      if (kind === 'missing') return;
      if (kind === 'builtin') builtin.push(`${sub}/${module}.ko`);
      else {
        await mkdir(join(modules, sub), { recursive: true });
        await writeFile(join(modules, sub, `${module}.ko.xz`), bytes(`${seed}/${module}`, 200 * 1024));
      }
    };
    await mkdir(join(modules, 'kernel'), { recursive: true });
    await driver(options.ena ?? 'module', 'kernel/drivers/net/ethernet/amazon/ena', 'ena');
    await driver(options.nvme ?? 'module', 'kernel/drivers/nvme/host', 'nvme');
    await writeFile(join(modules, 'modules.builtin'), `${builtin.join('\n')}\n`);
    await mkdir(join(root, 'srv'), { recursive: true });
    const payload = options.payloadBytes ?? 6 * MIB;
    for (let i = 0; payload > 0 && i * 2 * MIB < payload; i++)
      await writeFile(
        join(root, 'srv', `payload-${i}`),
        bytes(`${seed}/payload/${i}`, Math.min(2 * MIB, payload - i * 2 * MIB)),
      );
    if ((options.root ?? 'ext4') === 'ext4') {
      await exec(
        'mkfs.ext4',
        [
          '-q',
          '-F',
          '-t',
          'ext4',
          '-b',
          '4096',
          '-d',
          root,
          '-U',
          '3f1b2a4c-0000-4000-8000-000000000001',
          '-E',
          `offset=${rootStart},nodiscard,root_owner=0:0`,
          path,
          `${rootSize / 1024}k`,
        ],
        { env: { E2FSPROGS_FAKE_TIME: '1700000000' } },
      );
    } else {
      const image = join(dir, `${name}.erofs`);
      await exec('mkfs.erofs', [
        '-T1700000000',
        '-U3f1b2a4c-0000-4000-8000-000000000002',
        '--quiet',
        image,
        root,
      ]);
      const content = await open(image, 'r');
      const target = await open(path, 'r+');
      const buffer = Buffer.alloc(MIB);
      for (let at = 0; ; at += MIB) {
        const { bytesRead } = await content.read(buffer, 0, MIB, at);
        if (bytesRead === 0) break;
        await target.write(buffer, 0, bytesRead, rootStart + at);
      }
      await content.close();
      await target.close();
      await rm(image);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return path;
}

/** What an ideal sparse uploader sends: every 512 KiB block with a non-zero byte, by index, with its SHA-256. */
export async function expectedBlocks(path: string, start = 0, length?: number): Promise<Map<number, string>> {
  const file = await open(path, 'r');
  const size = length ?? (await file.stat()).size - start;
  const blocks = new Map<number, string>();
  const buffer = Buffer.alloc(512 * 1024);
  for (let offset = 0, index = 0; offset < size; offset += buffer.length, index++) {
    buffer.fill(0);
    await file.read(buffer, 0, Math.min(buffer.length, size - offset), start + offset);
    if (buffer.some((b) => b !== 0)) blocks.set(index, createHash('sha256').update(buffer).digest('base64'));
  }
  await file.close();
  return blocks;
}

export const randomDigest = (): string => `sha256:${randomBytes(32).toString('hex')}`;
