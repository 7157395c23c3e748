/** The `osimg` command: dispatch to subcommands; errors become one line on stderr and an exit code. */
import {
  CommandError,
  ConfigurationError,
  boundMessage,
  describeError,
  exitCodeFor,
  quoteInput,
} from '../errors.js';
import { interrupted } from '../scratch/signals.js';
import { VERSION } from '../version.js';
import { withLibraryOutput } from './library-output.js';

export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** When the process started (ms since the epoch), for commands that account for all of their time. */
  startedAt?: number;
  /** How to start this osimg again (node, its flags, the CLI entry): the pipeline runs side work so. */
  self?: readonly string[];
}

export const HELP = `Usage: osimg <command> [options]

Build, check and ship immutable, bootable OS images.

Commands:
  build      build a Containerfile into an OCI image (and push it by digest)
  lint       check Containerfiles and deployment manifests against the ops policy
  scan       scan an image with a pinned trivy and gate it with osimg's policy
  key        generate a cosign-format key pair, or print a key's public half
  sign       sign an image digest (key or keyless Sigstore) in cosign's formats, and attest it
  verify     verify an image's signature and attestations (fails closed); write host pull policy
  attest     attach a signed in-toto attestation (SLSA provenance, SBOM) to an image digest
  sbom       SPDX or CycloneDX SBOM from an image root (dpkg, rpm sqlite, apk)
  surface    attack-surface report of an image (and a boot), budgets as a gate
  disk       turn an OS image into bootable raw/qcow2/vmdk/vhd disks (rootless-friendly, reproducible)
  boot-test  boot a disk in a throwaway VM and check it from the outside (console, HTTP, TCP, guest facts)
  publish-ami  publish a disk as EC2 AMIs in every region (EBS direct upload, idempotent re-runs)
  promote    point a channel tag at a verified digest (no rebuild; signatures travel along)
  pipeline   run lint → build → scan → sign → verify → disk → boot-test → promote locally, with a report
  rebuild    find images built on a banned or patched base and start their pipelines (GitHub API)
  help       show help for a command
  version    print the osimg version

Run 'osimg <command> --help' for a command's options.
`;

type Command = (args: string[], context: CliContext) => Promise<number>;

/**
 * Each command's module loads only when it runs (ncc emits it as its own chunk): `osimg lint` does not
 * parse the build, scan, sign, SBOM and disk code on every start.
 */
const COMMANDS: Record<string, () => Promise<{ run: Command; help: string }>> = {
  build: async () => {
    const { buildCommand, BUILD_HELP } = await import('./build.js');
    return { run: buildCommand, help: BUILD_HELP };
  },
  lint: async () => {
    const { lintCommand, LINT_HELP } = await import('./lint.js');
    return { run: lintCommand, help: LINT_HELP };
  },
  scan: async () => {
    const { scanCommand, SCAN_HELP } = await import('./scan.js');
    return { run: scanCommand, help: SCAN_HELP };
  },
  key: async () => {
    const { keyCommand, KEY_HELP } = await import('./sign.js');
    return { run: keyCommand, help: KEY_HELP };
  },
  sign: async () => {
    const { signCommand, SIGN_HELP } = await import('./sign.js');
    return { run: signCommand, help: SIGN_HELP };
  },
  verify: async () => {
    const { verifyCommand, VERIFY_HELP } = await import('./verify.js');
    return { run: verifyCommand, help: VERIFY_HELP };
  },
  attest: async () => {
    const { attestCommand, ATTEST_HELP } = await import('./sign.js');
    return { run: attestCommand, help: ATTEST_HELP };
  },
  sbom: async () => {
    const { sbomCommand, SBOM_HELP } = await import('./sbom.js');
    return { run: sbomCommand, help: SBOM_HELP };
  },
  surface: async () => {
    const { surfaceCommand, SURFACE_HELP } = await import('./surface.js');
    return { run: surfaceCommand, help: SURFACE_HELP };
  },
  disk: async () => {
    const { diskCommand, DISK_HELP } = await import('./disk.js');
    return { run: diskCommand, help: DISK_HELP };
  },
  'boot-test': async () => {
    const { bootTestCommand, BOOT_TEST_HELP } = await import('./boot-test.js');
    return { run: bootTestCommand, help: BOOT_TEST_HELP };
  },
  'publish-ami': async () => {
    const { publishAmiCommand, PUBLISH_AMI_HELP } = await import('./publish-ami.js');
    return { run: publishAmiCommand, help: PUBLISH_AMI_HELP };
  },
  promote: async () => {
    const { promoteCommand, PROMOTE_HELP } = await import('./promote.js');
    return { run: promoteCommand, help: PROMOTE_HELP };
  },
  pipeline: async () => {
    const { pipelineCommand, PIPELINE_HELP } = await import('./pipeline.js');
    return { run: pipelineCommand, help: PIPELINE_HELP };
  },
  rebuild: async () => {
    const { rebuildCommand, REBUILD_HELP } = await import('./rebuild.js');
    return { run: rebuildCommand, help: REBUILD_HELP };
  },
};

export async function main(argv: string[], context: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h') {
      context.stdout(HELP);
      return command ? 0 : 2;
    }
    if (command === 'version' || command === '--version') {
      context.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? await COMMANDS[rest[0]]!() : undefined;
      context.stdout(topic ? topic.help : HELP);
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, command)) {
      throw new ConfigurationError(`unknown command ${quoteInput(command)}: run 'osimg --help' for the list`);
    }
    const entry = await COMMANDS[command]!();
    // Libraries that print to process.stdout behind the command's back go to its stderr as log lines.
    const verbose = rest.includes('--verbose') || rest.includes('-v');
    return await withLibraryOutput(context.stderr, verbose, (bypass) =>
      entry.run(rest, {
        ...context,
        stdout: (text) => bypass(() => context.stdout(text)),
        stderr: (text) => bypass(() => context.stderr(text)),
      }),
    );
  } catch (error) {
    // Interrupted: the signal handler has said so and is cleaning up; what the signal broke is noise.
    const interruption = interrupted();
    if (interruption) return interruption.exitCode;
    if (error instanceof CommandError && error.stderrTail.length > 0) {
      context.stderr(
        `last output of ${error.command.split(' ')[0]}:\n${error.stderrTail.map((line) => `  ${line}`).join('\n')}\n`,
      );
    }
    context.stderr(`osimg: ${describeUsage(error)}\n`);
    return isUsageError(error) ? 2 : exitCodeFor(error);
  }
}

/** node:util parseArgs throws TypeErrors with codes for unknown or malformed options. */
function isUsageError(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function describeUsage(error: unknown): string {
  if (isUsageError(error)) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    return boundMessage(
      `${unknown ? `unknown option ${unknown[1]}` : message.split(/\.\s/)[0]}: run with --help for the options`,
    );
  }
  return describeError(error);
}
