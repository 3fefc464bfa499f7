package io.platform.security;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.AccessConfig;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument;
import io.platform.observability.TrailAlarms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Roles people assume (seed 001 §11.1; issue 16 item 7): break-glass and developer roles, each trusting
 * only its named principals, only with MFA, for a limited session, carrying one AWS managed policy that is
 * also its permissions boundary. Every {@code AssumeRole} of one is counted from the trail's log group
 * (the multi-region trail also holds the global STS endpoint's events, which an EventBridge rule in this
 * region would miss) and alarms on the role's severity topic.
 */
public final class AccessRoles extends ComponentResource {
    /** Where the use counts are published. */
    public static final String NAMESPACE = "PlatformAccess";

    private final Map<String, Output<String>> roleArns = new TreeMap<>();
    private final List<String> alarmNames = new ArrayList<>();

    public AccessRoles(String name, AccessRolesArgs args, ComponentResourceOptions options) {
        super("platform:security:AccessRoles", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        var account = args.account();
        for (AccessConfig.Role config : args.config().roles()) {
            String roleName = naming.name(config.name());
            Output<String> policyArn = account.partition().applyValue(config.policy()::arn);
            Role role = new Role(roleName, RoleArgs.builder()
                    .name(roleName)
                    .description(config.policy().configName() + " for people, with MFA, at most "
                            + config.maxSessionSeconds() + " s a session; every use alarms ["
                            + config.useSeverity().configName() + "]")
                    .assumeRolePolicy(Output.tuple(account.partition(), account.accountId())
                            .applyValue(t -> trustPolicy(config, t.t1, t.t2)))
                    .maxSessionDuration(config.maxSessionSeconds())
                    .permissionsBoundary(policyArn)
                    .tags(naming.tags(config.name()))
                    .build(), child);
            new RolePolicyAttachment(naming.name(config.name() + "-policy"), RolePolicyAttachmentArgs.builder()
                    .role(role.name())
                    .policyArn(policyArn)
                    .build(), child);
            roleArns.put(config.name(), role.arn());
            alarmNames.add(TrailAlarms.declare(naming, new TrailAlarms.Watch(config.name() + "-assumed", NAMESPACE,
                    "AssumeRole-" + roleName, role.arn().applyValue(AccessRoles::assumeRolePattern),
                    "Access role " + roleName + " assumed", config.useSeverity(),
                    args.topicArns().get(config.useSeverity())), args.trailLogGroupName(), this));
        }
        registerOutputs(Map.of());
    }

    /** Only the named principals, only with MFA signed in at most {@code mfaMaxAgeSeconds} ago. */
    static String trustPolicy(AccessConfig.Role role, String partition, String accountId) {
        String[] principals = role.principals().stream().map(p -> p.equals(AccessConfig.THIS_ACCOUNT)
                ? "arn:" + partition + ":iam::" + accountId + ":root" : p).distinct().toArray(String[]::new);
        return PolicyDocument.create().statement(PolicyDocument.Statement.allow("AssumeWithMfa")
                .awsPrincipal(principals)
                .actions("sts:AssumeRole")
                .condition("Bool", "aws:MultiFactorAuthPresent", "true")
                .condition("NumericLessThan", "aws:MultiFactorAuthAge", Integer.toString(role.mfaMaxAgeSeconds())))
                .toJson();
    }

    /** The CloudTrail record of an {@code AssumeRole} of exactly this role (any STS endpoint, any region). */
    static String assumeRolePattern(String roleArn) {
        return "{ ($.eventSource = \"sts.amazonaws.com\") && ($.eventName = \"AssumeRole\") && "
                + "($.requestParameters.roleArn = \"" + roleArn + "\") }";
    }

    /** Role short name → ARN. */
    public Map<String, Output<String>> roleArns() {
        return Map.copyOf(roleArns);
    }

    /** The use alarms' names, for the closing report and tests. */
    public List<String> alarmNames() {
        return List.copyOf(alarmNames);
    }
}
