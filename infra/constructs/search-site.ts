// The search page (web/) in a private bucket behind CloudFront with origin access control. The API's
// paths are routed through the same distribution, so the page calls `/articles` on its own origin exactly
// as it does on the local dev server, and needs no CORS.
import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { SEARCH_API_PATHS } from '#config/api-routes';
import { acknowledgeNagRule, describeArnReference } from './acknowledge-nag-rule.ts';
import { ACCESS_LOG_EXPIRY_DAYS } from './raw-bucket.ts';
import { resolveProjectPath } from './project-paths.ts';

/** The folder holding the search page, relative to the project root (the dev server serves the same one). */
export const WEB_ROOT = 'web';
export const SITE_INDEX_DOCUMENT = 'index.html';
/**
 * Edge locations in North America, Europe and Asia (Vietnam's own edges among them); South America and
 * Oceania would raise the per-GB price for readers the site does not target.
 */
export const SITE_PRICE_CLASS = PriceClass.PRICE_CLASS_200;
/** Object key prefix of CloudFront's standard logs in their bucket. */
export const CDN_LOG_PREFIX = 'cloudfront/';

/** BucketDeployment adds its function once per stack under an id with this prefix and a fixed uuid. */
const BUCKET_DEPLOYMENT_HANDLER_ID_PREFIX = 'Custom::CDKBucketDeployment';
const S3_ACCESS_LOGS_USE_BUCKET_POLICY = '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy';

/**
 * CloudFront path patterns for the API routes: `/articles/{id}` and `/articles` share `/articles*`.
 * Derived from the shared route table so a new route reaches the page without touching this file.
 */
export function describeApiPathPatterns(paths: readonly string[]): string[] {
  const patterns = paths.map((path) => `${path.replace(/\/\{[^}]*\}.*$/, '')}*`);
  return [...new Set(patterns)].sort();
}

export interface SearchSiteProps {
  readonly api: IHttpApi;
  /** The bucket collecting S3 server access logs; the site's buckets log there too. */
  readonly accessLogsBucket: IBucket;
  readonly logRetention: RetentionDays;
  /** Production keeps CloudFront's logs when the stack is deleted. */
  readonly isProduction: boolean;
}

export class SearchSite extends Construct {
  readonly siteBucket: Bucket;
  readonly cdnLogsBucket: Bucket;
  readonly distribution: Distribution;
  readonly deployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: SearchSiteProps) {
    super(scope, id);
    // As in RawBucket: S3 log delivery writes through a bucket policy, so no bucket here needs ACLs for it.
    this.node.setContext(S3_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    this.siteBucket = new Bucket(this, 'SiteBucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'site/',
      // Its content is rebuilt from web/ on every deploy; the deployment empties it when it is removed.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // CloudFront standard logging still delivers through the bucket ACL, so this bucket alone keeps ACLs
    // enabled (object writer); it stays private and encrypted like the others.
    this.cdnLogsBucket = new Bucket(this, 'CdnLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'cdn-logs/',
      lifecycleRules: [{ expiration: Duration.days(ACCESS_LOG_EXPIRY_DAYS) }],
      removalPolicy: props.isProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'tinsach search page and API',
      defaultRootObject: SITE_INDEX_DOCUMENT,
      priceClass: SITE_PRICE_CLASS,
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.cdnLogsBucket,
      logFilePrefix: CDN_LOG_PREFIX,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        compress: true,
      },
      additionalBehaviors: this.describeApiBehaviors(props.api),
    });

    this.deployment = this.deployPage(props.logRetention);
    this.acknowledgeFindings();
  }

  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  /** API answers are never cached at the edge: listings change with every ingested article. */
  private describeApiBehaviors(api: IHttpApi): Record<string, BehaviorOptions> {
    // apiEndpoint is `https://<id>.execute-api.<region>.amazonaws.com`; CloudFront wants the host alone.
    const apiHost = Fn.select(2, Fn.split('/', api.apiEndpoint));
    const behavior: BehaviorOptions = {
      origin: new HttpOrigin(apiHost, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      // Query strings and headers pass through; the Host header must stay the API's own.
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
    };
    return Object.fromEntries(
      describeApiPathPatterns(Object.values(SEARCH_API_PATHS)).map((pattern) => [pattern, behavior]),
    );
  }

  /**
   * Copies web/ into the bucket on every deploy and invalidates the distribution. The copy runs in a
   * CDK-provided function (AWS CLI layer shipped inside aws-cdk-lib, so synth needs no network or
   * Docker); it gets its own role and log group instead of the AWS-managed basic execution policy.
   */
  private deployPage(logRetention: RetentionDays): BucketDeployment {
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: logRetention });
    const role = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'tinsach search page deployment role',
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    const deployment = new BucketDeployment(this, 'Deployment', {
      sources: [Source.asset(resolveProjectPath(WEB_ROOT))],
      destinationBucket: this.siteBucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      retainOnDelete: false,
      role,
      logGroup,
    });
    acknowledgeNagRule(
      role,
      'AwsSolutions-IAM5',
      "Granted by CDK's BucketDeployment, not configurable through its props: read the CDK asset objects " +
        '(keys are content hashes), replace and prune any key of the site bucket (the page files), and ' +
        'create or read invalidations, which it grants on "*". The role serves only this deployment.',
      [
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        'Action::s3:DeleteObject*',
        'Action::s3:Abort*',
        `Resource::${describeArnReference(this.siteBucket)}/*`,
        'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
        'Resource::*',
      ],
    );
    this.acknowledgeDeploymentRuntime();
    return deployment;
  }

  /** BucketDeployment's function is a stack-level singleton whose Python runtime CDK chooses. */
  private acknowledgeDeploymentRuntime(): void {
    const stack = Stack.of(this);
    for (const child of stack.node.children) {
      if (!child.node.id.startsWith(BUCKET_DEPLOYMENT_HANDLER_ID_PREFIX)) continue;
      acknowledgeNagRule(
        child,
        'AwsSolutions-L1',
        'CDK-provided BucketDeployment handler: its Python runtime and AWS CLI layer are chosen and tested ' +
          'by aws-cdk-lib and move forward when the library is upgraded; it runs only during deploys.',
      );
    }
  }

  private acknowledgeFindings(): void {
    acknowledgeNagRule(
      this.distribution,
      'AwsSolutions-CFR1',
      'The page and the API serve published Vietnamese news to readers wherever they are (the diaspora ' +
        'among them); there is no licensing or legal reason to restrict countries.',
    );
    acknowledgeNagRule(
      this.distribution,
      'AwsSolutions-CFR2',
      'No WAF web ACL: it costs a fixed monthly fee per ACL and rule even when idle, and the content is ' +
        'public and read-only; the API stage throttle and CloudFront caching of the static page bound abuse.',
    );
    acknowledgeNagRule(
      this.distribution,
      'AwsSolutions-CFR4',
      'The distribution uses the default *.cloudfront.net certificate, whose TLS policy CloudFront fixes and ' +
        'does not let us raise; with a custom domain, set minimumProtocolVersion to TLSv1.2_2021 alongside ' +
        'the ACM certificate.',
    );
  }
}
