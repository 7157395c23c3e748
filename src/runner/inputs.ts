/** Reading action inputs through @actions/core, parsed with the shared value parsers. */
import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import { parseBoolean, parseChoice, parseKeyValues, parseList } from '../values.js';

export function getString(name: string, options: { required?: boolean; secret?: boolean } = {}): string {
  const value = core.getInput(name);
  if (options.required && !value)
    throw new ConfigurationError(`input "${name}" is required: set it under with: in the workflow step`);
  if (options.secret && value) core.setSecret(value);
  return value;
}

export function getBoolean(name: string, fallback: boolean): boolean {
  return parseBoolean(core.getInput(name), `input "${name}"`, fallback);
}

export function getList(name: string): string[] {
  return parseList(core.getInput(name));
}

export function getKeyValues(name: string): Record<string, string> {
  return parseKeyValues(core.getInput(name, { trimWhitespace: false }), `input "${name}"`);
}

export function getChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  return parseChoice(core.getInput(name), `input "${name}"`, choices, fallback);
}
