const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const tasks = require('aws-cdk-lib/aws-stepfunctions-tasks');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrdersStack', { env: { account: '123456789012', region: 'us-east-1' } });

const charge = new lambda.Function(stack, 'ChargeFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => ({ charged: true });'),
});
const table = new dynamodb.Table(stack, 'OrdersTable', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
});
const topic = new sns.Topic(stack, 'OrderTopic');
const queue = new sqs.Queue(stack, 'ShippingQueue');

const chargeCard = new tasks.LambdaInvoke(stack, 'Charge Card', {
  lambdaFunction: charge,
  outputPath: '$.Payload',
  retryOnServiceExceptions: true,
});
const saveOrder = new tasks.DynamoPutItem(stack, 'Save Order', {
  table,
  item: { id: tasks.DynamoAttributeValue.fromString(sfn.JsonPath.stringAt('$.id')) },
  resultPath: sfn.JsonPath.DISCARD,
});
const notify = new tasks.SnsPublish(stack, 'Notify', {
  topic,
  message: sfn.TaskInput.fromJsonPathAt('$'),
  resultPath: sfn.JsonPath.DISCARD,
});
const ship = new tasks.SqsSendMessage(stack, 'Ship', {
  queue,
  messageBody: sfn.TaskInput.fromJsonPathAt('$'),
});
const failed = new sfn.Fail(stack, 'Payment Failed', { error: 'PaymentFailed', cause: 'The card was declined.' });

const definition = chargeCard
  .addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' })
  .next(saveOrder)
  .next(notify)
  .next(ship);

new sfn.StateMachine(stack, 'OrderStateMachine', {
  definitionBody: sfn.DefinitionBody.fromChainable(definition),
  timeout: cdk.Duration.minutes(5),
});

app.synth();
