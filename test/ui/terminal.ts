import { EventEmitter } from 'node:events';

/** A terminal of `columns` x `rows` that keeps what Ink writes to it. */
export class Terminal extends EventEmitter {
  readonly frames: string[] = [];
  readonly isTTY = true;
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

export class Keyboard extends EventEmitter {
  readonly isTTY = true;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => null;
}
