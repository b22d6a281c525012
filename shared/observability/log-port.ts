// The narrow logging and metrics surface use cases see, so they stay testable without Powertools.
import type { MetricName } from './metric-names.ts';

export type LogAttributes = Readonly<Record<string, unknown>>;

export interface LogPort {
  info(message: string, attributes?: LogAttributes): void;
  warn(message: string, attributes?: LogAttributes): void;
  error(message: string, attributes?: LogAttributes): void;
}

export interface MetricsPort {
  /** A count; the adapter maps it to the Count unit. */
  count(name: MetricName, value?: number): void;
}

export const SILENT_LOG: LogPort = { info() {}, warn() {}, error() {} };
export const NO_METRICS: MetricsPort = { count() {} };
