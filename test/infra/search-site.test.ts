// The search page on S3 behind CloudFront: private bucket reached only through origin access control,
// HTTPS, the API routed through the same distribution uncached, and web/ deployed at synth without network.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SEARCH_API_PATHS } from '#config/api-routes';
import { describeApiPathPatterns, SITE_INDEX_DOCUMENT } from '../../infra/constructs/search-site.ts';
import { findResource, synthesizeTinsachStack } from './synthesize-tinsach-stack.ts';

const { app, stack, template } = synthesizeTinsachStack({ logRetentionDays: 14 }, { bundle: false });

/** AWS-managed CloudFront policies, by their documented ids. */
const CACHING_DISABLED_POLICY_ID = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const SECURITY_HEADERS_POLICY_ID = '67f7725c-6f97-4210-82d7-5512b31e9d03';

function logicalIdOf(construct: { node: { defaultChild?: unknown } }): string {
  return String(stack.resolve((construct.node.defaultChild as CfnElement).logicalId));
}

/** CloudFront path patterns are globs where `*` matches any characters, `/` included. */
function matchesPattern(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(path);
}

const distribution = findResource(template, 'AWS::CloudFront::Distribution', () => true);
const config = distribution.properties.DistributionConfig as {
  DefaultRootObject: string;
  DefaultCacheBehavior: Record<string, unknown>;
  CacheBehaviors: Array<Record<string, unknown> & { PathPattern: string }>;
  Origins: Array<Record<string, unknown> & { Id: string }>;
  Logging?: { Bucket: unknown; Prefix: string };
};
const siteBucketId = logicalIdOf(stack.searchSite.siteBucket);

describe('describeApiPathPatterns', () => {
  it('covers every API route, parameters included, with one pattern per first segment', () => {
    const patterns = describeApiPathPatterns(['/health', '/articles', '/articles/{id}']);
    expect(patterns).toEqual(['/articles*', '/health*']);
    expect(patterns.some((pattern) => matchesPattern(pattern, '/articles/a1b2c3'))).toBe(true);
    expect(patterns.some((pattern) => matchesPattern(pattern, '/index.html'))).toBe(false);
  });
});

describe('site bucket', () => {
  it('is private and encrypted, with no website endpoint', () => {
    const bucket = findResource(template, 'AWS::S3::Bucket', () => true, siteBucketId);
    expect(bucket.properties.WebsiteConfiguration).toBeUndefined();
    expect(bucket.properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.properties.BucketEncryption).toBeDefined();
    expect(bucket.properties.LoggingConfiguration).toMatchObject({
      DestinationBucketName: expect.anything(),
    });
  });

  it('lets only this distribution read objects, through CloudFront service principal and source ARN', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: siteBucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });
});

describe('distribution', () => {
  it('reaches the bucket with origin access control, not a legacy identity', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      }),
    });
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    const s3Origin = config.Origins.find((origin) => origin.S3OriginConfig !== undefined);
    expect(s3Origin?.OriginAccessControlId).toBeDefined();
    expect(s3Origin?.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
  });

  it('serves the page over HTTPS with security headers and logs requests', () => {
    expect(config.DefaultRootObject).toBe(SITE_INDEX_DOCUMENT);
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      ResponseHeadersPolicyId: SECURITY_HEADERS_POLICY_ID,
    });
    expect(config.Logging?.Bucket).toEqual({
      'Fn::GetAtt': [logicalIdOf(stack.searchSite.cdnLogsBucket), 'RegionalDomainName'],
    });
  });

  it('routes every API path to the HTTP API over HTTPS, uncached, so the page calls its own origin', () => {
    const apiOrigin = config.Origins.find((origin) => origin.CustomOriginConfig !== undefined);
    expect(apiOrigin?.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only' });
    expect(JSON.stringify(apiOrigin?.DomainName)).toContain(logicalIdOf(stack.searchApi.api));
    const apiPaths = Object.values(SEARCH_API_PATHS).map((path) => path.replace(/\{[^}]*\}/g, 'x1'));
    for (const path of apiPaths) {
      const behavior = config.CacheBehaviors.find((candidate) => matchesPattern(candidate.PathPattern, path));
      expect(behavior, path).toMatchObject({
        TargetOriginId: apiOrigin?.Id,
        CachePolicyId: CACHING_DISABLED_POLICY_ID,
        ViewerProtocolPolicy: 'redirect-to-https',
      });
    }
    expect(config.CacheBehaviors.every((behavior) => behavior.TargetOriginId === apiOrigin?.Id)).toBe(true);
  });
});

describe('page deployment', () => {
  const deployment = findResource(template, 'Custom::CDKBucketDeployment', () => true);

  it('copies web/ into the site bucket, prunes old files and invalidates the distribution', () => {
    expect(deployment.properties).toMatchObject({
      DestinationBucketName: { Ref: siteBucketId },
      Prune: true,
      RetainOnDelete: false,
      DistributionId: { Ref: distribution.logicalId },
      DistributionPaths: ['/*'],
    });
  });

  it('synthesizes offline: the page and the AWS CLI layer are local assets in the cloud assembly', () => {
    const assembly = app.synth().directory;
    const staged = readdirSync(assembly).filter((entry) => entry.startsWith('asset.'));
    const pageAsset = staged.find((entry) => existsSync(join(assembly, entry, SITE_INDEX_DOCUMENT)));
    expect(pageAsset).toBeDefined();
    const layer = findResource(template, 'AWS::Lambda::LayerVersion', () => true);
    const layerKey = String((layer.properties.Content as { S3Key: string }).S3Key);
    expect(staged).toContain(`asset.${layerKey}`);
  });

  it('runs with its own role (no AWS-managed policy) and a log group with the configured retention', () => {
    const handler = findResource(template, 'AWS::Lambda::Function', (properties) =>
      JSON.stringify(properties.Layers ?? []).includes('AwsCliLayer'),
    );
    const roleId = (handler.properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const role = findResource(template, 'AWS::IAM::Role', () => true, roleId);
    expect(role.properties.ManagedPolicyArns).toBeUndefined();
    const logGroupRef = (handler.properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    const logGroup = findResource(template, 'AWS::Logs::LogGroup', () => true, logGroupRef);
    expect(logGroup.properties.RetentionInDays).toBe(14);
  });
});
