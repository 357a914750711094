import browser from 'webextension-polyfill';
import {
  MessageError,
  RequestSchema,
  envelopeSchema,
  type Envelope,
  type RequestOf,
  type RequestType,
  type ResponseData,
} from './protocol';
import { describeZodIssues } from '../validation/describe-zod-issues';

/** Sends a request to the background and returns its checked answer, or throws a MessageError. */
export async function sendRequest<T extends RequestType>(request: RequestOf<T>): Promise<ResponseData<T>> {
  const checked = RequestSchema.parse(request);
  const raw: unknown = await browser.runtime.sendMessage(checked);
  const envelope = envelopeSchema(request.type).safeParse(raw);
  if (!envelope.success) {
    throw new MessageError({
      code: 'invalid-response',
      message: describeZodIssues(envelope.error).join('; '),
    });
  }
  const answer = envelope.data as Envelope<T>;
  if (!answer.ok) throw new MessageError(answer.error);
  return answer.data;
}
