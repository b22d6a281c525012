// Metric names defined once: the functions emit them and the dashboard and alarms (infra) import them.
export const METRICS_NAMESPACE = 'Tinsach';
export const SERVICE_NAME = 'tinsach';

export const METRIC_NAMES = {
  objectsReceived: 'ObjectsReceived',
  articlesStored: 'ArticlesStored',
  duplicates: 'Duplicates',
  objectsRejected: 'ObjectsRejected',
  boilerplateLinesRemoved: 'BoilerplateLinesRemoved',
  articlesWithoutProvince: 'ArticlesWithoutProvince',
} as const;
export type MetricName = (typeof METRIC_NAMES)[keyof typeof METRIC_NAMES];
