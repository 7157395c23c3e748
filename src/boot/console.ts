/**
 * The serial console as text to match: bytes → UTF-8 (characters kept whole across chunks) → terminal
 * control sequences removed (colours, cursor moves, OVMF's screen clears, backspaces) → lines. A line
 * that has not ended yet is visible too, because prompts ("login: ") end without a newline.
 */
import { StringDecoder } from 'node:string_decoder';

/** Complete escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), charset and 2-byte forms. */
const ESCAPE =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+][ -~]|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]/g;
/** An escape sequence cut off at the end of a chunk: held back until the rest arrives. */
// eslint-disable-next-line no-control-regex
const PARTIAL_ESCAPE = /(?:\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*\x1b?|[()*+]|[ -/]*)?|\x9b[0-?]*[ -/]*)$/;
/** Control characters other than tab and newline (CR, BS, BEL, NUL ...) carry nothing to match. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;

/** Removes terminal control sequences from complete text. */
export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '').replace(CONTROL, '');
}

/** Streaming version of stripAnsi: escape sequences may be split across chunks. */
export class AnsiStripper {
  private pending = '';

  push(text: string): string {
    const data = this.pending + text;
    const cut = PARTIAL_ESCAPE.exec(data);
    // A lone ESC at the very end is most likely the start of a sequence; keep it (bounded, see below).
    const keep = cut && cut[0].length > 0 && cut[0].length < 256 ? cut[0].length : 0;
    this.pending = data.slice(data.length - keep);
    return stripAnsi(data.slice(0, data.length - keep));
  }

  flush(): string {
    const rest = stripAnsi(this.pending.split('\x1b').join(''));
    this.pending = '';
    return rest;
  }
}

export interface ConsoleEvents {
  /** A finished line, without control sequences. */
  onLine(line: string): void;
  /** The line being written changed (it has no newline yet). */
  onPartial(text: string): void;
}

/** Bytes in, stripped lines out. */
export class ConsoleText {
  private readonly decoder = new StringDecoder('utf8');
  private readonly stripper = new AnsiStripper();
  private current = '';

  constructor(private readonly events: ConsoleEvents) {}

  push(chunk: Buffer): void {
    this.feed(this.stripper.push(this.decoder.write(chunk)));
  }

  /** Ends the stream: a last unfinished line counts as a line. */
  end(): void {
    this.feed(this.stripper.push(this.decoder.end()) + this.stripper.flush());
    if (this.current.length > 0) {
      const line = this.current;
      this.current = '';
      this.events.onLine(line);
    }
  }

  /** The unfinished line, if any. */
  get partial(): string {
    return this.current;
  }

  private feed(text: string): void {
    if (text.length === 0) return;
    const parts = text.split('\n');
    const last = parts.pop()!;
    for (const part of parts) {
      const line = this.current + part;
      this.current = '';
      this.events.onLine(line);
    }
    this.current += last;
    if (last.length > 0) this.events.onPartial(this.current);
  }
}
