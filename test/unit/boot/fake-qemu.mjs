/* global setTimeout, setInterval */
// A FAKE qemu-system for unit tests: connects to the console, QMP and facts sockets named in its argv as
// the real one does, speaks QMP (greeting, qmp_capabilities, system_powerdown, quit), plays a console
// script, and behaves per FAKE_QEMU_MODE on power-down:
//   obey      ACPI power-down → prints "reboot: Power down", exits 0
//   port      ignores ACPI; a "poweroff" line on the facts port → exits 0 (images without logind)
//   ignore    ignores both; quit → exits 0
//   stubborn  ignores quit as well (osimg must kill it)
// FAKE_QEMU_CONSOLE: file whose bytes are written to the console; FAKE_QEMU_FACTS: a line for the facts port.
// FAKE_QEMU_PIDFILE: where to write its pid (tests check it is gone afterwards).
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';

const args = process.argv.slice(2);
const mode = process.env.FAKE_QEMU_MODE ?? 'obey';
if (process.env.FAKE_QEMU_PIDFILE) writeFileSync(process.env.FAKE_QEMU_PIDFILE, String(process.pid));
const chardevs = new Map();
args.forEach((arg, i) => {
  if (args[i - 1] !== '-chardev') return;
  const id = /id=([^,]+)/.exec(arg)[1];
  const path = /path=(.+)$/.exec(arg)[1].replace(/,,/g, ',');
  chardevs.set(id, path);
});
const open = (id) =>
  new Promise((resolve, reject) => {
    const socket = connect(chardevs.get(id), () => resolve(socket));
    socket.on('error', reject);
  });
const console_ = await open('console');
const qmp = await open('qmp');
const facts = chardevs.has('facts') ? await open('facts') : undefined;

const exit = (code) => {
  console_.end();
  qmp.end();
  facts?.end();
  setTimeout(() => process.exit(code), 20);
};
if (mode === 'stubborn') process.on('SIGTERM', () => undefined);

qmp.write(
  `${JSON.stringify({ QMP: { version: { qemu: { major: 7, minor: 2, micro: 0 } }, capabilities: [] } })}\r\n`,
);
let buffer = '';
qmp.setEncoding('utf8');
qmp.on('data', (chunk) => {
  buffer += chunk;
  let newline;
  while ((newline = buffer.indexOf('\n')) >= 0) {
    const command = JSON.parse(buffer.slice(0, newline));
    buffer = buffer.slice(newline + 1);
    qmp.write(`${JSON.stringify({ return: {}, id: command.id })}\r\n`);
    if (command.execute === 'system_powerdown' && mode === 'obey') {
      console_.write('[  OK  ] Reached target poweroff.target - System Power Off.\r\nreboot: Power down\r\n');
      exit(0);
    }
    if (command.execute === 'quit' && mode !== 'stubborn') exit(0);
  }
});
facts?.setEncoding('utf8');
facts?.on('data', (chunk) => {
  if (chunk.includes('poweroff') && mode === 'port') exit(0);
});

const text = process.env.FAKE_QEMU_CONSOLE ? readFileSync(process.env.FAKE_QEMU_CONSOLE) : Buffer.alloc(0);
for (let i = 0; i < text.length; i += 4096) {
  console_.write(text.subarray(i, i + 4096));
  await new Promise((resolve) => setTimeout(resolve, 2));
}
if (process.env.FAKE_QEMU_FACTS) facts?.write(`${process.env.FAKE_QEMU_FACTS}\n`);
setInterval(() => undefined, 1000);
