import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../utils/rules/text-excerpt';

const MARKS = /^…?[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

describe('excerptAround', () => {
  const seed = 'อยู่ระหว่างรวบรวมข้อมูลรายชื่อ พร้อมทั้งชื่อ ? สกุล ตำแหน่ง อีเมล หมายเลขโทรศัพท์';
  const lost = seed.indexOf('?');

  it('quotes the place with some text either side, cut at nearby spaces', () => {
    expect(excerptAround(seed, { start: lost, end: lost + 1 }, 6)).toBe('…พร้อมทั้งชื่อ ? สกุล ตำแหน่ง…');
    expect(excerptAround('รวบรวมชื่อ ? สกุล ตำแหน่ง และ ?ส่งเสริม', { start: 11, end: 12 })).toBe(
      'รวบรวมชื่อ ? สกุล ตำแหน่ง…',
    );
  });

  it('cuts a long phrase between clusters when no space is near', () => {
    const text = 'กรุงเทพมหานคร'.repeat(4);
    expect(excerptAround(text, { start: 30, end: 31 }, 3)).toBe('…รุงเทพม…');
    expect(excerptAround('กรุงเทพมหานคร', { start: 4, end: 5 }, 2)).toBe('…รุงเทพ…'); // not …ุงเท…
  });

  it('never starts with a mark nor ends with a leading vowel, whatever the radius', () => {
    const text = 'กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย'.repeat(3);
    for (let radius = 0; radius < 20; radius++) {
      for (let start = 0; start < text.length; start += 7) {
        const excerpt = excerptAround(text, { start, end: start + 1 }, radius);
        expect(excerpt, `${start}/${radius}`).not.toMatch(MARKS);
        expect(excerpt, `${start}/${radius}`).not.toMatch(/[\u0e40-\u0e44]…?$/);
      }
    }
  });

  it('shows a short text whole, and collapses line breaks', () => {
    expect(excerptAround('ชื่อ ?\nสกุล', { start: 5, end: 6 })).toBe('ชื่อ ? สกุล');
  });

  it('shortens a long marked stretch', () => {
    const text = 'x'.repeat(200);
    expect(excerptAround(text, { start: 0, end: 200 }, 0)).toBe(`${'x'.repeat(40)}…`);
  });
});
