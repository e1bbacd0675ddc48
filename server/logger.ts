import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; one line per event so log collectors can parse them. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'bpm-graphql' } });
}
