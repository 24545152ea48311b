/**
 * The mark log as XML, the same text in both hosts' custom XML part (namespace
 * MARK_LOG_NAMESPACE). Pure string code: one `<e>` per painted row with its fills before painting
 * as `<f>` elements, runs of equal fills written once with a count (most rows had no fill at all,
 * so a row usually costs one `<f p="none" n="…"/>`). Read back by a small tolerant reader of this
 * format: a damaged entry is skipped and reported, never fatal.
 */
import { MARK_LOG_NAMESPACE } from '../settings/stored-settings';
import type { Problem } from '../types';
import { MARK_KINDS, type FillState, type MarkKind, type MarkLog, type MarkLogEntry } from './mark-types';
import { encodeAttribute, readAttributes } from './xml-text';

/** Excel's last column (XFD), and a bound on a run count so a damaged log cannot explode. */
const MAX_COL = 16_383;
const MAX_DISTINCT_FILL_TAGS = 10_000;

/** String(-0) is "0": the sign is written so that a tint round-trips exactly. */
function writeNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function readNumber(text: string | undefined): number | undefined {
  return text !== undefined && Number.isFinite(Number(text)) ? Number(text) : undefined;
}

function fillAttributes(fill: FillState): string {
  let out = ` p="${encodeAttribute(fill.pattern)}"`;
  if (fill.color !== undefined) out += ` c="${encodeAttribute(fill.color)}"`;
  if (fill.theme !== undefined) out += ` th="${fill.theme}"`;
  if (fill.tint !== undefined) out += ` ti="${writeNumber(fill.tint)}"`;
  if (fill.patternColor !== undefined) out += ` pc="${encodeAttribute(fill.patternColor)}"`;
  if (fill.patternTint !== undefined) out += ` pti="${writeNumber(fill.patternTint)}"`;
  if (fill.styleIndex !== undefined) out += ` si="${fill.styleIndex}"`;
  if (fill.absent) out += ' a="1"';
  return out;
}

/**
 * Whether two fills write the same attributes: compared field by field, so that a row of fills
 * (a fresh object per cell, as a host snapshots them) costs one attribute text per run, not one
 * per cell. The fields are walked by enumeration, never read by name when absent: hosts build
 * fills by spreading, and V8 looks up a property such an object lacks hundreds of times slower
 * than one it has. Numbers compare as they are written: `th` and `si` through String (0 and -0
 * alike), `ti` and `pti` through writeNumber (0 and -0 apart); NaN equals NaN in both.
 */
function writesAlike(a: FillState, b: FillState): boolean {
  if (a === b) return true;
  const x = a as unknown as Readonly<Record<string, unknown>>;
  const y = b as unknown as Readonly<Record<string, unknown>>;
  let written = 0;
  for (const field in x) {
    const value = x[field];
    if (!isWritten(field, value)) continue;
    written++;
    if (!writeAlike(field, value, y[field])) return false;
  }
  for (const field in y) if (isWritten(field, y[field])) written--;
  return written === 0;
}

/** Whether fillAttributes writes a field holding this value. */
function isWritten(field: string, value: unknown): boolean {
  switch (field) {
    case 'pattern':
    case 'color':
    case 'theme':
    case 'tint':
    case 'patternColor':
    case 'patternTint':
    case 'styleIndex':
      return value !== undefined;
    case 'absent':
      return Boolean(value);
    default:
      return false;
  }
}

/** Whether a field written with one value reads the same written with another (present or not). */
function writeAlike(field: string, a: unknown, b: unknown): boolean {
  switch (field) {
    case 'tint':
    case 'patternTint':
      return Object.is(a, b);
    case 'theme':
    case 'styleIndex':
      return a === b || (Number.isNaN(a) && Number.isNaN(b));
    case 'absent':
      return Boolean(b);
    default:
      return a === b;
  }
}

/** Distinct looks remembered while writing: a register has a handful, a hostile log no bound. */
const REMEMBERED_LOOKS = 16;

