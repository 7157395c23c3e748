/**
 * `osimg pipeline [PATH]`: the whole image pipeline on a laptop with embedded defaults: a registry on
 * loopback started for the run, an ephemeral signing key, then lint → build → scan → sign → verify →
 * disk → boot-test → promote, with progress per stage and a Markdown + HTML report at the end.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { parseSkips, pipelinePlan } from '../pipeline/plan.js';
import { startLocalRegistry, type LocalRegistry } from '../pipeline/local-registry.js';
import { outsideTools, renderMarkdown } from '../pipeline/report.js';
import { commandInvoker, signingKeyFiles, writeReports } from '../pipeline/session.js';
import { runStages } from '../pipeline/run.js';
import { main, type CliContext } from './main.js';
import { readText } from './sign.js';

export const PIPELINE_HELP = `Usage: osimg pipeline [PATH] [options]

Runs the image pipeline locally, as the reusable workflow does in CI: lint, build (pushed by digest),
scan, sign with SBOM/provenance, verify, disk, boot-test, and promote to a channel tag. Ends with
PATH/../OUTPUT/report.md and report.html. PATH is the build context with the Containerfile (default: .).

Options:
      --image NAME           repository for the image (default: REGISTRY/local/<name of PATH>)
      --registry HOST        use this registry (default: start one on 127.0.0.1 for the run)
      --tag TAG              tag the build pushes (default: pipeline)
      --channel TAG          channel tag promote moves to the verified digest (default: stable)
  -f, --file PATH            Containerfile (default: PATH/Containerfile)
  -o, --output-dir DIR       reports, SARIF, disk and console log (default: osimg-pipeline)
      --policy FILE          ops policy for lint (default: PATH/osimg-policy.yml when it exists)
      --scan-report FILE     judge this trivy JSON report instead of running trivy (offline machines)
      --key FILE             sign with this key (passphrase in OSIMG_KEY_PASSWORD; default: an ephemeral key)
      --root-filesystem FS   ext4 (default) or erofs, for the disk
      --kernel-args ARGS     kernel command line for the disk
      --boot-timeout SECONDS overall boot-test deadline
      --skip STAGE           skip lint, scan, disk or boot-test (repeatable)
      --storage-driver NAME, --root DIR, --runroot DIR   buildah storage for build and disk
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
      'output-dir': { type: 'string', short: 'o' },
      policy: { type: 'string' },
      'scan-report': { type: 'string' },
      key: { type: 'string' },
      'root-filesystem': { type: 'string' },
      'kernel-args': { type: 'string' },
      'boot-timeout': { type: 'string' },
      skip: { type: 'string', multiple: true },
      'storage-driver': { type: 'string' },
      root: { type: 'string' },
      runroot: { type: 'string' },
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
  await mkdir(outputDir, { recursive: true });

  const scratch = await mkdtemp(join(tmpdir(), 'osimg-pipeline-'));
  let registry: LocalRegistry | undefined;
  try {
    const env = { ...context.env };
    const key = await signingKeyFiles(
      scratch,
      env,
      values.key
        ? { pem: await readText(resolve(context.cwd, values.key), 'the key', 'key'), name: values.key }
        : undefined,
    );
    if (!values.registry) {
      registry = await startLocalRegistry();
      context.stderr(`osimg pipeline: registry for this run on ${registry.address}\n`);
    }
    const registryHost = values.registry ?? registry!.address;
    const name =
      basename(contextDir)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-') || 'image';
    const image = values.image ?? `${registryHost}/local/${name}`;
    const policyDefault = join(contextDir, 'osimg-policy.yml');
    const plan = pipelinePlan(
      {
        context: contextDir,
        containerfile: values.file ? resolve(context.cwd, values.file) : undefined,
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
        storage,
        skip,
      },
      commandInvoker(main, context.cwd, env, (line, command) => context.stderr(`  ${command} │ ${line}\n`)),
    );
    const report = await runStages(plan, {
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
    const title = `osimg pipeline: ${image}`;
    const files = await writeReports(report, title, outputDir);
    const own = outsideTools(report);
    context.stderr(
      `osimg pipeline: ${report.passed ? 'passed' : 'FAILED'} in ${report.seconds.toFixed(1)} s (tools ${report.toolSeconds.toFixed(1)} s, osimg ${own.seconds.toFixed(1)} s); report: ${files.html}\n`,
    );
    context.stdout(renderMarkdown(report, title));
    return report.passed ? 0 : 1;
  } finally {
    await registry?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}
