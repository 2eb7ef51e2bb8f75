// Counts are numbers in the app (at most 9e15, exact below 2^53) and BIGINT in PostgreSQL: convert here.
export const toDbCount = (value: number): bigint => BigInt(value);
export const toDbOptionalCount = (value: number | null | undefined): bigint | null =>
  value == null ? null : BigInt(value);
export const fromDbCount = (value: bigint): number => Number(value);
export const fromDbOptionalCount = (value: bigint | null): number | null => (value === null ? null : Number(value));
