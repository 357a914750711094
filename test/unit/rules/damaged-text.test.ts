import { describe, expect, it } from 'vitest';
import {
  findDamagedCharacters,
  findDamagedText,
  findLostCharacters,
  findPlaceholders,
} from '../../../utils/rules/damaged-text';

/** The flagged pieces of a text, for readable expectations. */
function flagged(text: string, find: (t: string) => { start: number; end: number }[]): string[] {
  return find(text).map(({ start, end }) => text.slice(start, end));
}

describe('findLostCharacters: a `?` where a PDF lost a Thai character', () => {
  it.each([
    ['พร้อมทั้งชื่อ ? สกุล ตำแหน่ง', 14, 15], // seed 004, report 3
    ['ยุทธศาสตร์ที่ ๕ ?ส่งเสริมการสร้างเมือง', 16, 17], // seed 004, the strategy line
    ['?ส่งเสริม', 0, 1],
    ['การประชุม?ชี้แจง', 9, 10],
    ['ชื่อ ?? สกุล', 5, 7],
  ])('flags %j at [%d, %d)', (text, start, end) => {
    expect(findLostCharacters(text)).toEqual([{ kind: 'lost-character', start, end }]);
  });

  it.each([
    'ดำเนินการแล้วหรือไม่?', // a question at the end
    'ทำไม? เพราะงบประมาณไม่เพียงพอ', // a question, then the answer
    'จริงหรือ ?', // a spaced question mark at the end
    'ได้รับแล้วหรือ?\nยังไม่ได้รับ', // a question at the end of a line
    'ดูที่ https://e-plan.nacc.go.th/projectreport.php?id=1201', // a URL
    'what? ใช่', // an English question
    'ข้อ ? 5', // a lone `?` before a digit is not next to Thai
    'ไม่มีเครื่องหมายคำถาม',
  ])('leaves %j alone', (text) => {
    expect(findLostCharacters(text)).toEqual([]);
  });

  it('flags each place separately', () => {
    expect(flagged('ชื่อ ? สกุล และ ?ส่งเสริม', findLostCharacters)).toEqual(['?', '?']);
  });
});

describe('findDamagedCharacters', () => {
  it('flags replacement characters, one range per run', () => {
    const text = 'ประชุม\ufffd\ufffdชี้แจง \ufffd';
    expect(findDamagedCharacters(text)).toEqual([
      { kind: 'replacement-character', start: 6, end: 8 },
      { kind: 'replacement-character', start: 15, end: 16 },
    ]);
  });

  it('flags Thai read as Latin-1, and U+FFFD read that way', () => {
    const text = 'สำนัก à¸ªà¸³à¸™à¸±à¸ ok ï¿½';
    expect(flagged(text, findDamagedCharacters)).toEqual(['à¸ªà¸³à¸™à¸±à¸', 'ï¿½']);
  });

  it('leaves accented Latin alone', () => {
    expect(findDamagedCharacters('café à la carte, naïve')).toEqual([]);
  });
});

describe('findPlaceholders', () => {
  it.each([
    '-',
    ' - ',
    '--',
    '...',
    '…',
    'xxx',
    'XXX',
    'x',
    '?',
    'ทดสอบ',
    'ทดสอบ ทดสอบ',
    'test',
    'Test 1',
    'TODO',
    'tbd',
    'N/A',
    'รอข้อมูล',
    'รอ',
  ])('flags the whole text %j', (text) => {
    const [found] = findPlaceholders(text);
    expect(found?.kind).toBe('placeholder');
    expect(text.slice(found?.start, found?.end)).toBe(text.trim());
  });

  it.each([
    ['ดำเนินการแล้ว TODO ใส่จำนวนครั้ง', 'TODO'],
    ['จัดอบรม xxx ครั้ง', 'xxx'],
    ['ผู้เข้าร่วม .......... คน', '..........'],
    ['ผู้เข้าร่วม ____ คน', '____'],
    ['ติดต่อ [ใส่ชื่อผู้ประสานงาน]', '[ใส่ชื่อผู้ประสานงาน]'],
    ['หน่วยงาน <ระบุ>', '<ระบุ>'],
  ])('flags the marker inside %j', (text, marker) => {
    expect(flagged(text, findPlaceholders)).toEqual([marker]);
  });

  it.each([
    'อยู่ระหว่างรอข้อมูลจากสำนักงานเขต', // waiting for data is a real state
    'ทดสอบระบบร้องเรียนออนไลน์แล้ว', // testing a system is real work
    'ดำเนินการ ได้แก่ ประชุม อบรม ...', // a plain ellipsis
    'ขนาดเสื้อ XXXL', // not a run of x's on its own
    'ตามเอกสารแนบ (ระบุในภาคผนวก)', // parentheses are ordinary Thai prose
    '',
    '   ',
  ])('leaves %j alone', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});

describe('findDamagedText', () => {
  it('gives every kind in reading order', () => {
    const text = 'TODO ชื่อ ? สกุล \ufffd';
    expect(findDamagedText(text).map((d) => d.kind)).toEqual([
      'placeholder',
      'lost-character',
      'replacement-character',
    ]);
  });

  it('finds nothing in clean Thai', () => {
    expect(findDamagedText('อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่')).toEqual([]);
  });
});
