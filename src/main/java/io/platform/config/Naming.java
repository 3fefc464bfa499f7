package io.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names ({@code {prefix}-{env}-{resource}}) and the required tags (SPEC §2) of one stack.
 * Tags are set explicitly on every taggable resource so tests and the policy pack see them.
 *
 * @param project          the name prefix ({@code platform:naming.prefix}, by default the Pulumi project
 *                         name); it also fills the {@code Project} tag
 * @param regionQualifier  the stack's region when {@code platform:naming.regionInNames} is on: it is
 *                         appended to every name AWS keeps unique across regions (see {@link #globalName})
 */
public record Naming(String project, String environment, String owner, String costCenter,
                     Optional<String> regionQualifier) {

    /** Names without a region qualifier (the stacks deployed before {@code regionInNames}). */
    public Naming(String project, String environment, String owner, String costCenter) {
        this(project, environment, owner, costCenter, Optional.empty());
    }

    /** {@code platform-staging-vpc} for {@code name("vpc")}. */
    public String name(String resource) {
        return project + "-" + environment + "-" + resource;
    }

    /** The namespace of the application's own metrics, including the ERROR log-line counts. */
    public String metricNamespace() {
        return project + "/" + environment;
    }

    /**
     * A name AWS keeps unique across the whole account, not per region: CloudWatch dashboards,
     * budgets, cost monitors, CloudFront policies, and anything this stack places in another region
     * (us-east-1 for CloudFront, the DR or replica region). With the region qualifier,
     * {@code platform-production-overview-us-west-2}, so the same environment in two regions of one
     * account never claims the same name.
     */
    public String globalName(String resource) {
        return name(resource) + regionQualifier.map(r -> "-" + r).orElse("");
    }

    /** A Secrets Manager name under {@code /{env}/} (seed 001 §5.5.1), e.g. {@code /staging/app/jwt-secret}. */
    public String secretName(String secret) {
        return "/" + environment + "/" + secret;
    }

    /** Globally unique bucket name: the account id keeps two accounts' stacks apart, the region qualifier two regions. */
    public String bucketName(String purpose, String accountId) {
        return globalName(purpose) + "-" + accountId;
    }

    /** Log group of one ECS service. */
    public String serviceLogGroup(String service) {
        return "/" + project + "/" + environment + "/ecs/" + service;
    }

    /** Tags of a resource AWS Backup should take daily (the backup plan selects on {@code Backup=daily}). */
    public Map<String, String> backupTags(String resource) {
        Map<String, String> tags = new LinkedHashMap<>(tags(resource));
        tags.put(BACKUP_TAG, BACKUP_DAILY);
        return Map.copyOf(tags);
    }

    public static final String BACKUP_TAG = "Backup";
    public static final String BACKUP_DAILY = "daily";

    /** The required tags plus {@code Name}. */
    public Map<String, String> tags(String resource) {
        Map<String, String> tags = new LinkedHashMap<>(baseTags());
        tags.put("Name", name(resource));
        return Map.copyOf(tags);
    }

    public Map<String, String> baseTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Project", project);
        tags.put("Environment", environment);
        tags.put("Owner", owner);
        tags.put("CostCenter", costCenter);
        tags.put("ManagedBy", "pulumi");
        return tags;
    }
}
