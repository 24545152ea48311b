/**
 * A hand-written streaming XML tokenizer for the large parts (worksheets, the shared-string
 * table): it finds tags with `indexOf`, hands attributes over as positions (see StartTag), and
 * cuts text out only when the visitor wants it. It is as strict as the reader over saxes where
 * it matters for safety — a DOCTYPE is refused, no entity but the five predefined ones and
 * character references is ever expanded, tags must nest, one root only — and bounded: a token
 * longer than MAX_TOKEN characters is damage, not a reason to buffer more.
 */
import { NamespaceScopes, type ResolvedName } from './namespace-scopes';
import { StartTag } from './start-tag';
import { decodeText, foldLineEnds, isXmlSpace } from './xml-chars';
import { endsName, isNameStart, readMarkup } from './xml-markup';
import { XmlError } from './xml-reader';

export interface TokenVisitor {
  /** An element opened; `tag` is valid during the call only. Returning false stops the parse. */
  open(ns: string, local: string, tag: StartTag, tokenizer: XmlTokenizer): void | boolean;
  /** An element closed (self-closing elements close right after they open). */
  close(ns: string, local: string): void | boolean;
  /** Decoded character data; called only while `wantsText()` is true. */
  text(text: string): void;
  /** Whether text met now is wanted: other text is passed over without being cut out. */
  wantsText(): boolean;
}

/** Characters one token (a tag, a text run, a comment) may take before it counts as damage. */
export const MAX_TOKEN = 16 * 1024 * 1024;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const SPACE = 32;

/** One-letter element names (`c`, `v`, `f`, `t`) as shared strings: no slice per element. */
const ONE_LETTER: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

const damaged = (why: string): XmlError => new XmlError('damaged', why);

export class XmlTokenizer {
  private text = '';
  private pos = 0;
  private readonly names: string[] = [];
  private readonly resolved: ResolvedName[] = [];
  private level = 0;
  private readonly scopes = new NamespaceScopes();
  private readonly tag = new StartTag();
  private rootSeen = false;
  private done = false;
  /** While ≥ 1: everything up to the end tag of the element at this depth is passed over. */
  private skipDepth = 0;
  /** During `open`: where the element's content starts (-1 for a self-closing element). */
  private contentAt = -1;
  /** Set during `open` when the visitor read the element's content itself: where that content ends. */
  private consumedTo = -1;
  /** Text written but not yet parsed (see write). */
  private waiting: string[] = [];
  private waitingLength = 0;

  constructor(private readonly visitor: TokenVisitor) {}

  /** Depth of the element last opened and not closed (1 inside the root). */
  get depth(): number {
    return this.level;
  }

  /** True once the visitor stopped the parse. */
  get stopped(): boolean {
    return this.done;
  }

  /**
   * Passes over everything up to the end tag of the open element at `depth` (whose close is
   * then reported as usual), unparsed: a reader that has the rows it wants goes on to what
   * follows `sheetData`. Takes effect when the current callback returns.
   */
  skipTo(depth: number): void {
    if (depth >= 1 && depth <= this.level) this.skipDepth = depth;
  }

  /** The text being tokenized: during `open`, the element's content lies in it from {@link contentStart}. */
  get source(): string {
    return this.text;
  }

  /** During `open`: where the element's content starts in {@link source}, -1 for a self-closing element. */
  get contentStart(): number {
    return this.contentAt;
  }

  /**
   * During `open`: whether the element's own end tag `</name>` starts at `at` in {@link source},
   * for a visitor that reads the content itself up to the first end tag there. That end tag is
   * the element's own only if nothing before it hides one (a comment, CDATA): such a visitor
   * must refuse those.
   */
  endTagAt(at: number): boolean {
    if (this.contentAt < 0 || at < this.contentAt) return false;
    const qname = this.names[this.level - 1];
    const text = this.text;
    const gt = at + 2 + qname.length;
    return gt < text.length && text.charCodeAt(gt) === GT && text.charCodeAt(at) === LT && text.charCodeAt(at + 1) === SLASH && text.startsWith(qname, at + 2);
  }

  /**
   * During `open`: the visitor has read the element's content up to `end`, where {@link
   * endTagAt} found its end tag; the tokenizer goes on after the end tag and reports the close
   * as usual.
   */
  consumeTo(end: number): void {
    if (this.contentAt >= 0 && end >= this.contentAt) this.consumedTo = end;
  }

  /** The namespace an element name would have at the current position. */
  namespaceOf(qname: string): string {
    return this.scopes.resolve(qname).ns;
  }

