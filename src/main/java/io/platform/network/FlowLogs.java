package io.platform.network;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.FlowLog;
import com.pulumi.aws.ec2.FlowLogArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.iam.TrustPolicies;

/** VPC flow logs of ALL traffic to a KMS-encrypted log group, written by a role that can do nothing else. */
final class FlowLogs {
    private FlowLogs() {
    }

    static FlowLog declare(NetworkArgs args, Output<String> vpcId, CustomResourceOptions child) {
        var naming = args.naming();
        var account = args.account();
        LogGroup logGroup = new LogGroup(naming.name("vpc-flow-logs"), LogGroupArgs.builder()
                .name("/" + naming.project() + "/" + naming.environment() + "/vpc-flow-logs")
                .retentionInDays(args.config().flowLogRetentionDays())
                .kmsKeyId(args.logsKeyArn())
                .tags(naming.tags("vpc-flow-logs"))
                .build(), child);

        Output<String> trust = TrustPolicies.service("FlowLogsAssume", "vpc-flow-logs.amazonaws.com",
                account.accountId(), account.arn("ec2", "vpc-flow-log/*"));
        Role role = new Role(naming.name("vpc-flow-logs-role"), RoleArgs.builder()
                .description("Lets VPC flow logs write to " + naming.name("vpc-flow-logs") + " only")
                .assumeRolePolicy(trust)
                .tags(naming.tags("vpc-flow-logs-role"))
                .build(), child);
        new RolePolicy(naming.name("vpc-flow-logs-write"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(logGroup.arn().applyValue(arn -> PolicyDocument.create()
                        .statement(Statement.allow("WriteFlowLogs")
                                .actions("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams")
                                .resources(arn, arn + ":*"))
                        .toJson()))
                .build(), child);

        return new FlowLog(naming.name("vpc-flow-log"), FlowLogArgs.builder()
                .vpcId(vpcId)
                .trafficType("ALL")
                .logDestinationType("cloud-watch-logs")
                .logDestination(logGroup.arn())
                .iamRoleArn(role.arn())
                .maxAggregationInterval(60)
                .tags(naming.tags("vpc-flow-log"))
                .build(), child);
    }
}
