// cdk-nag 3 reads acknowledgments from CDK's own Validations metadata. Granular findings (IAM5 wildcards)
// must be acknowledged one by one as `Rule[finding]`, so a new wildcard still fails the check.
import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Acknowledges a rule on a construct and its children; with findings, only those findings. */
export function acknowledgeNagRule(
  scope: IConstruct,
  ruleId: string,
  reason: string,
  findings: readonly string[] = [],
): void {
  if (findings.length === 0) {
    Validations.of(scope).acknowledge({ id: ruleId, reason });
    return;
  }
  for (const finding of findings) {
    Validations.of(scope).acknowledge({ id: `${ruleId}[${finding}]`, reason });
  }
}

/** The `<LogicalId.Arn>` reference cdk-nag prints for a resource's ARN in an IAM finding. */
export function describeArnReference(resource: IConstruct): string {
  const element = resource.node.defaultChild as CfnElement;
  const logicalId: unknown = Stack.of(resource).resolve(element.logicalId);
  return `<${String(logicalId)}.Arn>`;
}
