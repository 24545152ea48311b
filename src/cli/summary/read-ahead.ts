/**
 * The bytes of the workbook a thread reads next, read from disk while it parses the one before:
 * 100 small workbooks read one after another left the thread waiting on the disk 100 times.
 * A failed read is reported when its file's turn comes, as the clerk's sentence it always was.
 */
import { readInput } from '../io';

export class ReadAhead {
  private readonly started = new Map<number, Promise<Uint8Array>>();

  constructor(private readonly files: readonly string[]) {}

  /** Starts reading file `index` unless it has been started already. */
  start(index: number | undefined): void {
    if (index === undefined || index < 0 || index >= this.files.length || this.started.has(index)) return;
    const bytes = readInput(this.files[index]);
    // Heard when the file is taken; until then a failure must not count as unhandled.
    bytes.catch(() => undefined);
    this.started.set(index, bytes);
  }

  /** File `index`'s bytes, started now unless they were; the read-ahead lets go of them. */
  take(index: number): Promise<Uint8Array> {
    const bytes = this.started.get(index) ?? readInput(this.files[index]);
    this.started.delete(index);
    return bytes;
  }

  /** Lets go of reads started for files another thread took. */
  clear(): void {
    this.started.clear();
  }
}
