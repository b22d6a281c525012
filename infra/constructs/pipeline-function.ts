// A pipeline Lambda with the project's defaults in one place: Node.js 22 on arm64, ESM bundle built by
// the local esbuild, X-Ray tracing, Powertools settings, its own log group and its own narrow role.
import { createRequire } from 'node:module';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '#config/resources';
import { METRICS_NAMESPACE, SERVICE_NAME } from '#observability/metric-names';
import { acknowledgeNagRule, describeArnReference } from './acknowledge-nag-rule.ts';
import { DEPS_LOCK_FILE, PROJECT_ROOT, resolveProjectPath } from './project-paths.ts';

/** Node.js 22 is the oldest Lambda runtime the project supports; the bundle targets the same version. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;
export const BUNDLE_TARGET = 'node22';
/**
 * esbuild writes ASCII by default, escaping every non-ASCII letter as `\uXXXX`: Vietnamese place names,
 * stop words and widget vocabulary would take up to six bytes per letter instead of two or three.
 */
export const BUNDLE_CHARSET = Charset.UTF8;
/**
 * esbuild's ESM output has no `require`; CommonJS dependencies bundled into it (parts of the AWS SDK
 * among them) still call it, so the bundle recreates it from `import.meta.url`.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);";

export class LocalEsbuildMissingError extends Error {
  constructor() {
    super(
      'esbuild is not installed in node_modules; bundling would fall back to Docker, which this project does not use',
    );
    this.name = 'LocalEsbuildMissingError';
  }
}

export interface PipelineFunctionProps {
  /** Entry file relative to the project root, exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  /** Short name for descriptions, e.g. `ingest`. */
  readonly name: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  readonly logRetention: RetentionDays;
  readonly logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** Share of invocations Powertools logs at DEBUG whatever the level (0 to 1); default none. */
  readonly debugSampleRate?: number;
  readonly environment?: Readonly<Record<string, string>>;
}

export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    assertLocalEsbuild();

    this.logGroup = new LogGroup(this, 'LogGroup', { retention: props.logRetention });
    // An explicit role instead of the default one: the default attaches the AWS-managed basic execution
    // policy, which may write to any log group in the account; this role may write only to its own.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `tinsach ${props.name} function role`,
    });
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      entry: resolveProjectPath(props.entry),
      handler: 'handler',
      description: props.description,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: DEPS_LOCK_FILE,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      timeout: Duration.seconds(props.timeoutSeconds),
      memorySize: props.memoryMb,
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        // One service for the whole pipeline, as shared/observability configures it; the function name
        // already tells ingest and search logs apart, and one `service` dimension keeps metrics together.
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: props.logLevel,
        // Never log whole incoming events: an SQS batch repeats every object key and doubles log volume;
        // the handlers log what they decided per object instead.
        POWERTOOLS_LOGGER_LOG_EVENT: 'false',
        POWERTOOLS_LOGGER_SAMPLE_RATE: String(props.debugSampleRate ?? 0),
        // Explicitly on: the dashboard and the alarms on pipeline outcomes depend on these metrics.
        POWERTOOLS_METRICS_DISABLED: 'false',
        // Stack traces point into the TypeScript sources instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLE_TARGET,
        minify: true,
        charset: BUNDLE_CHARSET,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        banner: ESM_REQUIRE_BANNER,
        // Prefer the ESM builds of dependencies so tree shaking works.
        mainFields: ['module', 'main'],
        // Ship the SDK version the tests ran against instead of whatever the runtime carries today.
        bundleAwsSDK: true,
        forceDockerBundling: false,
      },
    });
    acknowledgeNagRule(
      this.function,
      'AwsSolutions-L1',
      'Pinned on purpose to Node.js 22, the version the bundle targets (BUNDLE_TARGET) and the oldest the ' +
        'project supports; Lambda supports it until 2027. Moving to a newer runtime is a deliberate change ' +
        'of FUNCTION_RUNTIME and BUNDLE_TARGET together, after the tests ran on it.',
    );
    acknowledgeNagRule(
      this.role,
      'AwsSolutions-IAM5',
      'X-Ray PutTraceSegments/PutTelemetryRecords do not support resource-level permissions, so active ' +
        'tracing needs Resource "*" (added by CDK for Tracing.ACTIVE).',
      ['Resource::*'],
    );
  }

  /** Lets the function read and write the table and tells it the table's name. */
  bindTableReadWrite(table: ITable): void {
    table.grantReadWriteData(this.function);
    this.setTableName(table);
    this.acknowledgeIndexWildcard(table);
  }

  /** Lets the function only read the table (items and indexes) and tells it the table's name. */
  bindTableReadOnly(table: ITable): void {
    table.grantReadData(this.function);
    this.setTableName(table);
    this.acknowledgeIndexWildcard(table);
  }

  /** Lets the function send to the queue (and only send) and tells it the queue's URL. */
  bindQueueSendOnly(queue: IQueue): void {
    queue.grantSendMessages(this.function);
    this.function.addEnvironment(ENV.ingestQueueUrl, queue.queueUrl);
  }

  /** Lets the function read raw objects and tells it the bucket's name. */
  bindRawBucketReadOnly(bucket: IBucket): void {
    bucket.grantRead(this.function);
    this.function.addEnvironment(ENV.rawBucket, bucket.bucketName);
    acknowledgeNagRule(
      this.role,
      'AwsSolutions-IAM5',
      'Ingest must read any object a crawler uploads, whose keys are not known in advance; the grant is ' +
        'read-only (s3:GetObject*, s3:GetBucket*, s3:List*) and limited to the raw bucket.',
      [
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        `Resource::${describeArnReference(bucket)}/*`,
      ],
    );
  }

  private setTableName(table: ITable): void {
    this.function.addEnvironment(ENV.tableName, table.tableName);
  }

  private acknowledgeIndexWildcard(table: ITable): void {
    acknowledgeNagRule(
      this.role,
      'AwsSolutions-IAM5',
      'Queries go through the table\'s global secondary indexes; "index/*" covers exactly the indexes of ' +
        'this one table, whose names come from shared/config/resources.ts.',
      [`Resource::${describeArnReference(table)}/index/*`],
    );
  }
}

/** Fails synth early instead of letting CDK fall back to Docker bundling on a machine without esbuild. */
function assertLocalEsbuild(): void {
  try {
    createRequire(import.meta.url).resolve('esbuild');
  } catch {
    throw new LocalEsbuildMissingError();
  }
}
