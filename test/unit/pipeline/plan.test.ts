import { describe, expect, it } from 'vitest';
import { pipelinePlan, type PipelinePlanOptions } from '../../../src/pipeline/plan.js';

const options: PipelinePlanOptions = {
  context: '/src/app',
  image: '127.0.0.1:5000/local/app',
  tag: 'pipeline',
  outputDir: '/out',
  key: { privateKey: '/k/signing.key', publicKey: '/k/signing.pub' },
  storage: [],
  skip: new Set(),
  buildArgs: ['BASE=registry.example/base@sha256:abc', 'X=1'],
};

describe('pipelinePlan', () => {
  it('hands --build-arg to the lint and build stages', async () => {
    const calls: string[][] = [];
    const stages = pipelinePlan(options, async (args) => {
      calls.push(args);
      return JSON.stringify({ digest: 'sha256:d', ref: 'r@sha256:d', size: 1, layers: 1 });
    });
    for (const name of ['lint', 'build']) await stages.find((stage) => stage.name === name)!.run();
    for (const args of calls) {
      expect(args.join(' ')).toContain('--build-arg BASE=registry.example/base@sha256:abc --build-arg X=1');
    }
    expect(calls.map((args) => args[0])).toEqual(['lint', 'build']);
  });
});
