import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { CfnElement } from 'aws-cdk-lib';
import { SEARCH_API_ROUTE_KEYS } from '#config/api-routes';
import { ARTICLES_TABLE, DEAD_LETTER_QUEUE, ENV, INGEST_QUEUE, RAW_BUCKET } from '#config/resources';
import { METRIC_NAMES, METRICS_NAMESPACE, SERVICE_NAME } from '#observability/metric-names';
import type { PipelineFunction } from '../../infra/constructs/pipeline-function.ts';
import { API_THROTTLE_BURST, API_THROTTLE_RATE_PER_SECOND } from '../../infra/constructs/search-api.ts';
import { findResource, synthesizeTinsachStack } from './synthesize-tinsach-stack.ts';

// Synthesized once for the file: bundling both functions is the slow step.
const dev = synthesizeTinsachStack({ logRetentionDays: 14 });
const prod = synthesizeTinsachStack(
  { stage: 'prod', corsOrigins: 'https://tinsach.vn', alarmEmail: 'truc-ban@tinsach.vn' },
  { bundle: false },
);
const { template } = dev;

const MINIMUM_NODE_MAJOR = 22;
const TABLE_WRITE_ACTIONS = /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|\*)$/;

function findFunction(pipelineFunction: PipelineFunction) {
  const element = pipelineFunction.function.node.defaultChild as CfnElement;
  const logicalId = String(dev.stack.resolve(element.logicalId));
  return findResource(template, 'AWS::Lambda::Function', () => true, logicalId);
}

/** Every action granted by the inline policies attached to a role. */
function actionsOfRole(roleArn: unknown): string[] {
  const roleLogicalId = (roleArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Array<{
    Properties: {
      Roles: Array<{ Ref: string }>;
      PolicyDocument: { Statement: Array<{ Action: string | string[] }> };
    };
  }>;
  return policies
    .filter((policy) => policy.Properties.Roles.some((role) => role.Ref === roleLogicalId))
    .flatMap((policy) =>
      policy.Properties.PolicyDocument.Statement.flatMap((statement) => [statement.Action].flat()),
    );
}

describe('raw bucket', () => {
  it('is encrypted, versioned, private and logs access to the logs bucket', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue() },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: Match.anyValue() })]),
      },
    });
  });

  it('denies every request that does not use TLS, on every bucket', () => {
    const policies = template.findResources('AWS::S3::BucketPolicy', {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      },
    });
    const buckets = Object.keys(template.findResources('AWS::S3::Bucket'));
    expect(buckets.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(policies)).toHaveLength(buckets.length);
  });

  it('notifies the ingest queue only about objects created under the incoming prefix', () => {
    const queue = findResource(
      template,
      'AWS::SQS::Queue',
      (properties) => properties.RedrivePolicy !== undefined,
    );
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: RAW_BUCKET.incomingPrefix }] } },
            QueueArn: { 'Fn::GetAtt': [queue.logicalId, 'Arn'] },
          },
        ],
      },
    });
  });

  it('survives stack deletion', () => {
    const buckets = template.findResources('AWS::S3::Bucket', {
      Properties: { VersioningConfiguration: { Status: 'Enabled' } },
    });
    expect(
      Object.values(buckets).map((bucket) => (bucket as { DeletionPolicy: string }).DeletionPolicy),
    ).toEqual(['Retain']);
  });
});

describe('ingest queue', () => {
  const queue = findResource(
    template,
    'AWS::SQS::Queue',
    (properties) => properties.RedrivePolicy !== undefined,
  );
  const deadLetterQueue = findResource(
    template,
    'AWS::SQS::Queue',
    (properties) => properties.RedrivePolicy === undefined,
  );

  it('sends messages to the dead-letter queue after the configured number of receives', () => {
    expect(queue.properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueue.logicalId, 'Arn'] },
      maxReceiveCount: INGEST_QUEUE.maxReceiveCount,
    });
    expect(deadLetterQueue.properties.MessageRetentionPeriod).toBe(DEAD_LETTER_QUEUE.retentionSeconds);
  });

  it('encrypts both queues and refuses requests without TLS', () => {
    expect(queue.properties.SqsManagedSseEnabled).toBe(true);
    expect(deadLetterQueue.properties.SqsManagedSseEnabled).toBe(true);
    const tlsOnlyPolicies = template.findResources('AWS::SQS::QueuePolicy', {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
    });
    expect(Object.keys(tlsOnlyPolicies)).toHaveLength(2);
  });

  it('hides a message for at least six times the ingest timeout, as AWS advises for SQS event sources', () => {
    const ingest = findFunction(dev.stack.ingestFunction);
    const timeoutSeconds = ingest.properties.Timeout as number;
    expect(timeoutSeconds).toBeGreaterThan(0);
    expect(queue.properties.VisibilityTimeout).toBe(INGEST_QUEUE.visibilityTimeoutSeconds);
    expect(queue.properties.VisibilityTimeout as number).toBeGreaterThanOrEqual(6 * timeoutSeconds);
  });

  it('feeds the ingest function in configured batches with partial batch failures and a concurrency cap', () => {
    const ingest = findFunction(dev.stack.ingestFunction);
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queue.logicalId, 'Arn'] },
      FunctionName: { Ref: ingest.logicalId },
      BatchSize: INGEST_QUEUE.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: Match.anyValue() },
    });
  });
});

