/** Guards for reading the raw YAML value, which zod may have rejected in part. */
export type Raw = Record<string, unknown>;

export const isMap = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
