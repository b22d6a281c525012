// The public, read-only HTTP API in front of the search function.
import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SEARCH_API_PATHS } from '#config/api-routes';
import { acknowledgeNagRule } from './acknowledge-nag-rule.ts';

/** The routes the search function serves (it routes internally with @middy/http-router). */
export const SEARCH_ROUTES = Object.values(SEARCH_API_PATHS);

/**
 * Steady-state requests per second across the API. A search page user makes a request every few
 * seconds, so this serves a few hundred concurrent readers while capping what a runaway client or a
 * scraper can cost in Lambda and DynamoDB reads.
 */
export const API_THROTTLE_RATE_PER_SECOND = 50;
/** Short bursts (a page load firing several requests, a client retrying) up to twice the rate. */
export const API_THROTTLE_BURST = 100;
/** Browsers may cache a CORS preflight answer for a day; the allowed origins rarely change. */
export const CORS_MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * One JSON line per request with HTTP API context variables (the REST API's standard fields name
 * variables, such as resourcePath, that HTTP APIs do not have).
 */
export const HTTP_API_ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationError: '$context.integrationErrorMessage',
} as const;

export interface SearchApiProps {
  readonly searchFunction: IFunction;
  readonly corsOrigins: readonly string[];
  readonly logRetention: RetentionDays;
}

export class SearchApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogGroup: LogGroup;

  constructor(scope: Construct, id: string, props: SearchApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      description: 'tinsach search API (read-only)',
      // The default stage is declared below so it can carry throttling and access logging.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...props.corsOrigins],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.OPTIONS],
        allowHeaders: ['content-type'],
        maxAge: Duration.seconds(CORS_MAX_AGE_SECONDS),
      },
    });
    const integration = new HttpLambdaIntegration('SearchIntegration', props.searchFunction);
    const routes = SEARCH_ROUTES.flatMap((path) =>
      this.api.addRoutes({ path, methods: [HttpMethod.GET], integration }),
    );

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: API_THROTTLE_RATE_PER_SECOND, burstLimit: API_THROTTLE_BURST },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(JSON.stringify(HTTP_API_ACCESS_LOG_FIELDS)),
      },
    });

    for (const route of routes) {
      acknowledgeNagRule(
        route,
        'AwsSolutions-APIG4',
        'The search API is deliberately public and read-only: it serves published news to the search page. ' +
          'Abuse is bounded by stage throttling; there is no user data behind it.',
      );
    }
  }

  get url(): string {
    return this.stage.url;
  }
}
