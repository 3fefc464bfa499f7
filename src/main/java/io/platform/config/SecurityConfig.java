package io.platform.config;

import java.util.List;
import java.util.Optional;

/** The security tier's settings (SPEC §3.2). */
public record SecurityConfig(
        int kmsDeletionWindowDays,
        boolean accountBaseline,
        boolean appInternetEgress,
        AlbIngress albIngress,
        WafConfig waf,
        GithubConfig github,
        AppAccess appAccess,
        FindingsConfig findings,
        AuditConfig audit) {

    /**
     * The regional web ACL in front of the ALB: rate limit, geo block-list or allow-list (seed 000:
     * "US only"), custom header rules (seed 000's bad-bot rule), the managed groups with optional
     * Bot Control and account-takeover prevention, and per-rule action overrides inside them.
     *
     * @param ruleOverrides managed group → rule name → action ({@code count}, {@code block}, …)
     */
    public record WafConfig(int rateLimitPer5Minutes, List<String> blockedCountries, List<String> allowedCountries,
                            List<CustomRule> customRules, boolean botControl, Optional<AccountTakeover> accountTakeover,
                            java.util.Map<String, java.util.Map<String, String>> ruleOverrides) {
        /** AWS managed rule groups every regional web ACL evaluates, in order. */
        public static final List<String> MANAGED_GROUPS = List.of(
                "AWSManagedRulesAmazonIpReputationList",
                "AWSManagedRulesCommonRuleSet",
                "AWSManagedRulesKnownBadInputsRuleSet",
                "AWSManagedRulesSQLiRuleSet",
                "AWSManagedRulesLinuxRuleSet");
        public static final String BOT_CONTROL = "AWSManagedRulesBotControlRuleSet";
        public static final String ACCOUNT_TAKEOVER = "AWSManagedRulesATPRuleSet";

        public WafConfig {
            blockedCountries = List.copyOf(blockedCountries);
            allowedCountries = List.copyOf(allowedCountries);
            customRules = List.copyOf(customRules);
            ruleOverrides = java.util.Map.copyOf(ruleOverrides);
        }

        /** The base groups plus Bot Control and ATP when switched on, in evaluation order. */
        public List<String> managedGroups() {
            var groups = new java.util.ArrayList<>(MANAGED_GROUPS);
            if (botControl) {
                groups.add(BOT_CONTROL);
            }
            accountTakeover.ifPresent(a -> groups.add(ACCOUNT_TAKEOVER));
            return List.copyOf(groups);
        }
    }

    /** Blocks (or counts) requests whose {@code header}, lower-cased, contains any of {@code contains}. */
    public record CustomRule(String name, String header, List<String> contains, String action) {
        public CustomRule {
            contains = List.copyOf(contains);
        }
    }

    /** Where the login form posts and which JSON fields carry the credentials (ATP inspects them). */
    public record AccountTakeover(String loginPath, String usernameField, String passwordField) {
    }

    /**
     * Who may assume the deploy role through GitHub's OIDC provider: one repository, and
     * only workflows running on the given branches or in the given GitHub environments.
     */
    public record GithubConfig(String repository, List<String> branches, List<String> environments,
                               Optional<String> existingOidcProviderArn) {
        public GithubConfig {
            branches = List.copyOf(branches);
            environments = List.copyOf(environments);
        }

        /** The OIDC {@code sub} claims allowed, e.g. {@code repo:acme/platform:ref:refs/heads/main}. */
        public List<String> subjects() {
            var subjects = new java.util.ArrayList<String>();
            branches.forEach(b -> subjects.add("repo:" + repository + ":ref:refs/heads/" + b));
            environments.forEach(e -> subjects.add("repo:" + repository + ":environment:" + e));
            return List.copyOf(subjects);
        }
    }

    /** What the application's task role may touch. */
    public record AppAccess(List<String> documentPrefixes, List<String> secrets, String metricNamespace) {
        public AppAccess {
            documentPrefixes = List.copyOf(documentPrefixes);
            secrets = List.copyOf(secrets);
        }
    }
}
