/**
 * Duplicate keys in a map, found in one pass with a Set per map. yaml's own `uniqueKeys` check compares
 * each new key with every earlier one, which made a policy of 20,000 metrics take seconds to load.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Each key node that repeats an earlier key of the same map, in document order. */
export function duplicateKeys(doc: Document): Node[] {
  const found: Node[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    if (!isMap(node)) continue;
    const seen = new Set<string>();
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      // `<<` (a merge key, a symbol with `merge: true`) may repeat.
      if ((item.key.source ?? String(item.key.value)) === '<<') continue;
      const key = String(item.key.value);
      if (seen.has(key)) found.push(item.key);
      seen.add(key);
    }
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i];
      if (isPair(item)) stack.push(item.value);
    }
  }
  return found.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}
