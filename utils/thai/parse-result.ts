/** Why a piece of Thai text could not be read; callers branch on the code, people read the message. */
export type ThaiTextErrorCode =
  | 'empty'
  | 'invalid-characters'
  | 'invalid-format'
  | 'unknown-month'
  | 'nonexistent-date'
  | 'out-of-range'
  | 'negative'
  | 'not-finite'
  | 'fractional-baht';

export class ThaiTextError extends Error {
  override readonly name = 'ThaiTextError';
  readonly code: ThaiTextErrorCode;
  readonly input: string;

  /** `detail` says what was wrong; the message quotes the input in front of it. */
  constructor(code: ThaiTextErrorCode, input: string, detail: string) {
    super(`${JSON.stringify(input)}: ${detail}`);
    this.code = code;
    this.input = input;
  }
}

/** Parsers return this instead of throwing or producing NaN, so every caller must face the failure case. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ThaiTextError };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ThaiTextErrorCode, input: string, message: string): ParseResult<T> {
  return { ok: false, error: new ThaiTextError(code, input, message) };
}
