// The bucket crawlers upload to, plus the bucket that receives its server access logs.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * Old versions exist only to undo an accidental overwrite or delete; a month is long enough to notice,
 * short enough that re-uploads by a crawler do not double storage for long.
 */
export const NONCURRENT_VERSION_EXPIRY_DAYS = 30;
/** Access logs serve security investigations; a year covers an annual audit. */
export const ACCESS_LOG_EXPIRY_DAYS = 365;
/** Uploads interrupted by a crawler crash are garbage after a week. */
export const INCOMPLETE_UPLOAD_EXPIRY_DAYS = 7;

const S3_ACCESS_LOGS_USE_BUCKET_POLICY = '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy';

export interface RawBucketProps {
  /** Production keeps both buckets when the stack is deleted. */
  readonly isProduction: boolean;
}

export class RawBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogsBucket: Bucket;

  constructor(scope: Construct, id: string, props: RawBucketProps) {
    super(scope, id);
    // Let S3 log delivery write through a bucket policy instead of the legacy LogDeliveryWrite ACL, so
    // both buckets can disable ACLs altogether (the CDK default for new projects, set here explicitly
    // because this project's cdk.json carries no feature flags).
    this.node.setContext(S3_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    // Raw pages are the source of truth for re-cleaning, so they are never deleted with the stack, not
    // even in dev (remove a dev bucket by hand after `cdk destroy` if it is no longer wanted).
    const removalPolicy = RemovalPolicy.RETAIN;

    this.accessLogsBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(ACCESS_LOG_EXPIRY_DAYS) }],
      removalPolicy: props.isProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'raw/',
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_EXPIRY_DAYS),
          abortIncompleteMultipartUploadAfter: Duration.days(INCOMPLETE_UPLOAD_EXPIRY_DAYS),
        },
      ],
      removalPolicy,
    });
  }
}
