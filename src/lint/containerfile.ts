/**
 * A Containerfile as the linter sees it: stages with their resolved base, and instructions with their
 * line, flags and argument text (continuations joined, heredoc bodies included). Built on dockerfile-ast.
 */
import { DockerfileParser, type Instruction as AstInstruction } from 'dockerfile-ast';
import { expandArgs } from '../build/containerfile.js';
import { ConfigurationError } from '../errors.js';

export interface Instruction {
  keyword: string;
  /** Arguments after the keyword and flags; continuations joined, heredoc bodies included. */
  args: string;
  flags: Record<string, string | undefined>;
  /** 1-based lines. */
  line: number;
  endLine: number;
}

export interface Stage {
  index: number;
  name?: string;
  from: {
    /** The image as written, ARGs expanded. */
    image: string;
    /** The text after FROM as written (for --fix). */
    raw: string;
    line: number;
    /** The earlier stage this FROM names, if it names one. */
    stage?: number;
  };
  instructions: Instruction[];
}

export interface Containerfile {
  path: string;
  content: string;
  stages: Stage[];
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Map<string, { value?: string; line: number }>;
}

const KEYWORDS = new Set([
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
]);

function flagsOf(instruction: AstInstruction): Record<string, string | undefined> {
  const withFlags = instruction as AstInstruction & {
    getFlags?: () => Array<{ getName(): string; getValue(): string | null }>;
  };
  const flags: Record<string, string | undefined> = {};
  for (const flag of withFlags.getFlags?.() ?? [])
    flags[flag.getName().toLowerCase()] = flag.getValue() ?? undefined;
  return flags;
}

/** Parses a Containerfile; throws ConfigurationError with `path:line` when it is not one. */
export function parseContainerfile(
  content: string,
  path: string,
  buildArgs: Readonly<Record<string, string>> = {},
): Containerfile {
  if (content.includes('\u0000'))
    throw new ConfigurationError(`${path} is not a text file: point the linter at a Containerfile`);
  const dockerfile = DockerfileParser.parse(content);
  const globalArgs = new Map<string, { value?: string; line: number }>();
  const stages: Stage[] = [];
  const names = new Map<string, number>();

  for (const node of dockerfile.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase();
    const line = node.getRange().start.line + 1;
    if (!KEYWORDS.has(keyword)) {
      throw new ConfigurationError(
        `${path}:${line}: unknown instruction "${node.getKeyword()}": check the spelling`,
      );
    }
    const instruction: Instruction = {
      keyword,
      args: node.getArgumentsContent() ?? '',
      flags: flagsOf(node),
      line,
      endLine: node.getRange().end.line + 1,
    };
    if (keyword === 'FROM') {
      const variables = new Map(
        [...globalArgs].map(([name, arg]) => [
          name,
          Object.hasOwn(buildArgs, name) ? buildArgs[name] : arg.value,
        ]),
      );
      const words = instruction.args.split(/\s+/).filter(Boolean);
      const image = expandArgs(words[0] ?? '', variables);
      if (!image) throw new ConfigurationError(`${path}:${line}: FROM names no image`);
      const name = words[1]?.toUpperCase() === 'AS' ? words[2] : undefined;
      const stage: Stage = {
        index: stages.length,
        name,
        from: { image, raw: words[0] ?? '', line, stage: names.get(image.toLowerCase()) },
        instructions: [],
      };
      if (name) names.set(name.toLowerCase(), stage.index);
      stages.push(stage);
      continue;
    }
    if (stages.length === 0) {
      if (keyword !== 'ARG') {
        throw new ConfigurationError(
          `${path}:${line}: ${keyword} before the first FROM: only ARG may come before FROM`,
        );
      }
      for (const part of instruction.args.split(/\s+/).filter(Boolean)) {
        const eq = part.indexOf('=');
        const argName = eq > 0 ? part.slice(0, eq) : part;
        globalArgs.set(argName, {
          value: eq > 0 ? part.slice(eq + 1).replace(/^["']|["']$/g, '') : undefined,
          line,
        });
      }
      continue;
    }
    stages.at(-1)!.instructions.push(instruction);
  }
  if (stages.length === 0)
    throw new ConfigurationError(`${path} has no FROM instruction: start it with FROM <base image>`);
  return { path, content, stages, globalArgs };
}

/** The final stage and the stages it builds on (FROM <earlier stage>), final first. */
export function finalChain(file: Containerfile): Stage[] {
  const chain: Stage[] = [];
  let stage: Stage | undefined = file.stages.at(-1);
  while (stage && !chain.includes(stage)) {
    chain.push(stage);
    stage = stage.from.stage === undefined ? undefined : file.stages[stage.from.stage];
  }
  return chain;
}
