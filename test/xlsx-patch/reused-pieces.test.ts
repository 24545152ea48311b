/**
 * The pull contract (PullBytes): a piece is its reader's only until the next pull from the same
 * source, and the command line's inflater does write every piece of an entry into the same
 * megabyte. A deflater may read what it is pushed until it releases it, as Node's does on the
 * thread pool. Here every reader runs over a codec that breaks any reader who keeps a piece — each
 * pull first overwrites the last piece with '<' — in odd piece sizes, with a deflater that reads
 * its pieces only when drained or finished. Every result must equal the plain codec's, byte for byte.
 */
import * as zlib from 'node:zlib';
import { inflateSync, unzipSync, zipSync } from 'fflate';
import { highlightOverdueStreamed } from '../../src/app/highlight-streamed';
import { nativeInflater } from '../../src/cli/native-inflate';
import { DeflateSink } from '../../src/hosts/xlsx/patch/stream-patch';
import { verifyPatched } from '../../src/hosts/xlsx/patch/verify-patched';
import { FFLATE_CODEC, type RawDeflater, type ZipCodec } from '../../src/hosts/xlsx/zip/codec';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import { listOpeningWorkbooks, readFixture } from '../reliability/support/fixture-files';
import { spoiledPieces } from './spoiled-pieces';

const AS_OF = { year: 2026, month: 11, day: 20 };
const guid = (): string => '6F9619FF-8B86-D011-B42D-00C04FC964FF';
const LT = 0x3c;

/** A deflater that reads each piece only when drained or finished, then releases it. */
function lateDeflater(): RawDeflater {
  const inner = FFLATE_CODEC.deflater();
  const queue: { piece: Uint8Array; release?: () => void }[] = [];
  let pending = 0;
  const runOne = (): void => {
    const job = queue.shift();
    if (!job) return;
    inner.push(job.piece);
    pending -= job.piece.length;
    job.release?.();
  };
  return {
    push(piece, release) {
      queue.push({ piece, release });
      pending += piece.length;
    },
    get pending() {
      return pending;
    },
    drain: async () => runOne(),
    async finish() {
      while (queue.length > 0) runOne();
      return inner.finish();
    },
  };
}

function reusingCodec(sizes: readonly number[]): ZipCodec {
  // Each entry inflated whole, then handed out again in pieces that the next pull spoils.
  return { ...FFLATE_CODEC, inflatePieces: (data) => spoiledPieces(inflateSync(data), sizes), deflater: lateDeflater };
}

const CUTS: ReadonlyArray<readonly number[]> = [[4096], [1, 3, 64, 997, 4096, 13]];

interface Outcome {
  readonly report?: object;
  readonly clears?: object;
  readonly marked?: Uint8Array;
  readonly cleared?: Uint8Array;
  /** What a refused mark or clear threw (a protected sheet, say): the same with either codec. */
  readonly refused?: readonly string[];
}

async function markThenClear(bytes: Uint8Array, codec: ZipCodec): Promise<Outcome> {
  try {
    const host = XlsxEditingHost.open(bytes, { codec, newGuid: guid });
    const report = await highlightOverdueStreamed(host, { asOf: AS_OF });
    const marked = host.save();
    const again = XlsxEditingHost.open(marked, { codec, newGuid: guid });
    const clears = await again.clearMarks();
    return { report, marked, cleared: again.save(), clears };
  } catch (e) {
    return { refused: e instanceof Error ? [e.name, e.message] : [String(e)] };
  }
}

const same = (a?: Uint8Array, b?: Uint8Array): boolean => (a && b ? Buffer.from(a).equals(Buffer.from(b)) : a === b);

describe('readers of pieces that the next pull overwrites', () => {
  const workbooks = listOpeningWorkbooks();

  it.each(CUTS)('mark and clear every fixture workbook as with fresh pieces (cut in %p…)', async (...sizes) => {
    const codec = reusingCodec(sizes);
    let marked = 0;
    for (const name of workbooks) {
      const bytes = readFixture(name);
      const plain = await markThenClear(bytes, FFLATE_CODEC);
      const reused = await markThenClear(bytes, codec);
      expect([name, reused.report, reused.clears, reused.refused]).toEqual([name, plain.report, plain.clears, plain.refused]);
      expect([name, same(reused.marked, plain.marked), same(reused.cleared, plain.cleared)]).toEqual([name, true, true]);
      if (!plain.marked || same(plain.marked, bytes)) continue;
      marked++;
      expect([name, verifyPatched(bytes, plain.marked, codec)]).toEqual([name, verifyPatched(bytes, plain.marked)]);
    }
    // The check means something only if most workbooks were changed by the mark.
    expect(marked).toBeGreaterThan(workbooks.length / 2);
  });

  it('still refuses a copy whose values changed', async () => {
    const name = workbooks.find((w) => w.includes('incoming-title-row'))!;
    const bytes = readFixture(name);
    const { marked } = await markThenClear(bytes, FFLATE_CODEC);
    const entries = Object.entries(unzipSync(marked!));
    const [sheetName, sheet] = entries.find(([n]) => n.startsWith('xl/worksheets/sheet'))!;
    const text = Buffer.from(sheet).toString('utf8');
    const changed = text.replace(/<v>(\d+)<\/v>/, (_m, v: string) => `<v>${Number(v) + 1}</v>`);
    expect(changed).not.toBe(text);
    const damaged = zipSync({ ...Object.fromEntries(entries), [sheetName]: new Uint8Array(Buffer.from(changed)) });
    expect(verifyPatched(bytes, damaged, reusingCodec([1, 3, 64, 997])).ok).toBe(false);
  });
});

describe('DeflateSink with a deflater that reads late', () => {
  it('fills a batch again only once the deflater released it, and copies what it is given', async () => {
    const codec = reusingCodec([4096]);
    const sink = new DeflateSink(codec);
    // Rows of several megabytes (several batches), written as views of one buffer the caller
    // spoils after each write, as a patch hands on the pieces of its inflater.
    const text = Array.from({ length: 60_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>第${r + 1}件 关于做好森林防火工作的通知</t></is></c></row>`).join('');
    const whole = new TextEncoder().encode(text);
    const buffer = new Uint8Array(700_000);
    for (let at = 0, i = 0; at < whole.length; i++) {
      const n = Math.min([3, 700_000, 10_000, 1][i % 4], whole.length - at);
      buffer.set(whole.subarray(at, at + n));
      await sink.writeBytes(buffer.subarray(0, n));
      buffer.fill(LT, 0, n);
      at += n;
    }
    const { data, crc, size } = await sink.finish();
    expect(whole.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(size).toBe(whole.length);
    expect(crc).toBe(FFLATE_CODEC.crc32(whole));
    expect(Buffer.from(zlib.inflateRawSync(data)).equals(Buffer.from(whole))).toBe(true);
  });
});

describe("the command line's inflater", () => {
  it('writes every piece of an entry into the same memory', () => {
    const inflate = nativeInflater();
    expect(inflate).not.toBeNull();
    const text = Buffer.from('<row r="1"><c><v>1</v></c></row>'.repeat(200_000));
    const next = inflate!(zlib.deflateRawSync(text));
    const first = next()!;
    const second = next()!;
    expect(second.buffer).toBe(first.buffer);
    expect(second.byteOffset).toBe(first.byteOffset);
  });
});
