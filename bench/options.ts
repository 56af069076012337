// The benchmarks' command-line options are read with node:util's parseArgs (strict: an
// unknown option or a missing value is an error); these turn its strings into numbers.

/** The number given as `--name`, or `fallback` when the option is absent; an error when it is not a number. */
export function numberOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) throw new Error(`--${name} must be a number, not "${value}"`);
  return n;
}

/** As numberOption, for a count: a whole number ≥ 1. */
export function countOption(name: string, value: string | undefined, fallback: number): number {
  const n = numberOption(name, value, fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${value}"`);
  return n;
}
