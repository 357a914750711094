import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, MAX_CSV_BYTES } from '../../../utils/csv-import/decode-csv-bytes';
import { toWindows874 } from './windows-874';

const HEADER = 'ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ\r\nโครงการคุณธรรม,1,2,2569\r\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
const codes = (result: ReturnType<typeof decodeCsvBytes>) => result.problems.map((p) => p.code);

describe('reading the bytes of a CSV file', () => {
  it('reads UTF-8 with or without a BOM to the same text, without the BOM', () => {
    const plain = decodeCsvBytes(utf8(HEADER));
    const bom = decodeCsvBytes(withBom(utf8(HEADER)));
    expect(plain).toEqual({ ok: true, text: HEADER, encoding: 'utf-8', problems: [] });
    expect(bom).toEqual(plain);
  });

  it('reads Thai Windows bytes (windows-874) as Thai, and says it did', () => {
    const bytes = toWindows874(HEADER);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = decodeCsvBytes(bytes);
    expect(result.ok && result.text).toBe(HEADER);
    expect(result.ok && result.encoding).toBe('windows-874');
    expect(codes(result)).toEqual(['read-as-windows-874']);
    expect(result.problems[0]!.severity).toBe('warning');
  });

  it('reads Excel\'s UTF-16 "Unicode text"', () => {
    const units = [0xfeff, ...[...HEADER].map((c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(new Uint16Array(units).buffer); // little-endian on every machine we run
    const result = decodeCsvBytes(bytes);
    expect(result.ok && result.text).toBe(HEADER);
    expect(result.ok && result.encoding).toBe('utf-16le');
  });

  it('refuses an empty file, a BOM alone and blank lines', () => {
    expect(codes(decodeCsvBytes(new Uint8Array()))).toEqual(['file-empty']);
    expect(codes(decodeCsvBytes(withBom(new Uint8Array())))).toEqual(['file-empty']);
    expect(codes(decodeCsvBytes(utf8('\r\n \r\n')))).toEqual(['file-empty']);
  });

  it('refuses a file over the size limit before reading it', () => {
    const result = decodeCsvBytes(new Uint8Array(MAX_CSV_BYTES + 1));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'file-too-large', params: { max: '5.0' } });
  });

  it('says an Excel workbook is not a CSV file', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(codes(decodeCsvBytes(xlsx))).toEqual(['file-is-workbook']);
    expect(codes(decodeCsvBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])))).toEqual([
      'file-is-workbook',
    ]);
  });

  it('refuses bytes that are neither UTF-8 nor Thai text', () => {
    expect(codes(decodeCsvBytes(Uint8Array.from([0x41, 0x00, 0x42, 0x00])))).toEqual(['file-not-text']);
    // 0xFC–0xFF are undefined in windows-874.
    expect(codes(decodeCsvBytes(Uint8Array.from([0x61, 0xfc, 0xfd, 0xfe])))).toEqual(['file-not-text']);
  });
});
