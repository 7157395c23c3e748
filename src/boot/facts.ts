/**
 * Guest facts without SSH. osimg adds to the boot entry's kernel command line (in the throwaway overlay,
 * never the artifact) a command for systemd-run-generator: `/bin/sh /dev/vdb`, where vdb is a small
 * read-only drive holding GUEST_FACTS_SCRIPT. From there the script writes a oneshot-like unit into /run
 * (writable even on a read-only root) ordered after the boot target; that unit waits for the boot to
 * finish and prints one JSON line on a dedicated virtio-serial port (FACTS_PORT_NAME), then waits on that
 * port for the host's power-off request. See docs/boot-test.md.
 */
import { FACTS_PORT_NAME } from '../tools/qemu-system.js';

/** Added to the kernel command line; the user's own kernel-args come after and may override systemd.unit. */
export const FACTS_KERNEL_ARGS: readonly string[] = [
  // The run generator would replace default.target with its own; keep booting into multi-user.target.
  'systemd.unit=multi-user.target',
  // The debug generator pulls the generated unit into that target.
  'systemd.wants=kernel-command-line.service',
  '"systemd.run=/bin/sh /dev/vdb"',
  'systemd.run_success_action=none',
  'systemd.run_failure_action=none',
];

/** Written by the host on the facts port to power the guest off cleanly. */
export const POWEROFF_COMMAND = 'poweroff';

/** Marks the facts line when the guest falls back to the console (no virtio-serial port found). */
export const CONSOLE_FACTS_PREFIX = 'osimg-facts: ';

/*
 * POSIX sh + coreutils, sed, awk and systemctl: what every systemd image has. Phase 1 (no argument) runs
 * inside the boot transaction and must return at once; phase 2 (`report`) runs as osimg-facts.service
 * (Type=simple, so waiting for the boot to finish does not wait for itself).
 */
export const GUEST_FACTS_SCRIPT = String.raw`# osimg boot-test: guest facts (docs/boot-test.md)
if [ "$1" != report ]; then
  mkdir -p /run/systemd/system
  printf '%s\n' '[Unit]' 'Description=osimg boot-test guest facts' 'After=default.target multi-user.target' \
    '[Service]' 'Type=simple' "ExecStart=/bin/sh $0 report" > /run/systemd/system/osimg-facts.service
  systemctl --no-block start osimg-facts.service || true
  exit 0
fi
escape() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
names() { awk '{ n = ($1 == "●") ? $2 : $1; if (n != "") print n }' | escape | awk 'BEGIN { ORS = "" } { printf "%s\"%s\"", (n++ ? "," : ""), $0 }'; }
state=$(systemctl is-system-running --wait 2>/dev/null | escape)
root=$(awk '$2 == "/" { r = $3 " " $4 } END { print r }' /proc/self/mounts | escape)
active=$(systemctl list-units --all --state=active --plain --no-legend --no-pager 2>/dev/null | names)
failed=$(systemctl list-units --all --state=failed --plain --no-legend --no-pager 2>/dev/null | names)
listening=$(awk '$4 == "0A" { split($2, a, ":"); print a[2] }' /proc/net/tcp /proc/net/tcp6 2>/dev/null |
  while read -r hex; do printf '%d\n' "0x$hex"; done | sort -un | awk 'BEGIN { ORS = "" } { printf "%s%s", (n++ ? "," : ""), $0 }')
# systemd's own boot timestamps (what systemd-analyze adds up), microseconds since the kernel started.
boot=$(systemctl show -p FirmwareTimestampMonotonic -p LoaderTimestampMonotonic -p InitRDTimestampMonotonic \
  -p UserspaceTimestampMonotonic -p FinishTimestampMonotonic 2>/dev/null |
  awk -F= '$2 ~ /^[0-9]+$/ { printf "%s\"%s\":%s", (n++ ? "," : ""), $1, $2 }')
json=$(printf '{"osimg-facts":1,"state":"%s","root":"%s","active":[%s],"failed":[%s],"listening":[%s],"boot":{%s}}' \
  "$state" "$root" "$active" "$failed" "$listening" "$boot")
port=
i=0
while [ $i -lt 20 ]; do
  for f in /sys/class/virtio-ports/*/name; do
    [ -r "$f" ] && [ "$(cat "$f")" = ${FACTS_PORT_NAME} ] && port=/dev/$(basename "$(dirname "$f")")
  done
  [ -n "$port" ] && break
  i=$((i + 1))
  sleep 0.5
done
if [ -n "$port" ]; then
  printf '%s\n' "$json" > "$port"
  # The host asks for a clean power-off on the same port (images without logind ignore ACPI's button).
  while read -r command < "$port"; do
    [ "$command" = ${POWEROFF_COMMAND} ] && exec systemctl --no-block poweroff
  done
else
  printf '${CONSOLE_FACTS_PREFIX}%s\n' "$json" > /dev/console
fi
`;

