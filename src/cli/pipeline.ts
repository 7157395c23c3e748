/**
 * `osimg pipeline [PATH]`: the whole image pipeline on a laptop with embedded defaults: a registry on
 * loopback started for the run, an ephemeral signing key, then lint → build → scan → sign → verify →
 * disk → boot-test → promote, with progress per stage and a Markdown + HTML report at the end.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError, describeError } from '../errors.js';
import { Buildah, type StorageOptions } from '../tools/buildah.js';
import { parseSkips, pipelinePlan } from '../pipeline/plan.js';
import { startLocalRegistry, type LocalRegistry } from '../pipeline/local-registry.js';
import { outsideTools, renderMarkdown } from '../pipeline/report.js';
import { commandInvoker, signingKeyFiles, writeReports } from '../pipeline/session.js';
import { CommandClock, runStages, type PipelineReport } from '../pipeline/run.js';
import { main, type CliContext } from './main.js';
import { readText } from './sign.js';
import { makeScratch } from '../scratch/files.js';

export const PIPELINE_HELP = `Usage: osimg pipeline [PATH] [options]

Runs the image pipeline locally, as the reusable workflow does in CI: lint, build (pushed by digest),
scan, sign with SBOM/provenance, verify, disk, boot-test, and promote to a channel tag. Ends with
report.md and report.html in the output directory. PATH is the build context with the Containerfile
(default: .). With the run's own registry, the image stays in buildah's local storage afterwards as
localhost/osimg-pipeline/<name of PATH>:<tag>.

Options:
      --image NAME           repository for the image (default: REGISTRY/local/<name of PATH>)
      --registry HOST        use this registry (default: start one on 127.0.0.1 for the run)
      --tag TAG              tag the build pushes (default: pipeline)
      --channel TAG          channel tag promote moves to the verified digest (default: stable)
  -f, --file PATH            Containerfile (default: PATH/Containerfile)
      --build-arg K=V        build argument (repeatable), e.g. --build-arg BASE=registry/base@sha256:…
  -o, --output-dir DIR       reports, SARIF, disk and console log (default: osimg-pipeline)
      --policy FILE          ops policy for lint (default: PATH/osimg-policy.yml when it exists)
      --scan-report FILE     judge this trivy JSON report instead of running trivy (offline machines)
      --key FILE             sign with this key (passphrase in OSIMG_KEY_PASSWORD; default: an ephemeral key)
      --root-filesystem FS   ext4 (default), erofs or initramfs, for the disk
      --kernel-args ARGS     kernel command line for the disk
      --boot-timeout SECONDS overall boot-test deadline
      --expect REGEX, --http 'PORT PATH STATUS [BODY]', --tcp PORT, --unit UNIT, --no-failed-units BOOL
                             the boot test's assertions, as osimg boot-test takes them (repeatable; an
                             image with no systemd needs --no-failed-units false and its own --expect)
      --skip STAGE           skip lint, scan, disk or boot-test (repeatable)
      --storage-driver NAME, --root DIR, --runroot DIR   buildah storage for build and disk
  -v, --verbose              show the VM's console live (it is always kept in OUTPUT/console.log)
  -h, --help                 this help

Exit codes: 0 every stage passed, 1 a stage failed, 2 bad usage.
`;

export async function pipelineCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      image: { type: 'string' },
      registry: { type: 'string' },
      tag: { type: 'string' },
      channel: { type: 'string' },
      file: { type: 'string', short: 'f' },
      'build-arg': { type: 'string', multiple: true },
      'output-dir': { type: 'string', short: 'o' },
      policy: { type: 'string' },
      'scan-report': { type: 'string' },
      key: { type: 'string' },
      'root-filesystem': { type: 'string' },
      'kernel-args': { type: 'string' },
      'boot-timeout': { type: 'string' },
      expect: { type: 'string', multiple: true },
      http: { type: 'string', multiple: true },
      tcp: { type: 'string', multiple: true },
      unit: { type: 'string', multiple: true },
      'no-failed-units': { type: 'string' },
      skip: { type: 'string', multiple: true },
      'storage-driver': { type: 'string' },
      root: { type: 'string' },
      runroot: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(PIPELINE_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new ConfigurationError('osimg pipeline takes at most one PATH');
  const contextDir = resolve(context.cwd, positionals[0] ?? '.');
  const outputDir = resolve(context.cwd, values['output-dir'] ?? 'osimg-pipeline');
  const skip = parseSkips(values.skip ?? [], '--skip');
  const bootTimeout = values['boot-timeout'] ? Number(values['boot-timeout']) : undefined;
  if (bootTimeout !== undefined && !(bootTimeout > 0)) {
    throw new ConfigurationError(
      `--boot-timeout must be a number of seconds, not "${values['boot-timeout']}"`,
    );
  }
  const storage = (['storage-driver', 'root', 'runroot'] as const).flatMap((name) =>
    values[name] ? [`--${name}`, values[name]] : [],
  );
  const storageOptions: StorageOptions = {
    driver: values['storage-driver'],
    root: values.root,
    runroot: values.runroot,
  };
  // The report's time axis starts with the process (node's start-up and module loading count too).
  const clock = new CommandClock(context.startedAt ?? Date.now());
  clock.record('start-up', clock.origin);
  await mkdir(outputDir, { recursive: true });

  const scratch = (await makeScratch(tmpdir(), 'osimg-pipeline-')).path;
  let registry: LocalRegistry | undefined;
  let report: PipelineReport;
  let title = 'osimg pipeline';
  const say = (line: string) => context.stderr(`osimg pipeline: ${line}\n`);
  try {
    const env = { ...context.env };
    const keyFile = values.key
      ? { pem: await readText(resolve(context.cwd, values.key), 'the key', 'key'), name: values.key }
      : undefined;
    const key = await clock.time(keyFile ? 'signing key' : 'signing key (new)', () =>
      signingKeyFiles(scratch, env, keyFile),
    );
    if (!values.registry) {
      registry = await clock.time('registry start', () => startLocalRegistry());
      say(`registry for this run on ${registry.address}`);
    }
    const registryHost = values.registry ?? registry!.address;
    const name =
      basename(contextDir)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-') || 'image';
    const image = values.image ?? `${registryHost}/local/${name}`;
    title = `osimg pipeline: ${image}`;
    const policyDefault = join(contextDir, 'osimg-policy.yml');
    const plan = pipelinePlan(
      {
        context: contextDir,
        containerfile: values.file ? resolve(context.cwd, values.file) : undefined,
        buildArgs: values['build-arg'] ?? [],
        image,
        tag: values.tag ?? 'pipeline',
        channel: values.channel ?? 'stable',
        outputDir,
        policy: values.policy
          ? resolve(context.cwd, values.policy)
          : existsSync(policyDefault)
            ? policyDefault
            : undefined,
        scanReport: values['scan-report'] ? resolve(context.cwd, values['scan-report']) : undefined,
        key,
        rootFilesystem: values['root-filesystem'],
        kernelArgs: values['kernel-args'],
        bootTimeoutSeconds: bootTimeout,
        bootTestArgs: [
          ...(values.expect ?? []).flatMap((pattern) => ['--expect', pattern]),
          ...(values.http ?? []).flatMap((probe) => ['--http', probe]),
          ...(values.tcp ?? []).flatMap((port) => ['--tcp', port]),
          ...(values.unit ?? []).flatMap((unit) => ['--unit', unit]),
          ...(values['no-failed-units'] ? ['--no-failed-units', values['no-failed-units']] : []),
        ],
        storage,
        skip,
        lowPrioritySideWork: context.self !== undefined,
        verbose: values.verbose,
      },
      commandInvoker(
        main,
        context.cwd,
        env,
        (line, command) => context.stderr(`  ${command} │ ${line}\n`),
        context.self,
      ),
    );
    report = await runStages(plan, {
      origin: clock.origin,
      onStart: (stage, index, total) => {
        context.stderr(`[${index + 1}/${total}] ${stage.name}\n`);
      },
      onEnd: (result, index, total) => {
        const mark = { passed: '✓', failed: '✗', skipped: '-' }[result.status];
        context.stderr(
          `[${index + 1}/${total}] ${mark} ${result.name} (${result.seconds.toFixed(1)} s): ${result.summary}\n`,
        );
      },
    });
    if (registry) {
      // The refs in the report name this registry, which ends with the run: keep what it holds.
      const tag = values.tag ?? 'pipeline';
      const local = report.stages.some((stage) => stage.name === 'build' && stage.status === 'passed')
        ? await clock.time('local image name', () =>
            keepLocally(
              {
                local: `${image}:${tag}`,
                kept: `localhost/osimg-pipeline/${image.split('/').at(-1)}:${tag}`,
              },
              storageOptions,
              context,
            ),
          )
        : undefined;
      const kept = join(outputDir, 'registry');
      const running = registry;
      registry = undefined;
      await clock.time('registry stop (content kept)', () => running.stop({ keep: kept }));
      report.notes.push(
        `The registry ${running.address} was started for this run and is stopped now, so the refs below no longer resolve there. ` +
          `Everything pushed to it (the image, its signatures and attestations) is kept in ${kept}: serve it again with ` +
          `docker-registry serve and storage.filesystem.rootdirectory: ${kept}, or pass --registry HOST to push to a lasting registry.` +
          (local ? ` The image is also in buildah's local storage as ${local}.` : ''),
      );
    }
    await clock.time('clean up', () => rm(scratch, { recursive: true, force: true }));
  } finally {
    await registry?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
  // Everything up to here is on the report's axis; only writing the report itself (milliseconds) is not.
  report.phases = clock.spans;
  report.seconds = clock.at(Date.now());
  const files = await writeReports(report, title, outputDir);
  const own = outsideTools(report);
  say(
    `${report.passed ? 'passed' : 'FAILED'} in ${report.seconds.toFixed(1)} s (tools ${report.toolSeconds.toFixed(1)} s, osimg ${own.seconds.toFixed(1)} s); report: ${files.html}`,
  );
  context.stdout(renderMarkdown(report, title));
  return report.passed ? 0 : 1;
}

/**
 * The build left the image in local storage under the run's registry address, whose port dies with the
 * run: move that name to a stable one, so runs do not pile up dead names and the image stays findable.
 */
async function keepLocally(
  built: { local: string; kept: string },
  storage: StorageOptions,
  context: CliContext,
): Promise<string | undefined> {
  try {
    await new Buildah(storage).rename(built.local, built.kept);
    context.stderr(
      `osimg pipeline: the run's registry was temporary; the image stays in local storage as ${built.kept}\n`,
    );
    return built.kept;
  } catch (error) {
    context.stderr(
      `osimg pipeline: could not rename the local image ${built.local}: ${describeError(error)}\n`,
    );
    return undefined;
  }
}
