// Parses Mermaid blocks with the mermaid package's own parser. Reads a JSON array of diagram texts on
// stdin and prints a JSON array of results ({ok: true, type} | {ok: false, error}). Run as a child
// process: mermaid is a browser library and wants a DOM (jsdom gives it one) and a plain ESM loader.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const key of ['DOMParser', 'Element', 'HTMLElement', 'Node', 'navigator']) {
  if (!(key in globalThis))
    Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true });
}

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const result = await mermaid.parse(text);
    results.push({ ok: true, type: result.diagramType });
  } catch (error) {
    results.push({
      ok: false,
      error: String(error?.message ?? error)
        .split('\n')
        .slice(0, 4)
        .join(' '),
    });
  }
}
process.stdout.write(JSON.stringify(results));
