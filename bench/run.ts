// `npm run bench`: cleaning + province classification throughput on one core, on the project's own samples
// and on long documents made by joining them. Prints MB/s, documents/s and peak memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { processDocument } from '#domain/article/process-document';
import { decodeBytes } from '#domain/text/decode';

/** Long enough that timer resolution and JIT warm-up stay well under 1 % of the measurement. */
const MIN_MEASURE_MS = 2_000;
const WARMUP_ROUNDS = 20;
/** Long documents: the samples joined this many times (roughly 100–200 KB, a very long article page). */
const LONG_DOCUMENT_REPEAT = 50;

const samplesDir = resolve(import.meta.dirname, '..', 'samples');
const sampleTexts = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const decoded = decodeBytes(readFileSync(join(samplesDir, name)));
    if (!decoded.ok) throw new Error(`${name}: ${decoded.message}`);
    return decoded.text;
  });

interface Throughput {
  readonly label: string;
  readonly documents: number;
  readonly megabytesPerSecond: number;
  readonly documentsPerSecond: number;
}

function measure(label: string, texts: readonly string[]): Throughput {
  const bytesPerRound = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  for (let i = 0; i < WARMUP_ROUNDS; i++) for (const text of texts) processDocument({ text });
  let rounds = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MEASURE_MS) {
    for (const text of texts) processDocument({ text });
    rounds++;
    elapsed = performance.now() - started;
  }
  const seconds = elapsed / 1000;
  return {
    label,
    documents: texts.length,
    megabytesPerSecond: (bytesPerRound * rounds) / 1_000_000 / seconds,
    documentsPerSecond: (texts.length * rounds) / seconds,
  };
}

const longDocument = Array.from({ length: LONG_DOCUMENT_REPEAT }, () => sampleTexts.join('\n\n')).join(
  '\n\n',
);
const results = [measure('samples', sampleTexts), measure('long document', [longDocument])];

console.log(`tinsach bench — node ${process.version}, ${process.arch}, one core`);
console.log('');
console.log('cleaning + classification throughput');
for (const r of results) {
  console.log(
    `  ${r.label.padEnd(14)} ${r.megabytesPerSecond.toFixed(2).padStart(7)} MB/s  ` +
      `${r.documentsPerSecond.toFixed(1).padStart(9)} docs/s  (${r.documents} document(s) per round)`,
  );
}
console.log(`  peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
