/**
 * Glob patterns for paths and image names: `*` (within one segment), `**` (any depth), `?`, `{a,b}`.
 * Globs come from users' policy files, so they are never turned into a RegExp (a backtracking engine can
 * take exponential time, and a long glob overflows its size limit): each compiles once to a small
 * automaton that is run over the text in time linear in text × pattern. Nothing here touches the file
 * system.
 */
import { ConfigurationError, quoteInput } from './errors.js';

/** Longer globs are refused: no real path or image name pattern comes near this (docs/limits.md). */
export const MAX_GLOB_LENGTH = 256;

/** One automaton state: consume a character (`char`, `segment` = not `/`, `any`), branch, or accept. */
type State =
  | { kind: 'char'; char: string; next: number }
  | { kind: 'segment' | 'any'; next: number }
  | { kind: 'split'; next: number[] }
  | { kind: 'match' };

type Item =
  | { kind: 'char'; char: string }
  | { kind: 'segment-char' | 'star' | 'globstar' | 'globstar-dir' }
  | { kind: 'group'; alternatives: Item[][] };

/**
 * Parses the pattern into items; an unclosed `{` closes at the end, a stray `}` or `,` is literal.
 * Without `braces`, `{`, `,` and `}` are always literal (as in fnmatch-style globs).
 */
function parse(pattern: string, braces: boolean): Item[] {
  const root: Item[] = [];
  // Open groups, innermost last, each with the alternative being filled.
  const stack: { alternatives: Item[][] }[] = [];
  const current = (): Item[] => stack.at(-1)?.alternatives.at(-1) ?? root;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          current().push({ kind: 'globstar-dir' });
        } else current().push({ kind: 'globstar' });
      } else current().push({ kind: 'star' });
    } else if (c === '?') current().push({ kind: 'segment-char' });
    else if (c === '{' && braces) stack.push({ alternatives: [[]] });
    else if (c === ',' && stack.length > 0) stack.at(-1)!.alternatives.push([]);
    else if (c === '}' && stack.length > 0) {
      const group = stack.pop()!;
      current().push({ kind: 'group', alternatives: group.alternatives });
    } else current().push({ kind: 'char', char: c });
  }
  while (stack.length > 0) {
    const group = stack.pop()!;
    current().push({ kind: 'group', alternatives: group.alternatives });
  }
  return root;
}

/** Compiles items into states, back to front: each item's entry state leads on to `next`. */
function compile(items: Item[], next: number, states: State[]): number {
  const add = (state: State): number => states.push(state) - 1;
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index]!;
    switch (item.kind) {
      case 'char':
        next = add({ kind: 'char', char: item.char, next });
        break;
      case 'segment-char':
        next = add({ kind: 'segment', next });
        break;
      case 'star':
      case 'globstar': {
        // A loop: consume one more character and come back, or go on.
        const loop = add({ kind: 'split', next: [] });
        const step = add({ kind: item.kind === 'star' ? 'segment' : 'any', next: loop });
        (states[loop] as { next: number[] }).next.push(step, next);
        next = loop;
        break;
      }
      case 'globstar-dir': {
        // Zero or more whole segments: nothing, or any characters ending in `/`.
        const slash = add({ kind: 'char', char: '/', next });
        const loop = add({ kind: 'split', next: [] });
        const step = add({ kind: 'any', next: loop });
        (states[loop] as { next: number[] }).next.push(step, slash);
        next = add({ kind: 'split', next: [loop, next] });
        break;
      }
      case 'group': {
        const after = next;
        next = add({
          kind: 'split',
          next: item.alternatives.map((alternative) => compile(alternative, after, states)),
        });
        break;
      }
    }
  }
  return next;
}

export class Glob {
  private readonly states: State[] = [{ kind: 'match' }];
  private readonly start: number;
  private readonly seen: Float64Array;
  private generation = 0;

  constructor(
    readonly pattern: string,
    options: { braces?: boolean } = {},
  ) {
    if (pattern.length > MAX_GLOB_LENGTH) {
      throw new ConfigurationError(
        `the glob ${quoteInput(pattern, 60)} is ${pattern.length} characters long; globs may have at most ${MAX_GLOB_LENGTH}`,
      );
    }
    this.start = compile(parse(pattern, options.braces ?? true), 0, this.states);
    this.seen = new Float64Array(this.states.length);
  }

  /** Whether the whole text matches: a set of live states stepped one character at a time. */
  matches(text: string): boolean {
    let live = this.closure([this.start]);
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      const next: number[] = [];
      for (const id of live) {
        const state = this.states[id]!;
        if (
          (state.kind === 'char' && state.char === c) ||
          (state.kind === 'segment' && c !== '/') ||
          state.kind === 'any'
        ) {
          next.push(state.next);
        }
      }
      if (next.length === 0) return false;
      live = this.closure(next);
    }
    return live.some((id) => this.states[id]!.kind === 'match');
  }

  /** The states reachable through splits, each once; only consuming and accepting states are kept. */
  private closure(ids: number[]): number[] {
    // A stamp per state instead of a Set per step: the step count is text length, so this is the hot path.
    const stamp = ++this.generation;
    const out: number[] = [];
    const stack = ids.slice();
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      const state = this.states[id]!;
      if (state.kind === 'split') for (const next of state.next) stack.push(next);
      else out.push(id);
    }
    return out;
  }
}

/** Compiled globs, so a policy's patterns are parsed once per process (bounded: patterns come from files). */
const cache = new Map<string, Glob>();
const CACHE_SIZE = 1000;

export function compileGlob(pattern: string): Glob {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const glob = new Glob(pattern);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(pattern, glob);
  return glob;
}

export function matchesGlob(text: string, pattern: string): boolean {
  return compileGlob(pattern).matches(text);
}
