// Powertools Logger and Metrics, configured in one place so every function logs and measures alike.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { LogPort, MetricsPort } from './log-port.ts';
import { METRICS_NAMESPACE, SERVICE_NAME } from './metric-names.ts';

export function createLogger(): Logger {
  return new Logger({ serviceName: SERVICE_NAME });
}

export function createMetrics(): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
}

export function toLogPort(logger: Logger): LogPort {
  return {
    info: (message, attributes) => logger.info(message, { ...attributes }),
    warn: (message, attributes) => logger.warn(message, { ...attributes }),
    error: (message, attributes) => logger.error(message, { ...attributes }),
  };
}

export function toMetricsPort(metrics: Metrics): MetricsPort {
  return { count: (name, value = 1) => metrics.addMetric(name, MetricUnit.Count, value) };
}
