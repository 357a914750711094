// A 200-field report page for the fill benchmark: the replica's real report form (the budget project, with
// its quirks and inline handlers), followed inside the same form by sections of extra indicators written
// the portal's way: `label.text-h` above, loose Thai text around the inputs, radios followed by their
// words and revealing a hidden block by inline onclick, a checkbox, a select and a textarea per section.
import { createReplicaPortal, SAMPLE_IDS } from '../../test/fixtures/portal/replica';
import type { CollectedControl, FillAction } from '../../utils/messaging/page-protocol';

/** Enabled controls one can fill on the synthetic page (the real form's plus the extra sections'). */
export const SYNTHETIC_FIELD_COUNT = 200;

const SKIPPED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password']);

const TOPICS = [
  'การเผยแพร่ประมวลจริยธรรมข้าราชการกรุงเทพมหานคร',
  'การอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน',
  'การเปิดเผยข้อมูลการจัดซื้อจัดจ้างต่อสาธารณะ',
  'การรับและติดตามเรื่องร้องเรียนการทุจริต',
  'การประเมินความเสี่ยงการทุจริตของหน่วยงาน',
  'การสร้างเครือข่ายภาคประชาชนเฝ้าระวังการทุจริต',
];
const REPORTER_FIELDS = ['ชื่อผู้รายงาน', 'ตำแหน่ง', 'หมายเลขโทรศัพท์', 'อีเมล', 'กลุ่มงาน', 'วันที่รายงาน', 'ผู้รับรอง'];

/** Fillable, enabled controls in replica HTML (inputs of a fillable type, textareas and selects). */
function enabledControlsIn(html: string): number {
  let count = 0;
  for (const [tag, name] of html.matchAll(/<(input|textarea|select)\b[^>]*>/gi)) {
    const type = /\btype=['"]?([a-z]+)/i.exec(tag)?.[1]?.toLowerCase() ?? 'text';
    if (name!.toLowerCase() === 'input' && SKIPPED_TYPES.has(type)) continue;
    if (/\sdisabled(?=[\s>=/])/i.test(tag)) continue;
    count++;
  }
  return count;
}

const hideOrShow = (id: string, show: boolean) =>
  `onclick="document.getElementById('${id}').style.display='${show ? '' : 'none'}'"`;

/** One indicator section: 8 controls (2 texts, a 3-radio group, a checkbox, a select, a textarea). */
function section(n: number): string {
  const id = `ind${n}`;
  return `<div class='indicator'>
<label class='text-h'>ตัวชี้วัดที่ ${n}: ${TOPICS[n % TOPICS.length]}</label><br>
จำนวนผู้เข้าร่วม <input type='text' name='${id}_people' value='0' onkeypress="return /[0-9]/.test(String.fromCharCode(event.which || event.keyCode))"> คน <br>
วันที่ดำเนินการ <input type='text' name='${id}_date' value=''> <br>
<label class='text-h'>ผลการดำเนินงานตามตัวชี้วัดที่ ${n}</label><br>
<input type='radio' name='${id}_result' value='1' ${hideOrShow(`${id}_why`, false)}> บรรลุเป้าหมาย <br>
<input type='radio' name='${id}_result' value='2' ${hideOrShow(`${id}_why`, false)}> บรรลุเป้าหมายบางส่วน <br>
<input type='radio' name='${id}_result' value='3' ${hideOrShow(`${id}_why`, true)}> ไม่บรรลุเป้าหมาย <br>
<div id='${id}_why' style='display: none'>
<input type='checkbox' name='${id}_evidence' value='Y'> มีเอกสารหลักฐานประกอบการชี้แจง <br>
</div>
หน่วยนับ <select name='${id}_unit'><option value=''>-- เลือก --</option><option value='1'>ครั้ง</option><option value='2'>คน</option><option value='3'>หน่วยงาน</option></select><br>
<label class='text-h'>รายละเอียดผลการดำเนินงาน</label><br>
<textarea rows='3' cols='70' name='${id}_detail'></textarea><br><br>
</div>`;
}
const SECTION_CONTROLS = 8;

/** The page's HTML: the replica's report form for project 1201, round 1 of 2570, grown to 200 fields. */
export function syntheticReportPage(): string {
  const replica = createReplicaPortal();
  const base = replica.handle({
    method: 'GET',
    url: `/projectreport.php?id=${SAMPLE_IDS.budget}&r=1&y=2570`,
    postData: null,
  }).body;
  const marker = "<button class='btn btn-info' type='submit'";
  if (!base.includes(marker)) throw new Error('the replica report form has changed: no submit button found');
  const extra = SYNTHETIC_FIELD_COUNT - enabledControlsIn(base);
  const parts: string[] = [];
  for (let n = 1; n <= Math.floor(extra / SECTION_CONTROLS); n++) parts.push(section(n));
  const rest = extra % SECTION_CONTROLS;
  if (rest > 0) {
    parts.push(
      `<label class='text-h'>ข้อมูลผู้รายงาน</label><br>\n` +
        REPORTER_FIELDS.slice(0, rest)
          .map((label, i) => `${label} <input type='text' name='reporter_${i + 1}' value=''> <br>`)
          .join('\n'),
    );
  }
  return base.replace(marker, `${parts.join('\n')}\n${marker}`);
}

const REMARK =
  'ดำเนินการจัดอบรมให้ความรู้แก่ข้าราชการและบุคลากรในสังกัดแล้ว 2 รุ่น ผู้เข้าร่วม 240 คน ' +
  'อยู่ระหว่างรวบรวมแบบประเมินผลและจัดทำรายงานสรุปผลการดำเนินงานเสนอผู้บริหาร';

/**
 * A fill of every enabled control, as the assistant would send it: text and textareas set (digits where
 * the page holds a number, Thai text elsewhere), selects set to their last option, boxes ticked, and in
 * each radio group the last option chosen (which on the report form reveals the reason fields, and in the
 * extra sections the hidden block), the group's other radios told to stay unticked.
 */
export function fillEverything(controls: readonly CollectedControl[]): FillAction[] {
  const enabled = controls.filter((c) => !c.disabled);
  const chosenRadio = new Map<string, number>();
  for (const c of enabled) if (c.type === 'radio') chosenRadio.set(c.name, c.key);
  return enabled.map((c): FillAction => {
    if (c.type === 'radio')
      return { key: c.key, op: 'check', value: String(chosenRadio.get(c.name) === c.key) };
    if (c.type === 'checkbox') return { key: c.key, op: 'check', value: 'true' };
    if (c.tag === 'select') return { key: c.key, op: 'set', value: c.options.at(-1)?.value ?? '' };
    if (c.tag === 'textarea') return { key: c.key, op: 'set', value: REMARK };
    if (/^\d+$/.test(c.value)) return { key: c.key, op: 'set', value: String(12_500 + c.key) };
    return { key: c.key, op: 'set', value: `ข้อมูลช่องที่ ${c.key + 1} ${c.labelAbove || c.textBefore}`.trim() };
  });
}
