package io.platform.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:security}. */
final class SecurityConfigReader {
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern GIT_NAME = Pattern.compile("[A-Za-z0-9_./-]+");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*/");
    private static final Pattern OIDC_ARN = Pattern.compile(
            "arn:aws[a-z-]*:iam::\\d{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com");

    private SecurityConfigReader() {
    }

    static SecurityConfig read(ConfigSection security, Environment env, NetworkConfig network,
                               String project, List<String> appSecrets) {
        // Production keys guard production data: a deleted key must stay recoverable for the longest window.
        int deletionWindow = security.integer("kmsDeletionWindowDays", 30, env.isProduction() ? 30 : 7, 30);
        boolean baseline = security.bool("accountBaseline", env.isProduction());
        boolean internetEgress = security.bool("appInternetEgress", network.natStrategy() != NatStrategy.NONE);
        if (internetEgress && network.natStrategy() == NatStrategy.NONE) {
            throw new ConfigException(security.keyOf("appInternetEgress"),
                    "true needs a NAT gateway, but platform:network.natStrategy is none; allowed: false");
        }

        AlbIngress albIngress = security.choice("albIngress", AlbIngress.INTERNET, AlbIngress.class);
        var waf = WafConfigReader.read(security.section("waf"));

        ConfigSection gh = security.section("github");
        String repository = gh.requiredString("repository", "the GitHub repository (owner/name) whose workflows may deploy");
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new ConfigException(gh.keyOf("repository"), "'" + repository + "' is not owner/name");
        }
        List<String> branches = checked(gh, "branches", env.isProduction() ? List.of() : List.of("main"), GIT_NAME,
                "branch names");
        List<String> environments = checked(gh, "environments", env.isProduction() ? List.of("production") : List.of(),
                GIT_NAME, "GitHub environment names");
        if (branches.isEmpty() && environments.isEmpty()) {
            throw new ConfigException(gh.keyOf("branches"), "[] leaves no workflow able to deploy; "
                    + "give at least one branch or environment");
        }
        Optional<String> existingProvider = gh.optionalString("existingOidcProviderArn");
        existingProvider.ifPresent(arn -> {
            if (!OIDC_ARN.matcher(arn).matches()) {
                throw new ConfigException(gh.keyOf("existingOidcProviderArn"), "'" + arn + "' is not the ARN of a "
                        + "token.actions.githubusercontent.com OIDC provider");
            }
        });
        gh.rejectUnknownKeys();

        ConfigSection app = security.section("appAccess");
        List<String> prefixes = checked(app, "documentPrefixes", List.of("app/"), PREFIX,
                "S3 key prefixes ending in '/', e.g. uploads/");
        if (prefixes.isEmpty()) {
            throw new ConfigException(app.keyOf("documentPrefixes"), "[] gives the app no S3 access; give at least one "
                    + "prefix such as app/");
        }
        var appAccess = new SecurityConfig.AppAccess(prefixes,
                // The database and Redis secrets reach containers through the execution role, not the app's role.
                app.stringsFrom("secrets", appSecrets.stream().filter(s -> s.startsWith("app/")).toList(), appSecrets),
                app.string("metricNamespace", project + "/" + env.configName()));
        app.rejectUnknownKeys();
        FindingsConfig findings = FindingsConfigReader.read(security.section("findings"), baseline);
        AuditConfig audit = AuditConfigReader.read(security.section("audit"), baseline);
        security.rejectUnknownKeys();
        return new SecurityConfig(deletionWindow, baseline, internetEgress, albIngress, waf,
                new SecurityConfig.GithubConfig(repository, branches, environments, existingProvider), appAccess, findings,
                audit);
    }

    private static List<String> checked(ConfigSection section, String key, List<String> defaults, Pattern pattern,
                                        String allowed) {
        List<String> values = section.strings(key, defaults);
        for (int i = 0; i < values.size(); i++) {
            if (!pattern.matcher(values.get(i)).matches()) {
                throw new ConfigException(section.keyOf(key) + "[" + i + "]", "'" + values.get(i)
                        + "' is not allowed; allowed: " + allowed);
            }
        }
        return values;
    }
}