  /** Feeds text; returns false once the parse has stopped (feed nothing more). */
  write(chunk: string): boolean {
    if (this.done) return false;
    const held = this.text.length - this.pos;
    this.waiting.push(chunk);
    this.waitingLength += chunk.length;
    // A long token still open (a big text run) waits until as much new text as it holds has
    // come: joining it to every small chunk would copy it again and again.
    if (this.waitingLength < held && held + this.waitingLength <= MAX_TOKEN) return true;
    this.take();
    this.run(false);
    if (!this.done && this.text.length - this.pos > MAX_TOKEN) throw damaged(`a token longer than ${MAX_TOKEN} characters`);
    return !this.done;
  }

  /**
   * The held tail and the text waiting, as one flat string. Joined, not added: `+` makes a cons
   * string, which every charCodeAt of the scan then looks through (a third slower).
   */
  private take(): void {
    const pieces = this.waiting;
    if (this.pos < this.text.length) pieces.unshift(this.text.slice(this.pos));
    this.text = pieces.length === 1 ? pieces[0] : pieces.join('');
    this.pos = 0;
    this.waiting = [];
    this.waitingLength = 0;
  }

  /** Ends the document: an unfinished token or an unclosed element is damage. */
  close(): void {
    if (this.done) return;
    if (this.waiting.length > 0) this.take();
    this.run(true);
    if (this.done || this.skipDepth > 0) return;
    if (this.pos < this.text.length) throw damaged('the document ends inside a tag');
    if (this.level > 0) throw damaged(`unclosed element <${this.names[this.level - 1]}>`);
    if (!this.rootSeen) throw damaged('no root element');
  }

  private run(final: boolean): void {
    const text = this.text;
    const end = text.length;
    let pos = this.pos;
    while (pos < end && !this.done) {
      if (this.skipDepth > 0) {
        const found = this.skip(pos);
        if (found < 0) {
          // Keep only what could be the start of an end tag split between chunks.
          pos = Math.max(pos, end - this.names[this.skipDepth - 1].length - 3);
          break;
        }
        pos = found;
        continue;
      }
      let lt = pos;
      if (text.charCodeAt(pos) !== LT) {
        lt = text.indexOf('<', pos);
        if (lt < 0) {
          // The text may go on in the next chunk; at the very end it can only be white space.
          if (final) this.onText(pos, end);
          if (final) pos = end;
          break;
        }
        this.onText(pos, lt);
      }
      if (lt + 1 >= end) {
        pos = lt;
        break;
      }
      const c = text.charCodeAt(lt + 1);
      const next = c === SLASH ? this.endTag(lt) : c === BANG || c === QUESTION ? this.markup(lt) : this.startTag(lt);
      if (next < 0) {
        pos = lt;
        break;
      }
      pos = next;
    }
    this.pos = pos;
  }

  private onText(from: number, to: number): void {
    if (this.level === 0) {
      if (!isXmlSpace(this.text, from, to)) throw damaged('text outside the root element');
    } else if (this.visitor.wantsText()) {
      this.visitor.text(decodeText(this.text.slice(from, to)));
    }
  }

  private markup(lt: number): number {
    const { end, cdata } = readMarkup(this.text, lt);
    if (cdata !== null) {
      if (this.level === 0) throw damaged('CDATA outside the root element');
      if (this.visitor.wantsText()) this.visitor.text(foldLineEnds(cdata));
    }
    return end;
  }

  private endTag(lt: number): number {
    const text = this.text;
    if (this.level === 0) throw damaged('an end tag with no element open');
    const qname = this.names[this.level - 1];
    const nameEnd = lt + 2 + qname.length;
    if (nameEnd < text.length && text.charCodeAt(nameEnd) === GT && text.startsWith(qname, lt + 2)) {
      this.closeElement();
      return nameEnd + 1;
    }
    const gt = text.indexOf('>', lt + 2);
    if (gt < 0) return -1;
    if (!text.startsWith(qname, lt + 2) || nameEnd > gt || !isXmlSpace(text, nameEnd, gt)) {
      throw damaged(`unexpected end tag ${text.slice(lt, Math.min(gt + 1, lt + 40))} while <${qname}> is open`);
    }
    this.closeElement();
    return gt + 1;
  }

  private closeElement(): void {
    this.level--;
    const name = this.resolved[this.level];
    const result = this.visitor.close(name.ns, name.local);
    this.scopes.leave(this.level + 1);
    if (result === false) this.done = true;
  }

