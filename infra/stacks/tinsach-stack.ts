// Every AWS resource of the pipeline: raw bucket -> ingest queue -> ingest function -> articles table,
// and the search function behind an HTTP API, with a first set of alarms.
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
import { PipelineFunction } from '../constructs/pipeline-function.ts';
import { RawBucket } from '../constructs/raw-bucket.ts';
import { SearchApi } from '../constructs/search-api.ts';
import type { StackSettings } from './stack-settings.ts';

export const INGEST_ENTRY = 'functions/ingest/handler.ts';
export const SEARCH_ENTRY = 'functions/search/handler.ts';
/**
 * Concurrent ingest invocations the queue may drive. Five functions x ten records keep on-demand
 * DynamoDB writes far below a new table's burst capacity and bound cost when a large crawl lands at
 * once; the backlog then drains steadily instead of throttling (raise it once write costs are measured).
 */
export const INGEST_MAX_CONCURRENCY = 5;

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
  readonly alarms: PipelineAlarms;

  constructor(scope: Construct, id: string, props: TinsachStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const logLevel = settings.isProduction ? 'INFO' : 'DEBUG';

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
      environment: { [ENV.maxObjectBytes]: String(DEFAULT_MAX_OBJECT_BYTES) },
    });
    this.ingestFunction.bindRawBucketReadOnly(this.rawBucket.bucket);
    this.ingestFunction.bindTableReadWrite(this.articlesTable.table);
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
    });
    this.searchFunction.bindTableReadOnly(this.articlesTable.table);

    this.searchApi = new SearchApi(this, 'SearchApi', {
      searchFunction: this.searchFunction.function,
      corsOrigins: settings.corsOrigins,
      logRetention: settings.logRetention,
    });

    this.alarms = new PipelineAlarms(this, 'Alarms', {
      stage: settings.stage,
      ingestQueue: this.ingestQueue.queue,
      deadLetterQueue: this.ingestQueue.deadLetterQueue,
      ingestFunction: this.ingestFunction.function,
      searchFunction: this.searchFunction.function,
      api: this.searchApi.api,
      alarmEmail: settings.alarmEmail,
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
