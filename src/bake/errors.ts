/** A bake that cannot start as asked (unknown stage, watch longer than a runner job): a usage error, exit 64. */
export class BakeUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BakeUsageError';
  }
}