describe('articles table', () => {
  const indexes = Object.values(ARTICLES_TABLE.indexes);

  it('has string keys, the configured indexes, on-demand billing and point-in-time recovery', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: ARTICLES_TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: ARTICLES_TABLE.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      GlobalSecondaryIndexes: indexes.map((index) =>
        Match.objectLike({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
      ),
    });
    const table = findResource(template, 'AWS::DynamoDB::Table', () => true);
    const attributes = table.properties.AttributeDefinitions as Array<{
      AttributeName: string;
      AttributeType: string;
    }>;
    expect(attributes).toHaveLength(2 + 2 * indexes.length);
    expect(attributes.every((attribute) => attribute.AttributeType === 'S')).toBe(true);
  });

  it('is protected and retained in production only', () => {
    const devTable = findResource(template, 'AWS::DynamoDB::Table', () => true);
    expect(devTable.properties.DeletionProtectionEnabled).toBe(false);
    expect(devTable.resource.DeletionPolicy).toBe('Delete');
    const prodTable = findResource(prod.template, 'AWS::DynamoDB::Table', () => true);
    expect(prodTable.properties.DeletionProtectionEnabled).toBe(true);
    expect(prodTable.resource.DeletionPolicy).toBe('Retain');
  });
});

describe('functions', () => {
  const ingest = findFunction(dev.stack.ingestFunction);
  const search = findFunction(dev.stack.searchFunction);

  it.each([
    ['ingest', ingest],
    ['search', search],
  ])('%s runs on arm64, Node.js 22 or newer, with active tracing and its own log group', (_name, fn) => {
    expect(fn.properties.Architectures).toEqual(['arm64']);
    const runtime = String(fn.properties.Runtime);
    expect(runtime).toMatch(/^nodejs\d+\.x$/);
    expect(Number(runtime.replace(/\D/g, ''))).toBeGreaterThanOrEqual(MINIMUM_NODE_MAJOR);
    expect(fn.properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(fn.properties.LoggingConfig).toEqual({ LogGroup: { Ref: expect.any(String) } });
  });

  it('gives both functions the table name and Powertools settings, and only ingest the bucket', () => {
    const table = findResource(template, 'AWS::DynamoDB::Table', () => true);
    for (const fn of [ingest, search]) {
      const variables = (fn.properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables[ENV.tableName]).toEqual({ Ref: table.logicalId });
      expect(variables.POWERTOOLS_SERVICE_NAME).toBe(SERVICE_NAME);
      expect(variables.POWERTOOLS_METRICS_NAMESPACE).toBe(METRICS_NAMESPACE);
      expect(variables.POWERTOOLS_LOG_LEVEL).toBe('DEBUG');
      expect(variables.POWERTOOLS_LOGGER_LOG_EVENT).toBe('false');
      expect(variables.POWERTOOLS_METRICS_DISABLED).toBe('false');
      expect(variables.POWERTOOLS_LOGGER_SAMPLE_RATE).toBe('0');
    }
    const ingestVariables = (ingest.properties.Environment as { Variables: Record<string, unknown> })
      .Variables;
    const searchVariables = (search.properties.Environment as { Variables: Record<string, unknown> })
      .Variables;
    expect(ingestVariables[ENV.rawBucket]).toEqual({ Ref: expect.stringMatching(/^RawBucket/) });
    expect(searchVariables[ENV.rawBucket]).toBeUndefined();
    const queue = findResource(
      template,
      'AWS::SQS::Queue',
      (properties) => properties.RedrivePolicy !== undefined,
    );
    expect(ingestVariables[ENV.ingestQueueUrl]).toEqual({ Ref: queue.logicalId });
    expect(searchVariables[ENV.ingestQueueUrl]).toBeUndefined();
    // The function answers CORS with the same origins the HTTP API is configured with.
    expect(searchVariables[ENV.corsOrigins]).toBe('*');
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.corsOrigins]: 'https://tinsach.vn' }) },
    });
  });

  it('keeps logs for the configured retention', () => {
    const logGroups = Object.values(template.findResources('AWS::Logs::LogGroup')) as Array<{
      Properties: { RetentionInDays: number };
    }>;
    expect(logGroups.length).toBeGreaterThanOrEqual(3);
    expect(logGroups.every((group) => group.Properties.RetentionInDays === 14)).toBe(true);
  });

  it('lets search only read the table, while ingest may write it and read the bucket', () => {
    const searchActions = actionsOfRole(search.properties.Role);
    expect(searchActions).toContain('dynamodb:Query');
    expect(searchActions.filter((action) => TABLE_WRITE_ACTIONS.test(action))).toEqual([]);
    expect(searchActions.some((action) => action.startsWith('s3:'))).toBe(false);

    const ingestActions = actionsOfRole(ingest.properties.Role);
    expect(ingestActions).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 's3:GetObject*', 'sqs:ReceiveMessage']),
    );
    expect(ingestActions.some((action) => /^s3:(Put|Delete)/.test(action))).toBe(false);
    // Ingest hands unfinished objects over through its own queue; search never touches a queue.
    expect(ingestActions).toContain('sqs:SendMessage');
    expect(searchActions.some((action) => action.startsWith('sqs:'))).toBe(false);
  });

  it('uses explicit roles without AWS-managed policies', () => {
    for (const fn of [ingest, search]) {
      const roleLogicalId = (fn.properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
      const role = template.findResources('AWS::IAM::Role')[roleLogicalId] as {
        Properties: Record<string, unknown>;
      };
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('bundles each handler as minified ESM with the createRequire banner and a source map', () => {
    const assemblyDirectory = dev.app.synth().directory;
    for (const fn of [ingest, search]) {
      const assetKey = String((fn.properties.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '');
      const bundle = join(assemblyDirectory, `asset.${assetKey}`, 'index.mjs');
      expect(existsSync(bundle)).toBe(true);
      expect(existsSync(`${bundle}.map`)).toBe(true);
      const code = readFileSync(bundle, 'utf8');
      expect(code.startsWith("import { createRequire as topLevelCreateRequire } from 'node:module';")).toBe(
        true,
      );
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
    }
  });
});

describe('search API', () => {
  it('routes every GET route of the shared route table to the search function', () => {
    const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as { Properties: { RouteKey: string } }).Properties.RouteKey,
    );
    expect(routeKeys).toEqual(expect.arrayContaining(['GET /articles', 'GET /articles/{id}', 'GET /health']));
    expect(routeKeys.sort()).toEqual([...SEARCH_API_ROUTE_KEYS].sort());
    const search = findFunction(dev.stack.searchFunction);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [search.logicalId, 'Arn'] },
    });
  });

  it('throttles and logs the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE_RATE_PER_SECOND,
        ThrottlingBurstLimit: API_THROTTLE_BURST,
      },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('context.requestId'),
      },
    });
  });

  it('allows any origin in dev and only the configured origins in production', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['*'], AllowMethods: ['GET', 'OPTIONS'] }),
    });
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://tinsach.vn'] }),
    });
  });
});

