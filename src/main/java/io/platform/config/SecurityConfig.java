package io.platform.config;

import java.util.List;
import java.util.Optional;

/** The security tier's settings (SPEC §3.2). */
public record SecurityConfig(
        int kmsDeletionWindowDays,
        boolean accountBaseline,
        boolean appInternetEgress,
        WafConfig waf,
        GithubConfig github,
        AppAccess appAccess) {

    /** The regional web ACL in front of the ALB. */
    public record WafConfig(int rateLimitPer5Minutes, List<String> blockedCountries) {
        public WafConfig {
            blockedCountries = List.copyOf(blockedCountries);
        }
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
