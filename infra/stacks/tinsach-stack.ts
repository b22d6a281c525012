// Every AWS resource of the pipeline: raw bucket -> ingest queue -> ingest function -> articles table,
// the search function behind an HTTP API, the search page behind CloudFront, alarms and a dashboard.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Construct } from 'constructs';
import {
  DEFAULT_MAX_OBJECT_BYTES,
  ENV,
  INGEST_FUNCTION,
  INGEST_QUEUE,
  RAW_BUCKET,
  SEARCH_FUNCTION,
} from '#config/resources';
import { acknowledgeNagRule } from '../constructs/acknowledge-nag-rule.ts';
import { ArticlesTable } from '../constructs/articles-table.ts';
import { IngestQueue } from '../constructs/ingest-queue.ts';
import { PipelineAlarms } from '../constructs/pipeline-alarms.ts';
import { PipelineDashboard } from '../constructs/pipeline-dashboard.ts';
import { PipelineFunction } from '../constructs/pipeline-function.ts';
import { PipelineMetrics } from '../constructs/pipeline-metrics.ts';
import { RawBucket } from '../constructs/raw-bucket.ts';
import { SearchApi } from '../constructs/search-api.ts';
import { SearchSite } from '../constructs/search-site.ts';
import type { StackSettings } from './stack-settings.ts';

export const INGEST_ENTRY = 'functions/ingest/handler.ts';
export const SEARCH_ENTRY = 'functions/search/handler.ts';
/**
 * Concurrent ingest invocations the queue may drive. Five functions x ten records keep on-demand
 * DynamoDB writes far below a new table's burst capacity and bound cost when a large crawl lands at
 * once; the backlog then drains steadily instead of throttling (raise it once write costs are measured).
 */
export const INGEST_MAX_CONCURRENCY = 5;

/**
 * Production logs at INFO; this share of invocations logs at DEBUG anyway, so the per-object decisions
 * stay visible in a sample at a hundredth of the log volume.
 */
export const PRODUCTION_DEBUG_SAMPLE_RATE = 0.01;

/** The fixed construct id of the singleton function CDK adds to a stack for S3 bucket notifications. */
const BUCKET_NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

export interface TinsachStackProps extends StackProps {
  readonly settings: StackSettings;
}

export class TinsachStack extends Stack {
  readonly rawBucket: RawBucket;
  readonly ingestQueue: IngestQueue;
  readonly articlesTable: ArticlesTable;
  readonly ingestFunction: PipelineFunction;
  readonly searchFunction: PipelineFunction;
  readonly searchApi: SearchApi;
  readonly searchSite: SearchSite;
  readonly alarms: PipelineAlarms;
  readonly dashboard: PipelineDashboard;

