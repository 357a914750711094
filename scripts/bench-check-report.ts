// How long checkReport takes on a full, realistic report form (the budget is 2 ms per check).
// Run: npx tsx scripts/bench-check-report.ts [iterations]
import { checkReport } from '../utils/rules/check-report';
import { ReportCheckInputSchema, type ReportCheckInput } from '../utils/rules/report-check-input';

/** Progress entries as BMA's monitoring system prints them (seed 004), one `?` where the PDF lost a dash. */
const REMARKS = [
  'กองวินัยและเสริมสร้างจริยธรรมได้ประสานสำนักยุทธศาสตร์และประเมินผลเพื่อวิเคราะห์และพัฒนาระบบการร้องเรียนและให้จัดทำคู่มือการใช้งานการร้องเรียน',
  'อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่ซึ่งมีหน้าที่ในการรายงานข้อร้องเรียนฯ เพื่อกำหนดสิทธิให้เจ้าหน้าที่ที่มีหน้าที่รายงานเรื่องร้องเรียนฯ เข้าใช้งานระบบรายงานการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบ',
  'อยู่ระหว่างรวบรวมข้อมูลรายชื่อหน่วยงานและส่วนราชการ พร้อมทั้งชื่อ ? สกุล ตำแหน่ง อีเมล หมายเลขโทรศัพท์ของหัวหน้าหน่วยงานและส่วนราชการในสังกัดสำนักปลัดกรุงเทพมหานคร และเจ้าหน้าที่ที่ได้รับมอบหมาย จำนวนไม่เกิน 2 คน',
  'อยู่ระหว่างกำหนดสิทธิให้เจ้าหน้าที่ที่มีหน้าที่รายงานเรื่องร้องเรียนฯ เข้าใช้งานระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบ',
  'ดำเนินการกำหนดรหัสให้เจ้าหน้าที่ที่มีหน้าที่รายงานเรื่องร้องเรียนฯ เข้าใช้งานระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบเรียบร้อยแล้ว และได้เวียนแจ้งมาตรการและแนวปฏิบัติในการรายงานและการติดตามการต่อต้านการทุจริตของกรุงเทพมหานครให้ทุกหน่วยงานในสังกัดทราบและถือปฏิบัติ',
].join('\n');

/** A 12-month report on its page, every rule evaluated: Thai-digit amounts, the 6-month figure, both texts. */
const FULL_FORM: ReportCheckInput = ReportCheckInputSchema.parse({
  fiscalYear: 2570,
  round: 2,
  ordinanceBudgetText: '๑,๒๕๐,๐๐๐ บาท',
  disbursedText: '987,500',
  amountFieldsPresent: true,
  inPlan: true,
  status: '4',
  reason: '4',
  otherReason: 'ผู้รับจ้างทิ้งงาน อยู่ระหว่างดำเนินการจัดหาผู้รับจ้างรายใหม่ตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างฯ',
  remarks: REMARKS,
  project: { plannedBudget: 1_200_000 },
  page: { fiscalYear: 2570, round: 2 },
  filledFrom: { fiscalYear: 2570, round: 2 },
  sixMonth: { disbursed: 1_000_000, source: 'submitted' },
});

const iterations = Number(process.argv[2] ?? 20_000);
const warmup = Math.min(2_000, iterations);

// The first check on a page runs before the JIT has seen the code: that is the one a user waits for.
const coldStart = performance.now();
checkReport(FULL_FORM);
const cold = performance.now() - coldStart;

for (let i = 0; i < warmup; i++) checkReport(FULL_FORM);

const samples = new Float64Array(iterations);
for (let i = 0; i < iterations; i++) {
  const start = performance.now();
  checkReport(FULL_FORM);
  samples[i] = performance.now() - start;
}
samples.sort();

const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
const findings = checkReport(FULL_FORM).findings.map((f) => f.ruleId);
console.log(`checkReport on a full report form (${FULL_FORM.remarks.length} characters of remarks)`);
console.log(`findings: ${findings.join(', ')}`);
console.log(`first call (cold): ${cold.toFixed(3)} ms`);
console.log(`iterations: ${iterations} (after ${warmup} warm-up)`);
console.log(
  `median ${at(0.5).toFixed(4)} ms · p95 ${at(0.95).toFixed(4)} ms · p99 ${at(0.99).toFixed(4)} ms · max ${(samples[samples.length - 1] ?? NaN).toFixed(4)} ms`,
);
