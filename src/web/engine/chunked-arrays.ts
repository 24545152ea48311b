/**
 * Large results cross the worker boundary in pieces. A browser reads a message in one task on the
 * page's thread, and reading back a 100,000-row register's assessment as one message blocks the
 * page for seconds. So the engine cuts every long array of a result into chunks sent as messages
 * of their own, each read in its own short task, and the result itself carries only references;
 * the page puts the arrays back together when the result arrives.
 *
 * Only plain objects and arrays are walked; an object met twice stays one object. The elements of
 * a long array are sent as they are (an array inside one is not cut again).
 */

/** Elements per chunk: a few tens of milliseconds of reading on the page's thread. */
export const CHUNK_ITEMS = 2000;

const REF_KEY = '$registerDeskChunk';

/** Where a long array was cut out: the chunks sent before the result carry its elements. */
export interface ChunkRef {
  readonly [REF_KEY]: number;
  readonly length: number;
}

export interface Chunk {
  readonly ref: number;
  readonly items: readonly unknown[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // By shape, not by identity with this realm's Object.prototype: a message may come from another.
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}

function isChunkRef(value: unknown): value is ChunkRef {
  return isPlainObject(value) && typeof value[REF_KEY] === 'number' && typeof value['length'] === 'number';
}

/**
 * @example const { value, chunks } = splitLongArrays(result); chunks.forEach(post); post(value);
 */
export function splitLongArrays(value: unknown, chunkItems = CHUNK_ITEMS): { value: unknown; chunks: Chunk[] } {
  const chunks: Chunk[] = [];
  const seen = new Map<object, unknown>();
  let nextRef = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const done = seen.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      if (v.length > chunkItems) {
        const ref: ChunkRef = { [REF_KEY]: nextRef++, length: v.length };
        for (let i = 0; i < v.length; i += chunkItems) chunks.push({ ref: ref[REF_KEY], items: v.slice(i, i + chunkItems) });
        seen.set(v, ref);
        return ref;
      }
      const copy: unknown[] = [];
      seen.set(v, copy);
      for (const item of v) copy.push(walk(item));
      return copy;
    }
    if (!isPlainObject(v)) return v;
    const copy: Record<string, unknown> = {};
    seen.set(v, copy);
    for (const [key, item] of Object.entries(v)) copy[key] = walk(item);
    return copy;
  };
  return { value: walk(value), chunks };
}

/**
 * Puts the long arrays back into a result received (in place: the result is the receiver's own).
 * @example const value = joinLongArrays(message.value, chunksReceived);
 */
export function joinLongArrays(value: unknown, chunks: readonly Chunk[]): unknown {
  if (chunks.length === 0) return value;
  const byRef = new Map<number, unknown[][]>();
  for (const chunk of chunks) {
    const list = byRef.get(chunk.ref) ?? [];
    list.push(chunk.items as unknown[]);
    byRef.set(chunk.ref, list);
  }
  const rebuilt = new Map<number, unknown[]>();
  const join = (ref: ChunkRef): unknown[] => {
    const id = ref[REF_KEY];
    const existing = rebuilt.get(id);
    if (existing) return existing;
    const whole = ([] as unknown[]).concat(...(byRef.get(id) ?? []));
    rebuilt.set(id, whole);
    return whole;
  };
  const seen = new Set<object>();
  const walk = (v: unknown): unknown => {
    if (isChunkRef(v)) return join(v);
    if (typeof v !== 'object' || v === null || seen.has(v)) return v;
    seen.add(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
    else if (isPlainObject(v)) for (const key of Object.keys(v)) v[key] = walk(v[key]);
    return v;
  };
  return walk(value);
}
