// The single articles table: keys and indexes come from the shared resource definition so the local
// stack and AWS build the same shape.
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { ARTICLES_TABLE } from '#config/resources';

export interface ArticlesTableProps {
  /** Production tables are protected from deletion and kept when the stack goes away. */
  readonly isProduction: boolean;
}

export class ArticlesTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: ArticlesTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: ARTICLES_TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: ARTICLES_TABLE.sortKey, type: AttributeType.STRING },
      // Ingest traffic arrives in bursts when crawlers upload; on-demand follows it without tuning.
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.isProduction,
      // Dev tables can be rebuilt from the raw bucket, so they go with the stack.
      removalPolicy: props.isProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of Object.values(ARTICLES_TABLE.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }
}
