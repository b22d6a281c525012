// Builds the stack the way infra/app.ts does, once per test file: bundling the two functions with
// esbuild is the slow part, so callers keep the result in module scope.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { parseStackSettings, type RawStackSettings } from '../../infra/stacks/stack-settings.ts';
import { TinsachStack } from '../../infra/stacks/tinsach-stack.ts';

/** CDK context key listing the stacks whose assets are bundled; an empty list skips bundling. */
const BUNDLING_STACKS_CONTEXT = 'aws:cdk:bundling-stacks';

export interface SynthesizedStack {
  readonly app: App;
  readonly stack: TinsachStack;
  readonly template: Template;
}

export interface SynthesizeOptions {
  /** Skip esbuild when a test only looks at settings that do not depend on the bundle. */
  readonly bundle?: boolean;
}

export function synthesizeTinsachStack(
  raw: RawStackSettings = {},
  options: SynthesizeOptions = {},
): SynthesizedStack {
  const app = new App(options.bundle === false ? { context: { [BUNDLING_STACKS_CONTEXT]: [] } } : {});
  const stack = new TinsachStack(app, 'TinsachStack', { settings: parseStackSettings(raw) });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The single resource of a type (and logical id, if given) whose properties match, or a test failure. */
export function findResource(
  template: Template,
  type: string,
  matches: (properties: Record<string, unknown>) => boolean,
  wantedLogicalId?: string,
): { logicalId: string; properties: Record<string, unknown>; resource: Record<string, unknown> } {
  const found = Object.entries(template.findResources(type)).filter(
    ([id, resource]) =>
      (wantedLogicalId === undefined || id === wantedLogicalId) &&
      matches((resource as { Properties?: Record<string, unknown> }).Properties ?? {}),
  );
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  const [logicalId, resource] = found[0] as [string, Record<string, unknown>];
  return { logicalId, properties: (resource.Properties ?? {}) as Record<string, unknown>, resource };
}
