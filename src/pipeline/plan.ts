/**
 * The pipeline's stages (`osimg pipeline` and the all-in-one action), each one an osimg command run
 * in-process (the same modules as the other actions and the CLI), handing off by digest:
 *
 *   lint → build (push by digest) → scan ─┬─ disk → boot-test ──────────────────────┬─ promote
 *                                         └─ sign (+ SBOM, provenance) → verify ───┘
 *
 * Signing runs while the VM boots (and, when side work runs at low CPU priority, while the disk is made
 * too); the channel tag moves last, only for a verified digest that booted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BootTestReport } from '../boot/boot-test.js';
import { ConfigurationError, OsimgError } from '../errors.js';
import { writeFileAtomically } from '../scratch/files.js';
import { StageFailure, type Stage } from './run.js';
import { CommandFailure } from './session.js';
import { surfaceStage } from './surface-stage.js';

export const STAGES = [
  'lint',
  'build',
  'scan',
  'sign',
  'verify',
  'disk',
  'boot-test',
  'surface',
  'promote',
] as const;
export type StageName = (typeof STAGES)[number];

/** What verify and promote insist on: the attestations the sign stage made. */
const requiredAttestations = ['--require-attestation', 'slsaprovenance', '--require-attestation', 'spdxjson'];

const SKIPPABLE: readonly StageName[] = ['lint', 'scan', 'disk', 'boot-test', 'surface'];

/** The stages a user may skip; build, sign, verify and promote guard publication and always run. */
export function parseSkips(values: readonly string[], option: string): Set<StageName> {
  const skips = new Set<StageName>();
  for (const value of values.flatMap((entry) => entry.split(','))) {
    const name = value.trim() as StageName;
    if (!name) continue;
    if (!SKIPPABLE.includes(name)) {
      throw new ConfigurationError(
        `${option} ${value}: only ${SKIPPABLE.join(', ')} can be skipped (build, sign, verify and promote always run)`,
      );
    }
    skips.add(name);
  }
  return skips;
}

/**
 * Runs one osimg command; resolves with its stdout, rejects with its error line on a non-zero exit.
 * `side`: work off the critical path (signing, verifying), which may run at a lower CPU priority.
 */
export type Invoke = (args: string[], options?: { side?: boolean }) => Promise<string>;

export interface PipelinePlanOptions {
  context: string;
  containerfile?: string;
  /** KEY=VALUE build arguments for the build stage. */
  buildArgs?: readonly string[];
  /** registry/repository of the image, without tag. */
  image: string;
  tag: string;
  outputDir: string;
  policy?: string;
  /** An existing trivy JSON report to judge instead of running trivy (offline machines). */
  scanReport?: string;
  /** Private and public key files (the passphrase is in the environment). */
  key: { privateKey: string; publicKey: string };
  /** Channel tag to promote the verified digest to; no promote stage without one. */
  channel?: string;
  rootFilesystem?: string;
  kernelArgs?: string;
  bootTimeoutSeconds?: number;
  /** More boot-test options (--expect, --http, --no-failed-units), passed as they are. */
  bootTestArgs?: readonly string[];
  /** buildah storage options for build and disk. */
  storage: string[];
  skip: ReadonlySet<StageName>;
  /** The invoker runs side work (sign, verify) at low CPU priority: signing may start before the disk. */
  lowPrioritySideWork?: boolean;
  /** Show the VM's console live in the boot-test stage's log (it is always in console.log). */
  verbose?: boolean;
}

function json<T>(text: string, stage: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new OsimgError(`the ${stage} stage printed no JSON result`);
  }
}

