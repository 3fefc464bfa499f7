package io.platform.security;

import io.platform.config.ConfigException;
import io.platform.config.SecurityConfig;
import io.platform.config.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code platform:security}: the defaults each stack gets, and one exact message per bad value. */
class SecurityConfigValidationTest {
    private static final String GITHUB = "'github':{'repository':'acme/platform'}";

    @Test
    void stagingDefaults() {
        SecurityConfig security = load(stackFile("staging")).security();
        assertThat(security.kmsDeletionWindowDays()).isEqualTo(30);
        assertThat(security.appInternetEgress()).isTrue();
        assertThat(security.waf()).isEqualTo(new SecurityConfig.WafConfig(2000, List.of(), List.of(), List.of(), false, Optional.empty(), Map.of()));
        assertThat(security.github()).isEqualTo(new SecurityConfig.GithubConfig("acme/platform", List.of("main"),
                List.of(), Optional.empty()));
        assertThat(security.github().subjects()).containsExactly("repo:acme/platform:ref:refs/heads/main");
        assertThat(security.appAccess()).isEqualTo(new SecurityConfig.AppAccess(List.of("app/"),
                List.of("app/jwt-secret", "app/external-api-keys"), "platform/staging"));
    }

    @Test
    void productionDefaults() {
        StackConfig config = load(stackFile("production"));
        SecurityConfig security = config.security();
        assertThat(security.kmsDeletionWindowDays()).isEqualTo(30);
        assertThat(security.appInternetEgress()).isTrue();
        assertThat(security.waf()).isEqualTo(new SecurityConfig.WafConfig(2000, List.of(), List.of(), List.of(), false, Optional.empty(), Map.of()));
        assertThat(security.github().branches()).isEmpty();
        assertThat(security.github().subjects()).containsExactly("repo:acme/platform:environment:production");
        assertThat(security.appAccess().metricNamespace()).isEqualTo("platform/production");
    }

    @Test
    void securityValuesAreRead() {
        SecurityConfig security = load(withSecurity("{'kmsDeletionWindowDays':14,'appInternetEgress':'false',"
                + "'waf':{'rateLimit':'500','blockedCountries':['CN','RU']},"
                + "'github':{'repository':'acme/platform','branches':[],'environments':['staging']}}")).security();
        assertThat(security.kmsDeletionWindowDays()).isEqualTo(14);
        assertThat(security.appInternetEgress()).isFalse();
        assertThat(security.waf()).isEqualTo(new SecurityConfig.WafConfig(500, List.of("CN", "RU"), List.of(), List.of(), false, Optional.empty(), Map.of()));
        assertThat(security.github().subjects()).containsExactly("repo:acme/platform:environment:staging");
    }

