/**
 * `osimg pipeline` end to end on the tiny fixture with the real buildah and registry: every stage hands off
 * by digest, the channel tag moves last, and a failing gate (a real trivy report with HIGH findings) stops
 * the run before signing, so no channel tag ever names an unsigned image. The disk and boot stages are
 * covered with the example OS image by the bench and by the disk and boot-test suites.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { readSignatures } from '../../src/sign/cosign-legacy.js';
import { generateKeyPair } from '../../src/sign/keys.js';
import { exec } from '../../src/tools/exec.js';
import { importTinyBase } from '../harness/bases.js';
import { OSIMG_FROM_SOURCE } from '../harness/osimg-cli.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { createTestStorage, type TestStorage } from '../harness/storage.js';

const TINY = resolve('test/fixtures/contexts/tiny');
let registry: TestRegistry;
let storage: TestStorage;
let work: string;
let client: RegistryClient;

async function pipeline(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const storageArgs = [
    '--root',
    storage.root,
    '--runroot',
    storage.runroot,
    '--storage-driver',
    storage.driver,
  ];
  const code = await main(['pipeline', TINY, ...args, ...storageArgs], {
    cwd: work,
    env: { ...process.env, OSIMG_KEY_PASSWORD: undefined, ...env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
    // Side work (sign, verify) runs as an osimg child at low priority, as from the installed CLI.
    self: OSIMG_FROM_SOURCE,
  });
  return { code, stdout, stderr };
}

async function digestOf(repository: string, tag: string): Promise<string | undefined> {
  return client.getManifest(repository, tag).then(
    (manifest) => manifest.digest,
    () => undefined,
  );
}

beforeAll(async () => {
  [registry, storage] = await Promise.all([startRegistry(), createTestStorage()]);
  await importTinyBase(storage);
  work = await mkdtemp(join(tmpdir(), 'osimg-pl-test-'));
  client = new RegistryClient({ registry: registry.address });
});

afterAll(async () => {
  await Promise.all([registry?.stop(), storage?.cleanup(), rm(work, { recursive: true, force: true })]);
});

describe('osimg pipeline', () => {
  it('builds, signs, verifies and promotes by digest, and writes the report', async () => {
    const run = await pipeline([
      '--registry',
      registry.address,
      '--image',
      `${registry.address}/team/tiny`,
      '--skip',
      'scan,disk,boot-test',
      '-o',
      'out',
    ]);
    expect(run.stderr).not.toMatch(/✗/);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^\[2\/9\] ✓ build/m);
    const report = JSON.parse(await readFile(join(work, 'out', 'report.json'), 'utf8'));
    expect(
      report.stages.map((stage: { name: string; status: string }) => `${stage.name}:${stage.status}`),
    ).toEqual([
      'lint:passed',
      'build:passed',
      'scan:skipped',
      'sign:passed',
      'verify:passed',
      'disk:skipped',
      'boot-test:skipped',
      'surface:passed',
      'promote:passed',
    ]);
    const digest = report.stages[1].outputs.digest as string;
    expect(await digestOf('team/tiny', 'stable')).toBe(digest);
    expect(await readSignatures(client, 'team/tiny', digest)).toHaveLength(1);
    expect(await readFile(join(work, 'out', 'report.md'), 'utf8')).toContain('| promote * | ✓ passed |');
    expect(await readFile(join(work, 'out', 'report.html'), 'utf8')).toContain(
      '<tr class="passed"><td>promote *</td>',
    );
    // The attack-surface section (docs/surface.md) follows the stages.
    expect(await readFile(join(work, 'out', 'report.md'), 'utf8')).toContain('### Attack surface:');
    expect(await readFile(join(work, 'out', 'report.html'), 'utf8')).toContain('<section id="surface">');
    // The ephemeral key never lands in the output directory.
    expect((await readdir(join(work, 'out'))).filter((name) => /key|pub/.test(name))).toEqual([]);
  });

  it('holds the image to the policy budget before promote, and compares with the channel tag', async () => {
    await writeFile(
      join(work, 'budget.yml'),
      [
        'version: 1',
        'budgets:',
        '  - forbiddenBinaries: [shell]',
        '    maxSetuid: 0',
        'exceptions:',
        '  - rule: SRF002',
        '    path: /bin/busybox',
        '    justification: the tiny fixture is busybox',
        '    expires: 2099-01-01',
        '',
      ].join('\n'),
    );
    const before = await digestOf('team/tiny', 'stable');
    const run = await pipeline([
      '--registry',
      registry.address,
      '--image',
      `${registry.address}/team/tiny`,
      '--policy',
      join(work, 'budget.yml'),
      '--skip',
      'scan,disk,boot-test',
      '-o',
      'budget',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/✗ surface/);
    const report = JSON.parse(await readFile(join(work, 'budget', 'report.json'), 'utf8'));
    expect(report.stages.at(-1)).toMatchObject({ name: 'promote', status: 'skipped' });
    expect(await digestOf('team/tiny', 'stable')).toBe(before);
    const sarif = JSON.parse(await readFile(join(work, 'budget', 'surface.sarif'), 'utf8'));
    const results = sarif.runs[0].results as Array<{ ruleId: string; message: { text: string } }>;
    expect(results.map((result) => result.ruleId)).toContain('SRF002');
    expect(results.map((result) => result.message.text).join('\n')).toContain('/bin/sh (shell)');
    expect(results.map((result) => result.message.text).join('\n')).not.toContain('/bin/busybox');
    const surface = JSON.parse(await readFile(join(work, 'budget', 'surface.json'), 'utf8'));
    expect(surface.change.previous.digest).toBe(before);
    expect(surface.gate.suppressed).toHaveLength(1);
  });

  it('stops at a failing scan gate: nothing is signed and no channel tag moves', async () => {
    const run = await pipeline([
      '--registry',
      registry.address,
      '--image',
      `${registry.address}/team/vulnerable`,
      '--scan-report',
      resolve('test/fixtures/trivy/debian-buster.json'),
      '--skip',
      'disk,boot-test',
      '-o',
      'gate',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/✗ scan/);
    const report = JSON.parse(await readFile(join(work, 'gate', 'report.json'), 'utf8'));
    expect(report.passed).toBe(false);
    expect(report.stages.slice(3).map((stage: { status: string }) => stage.status)).toEqual(
      Array(6).fill('skipped'),
    );
    const digest = report.stages[1].outputs.digest as string;
    expect(await digestOf('team/vulnerable', 'stable')).toBeUndefined();
    expect(await readSignatures(client, 'team/vulnerable', digest)).toEqual([]);
  });

  it('starts its own registry when none is given and leaves no process or temp directory behind', async () => {
    const run = await pipeline(['--skip', 'scan,disk,boot-test', '-o', 'local']);
    expect(run.code).toBe(0);
    const address = /registry for this run on (\S+)/.exec(run.stderr)?.[1];
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    const processes = await exec('ps', ['-eo', 'args']);
    expect(processes.stdout).not.toMatch(/osimg-pipeline-registry-/);
    const left = (await readdir(tmpdir())).filter((name) => name.startsWith('osimg-pipeline-'));
    expect(left).toEqual([]);
    expect(existsSync(join(work, 'local', 'report.html'))).toBe(true);
    // The registry is gone, its content is not: the report says where it is.
    expect(existsSync(join(work, 'local', 'registry', 'docker', 'registry', 'v2', 'repositories'))).toBe(
      true,
    );
    expect(await readFile(join(work, 'local', 'report.md'), 'utf8')).toContain(
      `The registry ${address} was started for this run and is stopped now`,
    );
  });

  it('opens a given key before building: a wrong passphrase fails at once', async () => {
    const pair = await generateKeyPair('right');
    await writeFile(join(work, 'ops.key'), pair.privatePem);
    const run = await pipeline(['--key', 'ops.key', '--registry', registry.address], {
      OSIMG_KEY_PASSWORD: 'wrong',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('wrong passphrase for ops.key');
    expect(run.stderr).not.toContain('[1/8]');
  });

  it('refuses to skip a stage that guards publication', async () => {
    const run = await pipeline(['--skip', 'sign']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only lint, scan, disk, boot-test, surface can be skipped');
  });
});
