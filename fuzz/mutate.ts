/**
 * Input generators for the fuzz targets: valid samples mutated a few times (delete, insert, replace,
 * duplicate; text pieces that matter to parsers: quotes, brackets, separators, newlines, NUL, huge
 * repeats), plain random text, and byte-level mutations for binary formats.
 */
import fc from 'fast-check';

type Edit = { at: number; kind: 'delete' | 'insert' | 'replace' | 'duplicate'; text: string };

const PIECES = [
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '=',
  '@',
  '/',
  '$',
  '${',
  '*',
  '?',
  '&a',
  '*a',
  '!!',
  '#',
  '-',
  '---',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '\0',
  '\u2028',
  '0',
  '-1',
  '1e999',
  'null',
  'true',
  '2147483648',
  'sha256:',
  'FROM ',
  'RUN ',
  '-----BEGIN ',
  '-----END ',
];

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Edit['kind']>('delete', 'insert', 'replace', 'duplicate'),
  text: fc.oneof(
    fc.string({ minLength: 1, maxLength: 4 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
    fc.constantFrom(...PIECES),
    // An occasional long run: the inputs that find quadratic and exponential paths.
    fc
      .tuple(
        fc.constantFrom('a', '*', '[', '{', ' ', '\n', '-----BEGIN PUBLIC KEY-----\n', 'a*'),
        fc.integer({ min: 100, max: 5000 }),
      )
      .map(([piece, times]) => piece.repeat(times)),
  ),
});

function mutate(input: string, edits: readonly Edit[]): string {
  let text = input;
  for (const { at, kind, text: piece } of edits) {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    if (kind === 'delete') text = text.slice(0, i) + text.slice(i + piece.length);
    else if (kind === 'insert') text = text.slice(0, i) + piece + text.slice(i);
    else if (kind === 'replace') text = text.slice(0, i) + piece + text.slice(i + piece.length);
    else text = text.slice(0, i) + text.slice(i, i + 16) + text.slice(i);
  }
  return text;
}

/** Valid samples mutated 1-6 times, or left as they are (the parser must still accept them). */
export function mutated(samples: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(edit, { minLength: 0, maxLength: 6 }))
    .map(([sample, edits]) => mutate(sample, edits));
}

export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

/** Mostly mutated samples, some random text. */
export function textInputs(samples: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: mutated(samples), weight: 4 }, { arbitrary: anyText, weight: 1 });
}

/** Byte-level mutations of binary samples: overwrite bytes or 32/64-bit fields, truncate, extend. */
export function binaryInputs(samples: readonly Buffer[]): fc.Arbitrary<Buffer> {
  const change = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('byte', 'u32', 'u64', 'truncate', 'extend'),
    value: fc.oneof(fc.nat(0xff), fc.constantFrom(0, 0xff, 0x7f, 0x80)),
    wide: fc.oneof(fc.nat(), fc.constantFrom(0, 1, 2 ** 31, 2 ** 32 - 1, 4096, 4097, 128, 127)),
  });
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...samples), fc.array(change, { minLength: 1, maxLength: 6 }))
      .map(([sample, changes]) => {
        let bytes = Buffer.from(sample);
        for (const { at, kind, value, wide } of changes) {
          const i = bytes.length === 0 ? 0 : at % bytes.length;
          if (kind === 'byte' && bytes.length > 0) bytes[i] = value;
          else if (kind === 'u32' && i + 4 <= bytes.length) bytes.writeUInt32LE(wide >>> 0, i);
          else if (kind === 'u64' && i + 8 <= bytes.length) bytes.writeBigUInt64LE(BigInt(wide) * 512n, i);
          else if (kind === 'truncate') bytes = bytes.subarray(0, i);
          else if (kind === 'extend') bytes = Buffer.concat([bytes, Buffer.alloc(value * 8, value)]);
        }
        return bytes;
      }),
    fc.uint8Array({ maxLength: 2048 }).map((array) => Buffer.from(array)),
  );
}