/** The facts drive's content: the script padded with newlines to whole 4 KiB blocks. */
export function factsDriveContent(script = GUEST_FACTS_SCRIPT): Buffer {
  const text = Buffer.from(script, 'utf8');
  const size = Math.ceil(text.length / 4096) * 4096;
  return Buffer.concat([text, Buffer.alloc(size - text.length, '\n')]);
}

export interface GuestFacts {
  /** systemctl is-system-running after the boot finished: running, degraded, ... */
  state: string;
  /** Filesystem type and mount options of / (e.g. "erofs ro,relatime"). */
  rootFilesystem: string;
  rootOptions: string[];
  active: string[];
  failed: string[];
  listening: number[];
  /** The boot as systemd measured it (systemd-analyze's figures); absent when the guest did not say. */
  boot?: GuestBootTimes;
}

/** Seconds per phase as systemd-analyze computes them; firmware and loader only when the loader told systemd. */
export interface GuestBootTimes {
  firmware?: number;
  loader?: number;
  kernel: number;
  initrd?: number;
  userspace: number;
}

/** systemd's monotonic timestamps (µs) → phase durations, with systemd-analyze's arithmetic. */
export function guestBootTimes(stamps: Record<string, unknown>): GuestBootTimes | undefined {
  const get = (name: string) => {
    const value = stamps[`${name}TimestampMonotonic`];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
  };
  const [firmware, loader, initrd, userspace, finish] = [
    'Firmware',
    'Loader',
    'InitRD',
    'Userspace',
    'Finish',
  ].map(get);
  if (!userspace || !finish) return undefined;
  const seconds = (us: number) => Math.round(us / 1e4) / 100;
  return {
    ...(firmware && loader ? { firmware: seconds(firmware - loader) } : {}),
    ...(loader ? { loader: seconds(loader) } : {}),
    kernel: seconds(initrd || userspace),
    ...(initrd ? { initrd: seconds(userspace - initrd) } : {}),
    userspace: seconds(finish - userspace),
  };
}

/** A report line as the guest writes it; undefined when the line is not one. */
export function parseFactsLine(line: string): GuestFacts | undefined {
  const text = line.startsWith(CONSOLE_FACTS_PREFIX) ? line.slice(CONSOLE_FACTS_PREFIX.length) : line;
  if (!text.trimStart().startsWith('{"osimg-facts"')) return undefined;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const [fs = '', options = ''] = String(data.root ?? '').split(' ');
  return {
    state: String(data.state ?? ''),
    rootFilesystem: fs,
    rootOptions: options.split(',').filter((option) => option.length > 0),
    active: strings(data.active),
    failed: strings(data.failed),
    listening: Array.isArray(data.listening)
      ? data.listening.filter((port): port is number => typeof port === 'number')
      : [],
    boot:
      data.boot && typeof data.boot === 'object'
        ? guestBootTimes(data.boot as Record<string, unknown>)
        : undefined,
  };
}

/** A unit name as systemctl lists it: a bare name means a service. */
export function unitName(name: string): string {
  return /\.(service|socket|target|mount|automount|swap|path|timer|slice|scope|device)$/.test(name)
    ? name
    : `${name}.service`;
}

export function isRootReadOnly(facts: GuestFacts): boolean {
  return facts.rootOptions.includes('ro');
}