/**
 * The attribute text of the looks written lately, found by comparing fields: a host's snapshot
 * makes a fresh object per cell, but row after row has the same few looks, so a fill's text is
 * built once per look rather than once per cell, and no per-object table grows with the log.
 */
class FillTexts {
  private readonly looks: FillState[] = [];
  private readonly texts: string[] = [];
  private next = 0;

  of(fill: FillState): string {
    for (let i = 0; i < this.looks.length; i++) if (writesAlike(fill, this.looks[i])) return this.texts[i];
    const text = fillAttributes(fill);
    this.looks[this.next] = fill;
    this.texts[this.next] = text;
    this.next = (this.next + 1) % REMEMBERED_LOOKS;
    return text;
  }
}

function serializeEntry(e: MarkLogEntry, sheetAttr: string, texts: FillTexts): string {
  const parts = [`\n<e s="${sheetAttr}" k="${e.kind}" r="${e.row}" from="${e.fromCol}" to="${e.toCol}" key="${encodeAttribute(e.key)}">`];
  const before = e.before;
  for (let i = 0; i < before.length; ) {
    let n = 1;
    while (i + n < before.length && writesAlike(before[i + n], before[i])) n++;
    const attrs = texts.of(before[i]);
    parts.push(n > 1 ? `<f${attrs} n="${n}"/>` : `<f${attrs}/>`);
    i += n;
  }
  parts.push('</e>');
  return parts.join('');
}

/**
 * @example serializeMarkLog({ version: 1, entries: [] })
 * // '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<marks xmlns="urn:register-desk:marks:1" version="1"></marks>'
 */
export function serializeMarkLog(log: MarkLog): string {
  return wrapMarkLogBody(serializeMarkLogEntries(log.entries).join(''));
}

/**
 * Each entry's text, with the line break that precedes it: joined and given to
 * {@link wrapMarkLogBody}, they make the log's document.
 * @example wrapMarkLogBody(serializeMarkLogEntries(log.entries).join('')) === serializeMarkLog(log) // true
 */
export function serializeMarkLogEntries(entries: readonly MarkLogEntry[]): string[] {
  return Array.from(markLogEntryTexts(entries));
}

/**
 * The same texts one at a time, for a writer that stores each before taking the next: a
 * 100,000-row mark logs 14,000 entries, 3 MB of UTF-8 and twice that as text.
 */
export function* markLogEntryTexts(entries: readonly MarkLogEntry[]): Generator<string> {
  const sheetAttrs = new Map<string, string>();
  const texts = new FillTexts();
  for (const e of entries) {
    let sheetAttr = sheetAttrs.get(e.sheet);
    if (sheetAttr === undefined) sheetAttrs.set(e.sheet, (sheetAttr = encodeAttribute(e.sheet)));
    yield serializeEntry(e, sheetAttr, texts);
  }
}

