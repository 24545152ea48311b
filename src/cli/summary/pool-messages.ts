/** What the summary's reading pool and its workers say to each other. */
import type { FailureData } from './file-reading';
import type { PackedSource } from './source-codec';

/** Read the workbook `file`, the `index`-th of the command line. */
export interface PoolRequest {
  readonly index: number;
  readonly file: string;
}

/** A FileReading as it crosses: the registers packed (source-codec.ts). */
export type WireReading = { readonly ok: true; readonly packed: PackedSource } | { readonly ok: false; readonly failure: FailureData };

export type PoolReply = { readonly kind: 'ready' } | { readonly kind: 'read'; readonly index: number; readonly reading: WireReading };