  private startTag(lt: number): number {
    const text = this.text;
    const end = text.length;
    // Every read below stays inside the text: reading past its end would deoptimize the loop.
    if (lt + 2 >= end) return -1;
    const first = text.charCodeAt(lt + 1);
    if (!isNameStart(first)) throw damaged('a "<" that starts no tag');
    let i = lt + 2;
    while (i < end && !endsName(text.charCodeAt(i))) i++;
    if (i >= end) return -1;
    const qname = i === lt + 2 && first < 128 ? ONE_LETTER[first] : text.slice(lt + 1, i);
    const tag = this.tag;
    tag.reset(text, qname);
    let declarations: Array<[string, string]> | null = null;
    let selfClosing = false;
    for (;;) {
      while (i < end && text.charCodeAt(i) <= SPACE) i++;
      if (i >= end) return -1;
      let c = text.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= end) return -1;
        if (text.charCodeAt(i + 1) !== GT) throw damaged(`a "/" inside the tag <${qname}>`);
        selfClosing = true;
        i += 2;
        break;
      }
      const nameStart = i;
      while (i < end && !endsName(text.charCodeAt(i))) i++;
      const nameEnd = i;
      while (i < end && text.charCodeAt(i) <= SPACE) i++;
      if (i >= end) return -1;
      if (text.charCodeAt(i) !== EQUALS || nameEnd === nameStart) throw damaged(`an attribute without a value in <${qname}>`);
      i++;
      while (i < end && text.charCodeAt(i) <= SPACE) i++;
      if (i >= end) return -1;
      c = text.charCodeAt(i);
      if (c !== DQUOTE && c !== SQUOTE) throw damaged(`an attribute value without quotes in <${qname}>`);
      // Values are short (`r="AB12"`): a loop beats a call to indexOf.
      let close = i + 1;
      while (close < end && text.charCodeAt(close) !== c) close++;
      if (close >= end) return -1;
      tag.add(nameStart, nameEnd, i + 1, close);
      if (text.charCodeAt(nameStart) === 120 /* x */ && text.startsWith('xmlns', nameStart) && (nameEnd - nameStart === 5 || text.charCodeAt(nameStart + 5) === 58)) {
        (declarations ??= []).push([nameEnd - nameStart === 5 ? '' : text.slice(nameStart + 6, nameEnd), tag.valueAt(tag.size - 1)]);
      }
      i = close + 1;
      if (i >= end) return -1;
      c = text.charCodeAt(i);
      if (c > SPACE && c !== GT && c !== SLASH) throw damaged(`attributes run together in <${qname}>`);
    }
    return this.openElement(qname, declarations, selfClosing, i);
  }

  private openElement(qname: string, declarations: Array<[string, string]> | null, selfClosing: boolean, after: number): number {
    if (this.level === 0 && this.rootSeen) throw damaged('a second root element');
    this.rootSeen = true;
    this.names[this.level] = qname;
    this.level++;
    if (declarations) this.scopes.enter(this.level, declarations);
    const name = this.scopes.resolve(qname);
    this.resolved[this.level - 1] = name;
    this.contentAt = selfClosing ? -1 : after;
    const result = this.visitor.open(name.ns, name.local, this.tag, this);
    this.contentAt = -1;
    if (result === false) {
      this.done = true;
      return after;
    }
    if (this.consumedTo >= 0) {
      const next = this.consumedTo + qname.length + 3;
      this.consumedTo = -1;
      if (this.skipDepth >= this.level) this.skipDepth = 0;
      if (this.skipDepth === 0) this.closeElement();
      return next;
    }
    if (selfClosing) {
      if (this.skipDepth >= this.level) this.skipDepth = 0;
      if (this.skipDepth === 0) this.closeElement();
    }
    return after;
  }

  /** Finds the end tag skipping stops at: where parsing resumes, or -1 to wait for more text. */
  private skip(pos: number): number {
    const text = this.text;
    const needle = `</${this.names[this.skipDepth - 1]}`;
    let at = text.indexOf(needle, pos);
    while (at >= 0) {
      if (at + needle.length >= text.length) return -1;
      const c = text.charCodeAt(at + needle.length);
      if (c === GT || c <= SPACE) {
        this.scopes.leave(this.skipDepth + 1);
        this.level = this.skipDepth;
        this.skipDepth = 0;
        return at;
      }
      at = text.indexOf(needle, at + 1);
    }
    return -1;
  }
}
