/**
 * What a Containerfile says about its base: the image the final stage is built on, after following
 * stage aliases and substituting global ARGs (with build-arg overrides), as buildah itself resolves it.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { ConfigurationError } from '../errors.js';

export interface BaseImage {
  /** The reference as resolved from the FROM line, or "scratch". */
  reference: string;
  /** 1-based line of the FROM that names it. */
  line: number;
}

/** Expands $VAR, ${VAR}, ${VAR:-default} and ${VAR:+alternative} the way FROM lines allow. */
export function expandArgs(text: string, args: ReadonlyMap<string, string | undefined>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced, op, word, bare) => {
      const value = args.get((braced ?? bare) as string);
      if (op === '-') return value ? value : (word as string);
      if (op === '+') return value ? (word as string) : '';
      return value ?? '';
    },
  );
}

/**
 * Finds the base image of the final stage. Throws a ConfigurationError (with the line) when the file has
 * no FROM or the base resolves to an empty name.
 */
export function finalBaseImage(
  content: string,
  buildArgs: Readonly<Record<string, string>>,
  file: string,
): BaseImage {
  const dockerfile = DockerfileParser.parse(content);
  const froms = dockerfile.getFROMs();
  if (froms.length === 0) {
    throw new ConfigurationError(`${file} has no FROM instruction: start it with FROM <base image>`);
  }
  const args = new Map<string, string | undefined>();
  for (const arg of dockerfile.getInitialARGs()) {
    for (const property of arg.getProperties()) {
      const name = property.getName();
      args.set(name, Object.hasOwn(buildArgs, name) ? buildArgs[name] : (property.getValue() ?? undefined));
    }
  }

  const stages = new Map<string, BaseImage>();
  let last: BaseImage | undefined;
  for (const from of froms) {
    const line = from.getRange().start.line + 1;
    const raw = from.getImage();
    const image = raw ? expandArgs(raw, args).trim() : '';
    if (!image) {
      throw new ConfigurationError(
        `${file}:${line}: the FROM image is empty after substituting ARGs: set it or pass it as a build-arg`,
      );
    }
    // A FROM naming an earlier stage inherits that stage's base.
    const base = stages.get(image.toLowerCase()) ?? { reference: image, line };
    const stage = from.getBuildStage();
    if (stage) stages.set(stage.toLowerCase(), base);
    last = base;
  }
  return last!;
}

/** Collapses an instruction the way buildah prints it: continuations joined, white space folded. */
function normaliseInstruction(text: string): string {
  return text
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The 1-based line where an instruction (as buildah printed it in "STEP n/m: ...") starts, or undefined.
 * The last match wins: buildah fails at the latest step it started.
 */
export function locateInstruction(content: string, printed: string): number | undefined {
  const wanted = normaliseInstruction(printed);
  let exact: number | undefined;
  let similar: number | undefined;
  for (const instruction of DockerfileParser.parse(content).getInstructions()) {
    const range = instruction.getRange();
    const text = normaliseInstruction(
      content.slice(offsetOf(content, range.start.line), offsetOf(content, range.end.line + 1)),
    );
    // An exact match beats one that only starts alike (buildah may shorten what it prints).
    if (text === wanted) exact = range.start.line + 1;
    else if (text.startsWith(wanted) || wanted.startsWith(text)) similar = range.start.line + 1;
  }
  return exact ?? similar;
}

function offsetOf(content: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = content.indexOf('\n', offset);
    if (next < 0) return content.length;
    offset = next + 1;
  }
  return offset;
}

/**
 * The Containerfile with all labels in one LABEL instruction appended (one build step instead of one per
 * `--label`). Undefined when that cannot be written safely: a non-default `# escape=` directive (buildah
 * does not honour it inside LABEL words) or a label with a line break; then labels go as flags.
 */
export function appendLabels(content: string, labels: Readonly<Record<string, string>>): string | undefined {
  const entries = Object.entries(labels);
  if (entries.length === 0) return content;
  if (DockerfileParser.parse(content).getEscapeCharacter() !== '\\') return undefined;
  if (entries.some(([key, value]) => /[\r\n]/.test(key + value))) return undefined;
  // A last line that continues would swallow the LABEL (such a file is broken anyway; let buildah say so).
  if (/\\\s*$/.test(content)) return undefined;
  const quote = (text: string) => `"${text.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
  const line = `LABEL ${entries.map(([key, value]) => `${quote(key)}=${quote(value)}`).join(' ')}`;
  return `${content}${content.endsWith('\n') ? '' : '\n'}${line}\n`;
}