describe('alarms and outputs', () => {
  it('alarms on the first dead-lettered message and on an old backlog, notifying the topic', () => {
    const deadLetterQueue = findResource(
      template,
      'AWS::SQS::Queue',
      (properties) => properties.RedrivePolicy === undefined,
    );
    const topic = findResource(template, 'AWS::SNS::Topic', () => true);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterQueue.logicalId, 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: topic.logicalId }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      AlarmActions: [{ Ref: topic.logicalId }],
    });
  });

  it('subscribes the alarm e-mail only when one is configured', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    prod.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'truc-ban@tinsach.vn',
    });
  });

  it('charts the metrics the functions emit on the dashboard', () => {
    const dashboard = findResource(template, 'AWS::CloudWatch::Dashboard', () => true);
    const body = JSON.stringify(dashboard.properties.DashboardBody);
    expect(body).toContain(METRICS_NAMESPACE);
    expect(body).toContain(METRIC_NAMES.articlesWithoutProvince);
    expect(body).toContain(METRIC_NAMES.objectsRejected);
  });

  it('outputs what the CLI and the lead need to reach the deployment', () => {
    expect(Object.keys(template.findOutputs('*')).sort()).toEqual(
      [
        'AlarmTopicArn',
        'ApiUrl',
        'ArticlesTableName',
        'DeadLetterQueueUrl',
        'IngestQueueUrl',
        'RawBucketName',
        'SiteUrl',
      ].sort(),
    );
  });
});
