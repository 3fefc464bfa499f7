package io.platform.policy.rules.iam;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/**
 * Roles a service assumes on the account's behalf pin the account or the source resource
 * ({@code aws:SourceAccount}, {@code aws:SourceArn}, {@code aws:SourceOrgID}): the cross-service
 * confused-deputy guard. Services that assume roles for compute the account runs itself (EC2
 * instances, Lambda functions) pass no such keys and are listed in {@code exemptServices}.
 */
public final class ServiceTrustConfusedDeputy {
    private static final Set<String> SOURCE_KEYS = Set.of("aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid",
            "aws:sourceorgpaths");

    private ServiceTrustConfusedDeputy() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-service-trust-confused-deputy")
                .description("Service trust policies pin the account or source resource (aws:SourceAccount/aws:SourceArn)")
                .severity(Severity.HIGH)
                .noPublicControl("no Security Hub control reads trust conditions; AWS IAM's cross-service "
                        + "confused-deputy guidance")
                .types(IAM_ROLE)
                .setting(Setting.strings("exemptServices", "Service principals that assume roles for the account's own "
                                + "compute and pass no source keys",
                        List.of("ec2.amazonaws.com", "lambda.amazonaws.com", "edgelambda.amazonaws.com")))
                .fix("Add Condition StringEquals aws:SourceAccount <account> (and ArnLike aws:SourceArn where the service sets it)")
                .check((r, ctx) -> Trust.eachStatement(r, ctx, s -> {
                    List<String> services = s.principals().getOrDefault("Service", List.of()).stream()
                            .filter(svc -> !ctx.settings().strings("exemptServices").contains(svc)).toList();
                    if (!s.allow() || services.isEmpty() || s.conditionKeys().stream().anyMatch(SOURCE_KEYS::contains)) {
                        return;
                    }
                    ctx.report(s.label() + " trusts " + String.join(", ", services) + " without aws:SourceAccount or "
                            + "aws:SourceArn; pin the account so another account's use of the service cannot assume the role");
                }))
                .build();
    }
}
