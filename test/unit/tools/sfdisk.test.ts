/** Sfdisk: argument builders and parsers, against real outputs in test/fixtures/disk. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import type { Exec } from '../../../src/tools/exec.js';
import { Sfdisk } from '../../../src/tools/sfdisk.js';

const fixture = (name: string) => readFileSync(`test/fixtures/disk/${name}`, 'utf8');
const UUID = '11111111-2222-4333-8444-555555555555';

describe('Sfdisk', () => {
  it('writes a GPT script with fixed GUIDs, one line per partition', () => {
    expect(
      Sfdisk.script({
        diskId: UUID,
        partitions: [
          { start: 2048, size: 262144, type: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B', uuid: 'a', name: 'ESP' },
          {
            start: 264192,
            size: 4096,
            type: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
            uuid: 'b',
            name: 'root',
          },
        ],
      }),
    ).toBe(
      `label: gpt\nlabel-id: ${UUID}\nunit: sectors\nsector-size: 512\n\n` +
        'start=2048, size=262144, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, uuid=a, name="ESP"\n' +
        'start=264192, size=4096, type=4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709, uuid=b, name="root"\n',
    );
  });

  it.each(['a"b', 'a,b', 'a\\b'])('refuses a partition name sfdisk would misread: %s', (name) => {
    expect(() =>
      Sfdisk.script({ diskId: UUID, partitions: [{ start: 1, size: 1, type: 't', uuid: 'u', name }] }),
    ).toThrow(OsimgError);
  });

  it('never asks the kernel to re-read a table of a file', () => {
    expect(Sfdisk.writeArgs('/out/disk.raw')).toEqual([
      '--quiet',
      '--no-reread',
      '--no-tell-kernel',
      '--wipe=always',
      '/out/disk.raw',
    ]);
    expect(Sfdisk.readArgs('/out/disk.raw')).toEqual(['--json', '/out/disk.raw']);
  });

  it('parses real sfdisk --json output', () => {
    expect(Sfdisk.parse(fixture('sfdisk.json'))).toEqual({
      label: 'gpt',
      id: UUID,
      sectorSize: 512,
      partitions: [
        {
          node: 'disk.raw1',
          start: 2048,
          size: 131072,
          type: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
          uuid: '11111111-2222-4333-8444-555555555556',
          name: 'ESP',
        },
      ],
    });
  });

  it.each(['', 'not json', '{}', '{"partitiontable": null}', '[]'])(
    'rejects %j with an OsimgError',
    (text) => {
      expect(() => Sfdisk.parse(text)).toThrow(OsimgError);
    },
  );

  it('never crashes on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        try {
          Sfdisk.parse(text);
        } catch (error) {
          expect(error).toBeInstanceOf(OsimgError);
        }
      }),
    );
  });

  it('writes the script through stdin', async () => {
    const calls: Array<{ args: readonly string[]; input?: unknown }> = [];
    const exec: Exec = async (_file, args, options) => {
      calls.push({ args, input: options?.input });
      return { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
    };
    await new Sfdisk(exec).write('/d.raw', { diskId: UUID, partitions: [] });
    expect(calls[0]!.input).toContain(`label-id: ${UUID}`);
  });
});
