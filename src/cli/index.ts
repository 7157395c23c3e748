#!/usr/bin/env node
import { guardProcess } from '../scratch/signals.js';
import { main } from './main.js';

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

// First: sweep what killed runs left, and make SIGTERM/SIGINT clean up and exit 143/130.
guardProcess((line) => process.stderr.write(`${line}\n`));

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  startedAt: Math.round(performance.timeOrigin),
  self: [process.execPath, ...process.execArgv, process.argv[1]!],
});
