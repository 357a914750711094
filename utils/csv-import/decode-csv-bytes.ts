import { csvProblem, type CsvProblem } from './csv-problem';

/**
 * A unit's plan is tens of projects; even a thousand with long objectives stays far below this. Anything
 * larger is not a project list, and reading it would only freeze the page.
 */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** How the file's bytes were read as text, for the preview to say. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding; problems: CsvProblem[] }
  | { ok: false; problems: CsvProblem[] };

const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** An .xlsx (or .ods) workbook is a zip file: people pick the workbook instead of the CSV saved from it. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An old .xls workbook (OLE compound file). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** What windows-874 decoders make of its undefined bytes (0x81, 0xDB–0xDE, 0xFC–0xFF, …). */
const UNDEFINED_IN_WINDOWS_874 = /[\u0080-\u009f\ue000-\uf8ff\ufffd]/;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function megabytes(size: number): string {
  return (size / 1024 / 1024).toFixed(1);
}

/** Refuses a file by its size before its bytes are read, so a huge file never reaches memory. */
export function checkCsvFileSize(size: number): CsvProblem | null {
  return size > MAX_CSV_BYTES
    ? csvProblem('file-too-large', { size: megabytes(size), max: megabytes(MAX_CSV_BYTES) })
    : null;
}

/**
 * The text of a CSV file. UTF-8 with or without a BOM, and UTF-16 with a BOM (Excel's "Unicode text"),
 * are read as such. Bytes that are not valid UTF-8 are read as windows-874 (TIS-620 with Microsoft's
 * additions): Excel on Thai Windows saves "CSV" in it, and reading it as UTF-8 would garble every Thai
 * letter. The caller is told, so the preview can say the file was read that way.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const tooLarge = checkCsvFileSize(bytes.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE)) {
    return { ok: false, problems: [csvProblem('file-is-workbook')] };
  }

  let decoded: { text: string; encoding: CsvEncoding };
  if (startsWith(bytes, UTF16LE_BOM)) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  } else if (startsWith(bytes, UTF16BE_BOM)) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  } else {
    const utf8 = readUtf8(bytes);
    decoded = utf8 === null ? readWindows874(bytes) : { text: utf8, encoding: 'utf-8' };
  }
  // TextDecoder drops a BOM itself; this also removes one a spreadsheet wrote twice.
  const text = decoded.text.replace(/^\ufeff+/, '');

  // A NUL never appears in a CSV a person saved, nor a byte windows-874 leaves undefined (decoders give
  // those as C1 controls, private-use characters or U+FFFD): this is some other kind of file.
  const foreign =
    text.includes('\u0000') || (decoded.encoding === 'windows-874' && UNDEFINED_IN_WINDOWS_874.test(text));
  if (foreign) return { ok: false, problems: [csvProblem('file-not-text')] };
  if (text.trim() === '') return { ok: false, problems: [csvProblem('file-empty')] };
  const problems = decoded.encoding === 'windows-874' ? [csvProblem('read-as-windows-874')] : [];
  return { ok: true, text, encoding: decoded.encoding, problems };
}

function readUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function readWindows874(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  // Not fatal: the caller refuses what the undefined byte values become.
  return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
}
