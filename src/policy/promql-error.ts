/** A problem found in a PromQL query, placed by its offset in the text that was parsed. */
export interface PromqlSyntaxError {
  /** Offset in the text that was parsed. */
  offset: number;
  message: string;
  fix: string;
  /** `type`: the query parses but its value types do not fit (promql-types.ts). Default: a syntax error. */
  kind?: 'syntax' | 'type';
}
