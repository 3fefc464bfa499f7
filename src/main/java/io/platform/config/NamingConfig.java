package io.platform.config;

/**
 * How the stack names what it creates ({@code platform:naming}).
 *
 * @param prefix         first part of every name, {@code {prefix}-{env}-{resource}}; by default the Pulumi project name
 * @param regionInNames  append the region to names AWS keeps unique across regions (S3 buckets, dashboards, budgets,
 *                       CloudFront policies, us-east-1 WAF and alarms, DR-region resources), so one environment can
 *                       run in two regions of one account; stacks created before this switch existed set it false so
 *                       their names (and buckets) stay as deployed
 */
public record NamingConfig(String prefix, boolean regionInNames) {
}