/** What a log document holds before its entries, and after them when it has any. */
export const MARK_LOG_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<marks xmlns="${MARK_LOG_NAMESPACE}" version="1">`;
export const MARK_LOG_TAIL = '\n</marks>';

/**
 * The whole document around entries' text (the XML declaration and the `<marks>` root).
 * @example wrapMarkLogBody('') // '<?xml …?>\n<marks xmlns="urn:register-desk:marks:1" version="1"></marks>'
 */
export function wrapMarkLogBody(body: string): string {
  return body ? `${MARK_LOG_HEAD}${body}${MARK_LOG_TAIL}` : `${MARK_LOG_HEAD}</marks>`;
}

function readInt(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^-?\d{1,10}$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function readFill(attrs: Record<string, string>): FillState | null {
  if (!attrs.p) return null;
  const theme = readInt(attrs.th, 0, 1000);
  const tint = readNumber(attrs.ti);
  const patternTint = readNumber(attrs.pti);
  const styleIndex = readInt(attrs.si, 0, 10_000_000);
  // Logs written before pattern colours were kept have no pc/pti: those stay undefined.
  return {
    pattern: attrs.p,
    ...(attrs.c !== undefined ? { color: attrs.c } : {}),
    ...(theme !== null ? { theme } : {}),
    ...(tint !== undefined ? { tint } : {}),
    ...(attrs.pc !== undefined ? { patternColor: attrs.pc } : {}),
    ...(patternTint !== undefined ? { patternTint } : {}),
    ...(styleIndex !== null ? { styleIndex } : {}),
    ...(attrs.a === '1' ? { absent: true } : {}),
  };
}

function readEntry(attrs: Record<string, string>, before: FillState[]): MarkLogEntry | null {
  const kind = MARK_KINDS.find((k): k is MarkKind => k === attrs.k);
  const row = readInt(attrs.r, 1, 1_048_576);
  const fromCol = readInt(attrs.from, 0, MAX_COL);
  const toCol = readInt(attrs.to, 0, MAX_COL);
  if (!attrs.s || !kind || row === null || fromCol === null || toCol === null || toCol < fromCol || attrs.key === undefined) return null;
  if (before.length !== toCol - fromCol + 1) return null;
  return { sheet: attrs.s, kind, row, fromCol, toCol, key: attrs.key, before };
}

function logProblem(code: string, zh: string, en: string): Problem {
  return {
    code,
    severity: 'warning',
    message: { zh, en },
    fix: { zh: '可在表格中手动恢复这些单元格的底色', en: 'Restore those cells’ fills by hand if needed.' },
  };
}

/**
 * Reads a mark log back. A damaged entry is skipped and reported; a text that is not a mark log
 * gives an empty log and a problem.
 * @example parseMarkLog(serializeMarkLog(log)).log // deep-equals log
 */
export function parseMarkLog(xml: string): { log: MarkLog; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: MarkLogEntry[] = [];
  let root: Record<string, string> | null = null;
  let open: { attrs: Record<string, string>; before: FillState[]; broken: boolean } | null = null;
  let index = 0;
  const finish = (): void => {
    if (!open) return;
    index++;
    const entry = open.broken ? null : readEntry(open.attrs, open.before);
    if (entry) entries.push(entry);
    else problems.push(logProblem('marks.log.badEntry', `标记记录第${index}条已损坏，已跳过；该行原有底色无法自动恢复`, `Mark log entry ${index} is damaged and was skipped; that row's previous fills cannot be restored automatically.`));
    open = null;
  };
  // Most rows had the same fills before painting: each distinct <f> tag is read once.
  const fillTags = new Map<string, { fill: FillState | null; n: number | null }>();
  const readFillTag = (rest: string): { fill: FillState | null; n: number | null } => {
    let known = fillTags.get(rest);
    if (!known) {
      const attrs = readAttributes(rest);
      known = { fill: readFill(attrs), n: attrs.n === undefined ? 1 : readInt(attrs.n, 1, MAX_COL + 1) };
      if (fillTags.size < MAX_DISTINCT_FILL_TAGS) fillTags.set(rest, known);
    }
    return known;
  };
  const tags = /<(\/?)([A-Za-z_][\w.:-]*)([^<>]*)>/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const [, closing, name, rest] = m;
    const selfClosing = rest.endsWith('/');
    if (name === 'marks' && !closing) root = readAttributes(rest);
    else if (name === 'e' && closing) finish();
    else if (name === 'e') {
      finish();
      open = { attrs: readAttributes(rest), before: [], broken: false };
      if (selfClosing) finish();
    } else if (name === 'f' && open) {
      const { fill, n } = readFillTag(rest);
      if (!fill || n === null || open.before.length + n > MAX_COL + 1) open.broken = true;
      else for (let i = 0; i < n; i++) open.before.push(fill);
    }
  }
  finish();
  if (!root || root.xmlns !== MARK_LOG_NAMESPACE || root.version !== '1') {
    const zh = root ? '标记记录的格式版本无法识别，未读取' : '找不到标记记录，未读取';
    return { log: { version: 1, entries: [] }, problems: [logProblem('marks.log.unreadable', zh, 'The mark log could not be read.')] };
  }
  return { log: { version: 1, entries }, problems };
}
