// cdk-nag 3 is a policy-validation plugin: findings no longer appear as annotations, so the test runs
// the pack directly over the construct tree (what `cdk synth` does through Validations) and also checks
// that CDK itself reported no errors or warnings.
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { synthesizeTinsachStack } from './synthesize-tinsach-stack.ts';

const { app, stack } = synthesizeTinsachStack({
  stage: 'prod',
  corsOrigins: 'https://tinsach.vn',
  alarmEmail: 'truc-ban@tinsach.vn',
});

/** A reason shorter than this is a label, not a justification a reviewer can check. */
const MINIMUM_REASON_LENGTH = 60;

function collectAcknowledgments(root: IConstruct): Array<{ path: string; id: string; reason: string }> {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason: String(reason),
        })),
      ),
  );
}

describe('AWS Solutions checks', () => {
  it('finds no unacknowledged errors or warnings in the stack', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    const findings = report.violations.map(
      (violation) =>
        `${violation.ruleName} at ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('leaves CDK with no error or warning annotations', () => {
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  });

  it('justifies every acknowledgment with a real reason, and only AwsSolutions rules are acknowledged', () => {
    const acknowledgments = collectAcknowledgments(stack);
    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const acknowledgment of acknowledgments) {
      expect(acknowledgment.id, acknowledgment.path).toMatch(/AwsSolutions-[A-Z]+\d+/);
      expect(
        acknowledgment.reason.length,
        `${acknowledgment.id} at ${acknowledgment.path}`,
      ).toBeGreaterThanOrEqual(MINIMUM_REASON_LENGTH);
    }
  });

  it('acknowledges wildcard permissions finding by finding, never the whole IAM5 rule', () => {
    const iamWildcards = collectAcknowledgments(stack).filter((ack) => ack.id.includes('AwsSolutions-IAM5'));
    expect(iamWildcards.length).toBeGreaterThan(0);
    expect(iamWildcards.every((ack) => /AwsSolutions-IAM5\[.+\]$/.test(ack.id))).toBe(true);
  });

  it('does flag a non-compliant resource, so a clean report means something', () => {
    const probeApp = new App();
    const probeStack = new Stack(probeApp, 'Probe');
    new Bucket(probeStack, 'Unprotected');
    const report = new AwsSolutionsChecks(probeApp).validateScope(probeStack);
    const rules = report.violations.map((violation) => violation.ruleName);
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']));
  });
});
