/**
 * Source positions for the parsed YAML: where a path's key or value starts, and where an offset inside a
 * scalar's value sits in the file (block scalars are folded, so that is approximate per line).
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  Scalar,
  type YAMLMap,
} from 'yaml';
import type { SourcePos } from './types.js';

export type YamlPath = readonly (string | number)[];

export class PositionIndex {
  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  at(offset: number): SourcePos {
    const { line, col } = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line, column: col };
  }

  node(path: YamlPath): Node | undefined {
    let node: unknown = this.doc.contents;
    for (const step of path) {
      if (isMap(node)) node = this.pairsOf(node).get(String(step))?.value;
      else if (isSeq(node) && typeof step === 'number') node = node.items[step];
      else return undefined;
    }
    return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
  }

  private pair(path: YamlPath): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = this.node(path.slice(0, -1));
    return isMap(parent) ? this.pairsOf(parent).get(String(path[path.length - 1])) : undefined;
  }

  /**
   * A map's pairs by key, built once per map: yaml's getIn scans a map's items for every lookup, which made
   * placing 20,000 metrics quadratic. The first pair of a key wins, as in getIn.
   */
  private pairsOf(map: YAMLMap): Map<string, Pair> {
    let index = this.pairIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items)
        if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value)))
          index.set(String(p.key.value), p);
      this.pairIndex.set(map, index);
    }
    return index;
  }

  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  /** Position of the key naming `path` (for a list item: the item), else the nearest existing ancestor. */
  key(path: YamlPath): SourcePos {
    for (let n = path.length; n >= 0; n--) {
      const sub = path.slice(0, n);
      const pair = this.pair(sub);
      const key = pair?.key as Node | undefined;
      if (key?.range) return this.at(key.range[0]);
      const parent = this.node(sub.slice(0, -1));
      if (isSeq(parent)) {
        const item = this.node(sub);
        if (item?.range) return this.at(item.range[0]);
      }
      if (n === 0) break;
    }
    return this.start();
  }

  /** Position of the value at `path`; falls back to its key, then the nearest existing ancestor. */
  value(path: YamlPath): SourcePos {
    const node = this.node(path);
    if (node?.range) return this.at(node.range[0]);
    return this.key(path);
  }

  start(): SourcePos {
    const node = this.node([]);
    return node?.range ? this.at(node.range[0]) : { line: 1, column: 1 };
  }

  /** Position of character `offset` of a scalar's value (e.g. the token a PromQL parser stopped at). */
  inScalar(path: YamlPath, offset: number): SourcePos {
    const node = this.node(path);
    if (!isScalar(node) || !node.range) return this.value(path);
    const [start, end] = node.range;
    const lines = this.contentLines(node, start, end);
    let consumed = 0;
    for (const line of lines) {
      if (offset <= consumed + line.length) return this.at(line.offset + (offset - consumed));
      consumed += line.length + 1; // the newline or folding space between lines
    }
    const last = lines[lines.length - 1];
    return last ? this.at(last.offset + last.length) : this.at(start);
  }

  /** Each source line of the scalar as (absolute offset of its content, content length). */
  private contentLines(node: Scalar, start: number, end: number): { offset: number; length: number }[] {
    const src = this.text.slice(start, end);
    const raw = src.split('\n');
    let lineStart = start;
    const out: { offset: number; length: number }[] = [];
    const block = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    const indents = raw
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.length - l.trimStart().length);
    const blockIndent = indents.length ? Math.min(...indents) : 0;
    raw.forEach((line, i) => {
      if (block && i === 0) {
        lineStart += line.length + 1;
        return; // the `>-` / `|` header line
      }
      let skip = block ? Math.min(blockIndent, line.length) : line.length - line.trimStart().length;
      if (i === 0 && quoted) skip = 1;
      if (!(block && line.trim() === '' && i === raw.length - 1))
        out.push({ offset: lineStart + skip, length: line.trimEnd().length - skip });
      lineStart += line.length + 1;
    });
    return out;
  }
}
