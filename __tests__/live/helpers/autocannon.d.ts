// The part of autocannon 8's programmatic API the live tests use (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Options {
    url: string;
    overallRate?: number;
    connections?: number;
    duration?: number;
    timeout?: number;
  }
  interface Instance extends EventEmitter {
    stop(): void;
  }
  function autocannon(options: Options): Instance;
  export default autocannon;
}
