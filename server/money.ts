/**
 * Exact yuan arithmetic on decimal strings (numeric(18,2)), in integer fen (cents) as BigInt.
 * Never JavaScript floats: 0.1 + 0.2 must stay 0.30.
 */
export function toFen(yuan: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) throw new Error(`not a yuan amount: ${yuan}`);
  const fen = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -fen : fen;
}

export function fromFen(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** 万元 with two decimals, as reports state amounts: 14807.00. Rounds half up. */
export function toWan(yuan: string): string {
  const fen = toFen(yuan);
  const sign = fen < 0n ? -1n : 1n;
  const abs = fen * sign;
  // 1 万元 = 1,000,000 fen; keep two decimals of 万元 = 10,000 fen per unit, rounding half up.
  const hundredthsOfWan = (abs + 5_000n) / 10_000n;
  return fromFen(hundredthsOfWan * sign);
}

/** a / b as a ratio, to `digits` decimals (rounded half up); null when b is zero. */
export function ratio(a: bigint, b: bigint, digits = 4): string | null {
  if (b === 0n) return null;
  const scale = 10n ** BigInt(digits);
  const negative = (a < 0n) !== (b < 0n);
  const abs = ((a < 0n ? -a : a) * scale * 2n + (b < 0n ? -b : b)) / ((b < 0n ? -b : b) * 2n);
  const text = `${abs / scale}.${String(abs % scale).padStart(digits, '0')}`;
  return negative && abs !== 0n ? `-${text}` : text;
}

/**
 * A validated decimal string written with exactly `scale` decimals, as PostgreSQL returns a
 * numeric(p, scale): so a value reads the same right after a write as on every later read.
 */
export function fixed(value: string, scale: number): string {
  const [whole, fraction = ''] = value.trim().split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = (whole.replace('-', '').replace(/^0+(?=\d)/, '') || '0');
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits}.${fraction.padEnd(scale, '0').slice(0, scale)}`;
}

/** Yuan as numeric(18,2) returns it. */
export const yuan = (value: string): string => fixed(value, 2);
