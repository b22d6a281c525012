// CDK entry point (cdk.json: `npx tsx infra/app.ts`). Environment-agnostic: synth needs no AWS account,
// credentials or lookups; the account and region come from the CLI profile at deploy time.
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { collectRawSettings, parseStackSettings } from './stacks/stack-settings.ts';
import { TinsachStack } from './stacks/tinsach-stack.ts';

const app = new App();
const settings = parseStackSettings(collectRawSettings((key) => app.node.tryGetContext(key), process.env));

new TinsachStack(app, 'TinsachStack', {
  stackName: `tinsach-${settings.stage}`,
  description: `tinsach news ingestion pipeline (${settings.stage})`,
  settings,
  terminationProtection: settings.isProduction,
});

Tags.of(app).add('project', 'tinsach');
Tags.of(app).add('stage', settings.stage);
// Every synth runs the AWS Solutions checks (cdk-nag 3 is a policy-validation plugin): an unacknowledged
// finding fails `cdk synth` on the developer's machine, long before a deployment.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

app.synth();
