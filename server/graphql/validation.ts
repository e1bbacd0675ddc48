import { applyDecorators } from './decorators.js';
import { IsIn, IsInt, IsUUID, Length, Matches, Max, Min, ValidateBy } from 'class-validator';
import { isDay } from '../calendar.js';

/**
 * Validation rules shared by every module's inputs. Each message completes "<field>: …", so a
 * client can show it next to the field.
 */
export const CODE_PATTERN = /^[0-9A-Za-z_-]{1,21}$/;
const YUAN = /^\d{1,16}(\.\d{1,2})?$/;
const SIGNED_YUAN = /^-?\d{1,16}(\.\d{1,2})?$/;

/** A business code: 1–21 letters, digits, `_` or `-`. */
export const IsCode = () => Matches(CODE_PATTERN, { message: 'must be 1 to 21 letters, digits, "_" or "-"' });

/** A name or text that is not blank, within `max` characters. */
export const IsText = (max: number) =>
  applyDecorators(
    Length(1, max, { message: `must be 1 to ${max} characters and not blank` }),
    Matches(/\S/, { message: `must be 1 to ${max} characters and not blank` }),
  );

/** A unit of measure (公里, %, 人次); empty for qualitative indicators. */
export const IsUnit = () => Length(0, 20, { message: 'must be at most 20 characters, such as 公里, % or 人次' });

/** Non-negative yuan with at most two decimals. */
export const IsYuan = () => Matches(YUAN, { message: 'must not be negative (yuan, at most two decimals)' });

/** Signed yuan (an adjustment: negative reduces). */
export const IsSignedYuan = () => Matches(SIGNED_YUAN, { message: 'must be yuan with at most two decimals' });

export const IsFiscalYear = () =>
  applyDecorators(
    IsInt({ message: 'must be a year such as 2024' }),
    Min(2000, { message: 'must be between 2000 and 2100' }),
    Max(2100, { message: 'must be between 2000 and 2100' }),
  );

export const IsId = (what: string) => IsUUID('all', { message: `must be the id of ${what}` });

export const IsVersion = () => Min(1, { message: 'must be the version you read (1 or more)' });

export const IsOneOf = (values: readonly string[], what: string) => IsIn(values as string[], { message: `must be one of the ${what} ${values.join(', ')}` });

/** A score between 0 and `max` with at most two decimals. */
export const IsScore = (max: number) =>
  applyDecorators(
    Min(0, { message: `must be between 0 and ${max}` }),
    Max(max, { message: `must be between 0 and ${max}` }),
  );

/** A calendar date written YYYY-MM-DD (a real day: not 2025-02-30). */
export const IsDay = () =>
  ValidateBy({
    name: 'isDay',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isDay(value),
      defaultMessage: () => 'must be a date written YYYY-MM-DD, such as 2025-01-31',
    },
  });

/**
 * The path of the first string in an input that holds a NUL character (e.g. `indicators[1].name`),
 * or null. PostgreSQL text cannot store NUL, so such input must be refused before any SQL runs.
 */
export function nulCharacterAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [`${path}[${i}]`, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value).map(([key, item]) => [path ? `${path}.${key}` : key, item])
      : [];
  for (const [at, item] of entries) {
    const found = nulCharacterAt(item, at);
    if (found !== null) return found;
  }
  return null;
}
