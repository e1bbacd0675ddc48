import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Yuan with at most two decimals and 16 integer digits: what numeric(18,2) holds. */
const DECIMAL = /^-?\d{1,16}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
    throw new GraphQLError(
      `Decimal must be a string of yuan with at most two decimals, such as "1234.56"; got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value.trim();
}

/**
 * Exact money. Amounts travel as strings and are computed in SQL, never as JavaScript floats.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal amount in yuan (元), as a string such as "1234.56". Never a float.',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return parseDecimal(ast.value);
    if (ast.kind === Kind.INT) return parseDecimal(Number(ast.value));
    throw new GraphQLError('Decimal literals must be strings such as "1234.56" (floats are not exact).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
