import type { z } from 'zod';
import { describeZodIssues } from '../validation/describe-zod-issues';

/** A record on disk that today's schema cannot read (damaged, or written by a version we don't know). */
export class StoredRecordError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly issues: string[],
  ) {
    super(`Stored ${kind} ${id} cannot be read: ${issues.join('; ')}`);
    this.name = 'StoredRecordError';
  }

  static from(kind: string, id: string, error: z.ZodError): StoredRecordError {
    return new StoredRecordError(kind, id, describeZodIssues(error));
  }
}
