import { afterEach, describe, expect, it } from 'vitest';
import {
  extensionIdInStack,
  extensionIdOfThisScript,
} from '../../../utils/portal/page/extension-id-in-stack';

const ID = 'lmphphekmefmoppmiahaimhglelldhdf';

describe("the extension's id, read where a page-world script has no extension API", () => {
  it('is read from the script address in a Chromium stack trace', () => {
    const stack = `Error\n    at r (chrome-extension://${ID}/portal-wake.js:1:200)\n    at chrome-extension://${ID}/portal-wake.js:1:900`;
    expect(extensionIdInStack(stack)).toBe(ID);
    expect(extensionIdInStack('Error\n    at https://e-plan.nacc.go.th/js/app.js:3:1')).toBeNull();
    expect(extensionIdInStack('Error\n    at chrome-extension://not-an-id/x.js:1:1')).toBeNull();
  });

  const error = Error as unknown as { prepareStackTrace?: unknown; stackTraceLimit?: number };
  const limit = error.stackTraceLimit;
  afterEach(() => {
    delete error.prepareStackTrace;
    error.stackTraceLimit = limit;
  });

  it("reads past a page's own stack format, and puts the page's setting back", () => {
    // Here the code runs from a file, not an extension: a stack in the page's format would name one.
    const pageFormat = () => `Error\n    at chrome-extension://${ID}/fake.js:1:1`;
    error.prepareStackTrace = pageFormat;
    error.stackTraceLimit = 0;
    expect(extensionIdOfThisScript()).toBeNull();
    expect(error.prepareStackTrace).toBe(pageFormat);
    expect(error.stackTraceLimit).toBe(0);

    delete error.prepareStackTrace;
    expect(extensionIdOfThisScript()).toBeNull();
    expect(Object.hasOwn(Error, 'prepareStackTrace')).toBe(false);
  });
});