export function pipelinePlan(options: PipelinePlanOptions, invoke: Invoke): Stage[] {
  let ref = ''; // name@digest once built
  let digest = '';
  let disk = '';
  let cmdline = '';
  const repository = options.image;
  const out = (name: string) => join(options.outputDir, name);
  const skip = (name: StageName) => (options.skip.has(name) ? `skipped (--skip ${name})` : undefined);
  const stages: Stage[] = [
    {
      name: 'lint',
      skip: skip('lint'),
      run: async () => {
        const args = ['lint', options.containerfile ?? options.context, '--format', 'json', '--quiet'];
        args.push('--sarif', out('lint.sarif'), '--output', out('lint.json'));
        if (options.policy) args.push('--policy', options.policy);
        for (const arg of options.buildArgs ?? []) args.push('--build-arg', arg);
        await invoke(args);
        return {
          summary: 'no findings at or above the fail-on severity',
          outputs: { sarif: out('lint.sarif') },
        };
      },
    },
    {
      name: 'build',
      run: async () => {
        const args = [
          'build',
          options.context,
          '--image',
          repository,
          '--tag',
          options.tag,
          '--push',
          '--json',
        ];
        if (options.containerfile) args.push('--file', options.containerfile);
        for (const arg of options.buildArgs ?? []) args.push('--build-arg', arg);
        const result = json<{ digest: string; ref: string; size: number; layers: number }>(
          await invoke([...args, ...options.storage]),
          'build',
        );
        ({ digest, ref } = result);
        return {
          summary: `${result.layers} layers, ${(result.size / 2 ** 20).toFixed(0)} MiB, pushed by digest`,
          outputs: { digest, ref },
        };
      },
    },
    {
      name: 'scan',
      skip: skip('scan'),
      run: async () => {
        const args = ['scan', ...(options.scanReport ? ['--from-report', options.scanReport] : [ref])];
        args.push('--json', '--sarif', out('scan.sarif'), '--report', out('scan.json'));
        const result = json<{ passed: boolean; total: number }>(await invoke(args), 'scan');
        return {
          summary: `gate passed; ${result.total} findings in all`,
          outputs: { report: out('scan.json') },
        };
      },
    },
    {
      name: 'sign',
      // Signing needs the built digest and a passed scan gate. At low priority it runs beside the disk
      // and the boot test, taking only the cycles they leave; in this process it waits for the disk so the
      // two do not share the CPU, and runs while the VM boots.
      after: options.lowPrioritySideWork ? ['scan'] : ['disk'],
      run: async () => {
        const sbom = out('sbom.spdx.json');
        await invoke(
          [
            'sign',
            ref,
            '--key',
            options.key.privateKey,
            '--attest',
            'provenance,spdx',
            '--sbom-output',
            sbom,
          ],
          { side: true },
        );
        return {
          summary: 'signed (cosign .sig and Sigstore bundle), SLSA provenance and SPDX SBOM attested',
          outputs: { 'signed-ref': ref, sbom },
        };
      },
    },
    {
      name: 'verify',
      run: async () => {
        await invoke(['verify', ref, '--key', options.key.publicKey, ...requiredAttestations], {
          side: true,
        });
        return { summary: 'signature, SLSA provenance and SPDX SBOM verified for the digest' };
      },
    },
    {
      name: 'disk',
      after: ['scan'],
      skip: skip('disk'),
      run: async () => {
        const args = ['disk', `${repository}:${options.tag}`, '--output-dir', out('disk'), '--json'];
        if (options.rootFilesystem) args.push('--root-filesystem', options.rootFilesystem);
        if (options.kernelArgs) args.push('--kernel-args', options.kernelArgs);
        const result = json<{
          files: Array<{ format: string; path: string; bytes: number; sha256: string }>;
          kernelVersion: string;
          digest: string;
          cmdline: string;
        }>(await invoke([...args, ...options.storage]), 'disk');
        cmdline = result.cmdline;
        const raw = result.files.find((file) => file.format === 'raw');
        if (!raw) throw new OsimgError('the disk stage wrote no raw disk');
        disk = raw.path;
        return {
          summary: `raw disk, ${(raw.bytes / 2 ** 20).toFixed(0)} MiB, kernel ${result.kernelVersion}`,
          outputs: { disk: raw.path, sha256: raw.sha256 },
        };
      },
    },
    {
      name: 'boot-test',
      skip: skip('boot-test') ?? (options.skip.has('disk') ? 'skipped (no disk)' : undefined),
      run: async () => {
        const args = ['boot-test', '--disk', disk, '--json', '--console-log', out('console.log')];
        if (options.bootTimeoutSeconds) args.push('--timeout', String(options.bootTimeoutSeconds));
        if (options.verbose) args.push('--verbose');
        args.push(...(options.bootTestArgs ?? []));
        type Report = Pick<BootTestReport, 'bootSeconds' | 'results' | 'timing'>;
        const details = (report: Report) => ({
          outputs: { 'console-log': out('console.log'), report: out('boot-test.json') },
          checks: report.results.map(
            (check) => `${check.passed ? 'passed' : 'FAILED'}: ${check.name} (${check.detail})`,
          ),
          boot: report.timing,
        });
        let stdout: string;
        try {
          stdout = await invoke(args);
        } catch (error) {
          // A failed boot still printed its report: keep its checks and timing for the pipeline's report.
          const printed = error instanceof CommandFailure ? error.stdout : '';
          if (!printed.trim().startsWith('{')) throw error;
          throw new StageFailure((error as Error).message, details(json<Report>(printed, 'boot-test')));
        }
        const result = json<Report>(stdout, 'boot-test');
        await writeFileAtomically(out('boot-test.json'), stdout); // the surface stage reads the guest facts
        return {
          summary: `booted${result.bootSeconds !== undefined ? ` in ${result.bootSeconds.toFixed(1)} s` : ''}; ${result.results.length} checks passed`,
          ...details(result),
        };
      },
    },
    surfaceStage(options, invoke, () => ({ ref, cmdline, booted: existsSync(out('boot-test.json')) })),
    {
      name: 'promote',
      after: ['verify', 'surface'],
      skip: options.channel ? undefined : 'skipped (no channel tag given)',
      run: async () => {
        await invoke([
          'promote',
          ref,
          '--to',
          options.channel!,
          '--key',
          options.key.publicKey,
          ...requiredAttestations,
        ]);
        return {
          summary: `${repository}:${options.channel} → ${digest}`,
          outputs: { channel: `${repository}:${options.channel}` },
        };
      },
    },
  ];
  return stages;
}
