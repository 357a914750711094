const EXTENSION_SCRIPT = /chrome-extension:\/\/([a-p]{32})\//;

/** The extension id in a stack trace's script addresses (`chrome-extension://<id>/…`), if there is one. */
export function extensionIdInStack(stack: string): string | null {
  return EXTENSION_SCRIPT.exec(stack)?.[1] ?? null;
}

/**
 * The id of the extension whose script calls this, read from a stack trace: a script Chromium runs in a
 * page's own world is given no extension API, not even its id, but its stack frames carry its address.
 * The page shares that world and may have changed how stacks are written (`Error.prepareStackTrace`,
 * `Error.stackTraceLimit`), so V8's own format is asked for and the page's setting put back.
 */
export function extensionIdOfThisScript(): string | null {
  const error = Error as unknown as { prepareStackTrace?: unknown; stackTraceLimit?: number };
  const had = Object.hasOwn(error, 'prepareStackTrace');
  const { prepareStackTrace, stackTraceLimit } = error;
  try {
    error.prepareStackTrace = undefined;
    error.stackTraceLimit = 10;
    return extensionIdInStack(new Error().stack ?? '');
  } finally {
    if (had) error.prepareStackTrace = prepareStackTrace;
    else delete error.prepareStackTrace;
    error.stackTraceLimit = stackTraceLimit;
  }
}
