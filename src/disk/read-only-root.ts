/**
 * What a read-only (erofs) root needs to run a normal system: an /etc/fstab for the writable state
 * (/var on tmpfs or its own partition, /tmp on tmpfs) and, unless /etc is asked to stay read-only, a
 * writable /etc as an overlay whose changes live in /var/lib/osimg/etc.
 *
 * The overlay is mounted by a small pre-init (`init=/usr/lib/osimg/init` on the kernel command line)
 * before systemd starts: systemd reads /etc (machine-id, units, fstab) the moment it runs, so a mount
 * unit would come too late for changes made in an earlier boot. The pre-init needs nothing from the
 * initramfs, so it works with initramfs-tools, dracut or none; on any failure it says so on the console
 * and starts systemd with /etc read-only rather than not booting.
 */
import { chmod, mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type StateMode = 'tmpfs' | 'partition';
/** overlay: writable /etc over the image's (changes kept with /var); readonly: the image's /etc as it is. */
export type EtcMode = 'overlay' | 'readonly';

export const PRE_INIT = '/usr/lib/osimg/init';
export const ETC_UPPER = '/var/lib/osimg/etc/upper';
export const ETC_WORK = '/var/lib/osimg/etc/work';

const TMPFS_VAR = 'tmpfs /var tmpfs mode=0755,nosuid,nodev 0 0';
const TMPFS_TMP = 'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0';

export interface ReadOnlyRoot {
  state: StateMode;
  etc: EtcMode;
  /** PARTUUID of the /var partition (state: partition). */
  varPartUuid: string;
}

/**
 * fstab lines. With the overlay, the pre-init mounts /var before systemd runs: its line stays (systemd
 * then knows the mount) but without an fsck pass, which would run on a mounted filesystem.
 */
export function fstabLines(root: ReadOnlyRoot): string[] {
  if (root.state === 'tmpfs') return [TMPFS_VAR, TMPFS_TMP];
  const pass = root.etc === 'overlay' ? 0 : 2;
  return [`PARTUUID=${root.varPartUuid} /var ext4 defaults 0 ${pass}`, TMPFS_TMP];
}

export function preInitScript(root: ReadOnlyRoot): string {
  const mountVar =
    root.state === 'partition'
      ? `mount -t ext4 PARTUUID=${root.varPartUuid} /var`
      : 'mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /var';
  return `#!/bin/sh
# Written by osimg disk. The root filesystem is read-only: mount the writable state on /var and a writable
# /etc (an overlay whose changes live in ${dirname(ETC_UPPER)}) before systemd starts, then start it.
# On any failure /etc stays read-only and the system still starts.
PATH=/usr/sbin:/usr/bin:/sbin:/bin
say() { echo "osimg: $*" > /dev/console 2>/dev/null; }
${mountVar} || say "could not mount /var"
if mkdir -p ${ETC_UPPER} ${ETC_WORK} &&
  mount -t overlay -o lowerdir=/etc,upperdir=${ETC_UPPER},workdir=${ETC_WORK} overlay /etc; then
  :
else
  say "could not mount the /etc overlay: /etc is read-only"
fi
exec /sbin/init "$@"
`;
}

/** Kernel arguments the read-only root adds (the pre-init), after root= and before the user's. */
export function readOnlyRootArgs(root: Pick<ReadOnlyRoot, 'etc'>): string[] {
  return root.etc === 'overlay' ? [`init=${PRE_INIT}`] : [];
}

/** Writes a file into the unpacked root with the disk's time, keeping its directory's own times. */
async function writeInto(rootDir: string, path: string, text: string, mode: number, epoch: number) {
  const target = join(rootDir, path);
  const parent = dirname(target);
  let existing = parent;
  const made: string[] = [];
  while (!(await stat(existing).catch(() => undefined))) {
    made.unshift(existing);
    existing = dirname(existing);
  }
  const before = await stat(existing);
  await mkdir(parent, { recursive: true, mode: 0o755 });
  await writeFile(target, text);
  await chmod(target, mode);
  await utimes(target, epoch, epoch);
  for (const dir of made.reverse()) await utimes(dir, epoch, epoch);
  await utimes(existing, before.atime, before.mtime);
}

/** Writes /etc/fstab and, for the overlay, the pre-init into the unpacked root. */
export async function prepareReadOnlyRoot(rootDir: string, root: ReadOnlyRoot, epoch: number): Promise<void> {
  const fstab = `# written by osimg disk: the root is read-only\n${fstabLines(root).join('\n')}\n`;
  await writeInto(rootDir, 'etc/fstab', fstab, 0o644, epoch);
  if (root.etc === 'overlay') await writeInto(rootDir, PRE_INIT.slice(1), preInitScript(root), 0o755, epoch);
}
