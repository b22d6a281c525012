// `npm run eval`: runs `tinsach process` on the development seeds beside the checkout and scores the output
// with the shared scorer, then holds the result against the quality floors in scripts/eval-floors.json so a
// regression fails loudly instead of slipping through. Only this script reads ../shared.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const sharedRoot = resolve(repoRoot, '..', 'shared');
const seedsDir = join(sharedRoot, 'seeds');
const goldPath = join(sharedRoot, 'data', 'dev', 'seeds.gold.jsonl');
const scorerPath = join(sharedRoot, 'eval', 'score.mjs');

/** Minimums the dev set must keep; raised when the cleaner improves, never lowered silently. */
interface Floors {
  readonly bodyF1: number;
  readonly lineScore: number;
  /** Share of the gold titles, dates and authors that must come out exactly right. */
  readonly fieldsRight: number;
  /** Share of the gold provinces (old and new) that must be right; a wrong one always fails. */
  readonly provincesRight: number;
  readonly provinceWrong: number;
}

interface ProvinceTally {
  ok: number;
  wrong: number;
  n: number;
}

interface Score {
  body: { f1: number; lineScore: number } | null;
  fields: Record<string, { ok: number; n: number }>;
  province: { old: ProvinceTally; new: ProvinceTally };
}

if (!existsSync(seedsDir) || !existsSync(scorerPath)) {
  console.error(`eval: ${sharedRoot} with seeds/ and eval/score.mjs is needed beside the checkout`);
  process.exit(2);
}

const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(seedsDir, name));
const workDir = mkdtempSync(join(tmpdir(), 'tinsach-eval-'));
const predPath = join(workDir, 'pred.jsonl');
const predictions = execFileSync(
  process.execPath,
  [join(repoRoot, 'bin', 'tinsach.mjs'), 'process', ...seeds, '--format', 'jsonl'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
writeFileSync(predPath, predictions);

const scorerArgs = [scorerPath, '--gold', goldPath, '--pred', predPath];
console.log(`$ tinsach process ${seedsDir}/*.txt --format jsonl > ${predPath}`);
console.log(`$ node ${scorerArgs.join(' ')}\n`);
console.log(execFileSync(process.execPath, scorerArgs, { encoding: 'utf8' }));

const score = JSON.parse(
  execFileSync(process.execPath, [...scorerArgs, '--json'], { encoding: 'utf8' }),
) as Score;
const floors = JSON.parse(readFileSync(join(import.meta.dirname, 'eval-floors.json'), 'utf8')) as Floors;
const failures: string[] = [];
if ((score.body?.f1 ?? 0) < floors.bodyF1)
  failures.push(`body F1 ${score.body?.f1} < floor ${floors.bodyF1}`);
if ((score.body?.lineScore ?? 0) < floors.lineScore)
  failures.push(`line score ${score.body?.lineScore} < floor ${floors.lineScore}`);
for (const [field, { ok, n }] of Object.entries(score.fields)) {
  if (n > 0 && ok / n < floors.fieldsRight)
    failures.push(`${field} ${ok}/${n} < floor ${floors.fieldsRight}`);
}
const provincesRight = score.province.old.ok + score.province.new.ok;
const provincesTotal = score.province.old.n + score.province.new.n;
if (provincesTotal > 0 && provincesRight / provincesTotal < floors.provincesRight)
  failures.push(`provinces ${provincesRight}/${provincesTotal} right < floor ${floors.provincesRight}`);
const wrong = score.province.old.wrong + score.province.new.wrong;
if (wrong > floors.provinceWrong) failures.push(`${wrong} wrong provinces > allowed ${floors.provinceWrong}`);
if (failures.length > 0) {
  console.error(`eval: below the quality floors (scripts/eval-floors.json):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('eval: quality floors held (scripts/eval-floors.json)');
