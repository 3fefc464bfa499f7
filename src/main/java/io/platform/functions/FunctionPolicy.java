package io.platform.functions;

import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The platform's part of a function's role, as a document built from resolved ARNs: what every
 * function needs (its log group, network interfaces in its subnets and group, X-Ray, its DLQ and
 * the environment's key) and what its config adds (trigger queues, secrets, rotation).
 */
final class FunctionPolicy {
    /** Lambda creates and removes the function's interfaces in its subnets with the execution role. */
    static final List<String> INTERFACE_ACTIONS = List.of("ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
            "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses");
    static final List<String> DESCRIBE_ACTIONS = List.of("ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets");
    static final List<String> QUEUE_CONSUMER = List.of("sqs:ReceiveMessage", "sqs:DeleteMessage",
            "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility");
    static final List<String> ROTATION = List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
            "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage");

    /**
     * @param networkInterfaces ARN pattern of the account's network interfaces in the region
     * @param subnets           the private subnets' ARNs
     * @param securityGroup     the function's group's ARN
     */
    record Inputs(String logGroupArn, String networkInterfaces, List<String> subnets, String securityGroup,
                  String deadLetterQueueArn, String dataKeyArn, String secretsKeyArn, List<String> triggerQueueArns,
                  List<String> secretArns, List<String> rotatedSecretArns) {
    }

    private FunctionPolicy() {
    }

    static String render(Inputs in) {
        PolicyDocument doc = PolicyDocument.create()
                .statement(Statement.allow("WriteFunctionLogs")
                        .actions("logs:CreateLogStream", "logs:PutLogEvents")
                        .resources(in.logGroupArn(), in.logGroupArn() + ":log-stream:*"));
        List<String> interfaceResources = new ArrayList<>(List.of(in.networkInterfaces()));
        interfaceResources.addAll(in.subnets());
        interfaceResources.add(in.securityGroup());
        doc.statement(Statement.allow("ManageVpcInterfaces").actions(INTERFACE_ACTIONS).resources(interfaceResources))
                // Describe calls have no resource-level permissions in EC2.
                .statement(Statement.allow("DescribeVpcInterfaces").actions(DESCRIBE_ACTIONS).resources("*"))
                // X-Ray's write actions have no resource-level permissions.
                .statement(Statement.allow("PublishTraces")
                        .actions("xray:PutTraceSegments", "xray:PutTelemetryRecords").resources("*"))
                .statement(Statement.allow("SendToDeadLetterQueue").actions("sqs:SendMessage")
                        .resources(in.deadLetterQueueArn()));
        if (!in.triggerQueueArns().isEmpty()) {
            doc.statement(Statement.allow("ConsumeTriggerQueues").actions(QUEUE_CONSUMER)
                    .resources(in.triggerQueueArns()));
        }
        doc.statement(Statement.allow("UseQueueKey").actions("kms:GenerateDataKey", "kms:Decrypt")
                .resources(in.dataKeyArn()));
        if (!in.secretArns().isEmpty()) {
            doc.statement(Statement.allow("ReadFunctionSecrets").actions("secretsmanager:GetSecretValue")
                    .resources(in.secretArns()));
        }
        if (!in.rotatedSecretArns().isEmpty()) {
            doc.statement(Statement.allow("RotateSecrets").actions(ROTATION).resources(in.rotatedSecretArns()))
                    // GetRandomPassword has no resource-level permissions.
                    .statement(Statement.allow("GeneratePasswords").actions("secretsmanager:GetRandomPassword")
                            .resources("*"));
        }
        List<String> secretsKeyActions = in.rotatedSecretArns().isEmpty() ? List.of("kms:Decrypt")
                : List.of("kms:Decrypt", "kms:GenerateDataKey");
        return doc.statement(Statement.allow("UseSecretsKey").actions(secretsKeyActions).resources(in.secretsKeyArn()))
                .toJson();
    }
}
