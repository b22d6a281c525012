// Bundle budgets (issue #9): what keeps a Lambda cold start short. Shared by the benchmark report and
// the test that keeps the functions' bundles under them (test/infra/function-bundles.test.ts).
export const INGEST_BUDGET_BYTES = 1_500_000;
export const SEARCH_BUDGET_BYTES = 1_000_000;
/** Import time of the ingest handler in a fresh process (issue #9). */
export const INGEST_IMPORT_TARGET_MS = 300;