  constructor(scope: Construct, id: string, props: TinsachStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const logLevel = settings.isProduction ? 'INFO' : 'DEBUG';
    const debugSampleRate = settings.isProduction ? PRODUCTION_DEBUG_SAMPLE_RATE : 0;

    this.rawBucket = new RawBucket(this, 'RawBucket', { isProduction: settings.isProduction });
    this.ingestQueue = new IngestQueue(this, 'IngestQueue');
    this.articlesTable = new ArticlesTable(this, 'ArticlesTable', { isProduction: settings.isProduction });

    this.rawBucket.bucket.addEventNotification(
      EventType.OBJECT_CREATED,
      new SqsDestination(this.ingestQueue.queue),
      { prefix: RAW_BUCKET.incomingPrefix },
    );

    this.ingestFunction = new PipelineFunction(this, 'Ingest', {
      entry: INGEST_ENTRY,
      description: 'Cleans, classifies and stores uploaded news pages',
      name: 'ingest',
      timeoutSeconds: INGEST_FUNCTION.timeoutSeconds,
      memoryMb: INGEST_FUNCTION.memoryMb,
      logRetention: settings.logRetention,
      logLevel,
      debugSampleRate,
      environment: { [ENV.maxObjectBytes]: String(DEFAULT_MAX_OBJECT_BYTES) },
    });
    this.ingestFunction.bindRawBucketReadOnly(this.rawBucket.bucket);
    this.ingestFunction.bindTableReadWrite(this.articlesTable.table);
    // An object not finished in one invocation is handed over to a later one through its own queue.
    this.ingestFunction.bindQueueSendOnly(this.ingestQueue.queue);
    this.ingestFunction.function.addEventSource(
      new SqsEventSource(this.ingestQueue.queue, {
        batchSize: INGEST_QUEUE.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: INGEST_MAX_CONCURRENCY,
      }),
    );

    this.searchFunction = new PipelineFunction(this, 'Search', {
      entry: SEARCH_ENTRY,
      description: 'Serves the read-only search API',
      name: 'search',
      timeoutSeconds: SEARCH_FUNCTION.timeoutSeconds,
      memoryMb: SEARCH_FUNCTION.memoryMb,
      logRetention: settings.logRetention,
      logLevel,
      debugSampleRate,
      environment: { [ENV.corsOrigins]: settings.corsOrigins.join(',') },
    });
    // No reserved concurrency for search: the API stage throttle already bounds it (and so its DynamoDB
    // reads), and reserving capacity fails on accounts whose concurrency quota is still the low default.
    this.searchFunction.bindTableReadOnly(this.articlesTable.table);

    this.searchApi = new SearchApi(this, 'SearchApi', {
      searchFunction: this.searchFunction.function,
      corsOrigins: settings.corsOrigins,
      logRetention: settings.logRetention,
    });

    this.searchSite = new SearchSite(this, 'SearchSite', {
      api: this.searchApi.api,
      accessLogsBucket: this.rawBucket.accessLogsBucket,
      logRetention: settings.logRetention,
      isProduction: settings.isProduction,
    });

    const metrics = new PipelineMetrics({
      ingestQueue: this.ingestQueue.queue,
      deadLetterQueue: this.ingestQueue.deadLetterQueue,
      ingestFunction: this.ingestFunction.function,
      searchFunction: this.searchFunction.function,
      api: this.searchApi.api,
    });
    this.alarms = new PipelineAlarms(this, 'Alarms', {
      stage: settings.stage,
      metrics,
      alarmEmail: settings.alarmEmail,
    });
    this.dashboard = new PipelineDashboard(this, 'Monitoring', {
      stage: settings.stage,
      metrics,
      alarms: this.alarms.alarms,
      ingestQueue: this.ingestQueue.queue,
      ingestFunction: this.ingestFunction.function,
      ingestLogGroup: this.ingestFunction.logGroup,
      searchFunction: this.searchFunction.function,
      api: this.searchApi.api,
      table: this.articlesTable.table,
    });

    this.addOutputs();
    this.suppressCdkInternalFindings();
  }

  private addOutputs(): void {
    const outputs: Record<string, { value: string; description: string }> = {
      RawBucketName: {
        value: this.rawBucket.bucket.bucketName,
        description: `Upload under ${RAW_BUCKET.incomingPrefix}`,
      },
      ApiUrl: { value: this.searchApi.url, description: 'Search API base URL' },
      SiteUrl: { value: this.searchSite.url, description: 'Search page (CloudFront); also serves the API' },
      ArticlesTableName: { value: this.articlesTable.table.tableName, description: 'Articles table' },
      IngestQueueUrl: { value: this.ingestQueue.queue.queueUrl, description: 'Ingest queue' },
      DeadLetterQueueUrl: {
        value: this.ingestQueue.deadLetterQueue.queueUrl,
        description: 'Ingest dead-letter queue',
      },
      AlarmTopicArn: { value: this.alarms.topic.topicArn, description: 'Subscribe here for alarms' },
    };
    for (const [id, output] of Object.entries(outputs)) new CfnOutput(this, id, output);
  }

  /** Findings on the helper function CDK itself adds to configure S3 bucket notifications. */
  private suppressCdkInternalFindings(): void {
    const notificationsHandler = this.node.tryFindChild(BUCKET_NOTIFICATIONS_HANDLER_ID);
    if (notificationsHandler === undefined) return;
    acknowledgeNagRule(
      notificationsHandler,
      'AwsSolutions-IAM4',
      'CDK-provided custom resource that writes the bucket notification configuration at deploy time; its ' +
        'role uses AWSLambdaBasicExecutionRole for its own logs and cannot be customised.',
      ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    );
  }
}
