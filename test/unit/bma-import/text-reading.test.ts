import { describe, expect, it } from 'vitest';
import { damagedCharacterIndexes } from '../../../utils/bma-import/damaged-characters';
import { wrappedLineSeparator } from '../../../utils/bma-import/line-join';

describe('joining lines the printout wrapped', () => {
  it.each([
    ['…กองวินัยและเส', 'ริมสร้างจริยธรรม', ''],
    ['…การร้องเรียนการทุจริตแ', 'ละประพฤติมิชอบ', ''],
    ['…ที่ปฏิบัติหน้าที่ราชกา', 'รแล้ว', ''],
    ['…ตามแผนที่กำหนดไว้ในข้อบัญญัติก', 'ำหนด', ''],
    ['…หรือประพฤติชอบ', 'พร้อมมอบของเอกสาร', ' '],
    ['…สำนักงาน ก.ก.', 'อยู่ระหว่างเสนอร่าง', ' '],
    ['…กรุงเทพมหานคร', '(ศปท.กทม.) การดำเนินงาน', ' '],
    ['…username และ', 'password', ' '],
  ])('%s | %s → %j', (before, after, separator) => {
    expect(wrappedLineSeparator(before, after)).toBe(separator);
  });
});

describe('finding damaged characters', () => {
  it.each([
    ['a ? beside Thai', 'ยุทธศาสตร์ที่ ๕ ?ส่งเสริม', [16]],
    ['a ? between spaced Thai words', 'ชื่อ ? สกุล', [5]],
    ['a run of ?', 'ความ??ก้าวหน้า', [4, 5]],
    ['the replacement character', 'ประ\ufffdมาณ', [3]],
    ['a private-use glyph from a Thai PDF font', 'ที\uf70aมา', [2]],
    ['a control character', 'งบ\u0007ประมาณ', [2]],
    ['a tone mark with no letter under it', 'ได้ ่รับ', [4]],
  ])('flags %s', (_what, text, indexes) => {
    expect(damagedCharacterIndexes(text)).toEqual(indexes);
  });

  it.each([
    ['a question in English', 'Is the budget final? (see attachment)'],
    ['Thai with tone marks and vowels above and below', 'ที่ได้รับมอบหมาย กฎหมาย ฤๅษี ผู้ปฏิบัติงาน'],
  ])('leaves alone %s', (_what, text) => {
    expect(damagedCharacterIndexes(text)).toEqual([]);
  });
});
