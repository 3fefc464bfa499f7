package io.platform.config;

import java.util.List;

/**
 * The network tier's settings (SPEC §3.1), validated: subnets lie inside the VPC, do not
 * overlap, and there is one subnet per tier and AZ.
 */
public record NetworkConfig(
        String vpcCidr,
        int azCount,
        NatStrategy natStrategy,
        List<String> publicSubnetCidrs,
        List<String> privateSubnetCidrs,
        List<String> dataSubnetCidrs,
        List<String> interfaceEndpoints,
        boolean dynamoDbGatewayEndpoint,
        int flowLogRetentionDays) {

    /** Interface endpoint services this program knows how to place (short names after {@code com.amazonaws.<region>.}). */
    public static final List<String> SUPPORTED_INTERFACE_ENDPOINTS = List.of(
            "ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm", "ssmmessages", "ec2messages", "kms", "sts",
            "monitoring", "email-smtp", "sqs", "sns", "ecs", "ecs-agent", "ecs-telemetry", "xray",
            "elasticloadbalancing", "execute-api");

    /** SPEC §3.1: what the app tier needs to pull images, log, read secrets and assume roles privately. */
    public static final List<String> DEFAULT_INTERFACE_ENDPOINTS = List.of(
            "ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm", "kms", "sts");

    /** What the private tier needs without NAT: image pulls (layers come through the S3 gateway), logs, secrets. */
    public static final List<String> NAT_LESS_ENDPOINTS = List.of("ecr.api", "ecr.dkr", "logs", "secretsmanager");

    /** ECS Exec's message channels, and KMS for its session encryption. */
    public static final List<String> EXEC_ENDPOINTS = List.of("ssmmessages", "kms");

    /** SES sending through its VPC endpoint is SMTP only (STARTTLS on 587); SES has no API endpoint in a VPC. */
    public static final String SMTP_ENDPOINT = "email-smtp";

    public NetworkConfig {
        publicSubnetCidrs = List.copyOf(publicSubnetCidrs);
        privateSubnetCidrs = List.copyOf(privateSubnetCidrs);
        dataSubnetCidrs = List.copyOf(dataSubnetCidrs);
        interfaceEndpoints = List.copyOf(interfaceEndpoints);
    }

    public int natGatewayCount() {
        return natStrategy.gatewayCount(azCount);
    }
}