    static Stream<Arguments> badSecurityConfig() {
        return Stream.of(
                arguments("{'waf':{'rateLimit':99}," + GITHUB + "}",
                        "platform:security.waf.rateLimit: 99 is out of range 100..2000000000"),
                arguments("{'waf':{'rateLimit':2000000001}," + GITHUB + "}",
                        "platform:security.waf.rateLimit: 2000000001 is out of range 100..2000000000"),
                arguments("{'waf':{'rateLimit':'lots'}," + GITHUB + "}",
                        "platform:security.waf.rateLimit: 'lots' is not a whole number; allowed: 100..2000000000"),
                arguments("{'waf':{'blockedCountries':['CN','cn']}," + GITHUB + "}",
                        "platform:security.waf.blockedCountries[1]: 'cn' is not an ISO 3166-1 alpha-2 country code (such as US, CA, DE) "
                                + "(did you mean CN?)"),
                arguments("{'waf':{'blockedCountries':['CHN']}," + GITHUB + "}",
                        "platform:security.waf.blockedCountries[0]: 'CHN' is not an ISO 3166-1 alpha-2 country code (such as US, CA, DE) "
                                + "(did you mean CN? CHN is another code for it)"),
                arguments("{'waf':{'ratelimit':1000}," + GITHUB + "}",
                        "platform:security.waf.ratelimit: is not a known setting (did you mean rateLimit?); "
                                + "known settings here: accountTakeover, allowedCountries, blockedCountries, botControl, customRules, "
                                + "rateLimit, ruleOverrides"),
                arguments("{}",
                        "platform:security.github.repository: is required: "
                                + "the GitHub repository (owner/name) whose workflows may deploy"),
                arguments("{'github':{'branches':['main']}}",
                        "platform:security.github.repository: is required: "
                                + "the GitHub repository (owner/name) whose workflows may deploy"),
                arguments("{'github':{'repository':'acme'}}",
                        "platform:security.github.repository: 'acme' is not owner/name"),
                arguments("{'github':{'repository':'acme/platform/infra'}}",
                        "platform:security.github.repository: 'acme/platform/infra' is not owner/name"),
                arguments("{'github':{'repository':'https://github.com/acme/platform'}}",
                        "platform:security.github.repository: 'https://github.com/acme/platform' is not owner/name"),
                arguments("{'github':{'repository':'acme/platform','branches':['feature/*']}}",
                        "platform:security.github.branches[0]: 'feature/*' is not allowed; allowed: branch names"),
                arguments("{'github':{'repository':'acme/platform','branches':[],'environments':[]}}",
                        "platform:security.github.branches: [] leaves no workflow able to deploy; "
                                + "give at least one branch or environment"),
                arguments("{'github':{'repository':'acme/platform','existingOidcProviderArn':"
                                + "'arn:aws:iam::123456789012:oidc-provider/gitlab.com'}}",
                        "platform:security.github.existingOidcProviderArn: 'arn:aws:iam::123456789012:oidc-provider/"
                                + "gitlab.com' is not the ARN of a token.actions.githubusercontent.com OIDC provider"),
                arguments("{'kmsDeletionWindowDays':6," + GITHUB + "}",
                        "platform:security.kmsDeletionWindowDays: 6 is out of range 7..30"),
                arguments("{'kmsDeletionWindowDays':31," + GITHUB + "}",
                        "platform:security.kmsDeletionWindowDays: 31 is out of range 7..30"),
                arguments("{'appInternetEgress':'yes'," + GITHUB + "}",
                        "platform:security.appInternetEgress: 'yes' is not a boolean; allowed: true, false (YAML 1.2, as Pulumi reads it, takes yes as a string)"),
                arguments("{'appAccess':{'secrets':['app/unknown']}," + GITHUB + "}",
                        "platform:security.appAccess.secrets[0]: 'app/unknown' is not allowed; allowed: "
                                + "app/external-api-keys, app/jwt-secret, monitoring/slack-webhook"),
                arguments("{'appAccess':{'secrets':['database/master']}," + GITHUB + "}",
                        "platform:security.appAccess.secrets[0]: 'database/master' is not allowed; allowed: "
                                + "app/external-api-keys, app/jwt-secret, monitoring/slack-webhook"),
                arguments("{'appAccess':{'documentPrefixes':[]}," + GITHUB + "}",
                        "platform:security.appAccess.documentPrefixes: [] gives the app no S3 access; give at least "
                                + "one prefix such as app/"),
                arguments("{'appAccess':{'documentPrefixes':['uploads']}," + GITHUB + "}",
                        "platform:security.appAccess.documentPrefixes[0]: 'uploads' is not allowed; "
                                + "allowed: S3 key prefixes ending in '/', e.g. uploads/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSecurityConfig")
    void badSecurityValuesAreNamedWithWhatIsAllowed(String security, String message) {
        assertThatThrownBy(() -> load(withSecurity(security)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void appInternetEgressNeedsANatGateway() {
        var raw = withOverrides(stackFile("staging"), Map.of(
                "platform:network", "{\"natStrategy\":\"none\"}",
                "platform:security", json("{'appInternetEgress':true," + GITHUB + "}")));
        assertThatThrownBy(() -> load(raw)).isInstanceOf(ConfigException.class)
                .hasMessage("platform:security.appInternetEgress: true needs a NAT gateway, "
                        + "but platform:network.natStrategy is none; allowed: false")
                .extracting(e -> ((ConfigException) e).key()).isEqualTo("platform:security.appInternetEgress");
    }

    @Test
    void withoutNatAppInternetEgressDefaultsToFalseAndFalseIsAccepted() {
        var defaulted = withOverrides(stackFile("staging"), Map.of("platform:network", "{\"natStrategy\":\"none\"}"));
        assertThat(load(defaulted).security().appInternetEgress()).isFalse();
        var explicit = withOverrides(stackFile("staging"), Map.of(
                "platform:network", "{\"natStrategy\":\"none\"}",
                "platform:security", json("{'appInternetEgress':false," + GITHUB + "}")));
        assertThat(load(explicit).security().appInternetEgress()).isFalse();
    }

    private static io.platform.config.RawConfig withSecurity(String security) {
        return withOverrides(stackFile("staging"), Map.of("platform:security", json(security)));
    }

    /** JSON written with single quotes, to keep the cases readable. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @Test
    void productionKeysKeepTheFullThirtyDayDeletionWindow() {
        var raw = withOverrides(stackFile("production"), Map.of("platform:security",
                json("{'kmsDeletionWindowDays':7,'github':{'repository':'acme/platform','environments':['production']}}")));
        assertThatThrownBy(() -> load(raw)).isInstanceOf(ConfigException.class)
                .hasMessage("platform:security.kmsDeletionWindowDays: 7 is out of range 30..30");
    }
}
